// LastStepView: before, gradient and after of one SGD step on the first conv layer's kernels.
#include "ui/dashboard/last_step_view.hpp"

#include <QGridLayout>
#include <QLabel>

#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

namespace {

// The first input channel of each kernel, one row of them.
std::vector<arma::fmat> firstSlices(const KernelSet& set) {
  std::vector<arma::fmat> tiles;
  for (std::size_t i = 0; i < set.count; ++i) tiles.push_back(set.kernel(i, 0));
  return tiles;
}

void showTiles(HeatmapMosaic* m, const std::vector<arma::fmat>& tiles, QCPRange range) {
  QStringList names;
  for (std::size_t i = 0; i < tiles.size(); ++i) names << QObject::tr("kernel %1").arg(i + 1);
  m->setFixedRange(range);
  m->setTiles(tiles, int(std::min<std::size_t>(tiles.size(), 8)), names);
}

}  // namespace

LastStepView::LastStepView(QWidget* parent) : QWidget(parent) {
  caption_ = new QLabel(tr("Take a step (→) to see how one update changes the kernels."), this);
  caption_->setWordWrap(true);
  before_ = new HeatmapMosaic(this);
  delta_ = new HeatmapMosaic(this);
  after_ = new HeatmapMosaic(this);
  before_->setObjectName("lastStepBefore");
  delta_->setObjectName("lastStepDelta");
  after_->setObjectName("lastStepAfter");
  before_->setTitle(tr("before"));
  delta_->setTitle(tr("Δ = after − before = −η∂E/∂K · on its own scale"));
  after_->setTitle(tr("after · the same scale as before"));
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(caption_, 0, 0);
  layout->addWidget(before_, 1, 0);
  layout->addWidget(delta_, 2, 0);
  layout->addWidget(after_, 3, 0);
  for (int row : {1, 2, 3}) layout->setRowStretch(row, 1);
  for (HeatmapMosaic* m : {before_, delta_, after_}) PlotExport::addContextMenu(m);
}

void LastStepView::setNoConvolution(bool none) {
  if (none == noConvolution_) return;
  noConvolution_ = none;
  caption_->setText(none ? tr("This view follows one update of the first convolutional layer's kernels; this network "
                              "has no convolutional layer.")
                         : tr("Take a step (→) to see how one update changes the kernels."));
  for (HeatmapMosaic* m : {before_, delta_, after_}) {
    m->setTiles({}, 1);
    m->setVisible(!none);
  }
  // One line of text needs no more room than that; the kernels above get the rest.
  setMaximumHeight(none ? caption_->sizeHint().height() * 2 : QWIDGETSIZE_MAX);
}

void LastStepView::setLastStep(const LastStep& step) {
  if (!step.valid || noConvolution_) return;
  const std::vector<arma::fmat> before = firstSlices(step.before), after = firstSlices(step.after);
  std::vector<arma::fmat> delta;
  double largestWeight = 1e-12, largestChange = 1e-12;
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    delta.push_back(after[i] - before[i]);
    largestWeight = std::max({largestWeight, symmetricLimit(before[i]), symmetricLimit(after[i])});
    largestChange = std::max(largestChange, symmetricLimit(delta.back()));
  }
  caption_->setText(tr("Step %1 of layer %2 (%3), η = %4:  K ← K − η · ∂E/∂K  (first input channel). "
                       "The largest change, %5, is %6 % of the largest weight: on the kernels' scale a step is "
                       "invisible, so Δ has a scale of its own.")
                        .arg(step.step)
                        .arg(step.before.layer + 1)
                        .arg(QString::fromStdString(step.before.description))
                        .arg(step.learningRate)
                        .arg(largestChange, 0, 'g', 3)
                        .arg(100 * largestChange / largestWeight, 0, 'g', 2));
  // Before and after share one scale so the kernels compare; Δ is symmetric about 0 on its own.
  showTiles(before_, before, QCPRange(-largestWeight, largestWeight));
  showTiles(after_, after, QCPRange(-largestWeight, largestWeight));
  showTiles(delta_, delta, QCPRange(-largestChange, largestChange));
}

QString LastStepView::caption() const { return caption_->text(); }

void LastStepView::setPresenterMode(bool presenter) {
  QFont f = caption_->font();
  f.setPixelSize(basePixels(presenter));
  caption_->setFont(f);
  for (HeatmapMosaic* m : {before_, delta_, after_}) m->setPresenterMode(presenter);
}

}  // namespace cnnlab
