// The MNIST subset compiled into the program (resources/mnist), as the gzip bytes of its IDX files.
#pragma once

#include <cstdint>
#include <vector>

namespace cnnlab {

std::vector<std::uint8_t> embeddedMnistImages();
std::vector<std::uint8_t> embeddedMnistLabels();

}  // namespace cnnlab
