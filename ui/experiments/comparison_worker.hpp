// Runs one Comparison (engine/experiments.hpp) on its own thread: its runs take turns, a bounded
// number of steps each, and the worker publishes value copies of the results at most every 30 ms.
// Pause, resume and stop come from any thread (after Qt's Mandelbrot example).
#pragma once

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>
#include <string>
#include <vector>

#include "engine/experiments.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

struct ComparisonSnapshot {
  std::vector<RunResult> runs;
  double progress = 0;   // [0, 1]
  bool finished = false;
  Phrase verdict;        // once finished; shown through engineText
};
using ComparisonSnapshotPtr = std::shared_ptr<const ComparisonSnapshot>;

class ComparisonWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr int kPublishIntervalMs = 30;
  static constexpr std::size_t kStepsPerTurn = 32;

  // experiment: one of experiments(); epochs 0: its own.
  ComparisonWorker(const Experiment& experiment, std::size_t epochs);

  void pause();
  void resume();
  void stop();  // run() returns after the current turn
  bool paused() const;

 public slots:
  void run();  // connect QThread::started to it

 signals:
  void progressed(cnnlab::ComparisonSnapshotPtr snapshot);
  void failed(const QString& message);
  void done();

 private:
  ComparisonSnapshotPtr snapshot(const Comparison& comparison) const;

  const Experiment& experiment_;
  std::size_t epochs_;
  mutable QMutex mutex_;
  QWaitCondition condition_;
  bool paused_ = false, stop_ = false;  // guarded by mutex_
};

}  // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ComparisonSnapshotPtr)
