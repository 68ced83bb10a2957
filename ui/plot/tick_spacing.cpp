#include "ui/plot/tick_spacing.hpp"

#include <qcustomplot.h>

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace cnnlab {

namespace {

const char* const kWantedTicks = "cnnlabWantedTickCount";  // the ticker's own count, before any fitting

void fitTicks(QCPAxis* axis) {
  if (!axis->visible() || !axis->tickLabels()) return;
  QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
  if (!ticker || ticker.dynamicCast<QCPAxisTickerText>()) return;
  QCPAxisRect* rect = axis->axisRect();
  if (!rect) return;
  bool known = false;
  int wanted = axis->property(kWantedTicks).toInt(&known);
  if (!known) {
    wanted = ticker->tickCount();
    axis->setProperty(kWantedTicks, wanted);
  }
  const QFontMetricsF metrics(axis->tickLabelFont());
  const bool vertical = axis->orientation() == Qt::Vertical;
  double extent = metrics.height();
  if (!vertical) {
    double widest = metrics.horizontalAdvance(QStringLiteral("−0.00"));
    for (const QString& label : axis->tickVectorLabels()) widest = std::max(widest, metrics.horizontalAdvance(label));
    extent = widest;
  }
  const double length = vertical ? rect->height() : rect->width();
  if (length <= 0) return;
  // A "nice" step can be up to a fifth shorter than the asked-for one (0.5 for 0.6): a label and a
  // half keeps even that one apart.
  // An axis too short for two labels gets one step over its range: its two ends.
  const int fits = std::max(1, int(std::floor(length / (1.5 * extent))));
  ticker->setTickCount(std::min(wanted, fits));
}

}  // namespace

void keepTickLabelsApart(QCustomPlot* plot) {
  QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] {
    for (QCPAxisRect* rect : plot->axisRects())
      for (QCPAxis* axis : rect->axes()) fitTicks(axis);
  });
}

}  // namespace cnnlab
