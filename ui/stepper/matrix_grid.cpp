// MatrixGrid: big matrix cells with the stepper's marks, painted with QPainter.
#include "ui/stepper/matrix_grid.hpp"
#include "ui/type_scale.hpp"
#include "ui/palette.hpp"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "engine/teaching/correlation.hpp"

namespace cnnlab {

namespace {
const QColor kBorder(0x37474f);
const QColor kWindow(0xe65100);
const QColor kLinked(0x2e7d32);    // dashed: the outputs the pointed input cell feeds
const QColor kEmphasis(0xf9a825);  // gold: a pool's argmax, a routed gradient
const QColor kHover(0x2e7d32);     // the pointed cell
const QColor kMistake(palette::kError);  // a student's wrong cell or window (Your turn)
const QColor kHiddenFill(0xf3f4f6);

QString number(double value) { return QString::fromStdString(formatNumber(value)); }

// A value as a cell shows it: in full (digits < 0, the formula's 4 significant figures), or to
// that many significant figures when the full form does not fit (a trained network's weights):
// −0.006192 becomes −0.0062 or −0.006, never "0", and the formula line keeps every digit (#23).
QString cellValue(double value, int digits) {
  if (digits < 0 || value == 0) return number(value);
  // A large value keeps its whole digits (12 and 100, not 1e+01 or 1e+02 for 9.6 and 99.7); a tiny
  // one is written as the formula writes it, with a true minus in its exponent.
  QString rounded = QString::number(std::abs(value), 'g', digits);
  if (rounded.contains("e+")) rounded = QString::number(std::round(std::abs(value)), 'f', 0);
  rounded.replace("e-", QString("e") + QChar(0x2212));
  return (value < 0 ? QString(QChar(0x2212)) : QString()) + rounded;
}
}  // namespace

MatrixGrid::MatrixGrid(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  setFocusPolicy(Qt::StrongFocus);  // the keyboard walks the cells: what a hover shows, without a mouse
}

void MatrixGrid::setMatrix(const arma::mat& values, std::size_t paddingRows, std::size_t paddingCols) {
  const bool reshaped = values.n_rows != values_.n_rows || values.n_cols != values_.n_cols;
  values_ = values;
  padRows_ = paddingRows;
  padCols_ = paddingCols;
  flipSource_.reset();
  flip_ = 2;
  if (hoverRow_ >= int(values_.n_rows) || hoverCol_ >= int(values_.n_cols)) hoverRow_ = hoverCol_ = -1;
  updateGeometry();
  update();
  if (reshaped) {
    if (QAccessible::isActive()) {
      QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::ModelReset);
      QAccessible::updateAccessibility(&event);
    }
  } else {
    announce(QAccessible::ValueChanged);
  }
}

void MatrixGrid::setTitle(const QString& title) {
  const bool renamed = title != title_;
  title_ = title;
  updateGeometry();
  update();
  if (renamed) announce(QAccessible::NameChanged);
}

void MatrixGrid::setHidden(const QSet<QPoint>& cells, const QHash<QPoint, QString>& placeholders) {
  hidden_ = cells;
  placeholders_ = placeholders;
  update();
  announce(QAccessible::ValueChanged);
}

void MatrixGrid::setWindow(long row, long col, std::size_t height, std::size_t width) {
  windowRow_ = row;
  windowCol_ = col;
  windowHeight_ = height;
  windowWidth_ = width;
  update();
}

void MatrixGrid::setAnnotations(const QHash<QPoint, QString>& annotations) {
  annotations_ = annotations;
  update();
}

void MatrixGrid::setCurrent(const QSet<QPoint>& cells, const QColor& colour) {
  const bool moved = cells != current_;
  current_ = cells;
  currentColour_ = colour;
  update();
  if (moved) announce(QAccessible::SelectionWithin);
}

void MatrixGrid::setEmphasis(const QSet<QPoint>& cells) {
  emphasis_ = cells;
  update();
}

void MatrixGrid::setLinked(const QSet<QPoint>& cells) {
  linked_ = cells;
  update();
}

void MatrixGrid::setMistake(const QSet<QPoint>& cells) {
  mistake_ = cells;
  update();
}

void MatrixGrid::setMistakeWindow(long row, long col, std::size_t height, std::size_t width) {
  mistakeRow_ = row;
  mistakeCol_ = col;
  mistakeHeight_ = height;
  mistakeWidth_ = width;
  update();
}

void MatrixGrid::clearMarks() {
  hidden_.clear();
  mistake_.clear();
  mistakeHeight_ = mistakeWidth_ = 0;
  current_.clear();
  emphasis_.clear();
  linked_.clear();
  placeholders_.clear();
  annotations_.clear();
  windowHeight_ = windowWidth_ = 0;
  update();
}

void MatrixGrid::setFlipProgress(double progress) {
  flip_ = std::clamp(progress, 0.0, 2.0);
  update();
}

void MatrixGrid::setFlipSource(const arma::mat& original) {
  flipSource_ = original;
  update();
}

void MatrixGrid::setMaxCellSize(int pixels) {
  maxCell_ = std::max(24, pixels);
  updateGeometry();
  update();
}

void MatrixGrid::setMinCellSize(int pixels) {
  minCell_ = std::clamp(pixels, 3, 24);
  updateGeometry();
  update();
}

int MatrixGrid::cellSize() const {
  const int cols = int(values_.n_cols + 2 * padCols_), rows = int(values_.n_rows + 2 * padRows_);
  if (cols == 0 || rows == 0) return maxCell_;
  const int fit = std::min((width() - 8) / cols, (height() - 8 - titleHeight()) / rows);
  return std::clamp(fit, minCell_, maxCell_);
}

QRect MatrixGrid::gridRect() const {
  const int cell = cellSize();
  const int cols = int(values_.n_cols + 2 * padCols_), rows = int(values_.n_rows + 2 * padRows_);
  const QSize size(cols * cell, rows * cell);
  const int top = titleHeight() + (height() - titleHeight() - size.height()) / 2;
  return QRect(QPoint((width() - size.width()) / 2, top), size);
}

QPoint MatrixGrid::cellCentre(std::size_t row, std::size_t col) const {
  const int cell = cellSize();
  const QRect grid = gridRect();
  return grid.topLeft() + QPoint(int(col + padCols_) * cell + cell / 2, int(row + padRows_) * cell + cell / 2);
}

QRect MatrixGrid::cellRect(std::size_t row, std::size_t col) const {
  const int cell = cellSize();
  const QRect grid = gridRect();
  return QRect(grid.left() + int(col + padCols_) * cell, grid.top() + int(row + padRows_) * cell, cell, cell);
}

QString MatrixGrid::cellText(std::size_t row, std::size_t col) const {
  if (row >= values_.n_rows || col >= values_.n_cols) return {};
  const QPoint key{int(col), int(row)};
  return hidden_.contains(key) ? placeholders_.value(key) : number(values_(row, col));
}

QSize MatrixGrid::sizeHint() const {
  const int cols = int(values_.n_cols + 2 * padCols_), rows = int(values_.n_rows + 2 * padRows_);
  return QSize(std::max(1, cols) * maxCell_ + 8, std::max(1, rows) * maxCell_ + 8 + titleHeight());
}

QSize MatrixGrid::minimumSizeHint() const {
  const int cols = int(values_.n_cols + 2 * padCols_), rows = int(values_.n_rows + 2 * padRows_);
  return QSize(std::max(1, cols) * minCell_ + 8, std::max(1, rows) * minCell_ + 8 + titleHeight());
}

bool MatrixGrid::cellAt(const QPoint& position, int* row, int* col) const {
  const QRect grid = gridRect();
  if (!grid.contains(position) || values_.is_empty()) return false;
  const int cell = cellSize();
  const int r = (position.y() - grid.top()) / cell - int(padRows_);
  const int c = (position.x() - grid.left()) / cell - int(padCols_);
  if (r < 0 || c < 0 || r >= int(values_.n_rows) || c >= int(values_.n_cols)) return false;
  *row = r;
  *col = c;
  return true;
}

QFont MatrixGrid::valueFont(int pixels, bool bold, bool italic) const {
  QFont f = font();
  f.setPixelSize(pixels);
  f.setBold(bold);
  f.setItalic(italic);
  return f;
}

QFont MatrixGrid::noteFont(int pixels) const {
  QFont f = font();
  f.setBold(true);
  f.setPixelSize(pixels);
  return f;
}

MatrixGrid::CellFonts MatrixGrid::cellFonts(const arma::mat& values, bool flipping) const {
  const int cell = cellSize();
  // Smaller products are unreadable on a projector; in presenter mode, under 1/40 of the screen.
  const int kReadableNotePixels = type_scale::smallestCellPixels(13);
  const int kReadableValuePixels = type_scale::smallestCellPixels(12),
            kSmallestValuePixels = type_scale::smallestCellPixels(9);
  const QFontMetrics readableNote(noteFont(kReadableNotePixels));
  int longestNote = 0;
  for (const QString& note : annotations_) longestNote = std::max(longestNote, readableNote.horizontalAdvance(note));
  CellFonts fonts;
  // Products too long for their cells (a trained network's 4-digit weights) are left to the
  // formula line under the grids, which writes every one of them out; the values grow instead.
  // A note sits in the lower 45 % of its cell (paintCells): it must fit there in height as well.
  fonts.anyNote = !flipping && !annotations_.isEmpty() && longestNote <= cell - 6 &&
                  readableNote.height() <= cell - int(cell * 0.55) - 2;
  fonts.valuePixels = std::max(kReadableValuePixels, std::min(int(cell * (fonts.anyNote ? 0.36 : 0.42)), 44));
  fonts.notePixels = std::max(kReadableNotePixels, std::min(int(cell * 0.22), 28));
  auto valueWidth = [&](int pixels, int digits) {
    // Bold is the widest style a value is drawn in (the current cell).
    const QFontMetrics metrics(valueFont(pixels, true, false));
    int w = 0;
    for (arma::uword i = 0; i < values.n_elem; ++i)
      w = std::max(w, metrics.horizontalAdvance(cellValue(values(i), digits)));
    return w;
  };
  // Values shrink to a readable size, then are rounded to 3, 2, then 1 significant figure; if even
  // that does not fit at the smallest size, the cells stay empty rather than clip (#18). In presenter
  // mode nothing shrinks below 1/40 of the screen (#23), a value may use the cell to 2 px of its
  // frame, and a grid is not rounded to one figure as a whole: that made the softmax Jacobian's
  // 0.22 and 0.18 both "0.2" (a row visibly not summing to 0). Where two figures do not fit every
  // cell, each value takes as many as its cell holds; one that fits none (LeNet-5's 5×5 kernel at
  // 720p) leaves its cell to its colour, its value in the formula line.
  const bool presenter = type_scale::presenter();
  const int margin = presenter ? 4 : 8;
  const int largest = fonts.valuePixels;
  bool fitted = false;
  for (const int digits : {-1, 3, 2, 1}) {
    if (presenter && digits == 1) break;  // one figure for all: each cell its own instead (below)
    fonts.digits = digits;
    for (fonts.valuePixels = largest; fonts.valuePixels >= kReadableValuePixels; --fonts.valuePixels)
      if (valueWidth(fonts.valuePixels, digits) <= cell - margin) break;
    if ((fitted = fonts.valuePixels >= kReadableValuePixels)) break;
  }
  if (!fitted && presenter) {
    // Each value with as many figures as its cell holds at the readable size (J's 3×3 at 720p:
    // 0.22, −0.16, −0.06), rather than one figure for all or none at all.
    fonts.valuePixels = kReadableValuePixels;
    fonts.perCellRoom = cell - margin;
    fonts.showValues = QFontMetrics(valueFont(kReadableValuePixels, true, false)).height() <= cell;
  } else if (!fitted) {
    fonts.valuePixels = kSmallestValuePixels;
    fonts.digits = 1;
    fonts.showValues = valueWidth(kSmallestValuePixels, 1) <= cell - 4 &&
                       QFontMetrics(valueFont(kSmallestValuePixels, true, false)).height() <= cell;
  }
  auto noteWidth = [&](int pixels) {
    const QFontMetrics metrics(noteFont(pixels));
    int w = 0;
    for (const QString& note : annotations_) w = std::max(w, metrics.horizontalAdvance(note));
    return w;
  };
  while (fonts.anyNote && fonts.notePixels > kReadableNotePixels && noteWidth(fonts.notePixels) > cell - 6)
    --fonts.notePixels;
  fonts.paddingPixels = std::max(kReadableValuePixels, std::min(fonts.valuePixels, std::clamp(int(cell * 0.36), 12, 40)));
  return fonts;
}

QString MatrixGrid::shownValue(double value, const CellFonts& fonts) const {
  if (!fonts.showValues) return {};
  if (fonts.perCellRoom <= 0) return cellValue(value, fonts.digits);
  const QFontMetrics metrics(valueFont(fonts.valuePixels, true, false));
  for (const int digits : {-1, 3, 2, 1})
    if (const QString text = cellValue(value, digits); metrics.horizontalAdvance(text) <= fonts.perCellRoom) return text;
  return {};
}

std::vector<MatrixGrid::CellText> MatrixGrid::cellTexts() const {
  std::vector<CellText> texts;
  if (values_.is_empty()) return texts;
  const CellFonts fonts = cellFonts(values_, false);
  const int cell = cellSize();
  const QRect grid = gridRect();
  const int rows = int(values_.n_rows + 2 * padRows_), cols = int(values_.n_cols + 2 * padCols_);
  auto add = [&](const QString& text, const QFont& font, const QRect& box, Qt::Alignment align) {
    if (text.isEmpty()) return;
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text), metrics.height());
    QRect needed(QPoint(), size);
    needed.moveCenter(box.center());
    if (align & Qt::AlignTop) needed.moveTop(box.top());
    texts.push_back({text, needed, box});
  };
  for (int pr = 0; pr < rows; ++pr)
    for (int pc = 0; pc < cols; ++pc) {
      const int r = pr - int(padRows_), c = pc - int(padCols_);
      const QRect box(grid.left() + pc * cell, grid.top() + pr * cell, cell, cell);
      if (r < 0 || c < 0 || r >= int(values_.n_rows) || c >= int(values_.n_cols)) {
        add("0", valueFont(fonts.paddingPixels, false, true), box, Qt::AlignCenter);
        continue;
      }
      const QPoint key(c, r);
      const bool hidden = hidden_.contains(key);
      const QString note = fonts.anyNote ? annotations_.value(key) : QString();
      const QRect valueBox = note.isEmpty() ? box : box.adjusted(0, 2, 0, -int(cell * 0.40));
      add(hidden ? placeholders_.value(key) : shownValue(values_(r, c), fonts),
          valueFont(fonts.valuePixels, current_.contains(key), hidden), valueBox, Qt::AlignCenter);
      add(note, noteFont(fonts.notePixels), box.adjusted(2, int(cell * 0.55), -2, -2), Qt::AlignHCenter | Qt::AlignTop);
    }
  return texts;
}

void MatrixGrid::paintCells(QPainter& painter, const arma::mat& values, bool flipping) {
  const int cell = cellSize();
  const QRect grid = gridRect();
  const int rows = int(values.n_rows + 2 * padRows_), cols = int(values.n_cols + 2 * padCols_);
  const CellFonts fonts = cellFonts(values, flipping);
  const double limit = values.is_empty() ? 0 : std::max(std::abs(values.min()), std::abs(values.max()));  // ± the grid's scale
  for (int pr = 0; pr < rows; ++pr)
    for (int pc = 0; pc < cols; ++pc) {
      const int r = pr - int(padRows_), c = pc - int(padCols_);
      const QRect box(grid.left() + pc * cell, grid.top() + pr * cell, cell, cell);
      const bool inside = r >= 0 && c >= 0 && r < int(values.n_rows) && c < int(values.n_cols);
      const QPoint key(c, r);
      QString text, note;
      if (!inside) {
        // Zero padding: hatched, dashed and grey, so it never looks like input.
        painter.fillRect(box, QColor(0xeceff1));
        painter.fillRect(box, QBrush(QColor(0xcfd8dc), Qt::BDiagPattern));
        painter.setPen(QPen(QColor(0x90a4ae), 2, Qt::DashLine));
        painter.drawRect(box.adjusted(1, 1, -1, -1));
        painter.setFont(valueFont(fonts.paddingPixels, false, true));
        painter.setPen(QColor(0x78909c));
        painter.drawText(box, Qt::AlignCenter, "0");
        continue;
      }
      // The value's colour on the signed scale (#23), its number written on it; the marks are frames
      // around it, so a cell's colour always means its value, as in the plots and on the page.
      QColor fill = palette::divergingColour(values(r, c), limit), ink = palette::readableInk(fill);
      const bool hidden = !flipping && hidden_.contains(key);
      text = hidden ? placeholders_.value(key) : shownValue(values(r, c), fonts);
      if (fonts.anyNote) note = annotations_.value(key);
      if (hidden) {  // not computed yet: no value, so no colour
        fill = kHiddenFill;
        ink = QColor(0x9e9e9e);
      }
      if (cell < 20) {
        // Too small for a number (a picture of a digit): ink from white (the smallest value) to black.
        const double low = values.min(), high = values.max();
        const double share = high > low ? (values(r, c) - low) / (high - low) : 0;
        const int grey = int(std::lround(255 * (1 - share)));
        painter.fillRect(box, QColor(grey, grey, grey));
        continue;
      }
      painter.fillRect(box, fill);
      painter.setPen(QPen(kBorder, 2));
      painter.drawRect(box.adjusted(1, 1, -1, -1));
      auto frame = [&](const QColor& colour, int width, Qt::PenStyle style = Qt::SolidLine) {
        const int inset = width / 2 + 2, halo = inset + width / 2 + 1;
        // A white line just inside every mark: the blue current-cell frame on a dark-blue (negative)
        // cell, or gold on dark red, all but vanished on the projector.
        painter.setPen(QPen(Qt::white, 2));
        painter.drawRect(box.adjusted(halo, halo, -halo, -halo));
        painter.setPen(QPen(colour, width, style));
        painter.drawRect(box.adjusted(inset, inset, -inset, -inset));
      };
      if (!flipping) {
        if (linked_.contains(key)) frame(kLinked, 4, Qt::DashLine);
        if (emphasis_.contains(key)) frame(kEmphasis, 6);
        if (current_.contains(key)) frame(currentColour_, 6);
        if (mistake_.contains(key)) frame(kMistake, 6, Qt::DashLine);  // Your turn: a cell the student used wrongly
        if (r == hoverRow_ && c == hoverCol_) frame(kHover, 4);
      }
      // The value: as large as the cell allows (≥ 28 px on the notes' examples), shrunk to fit.
      painter.setFont(valueFont(fonts.valuePixels, current_.contains(key), hidden));
      painter.setPen(ink);
      const QRect valueBox = note.isEmpty() ? box : box.adjusted(0, 2, 0, -int(cell * 0.40));
      painter.drawText(valueBox, Qt::AlignCenter, text);
      if (!note.isEmpty()) {
        painter.setFont(noteFont(fonts.notePixels));
        painter.setPen(ink);
        painter.drawText(box.adjusted(2, int(cell * 0.55), -2, -2), Qt::AlignHCenter | Qt::AlignTop, note);
      }
    }
  if (!flipping && windowHeight_ > 0) {
    const QRect window(grid.left() + int(windowCol_ + long(padCols_)) * cell,
                       grid.top() + int(windowRow_ + long(padRows_)) * cell, int(windowWidth_) * cell,
                       int(windowHeight_) * cell);
    painter.setPen(QPen(kWindow, 6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(window.adjusted(2, 2, -2, -2));
  }
  if (!flipping && mistakeHeight_ > 0) {
    const QRect window(grid.left() + int(mistakeCol_ + long(padCols_)) * cell,
                       grid.top() + int(mistakeRow_ + long(padRows_)) * cell, int(mistakeWidth_) * cell,
                       int(mistakeHeight_) * cell);
    painter.setPen(QPen(kMistake, 5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(window.adjusted(6, 6, -6, -6));
  }
}

void MatrixGrid::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  if (values_.is_empty()) return;
  if (flip_ < 2 && !flipSource_.is_empty() && flipSource_.n_rows == values_.n_rows &&
      flipSource_.n_cols == values_.n_cols) {
    // rot180 = horizontal flip, then vertical flip (notes): squash to 0 and open mirrored.
    const double phase = flip_ < 1 ? flip_ : flip_ - 1;
    const double scale = std::max(0.02, std::abs(1 - 2 * phase));
    arma::mat shown = flip_ < 1 ? (phase < 0.5 ? flipSource_ : arma::mat(arma::fliplr(flipSource_)))
                                : (phase < 0.5 ? arma::mat(arma::fliplr(flipSource_)) : values_);
    const QPointF centre = QRectF(gridRect()).center();
    painter.translate(centre);
    if (flip_ < 1) painter.scale(scale, 1);
    else painter.scale(1, scale);
    painter.translate(-centre);
    paintCells(painter, shown, true);
    painter.resetTransform();
    if (!title_.isEmpty()) paintTitle(painter, tr("rotating 180°…"), QColor(0xe65100));
    return;
  }
  paintCells(painter, values_, false);
  if (hasFocus()) {  // where the keyboard is: a frame around the whole matrix
    painter.setPen(QPen(QColor(0x2e7d32), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(gridRect().adjusted(-3, -3, 2, 2));
  }
  if (!title_.isEmpty()) paintTitle(painter, title_, QColor(0x212121));
}

// The title above the grid at 28 px (presenter: the type scale's), smaller where a long one (German's
// "I  (mit Nullen aufgefüllt)") would run past the grid's edges, never under the readable size; one
// that is still too wide is elided rather than cut.
void MatrixGrid::paintTitle(QPainter& painter, const QString& text, const QColor& colour) {
  QFont titleFont = font();
  titleFont.setBold(true);
  const int smallest = type_scale::px(type_scale::kBody);
  int pixels = type_scale::px(28);
  for (titleFont.setPixelSize(pixels); pixels > smallest && QFontMetrics(titleFont).horizontalAdvance(text) > width();)
    titleFont.setPixelSize(--pixels);
  painter.setFont(titleFont);
  painter.setPen(colour);
  const QRect grid = gridRect();
  painter.drawText(QRect(0, grid.top() - titleHeight(), width(), titleHeight() - 6), Qt::AlignHCenter | Qt::AlignBottom,
                   QFontMetrics(titleFont).elidedText(text, Qt::ElideRight, width()));
}

void MatrixGrid::point(int row, int col) {
  if (row == hoverRow_ && col == hoverCol_) return;
  hoverRow_ = row;
  hoverCol_ = col;
  update();
  emit cellHovered(row, col);
  if (row >= 0 && hasFocus()) announce(QAccessible::Focus);
}

void MatrixGrid::announce(QAccessible::Event event) const {
  if (!QAccessible::isActive()) return;
  QAccessibleInterface* grid = QAccessible::queryAccessibleInterface(const_cast<MatrixGrid*>(this));
  if (!grid) return;
  // Focus goes to the pointed cell itself (a table's cells have no widget of their own).
  if (QAccessibleTableInterface* table = grid->tableInterface(); table && event == QAccessible::Focus)
    if (QAccessibleInterface* cell = table->cellAt(hoverRow_, hoverCol_)) {
      QAccessibleEvent focus(cell, QAccessible::Focus);
      QAccessible::updateAccessibility(&focus);
      return;
    }
  QAccessibleEvent changed(grid, event);
  QAccessible::updateAccessibility(&changed);
}

void MatrixGrid::mouseMoveEvent(QMouseEvent* event) {
  int r = -1, c = -1;
  if (!cellAt(event->position().toPoint(), &r, &c)) r = c = -1;
  point(r, c);
}

void MatrixGrid::leaveEvent(QEvent*) {
  if (!hasFocus()) point(-1, -1);  // the keyboard's cell stays while it has the focus
}

void MatrixGrid::focusInEvent(QFocusEvent* event) {
  QWidget::focusInEvent(event);
  // By the keyboard: start on the current cell (the one being computed), else the first.
  if (event->reason() != Qt::MouseFocusReason && hoverRow_ < 0 && !values_.is_empty()) {
    QPoint start(0, 0);
    for (const QPoint& p : current_)
      if (p.y() >= 0 && p.x() >= 0 && p.y() < int(values_.n_rows) && p.x() < int(values_.n_cols)) start = p;
    point(start.y(), start.x());
  }
  update();
}

void MatrixGrid::focusOutEvent(QFocusEvent* event) {
  QWidget::focusOutEvent(event);
  if (!underMouse()) point(-1, -1);
  update();
}

void MatrixGrid::keyPressEvent(QKeyEvent* event) {
  if (values_.is_empty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
    QWidget::keyPressEvent(event);
    return;
  }
  const int rows = int(values_.n_rows), cols = int(values_.n_cols);
  int r = std::max(0, hoverRow_), c = std::max(0, hoverCol_);
  switch (event->key()) {
    case Qt::Key_Left: c = std::max(0, c - 1); break;
    case Qt::Key_Right: c = std::min(cols - 1, c + 1); break;
    case Qt::Key_Up: r = std::max(0, r - 1); break;
    case Qt::Key_Down: r = std::min(rows - 1, r + 1); break;
    case Qt::Key_Home: c = 0; break;
    case Qt::Key_End: c = cols - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
      if (hoverRow_ >= 0) emit cellClicked(hoverRow_, hoverCol_);
      return;
    case Qt::Key_F2:
      if (hoverRow_ >= 0) emit cellDoubleClicked(hoverRow_, hoverCol_);
      return;
    default: QWidget::keyPressEvent(event); return;
  }
  point(r, c);
}

void MatrixGrid::mousePressEvent(QMouseEvent* event) {
  int r = -1, c = -1;
  if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &r, &c)) emit cellClicked(r, c);
}

void MatrixGrid::mouseDoubleClickEvent(QMouseEvent* event) {
  int r = -1, c = -1;
  if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &r, &c)) emit cellDoubleClicked(r, c);
}

}  // namespace cnnlab
