#include "engine/run_recorder.hpp"

#include "engine/health.hpp"

namespace cnnlab {

RunRecorder::RunRecorder(Trainer& trainer, const Dataset& train, const Dataset* test)
    : trainer_(trainer), train_(train), test_(test && test->size() ? test : nullptr) {}

void RunRecorder::record(const StepResult& step) {
  lossSum_ += step.loss * double(step.samples);
  correct_ += step.correct;
  seen_ += step.samples;
}

double RunRecorder::runningLoss() const { return seen_ ? lossSum_ / double(seen_) : 0; }
double RunRecorder::runningAccuracy() const { return seen_ ? double(correct_) / double(seen_) : 0; }

const EpochStats& RunRecorder::finishEpoch(double seconds) {
  EpochStats stats;
  stats.epoch = trainer_.epochsDone();
  stats.trainLoss = runningLoss();
  stats.trainAccuracy = runningAccuracy();
  stats.seconds = seconds;
  if (test_) {
    evaluation_ = trainer_.evaluate(*test_);
    evaluationStep_ = trainer_.steps();
    stats.testLoss = evaluation_.loss;
    stats.testAccuracy = evaluation_.accuracy;
  }
  history_.push_back(stats);
  // The detector: free while the accuracy is above chance; a learning run never probes.
  accuracies_.push_back(test_ ? stats.testAccuracy : stats.trainAccuracy);
  newlyStuck_ = false;
  if (stuck_.empty() && atChanceLately(accuracies_, train_.classCount())) {
    stuck_ = diagnoseStuck(probeHealth(trainer_.network(), train_, trainer_.options().learningRate), accuracies_,
                           train_.classCount())
                 .value_or("");
    newlyStuck_ = !stuck_.empty();
  }
  lossSum_ = 0;
  correct_ = seen_ = 0;
  return history_.back();
}

}  // namespace cnnlab
