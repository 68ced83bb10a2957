// The notes' convolutional layer: y_i = B_i + Σ_j x_j ★ K_ij, computed as im2col + GEMM.
#pragma once

#include "engine/layers/layer.hpp"

namespace cnnlab {

// C = input depth, H × W = input size, K = kernel count, k = kernel size, s = stride, p = padding,
// Ho = (H + 2p − k)/s + 1, Wo likewise, N = batch.
enum class ConvolutionBias {
  PerOutput,  // one bias per output cell, shape K × Ho × Wo (the notes' B_i matrices)
  PerKernel,  // one bias per kernel (the usual deep-learning convention)
};

struct ConvolutionalOptions {
  std::size_t inputDepth = 1, inputHeight = 28, inputWidth = 28;
  std::size_t kernelSize = 3;
  std::size_t kernelCount = 1;
  std::size_t stride = 1;
  std::size_t padding = 0;
  ConvolutionBias bias = ConvolutionBias::PerOutput;
  // Patch values per GEMM slab (Ho·Wo·C·k·k per sample): the batch is cut into slabs this large
  // so that im2col's output is still in cache when the GEMM reads it. Not part of the JSON spec.
  std::size_t slabValues = 131072;
};

template <typename eT>
class Convolutional : public Layer<eT> {
 public:
  using Mat = arma::Mat<eT>;

  // Throws std::invalid_argument when the kernel does not fit the (padded) input or a size is 0.
  explicit Convolutional(const ConvolutionalOptions& options);

  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Convolutional>(*this); }
  std::string type() const override { return "convolutional"; }
  std::string describe() const override;
  nlohmann::json spec() const override;
  const ConvolutionalOptions& options() const { return options_; }

  std::size_t parameterCount() const override { return kernelValues() + biasValues(); }
  std::size_t kernelValues() const { return patchSize() * options_.kernelCount; }
  std::size_t biasValues() const;
  void initialize(std::mt19937_64& rng, Initialization scheme) override;
  double multiplyAdds() const override;

  void forward(const Mat& input, Mat& output) override;
  void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                Mat* inputGradient) override;

  // K_ij as a k × k view (i = kernel, j = input channel).
  Mat kernel(std::size_t i, std::size_t j) const;
  // Kernels as one (C·k·k) × K matrix: column i is kernel i, channel after channel.
  Mat kernelMatrix() const { return Mat(kernels_, patchSize(), options_.kernelCount, false, true); }

 protected:
  void bindViews(eT* parameters, eT* gradients) override;

 private:
  std::size_t patchSize() const { return options_.inputDepth * options_.kernelSize * options_.kernelSize; }
  std::size_t outputCells() const { return this->outputShape_.height * this->outputShape_.width; }
  // One sample's patches into rows [0, Ho·Wo) of a (C·k·k)-column matrix whose columns are ld
  // apart: row p = r + Ho·c is the window under output (r, c). The batch stacks its samples'
  // patches one under another, so the whole batch is one GEMM.
  void im2col(const eT* sample, eT* patches, std::size_t ld) const;
  // Adds each patch-gradient entry (same layout) back to the input cell it came from.
  void col2im(const eT* patchGradient, std::size_t ld, eT* sampleGradient) const;

  ConvolutionalOptions options_;
  eT* kernels_ = nullptr;   // (C·k·k) × K
  eT* biases_ = nullptr;    // (Ho·Wo·K) or K
  eT* kernelGradient_ = nullptr;
  eT* biasGradient_ = nullptr;
  // Samples per GEMM: the batch is cut into slabs whose patches stay in cache between im2col
  // and the GEMM that reads them (one slab of LeNet's first layer is ~0.5 MB).
  std::size_t slabSamples(std::size_t N) const;

  // Work buffers, sized on the first batch of a given size and reused after (no allocation):
  Mat patches_;        // (Ho·Wo·C·k·k) × N, kept for backward; a slab of samples [n0, n0 + m) is one
                       // contiguous (Ho·Wo·m) × (C·k·k) matrix, its samples' patches one under another
  Mat stacked_;        // (Ho·Wo·slab) × K: Y (forward) or ∂E/∂Y (backward) of a slab, stacked likewise
  Mat patchGradient_;  // (Ho·Wo·slab) × (C·k·k)
  Mat transposedKernels_;  // K × (C·k·k): Kᵀ, for the float path's ∂E/∂Y · Kᵀ
};

}  // namespace cnnlab
