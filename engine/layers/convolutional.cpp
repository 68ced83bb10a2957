// Convolutional layer: forward and backward as derived in the notes, via im2col + GEMM.
#include "engine/layers/convolutional.hpp"

#include "engine/simd.hpp"
#include "engine/layers/initialization.hpp"

#include <algorithm>
#include <string>
#include <stdexcept>
#include <type_traits>

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
void Convolutional<eT>::bindViews(eT* parameters, eT* gradients) {
  kernels_ = parameters;
  biases_ = parameters + kernelValues();
  kernelGradient_ = gradients;
  biasGradient_ = gradients + kernelValues();
}

template <typename eT>
void Convolutional<eT>::initialize(std::mt19937_64& rng, Initialization scheme) {
  drawWeights(kernels_, parameterCount(), patchSize(), rng, scheme);  // kernels, then biases
}

template <typename eT>
double Convolutional<eT>::multiplyAdds() const {
  return double(this->outputShape_.size()) * double(patchSize());
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
  if (s == 1 && pad == 0) {  // the common case: Wo runs of Ho cells, H apart in the input
    simd::im2colValid(sample, options_.inputDepth, H, W, k, patches, ld);
    return;
  }
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
  if (s == 1 && pad == 0) {
    simd::col2imValid(patchGradient, ld, options_.inputDepth, H, W, k, sampleGradient);
    return;
  }
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
          for (std::size_t r = 0; r < Ho; ++r) {
            const long row = long(r) * s + long(u) - pad;
            if (row >= 0 && row < long(H)) dst[row] += src[r];
          }
        }
      }
}

template <typename eT>
std::size_t Convolutional<eT>::slabSamples(std::size_t N) const {
  return std::clamp<std::size_t>(options_.slabValues / (outputCells() * patchSize()), 1, N);
}

template <typename eT>
void Convolutional<eT>::forward(const Mat& input, Mat& output) {
  // input: (C·H·W) × N, output: (K·Ho·Wo) × N
  const std::size_t N = input.n_cols, cells = outputCells(), K = options_.kernelCount, S = slabSamples(N);
  const bool perOutput = options_.bias == ConvolutionBias::PerOutput;
  if constexpr (std::is_same_v<eT, float>) {
    const std::size_t H = options_.inputHeight, k = options_.kernelSize, Ho = this->outputShape_.height;
    if (options_.stride == 1 && options_.padding == 0 && Ho % 8 == 0) {
      // The same sums as below (same terms, same order), read from the input rather than from
      // im2col's copy of it, and written with the bias straight to each sample's column: #28
      // measured im2col and the GEMM reading its 0.5 MB slab at 30 % of lenet5's training.
      simd::convValidForward(input.memptr(), input.n_rows, N, options_.inputDepth, H, options_.inputWidth, k,
                             kernels_, K, biases_, perOutput, output.memptr(), output.n_rows);
      return;
    }
  }
  patches_.set_size(cells * S, patchSize());
  stacked_.set_size(cells * S, K);
  for (std::size_t n0 = 0; n0 < N; n0 += S) {
    const std::size_t m = std::min(S, N - n0), rows = cells * m;
    for (std::size_t n = 0; n < m; ++n) im2col(input.colptr(n0 + n), patches_.memptr() + cells * n, rows);
    // y_i = B_i + Σ_j x_j ★ K_ij   (notes, conv layer forward): one product for all K channels
    // of the slab, (Ho·Wo·m) × K; then each sample's channels go to its own column, plus bias.
    Mat y(stacked_.memptr(), rows, K, false, true);
    simd::gemmNarrow(patches_.memptr(), rows, rows, patchSize(), kernels_, K, y.memptr(), rows);
    for (std::size_t n = 0; n < m; ++n)
      for (std::size_t i = 0; i < K; ++i) {
        const eT* src = y.colptr(i) + cells * n;
        eT* dst = output.colptr(n0 + n) + cells * i;
        if (perOutput) {
          const eT* b = biases_ + cells * i;
          for (std::size_t p = 0; p < cells; ++p) dst[p] = src[p] + b[p];
        } else {
          const eT b = biases_[i];
          for (std::size_t p = 0; p < cells; ++p) dst[p] = src[p] + b;
        }
      }
  }
}

template <typename eT>
void Convolutional<eT>::backward(const Mat& input, const Mat& /*output*/, const Mat& outputGradient,
                                 Mat* inputGradient) {
  const std::size_t N = outputGradient.n_cols, cells = outputCells(), K = options_.kernelCount, S = slabSamples(N);
  if constexpr (std::is_same_v<eT, float>) {
    // ∂E/∂K straight from the input and ∂E/∂Y (8 output cells at a time, as forward), and ∂E/∂X
    // one sample at a time: its patch gradient ∂E/∂Y · Kᵀ (gemmNarrow, Ho·Wo × C·k·k, in cache)
    // scattered back by col2im. #28: OpenBLAS's packing, its zeroing of the slab-sized product and
    // im2col's second copy of the patches were a third of lenet5's training.
    if (options_.stride == 1 && options_.padding == 0 &&
        simd::convValidKernelGradient(input.memptr(), input.n_rows, outputGradient.memptr(), outputGradient.n_rows, N,
                                      options_.inputDepth, options_.inputHeight, options_.inputWidth,
                                      options_.kernelSize, K, kernelGradient_,
                                      options_.bias == ConvolutionBias::PerOutput ? nullptr : biasGradient_)) {
      if (options_.bias == ConvolutionBias::PerOutput) {
        arma::Col<eT> biasGradient(biasGradient_, this->outputShape_.size(), false, true);
        biasGradient = arma::sum(outputGradient, 1);
      }
      if (!inputGradient) return;
      const std::size_t P = patchSize();
      transposedKernels_.set_size(K, P);  // B (K × C·k·k) of ∂E/∂Y · Kᵀ
      for (std::size_t i = 0; i < K; ++i)
        for (std::size_t q = 0; q < P; ++q) transposedKernels_(i, q) = kernels_[q + P * i];
      patchGradient_.set_size(cells, P);
      for (std::size_t n = 0; n < N; ++n) {
        simd::gemmNarrow(outputGradient.colptr(n), cells, cells, K, transposedKernels_.memptr(), P,
                         patchGradient_.memptr(), cells);
        col2im(patchGradient_.memptr(), cells, inputGradient->colptr(n));
      }
      return;
    }
  }
  const Mat kernels = kernelMatrix();
  Mat kernelGradient(kernelGradient_, patchSize(), K, false, true);
  patches_.set_size(cells * S, patchSize());
  stacked_.set_size(cells * S, K);
  if (inputGradient) patchGradient_.set_size(cells * S, patchSize());
  const bool perOutput = options_.bias == ConvolutionBias::PerOutput;
  if (perOutput) {
    // ∂E/∂B_i = ∂E/∂Y_i   (notes), summed over the batch
    arma::Col<eT> biasGradient(biasGradient_, this->outputShape_.size(), false, true);
    biasGradient = arma::sum(outputGradient, 1);
  } else {
    std::fill_n(biasGradient_, K, eT(0));
  }
  for (std::size_t n0 = 0; n0 < N; n0 += S) {
    const std::size_t m = std::min(S, N - n0), rows = cells * m;
    // ∂E/∂Y of the slab in the stacked order, (Ho·Wo·m) × K
    Mat dY(stacked_.memptr(), rows, K, false, true);
    for (std::size_t n = 0; n < m; ++n)
      for (std::size_t i = 0; i < K; ++i)
        std::copy_n(outputGradient.colptr(n0 + n) + cells * i, cells, dY.colptr(i) + cells * n);
    // The slab's patches again: a copy is cheaper than keeping the whole batch's out of cache
    for (std::size_t n = 0; n < m; ++n) im2col(input.colptr(n0 + n), patches_.memptr() + cells * n, rows);
    const Mat patches(patches_.memptr(), rows, patchSize(), false, true);
    // ∂E/∂K_ij = X_j ★ ∂E/∂Y_i   (notes, conv layer backward): patchesᵀ · ∂E/∂Y, summed over the batch
    if (n0 == 0)
      kernelGradient = patches.t() * dY;
    else
      kernelGradient += patches.t() * dY;
    if (!perOutput)
      for (std::size_t i = 0; i < K; ++i) biasGradient_[i] += arma::accu(dY.col(i));
    if (inputGradient) {
      // ∂E/∂X_j = Σ_i ∂E/∂Y_i ★full rot180(K_ij)   (notes): scatter ∂E/∂Y · Kᵀ back to the windows
      Mat patchGradient(patchGradient_.memptr(), rows, patchSize(), false, true);
      patchGradient = dY * kernels.t();
      for (std::size_t n = 0; n < m; ++n)
        col2im(patchGradient.memptr() + cells * n, rows, inputGradient->colptr(n0 + n));
    }
  }
}

template class Convolutional<float>;
template class Convolutional<double>;

}  // namespace cnnlab
