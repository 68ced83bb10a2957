// Every convolution kernel as a heatmap: one mosaic per convolutional layer, diverging colours
// centred on 0 on one symmetric scale per layer, updated live. A layer reading more than 3 channels
// (LeNet-5's layer 4: 16 kernels × 6 channels) shows one channel's slices at a time, large; a click
// on a kernel of the layer before shows the slices that read its output (as CNN Explainer does). A network without
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
  // Layer index `layer` (in setKernels' list) shows its slices on input channel `channel`, as a click
  // on the previous layer's kernel `channel` does. Ignored where that is not how the layers connect.
  void showChannel(std::size_t layer, std::size_t channel);
  std::size_t shownChannel(std::size_t layer) const { return layer < channels_.size() ? channels_[layer] : 0; }

 private:
  QVBoxLayout* layout_;
  void showFirstLayer();
  void showLayerChannel(std::size_t layer);

  QLabel* empty_;
  QWidget* modeRow_;
  QRadioButton *colourButton_, *slicesButton_;
  ImageMosaic* colour_;
  bool colourAvailable_ = false;
  std::vector<HeatmapMosaic*> mosaics_;
  std::vector<KernelSet> sets_;
  std::vector<std::size_t> channels_;  // per layer: the input channel shown (layers of more than 3)
  bool presenter_ = false;
};

}  // namespace cnnlab
