// Network: wiring layers to the flat parameter vector, forward and backward over a batch.
#include "engine/network.hpp"

#include <algorithm>
#include <stdexcept>

namespace cnnlab {

template <typename eT>
Network<eT>::Network(const Shape& input) : inputShape_(input) {
  if (input.size() == 0) throw std::invalid_argument("the network input has a zero dimension");
}

template <typename eT>
void Network<eT>::add(std::unique_ptr<Layer<eT>> layer) {
  const Shape& current = outputShape();
  if (layer->inputShape().size() != current.size())
    throw std::invalid_argument("layer " + std::to_string(layers_.size() + 1) + " (" + layer->describe() +
                                ") expects " + std::to_string(layer->inputShape().size()) +
                                " inputs but receives " + current.str());
  layers_.push_back(std::move(layer));
  parameters_.reset();
  gradients_.reset();
}

template <typename eT>
const Shape& Network<eT>::outputShape() const {
  return layers_.empty() ? inputShape_ : layers_.back()->outputShape();
}

template <typename eT>
const Loss<eT>& Network<eT>::loss() const {
  if (!loss_) throw std::logic_error("the network has no loss");
  return *loss_;
}

template <typename eT>
void Network<eT>::finalize() {
  std::size_t total = 0;
  for (const auto& layer : layers_) total += layer->parameterCount();
  parameters_.zeros(total);
  gradients_.zeros(total);
  std::size_t offset = 0;
  offsets_.clear();
  for (auto& layer : layers_) {
    offsets_.push_back(offset);
    layer->bind(parameters_.memptr() + offset, gradients_.memptr() + offset);
    offset += layer->parameterCount();
  }
  activations_.assign(layers_.size() + 1, Mat());
  deltas_.assign(layers_.size() + 1, Mat());
}

template <typename eT>
Network<eT> Network<eT>::clone() const {
  Network copy(inputShape_);
  for (const auto& layer : layers_) copy.layers_.push_back(layer->clone());
  if (loss_) copy.loss_ = makeLoss<eT>(loss_->name());
  copy.initialization_ = initialization_;
  copy.finalize();  // its own flat vectors, every layer's views rebound into them
  if (parameters_.n_elem == copy.parameters_.n_elem) {
    std::copy_n(parameters_.memptr(), parameters_.n_elem, copy.parameters_.memptr());
    std::copy_n(gradients_.memptr(), gradients_.n_elem, copy.gradients_.memptr());
  }
  return copy;
}

template <typename eT>
void Network<eT>::bindParameters(eT* parameters) {
  if (parameters_.n_elem == 0 && !layers_.empty()) finalize();
  for (std::size_t i = 0; i < layers_.size(); ++i)
    layers_[i]->bind(parameters + offsets_[i], gradients_.memptr() + offsets_[i]);
}

template <typename eT>
void Network<eT>::bindParameters(eT* parameters, eT* gradients) {
  if (parameters_.n_elem == 0 && !layers_.empty()) finalize();
  for (std::size_t i = 0; i < layers_.size(); ++i) layers_[i]->bind(parameters + offsets_[i], gradients + offsets_[i]);
}

template <typename eT>
void Network<eT>::initialize(std::uint64_t seed) {
  if (parameters_.n_elem == 0) finalize();
  std::mt19937_64 rng(seed);
  for (auto& layer : layers_) layer->initialize(rng, initialization_);
}

template <typename eT>
std::vector<ParameterRange> Network<eT>::parameterRanges() const {
  std::vector<ParameterRange> ranges;
  std::size_t offset = 0;
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    ranges.push_back({i, offset, layers_[i]->parameterCount()});
    offset += layers_[i]->parameterCount();
  }
  return ranges;
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::forward(const Mat& input) {
  if (activations_.size() != layers_.size() + 1) finalize();
  if (input.n_rows != inputShape_.size())
    throw std::invalid_argument("the input has " + std::to_string(input.n_rows) + " values per sample, the network expects " +
                                std::to_string(inputShape_.size()) + " (" + inputShape_.str() + ")");
  activations_[0] = input;  // same size as last time: no allocation
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    activations_[i + 1].set_size(layers_[i]->outputShape().size(), input.n_cols);
    layers_[i]->forward(activations_[i], activations_[i + 1]);
  }
  return activations_.back();
}

template <typename eT>
void Network<eT>::infer(const Mat& input, Mat& output, std::size_t tile) {
  const std::size_t N = input.n_cols;
  tile = std::max<std::size_t>(tile, 1);
  output.set_size(outputShape().size(), N);
  for (std::size_t n0 = 0; n0 < N; n0 += tile) {
    const std::size_t m = std::min(tile, N - n0);
    const Mat columns(const_cast<eT*>(input.colptr(n0)), input.n_rows, m, false, true);  // a view, no copy
    const Mat& y = forward(columns);
    std::copy_n(y.memptr(), y.n_elem, output.colptr(n0));
  }
}

template <typename eT>
void Network<eT>::backward(const Mat& lossGradient, bool wantInputGradient) {
  const std::size_t N = activations_.front().n_cols;
  deltas_.back() = lossGradient;
  for (std::size_t i = layers_.size(); i-- > 0;) {
    Mat* inputGradient = nullptr;
    if (i > 0 || wantInputGradient) {
      deltas_[i].set_size(layers_[i]->inputShape().size(), N);
      inputGradient = &deltas_[i];
    }
    layers_[i]->backward(activations_[i], activations_[i + 1], deltas_[i + 1], inputGradient);
  }
}

template <typename eT>
void Network<eT>::backwardUpdate(const Mat& lossGradient, eT rate) {
  const std::size_t N = activations_.front().n_cols;
  deltas_.back() = lossGradient;
  for (std::size_t i = layers_.size(); i-- > 0;) {
    Mat* inputGradient = nullptr;
    if (i > 0) {
      deltas_[i].set_size(layers_[i]->inputShape().size(), N);
      inputGradient = &deltas_[i];
    }
    layers_[i]->backwardUpdate(activations_[i], activations_[i + 1], deltas_[i + 1], inputGradient, rate);
  }
}

template <typename eT>
nlohmann::json Network<eT>::spec() const {
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& layer : layers_) layers.push_back(layer->spec());
  nlohmann::json j = {
      {"input", {{"depth", inputShape_.depth}, {"height", inputShape_.height}, {"width", inputShape_.width}}},
      {"layers", layers},
      {"init", initialization_ == Initialization::Normal ? "normal" : "uniform_fan_in"}};
  if (loss_) j["loss"] = loss_->name();
  return j;
}

template class Network<float>;
template class Network<double>;

}  // namespace cnnlab
