// Learning curves: training loss per step (raw and smoothed), loss and accuracy per epoch for the
// training and test sets, a log-scale toggle, and the previous run as a faded overlay.
#pragma once

#include <QWidget>
#include <vector>

#include "engine/trainer.hpp"

class QCustomPlot;
class QCPGraph;
class QTimer;

namespace cnnlab {

class LineLabels;

class CurvesView : public QWidget {
  Q_OBJECT

 public:
  explicit CurvesView(QWidget* parent = nullptr);

  // Starts a new run; the current one becomes the faded overlay when keepAsPrevious.
  void newRun(bool keepAsPrevious);
  // Batch losses of steps firstStep, firstStep + 1, … (1-based).
  void addStepLosses(std::size_t firstStep, const std::vector<double>& losses);
  void addEpochs(const std::vector<EpochStats>& epochs);
  void setLogScale(bool on);
  bool logScale() const { return logScale_; }
  void setPresenterMode(bool presenter);
  // The empty state of the loss curve: what to press to see it fill ("Press ▶ Start (Space) …").
  void setEmptyText(const QString& text);
  LineLabels* labels(const QCustomPlot* plot) const;  // each plot's line-end labels

  QCustomPlot* stepPlot() const { return stepPlot_; }
  QCustomPlot* lossPlot() const { return lossPlot_; }
  QCustomPlot* accuracyPlot() const { return accuracyPlot_; }
  std::size_t stepPointCount() const;
  std::size_t previousStepPointCount() const;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  // Recomputes the ranges and marks the plots to redraw; a timer redraws them at most 12 times a second.
  void rescale(bool steps = true, bool epochCurves = true);
  void replotDirty();

  QCustomPlot *stepPlot_, *lossPlot_, *accuracyPlot_;
  QCPGraph *raw_, *smooth_, *previousSmooth_;
  QCPGraph *trainLoss_, *testLoss_, *previousTestLoss_;
  QCPGraph *trainAccuracy_, *testAccuracy_, *previousTestAccuracy_;
  double smoothed_ = 0, smoothingWeight_ = 0;  // debiased exponential moving average
  double lossMin_ = 0, lossMax_ = 0, stepMax_ = 1, previousStepMax_ = 0;
  bool logScale_ = false, presenter_ = false;
  bool stepsDirty_ = false, epochsDirty_ = false;
  QTimer* replotTimer_;
  LineLabels *stepLabels_, *lossLabels_, *accuracyLabels_;
};

}  // namespace cnnlab
