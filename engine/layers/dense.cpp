// Dense layer forward and backward (second notes, eqs. 25–28, in matrix form).
#include "engine/layers/dense.hpp"

#include "engine/simd.hpp"
#include "engine/layers/initialization.hpp"
#include "engine/threads.hpp"

#include <cmath>
#include <stdexcept>

namespace cnnlab {

template <typename eT>
Dense<eT>::Dense(const DenseOptions& options) : options_(options) {
  if (options.inputSize == 0) throw std::invalid_argument("dense: the input size is 0");
  if (options.outputSize == 0) throw std::invalid_argument("dense: units must be at least 1");
  this->inputShape_ = {options.inputSize, 1, 1};
  this->outputShape_ = {options.outputSize, 1, 1};
}

template <typename eT>
std::string Dense<eT>::describe() const {
  return "Dense " + std::to_string(options_.inputSize) + "→" + std::to_string(options_.outputSize);
}

template <typename eT>
nlohmann::json Dense<eT>::spec() const {
  return {{"type", "dense"}, {"units", options_.outputSize}};
}

template <typename eT>
void Dense<eT>::initialize(std::mt19937_64& rng, Initialization scheme) {
  drawWeights(this->parameters_, parameterCount(), options_.inputSize, rng, scheme);
}

template <typename eT>
double Dense<eT>::multiplyAdds() const {
  return double(options_.inputSize) * double(options_.outputSize);
}

template <typename eT>
std::size_t Dense<eT>::sampleChunks() const {
  // Worth it from ~256 KB of weights (the seed network's W is 1.35 MB): below, waking a second
  // thread costs more than its half of the sweep saves. Eight chunks: on two threads each takes
  // its own four (the same columns every step, so that part of W stays in its core's L2 cache),
  // and a thread the OS has descheduled holds up one eighth of the sweep at most.
  constexpr std::size_t kSplitWeights = 1 << 16, kSampleChunks = 8;
  return options_.outputSize * options_.inputSize >= kSplitWeights && options_.inputSize >= kSampleChunks ? kSampleChunks : 1;
}

template <typename eT>
void Dense<eT>::forward(const Mat& input, Mat& output) {
  // input: I × N, output: O × N
  const std::size_t O = options_.outputSize, I = options_.inputSize;
  if (input.n_cols == 1 && O >= 16 && O < 144) {  // one sample (the notes' per-sample SGD): one sweep over W,
                                                  // the outputs' sums in registers (simd::denseForward)
    output.set_size(O, 1);  // as the matrix product below would (no allocation when it is already)
    const eT* b = this->parameters_ + O * I;
    const std::size_t K = sampleChunks();
    if (K == 1) {
      simd::denseForward(this->parameters_, O, I, input.memptr(), b, output.memptr());
      return;
    }
    // Chunk k sums its own range of W's columns; then the K partial sums are added in chunk
    // order, whichever threads ran them.
    partialOutputs_.set_size(O, K);
    if (zeroBias_.n_elem != O) zeroBias_.zeros(O);
    auto task = [&](std::size_t k) {
      const std::size_t j0 = I * k / K, j1 = I * (k + 1) / K;
      simd::denseForward(this->parameters_ + O * j0, O, j1 - j0, input.memptr() + j0, k == 0 ? b : zeroBias_.memptr(),
                            partialOutputs_.colptr(k));
    };
    split_.run(K, task);
    eT* y = output.memptr();
    std::copy_n(partialOutputs_.colptr(0), O, y);
    for (std::size_t k = 1; k < K; ++k)
      for (std::size_t i = 0; i < O; ++i) y[i] += partialOutputs_(i, k);
    return;
  }
  output = weights() * input;
  output.each_col() += bias();
}

template <typename eT>
void Dense<eT>::backward(const Mat& input, const Mat& /*output*/, const Mat& outputGradient,
                         Mat* inputGradient) {
  const std::size_t O = options_.outputSize, I = options_.inputSize;
  Mat weightGradient(this->gradients_, O, I, false, true);
  arma::Col<eT> biasGradient(this->gradients_ + O * I, O, false, true);
  // ∂E/∂w_ij = ∂E/∂z_i · x_j, ∂E/∂b_i = ∂E/∂z_i   (second notes, eqs. 25–28, with the activation's
  // factor already in ∂E/∂Y), in matrix form over the batch: ∂E/∂W = ∂E/∂Y · Xᵀ, ∂E/∂b = Σ_n ∂E/∂Y.
  // ∂E/∂X = Wᵀ · ∂E/∂Y: the conv layer's ∂E/∂X_j = Σ_i ∂E/∂Y_i ★full K_ij with 1 × 1 "matrices"
  // (first notes: the dense layer is the conv layer's particular case)
  weightGradient = outputGradient * input.t();
  biasGradient = arma::sum(outputGradient, 1);
  if (inputGradient) *inputGradient = weights().t() * outputGradient;
}

template <typename eT>
void Dense<eT>::backwardUpdate(const Mat& input, const Mat& output, const Mat& outputGradient, Mat* inputGradient,
                               eT rate) {
  const std::size_t O = options_.outputSize, I = options_.inputSize;
  if (outputGradient.n_cols != 1) {
    backward(input, output, outputGradient, inputGradient);
    arma::Col<eT>(this->parameters_, (I + 1) * O, false, true) -= rate * arma::Col<eT>(this->gradients_, (I + 1) * O, false, true);
    return;
  }
  // dx = Wᵀ·g with the old W, then W ← W − η g xᵀ, column by column; b ← b − η g. Columns are
  // independent (so any split gives the same values): the chunks are forward()'s, so each thread
  // sweeps the columns it summed there.
  const std::size_t K = sampleChunks();
  auto task = [&](std::size_t k) {
    const std::size_t j0 = I * k / K, j1 = I * (k + 1) / K;
    simd::denseBackwardUpdate(this->parameters_ + O * j0, O, j1 - j0, outputGradient.memptr(), input.memptr() + j0, rate,
                                 inputGradient ? inputGradient->memptr() + j0 : nullptr);
  };
  split_.run(K, task);
  eT* b = this->parameters_ + O * I;
  const eT* g = outputGradient.memptr();
  for (std::size_t i = 0; i < O; ++i) b[i] -= rate * g[i];
}

template class Dense<float>;
template class Dense<double>;

}  // namespace cnnlab
