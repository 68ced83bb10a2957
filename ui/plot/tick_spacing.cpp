#include "ui/plot/tick_spacing.hpp"

#include <qcustomplot.h>

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace cnnlab {

namespace {

const char* const kWantedTicks = "cnnlabWantedTickCount";  // the ticker's own count, before any fitting

// Whether the labels `count` asks the ticker for stay apart on the axis as it is laid out now: the
// ticker is asked for them, as QCPAxis asks at a replot.
bool labelsApart(QCPAxis* axis, QCPAxisTicker& ticker, int count) {
  ticker.setTickCount(count);
  QVector<double> ticks;
  QVector<QString> labels;
  const QString format = axis->numberFormat();
  ticker.generate(axis->range(), axis->parentPlot()->locale(), format.isEmpty() ? QChar('g') : format.at(0),
                  axis->numberPrecision(), ticks, nullptr, &labels);
  const QFontMetricsF metrics(axis->tickLabelFont());
  const bool vertical = axis->orientation() == Qt::Vertical;
  double previousAt = 0, previousExtent = 0;
  bool first = true;
  for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
    if (!axis->range().contains(ticks[i]) || labels[i].isEmpty()) continue;
    const double at = axis->coordToPixel(ticks[i]);
    const double extent = vertical ? metrics.height() : metrics.horizontalAdvance(labels[i]);
    if (!first && std::abs(at - previousAt) < (extent + previousExtent) / 2 + 2) return false;
    first = false;
    previousAt = at;
    previousExtent = extent;
  }
  return true;
}

void fitTicks(QCPAxis* axis) {
  if (!axis->visible() || !axis->tickLabels()) return;
  QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
  if (!ticker || ticker.dynamicCast<QCPAxisTickerText>()) return;
  QCPAxisRect* rect = axis->axisRect();
  if (!rect || (axis->orientation() == Qt::Vertical ? rect->height() : rect->width()) <= 0) return;
  bool known = false;
  int wanted = axis->property(kWantedTicks).toInt(&known);
  if (!known) {
    wanted = ticker->tickCount();
    axis->setProperty(kWantedTicks, wanted);
  }
  // The most ticks, up to the ticker's own count, whose labels stay apart; one step over the range
  // (its ends) when even two would touch.
  int count = std::max(1, wanted);
  while (count > 1 && !labelsApart(axis, *ticker, count)) --count;
  ticker->setTickCount(count);
}

}  // namespace

void keepTickLabelsApart(QCustomPlot* plot) {
  // After the layout, whose axis lengths the labels must fit (before the replot they are the last
  // layout's: a plot shrunk from 600 to 150 px kept 7 overlapping labels until some other replot).
  // The plot is drawn again only when a count changed; the next fit finds the same counts.
  QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
    bool changed = false;
    for (QCPAxisRect* rect : plot->axisRects())
      for (QCPAxis* axis : rect->axes()) {
        const int before = axis->ticker() ? axis->ticker()->tickCount() : 0;
        fitTicks(axis);
        changed = changed || (axis->ticker() && axis->ticker()->tickCount() != before);
      }
    if (changed) plot->replot(QCustomPlot::rpQueuedReplot);
  });
}

}  // namespace cnnlab
