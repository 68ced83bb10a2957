// The last training step of the first convolutional layer, side by side: the kernels before the
// update, their gradient ∂E/∂K, and the kernels after it (K ← K − η·∂E/∂K).
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
  HeatmapMosaic* gradient() const { return gradient_; }
  HeatmapMosaic* after() const { return after_; }

 private:
  QLabel* caption_;
  HeatmapMosaic *before_, *gradient_, *after_;
  bool noConvolution_ = false;
};

}  // namespace cnnlab
