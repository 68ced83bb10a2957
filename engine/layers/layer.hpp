// The layer contract shared by every layer (after mlpack): separate forward and backward passes
// over a batch with one column per sample, parameters as views into the network's flat vectors.
#pragma once

#include <armadillo>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "engine/shape.hpp"

namespace cnnlab {

// N = batch size (columns). in = inputShape().size(), out = outputShape().size().
template <typename eT>
class Layer {
 public:
  using Mat = arma::Mat<eT>;

  virtual ~Layer() = default;

  // The JSON "type" of the layer: "convolutional", "dense", "sigmoid", …
  virtual std::string type() const = 0;
  // A short human-readable description, e.g. "Conv 5@3×3".
  virtual std::string describe() const = 0;
  // The layer's entry in the network JSON format (docs/network-format.md).
  virtual nlohmann::json spec() const = 0;

  const Shape& inputShape() const { return inputShape_; }
  const Shape& outputShape() const { return outputShape_; }

  // Number of trainable values; the network hands the layer that many values of its flat
  // parameter and gradient vectors through bind().
  virtual std::size_t parameterCount() const { return 0; }
  virtual void bind(eT* /*parameters*/, eT* /*gradients*/) {}
  virtual void initialize(std::mt19937_64& /*rng*/, Initialization /*scheme*/) {}

  // input: in × N → output: out × N. output is already sized by the caller.
  virtual void forward(const Mat& input, Mat& output) = 0;

  // input, output: as in the last forward(); outputGradient: ∂E/∂Y, out × N.
  // Writes (not accumulates) ∂E/∂θ for the whole batch into the bound gradients and, unless
  // inputGradient is null (first layer), ∂E/∂X (in × N, already sized) into *inputGradient.
  virtual void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                        Mat* inputGradient) = 0;

 protected:
  Shape inputShape_, outputShape_;
};

}  // namespace cnnlab
