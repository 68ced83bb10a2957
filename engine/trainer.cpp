// SGD training loop with divergence detection and cancellation; knows nothing of Qt.
#include "engine/trainer.hpp"

#include "engine/run_recorder.hpp"
#include "engine/threads.hpp"

#include <algorithm>
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
  gatherBatch(N);
  StepResult result;
  result.samples = N;
  if (N == 1 && options_.momentum == 0 && options_.fused) {
    fusedStep(result);  // per-sample SGD; a large dense layer splits its sweeps over the pool itself
  } else {
    chunkedGradients(result);
    if (options_.momentum > 0)
      momentumUpdate();
    else
      sgdUpdate();
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

void Trainer::gatherBatch(std::size_t N) {
  // The batch's bytes to floats in the reused batchInput_ (the data set stays 8-bit)
  train_.gather(order_.data() + position_, N, batchInput_);
  batchTarget_.set_size(train_.targets.n_rows, N);
  for (std::size_t n = 0; n < N; ++n)
    std::copy_n(train_.targets.colptr(order_[position_ + n]), train_.targets.n_rows, batchTarget_.colptr(n));
}

void Trainer::forwardAndScore(StepResult& result) {
  const auto& loss = network_.loss();
  const arma::fmat& prediction = network_.forward(batchInput_);
  result.loss = loss.value(prediction, batchTarget_);
  checkFinite(result.loss);
  for (std::size_t n = 0; n < result.samples; ++n)
    if (argmaxColumn(prediction, n) == argmaxColumn(batchTarget_, n)) ++result.correct;
  lossGradient_.set_size(prediction.n_rows, result.samples);
  loss.gradient(prediction, batchTarget_, lossGradient_);
}

void Trainer::fusedStep(StepResult& result) {
  forwardAndScore(result);
  // backward and θ ← θ − η ∂E/∂θ, layer by layer (Layer::backwardUpdate)
  network_.backwardUpdate(lossGradient_, float(options_.learningRate));
}

std::size_t Trainer::batchChunks(std::size_t N) {
  // At most 4 chunks: enough that a thread the OS has descheduled holds up a quarter of the batch
  // at most, few enough that summing the chunks' gradients stays cheap.
  return std::clamp<std::size_t>(N / 8, 1, 4);
}

namespace {
// Each chunk writes its own ∂E/∂θ (P values) and they are summed: worth it only when a chunk's
// work is large against P. At least 8 samples, and at least 16·P multiply-adds per chunk
// (LeNet-5: 8 samples, so 4 chunks of a batch of 32, 2–3 % of a step on one thread; the mlp
// preset, whose work per sample is about P: 16 samples, so a batch of 16 stays whole).
std::size_t chunkCount(const Network<float>& network, std::size_t N, std::size_t most) {
  double multiplyAdds = 0;
  for (std::size_t i = 0; i < network.layerCount(); ++i) multiplyAdds += network.layer(i).multiplyAdds();
  const double P = double(network.parameterCount());
  const std::size_t least = std::max<std::size_t>(8, std::size_t(std::ceil(16 * P / std::max(multiplyAdds, 1.0))));
  return std::clamp<std::size_t>(N / least, 1, most);
}
}  // namespace

void Trainer::chunkedGradients(StepResult& result) {
  // Data parallel: the batch's columns are cut into K chunks by the batch size and the network
  // alone (chunkCount). Chunk 0 goes
  // through the network itself (so its activations show the batch's first samples, as the health
  // view reads them), every other chunk through the replica of the thread that runs it, bound to
  // the chunk's own gradient vector. All read the same weights. The chunks' losses and gradients
  // are then added in chunk order: the same sums, bit for bit, on any thread count and timing.
  const std::size_t N = result.samples, K = chunkCount(network_, N, batchChunks(N)), P = network_.parameterCount();
  const auto& loss = network_.loss();
  WorkerPool& pool = computePool();
  if (K > 1) prepareReplicas(pool.size() + 1);
  partLoss_.resize(K);
  partCorrect_.resize(K);
  partGradient_.resize(K);
  if (chunkGradients_.size() < K) chunkGradients_.resize(K);
  for (std::size_t k = 1; k < K; ++k)
    if (chunkGradients_[k].n_elem != P) chunkGradients_[k].set_size(P);
  float* shared = network_.parameters().memptr();
  auto task = [&](std::size_t k, std::size_t thread) {
    Network<float>& net = k == 0 ? network_ : replicas_[thread];
    if (k > 0) net.bindParameters(shared, chunkGradients_[k].memptr());
    const std::size_t a = N * k / K, m = N * (k + 1) / K - a;
    const arma::fmat input(batchInput_.colptr(a), batchInput_.n_rows, m, false, true);
    const arma::fmat target(batchTarget_.colptr(a), batchTarget_.n_rows, m, false, true);
    const arma::fmat& prediction = net.forward(input);
    partLoss_[k] = loss.value(prediction, target) * double(m);
    partCorrect_[k] = 0;
    for (std::size_t n = 0; n < m; ++n)
      if (argmaxColumn(prediction, n) == argmaxColumn(target, n)) ++partCorrect_[k];
    arma::fmat& gradient = partGradient_[k];
    gradient.set_size(prediction.n_rows, m);
    loss.gradient(prediction, target, gradient);  // ∂(mean over m)/∂Y …
    if (K > 1) gradient *= float(double(m) / double(N));  // … as a share of the mean over N
    net.backward(gradient);
  };
  pool.run(K, task);
  result.loss = 0;
  for (std::size_t k = 0; k < K; ++k) {
    result.loss += partLoss_[k] / double(N);
    result.correct += partCorrect_[k];
  }
  checkFinite(result.loss);
  if (K == 1) return;
  // ∂E/∂θ = chunk 0's + chunk 1's + …, each value summed in chunk order, in slices over the pool.
  float* sum = network_.gradients().memptr();
  constexpr std::size_t kSlice = 8192;
  auto add = [&](std::size_t s) {
    const std::size_t begin = s * kSlice, end = std::min(begin + kSlice, P);
    for (std::size_t k = 1; k < K; ++k) {
      const float* g = chunkGradients_[k].memptr();
      for (std::size_t i = begin; i < end; ++i) sum[i] += g[i];
    }
  };
  pool.run((P + kSlice - 1) / kSlice, add);
}

void Trainer::sgdUpdate() {
  // θ ← θ − η ∂E/∂θ   (notes: self.weights -= learning_rate * weights_gradient)
  network_.parameters() -= float(options_.learningRate) * network_.gradients();
}

void Trainer::momentumUpdate() {
  // v ← μv + ∂E/∂θ; θ ← θ − ηv   (not in the notes; PyTorch's SGD with momentum)
  arma::fvec& theta = network_.parameters();
  if (velocity_.n_elem != theta.n_elem) velocity_.zeros(theta.n_elem);
  velocity_ = float(options_.momentum) * velocity_ + network_.gradients();
  theta -= float(options_.learningRate) * velocity_;
}

void Trainer::checkFinite(double loss) const {
  if (std::isfinite(loss)) return;
  std::ostringstream msg;
  msg << "training diverged: the loss became " << (std::isnan(loss) ? "NaN" : "infinite") << " at epoch "
      << epochsDone_ + 1 << ", step " << steps_ + 1 << " (learning rate " << options_.learningRate
      << "); try a smaller learning rate";
  throw DivergenceError(msg.str());
}

void Trainer::prepareReplicas(std::size_t threads) {
  float* shared = network_.parameters().memptr();
  if (replicas_.size() + 1 < threads || replicasBoundTo_ != shared) {
    replicas_.clear();
    for (std::size_t r = 1; r < threads; ++r) {
      replicas_.push_back(network_.clone());
      replicas_.back().bindParameters(shared);
    }
    replicasBoundTo_ = shared;
  }
}

std::vector<EpochStats> Trainer::train(std::size_t epochs, const Dataset* test,
                                       const std::function<void(const Progress&)>& progress,
                                       const std::atomic<bool>* cancel) {
  RunRecorder record(*this, train_, test);
  for (std::size_t e = 0; e < epochs; ++e) {
    const auto start = std::chrono::steady_clock::now();
    bool finished = false;
    while (!finished) {
      if (cancel && cancel->load(std::memory_order_relaxed)) return record.history();
      const StepResult r = step();
      record.record(r);
      finished = r.epochFinished;
      if (progress && !finished)
        progress({e + 1, epochs, record.samplesSeen(), train_.size(), record.runningLoss(), record.runningAccuracy()});
    }
    const std::size_t seen = record.samplesSeen();
    const EpochStats& stats = record.finishEpoch(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (progress)
      progress({e + 1, epochs, seen, train_.size(), stats.trainLoss, stats.trainAccuracy, &stats,
                record.newlyStuck() ? &record.stuck() : nullptr});
  }
  return record.history();
}

Evaluation Trainer::evaluate(const Dataset& data, std::size_t batchSize) {
  checkFits(data);
  Evaluation ev;
  const std::size_t C = data.classCount();
  ev.confusion.zeros(C, C);
  ev.predictions.resize(data.size());
  double lossSum = 0, topSum = 0;
  std::size_t correct = 0;
  for (std::size_t begin = 0; begin < data.size(); begin += batchSize) {
    const std::size_t end = std::min(begin + batchSize, data.size());
    // The tile's bytes to floats in a reused buffer; the targets are a view, no copy
    data.gatherRange(begin, end - begin, evaluationInput_);
    const arma::fmat& input = evaluationInput_;
    const arma::fmat target(const_cast<float*>(data.targets.colptr(begin)), data.targets.n_rows, end - begin, false, true);
    evaluationOutput_.set_size(network_.outputShape().size(), end - begin);
    const std::size_t N = end - begin, T = N >= 8 ? std::min<std::size_t>(computePool().size(), N) : 1;
    if (T > 1) prepareReplicas(T);
    auto task = [&](std::size_t r) {  // thread r: columns [N·r/T, N·(r+1)/T)
      Network<float>& net = r == 0 ? network_ : replicas_[r - 1];
      const std::size_t a = N * r / T, m = N * (r + 1) / T - a;
      const arma::fmat part(const_cast<float*>(input.colptr(a)), input.n_rows, m, false, true);
      arma::fmat out(evaluationOutput_.colptr(a), evaluationOutput_.n_rows, m, false, true);
      net.infer(part, out);
    };
    computePool().run(T, task);
    const arma::fmat& prediction = evaluationOutput_;
    lossSum += network_.loss().value(prediction, target) * double(end - begin);
    for (std::size_t n = 0; n < end - begin; ++n) {
      const std::uint32_t predicted = argmaxColumn(prediction, n);
      topSum += double(prediction(predicted, n));
      ev.predictions[begin + n] = predicted;
      ev.confusion(data.labels[begin + n], predicted) += 1;
      if (predicted == data.labels[begin + n]) ++correct;
    }
  }
  ev.loss = data.size() ? lossSum / double(data.size()) : 0;
  ev.accuracy = data.size() ? double(correct) / double(data.size()) : 0;
  ev.meanTopOutput = data.size() ? topSum / double(data.size()) : 0;
  return ev;
}

}  // namespace cnnlab
