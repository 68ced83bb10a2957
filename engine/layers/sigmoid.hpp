// Sigmoid activation: σ(x) = 1 / (1 + e^(−x)), σ′(x) = σ(x)(1 − σ(x))   (notes, section 5).
#pragma once

#include "engine/layers/activation.hpp"
#include "engine/simd.hpp"

namespace cnnlab {

template <typename eT>
class Sigmoid : public Activation<eT> {
 public:
  using Mat = arma::Mat<eT>;
  using Activation<eT>::Activation;
  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Sigmoid>(*this); }
  std::string type() const override { return "sigmoid"; }

  void forward(const Mat& input, Mat& output) override {
    simd::sigmoid(input.memptr(), output.memptr(), input.n_elem);  // vectorised e^(−x)
  }
  void backward(const Mat&, const Mat& output, const Mat& outputGradient, Mat* inputGradient) override {
    if (!inputGradient) return;
    // ∂E/∂x = ∂E/∂y ⊙ σ(x)(1 − σ(x))   (second notes, eqs. 37–45), with σ(x) = y kept from forward
    const eT* y = output.memptr();
    const eT* g = outputGradient.memptr();
    eT* dx = inputGradient->memptr();
    for (arma::uword i = 0; i < output.n_elem; ++i) dx[i] = g[i] * y[i] * (eT(1) - y[i]);
  }
};

}  // namespace cnnlab
