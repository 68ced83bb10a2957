// libFuzzer target: the IDX reader (gunzip with its bomb guard, then the header and size checks).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/data/idx.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    cnnlab::parseIdx(cnnlab::gunzipIfNeeded(std::vector<std::uint8_t>(data, data + size), "fuzz"), "fuzz");
  } catch (const cnnlab::IdxError&) {
  }
  return 0;
}
