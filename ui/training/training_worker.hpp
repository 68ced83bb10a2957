// The training worker (after Qt's Mandelbrot example and the QThread worker-object pattern): owns
// the engine's network and trainer on its own thread, takes requests under a mutex, and publishes
// value snapshots at most every kPublishIntervalMs while it trains.
#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

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
  void requestSnapshot();
  // Ends run() (after the current step); the owner then quits and waits for the thread.
  void shutdown();

  bool isRunning() const { return running_.load(); }

 public slots:
  // The worker's loop; connect QThread::started to it.
  void run();

 signals:
  void snapshotReady(cnnlab::TrainingSnapshotPtr snapshot);
  // A step failed (NaN/Inf loss, or an impossible setting); the run has stopped.
  void failed(const QString& message);
  // A run ended: its epochs are done (completed = true), or it was stopped or failed (false).
  void runFinished(bool completed);

 private:
  struct Requests {
    std::shared_ptr<TrainingSetup> setup;
    bool running = false, paused = false;
    std::size_t epochsToRun = 0;  // for a start(): epochs from now (0 = no limit)
    bool startPending = false;
    std::size_t samples = 0, batches = 0;
    bool epoch = false;
    std::optional<double> learningRate;
    std::optional<std::size_t> batchSize;
    double stepsPerSecond = 0;
    std::optional<int> image;
    bool snapshot = false;
    bool stopPending = false;
    bool quit = false;
  };

  mutable QMutex mutex_;
  QWaitCondition condition_;
  Requests requests_;          // guarded by mutex_
  std::atomic<bool> running_{false};
};

}  // namespace cnnlab
