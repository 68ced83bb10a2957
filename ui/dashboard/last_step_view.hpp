// The last training step of the first convolutional layer, one row each, kernel above kernel: the
// kernels before the update, the change Δ = after − before (= −η·∂E/∂K) on its own symmetric scale
// so that one small step is visible, and the kernels after it (K ← K − η·∂E/∂K) on the same scale as
// before. The caption says how large the largest change is against the largest weight.
#pragma once

#include <QWidget>

#include "ui/training/training_snapshot.hpp"

class QLabel;

namespace cnnlab {

class HeatmapMosaic;

class LastStepView : public QWidget {
  Q_OBJECT

 public:
  explicit LastStepView(QWidget* parent = nullptr);

  void setLastStep(const LastStep& step);
  // The network has no convolutional layer: a sentence instead of three empty mosaics.
  void setNoConvolution(bool none);
  bool noConvolution() const { return noConvolution_; }
  QString caption() const;
  void setPresenterMode(bool presenter);
  HeatmapMosaic* before() const { return before_; }
  HeatmapMosaic* delta() const { return delta_; }
  HeatmapMosaic* after() const { return after_; }

 private:
  QLabel* caption_;
  HeatmapMosaic *before_, *delta_, *after_;
  bool noConvolution_ = false;
};

}  // namespace cnnlab
