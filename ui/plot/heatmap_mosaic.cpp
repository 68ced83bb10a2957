// HeatmapMosaic: many small matrices in one colour map, with a hover read-out.
#include "ui/plot/heatmap_mosaic.hpp"

#include <QToolTip>

#include "ui/plot/heatmap_helpers.hpp"

namespace cnnlab {

HeatmapMosaic::HeatmapMosaic(QWidget* parent) : QCustomPlot(parent) {
  setMouseTracking(true);
  plotLayout()->insertRow(0);
  title_ = new QCPTextElement(this, "", QFont(font().family(), basePointSize(false), QFont::Bold));
  plotLayout()->addElement(0, 0, title_);
  title_->setVisible(false);
  plotLayout()->setRowStretchFactor(0, 0.01);
  xAxis->setVisible(false);
  yAxis->setVisible(false);
  axisRect()->setAutoMargins(QCP::msNone);
  axisRect()->setMargins(QMargins(2, 2, 2, 2));
  map_ = new QCPColorMap(xAxis, yAxis);
  map_->setInterpolate(false);
  map_->setTightBoundary(false);
  colorScale_ = new QCPColorScale(this);
  colorScale_->setType(QCPAxis::atRight);
  colorScale_->setBarWidth(12);
  plotLayout()->addElement(1, 1, colorScale_);
  map_->setColorScale(colorScale_);
  auto* group = new QCPMarginGroup(this);
  axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  colorScale_->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  setScale(Scale::Diverging);
  setPresenterMode(false);
  connect(this, &QCustomPlot::afterLayout, this, &HeatmapMosaic::fitRanges);
  setTiles({}, 1);  // empty until the first tiles: a blank area, not a block of colour
}

void HeatmapMosaic::setTitle(const QString& title) {
  title_->setText(title);
  title_->setVisible(!title.isEmpty());
}

void HeatmapMosaic::setScale(Scale scale) {
  scale_ = scale;
  map_->setGradient(scale == Scale::Diverging    ? divergingGradient()
                    : scale == Scale::Sequential ? sequentialGradient()
                                                 : inkGradient());
}

void HeatmapMosaic::setFixedRange(std::optional<QCPRange> range) { fixedRange_ = range; }

void HeatmapMosaic::setColorScaleVisible(bool visible) {
  colorScaleWanted_ = visible;
  colorScale_->setVisible(visible && !tiles_.empty());
  plotLayout()->setColumnStretchFactor(1, visible ? 0.01 : 0.0001);
  if (!visible) colorScale_->setMinimumSize(0, 0);
}

void HeatmapMosaic::setPresenterMode(bool presenter) {
  QFont f = font();
  f.setPointSize(basePointSize(presenter) - 1);
  f.setBold(true);
  title_->setFont(f);
  QFont tick = font();
  tick.setPointSize(basePointSize(presenter) - 2);
  colorScale_->axis()->setTickLabelFont(tick);
  colorScale_->setBarWidth(presenter ? 18 : 12);
  colorScale_->axis()->ticker()->setTickCount(4);
}

QCPRange HeatmapMosaic::dataRange() const { return map_->dataRange(); }

void HeatmapMosaic::setTiles(const std::vector<arma::fmat>& tiles, int columns, const QStringList& names) {
  tiles_ = tiles;
  names_ = names;
  arma::uword h = 0, w = 0;
  for (const arma::fmat& t : tiles) {
    h = std::max(h, t.n_rows);
    w = std::max(w, t.n_cols);
  }
  columns_ = std::max(1, std::min(columns, int(tiles.size())));
  const int rows = tiles.empty() ? 0 : int((tiles.size() + std::size_t(columns_) - 1) / std::size_t(columns_));
  tileRows_ = int(h);
  tileCols_ = int(w);
  cellsWide_ = std::max(1, columns_ * int(w) + (columns_ - 1) * kGap);
  cellsHigh_ = std::max(1, rows * int(h) + (rows - 1) * kGap);
  QCPColorMapData* data = map_->data();
  if (data->keySize() != cellsWide_ || data->valueSize() != cellsHigh_) {
    data->setSize(cellsWide_, cellsHigh_);
    data->setRange(QCPRange(0, cellsWide_ - 1), QCPRange(0, cellsHigh_ - 1));
  }
  data->fill(std::numeric_limits<double>::quiet_NaN());
  double lo = 0, hi = 0, limit = 1e-12;
  bool first = true;
  for (std::size_t t = 0; t < tiles.size(); ++t) {
    const int left = int(t % std::size_t(columns_)) * (tileCols_ + kGap);
    const int top = int(t / std::size_t(columns_)) * (tileRows_ + kGap);
    setMatrixCells(data, tiles[t], left, top);
    limit = std::max(limit, symmetricLimit(tiles[t]));
    if (!tiles[t].is_empty()) {
      lo = first ? tiles[t].min() : std::min(lo, double(tiles[t].min()));
      hi = first ? tiles[t].max() : std::max(hi, double(tiles[t].max()));
      first = false;
    }
  }
  // Nothing to show: neither the map (all NaN) nor a colour scale with a made-up range.
  map_->setVisible(!tiles.empty());
  colorScale_->setVisible(colorScaleWanted_ && !tiles.empty());
  if (fixedRange_) map_->setDataRange(*fixedRange_);
  else if (scale_ == Scale::Diverging) map_->setDataRange(QCPRange(-limit, limit));
  else map_->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1e-6));
  if (isVisible()) replot(QCustomPlot::rpQueuedReplot);  // a hidden one is redrawn when shown
}

void HeatmapMosaic::showEvent(QShowEvent* event) {
  QCustomPlot::showEvent(event);
  replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapMosaic::fitRanges() {
  // Square cells, the whole mosaic visible and centred.
  const QRect r = axisRect()->rect();
  if (r.width() <= 0 || r.height() <= 0) return;
  const double scale = std::min(r.width() / double(cellsWide_), r.height() / double(cellsHigh_));
  const double halfW = r.width() / scale / 2, halfH = r.height() / scale / 2;
  const double cx = (cellsWide_ - 1) / 2.0, cy = (cellsHigh_ - 1) / 2.0;
  xAxis->setRange(cx - halfW, cx + halfW);
  yAxis->setRange(cy - halfH, cy + halfH);
}

QString HeatmapMosaic::valueTextAt(const QPoint& position) const {
  if (tiles_.empty() || !axisRect()->rect().contains(position)) return {};
  const int x = int(std::lround(xAxis->pixelToCoord(position.x())));
  const int y = int(std::lround(yAxis->pixelToCoord(position.y())));
  if (x < 0 || y < 0 || x >= cellsWide_ || y >= cellsHigh_) return {};
  const int fromTop = flippedRow(y, cellsHigh_);
  const int tileX = x / (tileCols_ + kGap), col = x % (tileCols_ + kGap);
  const int tileY = fromTop / (tileRows_ + kGap), row = fromTop % (tileRows_ + kGap);
  const std::size_t t = std::size_t(tileY) * std::size_t(columns_) + std::size_t(tileX);
  if (t >= tiles_.size() || row >= int(tiles_[t].n_rows) || col >= int(tiles_[t].n_cols)) return {};
  const QString name = t < std::size_t(names_.size()) ? names_[int(t)] + " · " : QString();
  return QString("%1row %2, col %3: %4").arg(name).arg(row).arg(col).arg(double(tiles_[t](row, col)), 0, 'g', 5);
}

void HeatmapMosaic::mouseMoveEvent(QMouseEvent* event) {
  const QString text = valueTextAt(event->pos());
  if (text.isEmpty()) QToolTip::hideText();
  else QToolTip::showText(event->globalPosition().toPoint(), text, this);
  QCustomPlot::mouseMoveEvent(event);
}

}  // namespace cnnlab
