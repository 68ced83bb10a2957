// The training worker (after Qt's Mandelbrot example and the QThread worker-object pattern): owns
// the engine's network and trainer on its own thread, takes requests under a mutex, and publishes
// value snapshots at most every kPublishIntervalMs while it trains. It alone owns the run state.
#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/network.hpp"
#include "engine/trainer.hpp"
#include "ui/training/training_snapshot.hpp"

namespace cnnlab {

// Everything a run needs; handed over whole to the worker by configure().
struct TrainingSetup {
  std::unique_ptr<Network<float>> network;  // finalized and initialized (or loaded)
  std::shared_ptr<const Dataset> train, test;
  TrainerOptions options;
  std::uint64_t generation = 0;  // echoed in every snapshot of this setup
};

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr int kPublishIntervalMs = 30;

  TrainingWorker();
  ~TrainingWorker() override;

  // Requests: callable from any thread, they never wait for a training step.
  // Replaces network and data (stops any run) and publishes the new state with a test evaluation.
  void configure(std::shared_ptr<TrainingSetup> setup);
  // Trains until `epochs` more epochs have finished (0: until stop()); continues the current weights.
  void start(std::size_t epochs = 0);
  void pause();
  void resume();
  // Ends the run and any pending manual steps; the weights stay.
  void stop();
  void stepSamples(std::size_t count = 1);  // one sample per step, whatever the batch size
  void stepBatches(std::size_t count = 1);
  void stepEpoch();                          // to the end of the current epoch
  void setLearningRate(double rate);         // applies from the next step
  void setBatchSize(std::size_t size);
  void setStepsPerSecond(double rate);       // 0: full speed
  void selectImage(int testIndex);           // the test image whose feature maps are published
  void setSnapshotParts(SnapshotParts parts);  // what the views show; publishes the new parts at once
  void requestSnapshot();
  // Ends run() (after the current step); the owner then quits and waits for the thread.
  void shutdown();
  // Connect QThread::finished to this with Qt::DirectConnection: it takes the lock as the thread's
  // last act, so that everything the thread did (Qt's event loop included) is ordered before the
  // destructor, which takes the lock too. QThread::wait's own join is invisible to ThreadSanitizer.
  void threadFinished();

  // The one run state: Running or Paused from start() until the epochs are done, stop() or a
  // divergence; Diverged until the next start.
  RunState state() const;
  bool isRunning() const { const RunState s = state(); return s == RunState::Running || s == RunState::Paused; }
  // The snapshots published since the last call, oldest first (any thread; call on snapshotsReady).
  std::vector<TrainingSnapshotPtr> takeSnapshots();

 public slots:
  // The worker's loop; connect QThread::started to it.
  void run();

 signals:
  // New snapshots wait in takeSnapshots(). They are handed over under the worker's std::mutex, not
  // as a signal argument: Qt's event queue is invisible to ThreadSanitizer (Debian's Qt is not built
  // with it), so a snapshot copied through it looked like a race. Emitted when the outbox fills.
  void snapshotsReady();
  void stateChanged(cnnlab::RunState state);
  // A step failed (NaN/Inf loss, or an impossible setting); the run has stopped.
  void failed(const QString& message);
  // A run ended: its epochs are done (completed = true), or it was stopped or failed (false).
  void runFinished(bool completed);

 private:
  struct Requests {
    RunState state = RunState::Idle;
    std::shared_ptr<TrainingSetup> setup;
    std::size_t epochsToRun = 0;  // for a start(): epochs from now (0 = no limit)
    bool startPending = false;
    std::size_t samples = 0, batches = 0;
    bool epoch = false;
    std::optional<double> learningRate;
    std::optional<std::size_t> batchSize;
    double stepsPerSecond = 0;
    std::optional<int> image;
    SnapshotParts parts = kAllSnapshotParts;
    bool snapshot = false;
    bool stopPending = false;
    bool quit = false;
  };
  // What one turn of the loop takes from the requests (copied out under the mutex).
  struct Turn;
  class Run;

  Turn takeRequests(Run& run);           // waits until there is something to do
  void apply(Turn& turn, Run& run);      // new setup, rate, batch size, image, start
  void trainStep(Turn& turn, Run& run);  // one sample, batch or run step; publishes when due
  void publish(Run& run, RunState state);
  // Sets the run state under the lock; emits stateChanged when it changed.
  void setState(RunState state);
  void setStateLocked(RunState state, bool& changed);

  // std::mutex, not QMutex: Debian's Qt is not built with ThreadSanitizer, whose view of QMutex's
  // out-of-line unlock is missing, so every guarded access looked like a race (issue #14).
  mutable std::mutex mutex_;
  std::condition_variable condition_;
  Requests requests_;  // guarded by mutex_
  std::vector<TrainingSnapshotPtr> outbox_;  // guarded by mutex_
};

}  // namespace cnnlab
