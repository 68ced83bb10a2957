// Every convolution kernel as a heatmap: one mosaic per convolutional layer (a column per kernel,
// a row per input channel), diverging colours centred on 0, updated live. A network without
// convolution (the MLP) shows its first dense layer instead: each unit's weights as an image.
// A first layer reading a colour image (3 channels) is shown as one small RGB image per kernel,
// its R, G and B slices together on one symmetric scale; "R, G, B slices" switches back to the
// per-channel heatmaps.
#pragma once

#include <QWidget>
#include <vector>

#include "ui/training/training_snapshot.hpp"

class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace cnnlab {

class HeatmapMosaic;
class ImageMosaic;

class KernelView : public QWidget {
  Q_OBJECT

 public:
  explicit KernelView(QWidget* parent = nullptr);

  void setKernels(const std::vector<KernelSet>& kernels);
  void setPresenterMode(bool presenter);
  const std::vector<HeatmapMosaic*>& mosaics() const { return mosaics_; }
  // The first layer in colour (shown instead of mosaics()[0] when it reads 3 channels and
  // "Colour" is chosen).
  ImageMosaic* colourMosaic() const { return colour_; }
  void setColourShown(bool colour);  // the toggle: "Colour" (true) or "R, G, B slices"
  bool colourShown() const;
  bool colourAvailable() const { return colourAvailable_; }

 private:
  QVBoxLayout* layout_;
  void showFirstLayer();

  QLabel* empty_;
  QWidget* modeRow_;
  QRadioButton *colourButton_, *slicesButton_;
  ImageMosaic* colour_;
  bool colourAvailable_ = false;
  std::vector<HeatmapMosaic*> mosaics_;
  bool presenter_ = false;
};

}  // namespace cnnlab
