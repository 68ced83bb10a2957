// A sequence of layers with one flat parameter vector and one flat gradient vector (each layer's
// weights are views into them), the loss it is trained with, and predict.
#pragma once

#include <memory>
#include <vector>

#include "engine/layers/layer.hpp"
#include "engine/loss.hpp"

namespace cnnlab {

// Where one layer's parameters sit in the flat vector.
struct ParameterRange {
  std::size_t layer;   // index of the layer
  std::size_t offset;  // first value in parameters()
  std::size_t count;
};

// in = inputShape().size(), out = outputShape().size(), N = batch.
template <typename eT>
class Network {
 public:
  using Mat = arma::Mat<eT>;
  using Vec = arma::Col<eT>;

  explicit Network(const Shape& input);
  Network(Network&&) noexcept = default;
  Network& operator=(Network&&) noexcept = default;

  // Appends a layer. Throws std::invalid_argument when its input size differs from the current
  // output size. Invalidates parameters until finalize().
  void add(std::unique_ptr<Layer<eT>> layer);
  void setLoss(std::unique_ptr<Loss<eT>> loss) { loss_ = std::move(loss); }
  void setInitialization(Initialization scheme) { initialization_ = scheme; }
  // Allocates the flat parameter and gradient vectors (zeros) and binds every layer to them.
  void finalize();
  // A deep copy: the same layers (cloned, not rebuilt from JSON), loss and initialization, and
  // its own flat vectors holding the same parameter and gradient values (zeros when this network
  // was never finalized), each layer's views bound into them. Sharing nothing with this network.
  Network clone() const;
  // Points every layer at another network's parameter values (same spec, so the same layout),
  // keeping this network's own gradients and work buffers: a replica for data-parallel training
  // (Trainer with several compute threads). parameters() of this network is then unused.
  void bindParameters(eT* parameters);
  // The same, with the gradients written into gradients (parameterCount() values) instead of
  // this network's own (Trainer: one gradient vector per chunk of a batch). No allocation.
  void bindParameters(eT* parameters, eT* gradients);
  // Draws every layer's weights from a generator seeded with seed (reproducible).
  void initialize(std::uint64_t seed);

  const Shape& inputShape() const { return inputShape_; }
  const Shape& outputShape() const;
  std::size_t layerCount() const { return layers_.size(); }
  Layer<eT>& layer(std::size_t i) { return *layers_.at(i); }
  const Layer<eT>& layer(std::size_t i) const { return *layers_.at(i); }
  const Loss<eT>& loss() const;
  bool hasLoss() const { return loss_ != nullptr; }
  Initialization initialization() const { return initialization_; }

  std::size_t parameterCount() const { return parameters_.n_elem; }
  Vec& parameters() { return parameters_; }
  const Vec& parameters() const { return parameters_; }
  Vec& gradients() { return gradients_; }
  const Vec& gradients() const { return gradients_; }
  std::vector<ParameterRange> parameterRanges() const;

  // input: in × N → out × N. Keeps every layer's output (activation(i)) for backward and viewing.
  const Mat& forward(const Mat& input);
  // Inference only: output (out × N) = the network applied to input, computed tile columns at a
  // time so each tile's activations stay in cache however large N is. Afterwards activation(i)
  // holds the last tile's values only and backward() must not be called before a forward().
  void infer(const Mat& input, Mat& output, std::size_t tile = 32);
  // lossGradient: ∂E/∂output of the last forward, out × N. Fills gradients() for that batch.
  // wantInputGradient also computes ∂E/∂input (inputGradient()); training leaves it off.
  void backward(const Mat& lossGradient, bool wantInputGradient = false);
  // backward() fused with plain SGD, θ ← θ − η ∂E/∂θ, layer by layer as the gradient passes
  // through (Layer::backwardUpdate: each layer's ∂E/∂X is taken before its own update). For one
  // sample the dense layers do it in one sweep over W and leave their gradient slots unwritten;
  // every other layer's gradients are written as by backward().
  void backwardUpdate(const Mat& lossGradient, eT rate);
  const Mat& activation(std::size_t i) const { return activations_.at(i + 1); }
  const Mat& input() const { return activations_.front(); }
  const Mat& inputGradient() const { return deltas_.front(); }

  // The network as a JSON document (docs/network-format.md).
  nlohmann::json spec() const;

 private:
  Shape inputShape_;
  std::vector<std::unique_ptr<Layer<eT>>> layers_;
  std::unique_ptr<Loss<eT>> loss_;
  Initialization initialization_ = Initialization::UniformFanIn;
  Vec parameters_, gradients_;
  std::vector<Mat> activations_;  // [0] = input, [i + 1] = output of layer i
  std::vector<Mat> deltas_;       // [i] = ∂E/∂(input of layer i)
  std::vector<std::size_t> offsets_;  // [i] = first value of layer i in parameters_
};

}  // namespace cnnlab
