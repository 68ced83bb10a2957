// Convolutional layer: forward and backward as derived in the notes, via im2col + GEMM.
#include "engine/convolutional.hpp"

#include <cmath>
#include <stdexcept>

namespace cnnlab {

template <typename eT>
Convolutional<eT>::Convolutional(const ConvolutionalOptions& options) : options_(options) {
  const auto& o = options_;
  if (o.inputDepth == 0 || o.inputHeight == 0 || o.inputWidth == 0)
    throw std::invalid_argument("convolutional: the input shape has a zero dimension");
  if (o.kernelSize == 0) throw std::invalid_argument("convolutional: kernel_size must be at least 1");
  if (o.kernelCount == 0) throw std::invalid_argument("convolutional: kernels must be at least 1");
  if (o.stride == 0) throw std::invalid_argument("convolutional: stride must be at least 1");
  if (o.kernelSize > o.inputHeight + 2 * o.padding || o.kernelSize > o.inputWidth + 2 * o.padding)
    throw std::invalid_argument("convolutional: the " + std::to_string(o.kernelSize) + "×" +
                                std::to_string(o.kernelSize) + " kernel is larger than its " +
                                std::to_string(o.inputHeight + 2 * o.padding) + "×" +
                                std::to_string(o.inputWidth + 2 * o.padding) + " input");
  this->inputShape_ = {o.inputDepth, o.inputHeight, o.inputWidth};
  this->outputShape_ = {o.kernelCount, (o.inputHeight + 2 * o.padding - o.kernelSize) / o.stride + 1,
                        (o.inputWidth + 2 * o.padding - o.kernelSize) / o.stride + 1};
}

template <typename eT>
std::string Convolutional<eT>::describe() const {
  std::string text = "Conv " + std::to_string(options_.kernelCount) + "@" +
                     std::to_string(options_.kernelSize) + "×" + std::to_string(options_.kernelSize);
  if (options_.stride != 1) text += " s" + std::to_string(options_.stride);
  if (options_.padding != 0) text += " p" + std::to_string(options_.padding);
  return text;
}

template <typename eT>
nlohmann::json Convolutional<eT>::spec() const {
  return {{"type", "convolutional"},
          {"kernels", options_.kernelCount},
          {"kernel_size", options_.kernelSize},
          {"stride", options_.stride},
          {"padding", options_.padding},
          {"bias", options_.bias == ConvolutionBias::PerOutput ? "per_output" : "per_kernel"}};
}

template <typename eT>
std::size_t Convolutional<eT>::biasValues() const {
  return options_.bias == ConvolutionBias::PerOutput ? this->outputShape_.size() : options_.kernelCount;
}

template <typename eT>
void Convolutional<eT>::bind(eT* parameters, eT* gradients) {
  kernels_ = parameters;
  biases_ = parameters + kernelValues();
  kernelGradient_ = gradients;
  biasGradient_ = gradients + kernelValues();
}

template <typename eT>
void Convolutional<eT>::initialize(std::mt19937_64& rng, Initialization scheme) {
  const std::size_t n = parameterCount();
  if (scheme == Initialization::Normal) {
    std::normal_distribution<double> normal(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i) kernels_[i] = eT(normal(rng));
  } else {
    const double bound = 1.0 / std::sqrt(double(patchSize()));
    std::uniform_real_distribution<double> uniform(-bound, bound);
    for (std::size_t i = 0; i < n; ++i) kernels_[i] = eT(uniform(rng));
  }
}

template <typename eT>
typename Convolutional<eT>::Mat Convolutional<eT>::kernel(std::size_t i, std::size_t j) const {
  const std::size_t k = options_.kernelSize;
  return Mat(kernels_ + i * patchSize() + j * k * k, k, k, false, true);
}

template <typename eT>
void Convolutional<eT>::im2col(const eT* sample, Mat& patches) const {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, k = options_.kernelSize;
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  const long s = long(options_.stride), pad = long(options_.padding);
  patches.set_size(Ho * Wo, patchSize());
  // Column q = u + k·(v + k·j) holds x_j(r·s + u − p, c·s + v − p) for every output (r, c).
  for (std::size_t j = 0; j < options_.inputDepth; ++j)
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t u = 0; u < k; ++u) {
        eT* column = patches.colptr(u + k * (v + k * j));
        const eT* channel = sample + H * W * j;
        for (std::size_t c = 0; c < Wo; ++c) {
          const long col = long(c) * s + long(v) - pad;
          eT* dst = column + Ho * c;
          if (col < 0 || col >= long(W)) {
            for (std::size_t r = 0; r < Ho; ++r) dst[r] = 0;
            continue;
          }
          const eT* src = channel + H * std::size_t(col);
          for (std::size_t r = 0; r < Ho; ++r) {
            const long row = long(r) * s + long(u) - pad;
            dst[r] = (row < 0 || row >= long(H)) ? eT(0) : src[row];
          }
        }
      }
}

template <typename eT>
void Convolutional<eT>::col2im(const Mat& patchGradient, eT* sampleGradient) const {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, k = options_.kernelSize;
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  const long s = long(options_.stride), pad = long(options_.padding);
  std::fill(sampleGradient, sampleGradient + this->inputShape_.size(), eT(0));
  for (std::size_t j = 0; j < options_.inputDepth; ++j)
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t u = 0; u < k; ++u) {
        const eT* column = patchGradient.colptr(u + k * (v + k * j));
        eT* channel = sampleGradient + H * W * j;
        for (std::size_t c = 0; c < Wo; ++c) {
          const long col = long(c) * s + long(v) - pad;
          if (col < 0 || col >= long(W)) continue;
          const eT* src = column + Ho * c;
          eT* dst = channel + H * std::size_t(col);
          for (std::size_t r = 0; r < Ho; ++r) {
            const long row = long(r) * s + long(u) - pad;
            if (row >= 0 && row < long(H)) dst[row] += src[r];
          }
        }
      }
}

template <typename eT>
void Convolutional<eT>::forward(const Mat& input, Mat& output) {
  // input: (C·H·W) × N, output: (K·Ho·Wo) × N
  const std::size_t N = input.n_cols, cells = outputCells(), K = options_.kernelCount;
  patches_.set_size(cells, patchSize(), N);
  const Mat kernels = kernelMatrix();
  for (std::size_t n = 0; n < N; ++n) {
    Mat patches(patches_.slice_memptr(n), cells, patchSize(), false, true);
    im2col(input.colptr(n), patches);
    Mat y(output.colptr(n), cells, K, false, true);  // (Ho·Wo) × K: channel i is column i
    y = patches * kernels;                           // Σ_j x_j ★ K_ij for every i at once
  }
  if (options_.bias == ConvolutionBias::PerOutput) {
    output.each_col() += arma::Col<eT>(biases_, this->outputShape_.size(), false, true);
  } else {
    for (std::size_t n = 0; n < N; ++n)
      for (std::size_t i = 0; i < K; ++i) output.col(n).subvec(i * cells, (i + 1) * cells - 1) += biases_[i];
  }
}

template <typename eT>
void Convolutional<eT>::backward(const Mat& /*input*/, const Mat& /*output*/, const Mat& outputGradient,
                                 Mat* inputGradient) {
  const std::size_t N = outputGradient.n_cols, cells = outputCells(), K = options_.kernelCount;
  Mat kernelGradient(kernelGradient_, patchSize(), K, false, true);
  kernelGradient.zeros();
  const Mat kernels = kernelMatrix();
  for (std::size_t n = 0; n < N; ++n) {
    const Mat patches(const_cast<eT*>(patches_.slice_memptr(n)), cells, patchSize(), false, true);
    const Mat dY(const_cast<eT*>(outputGradient.colptr(n)), cells, K, false, true);
    // ∂E/∂K_ij = X_j ★ ∂E/∂Y_i   (notes, conv layer backward): patchesᵀ · ∂E/∂Y
    kernelGradient += patches.t() * dY;
    if (inputGradient) {
      // ∂E/∂X_j = Σ_i ∂E/∂Y_i ★full rot180(K_ij)   (notes): scatter ∂E/∂Y · Kᵀ back to the windows
      patchGradient_ = dY * kernels.t();
      col2im(patchGradient_, inputGradient->colptr(n));
    }
  }
  // ∂E/∂B_i = ∂E/∂Y_i   (notes), summed over the batch
  if (options_.bias == ConvolutionBias::PerOutput) {
    arma::Col<eT> biasGradient(biasGradient_, this->outputShape_.size(), false, true);
    biasGradient = arma::sum(outputGradient, 1);
  } else {
    for (std::size_t i = 0; i < K; ++i)
      biasGradient_[i] = arma::accu(outputGradient.rows(i * cells, (i + 1) * cells - 1));
  }
}

template class Convolutional<float>;
template class Convolutional<double>;

}  // namespace cnnlab
