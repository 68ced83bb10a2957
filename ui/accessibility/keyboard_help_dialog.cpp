// KeyboardHelpDialog: the keys of every tab, as a table.
#include "ui/accessibility/keyboard_help_dialog.hpp"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cnnlab {

namespace {

QString nativeKeys(const QKeySequence& sequence) { return sequence.toString(QKeySequence::NativeText); }

}  // namespace

KeyboardHelpDialog::KeyboardHelpDialog(QWidget* parent) : QDialog(parent) {
  setObjectName("keyboardHelpDialog");
  setWindowTitle(tr("Keyboard"));
  const QString everywhere = tr("Everywhere"), train = tr("Train"), stepper = tr("Step through");
  // The window's menus and each tab's own keys (ui/main_window.cpp buildMenus, the tabs' QShortcuts
  // and key handlers). Keep in step: the keyboard test looks every defined shortcut up here.
  QList<QStringList> rows = {
      {nativeKeys(Qt::Key_Tab) + " / " + nativeKeys(Qt::SHIFT | Qt::Key_Tab), everywhere, tr("The next or previous control")},
      {nativeKeys(Qt::CTRL | Qt::Key_1), everywhere, tr("Go to Train")},
      {nativeKeys(Qt::CTRL | Qt::Key_2), everywhere, tr("Go to Step through")},
      {nativeKeys(Qt::CTRL | Qt::Key_3), everywhere, tr("Go to Concepts")},
      {nativeKeys(Qt::CTRL | Qt::Key_4), everywhere, tr("Go to Design")},
      {nativeKeys(Qt::CTRL | Qt::Key_5), everywhere, tr("Go to Draw a digit")},
      {nativeKeys(Qt::CTRL | Qt::Key_6), everywhere, tr("Go to Data")},
      {nativeKeys(Qt::CTRL | Qt::Key_7), everywhere, tr("Go to Compare")},
      {nativeKeys(Qt::CTRL | Qt::Key_8), everywhere, tr("Go to Efficiency")},
      {nativeKeys(Qt::CTRL | Qt::Key_Tab) + " / " + nativeKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), everywhere,
       tr("The next or previous page of the tabs the focus is in")},
      {tr("Alt + the underlined letter"), everywhere, tr("Open that menu")},
      {nativeKeys(Qt::ALT | Qt::Key_T), everywhere,
       tr("The Training menu: start, pause, stop, reset and step training from any tab (on Train, Space does not "
          "press a focused button: it starts or pauses)")},
      {nativeKeys(QKeySequence::HelpContents), everywhere, tr("This list")},
      {nativeKeys(Qt::Key_F5), everywhere, tr("Presenter mode on or off")},
      {nativeKeys(QKeySequence::Save), everywhere, tr("Save the model")},
      {nativeKeys(QKeySequence::Open), everywhere, tr("Load a model")},
      {nativeKeys(Qt::CTRL | Qt::Key_E), everywhere, tr("Export the current view as PNG, SVG or PDF")},
      {nativeKeys(QKeySequence::Quit), everywhere, tr("Quit")},
      {nativeKeys(Qt::Key_Space), train, tr("Start, pause or resume training")},
      {nativeKeys(Qt::Key_Right), train, tr("Train on one batch")},
      {nativeKeys(Qt::Key_PageDown), train, tr("The section's other panel (presenter mode)")},
      {nativeKeys(Qt::Key_PageDown), stepper, tr("The next step, or the next page of a long formula")},
      {nativeKeys(Qt::Key_PageUp), stepper, tr("The previous step, or the previous page of a long formula")},
      {nativeKeys(Qt::Key_Return), tr("Step through, in Input or Kernel"), tr("Step through the matrices typed")},
      {nativeKeys(Qt::CTRL | Qt::Key_G), tr("Step through, in a matrix field"), tr("Edit the whole matrix as a grid of cells")},
      {tr("Arrow keys"), tr("Step through, on a matrix"), tr("Move between its cells: the results that use a cell of the input are marked")},
      {nativeKeys(Qt::Key_Return) + " / " + nativeKeys(Qt::Key_Space), tr("Step through, on a result cell"), tr("Go to the step that computes it")},
      {nativeKeys(Qt::Key_F2), tr("Step through, on an input or kernel cell"), tr("Edit its value (your own matrices)")},
      {nativeKeys(Qt::Key_Space), tr("Step through, on Your turn"), tr("Compute the cells yourself: the answer field takes the focus")},
      {nativeKeys(Qt::Key_Return), tr("Step through, in Your answer"), tr("Check the answer")},
      {nativeKeys(Qt::Key_Return), tr("Step through, in the list of formulas"), tr("Go to that formula's step")},
      {tr("0 to 9"), tr("Draw a digit, on the canvas"), tr("Draw an example of that digit")},
      {nativeKeys(Qt::Key_Backspace) + " / " + nativeKeys(QKeySequence::Undo), tr("Draw a digit, on the canvas"), tr("Undo the last stroke")},
      {nativeKeys(Qt::Key_Delete), tr("Draw a digit, on the canvas"), tr("Clear the drawing")},
      {nativeKeys(Qt::Key_Space), tr("Data, in the list of classes"), tr("Tick or untick the class")},
      {tr("Arrow keys"), tr("Design, in the table of layers"), tr("Select the layer to edit")},
      {nativeKeys(Qt::Key_R), tr("Classroom quiz on the projector"), tr("Reveal the answers")},
      {nativeKeys(Qt::Key_Escape), tr("Classroom quiz on the projector"), tr("Close it")},
  };

  // A standard key the platform leaves unbound (Quit has none on some desktops) has no row.
  rows.removeIf([](const QStringList& row) { return row[0].isEmpty(); });

  auto* intro = new QLabel(tr("Every key cnnlab answers. Menus open with Alt and their underlined letter."));
  intro->setWordWrap(true);
  table_ = new QTableWidget(int(rows.size()), 3);
  table_->setObjectName("keyboardTable");
  table_->setAccessibleName(tr("Keyboard shortcuts"));
  table_->setHorizontalHeaderLabels({tr("Keys"), tr("Where"), tr("What it does")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setWordWrap(true);
  for (int r = 0; r < int(rows.size()); ++r)
    for (int c = 0; c < 3; ++c) table_->setItem(r, c, new QTableWidgetItem(rows[r][c]));
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  table_->resizeRowsToContents();
  // Wrapped descriptions take the height the column's final width gives them.
  connect(table_->horizontalHeader(), &QHeaderView::sectionResized, table_, &QTableView::resizeRowsToContents);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(table_, 1);
  layout->addWidget(buttons);
  resize(900, 640);
}

}  // namespace cnnlab
