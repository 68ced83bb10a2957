// KernelView: the kernels of each convolutional layer.
#include "ui/kernel_view.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/heatmap_mosaic.hpp"
#include "ui/plot_export.hpp"

namespace cnnlab {

KernelView::KernelView(QWidget* parent) : QWidget(parent) {
  layout_ = new QVBoxLayout(this);
  layout_->setContentsMargins(0, 0, 0, 0);
  empty_ = new QLabel(tr("This network has no convolutional layer, so it has no kernels to show."), this);
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
                              .arg(set.channels > 1 ? tr(" (rows: %1 input channels)").arg(set.channels) : QString()));
    mosaics_[l]->setTiles(tiles, int(set.count), names);
    layout_->setStretchFactor(mosaics_[l], int(std::max<std::size_t>(2, set.channels)));
  }
}

void KernelView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  for (HeatmapMosaic* m : mosaics_) m->setPresenterMode(presenter);
}

}  // namespace cnnlab
