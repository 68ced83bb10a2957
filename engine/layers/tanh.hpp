// Tanh activation: tanh(x), tanh′(x) = 1 − tanh²(x).
#pragma once

#include "engine/layers/activation.hpp"

namespace cnnlab {

template <typename eT>
class Tanh : public Activation<eT> {
 public:
  using Mat = arma::Mat<eT>;
  using Activation<eT>::Activation;
  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Tanh>(*this); }
  std::string type() const override { return "tanh"; }

  void forward(const Mat& input, Mat& output) override { output = arma::tanh(input); }
  void backward(const Mat&, const Mat& output, const Mat& outputGradient, Mat* inputGradient) override {
    // ∂E/∂x = ∂E/∂y ⊙ (1 − tanh²(x)), with tanh(x) = y kept from forward. Not derived in the notes
    // (they name tanh only); it is the usual identity tanh′ = 1 − tanh².
    if (inputGradient) *inputGradient = outputGradient % (eT(1) - arma::square(output));
  }
};

}  // namespace cnnlab
