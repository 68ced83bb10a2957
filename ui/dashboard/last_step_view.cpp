// LastStepView: before, gradient and after of one SGD step on the first conv layer's kernels.
#include "ui/dashboard/last_step_view.hpp"

#include <QGridLayout>
#include <QLabel>

#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

namespace {

void showSet(HeatmapMosaic* m, const KernelSet& set, std::optional<QCPRange> range) {
  std::vector<arma::fmat> tiles;
  QStringList names;
  for (std::size_t j = 0; j < set.channels && j < 1; ++j)
    for (std::size_t i = 0; i < set.count; ++i) {
      tiles.push_back(set.kernel(i, j));
      names << QObject::tr("kernel %1").arg(i + 1);
    }
  m->setFixedRange(range);
  m->setTiles(tiles, int(std::min<std::size_t>(set.count, 8)), names);
}

}  // namespace

LastStepView::LastStepView(QWidget* parent) : QWidget(parent) {
  caption_ = new QLabel(tr("Take a step (→) to see how one update changes the kernels."), this);
  caption_->setWordWrap(true);
  before_ = new HeatmapMosaic(this);
  gradient_ = new HeatmapMosaic(this);
  after_ = new HeatmapMosaic(this);
  before_->setObjectName("lastStepBefore");
  gradient_->setObjectName("lastStepGradient");
  after_->setObjectName("lastStepAfter");
  before_->setTitle(tr("kernels before"));
  gradient_->setTitle(tr("gradient ∂E/∂K"));
  after_->setTitle(tr("kernels after"));
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(caption_, 0, 0, 1, 3);
  layout->addWidget(before_, 1, 0);
  layout->addWidget(gradient_, 1, 1);
  layout->addWidget(after_, 1, 2);
  layout->setRowStretch(1, 1);
  for (HeatmapMosaic* m : {before_, gradient_, after_}) PlotExport::addContextMenu(m);
}

void LastStepView::setNoConvolution(bool none) {
  if (none == noConvolution_) return;
  noConvolution_ = none;
  caption_->setText(none ? tr("This view follows one update of the first convolutional layer's kernels; this network "
                              "has no convolutional layer.")
                         : tr("Take a step (→) to see how one update changes the kernels."));
  for (HeatmapMosaic* m : {before_, gradient_, after_}) {
    m->setTiles({}, 1);
    m->setVisible(!none);
  }
  // One line of text needs no more room than that; the kernels above get the rest.
  setMaximumHeight(none ? caption_->sizeHint().height() * 2 : QWIDGETSIZE_MAX);
}

void LastStepView::setLastStep(const LastStep& step) {
  if (!step.valid || noConvolution_) return;
  caption_->setText(tr("Step %1 of layer %2 (%3), learning rate η = %4:  K ← K − η · ∂E/∂K  (first input channel)")
                        .arg(step.step)
                        .arg(step.before.layer + 1)
                        .arg(QString::fromStdString(step.before.description))
                        .arg(step.learningRate));
  // Before and after share one scale so the change is visible; the gradient has its own.
  const double limit = std::max(symmetricLimit(step.before.kernels), symmetricLimit(step.after.kernels));
  showSet(before_, step.before, QCPRange(-limit, limit));
  showSet(after_, step.after, QCPRange(-limit, limit));
  showSet(gradient_, step.gradient, std::nullopt);
}

QString LastStepView::caption() const { return caption_->text(); }

void LastStepView::setPresenterMode(bool presenter) {
  QFont f = caption_->font();
  f.setPixelSize(basePixels(presenter));
  caption_->setFont(f);
  for (HeatmapMosaic* m : {before_, gradient_, after_}) m->setPresenterMode(presenter);
}

}  // namespace cnnlab
