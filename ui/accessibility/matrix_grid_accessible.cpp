// MatrixGridAccessible: a MatrixGrid's cells as a table for screen readers.
#include "ui/accessibility/matrix_grid_accessible.hpp"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

#include "ui/accessibility/matrix_cell_accessible.hpp"
#include "ui/stepper/matrix_grid.hpp"

namespace cnnlab {

MatrixGridAccessible::MatrixGridAccessible(MatrixGrid* grid) : QAccessibleWidget(grid, QAccessible::Table) {}

MatrixGridAccessible::~MatrixGridAccessible() { forgetCells(); }

MatrixGrid* MatrixGridAccessible::grid() const { return static_cast<MatrixGrid*>(widget()); }

void* MatrixGridAccessible::interface_cast(QAccessible::InterfaceType type) {
  if (type == QAccessible::TableInterface) return static_cast<QAccessibleTableInterface*>(this);
  return QAccessibleWidget::interface_cast(type);
}

QString MatrixGridAccessible::text(QAccessible::Text text) const {
  const MatrixGrid* g = grid();
  switch (text) {
    case QAccessible::Name:
      if (!g->accessibleName().isEmpty()) return g->accessibleName();
      return g->title().isEmpty() ? tr("Matrix") : tr("Matrix %1").arg(g->title());
    case QAccessible::Description: {
      if (!g->accessibleDescription().isEmpty()) return g->accessibleDescription();
      const arma::mat& m = g->matrix();
      QStringList parts{tr("%1 rows by %2 columns").arg(m.n_rows).arg(m.n_cols)};
      if (g->paddingRows() || g->paddingCols())
        parts << tr("zero-padded by %1 rows and %2 columns").arg(g->paddingRows()).arg(g->paddingCols());
      if (const QRect w = g->slidingWindow(); w.height() > 0)
        // Counted from 1, as the stepper's own texts count.
        parts << tr("window on %1, %2")
                     .arg(w.height() == 1 ? tr("row %1").arg(w.y() + 1) : tr("rows %1 to %2").arg(w.y() + 1).arg(w.bottom() + 1),
                          w.width() == 1 ? tr("column %1").arg(w.x() + 1) : tr("columns %1 to %2").arg(w.x() + 1).arg(w.right() + 1));
      for (const QPoint& p : g->currentCells())
        if (p.y() >= 0 && p.x() >= 0 && std::size_t(p.y()) < m.n_rows && std::size_t(p.x()) < m.n_cols)
          parts << tr("current cell row %1, column %2: %3")
                       .arg(p.y() + 1)
                       .arg(p.x() + 1)
                       .arg(g->cellText(std::size_t(p.y()), std::size_t(p.x())));
      if (const qsizetype hidden = g->hiddenCells().size(); hidden > 0)
        parts << tr("%1 cells not yet computed").arg(hidden);
      parts << tr("arrow keys move between cells");
      return parts.join(QStringLiteral("; "));
    }
    default:
      return QAccessibleWidget::text(text);
  }
}

int MatrixGridAccessible::rowCount() const { return int(grid()->matrix().n_rows); }
int MatrixGridAccessible::columnCount() const { return int(grid()->matrix().n_cols); }
int MatrixGridAccessible::childCount() const { return rowCount() * columnCount(); }

QAccessibleInterface* MatrixGridAccessible::child(int index) const {
  const int columns = columnCount();
  if (index < 0 || columns == 0 || index >= childCount()) return nullptr;
  return cellAt(index / columns, index % columns);
}

int MatrixGridAccessible::indexOfChild(const QAccessibleInterface* child) const {
  if (!child || child->role() != QAccessible::Cell) return -1;
  auto* cell = const_cast<QAccessibleInterface*>(child)->tableCellInterface();
  if (!cell || cell->table() != this) return -1;
  if (cell->rowIndex() >= rowCount() || cell->columnIndex() >= columnCount()) return -1;
  return cell->rowIndex() * columnCount() + cell->columnIndex();
}

QAccessibleInterface* MatrixGridAccessible::childAt(int x, int y) const {
  const MatrixGrid* g = grid();
  const QPoint local = g->mapFromGlobal(QPoint(x, y));
  for (int r = 0; r < rowCount(); ++r)
    for (int c = 0; c < columnCount(); ++c)
      if (g->cellRect(std::size_t(r), std::size_t(c)).contains(local)) return cellAt(r, c);
  return nullptr;
}

QAccessibleInterface* MatrixGridAccessible::focusChild() const {
  const MatrixGrid* g = grid();
  const QPoint pointed = g->pointedCell();
  if (g->hasFocus() && pointed.y() >= 0) return cellAt(pointed.y(), pointed.x());
  return nullptr;
}

QAccessibleInterface* MatrixGridAccessible::cellAt(int row, int column) const {
  if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return nullptr;
  const QPoint key(column, row);
  if (const auto found = cells_.constFind(key); found != cells_.constEnd())
    if (QAccessibleInterface* cell = QAccessible::accessibleInterface(*found)) return cell;
  auto* cell = new MatrixCellAccessible(grid(), row, column);
  cells_.insert(key, QAccessible::registerAccessibleInterface(cell));
  return cell;
}

int MatrixGridAccessible::selectedCellCount() const { return int(selectedCells().size()); }

QList<QAccessibleInterface*> MatrixGridAccessible::selectedCells() const {
  QList<QAccessibleInterface*> cells;
  for (const QPoint& p : grid()->currentCells())
    if (QAccessibleInterface* cell = cellAt(p.y(), p.x())) cells << cell;
  return cells;
}

QString MatrixGridAccessible::columnDescription(int column) const { return tr("column %1").arg(column + 1); }
QString MatrixGridAccessible::rowDescription(int row) const { return tr("row %1").arg(row + 1); }

void MatrixGridAccessible::modelChange(QAccessibleTableModelChangeEvent*) {
  // Every change a MatrixGrid reports is a new matrix: the old cells may not exist any more.
  forgetCells();
}

void MatrixGridAccessible::forgetCells() const {
  for (const QAccessible::Id id : std::as_const(cells_)) QAccessible::deleteAccessibleInterface(id);
  cells_.clear();
}

}  // namespace cnnlab
