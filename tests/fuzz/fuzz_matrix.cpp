// libFuzzer target: the matrix text parser of correlate --input/--kernel and the stepper.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/teaching/correlation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    cnnlab::parseMatrix(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
