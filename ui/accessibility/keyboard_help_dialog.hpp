// Help ▸ Keyboard: every key cnnlab answers, where it works and what it does, in a table a screen
// reader reads row by row. The list is written here once; tests/ui/test_keyboard.cpp checks that
// every shortcut the window defines (its menus' and the tabs' QShortcuts) is in it.
#pragma once

#include <QDialog>

class QTableWidget;

namespace cnnlab {

class KeyboardHelpDialog : public QDialog {
  Q_OBJECT

 public:
  explicit KeyboardHelpDialog(QWidget* parent = nullptr);

  // The table: keys (in the platform's words, "Ctrl+S"), where, what it does; one row per key.
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_ = nullptr;
};

}  // namespace cnnlab
