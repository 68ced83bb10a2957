// Without a mouse (#27): with keys alone, sent where the focus is as a keyboard sends them, a student
// opens Step through, steps through notebook-valid to its end, answers a Your turn cell, walks the
// grids with the arrows, and on Train starts and stops training; Help ▸ Keyboard lists every
// shortcut the window defines. No widget is clicked and no view is called to act.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

#include "tests/test_main.hpp"
#include "tests/ui/isolated_settings.hpp"
#include "ui/accessibility/accessible_factory.hpp"
#include "ui/accessibility/keyboard_help_dialog.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/main_window.hpp"
#include "ui/stepper/board.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/stepper/your_turn_panel.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

class TestKeyboard : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::unique_ptr<MainWindow> window_;

  // A key where the keyboard sends it: to an open menu, else where the focus is (else the window).
  void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::activePopupWidget();
    if (!target) target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window_.get(), key, modifiers);
  }
  void type(const QString& text) {
    QWidget* target = QApplication::focusWidget();
    QTest::keyClicks(target ? target : window_.get(), text);
  }
  // Tab until the focus is on widget: at most twice round the window's focus chain.
  bool tabTo(const QWidget* widget) {
    for (int i = 0; i < 400 && QApplication::focusWidget() != widget; ++i) press(Qt::Key_Tab);
    return QApplication::focusWidget() == widget;
  }
  QString focusName() const {
    const QWidget* w = QApplication::focusWidget();
    return w ? QString("%1 '%2'").arg(w->metaObject()->className(), w->objectName()) : QString("nothing");
  }
  template <typename W>
  W* child(QWidget* parent, const char* name) {
    W* w = parent->findChild<W*>(name);
    if (!w) qFatal("no widget %s", name);
    return w;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    testing::useSettingsIn(dir_, "test_keyboard");
    installAccessibleFactory();
  }

  void init() {
    window_ = std::make_unique<MainWindow>();
    window_->setWindowState(Qt::WindowNoState);
    window_->resize(1600, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTRY_VERIFY(window_->dashboard()->lastSnapshot());
  }

  void cleanup() { window_.reset(); }

  // notebook-valid (notes): I = 1 6 2; 5 3 1; 7 0 9, K = 1 2; −1 0; a = 8, b = 7, c = 4, d = 5.
  void stepThroughAndAnswerByKeyboard() {
    StepperView* stepper = window_->stepper();
    press(Qt::Key_2, Qt::ControlModifier);  // View ▸ Go to tab ▸ Step through
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(stepper));
    QVERIFY2(stepper->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));

    // The example box from the keyboard: the first example is notebook-valid.
    QVERIFY2(tabTo(child<QComboBox>(stepper, "example")), qPrintable(focusName()));
    press(Qt::Key_End);
    QVERIFY(stepper->example().name != "notebook-valid");
    press(Qt::Key_Home);
    QCOMPARE(QString::fromStdString(stepper->example().name), QString("notebook-valid"));
    QCOMPARE(stepper->step(), 0);
    QCOMPARE(stepper->stepCount(), 4);

    // Page Down, a presenter's clicker's key, step by step to the end.
    for (int i = 0; i < 10 && stepper->step() < stepper->stepCount(); ++i) press(Qt::Key_PageDown);
    QCOMPARE(stepper->step(), 4);
    QVERIFY(stepper->resultGrid()->hiddenCells().isEmpty());
    QCOMPARE(stepper->resultGrid()->cellText(1, 1), QString("5"));
    QVERIFY2(stepper->formulaText().endsWith("= 5"), qPrintable(stepper->formulaText()));
    press(Qt::Key_PageUp);
    QCOMPARE(stepper->step(), 3);
    press(Qt::Key_PageDown);
    QCOMPARE(stepper->step(), 4);

    // Your turn: Space on the switch hides d and puts the focus in the answer field.
    QCheckBox* yourTurn = stepper->yourTurn()->toggle();
    QVERIFY2(tabTo(yourTurn), qPrintable(focusName()));
    press(Qt::Key_Space);
    QVERIFY(stepper->yourTurn()->isActive());
    QVERIFY(stepper->yourTurn()->asking());
    QCOMPARE(stepper->formulaText(), QString("Your turn: d = ?"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(stepper, "answer"));
    type("15");  // 3×1 + 1×2 + 0×(−1) + 9×0 is 5, not 15
    press(Qt::Key_Return);
    QVERIFY2(stepper->yourTurn()->replyText().startsWith("Not 15"), qPrintable(stepper->yourTurn()->replyText()));
    QCOMPARE(stepper->yourTurn()->score().right, 0);
    press(Qt::Key_Backspace);  // the wrong answer is selected: typing replaces it
    type("5");
    press(Qt::Key_Return);
    QVERIFY2(stepper->yourTurn()->replyText().startsWith("Right"), qPrintable(stepper->yourTurn()->replyText()));
    QCOMPARE(stepper->yourTurn()->score().right, 1);
    QCOMPARE(stepper->yourTurn()->score().answers, 2);
    // Back a cell: c is asked, the field has the focus again and is empty.
    press(Qt::Key_PageUp);
    QCOMPARE(stepper->step(), 3);
    QCOMPARE(stepper->formulaText(), QString("Your turn: c = ?"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(stepper, "answer"));
    type("4");
    press(Qt::Key_Return);
    QCOMPARE(stepper->yourTurn()->score().right, 2);
  }

  // The arrows walk a grid as a hover does; Enter on a result cell goes to its step.
  void gridsByKeyboard() {
    StepperView* stepper = window_->stepper();
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stepper->example().name, std::string("notebook-valid"));
    QVERIFY2(tabTo(stepper->leftGrid()), qPrintable(focusName()));
    QCOMPARE(stepper->leftGrid()->pointedCell(), QPoint(0, 0));
    press(Qt::Key_Right);
    QCOMPARE(stepper->leftGrid()->pointedCell(), QPoint(1, 0));
    // I(1,2) = 6 lies in the windows of a and b.
    QVERIFY2(stepper->board()->hoverLabel()->text().contains("is used by a, b"), qPrintable(stepper->board()->hoverLabel()->text()));
    QAccessibleInterface* table = QAccessible::queryAccessibleInterface(stepper->leftGrid());
    QVERIFY(table->focusChild());
    QCOMPARE(table->focusChild(), table->tableInterface()->cellAt(0, 1));
    QVERIFY(table->focusChild()->state().focused);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);  // stays on the last row
    QCOMPARE(stepper->leftGrid()->pointedCell(), QPoint(1, 2));

    QVERIFY2(tabTo(stepper->resultGrid()), qPrintable(focusName()));
    press(Qt::Key_Down);
    press(Qt::Key_Right);
    press(Qt::Key_Return);  // d's step
    QCOMPARE(stepper->step(), 4);
    press(Qt::Key_Up);
    press(Qt::Key_Space);  // b's step
    QCOMPARE(stepper->step(), 2);
  }

  // Train: Space starts, pauses and resumes; Training ▸ Stop (Alt+T, T) ends the run.
  void trainByKeyboard() {
    DashboardView* dashboard = window_->dashboard();
    press(Qt::Key_2, Qt::ControlModifier);  // away and back, as a student comes to the tab
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(dashboard));
    QCOMPARE(window_->session().state(), RunState::Idle);
    press(Qt::Key_Space);
    QCOMPARE(window_->session().state(), RunState::Running);
    QTRY_VERIFY(dashboard->lastSnapshot()->steps > 2);
    press(Qt::Key_Space);
    QCOMPARE(window_->session().state(), RunState::Paused);
    press(Qt::Key_Space);
    QCOMPARE(window_->session().state(), RunState::Running);
    press(Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    press(Qt::Key_T);  // S&top
    QTRY_COMPARE(window_->session().state(), RunState::Idle);
    QVERIFY(!QApplication::activePopupWidget());
  }

  // F1 opens Help ▸ Keyboard; its table lists every shortcut of the window's menus and tabs.
  void helpListsEveryShortcut() {
    QVERIFY(!window_->keyboardHelp());
    press(Qt::Key_F1);
    KeyboardHelpDialog* help = window_->keyboardHelp();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QStringList listed;
    for (int r = 0; r < help->table()->rowCount(); ++r)
      for (const QString& keys : help->table()->item(r, 0)->text().split(" / ")) listed << keys;
    QStringList defined, missing;
    for (const QAction* action : window_->findChildren<QAction*>())
      for (const QKeySequence& key : action->shortcuts()) defined << key.toString(QKeySequence::NativeText);
    for (const QShortcut* shortcut : window_->findChildren<QShortcut*>())
      for (const QKeySequence& key : shortcut->keys()) defined << key.toString(QKeySequence::NativeText);
    defined.removeDuplicates();
    for (const QString& key : defined)
      if (!listed.contains(key)) missing << key;
    QVERIFY2(defined.size() >= 16, qPrintable(defined.join(", ")));  // the menus' and the tabs' own
    QVERIFY2(missing.isEmpty(), qPrintable("not in Help ▸ Keyboard: " + missing.join(", ")));
    QVERIFY(!QAccessible::queryAccessibleInterface(help->table())->text(QAccessible::Name).isEmpty());
    QTest::keyClick(QApplication::focusWidget() && help->isAncestorOf(QApplication::focusWidget()) ? QApplication::focusWidget()
                                                                                                   : static_cast<QWidget*>(help),
                    Qt::Key_Escape);
    QVERIFY(!help->isVisible());
  }
};

CNNLAB_TEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
