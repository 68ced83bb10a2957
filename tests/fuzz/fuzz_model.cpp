// libFuzzer target: the model-file reader. The checksum is made valid for the input, so the fuzzer
// reaches the header and JSON checks instead of stopping at the CRC every time.
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/model_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> bytes(data, data + size);
  if (bytes.size() >= 4 && (bytes[0] & 1)) {  // half the inputs keep their own CRC
    const std::uint32_t crc = std::uint32_t(crc32(0L, bytes.data(), uInt(bytes.size() - 4)));
    for (int i = 0; i < 4; ++i) bytes[bytes.size() - 4 + std::size_t(i)] = std::uint8_t(crc >> (8 * i));
  }
  try {
    cnnlab::parseModel(bytes, "fuzz");
  } catch (const cnnlab::ModelFileError&) {
  }
  return 0;
}
