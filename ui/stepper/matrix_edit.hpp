// A matrix field: typed on one line ("1 6 2; 5 3 1; 7 0 9") as the notes and the CLI write it, with a
// grid button (and Ctrl+G) that opens the whole matrix as a grid of cells to edit, add rows and
// columns to or remove them from. A one-line field alone showed only its tail ("0 9") (#23).
#pragma once

#include <QLineEdit>

class QDialog;

namespace cnnlab {

class MatrixEdit : public QLineEdit {
  Q_OBJECT

 public:
  // `hint`: what the field holds (its tooltip's first line); `largest`: the most rows or columns.
  MatrixEdit(const QString& hint, int largest, QWidget* parent = nullptr);

  // Sets the text and shows its start; the tooltip shows every row.
  void setMatrixText(const QString& text);

  // Opens the grid editor (not modal, so that a test can drive it). OK writes the grid back as text
  // and applies it, as Enter in the field does.
  QDialog* openGridEditor();

 private:
  void showRowsInToolTip();
  QString hint_;
  int largest_;
};

}  // namespace cnnlab
