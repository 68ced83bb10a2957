// A matrix drawn as big cells for a projector: zero-padding border, a sliding window, per-cell
// annotations (the products), highlighted and not-yet-computed cells, and a rot180 flip animation.
// The keyboard walks its cells (arrows; Enter clicks, F2 edits) and a screen reader reads it as a
// table (ui/accessibility/matrix_grid_accessible).
#pragma once

#include <QAccessible>
#include <QColor>
#include <QHash>
#include <QPoint>
#include <QRect>
#include <QSet>
#include <QString>
#include <QWidget>

#include <armadillo>

#include "ui/type_scale.hpp"
#include <vector>

namespace cnnlab {

class MatrixGrid : public QWidget {
  Q_OBJECT

 public:
  explicit MatrixGrid(QWidget* parent = nullptr);

  // values: H × W; paddingRows/Cols zero rings are drawn around it (distinct, dashed).
  void setMatrix(const arma::mat& values, std::size_t paddingRows = 0, std::size_t paddingCols = 0);
  const arma::mat& matrix() const { return values_; }
  std::size_t paddingRows() const { return padRows_; }
  std::size_t paddingCols() const { return padCols_; }

  // A caption drawn just above the cells ("I", "rot180(K)").
  void setTitle(const QString& title);
  QString title() const { return title_; }

  // Cells shown as not yet computed: their placeholder (e.g. the letter "a") instead of the value.
  void setHidden(const QSet<QPoint>& cells, const QHash<QPoint, QString>& placeholders = {});
  // The window (in unpadded coordinates; may start inside the padding); height 0 hides it.
  void setWindow(long row, long col, std::size_t height, std::size_t width);
  // Small text drawn on a cell under its value, e.g. "1×2".
  void setAnnotations(const QHash<QPoint, QString>& annotations);
  // Strongly highlighted cells (the output cell being computed, an argmax).
  void setCurrent(const QSet<QPoint>& cells, const QColor& colour = QColor(0x1565c0));
  void setEmphasis(const QSet<QPoint>& cells);  // gold: a pool's argmax, a routed gradient
  // Softly highlighted cells (the outputs an input cell feeds).
  void setLinked(const QSet<QPoint>& cells);
  // A student's mistake (Your turn): cells in red, and the window they used as a red dashed frame
  // (unpadded coordinates; height 0 hides it).
  void setMistake(const QSet<QPoint>& cells);
  void setMistakeWindow(long row, long col, std::size_t height, std::size_t width);
  void clearMarks();

  // What is marked (for tests, exports and screen readers). Points are (column, row).
  const QSet<QPoint>& hiddenCells() const { return hidden_; }
  const QSet<QPoint>& currentCells() const { return current_; }
  const QSet<QPoint>& emphasisCells() const { return emphasis_; }
  const QSet<QPoint>& linkedCells() const { return linked_; }
  const QHash<QPoint, QString>& annotations() const { return annotations_; }
  const QSet<QPoint>& mistakeCells() const { return mistake_; }
  QRect mistakeWindow() const { return QRect(int(mistakeCol_), int(mistakeRow_), int(mistakeWidth_), int(mistakeHeight_)); }
  QRect slidingWindow() const { return QRect(int(windowCol_), int(windowRow_), int(windowWidth_), int(windowHeight_)); }

  // rot180 animation: 0 = the kernel as given, 1 = flipped horizontally, 2 = rot180.
  void setFlipProgress(double progress);
  double flipProgress() const { return flip_; }
  void setFlipSource(const arma::mat& original);  // the unrotated kernel; values_ holds rot180

  // The largest cell edge in pixels (the grid shrinks cells to fit its width/height).
  void setMaxCellSize(int pixels);
  // The smallest cell edge (default 24). Cells under 20 px are drawn as ink, darker for larger
  // values, without their numbers: a 28×28 image then fits the board as a picture of the digit.
  void setMinCellSize(int pixels);
  int cellSize() const;
  // Centre of a cell (unpadded coordinates) in widget coordinates, for tests and overlays.
  QPoint cellCentre(std::size_t row, std::size_t col) const;
  // A cell's square (unpadded coordinates) in widget coordinates.
  QRect cellRect(std::size_t row, std::size_t col) const;
  // What a cell says (unpadded coordinates): its value in full, the form the formula line writes,
  // or while hidden its placeholder ("a"; empty when it has none). For screen readers.
  QString cellText(std::size_t row, std::size_t col) const;
  // The cell under the pointer or the keyboard's (column, row), or (−1, −1).
  QPoint pointedCell() const { return QPoint(hoverCol_, hoverRow_); }

  // Every text drawn in a cell (values, placeholders, products, padding zeros) with the rectangle
  // it needs and the rectangle it is drawn in, in widget pixels: a text fits when the first lies
  // inside the second. For tests; computed with the same fonts as paintEvent.
  struct CellText {
    QString text;
    QRect needed, box;
  };
  std::vector<CellText> cellTexts() const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 signals:
  void cellClicked(int row, int col);
  void cellDoubleClicked(int row, int col);
  void cellHovered(int row, int col);  // (−1, −1) when the pointer leaves the matrix

 protected:
  void paintEvent(QPaintEvent*) override;
  void mouseMoveEvent(QMouseEvent*) override;
  void mousePressEvent(QMouseEvent*) override;
  void mouseDoubleClickEvent(QMouseEvent*) override;
  void leaveEvent(QEvent*) override;
  // Arrows move the pointed cell (as a hover does: cellHovered), Enter or Space clicks it, F2 edits it
  // (cellDoubleClicked).
  void keyPressEvent(QKeyEvent*) override;
  void focusInEvent(QFocusEvent*) override;
  void focusOutEvent(QFocusEvent*) override;

 private:
  void point(int row, int col);  // the pointed cell: drawn, announced, emitted (cellHovered)
  void announce(QAccessible::Event event) const;  // tells a screen reader, when one listens
  QRect gridRect() const;
  bool cellAt(const QPoint& position, int* row, int* col) const;  // unpadded; false outside the matrix
  void paintCells(QPainter& painter, const arma::mat& values, bool flipping);
  void paintTitle(QPainter& painter, const QString& text, const QColor& colour);
  // The pixel sizes of one grid's values and products: the widest text decides, so equal numbers
  // look equal; products that cannot be read in their cells are dropped (anyNote false), values
  // rounded to `digits` significant figures (−1: in full) or, when nothing fits, left out (showValues false).
  struct CellFonts {
    int valuePixels = 12, notePixels = 13, paddingPixels = 12;
    int digits = -1;
    bool anyNote = false, showValues = true;
    int perCellRoom = 0;  // > 0: each value as many figures as fit this many pixels (presenter mode)
  };
  CellFonts cellFonts(const arma::mat& values, bool flipping) const;
  QString shownValue(double value, const CellFonts& fonts) const;  // "" when it does not fit
  QFont valueFont(int pixels, bool bold, bool italic) const;
  QFont noteFont(int pixels) const;

  int titleHeight() const { return title_.isEmpty() ? 0 : type_scale::px(46); }

  QString title_;
  arma::mat values_, flipSource_;
  std::size_t padRows_ = 0, padCols_ = 0;
  QSet<QPoint> hidden_, current_, emphasis_, linked_, mistake_;
  long mistakeRow_ = 0, mistakeCol_ = 0;
  std::size_t mistakeHeight_ = 0, mistakeWidth_ = 0;
  QHash<QPoint, QString> placeholders_, annotations_;
  QColor currentColour_{0x1565c0};
  long windowRow_ = 0, windowCol_ = 0;
  std::size_t windowHeight_ = 0, windowWidth_ = 0;
  double flip_ = 2;
  int maxCell_ = 120;
  int minCell_ = 24;
  int hoverRow_ = -1, hoverCol_ = -1;
};

}  // namespace cnnlab
