// Loss values and gradients, safe against saturated outputs.
#include "engine/loss.hpp"
#include "engine/quoted.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cnnlab {

namespace {
template <typename eT>
double clampProbability(eT p) {
  constexpr double eps = probabilityEpsilon<eT>();
  return std::clamp(double(p), eps, 1.0 - eps);
}
}  // namespace

template <typename eT>
double BinaryCrossEntropy<eT>::value(const Mat& prediction, const Mat& target) const {
  double total = 0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double p = clampProbability(prediction[i]), y = target[i];
    total -= y * std::log(p) + (1 - y) * std::log(1 - p);
  }
  return total / double(prediction.n_rows) / double(prediction.n_cols);
}

template <typename eT>
void BinaryCrossEntropy<eT>::gradient(const Mat& prediction, const Mat& target, Mat& gradient) const {
  const double scale = 1.0 / double(prediction.n_rows) / double(prediction.n_cols);
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double p = clampProbability(prediction[i]), y = target[i];
    gradient[i] = eT(((1 - y) / (1 - p) - y / p) * scale);
  }
}

template <typename eT>
double MeanSquaredError<eT>::value(const Mat& prediction, const Mat& target) const {
  double total = 0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double d = double(prediction[i]) - double(target[i]);
    total += d * d / 2;
  }
  return total / double(prediction.n_cols);
}

template <typename eT>
void MeanSquaredError<eT>::gradient(const Mat& prediction, const Mat& target, Mat& gradient) const {
  const eT scale = eT(1.0 / double(prediction.n_cols));
  for (arma::uword i = 0; i < prediction.n_elem; ++i) gradient[i] = (prediction[i] - target[i]) * scale;
}

template <typename eT>
double CrossEntropy<eT>::value(const Mat& prediction, const Mat& target) const {
  double total = 0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i)
    if (target[i] != 0) total -= double(target[i]) * std::log(clampProbability(prediction[i]));
  return total / double(prediction.n_cols);
}

template <typename eT>
void CrossEntropy<eT>::gradient(const Mat& prediction, const Mat& target, Mat& gradient) const {
  const double scale = 1.0 / double(prediction.n_cols);
  for (arma::uword i = 0; i < prediction.n_elem; ++i)
    gradient[i] = target[i] == 0 ? eT(0) : eT(-double(target[i]) / clampProbability(prediction[i]) * scale);
}

template <typename eT>
std::unique_ptr<Loss<eT>> makeLoss(const std::string& name) {
  if (name == "binary_cross_entropy") return std::make_unique<BinaryCrossEntropy<eT>>();
  if (name == "mean_squared_error") return std::make_unique<MeanSquaredError<eT>>();
  if (name == "cross_entropy") return std::make_unique<CrossEntropy<eT>>();
  throw std::invalid_argument("unknown loss " + inQuotes(name) +
                              " (known: binary_cross_entropy, mean_squared_error, cross_entropy)");
}

template class BinaryCrossEntropy<float>;
template class BinaryCrossEntropy<double>;
template class MeanSquaredError<float>;
template class MeanSquaredError<double>;
template class CrossEntropy<float>;
template class CrossEntropy<double>;
template std::unique_ptr<Loss<float>> makeLoss<float>(const std::string&);
template std::unique_ptr<Loss<double>> makeLoss<double>(const std::string&);

}  // namespace cnnlab
