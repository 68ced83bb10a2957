// Tensor shapes (depth × height × width) and the initialisation schemes layers share.
#pragma once

#include <cstddef>
#include <string>

namespace cnnlab {

// A sample is one column of depth·height·width values, column-major per channel:
// element (h, w, d) sits at h + H·(w + W·d), so each channel is an H × W arma matrix view.
struct Shape {
  std::size_t depth = 1, height = 1, width = 1;

  std::size_t size() const { return depth * height * width; }
  bool operator==(const Shape&) const = default;
  // "5×26×26", or "3380" for a flat vector.
  std::string str() const {
    if (height == 1 && width == 1) return std::to_string(depth);
    return std::to_string(depth) + "×" + std::to_string(height) + "×" + std::to_string(width);
  }
};

// How a layer draws its initial weights.
enum class Initialization {
  Normal,        // N(0, 1) for weights and biases: the notes' np.random.randn
  UniformFanIn,  // U(−1/√fan_in, 1/√fan_in): PyTorch's default for Conv2d and Linear
};

}  // namespace cnnlab
