// KernelView: the kernels of each convolutional layer, or a first dense layer's units as images.
#include "ui/train/kernel_view.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

#include "ui/plot/heatmap_mosaic.hpp"
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
}

void KernelView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  for (HeatmapMosaic* m : mosaics_) m->setPresenterMode(presenter);
}

}  // namespace cnnlab
