// The layer contract shared by every layer (after mlpack): separate forward and backward passes
// over a batch with one column per sample, parameters as views into the network's flat vectors.
#pragma once

#include <armadillo>
#include <memory>
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

  // A copy of the layer: same options, same type. Its parameter views still point at this
  // layer's bound values until bind() is called on it (Network::clone does).
  virtual std::unique_ptr<Layer> clone() const = 0;

  // The JSON "type" of the layer: "convolutional", "dense", "sigmoid", …
  virtual std::string type() const = 0;
  // A short human-readable description, e.g. "Conv 5@3×3".
  virtual std::string describe() const = 0;
  // The layer's entry in the network JSON format (docs/network-format.md).
  virtual nlohmann::json spec() const = 0;

  const Shape& inputShape() const { return inputShape_; }
  const Shape& outputShape() const { return outputShape_; }

  // Number of trainable values; the network hands the layer that many values of its flat
  // parameter and gradient vectors through bind() (the layer's views then point into them).
  virtual std::size_t parameterCount() const { return 0; }
  void bind(eT* parameters, eT* gradients) {
    parameters_ = parameters;
    gradients_ = gradients;
    bindViews(parameters, gradients);
  }
  virtual void initialize(std::mt19937_64& /*rng*/, Initialization /*scheme*/) {}
  // Multiply-adds of one sample's forward pass (for FLOP counts); 0 for layers without weights.
  virtual double multiplyAdds() const { return 0; }

  // input: in × N → output: out × N. output is already sized by the caller.
  virtual void forward(const Mat& input, Mat& output) = 0;

  // input, output: as in the last forward(); outputGradient: ∂E/∂Y, out × N.
  // Writes (not accumulates) ∂E/∂θ for the whole batch into the bound gradients and, unless
  // inputGradient is null (first layer), ∂E/∂X (in × N, already sized) into *inputGradient.
  virtual void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                        Mat* inputGradient) = 0;

  // backward() fused with plain SGD on this layer's own parameters, θ ← θ − η ∂E/∂θ (notes:
  // self.weights -= learning_rate * weights_gradient). ∂E/∂X is taken with the old θ. This
  // default is backward() then the update; a layer may do both in one sweep and leave its
  // gradient slots unwritten (Dense, for one sample).
  virtual void backwardUpdate(const Mat& input, const Mat& output, const Mat& outputGradient, Mat* inputGradient,
                              eT rate) {
    backward(input, output, outputGradient, inputGradient);
    const std::size_t count = parameterCount();
    for (std::size_t k = 0; k < count; ++k) parameters_[k] -= rate * gradients_[k];
  }

 protected:
  // Points the layer's own views (weights, biases and their gradients) into the bound vectors.
  virtual void bindViews(eT* /*parameters*/, eT* /*gradients*/) {}

  Shape inputShape_, outputShape_;
  eT* parameters_ = nullptr;  // parameterCount() values, bound by the network
  eT* gradients_ = nullptr;   // as many, ∂E/∂θ of the last backward()
};

}  // namespace cnnlab
