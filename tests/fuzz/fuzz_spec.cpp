// libFuzzer target: the network-spec parser (capped JSON), the checks the designer runs, and a build.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/network_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const nlohmann::json spec = cnnlab::parseSpecText(std::string(reinterpret_cast<const char*>(data), size));
    if (cnnlab::checkSpec(spec).ok()) cnnlab::buildNetwork<float>(spec);
  } catch (const std::invalid_argument&) {  // SpecError and the layers' own checks
  }
  return 0;
}
