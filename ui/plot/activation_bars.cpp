// ActivationBars: QCPBars over a vector.
#include "ui/plot/activation_bars.hpp"

#include <QResizeEvent>
#include "ui/plot/tick_spacing.hpp"

#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

ActivationBars::ActivationBars(QWidget* parent) : QCustomPlot(parent) {
  keepTickLabelsApart(this);
  plotLayout()->insertRow(0);
  title_ = new QCPTextElement(this, "", QFont(font().family(), 11, QFont::Bold));
  plotLayout()->addElement(0, 0, title_);
  bars_ = new QCPBars(xAxis, yAxis);
  highlighted_ = new QCPBars(xAxis, yAxis);
  bars_->setPen(Qt::NoPen);
  bars_->setBrush(palette::train);
  highlighted_->setPen(Qt::NoPen);
  highlighted_->setBrush(palette::test);
  xAxis->grid()->setVisible(false);
  PlotExport::addContextMenu(this);
  setPresenterMode(false);
}

void ActivationBars::setTitle(const QString& title) {
  titleText_ = title;
  fitTitle(width());
}

void ActivationBars::fitTitle(int width) {
  if (cnnlab::fitTitle(title_, titleText_, width - 16) && scrollingHeight_ > 0) updateGeometry();
}

void ActivationBars::setScrollingHeight(int plotHeight) {
  scrollingHeight_ = plotHeight;
  updateGeometry();
}

QSize ActivationBars::minimumSizeHint() const {
  return minimumSizeWithTitle(QCustomPlot::minimumSizeHint(), title_, titleText_, 16, 0, scrollingHeight_);
}

void ActivationBars::resizeEvent(QResizeEvent* event) {
  fitTitle(event->size().width());
  QCustomPlot::resizeEvent(event);
}

void ActivationBars::setValues(const arma::fvec& values, const QStringList& labels, int highlight,
                               std::optional<QCPRange> range) {
  QVector<double> keys, v, hk, hv;
  for (arma::uword i = 0; i < values.n_elem; ++i) {
    (int(i) == highlight ? hk : keys).push_back(double(i));
    (int(i) == highlight ? hv : v).push_back(double(values[i]));
  }
  bars_->setData(keys, v, true);
  highlighted_->setData(hk, hv, true);
  const double width = values.n_elem > 30 ? 1.0 : 0.7;
  bars_->setWidth(width);
  highlighted_->setWidth(width);
  if (count_ != values.n_elem || labels != labels_) {
    count_ = values.n_elem;
    labels_ = labels;
    if (!labels.isEmpty()) {
      auto ticker = QSharedPointer<QCPAxisTickerText>::create();
      for (int i = 0; i < labels.size(); ++i) ticker->addTick(i, labels[i]);
      xAxis->setTicker(ticker);
    } else {
      // Units are counted in whole numbers: 0, 20, 40, never a unit −0.5 or 1.5.
      auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
      whole->setTickStep(1);
      whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
      xAxis->setTicker(whole);
    }
    xAxis->setRange(-0.6, double(values.n_elem) - 0.4);
  }
  if (range) {
    yAxis->setRange(*range);
  } else if (!values.is_empty()) {
    const double lo = std::min(0.0, double(values.min())), hi = std::max(0.0, double(values.max()));
    yAxis->setRange(lo - 0.05 * (hi - lo + 1e-6), hi + 0.05 * (hi - lo + 1e-6));
  }
  replot(QCustomPlot::rpQueuedReplot);
}

void ActivationBars::setPresenterMode(bool presenter) {
  stylePlot(this, presenter);
  xAxis->grid()->setVisible(false);
  QFont f = title_->font();
  f.setPixelSize(basePixels(presenter));
  title_->setFont(f);
  fitTitle(width());
}

}  // namespace cnnlab
