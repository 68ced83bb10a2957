// ReLU activation: max(0, x); derivative 1 for x ≥ 0 and 0 otherwise (second notes).
#pragma once

#include "engine/layers/activation.hpp"

namespace cnnlab {

template <typename eT>
class ReLU : public Activation<eT> {
 public:
  using Mat = arma::Mat<eT>;
  using Activation<eT>::Activation;
  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<ReLU>(*this); }
  std::string type() const override { return "relu"; }
  std::string describe() const override { return "ReLU"; }

  void forward(const Mat& input, Mat& output) override {
    const eT* x = input.memptr();
    eT* y = output.memptr();
    for (arma::uword i = 0; i < input.n_elem; ++i) y[i] = x[i] > eT(0) ? x[i] : eT(0);
  }
  void backward(const Mat& input, const Mat&, const Mat& outputGradient, Mat* inputGradient) override {
    if (!inputGradient) return;
    // ∂E/∂x = ∂E/∂y ⊙ R′(x), R′(x) = 1 for x ≥ 0 and 0 for x < 0   (second notes, ReLU derivative)
    const eT* x = input.memptr();
    const eT* g = outputGradient.memptr();
    eT* dx = inputGradient->memptr();
    for (arma::uword i = 0; i < input.n_elem; ++i) {
      const eT gi = g[i];  // read unconditionally, so the loop vectorises into a blend
      dx[i] = x[i] >= eT(0) ? gi : eT(0);
    }
  }
};

}  // namespace cnnlab
