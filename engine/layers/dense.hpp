// The fully connected layer: Y = W·X + b (notes: the dense layer the conv layer generalises).
#pragma once

#include "engine/layers/layer.hpp"
#include "engine/threads.hpp"

namespace cnnlab {

// I = input size, O = output size, N = batch.
struct DenseOptions {
  std::size_t inputSize = 1;
  std::size_t outputSize = 1;
};

template <typename eT>
class Dense : public Layer<eT> {
 public:
  using Mat = arma::Mat<eT>;

  // Throws std::invalid_argument when a size is 0.
  explicit Dense(const DenseOptions& options);

  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<Dense>(*this); }
  std::string type() const override { return "dense"; }
  std::string describe() const override;
  nlohmann::json spec() const override;

  std::size_t parameterCount() const override { return (options_.inputSize + 1) * options_.outputSize; }
  void initialize(std::mt19937_64& rng, Initialization scheme) override;
  double multiplyAdds() const override;

  void forward(const Mat& input, Mat& output) override;
  void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                Mat* inputGradient) override;

  // backward() and the SGD update θ ← θ − η ∂E/∂θ in one go. For one sample (N = 1) it is a
  // single sweep over W (simd::denseBackwardUpdate; with several compute threads and a large
  // W, each thread sweeps its own range of columns) and the layer's slots in the gradient
  // vector are left untouched; for N > 1 it is backward() followed by the update.
  void backwardUpdate(const Mat& input, const Mat& output, const Mat& outputGradient, Mat* inputGradient,
                      eT rate) override;

  Mat weights() const { return Mat(this->parameters_, options_.outputSize, options_.inputSize, false, true); }  // O × I
  arma::Col<eT> bias() const { return arma::Col<eT>(this->parameters_ + options_.outputSize * options_.inputSize, options_.outputSize, false, true); }

 private:
  // Chunks of W's columns for one sample's sweeps: kSampleChunks for a large W, else 1. Fixed by
  // W's size alone, so the sums (and so the trained weights) are the same on any thread count.
  std::size_t sampleChunks() const;

  DenseOptions options_;
  // The bound parameters (Layer::parameters_) are W (O × I, column-major) then b (O); the
  // gradients likewise.
  Mat partialOutputs_;      // O × chunks: one sample's partial sums, sized once
  arma::Col<eT> zeroBias_;  // O zeros: the bias of every partial sum but the first
  AdaptiveSplit split_;     // the chunks over the pool, or on this thread while the pool stalls
};

}  // namespace cnnlab
