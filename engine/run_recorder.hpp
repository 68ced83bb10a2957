// One run's record, kept the same way by every surface that trains: Trainer::train (and so
// cnnlab-cli train), the desktop's training worker, Compare's runs and `profile --overhead`.
// It owns the epoch accounting (the loss and accuracy summed over an epoch's steps, the test
// set's evaluation when the epoch ends), the per-epoch history, and the stuck-run detector
// (engine/health.hpp), so the same seed gives the same per-epoch numbers on every surface.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/trainer.hpp"

namespace cnnlab {

class RunRecorder {
 public:
  // trainer steps through train (which the stuck detector probes); test, when given and not empty,
  // is evaluated at each epoch's end. All three must outlive the recorder.
  RunRecorder(Trainer& trainer, const Dataset& train, const Dataset* test);

  // One step's loss and correct count, into the epoch's running sums.
  void record(const StepResult& step);
  std::size_t samplesSeen() const { return seen_; }  // this epoch so far
  double runningLoss() const;                        // mean over this epoch so far (0 before a step)
  double runningAccuracy() const;

  // Closes the epoch the last step ended: its training loss and accuracy, the test set's loss and
  // accuracy (evaluated now), and `seconds` of training; appends it to the history, runs the stuck
  // detector, and starts the next epoch's sums.
  const EpochStats& finishEpoch(double seconds);

  const std::vector<EpochStats>& history() const { return history_; }
  // The test evaluation of the last finishEpoch, and the trainer's step count when it was made.
  const Evaluation& evaluation() const { return evaluation_; }
  std::size_t evaluationStep() const { return evaluationStep_; }
  // The detector's sentence once it has fired ("" until then); newlyStuck() is true only right after
  // the finishEpoch that fired it.
  const std::string& stuck() const { return stuck_; }
  bool newlyStuck() const { return newlyStuck_; }

 private:
  Trainer& trainer_;
  const Dataset& train_;
  const Dataset* test_;
  double lossSum_ = 0;
  std::size_t correct_ = 0, seen_ = 0;
  std::vector<EpochStats> history_;
  std::vector<double> accuracies_;  // per epoch: the test accuracy, or the training one without a test set
  Evaluation evaluation_;
  std::size_t evaluationStep_ = std::size_t(-1);
  std::string stuck_;
  bool newlyStuck_ = false;
};

}  // namespace cnnlab
