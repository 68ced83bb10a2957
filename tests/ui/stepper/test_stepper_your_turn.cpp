// "Your turn" (ui/stepper/your_turn_panel) through the real widgets: the student ticks Your turn,
// types right and wrong answers for the cell on screen, and gets the mistake named with its cells
// marked, hints in steps, and a score and streak per example.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "tests/test_main.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/stepper/your_turn_panel.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

class TestStepperYourTurn : public QObject {
  Q_OBJECT

  TrainingSession session;
  StepperView* view = nullptr;

  template <typename W>
  W* child(const char* name) {
    W* w = view->findChild<W*>(name);
    if (!w) qFatal("no widget %s", name);
    return w;
  }
  QString reply() { return child<QLabel>("reply")->text(); }
  // Types text into the answer field and presses Check, as a student does.
  void answer(const QString& text) {
    QLineEdit* field = child<QLineEdit>("answer");
    field->clear();
    QTest::keyClicks(field, text);
    QTest::mouseClick(child<QPushButton>("check"), Qt::LeftButton);
  }
  void turnOn() {
    QCheckBox* toggle = child<QCheckBox>("yourTurn");
    QVERIFY(toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QVERIFY(view->yourTurn()->isActive());
  }

 private slots:
  void init() {
    view = new StepperView(session);
    view->resize(1600, 950);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QVERIFY(view->openExample("notebook-valid", 0));
  }
  void cleanup() {
    delete view;
    view = nullptr;
  }

  // Ticking Your turn at step 0 puts cell a on screen with its value, products and formula hidden.
  void hidesTheCellOnScreen() {
    turnOn();
    QCOMPARE(view->step(), 1);
    QCOMPARE(view->formulaText(), QString("Your turn: a = ?"));
    QVERIFY(view->resultGrid()->hiddenCells().contains(QPoint(0, 0)));
    QVERIFY(view->leftGrid()->annotations().isEmpty());
    QCOMPARE(view->leftGrid()->slidingWindow(), QRect(0, 0, 2, 2));
    QVERIFY(child<QListWidget>("formulas")->item(1)->text().endsWith(QString::fromUtf8("= …")));
  }

  void wrongAnswers_data() {
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QSet<QPoint>>("leftMarks");    // (col, row)
    QTest::addColumn<QSet<QPoint>>("kernelMarks");
    // a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8: 5×(−1) written as +5 gives 18.
    QTest::newRow("sign") << "notebook-valid" << 1 << "18" << "One negative product lost its sign"
                          << QSet<QPoint>{QPoint(0, 1)} << QSet<QPoint>{QPoint(0, 1)};
    // 6×2 left out: −4.
    QTest::newRow("missing") << "notebook-valid" << 1 << "-4" << "One product is missing"
                             << QSet<QPoint>{QPoint(1, 0)} << QSet<QPoint>{QPoint(1, 0)};
    // c's window (one row down) for a: 4.
    QTest::newRow("shifted") << "notebook-valid" << 1 << "4" << "Your window is one step off"
                             << QSet<QPoint>{QPoint(0, 1), QPoint(1, 1), QPoint(0, 2), QPoint(1, 2)} << QSet<QPoint>{};
    // The notes' convolution a = 7; the kernel as given gives 8.
    QTest::newRow("not flipped") << "notebook-convolve" << 1 << "8"
                                 << "You used the kernel without rotating it: convolution flips it first"
                                 << QSet<QPoint>{}
                                 << QSet<QPoint>{QPoint(0, 0), QPoint(1, 0), QPoint(0, 1), QPoint(1, 1)};
    QTest::newRow("unknown") << "notebook-valid" << 1 << "1234" << "matches no mistake I know" << QSet<QPoint>{}
                             << QSet<QPoint>{};
  }
  void wrongAnswers() {
    QFETCH(QString, example);
    QFETCH(int, step);
    QFETCH(QString, typed);
    QFETCH(QString, sentence);
    QFETCH(QSet<QPoint>, leftMarks);
    QFETCH(QSet<QPoint>, kernelMarks);
    QVERIFY(view->openExample(example, step));
    turnOn();
    answer(typed);
    QVERIFY2(reply().contains(sentence), qPrintable(reply()));
    QVERIFY(reply().startsWith("Not "));
    QCOMPARE(view->leftGrid()->mistakeCells(), leftMarks);
    QCOMPARE(view->kernelGrid()->mistakeCells(), kernelMarks);
    QCOMPARE(view->resultGrid()->mistakeCells(), QSet<QPoint>{QPoint(0, 0)});
    QCOMPARE(view->formulaText(), QString("Your turn: a = ?"));  // still hidden: try again
    QCOMPARE(view->yourTurn()->score().answers, 1);
    QCOMPARE(view->yourTurn()->score().right, 0);
  }

  void shiftedWindowIsFramed() {
    turnOn();
    answer("4");
    QCOMPARE(view->leftGrid()->mistakeWindow(), QRect(0, 1, 2, 2));
    QVERIFY(reply().contains(QString::fromUtf8("You used rows 1–2, columns 0–1; a needs rows 0–1, columns 0–1")));
  }

  // A wrong answer, then the right one: the formula appears, the marks go, score 1 of 2, streak 1;
  // the next two right answers make the streak 3; a wrong one resets it.
  void scoreAndStreak() {
    turnOn();
    answer("18");
    answer("8");
    QCOMPARE(reply(), QString::fromUtf8("Right: a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));
    QCOMPARE(view->formulaText(), QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));
    QVERIFY(view->leftGrid()->mistakeCells().isEmpty());
    QVERIFY(!view->resultGrid()->hiddenCells().contains(QPoint(0, 0)));
    QCOMPARE(child<QLabel>("score")->text(), QString::fromUtf8("Score 1 of 2 · streak 1"));
    QTest::mouseClick(view->findChild<QPushButton*>("forward"), Qt::LeftButton);
    QCOMPARE(view->formulaText(), QString("Your turn: b = ?"));
    QVERIFY(reply().isEmpty());
    answer(QString::fromUtf8("7.001"));  // within the tolerance
    QTest::mouseClick(view->findChild<QPushButton*>("forward"), Qt::LeftButton);
    answer(QString::fromUtf8("4"));
    QCOMPARE(view->yourTurn()->score().streak, 3);
    QTest::mouseClick(view->findChild<QPushButton*>("forward"), Qt::LeftButton);
    answer("6");
    QCOMPARE(view->yourTurn()->score().streak, 0);
    QCOMPARE(child<QLabel>("score")->text(), QString::fromUtf8("Score 3 of 5 · streak 0"));
    // Per example: another example starts at zero, and coming back keeps the first one's.
    QVERIFY(view->openExample("notebook-full", 0));
    QCOMPARE(view->step(), 1);  // Your turn stays on and puts the first cell on screen
    QCOMPARE(child<QLabel>("score")->text(), QString::fromUtf8("Score 0 of 0 · streak 0"));
    QVERIFY(view->openExample("notebook-valid", 0));
    QCOMPARE(view->yourTurn()->score().right, 3);
  }

  void notANumber_data() {
    QTest::addColumn<QString>("typed");
    QTest::newRow("word") << "eight";
    QTest::newRow("NaN") << "nan";
    QTest::newRow("empty") << "";
  }
  void notANumber() {
    QFETCH(QString, typed);
    turnOn();
    answer(typed);
    QVERIFY2(reply().startsWith("I can only check a number"), qPrintable(reply()));
    QCOMPARE(view->yourTurn()->score().answers, 0);
    QCOMPARE(view->formulaText(), QString("Your turn: a = ?"));
    // The field caps what can be typed at 32 characters.
    QCOMPARE(child<QLineEdit>("answer")->maxLength(), 32);
  }

  void hintsInSteps() {
    turnOn();
    QTest::mouseClick(child<QPushButton>("hint"), Qt::LeftButton);
    QVERIFY(reply().startsWith("The window: rows 0"));
    QVERIFY(!reply().contains("products"));
    QTest::mouseClick(child<QPushButton>("hint"), Qt::LeftButton);
    QVERIFY(reply().contains(QString::fromUtf8("The products: 1×1 + 6×2 + 5×(−1) + 3×0.")));
    QVERIFY(!reply().contains("= 8"));
  }

  // The MLP's cells are not correlations: right and wrong still work, a lost sign is named.
  void mlpExample() {
    QVERIFY(view->openExample("mlp-backward", 7));
    turnOn();
    const auto [s, c] = view->example().locate(7);
    const double value = view->example().stages[s].cells[c].value;
    QVERIFY(view->formulaText().startsWith("Your turn: "));
    if (value < 0) {
      answer(QString::number(-value, 'g', 10));
      QVERIFY2(reply().contains("lost its sign"), qPrintable(reply()));
    }
    answer(QString::number(value + 50, 'g', 10));
    QVERIFY(reply().contains("matches no mistake"));
    answer(QString::number(value, 'g', 10));
    QVERIFY2(reply().startsWith("Right: "), qPrintable(reply()));
  }

  // In presenter mode an open Your turn keeps its switch at the end of its answer row, not alone in
  // the side column (whose list is hidden), where it took the matrix fields' width; back in normal
  // mode it sits above the list again, and still turns Your turn off.
  void presenterModeMovesTheSwitchIntoTheAnswerRow() {
    turnOn();
    QCheckBox* toggle = child<QCheckBox>("yourTurn");
    view->setPresenterMode(true);
    QCoreApplication::processEvents();
    QVERIFY(toggle->isVisible());
    QVERIFY(view->yourTurn()->isAncestorOf(toggle));
    QVERIFY(!child<QListWidget>("formulas")->isVisible());
    view->setPresenterMode(false);
    QCoreApplication::processEvents();
    QVERIFY(toggle->isVisible());
    QVERIFY(!view->yourTurn()->isAncestorOf(toggle));
    QVERIFY(toggle->geometry().bottom() < child<QListWidget>("formulas")->geometry().top());
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QVERIFY(!view->yourTurn()->isActive());
  }

  void turningOffShowsTheAnswer() {
    turnOn();
    answer("18");
    QCheckBox* toggle = child<QCheckBox>("yourTurn");
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QCOMPARE(view->formulaText(), QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));
    QVERIFY(view->leftGrid()->mistakeCells().isEmpty());
    QVERIFY(!child<QLineEdit>("answer")->isVisible());
  }
};

CNNLAB_TEST_MAIN(TestStepperYourTurn)
#include "test_stepper_your_turn.moc"
