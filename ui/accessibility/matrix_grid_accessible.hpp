// A MatrixGrid as a screen reader reads it: a table (QAccessible::Table) named by the matrix's title,
// described by its size, padding, window and current cell, with one MatrixCellAccessible per value.
// The current cell (the one being computed) is the selected one.
#pragma once

#include <QCoreApplication>
#include <QAccessibleWidget>
#include <QHash>
#include <QPoint>

namespace cnnlab {

class MatrixGrid;

class MatrixGridAccessible : public QAccessibleWidget, public QAccessibleTableInterface {
  Q_DECLARE_TR_FUNCTIONS(MatrixGridAccessible)

 public:
  explicit MatrixGridAccessible(MatrixGrid* grid);
  ~MatrixGridAccessible() override;

  MatrixGrid* grid() const;

  void* interface_cast(QAccessible::InterfaceType type) override;
  QString text(QAccessible::Text text) const override;
  int childCount() const override;
  QAccessibleInterface* child(int index) const override;  // row-major: index = row × columns + column
  int indexOfChild(const QAccessibleInterface* child) const override;
  QAccessibleInterface* childAt(int x, int y) const override;  // screen coordinates
  QAccessibleInterface* focusChild() const override;           // the keyboard's cell

  // QAccessibleTableInterface: rows and columns of the matrix itself (no zero padding).
  QAccessibleInterface* caption() const override { return nullptr; }
  QAccessibleInterface* summary() const override { return nullptr; }
  QAccessibleInterface* cellAt(int row, int column) const override;  // null outside the matrix
  int selectedCellCount() const override;
  QList<QAccessibleInterface*> selectedCells() const override;
  QString columnDescription(int column) const override;
  QString rowDescription(int row) const override;
  int selectedColumnCount() const override { return 0; }
  int selectedRowCount() const override { return 0; }
  int columnCount() const override;
  int rowCount() const override;
  QList<int> selectedColumns() const override { return {}; }
  QList<int> selectedRows() const override { return {}; }
  bool isColumnSelected(int) const override { return false; }
  bool isRowSelected(int) const override { return false; }
  // The stepper decides the current cell; a screen reader cannot select rows or columns.
  bool selectRow(int) override { return false; }
  bool selectColumn(int) override { return false; }
  bool unselectRow(int) override { return false; }
  bool unselectColumn(int) override { return false; }
  void modelChange(QAccessibleTableModelChangeEvent* event) override;

 private:
  void forgetCells() const;

  // The cells handed out so far, by (column, row): Qt identifies an interface by its id, so a cell
  // asked for twice is the same one. They go with the table.
  mutable QHash<QPoint, QAccessible::Id> cells_;
};

}  // namespace cnnlab
