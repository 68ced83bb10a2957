// CurvesView: three QCustomPlots fed incrementally from the worker's snapshots.
#include "ui/dashboard/curves_view.hpp"
#include "ui/plot/tick_spacing.hpp"

#include <QGridLayout>
#include <QTimer>
#include <cmath>
#include <qcustomplot.h>

#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/line_labels.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

namespace {

constexpr double kSmoothing = 0.96;  // weight of the past in the moving average

QCustomPlot* makePlot(const QString& title, const QString& x, const QString& y, QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  keepTickLabelsApart(plot);
  plot->plotLayout()->insertRow(0);
  auto* text = new QCPTextElement(plot, title, QFont(plot->font().family(), 12, QFont::Bold));
  text->setObjectName("title");
  plot->plotLayout()->addElement(0, 0, text);
  plot->xAxis->setLabel(x);
  plot->yAxis->setLabel(y);
  plot->legend->setVisible(true);
  plot->legend->setBrush(QColor(255, 255, 255, 220));
  plot->legend->setBorderPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
  plot->setNoAntialiasingOnDrag(true);
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  PlotExport::addContextMenu(plot);
  return plot;
}

QCPGraph* makeGraph(QCustomPlot* plot, const QString& name, const QColor& color, Qt::PenStyle style = Qt::SolidLine,
                    bool markers = false) {
  QCPGraph* g = plot->addGraph();
  g->setName(name);
  g->setPen(QPen(color, 2, style));
  if (markers) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
  return g;
}

QColor faded(const QColor& c, int alpha = 200) {
  QColor f = c.lighter(115);
  f.setAlpha(alpha);
  return f;
}

}  // namespace

CurvesView::CurvesView(QWidget* parent) : QWidget(parent) {
  stepPlot_ = makePlot(tr("Training loss per step"), tr("step"), tr("loss"), this);
  lossPlot_ = makePlot(tr("Loss per epoch"), tr("epoch"), tr("loss"), this);
  accuracyPlot_ = makePlot(tr("Accuracy per epoch"), tr("epoch"), tr("accuracy (%)"), this);
  stepPlot_->setObjectName("stepLossPlot");
  stepPlot_->setAccessibleName(tr("Training loss per step"));
  lossPlot_->setAccessibleName(tr("Loss per epoch"));
  accuracyPlot_->setAccessibleName(tr("Accuracy per epoch"));
  lossPlot_->setObjectName("epochLossPlot");
  accuracyPlot_->setObjectName("accuracyPlot");

  previousSmooth_ = makeGraph(stepPlot_, tr("previous run"), palette::previous, Qt::SolidLine);
  raw_ = makeGraph(stepPlot_, tr("per step"), QColor(0x9e, 0xc5, 0xe8));
  smooth_ = makeGraph(stepPlot_, tr("smoothed"), palette::train);
  raw_->setAdaptiveSampling(true);
  raw_->setAntialiased(false);  // thousands of thin segments: cheaper, and they look the same
  smooth_->setAdaptiveSampling(true);

  previousTestLoss_ = makeGraph(lossPlot_, tr("previous test"), palette::previous, Qt::DashLine, true);
  trainLoss_ = makeGraph(lossPlot_, tr("train"), palette::train, Qt::SolidLine, true);
  testLoss_ = makeGraph(lossPlot_, tr("test"), palette::test, Qt::SolidLine, true);
  previousTestAccuracy_ = makeGraph(accuracyPlot_, tr("previous test"), palette::previous, Qt::DashLine, true);
  trainAccuracy_ = makeGraph(accuracyPlot_, tr("train"), palette::train, Qt::SolidLine, true);
  testAccuracy_ = makeGraph(accuracyPlot_, tr("test"), palette::test, Qt::SolidLine, true);
  // Each line named at its end, in its colour: no legend box over the data.
  stepLabels_ = new LineLabels(stepPlot_);
  stepLabels_->skip(raw_);  // the thin per-step line under its average speaks for itself
  lossLabels_ = new LineLabels(lossPlot_);
  accuracyLabels_ = new LineLabels(accuracyPlot_);
  lossLabels_->setEmptyText(tr("one point per epoch"));
  accuracyLabels_->setEmptyText(tr("one point per epoch"));
  for (QCustomPlot* p : {stepPlot_, lossPlot_, accuracyPlot_}) {  // whole steps and epochs: no 1.5 or 7.5
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ticker);
  }

  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(6);
  layout->addWidget(stepPlot_, 0, 0, 1, 2);
  layout->addWidget(lossPlot_, 1, 0);
  layout->addWidget(accuracyPlot_, 1, 1);
  layout->setRowStretch(0, 5);
  layout->setRowStretch(1, 4);
  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(80);
  connect(replotTimer_, &QTimer::timeout, this, &CurvesView::replotDirty);
  setPresenterMode(false);
  newRun(false);
}

void CurvesView::newRun(bool keepAsPrevious) {
  if (keepAsPrevious && !smooth_->data()->isEmpty()) {
    previousSmooth_->data()->set(*smooth_->data());
    previousTestLoss_->data()->set(*testLoss_->data());
    previousTestAccuracy_->data()->set(*testAccuracy_->data());
    previousStepMax_ = stepMax_;
  } else if (!keepAsPrevious) {
    for (QCPGraph* g : {previousSmooth_, previousTestLoss_, previousTestAccuracy_}) g->data()->clear();
    previousStepMax_ = 0;
  }
  for (QCPGraph* g : {raw_, smooth_, trainLoss_, testLoss_, trainAccuracy_, testAccuracy_}) g->data()->clear();
  previousSmooth_->setVisible(!previousSmooth_->data()->isEmpty());
  previousTestLoss_->setVisible(!previousTestLoss_->data()->isEmpty());
  previousTestAccuracy_->setVisible(!previousTestAccuracy_->data()->isEmpty());
  for (QCPGraph* g : {previousSmooth_, previousTestLoss_, previousTestAccuracy_}) {
    if (g->visible()) g->addToLegend();
    else g->removeFromLegend();
  }
  smoothed_ = smoothingWeight_ = 0;
  lossMin_ = lossMax_ = 0;
  stepMax_ = 1;
  if (previousSmooth_->visible()) {
    bool found = false;
    const QCPRange r = previousSmooth_->getValueRange(found);
    if (found) {
      lossMin_ = r.lower;
      lossMax_ = r.upper;
    }
  }
  rescale();
}

void CurvesView::addStepLosses(std::size_t firstStep, const std::vector<double>& losses) {
  if (losses.empty()) return;
  QVector<double> keys, raw, smooth;
  keys.reserve(int(losses.size()));
  raw.reserve(int(losses.size()));
  smooth.reserve(int(losses.size()));
  const bool first = raw_->data()->isEmpty() && !previousSmooth_->visible();
  for (std::size_t i = 0; i < losses.size(); ++i) {
    const double loss = losses[i];
    // Debiased EMA (as TensorBoard smooths): s = Σ w^k x_{t−k} (1 − w) / (1 − w^t).
    smoothed_ = kSmoothing * smoothed_ + (1 - kSmoothing) * loss;
    smoothingWeight_ = kSmoothing * smoothingWeight_ + (1 - kSmoothing);
    keys.push_back(double(firstStep + i));
    raw.push_back(loss);
    smooth.push_back(smoothed_ / smoothingWeight_);
    if (first && i == 0) lossMin_ = lossMax_ = loss;
    lossMin_ = std::min(lossMin_, loss);
    lossMax_ = std::max(lossMax_, loss);
  }
  raw_->addData(keys, raw, true);
  smooth_->addData(keys, smooth, true);
  stepMax_ = std::max(stepMax_, keys.back());
  rescale(true, false);
}

void CurvesView::addEpochs(const std::vector<EpochStats>& epochs) {
  if (epochs.empty()) return;
  for (const EpochStats& e : epochs) {
    trainLoss_->addData(double(e.epoch), e.trainLoss);
    testLoss_->addData(double(e.epoch), e.testLoss);
    trainAccuracy_->addData(double(e.epoch), 100 * e.trainAccuracy);
    testAccuracy_->addData(double(e.epoch), 100 * e.testAccuracy);
  }
  rescale(false, true);
}

void CurvesView::setEmptyText(const QString& text) { stepLabels_->setEmptyText(text); }

LineLabels* CurvesView::labels(const QCustomPlot* plot) const {
  return plot == stepPlot_ ? stepLabels_ : plot == lossPlot_ ? lossLabels_ : plot == accuracyPlot_ ? accuracyLabels_ : nullptr;
}

std::size_t CurvesView::stepPointCount() const { return std::size_t(raw_->data()->size()); }
std::size_t CurvesView::previousStepPointCount() const { return std::size_t(previousSmooth_->data()->size()); }

void CurvesView::setLogScale(bool on) {
  logScale_ = on;
  for (QCustomPlot* p : {stepPlot_, lossPlot_}) {
    p->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on) p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    p->yAxis->setNumberFormat(on ? "eb" : "gb");
    p->yAxis->setNumberPrecision(on ? 0 : 3);
  }
  rescale();
}

void CurvesView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  const double w = lineWidth(presenter);
  for (QCustomPlot* p : {stepPlot_, lossPlot_, accuracyPlot_}) {
    stylePlot(p, presenter);
    if (auto* title = p->findChild<QCPTextElement*>("title")) {
      QFont f = title->font();
      f.setPixelSize(titlePixels(presenter));
      title->setFont(f);
    }
    for (int i = 0; i < p->graphCount(); ++i) {
      QCPGraph* g = p->graph(i);
      QPen pen = g->pen();
      pen.setWidthF(g == raw_ ? w / 2 : w);
      g->setPen(pen);
      if (g->scatterStyle().shape() != QCPScatterStyle::ssNone)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, presenter ? 11 : 7));
    }
  }
  previousSmooth_->setPen(QPen(faded(palette::previous, 170), w));
  rescale();
}

void CurvesView::rescale(bool steps, bool epochCurves) {
  stepsDirty_ = stepsDirty_ || steps;
  epochsDirty_ = epochsDirty_ || epochCurves;
  const double lo = logScale_ ? std::max(lossMin_, 1e-6) : std::min(0.0, lossMin_);
  const double hi = lossMax_ > lo ? lossMax_ : lo + 1;
  stepPlot_->xAxis->setRange(0, std::max(stepMax_, previousStepMax_) * 1.02 + 1);
  stepPlot_->yAxis->setRange(logScale_ ? lo / 1.5 : lo, logScale_ ? hi * 1.5 : hi * 1.05);
  int epochs = std::max(trainLoss_->dataCount(), previousTestLoss_->dataCount());
  for (QCustomPlot* p : {lossPlot_, accuracyPlot_}) p->xAxis->setRange(0.5, std::max(epochs, 1) + 0.5);
  bool found = false;
  QCPRange loss(0, 1);
  bool any = false;
  for (QCPGraph* g : {trainLoss_, testLoss_, previousTestLoss_}) {
    const QCPRange r = g->getValueRange(found, QCP::sdBoth);
    if (!found) continue;
    loss = any ? QCPRange(std::min(loss.lower, r.lower), std::max(loss.upper, r.upper)) : r;
    any = true;
  }
  if (logScale_) lossPlot_->yAxis->setRange(std::max(loss.lower, 1e-6) / 1.5, std::max(loss.upper, 1e-5) * 1.5);
  else lossPlot_->yAxis->setRange(0, loss.upper > 0 ? loss.upper * 1.1 : 1);
  double lowest = 100;
  for (QCPGraph* g : {trainAccuracy_, testAccuracy_, previousTestAccuracy_}) {
    const QCPRange r = g->getValueRange(found, QCP::sdBoth);
    if (found) lowest = std::min(lowest, r.lower);
  }
  accuracyPlot_->yAxis->setRange(std::max(0.0, std::floor((lowest - 5) / 10) * 10), 101);
  if (isVisible() && !replotTimer_->isActive()) replotTimer_->start();  // a hidden plot is redrawn when shown
}

void CurvesView::replotDirty() {
  if (stepsDirty_) stepPlot_->replot();
  if (epochsDirty_) {
    lossPlot_->replot();
    accuracyPlot_->replot();
  }
  stepsDirty_ = epochsDirty_ = false;
}

void CurvesView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  rescale();
  replotDirty();
}

}  // namespace cnnlab
