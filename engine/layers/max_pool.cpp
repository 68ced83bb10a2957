// Max pooling forward and backward.
#include "engine/layers/max_pool.hpp"

#include "engine/simd.hpp"

#include <stdexcept>
#include <type_traits>

namespace cnnlab {

template <typename eT>
MaxPool<eT>::MaxPool(const MaxPoolOptions& options) : options_(options) {
  if (options_.stride == 0) options_.stride = options_.size;
  const auto& o = options_;
  if (o.size == 0) throw std::invalid_argument("maxpool: size must be at least 1");
  if (o.inputDepth == 0 || o.inputHeight == 0 || o.inputWidth == 0)
    throw std::invalid_argument("maxpool: the input shape has a zero dimension");
  if (o.size > o.inputHeight || o.size > o.inputWidth)
    throw std::invalid_argument("maxpool: the " + std::to_string(o.size) + "×" + std::to_string(o.size) +
                                " window is larger than its " + std::to_string(o.inputHeight) + "×" +
                                std::to_string(o.inputWidth) + " input");
  this->inputShape_ = {o.inputDepth, o.inputHeight, o.inputWidth};
  this->outputShape_ = {o.inputDepth, (o.inputHeight - o.size) / o.stride + 1,
                        (o.inputWidth - o.size) / o.stride + 1};
}

template <typename eT>
std::string MaxPool<eT>::describe() const {
  std::string text = "MaxPool " + std::to_string(options_.size) + "×" + std::to_string(options_.size);
  if (options_.stride != options_.size) text += " s" + std::to_string(options_.stride);
  return text;
}

template <typename eT>
nlohmann::json MaxPool<eT>::spec() const {
  nlohmann::json j = {{"type", "maxpool"}, {"size", options_.size}};
  if (options_.stride != options_.size) j["stride"] = options_.stride;
  return j;
}

template <typename eT>
std::size_t MaxPool<eT>::windowArgmax(const eT* x, std::size_t r, std::size_t c, std::size_t d) const {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, size = options_.size, s = options_.stride;
  std::size_t best = (r * s) + H * (c * s + W * d);
  for (std::size_t v = 0; v < size; ++v)
    for (std::size_t u = 0; u < size; ++u) {
      const std::size_t index = (r * s + u) + H * (c * s + v + W * d);
      if (x[index] > x[best]) best = index;
    }
  return best;
}

template <typename eT>
std::size_t MaxPool<eT>::argmax(const eT* x, std::size_t e) const {
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  return windowArgmax(x, e % Ho, (e / Ho) % Wo, e / (Ho * Wo));
}

template <typename eT>
void MaxPool<eT>::forward(const Mat& input, Mat& output) {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, size = options_.size, s = options_.stride;
  const std::size_t N = input.n_cols;
  if (size == 2 && s == 2 && H % 2 == 0) {  // the usual 2×2 pooling, vectorised
    pairs_.resize(this->inputShape_.size() / 2);
    for (std::size_t n = 0; n < N; ++n)
      simd::maxPool2x2(input.colptr(n), output.colptr(n), H, W, options_.inputDepth, pairs_.data());
    return;
  }
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  for (std::size_t n = 0; n < N; ++n) {
    const eT* x = input.colptr(n);
    eT* y = output.colptr(n);
    for (std::size_t d = 0; d < options_.inputDepth; ++d)
      for (std::size_t c = 0; c < Wo; ++c)
        for (std::size_t r = 0; r < Ho; ++r) *y++ = x[windowArgmax(x, r, c, d)];
  }
}

template <typename eT>
void MaxPool<eT>::backward(const Mat& input, const Mat& /*output*/, const Mat& outputGradient,
                           Mat* inputGradient) {
  if (!inputGradient) return;
  const std::size_t H = options_.inputHeight, W = options_.inputWidth;
  if constexpr (std::is_same_v<eT, float>) {
    if (options_.size == 2 && options_.stride == 2 && H % 8 == 0) {  // four windows at a time, every cell written
      if (W % 2) inputGradient->zeros();
      for (std::size_t n = 0; n < outputGradient.n_cols; ++n)
        simd::maxPool2x2Backward(input.colptr(n), outputGradient.colptr(n), inputGradient->colptr(n), H, W,
                                 options_.inputDepth);
      return;
    }
  }
  inputGradient->zeros();
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  // ∂E/∂x = ∂E/∂y at the window's argmax, 0 elsewhere. Not derived in the notes (their pooling
  // section has a heading only); it is the derivative of y = max over the window.
  if (options_.size == 2 && options_.stride == 2) {  // the usual 2×2 pooling: the same scan, unrolled
    for (std::size_t n = 0; n < outputGradient.n_cols; ++n) {
      const eT* x = input.colptr(n);
      const eT* g = outputGradient.colptr(n);
      eT* dx = inputGradient->colptr(n);
      for (std::size_t d = 0; d < options_.inputDepth; ++d)
        for (std::size_t c = 0; c < Wo; ++c) {
          const std::size_t left = H * (2 * c + W * d), right = left + H;
          for (std::size_t r = 0; r < Ho; ++r, ++g) {  // selects, not branches: the max is unpredictable
            const std::size_t i0 = left + 2 * r, i2 = right + 2 * r;
            std::size_t best = i0;
            eT top = x[i0];
            best = x[i0 + 1] > top ? i0 + 1 : best;
            top = x[best];
            best = x[i2] > top ? i2 : best;
            top = x[best];
            best = x[i2 + 1] > top ? i2 + 1 : best;
            dx[best] = *g;
          }
        }
    }
    return;
  }
  for (std::size_t n = 0; n < outputGradient.n_cols; ++n) {
    const eT* x = input.colptr(n);
    const eT* g = outputGradient.colptr(n);
    eT* dx = inputGradient->colptr(n);
    for (std::size_t d = 0; d < options_.inputDepth; ++d)
      for (std::size_t c = 0; c < Wo; ++c)
        for (std::size_t r = 0; r < Ho; ++r, ++g) dx[windowArgmax(x, r, c, d)] += *g;
  }
}

template class MaxPool<float>;
template class MaxPool<double>;

}  // namespace cnnlab
