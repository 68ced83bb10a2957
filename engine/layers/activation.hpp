// Base of the elementwise activations (Sigmoid, Tanh, ReLU): same shape in and out, no parameters.
#pragma once

#include "engine/layers/layer.hpp"

namespace cnnlab {

template <typename eT>
class Activation : public Layer<eT> {
 public:
  explicit Activation(const Shape& shape) {
    this->inputShape_ = shape;
    this->outputShape_ = shape;
  }
  std::string describe() const override {
    std::string name = this->type();
    name[0] = char(std::toupper(name[0]));
    return name;
  }
  nlohmann::json spec() const override { return {{"type", this->type()}}; }
};

}  // namespace cnnlab
