// Colour scales, the matrix→colour-map flip, and plot styling.
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/type_scale.hpp"

#include "ui/palette.hpp"

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

template <std::size_t N>
QMap<double, QColor> stopsOf(const palette::Stop (&stops)[N]) {
  QMap<double, QColor> map;
  for (const palette::Stop& s : stops) map.insert(s.at, QColor(s.colour));
  return map;
}

}  // namespace

QCPColorGradient divergingGradient() { return gradient(stopsOf(palette::kDiverging)); }

QCPColorGradient sequentialGradient() { return gradient(stopsOf(palette::kSequential)); }

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

int basePixels(bool presenter) { return type_scale::px(15, presenter); }
int smallPixels(bool presenter) { return type_scale::px(13, presenter); }
int titlePixels(bool presenter) { return type_scale::px(17, presenter); }
double lineWidth(bool presenter) { return presenter ? 4.0 : 2.0; }

void stylePlot(QCustomPlot* plot, bool presenter) {
  QFont tickFont = plot->font();
  tickFont.setPixelSize(smallPixels(presenter));
  QFont labelFont = tickFont;
  labelFont.setPixelSize(basePixels(presenter));
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

QString wrappedTitle(const QString& title, const QFontMetrics& metrics, int width) {
  const QString dot = QString::fromUtf8(" · ");
  // Pieces to join greedily, each with the separator that goes before it.
  QList<std::pair<QString, QString>> pieces;
  for (const QString& part : title.split(dot)) {
    const QString before = pieces.isEmpty() ? QString() : dot;
    if (metrics.horizontalAdvance(part) <= width) {
      pieces.append({before, part});
      continue;
    }
    const QStringList words = part.split(' ');
    for (int i = 0; i < words.size(); ++i) pieces.append({i == 0 ? before : QString(" "), words[i]});
  }
  QStringList lines;
  for (const auto& [separator, piece] : pieces) {
    const QString joined = lines.isEmpty() ? piece : lines.back() + separator + piece;
    if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width) lines.back() = joined;
    else lines << piece;
  }
  return lines.join('\n');
}

int widestTitlePart(const QString& title, const QFontMetrics& metrics) {
  int widest = 0;
  for (const QString& part : title.split(QString::fromUtf8(" · "))) widest = std::max(widest, metrics.horizontalAdvance(part));
  return widest;
}

bool fitTitle(QCPTextElement* title, const QString& unwrapped, int width) {
  const QString text = wrappedTitle(unwrapped, QFontMetrics(title->font()), width);
  if (text == title->text()) return false;
  title->setText(text);
  return true;
}

QSize minimumSizeWithTitle(QSize hint, const QCPTextElement* title, const QString& unwrapped, int margin,
                           int besides, int scrollingHeight) {
  if (unwrapped.isEmpty()) return hint;
  const QFontMetrics metrics(title->font());
  hint.setWidth(std::min(hint.width(), std::max(widestTitlePart(unwrapped, metrics) + margin, 120) + besides));
  const int extraLines = int(title->text().count('\n')) * metrics.lineSpacing();
  if (scrollingHeight > 0) hint.setHeight(std::max(hint.height(), scrollingHeight + extraLines));
  else hint.setHeight(hint.height() - extraLines);
  return hint;
}

}  // namespace cnnlab
