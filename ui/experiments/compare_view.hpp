// The Compare tab: a built-in experiment's 2–4 runs trained side by side (taking turns on the
// engine in a ComparisonWorker thread), their test accuracy and training loss overlaid with a
// legend, a table of each run's final numbers and time, and the verdict from those numbers.
#pragma once

#include <QWidget>

#include "ui/experiments/comparison_worker.hpp"

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace cnnlab {

class CompareView : public QWidget {
  Q_OBJECT

 public:
  explicit CompareView(QWidget* parent = nullptr);
  ~CompareView() override;  // stops the comparison, then quits and waits for its thread

  // Chooses an experiment by name (experiments()); false if unknown.
  bool selectExperiment(const QString& name);
  void setEpochs(int epochs);
  // Start (or restart) the chosen experiment; pause and resume it.
  void start();
  void pause();
  void resume();
  bool running() const { return thread_ != nullptr && !finished_; }
  bool isPaused() const;

  ComparisonSnapshotPtr lastSnapshot() const { return last_; }
  QCustomPlot* accuracyPlot() const { return accuracyPlot_; }
  QCustomPlot* lossPlot() const { return lossPlot_; }
  QTableWidget* table() const { return table_; }
  QString verdict() const;

 signals:
  void finished();

 private:
  void stopWorker();
  void showExperiment();  // the chosen experiment's claim and default epochs; clears the results
  void clearResults();
  void onProgress(ComparisonSnapshotPtr snapshot);
  void updateButtons();

  QComboBox* experimentBox_;
  QSpinBox* epochsSpin_;
  QPushButton *startButton_, *pauseButton_;
  QLabel *claim_, *verdict_;
  QProgressBar* progress_;
  QCustomPlot *accuracyPlot_, *lossPlot_;
  QTableWidget* table_;

  QThread* thread_ = nullptr;
  ComparisonWorker* worker_ = nullptr;
  ComparisonSnapshotPtr last_;
  bool finished_ = false;
};

}  // namespace cnnlab
