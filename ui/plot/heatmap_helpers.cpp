// Colour scales, the matrix→colour-map flip, and plot styling.
#include "ui/plot/heatmap_helpers.hpp"

#include <cmath>

namespace cnnlab {

namespace {

QCPColorGradient gradient(const QMap<double, QColor>& stops) {
  QCPColorGradient g;
  g.setColorStops(stops);
  g.setColorInterpolation(QCPColorGradient::ciRGB);
  g.setLevelCount(350);
  g.setNanHandling(QCPColorGradient::nhTransparent);
  return g;
}

}  // namespace

QCPColorGradient divergingGradient() {
  // ColorBrewer RdBu, reversed so that positive is red.
  return gradient({{0.0, QColor(0x05, 0x30, 0x61)},
                   {0.2, QColor(0x43, 0x93, 0xc3)},
                   {0.4, QColor(0xd1, 0xe5, 0xf0)},
                   {0.5, QColor(0xf7, 0xf7, 0xf7)},
                   {0.6, QColor(0xfd, 0xdb, 0xc7)},
                   {0.8, QColor(0xd6, 0x60, 0x4d)},
                   {1.0, QColor(0x67, 0x00, 0x1f)}});
}

QCPColorGradient sequentialGradient() {
  return gradient({{0.0, QColor(0xf7, 0xfb, 0xff)},
                   {0.35, QColor(0x9e, 0xca, 0xe1)},
                   {0.7, QColor(0x31, 0x82, 0xbd)},
                   {1.0, QColor(0x08, 0x30, 0x6b)}});
}

QCPColorGradient inkGradient() { return gradient({{0.0, Qt::white}, {1.0, Qt::black}}); }

void setMatrixCells(QCPColorMapData* data, const arma::fmat& m, int left, int top) {
  const int rows = data->valueSize();
  for (arma::uword r = 0; r < m.n_rows; ++r)
    for (arma::uword c = 0; c < m.n_cols; ++c)
      data->setCell(left + int(c), flippedRow(top + int(r), rows), double(m(r, c)));
}

double symmetricLimit(const arma::fmat& m) {
  double limit = 0;
  for (float v : m)
    if (std::isfinite(v)) limit = std::max(limit, double(std::abs(v)));
  return limit > 1e-12 ? limit : 1e-12;
}

int basePointSize(bool presenter) { return presenter ? 16 : 11; }
int smallPointSize(bool presenter) { return presenter ? 16 : 10; }
double lineWidth(bool presenter) { return presenter ? 4.0 : 2.0; }

void stylePlot(QCustomPlot* plot, bool presenter) {
  QFont tickFont = plot->font();
  tickFont.setPointSize(smallPointSize(presenter));
  QFont labelFont = tickFont;
  labelFont.setPointSize(basePointSize(presenter));
  const QPen axisPen(QColor(0x44, 0x44, 0x44), presenter ? 2 : 1);
  for (QCPAxisRect* rect : plot->axisRects())
    for (QCPAxis* axis : rect->axes()) {
      axis->setTickLabelFont(tickFont);
      axis->setLabelFont(labelFont);
      axis->setBasePen(axisPen);
      axis->setTickPen(axisPen);
      axis->setSubTickPen(axisPen);
      axis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    }
  if (plot->legend) plot->legend->setFont(tickFont);
  plot->setBackground(Qt::white);
}

}  // namespace cnnlab
