// MatrixCellAccessible: one value of a MatrixGrid for screen readers.
#include "ui/accessibility/matrix_cell_accessible.hpp"

#include <QCoreApplication>
#include <QStringList>
#include <QWidget>

#include "ui/stepper/matrix_grid.hpp"

namespace cnnlab {

MatrixCellAccessible::MatrixCellAccessible(MatrixGrid* grid, int row, int column)
    : grid_(grid), row_(row), column_(column) {}

bool MatrixCellAccessible::isValid() const {
  return grid_ && row_ >= 0 && column_ >= 0 && std::size_t(row_) < grid_->matrix().n_rows &&
         std::size_t(column_) < grid_->matrix().n_cols;
}

QWindow* MatrixCellAccessible::window() const { return grid_ ? grid_->window()->windowHandle() : nullptr; }

QAccessibleInterface* MatrixCellAccessible::parent() const {
  return grid_ ? QAccessible::queryAccessibleInterface(grid_.data()) : nullptr;
}

QString MatrixCellAccessible::text(QAccessible::Text text) const {
  if (!isValid()) return {};
  const QPoint key(column_, row_);
  const QString shown = grid_->cellText(std::size_t(row_), std::size_t(column_));
  switch (text) {
    case QAccessible::Name:
    case QAccessible::Value:
      return shown;
    case QAccessible::Description: {
      QStringList parts{tr("row %1, column %2").arg(row_ + 1).arg(column_ + 1)};
      if (const QString product = grid_->annotations().value(key); !product.isEmpty()) parts << tr("product %1").arg(product);
      if (grid_->hiddenCells().contains(key)) parts << tr("not yet computed");
      if (isSelected()) parts << tr("the cell being computed");
      if (grid_->emphasisCells().contains(key)) parts << tr("marked");
      if (grid_->mistakeCells().contains(key)) parts << tr("part of the mistake");
      return parts.join(QStringLiteral(", "));
    }
    default:
      return {};
  }
}

QRect MatrixCellAccessible::rect() const {
  if (!isValid() || !grid_->isVisible()) return {};
  const QRect local = grid_->cellRect(std::size_t(row_), std::size_t(column_));
  return QRect(grid_->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State MatrixCellAccessible::state() const {
  QAccessible::State state;
  if (!isValid()) {
    state.invalid = true;
    return state;
  }
  state.invisible = !grid_->isVisible();
  state.readOnly = true;
  state.selectable = true;
  state.selected = isSelected();
  state.focusable = true;
  state.focused = grid_->hasFocus() && grid_->pointedCell() == QPoint(column_, row_);
  return state;
}

void* MatrixCellAccessible::interface_cast(QAccessible::InterfaceType type) {
  return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface*>(this) : nullptr;
}

bool MatrixCellAccessible::isSelected() const { return isValid() && grid_->currentCells().contains(QPoint(column_, row_)); }

}  // namespace cnnlab
