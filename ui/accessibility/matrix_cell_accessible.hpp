// One cell of a MatrixGrid for a screen reader (QAccessible::Cell): its row and column, the value it
// shows (or its placeholder, "a", while not yet computed), its product ("1×2") and whether it is
// the current cell. It reads the grid each time it is asked, so it never goes stale.
#pragma once

#include <QCoreApplication>
#include <QAccessible>
#include <QPointer>

namespace cnnlab {

class MatrixGrid;

class MatrixCellAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface {
  Q_DECLARE_TR_FUNCTIONS(MatrixCellAccessible)

 public:
  MatrixCellAccessible(MatrixGrid* grid, int row, int column);

  bool isValid() const override;  // the grid exists and still has this cell
  QObject* object() const override { return nullptr; }
  QWindow* window() const override;
  QAccessibleInterface* childAt(int, int) const override { return nullptr; }
  QAccessibleInterface* parent() const override;
  QAccessibleInterface* child(int) const override { return nullptr; }
  int childCount() const override { return 0; }
  int indexOfChild(const QAccessibleInterface*) const override { return -1; }
  QString text(QAccessible::Text text) const override;
  void setText(QAccessible::Text, const QString&) override {}  // the stepper's numbers are its own
  QRect rect() const override;  // screen coordinates
  QAccessible::Role role() const override { return QAccessible::Cell; }
  QAccessible::State state() const override;
  void* interface_cast(QAccessible::InterfaceType type) override;

  // QAccessibleTableCellInterface
  bool isSelected() const override;  // the current cell
  QList<QAccessibleInterface*> columnHeaderCells() const override { return {}; }
  QList<QAccessibleInterface*> rowHeaderCells() const override { return {}; }
  int columnIndex() const override { return column_; }
  int rowIndex() const override { return row_; }
  int columnExtent() const override { return 1; }
  int rowExtent() const override { return 1; }
  QAccessibleInterface* table() const override { return parent(); }

 private:
  QPointer<MatrixGrid> grid_;
  int row_, column_;
};

}  // namespace cnnlab
