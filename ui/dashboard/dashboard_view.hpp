// The training dashboard: controls, live curves, kernels, feature maps, predictions and the
// confusion matrix of the run a TrainingSession owns.
#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "engine/data/dataset.hpp"
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
class HealthView;
class KernelView;
class LastStepView;
class PredictionGallery;
class TrainingSession;

class DashboardView : public QWidget {
  Q_OBJECT

 public:
  // Shows and controls the run that session owns; session must outlive the view.
  explicit DashboardView(TrainingSession& session, QWidget* parent = nullptr);
  ~DashboardView() override;

  TrainingSession& session() const { return session_; }

  // "dashboard", "kernels", "feature-maps", "predictions" or "health": brings that part of the dashboard to the front.
  bool showSection(const QString& name);
  // Loads a preset by name (seed-binary, mlp, lenet5); false (error shown) if unknown or unusable.
  bool selectPreset(const QString& name);
  // Starts training for n epochs through the session; the session emits epochsCompleted.
  void runEpochs(int n);
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

  // Presenter mode lays the dashboard out for a projector: larger text, and each section shows
  // fewer, larger panels (the curves and one other, the kernels or the last step, the gallery or
  // the confusion matrix); nextPanel (Page Down, a clicker's key) shows the other one.
  // Switches the whole app (type_scale::apply, at the window's height); the dashboard's own plots
  // follow type_scale's notifier, as they do when the window's height changes in presenter mode.
  void setPresenterMode(bool on);
  bool presenterMode() const { return presenter_; }
  void nextPanel();
  int presenterPanel() const { return presenterPanel_; }
  void setLogScale(bool on);
  void saveSettings(QSettings& settings) const;
  void restoreSettings(QSettings& settings);

  RunState state() const;
  TrainingSnapshotPtr lastSnapshot() const { return lastSnapshot_; }
  const std::vector<EpochStats>& history() const;
  QString errorMessage() const;
  QString statusText() const { return status_; }
  QString currentSection() const;
  QString presetName() const;
  QString dataDescription() const;
  std::shared_ptr<const Dataset> testSet() const;
  CurvesView* curves() const { return curves_; }
  KernelView* kernels() const { return kernels_; }
  FeatureMapView* featureMaps() const { return featureMaps_; }
  HealthView* health() const { return health_; }
  PredictionGallery* gallery() const { return gallery_; }
  ConfusionView* confusion() const { return confusion_; }
  LastStepView* lastStep() const { return lastStep_; }

 signals:
  void presenterModeChanged(bool on);
  // One line for the status bar: epoch, step, samples/s, loss.
  void statusChanged(const QString& text);

 private:
  QWidget* buildControls();
  QWidget* buildOverview();
  QWidget* buildKernelsPage();
  QWidget* buildPredictionsPage();
  void onConfigured(bool keepHistory);
  void onSnapshot(TrainingSnapshotPtr snapshot);
  void followSettings();
  void refreshHeavyViews();
  void wantSnapshotParts();
  void updateControls();
  void showPanels();
  void restylePlots(bool presenter);  // its font and plots at the type scale's sizes
  void updateStatus();
  void fitSummary();
  bool eventFilter(QObject* watched, QEvent* event) override;
  void showError(const QString& message);
  void clearError();
  bool report(bool ok, const QString& error);  // shows error when !ok

  TrainingSession& session_;
  TrainingSnapshotPtr lastSnapshot_;
  std::uint64_t drawnGeneration_ = 0;  // of the snapshot the heavy views last drew
  QString status_;
  bool presenter_ = false;
  int presenterPanel_ = 0;  // which of each section's two panels presenter mode shows

  // Widgets.
  QComboBox *presetBox_, *speedBox_;
  QSpinBox *seedSpin_, *epochsSpin_, *batchSpin_;
  QDoubleSpinBox* rateSpin_;
  QPushButton *startButton_, *stopButton_, *resetButton_, *sampleButton_, *batchButton_, *epochButton_;
  QCheckBox *logCheck_, *presenterCheck_, *mistakesCheck_;
  QLabel* errorBanner_;
  QLabel* summary_;
  QStringList summaryForms_;  // the summary beside the buttons, longest first
  QTabWidget* sections_;
  CurvesView* curves_;
  KernelView *overviewKernels_, *kernels_;
  ConfusionView *overviewConfusion_, *confusion_;
  LastStepView* lastStep_;
  FeatureMapView* featureMaps_;
  HealthView* health_ = nullptr;
  PredictionGallery* gallery_;
  QLabel* galleryCaption_;
  QWidget* galleryPanel_;
  QPushButton* nextPanelButton_;
  QTimer* heavyTimer_;  // coalesces kernel / feature-map redraws to ≤ 10 per second
};

}  // namespace cnnlab
