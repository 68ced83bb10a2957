// What the classroom page's "Live" view shows, kept up to date from the session's snapshots and
// turned into JSON messages: everything for a client that joins, and only what changed since the
// last push for the others. Bounded: the loss curve keeps at most maxLossPoints points (pairs are
// merged when it fills), and only the first layer's kernels and the confusion matrix are kept.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

#include "engine/data/dataset.hpp"
#include "ui/training/training_snapshot.hpp"

namespace cnnlab {

class LiveState {
 public:
  explicit LiveState(std::size_t maxLossPoints = 1000);

  // A new network or data: the curves start again from history (the epochs already trained, when
  // sharing starts mid-run). test labels the current test image.
  void reset(const QString& network, const QString& data, std::shared_ptr<const Dataset> test,
             const std::vector<EpochStats>& history = {});
  void setState(RunState state);
  void add(const TrainingSnapshotPtr& snapshot);  // cheap: the UI thread calls it for every snapshot

  // {"type":"full", …every part…}: for a client that has just joined.
  QByteArray full() const;
  // {"type":"delta", …the parts that changed since the previous call…}, or empty when none did.
  QByteArray takeDelta();

  std::size_t lossPointCount() const { return loss_.size(); }

 private:
  struct LossPoint {
    double step, loss;
  };
  struct Dirty {
    bool status = false, kernels = false, confusion = false, image = false, all = false;
    std::size_t lossFrom = SIZE_MAX, epochsFrom = SIZE_MAX;  // first new index, SIZE_MAX: none
  };
  QByteArray message(const char* type, const Dirty& parts) const;

  std::size_t maxLossPoints_;
  QString network_, data_;
  std::shared_ptr<const Dataset> test_;
  RunState state_ = RunState::Idle;
  TrainingSnapshotPtr last_;             // status and the test image
  qint64 lastArrivalMs_ = 0;             // when last_ arrived (wall clock): the benchmark's delay
  TrainingSnapshotPtr kernelSource_;     // the newest snapshot that carried kernels
  TrainingSnapshotPtr evaluationSource_; // the newest snapshot that carried a test evaluation
  std::vector<LossPoint> loss_;
  std::vector<EpochStats> epochs_;
  std::size_t stepsSent_ = 0;            // steps of the kernels last pushed
  Dirty dirty_;
};

}  // namespace cnnlab
