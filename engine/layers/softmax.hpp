// Softmax with temperature T (second notes, eq. 36): Y_i = e^(x_i/T) / Σ_j e^(x_j/T), per sample.
#pragma once

#include <iomanip>
#include <sstream>
#include <stdexcept>

#include "engine/layers/layer.hpp"

namespace cnnlab {

template <typename eT>
class Softmax : public Layer<eT> {
 public:
  using Mat = arma::Mat<eT>;

  // Throws std::invalid_argument unless temperature > 0.
  Softmax(const Shape& shape, double temperature = 1.0) : temperature_(temperature) {
    if (!(temperature > 0)) throw std::invalid_argument("softmax: temperature must be > 0");
    this->inputShape_ = shape;
    this->outputShape_ = shape;
  }
  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Softmax>(*this); }
  std::string type() const override { return "softmax"; }
  std::string describe() const override {
    if (temperature_ == 1.0) return "Softmax";
    std::ostringstream text;  // the shortest form that reads back the same: T=0.5, T=12345, T=1e-05
    text << std::setprecision(6) << temperature_;
    return "Softmax T=" + text.str();
  }
  nlohmann::json spec() const override { return {{"type", "softmax"}, {"temperature", temperature_}}; }
  double temperature() const { return temperature_; }

  void forward(const Mat& input, Mat& output) override {
    const eT invT = eT(1.0 / temperature_);
    for (arma::uword n = 0; n < input.n_cols; ++n) {
      const eT* x = input.colptr(n);
      eT* y = output.colptr(n);
      const eT top = arma::max(input.col(n));  // subtract the max: e^(big) would overflow
      eT sum = 0;
      for (arma::uword i = 0; i < input.n_rows; ++i) sum += (y[i] = std::exp((x[i] - top) * invT));
      for (arma::uword i = 0; i < input.n_rows; ++i) y[i] /= sum;
    }
  }
  void backward(const Mat&, const Mat& output, const Mat& outputGradient, Mat* inputGradient) override {
    if (!inputGradient) return;
    // ∂E/∂x = J_softmaxᵀ ∂E/∂y   (second notes, the Jacobian J_softmax and eqs. 30–36; the notes
    // derive its diagonal S(z_i)(1 − S(z_i)), the off-diagonal −S(z_i)S(z_j) completes it):
    // = y ⊙ (∂E/∂y − (∂E/∂y · y)) / T
    const eT invT = eT(1.0 / temperature_);
    for (arma::uword n = 0; n < output.n_cols; ++n) {
      const eT* y = output.colptr(n);
      const eT* g = outputGradient.colptr(n);
      eT* dx = inputGradient->colptr(n);
      eT dot = 0;
      for (arma::uword i = 0; i < output.n_rows; ++i) dot += g[i] * y[i];
      for (arma::uword i = 0; i < output.n_rows; ++i) dx[i] = y[i] * (g[i] - dot) * invT;
    }
  }

 private:
  double temperature_;
};

}  // namespace cnnlab
