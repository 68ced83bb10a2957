// SGD training loop with divergence detection and cancellation; knows nothing of Qt.
#include "engine/trainer.hpp"

#include <chrono>
#include <cmath>
#include <numeric>
#include <sstream>

namespace cnnlab {

std::uint32_t argmaxColumn(const arma::fmat& m, arma::uword column) {
  const float* p = m.colptr(column);
  arma::uword best = 0;
  for (arma::uword i = 1; i < m.n_rows; ++i)
    if (p[i] > p[best]) best = i;
  return std::uint32_t(best);
}

Trainer::Trainer(Network<float>& network, const Dataset& train, TrainerOptions options)
    : network_(network), train_(train), options_(options), rng_(options.seed) {
  checkFits(train);
  if (train.size() == 0) throw std::invalid_argument("the training set is empty");
  setLearningRate(options.learningRate);
  setBatchSize(options.batchSize);
  setMomentum(options.momentum);
  if (network_.parameterCount() == 0 && network_.layerCount() > 0) network_.finalize();
  order_.resize(train.size());
  std::iota(order_.begin(), order_.end(), 0);
}

void Trainer::checkFits(const Dataset& data) const {
  if (data.shape.size() != network_.inputShape().size())
    throw std::invalid_argument("the network expects " + network_.inputShape().str() + " inputs but the images are " +
                                data.shape.str());
  if (network_.outputShape().size() != data.classCount())
    throw std::invalid_argument("the network has " + std::to_string(network_.outputShape().size()) +
                                " outputs but the data has " + std::to_string(data.classCount()) + " classes");
  if (!network_.hasLoss()) throw std::invalid_argument("the network has no loss");
}

void Trainer::setLearningRate(double rate) {
  if (!(rate > 0) || !std::isfinite(rate)) throw std::invalid_argument("the learning rate must be a positive number");
  options_.learningRate = rate;
}

void Trainer::setBatchSize(std::size_t size) {
  if (size == 0) throw std::invalid_argument("the batch size must be at least 1");
  options_.batchSize = size;
}

void Trainer::setMomentum(double momentum) {
  if (!(momentum >= 0 && momentum < 1)) throw std::invalid_argument("the momentum must be in [0, 1)");
  options_.momentum = momentum;
}

StepResult Trainer::step() {
  if (position_ == 0 && options_.shuffle) std::shuffle(order_.begin(), order_.end(), rng_);
  const std::size_t N = std::min(options_.batchSize, train_.size() - position_);
  batchInput_.set_size(train_.images.n_rows, N);
  batchTarget_.set_size(train_.targets.n_rows, N);
  for (std::size_t n = 0; n < N; ++n) {
    const std::size_t index = order_[position_ + n];
    std::copy_n(train_.images.colptr(index), train_.images.n_rows, batchInput_.colptr(n));
    std::copy_n(train_.targets.colptr(index), train_.targets.n_rows, batchTarget_.colptr(n));
  }
  const arma::fmat& prediction = network_.forward(batchInput_);
  const auto& loss = network_.loss();
  StepResult result;
  result.loss = loss.value(prediction, batchTarget_);
  result.samples = N;
  if (!std::isfinite(result.loss)) {
    std::ostringstream msg;
    msg << "training diverged: the loss became " << (std::isnan(result.loss) ? "NaN" : "infinite") << " at epoch "
        << epochsDone_ + 1 << ", step " << steps_ + 1 << " (learning rate " << options_.learningRate
        << "); try a smaller learning rate";
    throw DivergenceError(msg.str());
  }
  for (std::size_t n = 0; n < N; ++n)
    if (argmaxColumn(prediction, n) == argmaxColumn(batchTarget_, n)) ++result.correct;
  lossGradient_.set_size(prediction.n_rows, N);
  loss.gradient(prediction, batchTarget_, lossGradient_);
  // θ ← θ − η ∂E/∂θ   (notes: self.weights -= learning_rate * weights_gradient)
  arma::fvec& theta = network_.parameters();
  const float rate = float(options_.learningRate);
  if (options_.momentum == 0 && options_.fused) {
    network_.backwardUpdate(lossGradient_, rate);
  } else if (options_.momentum > 0) {
    network_.backward(lossGradient_);
    if (velocity_.n_elem != theta.n_elem) velocity_.zeros(theta.n_elem);
    velocity_ = float(options_.momentum) * velocity_ + network_.gradients();
    theta -= rate * velocity_;
  } else {
    network_.backward(lossGradient_);
    theta -= rate * network_.gradients();
  }
  ++steps_;
  position_ += N;
  if (position_ >= train_.size()) {
    position_ = 0;
    ++epochsDone_;
    result.epochFinished = true;
  }
  return result;
}

std::vector<EpochStats> Trainer::train(std::size_t epochs, const Dataset* test,
                                       const std::function<void(const Progress&)>& progress,
                                       const std::atomic<bool>* cancel) {
  std::vector<EpochStats> history;
  for (std::size_t e = 0; e < epochs; ++e) {
    const auto start = std::chrono::steady_clock::now();
    double lossSum = 0;
    std::size_t correct = 0, seen = 0;
    bool finished = false;
    while (!finished) {
      if (cancel && cancel->load(std::memory_order_relaxed)) return history;
      const StepResult r = step();
      lossSum += r.loss * double(r.samples);
      correct += r.correct;
      seen += r.samples;
      finished = r.epochFinished;
      if (progress && !finished)
        progress({e + 1, epochs, seen, train_.size(), lossSum / double(seen), double(correct) / double(seen), nullptr});
    }
    EpochStats stats;
    stats.epoch = epochsDone_;
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    stats.trainLoss = lossSum / double(seen);
    stats.trainAccuracy = double(correct) / double(seen);
    if (test) {
      const Evaluation ev = evaluate(*test);
      stats.testLoss = ev.loss;
      stats.testAccuracy = ev.accuracy;
    }
    history.push_back(stats);
    if (progress) progress({e + 1, epochs, seen, train_.size(), stats.trainLoss, stats.trainAccuracy, &history.back()});
  }
  return history;
}

Evaluation Trainer::evaluate(const Dataset& data, std::size_t batchSize) {
  checkFits(data);
  Evaluation ev;
  const std::size_t C = data.classCount();
  ev.confusion.zeros(C, C);
  ev.predictions.resize(data.size());
  double lossSum = 0;
  std::size_t correct = 0;
  arma::fmat input, target;
  for (std::size_t begin = 0; begin < data.size(); begin += batchSize) {
    const std::size_t end = std::min(begin + batchSize, data.size());
    input = data.images.cols(begin, end - 1);
    target = data.targets.cols(begin, end - 1);
    const arma::fmat& prediction = network_.forward(input);
    lossSum += network_.loss().value(prediction, target) * double(end - begin);
    for (std::size_t n = 0; n < end - begin; ++n) {
      const std::uint32_t predicted = argmaxColumn(prediction, n);
      ev.predictions[begin + n] = predicted;
      ev.confusion(data.labels[begin + n], predicted) += 1;
      if (predicted == data.labels[begin + n]) ++correct;
    }
  }
  ev.loss = data.size() ? lossSum / double(data.size()) : 0;
  ev.accuracy = data.size() ? double(correct) / double(data.size()) : 0;
  return ev;
}

}  // namespace cnnlab
