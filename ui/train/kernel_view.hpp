// Every convolution kernel as a heatmap: one mosaic per convolutional layer (a column per kernel,
// a row per input channel), diverging colours centred on 0, updated live. A network without
// convolution (the MLP) shows its first dense layer instead: each unit's weights as an image.
#pragma once

#include <QWidget>
#include <vector>

#include "ui/training/training_snapshot.hpp"

class QLabel;
class QVBoxLayout;

namespace cnnlab {

class HeatmapMosaic;

class KernelView : public QWidget {
  Q_OBJECT

 public:
  explicit KernelView(QWidget* parent = nullptr);

  void setKernels(const std::vector<KernelSet>& kernels);
  void setPresenterMode(bool presenter);
  const std::vector<HeatmapMosaic*>& mosaics() const { return mosaics_; }

 private:
  QVBoxLayout* layout_;
  QLabel* empty_;
  std::vector<HeatmapMosaic*> mosaics_;
  bool presenter_ = false;
};

}  // namespace cnnlab
