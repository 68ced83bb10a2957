// HeatmapMosaic: many small matrices in one colour map, with a hover read-out.
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/type_scale.hpp"

#include <QAccessible>
#include <QToolTip>

#include "ui/plot/heatmap_helpers.hpp"

namespace cnnlab {

HeatmapMosaic::HeatmapMosaic(QWidget* parent) : QCustomPlot(parent) {
  setMouseTracking(true);
  // The title's lines follow the tiles' column as laid out now: fitted on a resize, the column was
  // the last layout's, and a title broken for a narrow plot stayed broken (and drawn above the
  // plot's top edge) once the plot was wide.
  connect(this, &QCustomPlot::afterLayout, this, [this] {
    if (fitTitle(width())) replot(QCustomPlot::rpQueuedReplot);
  });
  plotLayout()->insertRow(0);
  QFont titleFont(font().family());
  titleFont.setPixelSize(basePixels(false));
  titleFont.setBold(true);
  title_ = new QCPTextElement(this, "", titleFont);
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
  const bool renamed = title != titleText_;
  titleText_ = title;
  title_->setVisible(!title.isEmpty());
  fitTitle(width());
  if (renamed && QAccessible::isActive()) {
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
  }
}

// The title on one line if it fits, else broken at its " · " into as few lines as fit. The title
// sits above the tiles only, not above the colour bar.
bool HeatmapMosaic::fitTitle(int width) {
  width -= colorBarWidth();
  // Once laid out, the title's column is the tiles' (margins included): narrower than the widget.
  if (const int laidOut = axisRect()->outerRect().width(); laidOut > 0) width = std::min(width, laidOut);
  if (!cnnlab::fitTitle(title_, titleText_, width - 8)) return false;
  if (scrollingHeight_ > 0) updateGeometry();
  return true;
}

void HeatmapMosaic::setScrollingHeight(int plotHeight) {
  scrollingHeight_ = plotHeight;
  updateGeometry();
}

// About what the colour bar and its labels take beside the tiles (and the title).
int HeatmapMosaic::colorBarWidth() const {
  if (!colorScale_->visible()) return 0;
  return colorScale_->barWidth() + QFontMetrics(colorScale_->axis()->tickLabelFont()).horizontalAdvance(QString::fromUtf8("−0.00")) + 24;
}

QSize HeatmapMosaic::minimumSizeHint() const {
  return minimumSizeWithTitle(QCustomPlot::minimumSizeHint(), title_, titleText_, 8, colorBarWidth(), scrollingHeight_);
}

void HeatmapMosaic::resizeEvent(QResizeEvent* event) {
  fitTitle(event->size().width());
  QCustomPlot::resizeEvent(event);
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
  f.setPixelSize(type_scale::px(13, presenter));
  f.setBold(true);
  title_->setFont(f);
  fitTitle(width());
  QFont tick = font();
  tick.setPixelSize(type_scale::px(12, presenter));
  colorScale_->axis()->setTickLabelFont(tick);
  colorScale_->setBarWidth(presenter ? 18 : 12);
  // Half a label's height above and below the bar: QCustomPlot drops a label the widget's edge
  // would cut, and the bar's end labels sit on its ends.
  const int half = QFontMetrics(tick).height() / 2 + 2;
  axisRect()->setMargins(QMargins(2, half, 2, half));
  colorScale_->setAutoMargins(QCP::msLeft | QCP::msRight);
  colorScale_->setMargins(QMargins(0, half, 0, half));
  colorTicks_ = -1;  // the next layout decides again for the new font
}

QCPRange HeatmapMosaic::dataRange() const { return map_->dataRange(); }

void HeatmapMosaic::setTiles(const std::vector<arma::fmat>& tiles, int columns, const QStringList& names) {
  tiles_ = tiles;
  names_ = names;
  requestedColumns_ = columns;
  tileRows_ = tileCols_ = 0;
  for (const arma::fmat& t : tiles) {  // the tiles' size, which the fitted columns follow
    tileRows_ = std::max(tileRows_, int(t.n_rows));
    tileCols_ = std::max(tileCols_, int(t.n_cols));
  }
  placeTiles(columnsFitted_ ? fittedColumns() : columns);
}

void HeatmapMosaic::setColumnsFitted(bool fitted) {
  columnsFitted_ = fitted;
  if (!tiles_.empty()) placeTiles(fitted ? fittedColumns() : requestedColumns_);
}

int HeatmapMosaic::fittedColumns() const {
  const QRect r = axisRect()->rect();
  const int n = int(tiles_.size());
  if (n == 0 || r.width() <= 0 || r.height() <= 0 || tileRows_ <= 0 || tileCols_ <= 0)
    return requestedColumns_;
  int best = std::max(1, std::min(requestedColumns_, n));
  double bestScale = 0;
  for (int c = 1; c <= std::min(requestedColumns_, n); ++c) {
    const int rows = (n + c - 1) / c;
    const double wide = c * tileCols_ + (c - 1) * kGap, high = rows * tileRows_ + (rows - 1) * kGap;
    const double scale = std::min(r.width() / wide, r.height() / high);
    if (scale > bestScale * 1.001) {  // a tie keeps fewer columns
      best = c;
      bestScale = scale;
    }
  }
  return best;
}

// Lays tiles_ out `columns` to a row (setTiles measured their size into tileRows_ × tileCols_).
void HeatmapMosaic::placeTiles(int columns) {
  const std::vector<arma::fmat>& tiles = tiles_;
  columns_ = std::max(1, std::min(columns, int(tiles.size())));
  const int rows = tiles.empty() ? 0 : int((tiles.size() + std::size_t(columns_) - 1) / std::size_t(columns_));
  cellsWide_ = std::max(1, columns_ * tileCols_ + (columns_ - 1) * kGap);
  cellsHigh_ = std::max(1, rows * tileRows_ + (rows - 1) * kGap);
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
  setColorTicks(colorTicks_ < 0 ? 3 : colorTicks_);
  if (selected_ >= int(tiles_.size())) selected_ = -1;
  placeSelectedFrame();
  if (isVisible()) replot(QCustomPlot::rpQueuedReplot);  // a hidden one is redrawn when shown
}

void HeatmapMosaic::showEvent(QShowEvent* event) {
  QCustomPlot::showEvent(event);
  replot(QCustomPlot::rpQueuedReplot);
}

// The colour bar labels only its ends, and its middle when there is room: QCustomPlot's "nice"
// steps put five labels on a short bar, one on top of the other (#18).
void HeatmapMosaic::setColorTicks(int count) {
  colorTicks_ = count;
  const QCPRange range = map_->dataRange();
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  auto label = [](double v) { return QString::number(std::abs(v) < 1e-12 ? 0.0 : v, 'g', 2).replace('-', QChar(0x2212)); };
  const double inset = 1e-9 * range.size();  // just inside the range, so rounding never drops an end
  if (count >= 2) {
    ticker->addTick(range.lower + inset, label(range.lower));
    ticker->addTick(range.upper - inset, label(range.upper));
  }
  if (count == 3) ticker->addTick(range.center(), label(range.center()));
  colorScale_->axis()->setTicker(ticker);
  colorScale_->axis()->setTickLabels(count > 0);
}

// After each layout, when the bar's height is known: as many labels as fit a line apart. A change
// shows from the next replot, which it queues.
void HeatmapMosaic::fitColorTicks() {
  if (!colorScale_->visible()) return;
  const double line = QFontMetricsF(colorScale_->axis()->tickLabelFont()).height();
  const int height = colorScale_->rect().height();
  const int wanted = height >= 2.4 * line ? 3 : height >= 1.2 * line ? 2 : 0;
  if (wanted == colorTicks_) return;
  setColorTicks(wanted);
  if (isVisible()) replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapMosaic::fitRanges() {
  if (columnsFitted_ && !tiles_.empty())
    if (const int columns = fittedColumns(); columns != columns_) placeTiles(columns);
  fitColorTicks();
  // Square cells, the whole mosaic visible and centred.
  const QRect r = axisRect()->rect();
  if (r.width() <= 0 || r.height() <= 0) return;
  const double scale = std::min(r.width() / double(cellsWide_), r.height() / double(cellsHigh_));
  const double halfW = r.width() / scale / 2, halfH = r.height() / scale / 2;
  const double cx = (cellsWide_ - 1) / 2.0, cy = (cellsHigh_ - 1) / 2.0;
  xAxis->setRange(cx - halfW, cx + halfW);
  yAxis->setRange(cy - halfH, cy + halfH);
}

// The tile under a widget position and the cell within it (row or column past the tile's own when
// the position is on the gap after it), or nothing outside every tile.
std::optional<HeatmapMosaic::CellAt> HeatmapMosaic::cellAt(const QPoint& position) const {
  if (tiles_.empty() || !axisRect()->rect().contains(position)) return std::nullopt;
  const int x = int(std::lround(xAxis->pixelToCoord(position.x())));
  const int y = int(std::lround(yAxis->pixelToCoord(position.y())));
  if (x < 0 || y < 0 || x >= cellsWide_ || y >= cellsHigh_) return std::nullopt;
  const int fromTop = flippedRow(y, cellsHigh_);
  const int tileX = x / (tileCols_ + kGap), col = x % (tileCols_ + kGap);
  const int tileY = fromTop / (tileRows_ + kGap), row = fromTop % (tileRows_ + kGap);
  const std::size_t t = std::size_t(tileY) * std::size_t(columns_) + std::size_t(tileX);
  if (t >= tiles_.size()) return std::nullopt;
  return CellAt{t, row, col};
}

QString HeatmapMosaic::valueTextAt(const QPoint& position) const {
  const std::optional<CellAt> at = cellAt(position);
  if (!at || at->row >= int(tiles_[at->tile].n_rows) || at->col >= int(tiles_[at->tile].n_cols)) return {};
  const std::size_t t = at->tile;
  const QString name = t < std::size_t(names_.size()) ? names_[int(t)] + " · " : QString();
  return tr("%1row %2, col %3: %4").arg(name).arg(at->row).arg(at->col).arg(double(tiles_[t](at->row, at->col)), 0, 'g', 5);
}

int HeatmapMosaic::tileAt(const QPoint& position) const {
  const std::optional<CellAt> at = cellAt(position);
  return at ? int(at->tile) : -1;
}

QString HeatmapMosaic::tileName(int tile) const {
  if (tile < 0 || std::size_t(tile) >= tiles_.size()) return {};
  return tile < names_.size() && !names_[tile].isEmpty() ? names_[tile] : tr("tile %1").arg(tile + 1);
}

void HeatmapMosaic::setHovered(const QString& text) {
  if (text == hovered_) return;
  hovered_ = text;
  if (QAccessible::isActive()) {
    QAccessibleValueChangeEvent event(this, text);
    QAccessible::updateAccessibility(&event);
  }
}

void HeatmapMosaic::setSelectedTile(int tile) {
  selected_ = tile >= 0 && std::size_t(tile) < tiles_.size() ? tile : -1;
  placeSelectedFrame();
  if (isVisible()) replot(QCustomPlot::rpQueuedReplot);
}

// The frame sits half a cell outside the tile, in the cells' own coordinates (so it follows resizes).
void HeatmapMosaic::placeSelectedFrame() {
  if (!selectedFrame_) {
    selectedFrame_ = new QCPItemRect(this);
    selectedFrame_->setPen(QPen(QColor(0x21, 0x21, 0x21), 3));
    selectedFrame_->setBrush(Qt::NoBrush);
  }
  selectedFrame_->setVisible(selected_ >= 0);
  if (selected_ < 0) return;
  const int left = (selected_ % columns_) * (tileCols_ + kGap);
  const int top = (selected_ / columns_) * (tileRows_ + kGap);
  selectedFrame_->topLeft->setCoords(left - 0.5, flippedRow(top, cellsHigh_) + 0.5);
  selectedFrame_->bottomRight->setCoords(left + tileCols_ - 0.5, flippedRow(top + tileRows_ - 1, cellsHigh_) - 0.5);
}

void HeatmapMosaic::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton)
    if (const int tile = tileAt(event->pos()); tile >= 0) emit tileClicked(tile);
  QCustomPlot::mousePressEvent(event);
}

void HeatmapMosaic::mouseMoveEvent(QMouseEvent* event) {
  const QString text = valueTextAt(event->pos());
  if (text.isEmpty()) QToolTip::hideText();
  else QToolTip::showText(event->globalPosition().toPoint(), text, this);
  setHovered(text);
  QCustomPlot::mouseMoveEvent(event);
}

void HeatmapMosaic::leaveEvent(QEvent* event) {
  setHovered({});
  QCustomPlot::leaveEvent(event);
}

}  // namespace cnnlab
