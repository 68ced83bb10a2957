// The training dashboard: controls, live curves, kernels, feature maps, predictions and the
// confusion matrix of a network trained by a TrainingWorker on its own thread.
#pragma once

#include <QElapsedTimer>
#include <QThread>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/network.hpp"
#include "engine/trainer.hpp"
#include "ui/training/model_snapshot.hpp"
#include "ui/training/training_snapshot.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace cnnlab {

class ConfusionView;
class CurvesView;
class FeatureMapView;
class KernelView;
class LastStepView;
class PredictionGallery;
class TrainingWorker;

class DashboardView : public QWidget {
  Q_OBJECT

 public:
  explicit DashboardView(QWidget* parent = nullptr);
  // Stops the worker and waits for its thread (at most one training step).
  ~DashboardView() override;

  // "dashboard", "kernels", "feature-maps" or "predictions": brings that part of the dashboard to the front.
  bool showSection(const QString& name);
  // Loads a preset by name (seed-binary, mlp, lenet5); false if unknown.
  bool selectPreset(const QString& name);
  // Starts training (the current preset) for n epochs through the worker; emits epochsCompleted.
  void runEpochs(int n);

  // Stops any run and trains this network next (from the designer). Returns false and leaves
  // everything as it was, with the reason in *error, when it does not fit the current data.
  bool useNetwork(const nlohmann::json& spec, const QString& name, QString* error = nullptr);
  // Stops any run and uses this data next (from the dataset browser); classes/limits as given.
  bool useData(const RawSplit& data, const Selection& train, const Selection& test, const QString& name,
               QString* error = nullptr);
  // The current model (spec + weights + class labels), or null before one exists.
  ModelSnapshotPtr currentModel() const;

  // Training controls (the buttons call these).
  void startOrPause();  // Space: start, pause or resume
  void stop();
  void reset();         // new weights from the seed; the current run becomes the faded overlay
  void stepSample();
  void stepBatch();     // →
  void stepEpoch();
  bool setLearningRate(double rate, QString* error = nullptr);
  bool setBatchSize(int size, QString* error = nullptr);
  void setStepsPerSecond(double rate);  // 0: full speed
  void selectImage(int testIndex);

  // Files. Each returns false with a one-line reason in *error (also shown in the window).
  bool saveModel(const QString& path, QString* error = nullptr);
  bool loadModel(const QString& path, QString* error = nullptr);
  bool exportView(const QString& path, QString* error = nullptr);  // the section in front
  bool exportMetricsCsv(const QString& path, QString* error = nullptr);
  void saveModelWithDialog();
  void loadModelWithDialog();
  void exportViewWithDialog();
  void exportMetricsWithDialog();

  void setPresenterMode(bool on);
  bool presenterMode() const { return presenter_; }
  void setLogScale(bool on);
  void saveSettings(QSettings& settings) const;
  void restoreSettings(QSettings& settings);

  RunState state() const { return state_; }
  TrainingSnapshotPtr lastSnapshot() const { return lastSnapshot_; }
  const std::vector<EpochStats>& history() const { return history_; }
  QString errorMessage() const;
  QString statusText() const { return status_; }
  QString currentSection() const;
  QString presetName() const { return QString::fromStdString(presetName_); }
  // What the dashboard trains on: "Embedded MNIST subset (seed-binary preset) — classes 0, 1 ·
  // 200 training and 200 test images".
  QString dataDescription() const;
  std::shared_ptr<const Dataset> testSet() const { return test_; }
  CurvesView* curves() const { return curves_; }
  KernelView* kernels() const { return kernels_; }
  FeatureMapView* featureMaps() const { return featureMaps_; }
  PredictionGallery* gallery() const { return gallery_; }
  ConfusionView* confusion() const { return confusion_; }
  LastStepView* lastStep() const { return lastStep_; }

 signals:
  void epochsCompleted();
  // The weights changed (throttled: at most a few times per second).
  void modelChanged(cnnlab::ModelSnapshotPtr model);
  // One line for the status bar: epoch, step, samples/s, loss.
  void statusChanged(const QString& text);
  // The network or the data was replaced; description is dataDescription().
  void dataChanged(const QString& description);

 private:
  QWidget* buildControls();
  QWidget* buildOverview();
  QWidget* buildKernelsPage();
  QWidget* buildPredictionsPage();
  // Hands network + current data to the worker; false (nothing changed) when they do not fit.
  bool configure(std::unique_ptr<Network<float>> network, bool keepCurves, QString* error);
  std::unique_ptr<Network<float>> freshNetwork(QString* error) const;
  bool loadPresetData(const std::string& preset, const std::vector<int>& classes, QString* error);
  void onSnapshot(TrainingSnapshotPtr snapshot);
  void onRunFinished(bool completed);
  void onFailed(const QString& message);
  void refreshHeavyViews();
  void updateControls();
  void updateStatus();
  void showError(const QString& message);
  void clearError();
  void publishModel(ModelSnapshotPtr model);

  // The worker and its thread.
  std::unique_ptr<TrainingWorker> worker_;
  QThread thread_;
  std::uint64_t generation_ = 0;  // of the last configure(); older snapshots are dropped

  // What is trained.
  std::shared_ptr<const RawSplit> raw_;
  std::shared_ptr<const Dataset> train_, test_;
  nlohmann::json spec_;
  std::string presetName_;
  QString dataName_;  // where train_ and test_ came from
  std::uint64_t drawnGeneration_ = 0;  // of the snapshot the heavy views last drew
  QString networkName_;
  bool presetData_ = true;  // the data follows the preset (and the seed)

  // State seen through snapshots.
  RunState state_ = RunState::Idle;
  bool runEpochsPending_ = false;
  TrainingSnapshotPtr lastSnapshot_;
  ModelSnapshotPtr current_, published_;
  std::vector<EpochStats> history_;
  QString status_;
  bool presenter_ = false;

  // Widgets.
  QComboBox *presetBox_, *speedBox_;
  QSpinBox *seedSpin_, *epochsSpin_, *batchSpin_;
  QDoubleSpinBox* rateSpin_;
  QPushButton *startButton_, *stopButton_, *resetButton_, *sampleButton_, *batchButton_, *epochButton_;
  QCheckBox *logCheck_, *presenterCheck_, *mistakesCheck_;
  QLabel* errorBanner_;
  QLabel* summary_;
  QTabWidget* sections_;
  CurvesView* curves_;
  KernelView *overviewKernels_, *kernels_;
  ConfusionView *overviewConfusion_, *confusion_;
  LastStepView* lastStep_;
  FeatureMapView* featureMaps_;
  PredictionGallery* gallery_;
  QLabel* galleryCaption_;
  QTimer* heavyTimer_;  // coalesces kernel / feature-map redraws to ≤ 10 per second
  QTimer* modelTimer_;  // throttles modelChanged
};

}  // namespace cnnlab
