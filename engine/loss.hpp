// The losses of the notes: binary cross-entropy (first notes), mean squared error (second notes,
// E = Σ(Y − y)²/2), and categorical cross-entropy. Values are the mean over the batch.
#pragma once

#include <armadillo>
#include <memory>
#include <string>

namespace cnnlab {

// O = output size, N = batch. prediction, target: O × N.
template <typename eT>
class Loss {
 public:
  using Mat = arma::Mat<eT>;
  virtual ~Loss() = default;
  // "binary_cross_entropy", "mean_squared_error" or "cross_entropy".
  virtual std::string name() const = 0;
  // Mean over the batch of each sample's loss; accumulated in double.
  virtual double value(const Mat& prediction, const Mat& target) const = 0;
  // ∂E/∂prediction of that mean, O × N (gradient is sized by the caller).
  virtual void gradient(const Mat& prediction, const Mat& target, Mat& gradient) const = 0;
};

// A probability is kept inside [ε, 1 − ε] before log and division. In float32 an output sigmoid
// rounds to exactly 0 or 1 (seed_torch.py --seed 6); the notes' unclipped formula then gives
// log(0) = −Inf and 0/0 = NaN, which poisons every weight on the first step.
template <typename eT>
constexpr double probabilityEpsilon() {
  return sizeof(eT) == 4 ? 1e-7 : 1e-12;
}

// E = −(1/O) Σ_i y_i log(p_i) + (1 − y_i) log(1 − p_i)
// ∂E/∂p_i = ((1 − y_i)/(1 − p_i) − y_i/p_i) / O   (notes, binary cross entropy)
template <typename eT>
class BinaryCrossEntropy : public Loss<eT> {
 public:
  using Mat = arma::Mat<eT>;
  std::string name() const override { return "binary_cross_entropy"; }
  double value(const Mat& prediction, const Mat& target) const override;
  void gradient(const Mat& prediction, const Mat& target, Mat& gradient) const override;
};

// E = Σ_i (p_i − y_i)² / 2, ∂E/∂p_i = p_i − y_i   (second notes, eqs. 18 and 22)
template <typename eT>
class MeanSquaredError : public Loss<eT> {
 public:
  using Mat = arma::Mat<eT>;
  std::string name() const override { return "mean_squared_error"; }
  double value(const Mat& prediction, const Mat& target) const override;
  void gradient(const Mat& prediction, const Mat& target, Mat& gradient) const override;
};

// E = −Σ_i y_i log(p_i), ∂E/∂p_i = −y_i / p_i; after a softmax this backpropagates to p − y.
template <typename eT>
class CrossEntropy : public Loss<eT> {
 public:
  using Mat = arma::Mat<eT>;
  std::string name() const override { return "cross_entropy"; }
  double value(const Mat& prediction, const Mat& target) const override;
  void gradient(const Mat& prediction, const Mat& target, Mat& gradient) const override;
};

// Throws std::invalid_argument for an unknown name, listing the known ones.
template <typename eT>
std::unique_ptr<Loss<eT>> makeLoss(const std::string& name);

}  // namespace cnnlab
