// The one owner of a training run: the worker and its thread, the data, the network spec and
// preset, the current model, save and load. Every surface (the tabs, later the classroom server) is
// handed this object and listens to its signals; commands reach the run only through it.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/network.hpp"
#include "engine/trainer.hpp"
#include "ui/training/model_snapshot.hpp"
#include "ui/training/training_snapshot.hpp"

class QTimer;

namespace cnnlab {

class TrainingWorker;

// Everything that decides what is trained. apply() takes one whole, or leaves the old one.
struct SessionConfig {
  std::string preset = "seed-binary";  // the preset the network or data came from
  nlohmann::json spec;                 // docs/network-format.md
  QString networkName;                 // empty: the preset's own network
  std::shared_ptr<const RawSplit> raw; // the split the data was selected from
  std::shared_ptr<const Dataset> train, test;
  QString dataName;                    // where train and test came from, for people
  bool presetData = true;              // the data follows the preset (and the seed)
  std::uint64_t seed = 0;              // initial weights and data order
  double learningRate = 0.1;
  std::size_t batchSize = 1;
  std::size_t epochs = 1;              // what Start trains
  std::string adapted;                 // how a preset's network was fitted to the data, e.g.
                                       // "input depth 1 → 3, outputs 10 → 2" (empty: as written)
};

class TrainingSession : public QObject {
  Q_OBJECT

 public:
  explicit TrainingSession(QObject* parent = nullptr);
  // Asks the worker to stop, then quits and waits for its thread (at most one training step).
  ~TrainingSession() override;

  // ---- what is trained (each is transactional: false, with a one-line reason, leaves all as it was)
  // Takes config whole: builds its network from config.spec (initialised from config.seed) unless
  // one is given, checks it against the data, then hands both to the worker. keepHistory: the
  // previous run stays as a faded overlay in the curves (Reset).
  bool apply(SessionConfig config, QString* error = nullptr, std::unique_ptr<Network<float>> network = nullptr,
             bool keepHistory = false);
  bool selectPreset(const QString& name, QString* error = nullptr);
  // A designed network on the current data (its output width must fit the classes).
  bool useNetwork(const nlohmann::json& spec, const QString& name, QString* error = nullptr);
  // New data; the network's last dense layer is resized to the class count when needed.
  // The split is shared (kept for the views), not copied; the const& form copies it.
  bool useData(std::shared_ptr<const RawSplit> data, const Selection& train, const Selection& test, const QString& name,
               QString* error = nullptr);
  bool useData(const RawSplit& data, const Selection& train, const Selection& test, const QString& name,
               QString* error = nullptr);
  // Appends images (each the network's input column, values in [0, 1]) with their class indices to
  // the training data, keeping the current weights and the history: the class's own drawings, to
  // train on next. False, with a reason, for a wrong size or class; nothing changes then.
  bool addTrainingImages(const std::vector<arma::fvec>& images, const std::vector<std::uint32_t>& classIndex,
                         QString* error = nullptr);
  // New weights from the seed (the preset's data is reselected with it); history kept as overlay.
  bool reset(QString* error = nullptr);
  bool setSeed(std::uint64_t seed);   // applies on the next reset
  bool setEpochs(std::size_t epochs); // what start() trains

  // ---- files
  bool saveModel(const QString& path, QString* error = nullptr) const;
  bool loadModel(const QString& path, QString* error = nullptr);

  // ---- the run (each goes to the worker, which alone owns the run state)
  void start();                    // config().epochs epochs
  void runEpochs(std::size_t n);   // emits epochsCompleted when they are done (or the run ends)
  void startOrPause();             // Space: start, pause or resume
  void pause();
  void resume();
  void stop();
  void stepSamples(std::size_t count = 1);
  void stepBatches(std::size_t count = 1);
  void stepEpoch();
  bool setLearningRate(double rate, QString* error = nullptr);
  bool setBatchSize(std::size_t size, QString* error = nullptr);
  void setStepsPerSecond(double rate);  // 0: full speed
  void selectImage(int testIndex);      // the test image whose feature maps are published

  // What each viewer needs in a snapshot; the worker builds the union of them, so nothing
  // nobody shows is copied. A viewer's wish ends with it.
  void setSnapshotParts(const QObject* viewer, SnapshotParts parts);
  SnapshotParts snapshotParts() const;

  // ---- what the views display
  const SessionConfig& config() const { return config_; }
  RunState state() const;
  TrainingSnapshotPtr lastSnapshot() const { return lastSnapshot_; }
  const std::vector<EpochStats>& history() const { return history_; }
  ModelSnapshotPtr currentModel() const { return current_; }
  std::shared_ptr<const Dataset> trainSet() const { return config_.train; }
  std::shared_ptr<const Dataset> testSet() const { return config_.test; }
  // The preset's name, or the name of the loaded or designed network.
  QString networkName() const;
  // "Embedded MNIST subset (seed-binary preset) — classes 0, 1 · 200 training and 200 test images".
  QString dataDescription() const;
  static constexpr double kMaxLearningRate = 1e12;  // absurd rates stay possible: divergence teaches too
  static constexpr std::size_t kMaxBatchSize = 1024;

 signals:
  // The network or the data was replaced (apply, reset, load). keepHistory as given to apply().
  void configured(bool keepHistory);
  void dataChanged(const QString& description);
  // The weights changed (throttled: at most four times a second).
  void modelChanged(cnnlab::ModelSnapshotPtr model);
  void snapshot(cnnlab::TrainingSnapshotPtr snapshot);
  void stateChanged(cnnlab::RunState state);
  // Learning rate, batch size, epochs or seed changed (the dashboard's spin boxes follow).
  void settingsChanged();
  void failed(const QString& message);
  void epochsCompleted();

 private:
  std::unique_ptr<Network<float>> freshNetwork(const SessionConfig& config, QString* error) const;
  bool selectPresetData(SessionConfig& config, const std::vector<int>& classes, QString* error) const;
  void onSnapshot(TrainingSnapshotPtr snapshot);
  void onRunFinished(bool completed);
  void publishModel(ModelSnapshotPtr model);
  void sendParts();

  std::unique_ptr<TrainingWorker> worker_;
  QThread thread_;
  SessionConfig config_;
  std::uint64_t generation_ = 0;  // of the last apply(); older snapshots are dropped
  TrainingSnapshotPtr lastSnapshot_;
  std::vector<EpochStats> history_;
  ModelSnapshotPtr current_, published_;
  QTimer* modelTimer_ = nullptr;
  bool runEpochsPending_ = false;
  std::map<const QObject*, SnapshotParts> parts_;
};

}  // namespace cnnlab
