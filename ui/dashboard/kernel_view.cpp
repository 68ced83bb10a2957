// KernelView: the kernels of each convolutional layer, or a first dense layer's units as images.
#include "ui/dashboard/kernel_view.hpp"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

#include "ui/plot/color_images.hpp"
#include "ui/plot/heatmap_helpers.hpp"
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
    // A click on a kernel shows, in the next layer, the slices that read what it made.
    const std::size_t layer = mosaics_.size();
    connect(m, &HeatmapMosaic::tileClicked, this, [this, layer](int tile) { showChannel(layer + 1, std::size_t(tile)); });
    mosaics_.push_back(m);
  }
  sets_ = kernels;
  channels_.resize(kernels.size(), 0);
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
    // A drawn legend, channel by channel, instead of a paragraph (#23); one scale for the layer.
    colour_->setChannelScale(limit);
    colour_->setLegend(tr("Each channel's weight, one scale for the layer: mid grey is 0, ±%1 (its largest) full strength.")
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
      mosaics_[l]->setColumnsFitted(false);  // a square of units, as the images they are
      mosaics_[l]->setTiles(tiles, columns, names);
      layout_->setStretchFactor(mosaics_[l], 4);
      continue;
    }
    if (set.channels > 3) {  // one input channel's slices at a time, large: the rest a click away
      channels_[l] = std::min(channels_[l], set.channels - 1);
      showLayerChannel(l);
      layout_->setStretchFactor(mosaics_[l], 3);
      continue;
    }
    // Tile grid: a column per kernel i, a row per input channel j (a colour layer's R, G and B).
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
    mosaics_[l]->setFixedRange(std::nullopt);
    // One input channel: the kernels wrap into the rows that make them largest in the panel's
    // shape (a tall presenter panel showed 5 kernels of 3×3 as a strip of 50 px tiles). A colour
    // layer keeps a row per channel.
    mosaics_[l]->setColumnsFitted(set.channels == 1);
    mosaics_[l]->setTiles(tiles, int(set.count), names);
    layout_->setStretchFactor(mosaics_[l], int(std::max<std::size_t>(2, set.channels)));
  }
  showFirstLayer();
}

// Layer l's kernels as read on input channel channels_[l]: one large slice per kernel (8 to a row),
// on the layer's one symmetric scale, whichever channel is shown. The previous layer frames the
// kernel whose output that channel is.
void KernelView::showLayerChannel(std::size_t l) {
  const KernelSet& set = sets_[l];
  const std::size_t c = channels_[l];
  std::vector<arma::fmat> tiles;
  QStringList names;
  for (std::size_t i = 0; i < set.count; ++i) {
    tiles.push_back(set.kernel(i, c));
    names << tr("kernel %1, channel %2").arg(i + 1).arg(c + 1);
  }
  const bool fromPrevious = l > 0 && !sets_[l - 1].denseUnits && sets_[l - 1].count == set.channels;
  mosaics_[l]->setTitle(tr("Layer %1 · %2 · slices on channel %3 of %4")
                            .arg(set.layer + 1)
                            .arg(QString::fromStdString(set.description))
                            .arg(c + 1)
                            .arg(set.channels));
  mosaics_[l]->setToolTip(fromPrevious ? tr("Each of the %1 kernels' slice that reads channel %2, the output of layer %3's "
                                            "kernel %2. Click a kernel of layer %3 to see the slices that read it.")
                                             .arg(set.count)
                                             .arg(c + 1)
                                             .arg(sets_[l - 1].layer + 1)
                                       : QString());
  const double limit = symmetricLimit(set.kernels);
  mosaics_[l]->setFixedRange(QCPRange(-limit, limit));
  mosaics_[l]->setColumnsFitted(true);
  mosaics_[l]->setTiles(tiles, int(std::min<std::size_t>(set.count, 8)), names);
  if (fromPrevious) mosaics_[l - 1]->setSelectedTile(int(c));
}

void KernelView::showChannel(std::size_t layer, std::size_t channel) {
  if (layer >= sets_.size() || sets_[layer].channels <= 3 || channel >= sets_[layer].channels) return;
  if (sets_[layer - 1].count != sets_[layer].channels) return;  // that kernel's output is not this channel
  channels_[layer] = channel;
  showLayerChannel(layer);
}

void KernelView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  for (HeatmapMosaic* m : mosaics_) m->setPresenterMode(presenter);
  colour_->setPresenterMode(presenter);
}

}  // namespace cnnlab
