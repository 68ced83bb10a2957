#include "ui/stepper/matrix_edit.hpp"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "engine/teaching/correlation.hpp"
#include "ui/qt_text.hpp"

namespace cnnlab {

namespace {

// A 3×3 grid, the button's picture.
QIcon gridIcon() {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setPen(QPen(QColor(0x37474f), 2));
  for (int i = 0; i <= 3; ++i) {
    painter.drawLine(4 + 8 * i, 4, 4 + 8 * i, 28);
    painter.drawLine(4, 4 + 8 * i, 28, 4 + 8 * i);
  }
  return QIcon(pixmap);
}

QString cellText(double value) { return QString::number(value, 'g', 6); }

}  // namespace

MatrixEdit::MatrixEdit(const QString& hint, int largest, QWidget* parent) : QLineEdit(parent), hint_(hint), largest_(largest) {
  setToolTip(hint_);
  QAction* grid = addAction(gridIcon(), QLineEdit::TrailingPosition);
  grid->setText(tr("Edit as a grid"));
  grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
  grid->setShortcutContext(Qt::WidgetShortcut);
  grid->setToolTip(tr("Edit as a grid (%1): the whole matrix, a cell for each value").arg(grid->shortcut().toString(QKeySequence::NativeText)));
  grid->setObjectName("editAsGrid");
  connect(grid, &QAction::triggered, this, &MatrixEdit::openGridEditor);
  connect(this, &QLineEdit::textChanged, this, &MatrixEdit::showRowsInToolTip);
}

void MatrixEdit::setMatrixText(const QString& text) {
  setText(text);
  setCursorPosition(0);  // the first row, not the tail
}

void MatrixEdit::showRowsInToolTip() {
  QStringList rows = text().split(';', Qt::SkipEmptyParts);
  for (QString& row : rows) row = row.simplified();
  setToolTip(rows.size() > 1 ? hint_ + "\n\n" + rows.join('\n') : hint_);
}

QDialog* MatrixEdit::openGridEditor() {
  arma::mat values;
  try {
    values = parseMatrix(text().toStdString());
  } catch (const std::exception&) {
    values.zeros(1, 1);  // what the field holds is not a matrix: start from one cell
  }
  if (values.is_empty()) values.zeros(1, 1);

  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setObjectName("matrixGridEditor");
  dialog->setWindowTitle(tr("Edit as a grid"));
  // One editor at a time, and the example cannot change under it (show() still returns at once).
  dialog->setWindowModality(Qt::WindowModal);
  auto* table = new QTableWidget(int(values.n_rows), int(values.n_cols), dialog);
  table->setObjectName("cells");
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  for (int r = 0; r < table->rowCount(); ++r)
    for (int c = 0; c < table->columnCount(); ++c)
      table->setItem(r, c, new QTableWidgetItem(cellText(values(std::size_t(r), std::size_t(c)))));
  auto* rows = new QSpinBox(dialog);
  rows->setObjectName("rows");
  rows->setRange(1, std::max(largest_, table->rowCount()));  // a larger matrix typed in is not cut on opening
  rows->setValue(table->rowCount());
  rows->setPrefix(tr("rows "));
  rows->setAccessibleName(tr("Rows"));
  auto* columns = new QSpinBox(dialog);
  columns->setObjectName("columns");
  columns->setRange(1, std::max(largest_, table->columnCount()));
  columns->setValue(table->columnCount());
  columns->setPrefix(tr("columns "));
  columns->setAccessibleName(tr("Columns"));
  // New cells start at 0, as the notes' zero padding does.
  auto fill = [table] {
    for (int r = 0; r < table->rowCount(); ++r)
      for (int c = 0; c < table->columnCount(); ++c)
        if (!table->item(r, c)) table->setItem(r, c, new QTableWidgetItem("0"));
  };
  connect(rows, &QSpinBox::valueChanged, table, [table, fill](int n) { table->setRowCount(n); fill(); });
  connect(columns, &QSpinBox::valueChanged, table, [table, fill](int n) { table->setColumnCount(n); fill(); });
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, table] {
    QStringList lines;
    for (int r = 0; r < table->rowCount(); ++r) {
      QStringList cells;
      for (int c = 0; c < table->columnCount(); ++c) {
        const QString cell = table->item(r, c) ? table->item(r, c)->text().simplified() : QString();
        cells << (cell.isEmpty() ? QStringLiteral("0") : cell);
      }
      lines << cells.join(' ');
    }
    setMatrixText(lines.join("; "));
    dialog->accept();
    emit returnPressed();  // applied as Enter in the field applies it; a bad cell gets the usual error
  });
  auto* sizes = new QHBoxLayout;
  sizes->addWidget(rows);
  sizes->addWidget(columns);
  sizes->addStretch(1);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(new QLabel(hint_, dialog));
  layout->addLayout(sizes);
  layout->addWidget(table, 1);
  layout->addWidget(buttons);
  dialog->resize(std::min(900, 120 + 90 * table->columnCount()), std::min(700, 180 + 40 * table->rowCount()));
  dialog->show();
  return dialog;
}

}  // namespace cnnlab
