// KernelView: the kernels of each convolutional layer, or a first dense layer's units as images.
#include "ui/dashboard/kernel_view.hpp"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

#include "ui/plot/color_images.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/plot/image_mosaic.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

KernelView::KernelView(QWidget* parent) : QWidget(parent) {
  layout_ = new QVBoxLayout(this);
  layout_->setContentsMargins(0, 0, 0, 0);
  empty_ = new QLabel(tr("This network has no convolutional layer, and its first weights do not read the image "
                          "directly, so there are no kernels to show."),
                       this);
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setWordWrap(true);
  layout_->addWidget(empty_);
  modeRow_ = new QWidget(this);
  auto* mode = new QHBoxLayout(modeRow_);
  mode->setContentsMargins(4, 0, 4, 0);
  mode->addWidget(new QLabel(tr("First layer reads colour, show its kernels:"), modeRow_));
  colourButton_ = new QRadioButton(tr("Colour"), modeRow_);
  colourButton_->setObjectName("kernelsColour");
  colourButton_->setToolTip(tr("Each kernel as one small RGB image: its R, G and B slices drawn together"));
  slicesButton_ = new QRadioButton(tr("R, G, B slices"), modeRow_);
  slicesButton_->setObjectName("kernelsSlices");
  slicesButton_->setToolTip(tr("Each kernel's three slices as separate heatmaps, one row per input channel"));
  auto* group = new QButtonGroup(modeRow_);
  group->addButton(colourButton_);
  group->addButton(slicesButton_);
  colourButton_->setChecked(true);
  mode->addWidget(colourButton_);
  mode->addWidget(slicesButton_);
  mode->addStretch();
  layout_->addWidget(modeRow_);
  modeRow_->hide();
  colour_ = new ImageMosaic(this);
  colour_->setObjectName("kernelsColourMosaic");
  colour_->setMinimumHeight(170);  // a 5×5 kernel at 20 px a pixel or more: its colours read from the back
  layout_->addWidget(colour_, 6);
  colour_->hide();
  connect(colourButton_, &QRadioButton::toggled, this, &KernelView::showFirstLayer);
}

void KernelView::setColourShown(bool colour) { (colour ? colourButton_ : slicesButton_)->setChecked(true); }
bool KernelView::colourShown() const { return colourButton_->isChecked(); }

// The first layer either as RGB images or as its per-channel heatmaps.
void KernelView::showFirstLayer() {
  const bool colour = colourAvailable_ && colourButton_->isChecked();
  modeRow_->setVisible(colourAvailable_);
  colour_->setVisible(colour);
  if (!mosaics_.empty()) mosaics_.front()->setVisible(!colour);
}

void KernelView::setKernels(const std::vector<KernelSet>& kernels) {
  while (mosaics_.size() > kernels.size()) {
    delete mosaics_.back();
    mosaics_.pop_back();
  }
  while (mosaics_.size() < kernels.size()) {
    auto* m = new HeatmapMosaic(this);
    m->setObjectName(QString("kernels%1").arg(mosaics_.size() + 1));
    m->setPresenterMode(presenter_);
    PlotExport::addContextMenu(m);
    layout_->addWidget(m, 1);
    mosaics_.push_back(m);
  }
  empty_->setVisible(kernels.empty());
  colourAvailable_ = !kernels.empty() && kernels.front().channels == 3;
  if (colourAvailable_) {
    const KernelSet& first = kernels.front();
    const double limit = kernelLimit(first);
    std::vector<QImage> images;
    QStringList names;
    for (std::size_t i = 0; i < first.count; ++i) {
      images.push_back(rgbKernelImage(first, i, limit));
      names << (first.denseUnits ? tr("unit %1").arg(i + 1) : tr("kernel %1").arg(i + 1));
    }
    colour_->setTitle(tr("Layer %1 · %2 · each %3 in colour: its R, G and B slices together")
                          .arg(first.layer + 1)
                          .arg(QString::fromStdString(first.description))
                          .arg(first.denseUnits ? tr("unit's weights") : tr("kernel")));
    colour_->setLegend(tr("Mid grey = weight 0 on every channel. More red, green or blue = a positive weight on that "
                          "channel, less (towards cyan, magenta or yellow) = a negative one. One scale for the whole "
                          "layer: a weight of ±%1 (its largest) is full strength.")
                           .arg(limit, 0, 'g', 2));
    const int columns = first.denseUnits ? int(std::ceil(std::sqrt(double(first.count)))) : int(first.count);
    colour_->setImages(images, columns, names);
  }
  for (std::size_t l = 0; l < kernels.size(); ++l) {
    const KernelSet& set = kernels[l];
    std::vector<arma::fmat> tiles;
    QStringList names;
    if (set.denseUnits) {  // no convolution: what each unit of the first dense layer looks for
      for (std::size_t i = 0; i < set.count; ++i) {
        tiles.push_back(set.kernel(i, 0));
        names << tr("unit %1").arg(i + 1);
      }
      const QString shown = set.count < set.units ? tr("the first %1 of its %2 units").arg(set.count).arg(set.units)
                                                  : tr("its %1 units").arg(set.units);
      mosaics_[l]->setTitle(tr("Layer %1 · %2 · %3: each unit's weights drawn as a %4×%5 image")
                                .arg(set.layer + 1)
                                .arg(QString::fromStdString(set.description))
                                .arg(shown)
                                .arg(set.size)
                                .arg(set.columns()));
      const int columns = int(std::ceil(std::sqrt(double(set.count))));
      mosaics_[l]->setTiles(tiles, columns, names);
      layout_->setStretchFactor(mosaics_[l], 4);
      continue;
    }
    // Tile grid: a column per kernel i, a row per input channel j.
    for (std::size_t j = 0; j < set.channels; ++j)
      for (std::size_t i = 0; i < set.count; ++i) {
        tiles.push_back(set.kernel(i, j));
        names << (set.channels > 1 ? tr("kernel %1, channel %2").arg(i + 1).arg(j + 1) : tr("kernel %1").arg(i + 1));
      }
    mosaics_[l]->setTitle(tr("Layer %1 · %2 · %3 kernel%4%5")
                              .arg(set.layer + 1)
                              .arg(QString::fromStdString(set.description))
                              .arg(set.count)
                              .arg(set.count == 1 ? "" : "s")
                              .arg(set.channels > 1 ? tr(" · rows: %1 input channels").arg(set.channels) : QString()));
    mosaics_[l]->setTiles(tiles, int(set.count), names);
    layout_->setStretchFactor(mosaics_[l], int(std::max<std::size_t>(2, set.channels)));
  }
  showFirstLayer();
}

void KernelView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  for (HeatmapMosaic* m : mosaics_) m->setPresenterMode(presenter);
  colour_->setPresenterMode(presenter);
}

}  // namespace cnnlab
