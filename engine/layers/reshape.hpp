// The notes' reshape layer: a 3-d block becomes a column for the dense layers (and back, backward).
#pragma once

#include "engine/layers/layer.hpp"

namespace cnnlab {

// Samples are already flat columns, so reshaping only relabels the shape: data is copied as is.
template <typename eT>
class Reshape : public Layer<eT> {
 public:
  using Mat = arma::Mat<eT>;

  explicit Reshape(const Shape& input) {
    this->inputShape_ = input;
    this->outputShape_ = {input.size(), 1, 1};
  }
  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Reshape>(*this); }
  std::string type() const override { return "reshape"; }
  std::string describe() const override {
    return "Reshape " + this->inputShape_.str() + "→" + std::to_string(this->outputShape_.size());
  }
  nlohmann::json spec() const override { return {{"type", "reshape"}}; }

  void forward(const Mat& input, Mat& output) override { output = input; }
  void backward(const Mat&, const Mat&, const Mat& outputGradient, Mat* inputGradient) override {
    // ∂E/∂X = reshape(∂E/∂Y, input shape)   (notes, reshape layer backward); the column is already it
    if (inputGradient) *inputGradient = outputGradient;
  }
};

}  // namespace cnnlab
