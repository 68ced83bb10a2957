// Convolutional layer: forward and backward as derived in the notes, via im2col + GEMM.
#include "engine/convolutional.hpp"

#include <algorithm>
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
void Convolutional<eT>::im2col(const eT* sample, eT* patches, std::size_t ld) const {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, k = options_.kernelSize;
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  const long s = long(options_.stride), pad = long(options_.padding);
  // Column q = u + k·(v + k·j) holds x_j(r·s + u − p, c·s + v − p) for every output (r, c).
  for (std::size_t j = 0; j < options_.inputDepth; ++j)
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t u = 0; u < k; ++u) {
        eT* column = patches + ld * (u + k * (v + k * j));
        const eT* channel = sample + H * W * j;
        for (std::size_t c = 0; c < Wo; ++c) {
          const long col = long(c) * s + long(v) - pad;
          eT* dst = column + Ho * c;
          if (col < 0 || col >= long(W)) {
            std::fill_n(dst, Ho, eT(0));
            continue;
          }
          const eT* src = channel + H * std::size_t(col);
          if (s == 1 && pad == 0) {  // the common case: a straight copy of Ho cells
            std::copy_n(src + u, Ho, dst);
            continue;
          }
          for (std::size_t r = 0; r < Ho; ++r) {
            const long row = long(r) * s + long(u) - pad;
            dst[r] = (row < 0 || row >= long(H)) ? eT(0) : src[row];
          }
        }
      }
}

template <typename eT>
void Convolutional<eT>::col2im(const eT* patchGradient, std::size_t ld, eT* sampleGradient) const {
  const std::size_t H = options_.inputHeight, W = options_.inputWidth, k = options_.kernelSize;
  const std::size_t Ho = this->outputShape_.height, Wo = this->outputShape_.width;
  const long s = long(options_.stride), pad = long(options_.padding);
  std::fill(sampleGradient, sampleGradient + this->inputShape_.size(), eT(0));
  for (std::size_t j = 0; j < options_.inputDepth; ++j)
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t u = 0; u < k; ++u) {
        const eT* column = patchGradient + ld * (u + k * (v + k * j));
        eT* channel = sampleGradient + H * W * j;
        for (std::size_t c = 0; c < Wo; ++c) {
          const long col = long(c) * s + long(v) - pad;
          if (col < 0 || col >= long(W)) continue;
          const eT* src = column + Ho * c;
          eT* dst = channel + H * std::size_t(col);
          if (s == 1 && pad == 0) {
            for (std::size_t r = 0; r < Ho; ++r) dst[r + u] += src[r];
            continue;
          }
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
  const std::size_t N = input.n_cols, cells = outputCells(), K = options_.kernelCount, rows = cells * N;
  patches_.set_size(rows, patchSize());
  for (std::size_t n = 0; n < N; ++n) im2col(input.colptr(n), patches_.memptr() + cells * n, rows);
  const Mat kernels = kernelMatrix();
  const bool perOutput = options_.bias == ConvolutionBias::PerOutput;
  if (N == 1) {
    Mat y(output.memptr(), cells, K, false, true);  // (Ho·Wo) × K: channel i is column i
    y = patches_ * kernels;                         // Σ_j x_j ★ K_ij for every i at once
    if (perOutput)
      output.col(0) += arma::Col<eT>(biases_, this->outputShape_.size(), false, true);
    else
      y.each_row() += arma::Row<eT>(biases_, K, false, true);
    return;
  }
  // One GEMM for the batch, then each sample's K channels move to its own column, plus bias:
  // y_i = B_i + Σ_j x_j ★ K_ij   (notes, conv layer forward)
  stacked_.set_size(rows, K);
  stacked_ = patches_ * kernels;
  for (std::size_t n = 0; n < N; ++n)
    for (std::size_t i = 0; i < K; ++i) {
      const eT* src = stacked_.colptr(i) + cells * n;
      eT* dst = output.colptr(n) + cells * i;
      if (perOutput) {
        const eT* b = biases_ + cells * i;
        for (std::size_t p = 0; p < cells; ++p) dst[p] = src[p] + b[p];
      } else {
        const eT b = biases_[i];
        for (std::size_t p = 0; p < cells; ++p) dst[p] = src[p] + b;
      }
    }
}

template <typename eT>
void Convolutional<eT>::backward(const Mat& /*input*/, const Mat& /*output*/, const Mat& outputGradient,
                                 Mat* inputGradient) {
  const std::size_t N = outputGradient.n_cols, cells = outputCells(), K = options_.kernelCount, rows = cells * N;
  // ∂E/∂Y in the stacked order, (Ho·Wo·N) × K; one sample's gradient already is that matrix
  if (N > 1) {
    stacked_.set_size(rows, K);
    for (std::size_t n = 0; n < N; ++n)
      for (std::size_t i = 0; i < K; ++i)
        std::copy_n(outputGradient.colptr(n) + cells * i, cells, stacked_.colptr(i) + cells * n);
  }
  const Mat dY(N > 1 ? stacked_.memptr() : const_cast<eT*>(outputGradient.memptr()), rows, K, false, true);
  // ∂E/∂K_ij = X_j ★ ∂E/∂Y_i   (notes, conv layer backward): patchesᵀ · ∂E/∂Y, summed over the batch
  Mat kernelGradient(kernelGradient_, patchSize(), K, false, true);
  kernelGradient = patches_.t() * dY;
  if (inputGradient) {
    // ∂E/∂X_j = Σ_i ∂E/∂Y_i ★full rot180(K_ij)   (notes): scatter ∂E/∂Y · Kᵀ back to the windows
    const Mat kernels = kernelMatrix();
    patchGradient_.set_size(rows, patchSize());
    patchGradient_ = dY * kernels.t();
    for (std::size_t n = 0; n < N; ++n) col2im(patchGradient_.memptr() + cells * n, rows, inputGradient->colptr(n));
  }
  // ∂E/∂B_i = ∂E/∂Y_i   (notes), summed over the batch
  if (options_.bias == ConvolutionBias::PerOutput) {
    arma::Col<eT> biasGradient(biasGradient_, this->outputShape_.size(), false, true);
    biasGradient = arma::sum(outputGradient, 1);
  } else {
    for (std::size_t i = 0; i < K; ++i) biasGradient_[i] = arma::accu(dY.col(i));
  }
}

template class Convolutional<float>;
template class Convolutional<double>;

}  // namespace cnnlab
