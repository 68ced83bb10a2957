// Stochastic gradient descent over a dataset (notes: per-sample SGD; plus mini-batches and
// momentum), one batch at a time so the GUI can pause, step and change the learning rate.
#pragma once

#include <atomic>
#include <functional>
#include <stdexcept>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/network.hpp"

namespace cnnlab {

// A loss that became NaN or Inf. Training stops; what() says where and suggests a remedy.
class DivergenceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct TrainerOptions {
  double learningRate = 0.1;
  std::size_t batchSize = 1;   // 1 = the notes' per-sample SGD
  double momentum = 0.0;       // v ← μv + g; θ ← θ − ηv   (PyTorch's convention)
  bool shuffle = false;        // reshuffle the training order every epoch
  std::uint64_t seed = 0;      // for the shuffles
  // Without momentum, update each layer's parameters as soon as its gradient is known
  // (Network::backwardUpdate: one sweep over each dense W per sample). false keeps the plain
  // reference path: backward() fills gradients(), then θ ← θ − η ∂E/∂θ.
  bool fused = true;
};

struct StepResult {
  double loss = 0;             // mean loss of the batch (before the update)
  std::size_t samples = 0;     // samples in the batch
  std::size_t correct = 0;     // of them, predicted right (before the update)
  bool epochFinished = false;  // this batch was the epoch's last
};

struct Evaluation {
  double loss = 0;
  double accuracy = 0;
  arma::umat confusion;                    // C × C: row = true class, column = predicted
  std::vector<std::uint32_t> predictions;  // predicted class per sample
  double meanTopOutput = 0;                // mean of each sample's largest output (its top probability)
};

struct EpochStats {
  std::size_t epoch = 0;  // 1-based
  double trainLoss = 0, trainAccuracy = 0;
  double testLoss = 0, testAccuracy = 0;  // when a test set was given
  double seconds = 0;                     // training time of this epoch
};

struct Progress {
  std::size_t epoch = 0, epochs = 0;  // epoch is 1-based, the one under way
  std::size_t samplesDone = 0, samplesPerEpoch = 0;
  double runningLoss = 0, runningAccuracy = 0;  // over this epoch so far
  const EpochStats* finished = nullptr;         // set once per epoch, when it ends
  const std::string* stuck = nullptr;           // the stuck-run detector's sentence, at the epoch it fired
};

class Trainer {
 public:
  // Throws std::invalid_argument when the network does not fit the data (input shape or class
  // count) or the options are impossible.
  Trainer(Network<float>& network, const Dataset& train, TrainerOptions options = {});

  // Trains on the next batch; the last batch of an epoch may be smaller.
  // Throws DivergenceError (weights untouched by that step) when the batch loss is NaN or Inf.
  StepResult step();

  // Runs epochs to completion (or until *cancel), evaluating on test after each when given, and
  // recording them with a RunRecorder (engine/run_recorder.hpp) as every surface that trains does.
  std::vector<EpochStats> train(std::size_t epochs, const Dataset* test = nullptr,
                                const std::function<void(const Progress&)>& progress = {},
                                const std::atomic<bool>* cancel = nullptr);

  // Loss, accuracy and confusion matrix over a dataset, in batches of batchSize (each computed
  // by Network::infer, in cache-sized tiles).
  Evaluation evaluate(const Dataset& data, std::size_t batchSize = 256);

  void setLearningRate(double rate);
  void setBatchSize(std::size_t size);
  void setMomentum(double momentum);
  void setFused(bool fused) { options_.fused = fused; }
  const TrainerOptions& options() const { return options_; }

  std::size_t epochsDone() const { return epochsDone_; }
  std::size_t position() const { return position_; }   // samples done in the current epoch
  std::size_t steps() const { return steps_; }         // batches trained in all
  // The last step's batch as the network took it (S × N floats), and the epoch's sample order
  // (its samples [position − N, position)): for tests that check the batches against the data.
  const arma::fmat& lastBatch() const { return batchInput_; }
  const std::vector<std::size_t>& order() const { return order_; }
  Network<float>& network() { return network_; }

 private:
  // One step's parts. The batch's columns into batchInput_/batchTarget_; then one of two ways
  // to the new weights: fusedStep (one sample, no momentum: Network::backwardUpdate), or the
  // gradients of the batch (chunkedGradients, over the pool) followed by sgdUpdate or
  // momentumUpdate. Each fills result's loss and correct count. Neither depends on the number of
  // compute threads: the same seed trains the same weights, bit for bit, on any of them.
  void gatherBatch(std::size_t N);
  void forwardAndScore(StepResult& result);  // forward, loss, accuracy, lossGradient_
  void fusedStep(StepResult& result);
  void chunkedGradients(StepResult& result);
  static std::size_t batchChunks(std::size_t N);
  void sgdUpdate();
  void momentumUpdate();
  void checkFits(const Dataset& data) const;
  void checkFinite(double loss) const;  // throws DivergenceError
  // At least threads − 1 replicas of the network sharing its weights (threads.hpp).
  void prepareReplicas(std::size_t threads);

  Network<float>& network_;
  const Dataset& train_;
  TrainerOptions options_;
  std::vector<std::size_t> order_;
  std::size_t position_ = 0, epochsDone_ = 0, steps_ = 0;
  std::mt19937_64 rng_;
  arma::fmat batchInput_, batchTarget_, lossGradient_;
  arma::fmat evaluationInput_, evaluationOutput_;  // one tile of evaluate()
  std::vector<Network<float>> replicas_;
  const float* replicasBoundTo_ = nullptr;
  std::vector<double> partLoss_;            // per chunk
  std::vector<std::size_t> partCorrect_;    // per chunk
  std::vector<arma::fmat> partGradient_;    // per chunk: ∂E/∂Y of its columns
  std::vector<arma::fvec> chunkGradients_;  // per chunk but the first: its ∂E/∂θ
  arma::fvec velocity_;
};

// Index of the largest value in each column (the notes' np.argmax per prediction).
std::uint32_t argmaxColumn(const arma::fmat& m, arma::uword column);

}  // namespace cnnlab
