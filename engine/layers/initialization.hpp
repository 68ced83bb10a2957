// Drawing a layer's initial weights and biases: the one helper Convolutional and Dense share.
#pragma once

#include <cmath>
#include <cstddef>
#include <random>

#include "engine/shape.hpp"

namespace cnnlab {

// Fills values[0, count) — a layer's weights and biases alike — from rng: N(0, 1) for Normal (the
// notes' np.random.randn), U(−1/√fanIn, 1/√fanIn) for UniformFanIn (PyTorch's Conv2d and Linear;
// fanIn = inputs feeding one output: C·k·k for a convolution, I for a dense layer).
template <typename eT>
void drawWeights(eT* values, std::size_t count, std::size_t fanIn, std::mt19937_64& rng, Initialization scheme) {
  if (scheme == Initialization::Normal) {
    std::normal_distribution<double> normal(0.0, 1.0);
    for (std::size_t i = 0; i < count; ++i) values[i] = eT(normal(rng));
  } else {
    const double bound = 1.0 / std::sqrt(double(fanIn));
    std::uniform_real_distribution<double> uniform(-bound, bound);
    for (std::size_t i = 0; i < count; ++i) values[i] = eT(uniform(rng));
  }
}

}  // namespace cnnlab
