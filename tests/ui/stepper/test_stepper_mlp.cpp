// StepperView on the second notes' examples (mlp-forward, mlp-backward, softmax-jacobian,
// mlp-from-network), driven through its real widgets: step, back, jump, edits that change the
// written numbers, bad edits, and every written line fitting the board at 1600×1000.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "engine/teaching/mlp_examples.hpp"
#include "tests/test_main.hpp"
#include "ui/stepper/board.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

class TestStepperMlp : public QObject {
  Q_OBJECT

  TrainingSession session;
  StepperView* view = nullptr;

  QPushButton* button(const char* name) { return view->findChild<QPushButton*>(name); }
  QLineEdit* edit(const char* name) { return view->findChild<QLineEdit*>(name); }
  QString joined(const TeachingCell& cell) {
    QStringList lines;
    for (const std::string& line : cell.lines) lines << QString::fromStdString(line);
    return cell.lines.empty() ? QString::fromStdString(cell.formula) : lines.join('\n');
  }
  const TeachingCell& cellAt(int step) {
    const auto [stage, cell] = view->example().locate(std::size_t(step));
    return view->example().stages[stage].cells[cell];
  }

 private slots:
  void init() {
    view = new StepperView(session);
    view->resize(1600, 950);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
  }
  void cleanup() {
    delete view;
    view = nullptr;
  }

  void theExamplesAreInTheList() {
    auto* box = view->findChild<QComboBox*>("example");
    for (const char* name : {"mlp-forward", "mlp-backward", "softmax-jacobian", "mlp-from-network"})
      QVERIFY2(box->findData(QString(name)) >= 0, name);
    box->setCurrentIndex(box->findData(QString("mlp-backward")));
    emit box->activated(box->currentIndex());
    QCOMPARE(view->example().name, std::string("mlp-backward"));
    QVERIFY(view->findChild<QWidget*>("mlpControls")->isVisible());
    QVERIFY(!edit("input")->isVisible());  // the correlation's fields make way
    box->setCurrentIndex(box->findData(QString("notebook-valid")));
    emit box->activated(box->currentIndex());
    QVERIFY(!view->findChild<QWidget*>("mlpControls")->isVisible());
    QVERIFY(edit("input")->isVisible());
  }

  void stepBackAndJump() {
    QVERIFY(view->openExample("mlp-backward", 0));
    for (int i = 0; i < 10; ++i) QTest::mouseClick(button("forward"), Qt::LeftButton);
    QCOMPARE(view->step(), 10);  // ∂E/∂w₁₁²: the first output-layer weight, after 3 ∂E/∂Y and 2 × 3 ∂E/∂z²
    QCOMPARE(QString::fromStdString(cellAt(10).label), QString::fromUtf8("∂E/∂w₁₁²"));
    QCOMPARE(view->formulaText(), joined(cellAt(10)));
    QVERIFY(view->formulaText().contains("(27)"));
    QVERIFY(view->formulaText().contains(QString::fromUtf8("(Y₁ − y₁) · S(z₁)(1 − S(z₁))")));
    const QString at7 = view->formulaText();
    QTest::mouseClick(button("back"), Qt::LeftButton);
    QCOMPARE(view->step(), 9);
    QVERIFY(view->formulaText() != at7);
    QCOMPARE(view->formulaText(), joined(cellAt(9)));
    // Jump by the formula list: the header of "∂E/∂w¹" (stage 8) goes to its first cell.
    auto* list = view->findChild<QListWidget*>("formulas");
    const int target = int(view->example().stepOf(7, 0));
    for (int row = 0; row < list->count(); ++row)
      if (list->item(row)->data(Qt::UserRole).toInt() == target && list->item(row)->text().contains(QString::fromUtf8("∂E/∂wᵢⱼ¹"))) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        break;
      }
    QCOMPARE(view->step(), target);
    QVERIFY(view->formulaText().contains("(49)"));
    // Jump by clicking a cell of the result: ∂E/∂w₂₃¹ (row 1, column 2).
    QTest::mouseClick(button("reset"), Qt::LeftButton);
    QCOMPARE(view->step(), 0);
  }

  void editingChangesTheWrittenNumbers() {
    QVERIFY(view->openExample("mlp-forward", 1));
    const QString before = view->formulaText();
    QCOMPARE(before, QString::fromUtf8("z₁¹ = x₁w₁₁¹ + x₂w₂₁¹ + b₁¹\n= 1×0.1 + 0.5×0.3 + 0.1\n= 0.35   (14)"));
    edit("mlpX")->setText("2 -1");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QVERIFY2(view->errorText().isEmpty(), qPrintable(view->errorText()));
    QCOMPARE(view->step(), 1);  // the step is kept
    QCOMPARE(view->formulaText(), QString::fromUtf8("z₁¹ = x₁w₁₁¹ + x₂w₂₁¹ + b₁¹\n= 2×0.1 + (−1)×0.3 + 0.1\n= 0   (14)"));
    // Every value is the engine's for the edited network.
    MlpNetwork net = defaultMlpNetwork();
    net.x = {2, -1};
    const MlpPass p = runMlp(net);
    view->setStep(view->stepCount());
    QCOMPARE(view->example().stages.back().cells.back().value, p.loss);
    // The hidden activation: ReLU's derivative is written in the backward pass.
    QVERIFY(view->openExample("mlp-backward", 0));
    auto* hidden = view->findChild<QComboBox*>("mlpHidden");
    hidden->setCurrentIndex(hidden->findData(QString("relu")));
    emit hidden->activated(hidden->currentIndex());
    QCOMPARE(view->mlpNetwork().hidden, std::string("relu"));
    view->setStep(int(view->example().stepOf(6, 0)));  // ∂E/∂z₁¹
    QVERIFY2(view->formulaText().contains(QString::fromUtf8("R′(z₁¹)")), qPrintable(view->formulaText()));
    // The temperature reaches the softmax's Jacobian stage.
    auto* temperature = view->findChild<QDoubleSpinBox*>("mlpTemperature");
    temperature->setValue(2.0);
    QCOMPARE(view->mlpNetwork().temperature, 2.0);
    view->setStep(int(view->example().stepOf(1, 0)));
    QVERIFY2(view->formulaText().contains("/2"), qPrintable(view->formulaText()));
  }

  void badEditsNameTheFieldAndKeepTheExample() {
    QVERIFY(view->openExample("mlp-backward", 3));
    const QString before = view->formulaText();
    edit("mlpW2")->setText("1 2; 3 4");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QVERIFY2(view->errorText().startsWith("w2: has 2 rows, but w1 has 3 columns"), qPrintable(view->errorText()));
    QCOMPARE(view->formulaText(), before);
    QCOMPARE(view->step(), 3);
    edit("mlpW2")->setText("0.7 -0.3 0.1; -0.4 0.5 0.2; 0.2 0.8 -0.6");
    edit("mlpTarget")->setText("1 0");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QVERIFY2(view->errorText().startsWith("target:"), qPrintable(view->errorText()));
    edit("mlpTarget")->setText("1 2; 3");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QVERIFY2(view->errorText().startsWith("target: ragged"), qPrintable(view->errorText()));
    // Finite numbers that overflow (issue #26): refused like any bad edit, never drawn as ∞ or NaN.
    edit("mlpTarget")->setText("1 0 0");
    edit("mlpX")->setText("1e308 1e308");
    edit("mlpW1")->setText("1 1 1; 1 1 1");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QVERIFY2(view->errorText().startsWith("x: its values make the example's numbers overflow"), qPrintable(view->errorText()));
    QCOMPARE(view->formulaText(), before);
    edit("mlpX")->setText("1 0.5");
    edit("mlpW1")->setText("0.1 0.4 -0.2; 0.3 -0.5 0.6");
  }

  void softmaxJacobianExample() {
    QVERIFY(view->openExample("softmax-jacobian", 1));
    QCOMPARE(view->stepCount(), 9);
    edit("mlpZ")->setText("0 0");
    QTest::mouseClick(button("applyMlp"), Qt::LeftButton);
    QCOMPARE(view->example().name, std::string("softmax-jacobian"));
    QCOMPARE(view->stepCount(), 4);
    QCOMPARE(view->formulaText(), QString::fromUtf8("J₁₁ = 0.5×(1 − 0.5)/1 = 0.25   (35, 36)"));
  }

  void fromTheNetwork() {
    QVERIFY2(view->openExample("mlp-from-network", 1), qPrintable(view->errorText()));  // no model yet: the untrained mlp preset
    QVERIFY(view->formulaText().contains(QString::fromUtf8("… + 780 more terms")));
    QVERIFY(QString::fromStdString(view->example().description).contains("untrained"));
  }

  // A formula with more lines than the board has room for is paged, never cut: Page Down turns
  // its pages before it moves to the next step, and formulaText() keeps every line.
  void aLongFormulaIsPagedByPageDown() {
    view->resize(1280, 560);
    QVERIFY2(view->openExample("mlp-from-network", 1), qPrintable(view->errorText()));
    Board* board = view->board();
    const QString all = view->formulaText();
    QVERIFY(all.contains(QString::fromUtf8("… + 780 more terms")));
    QVERIFY2(board->formulaPages() > 1, qPrintable(QString::number(board->formulaPages())));
    auto* formula = view->findChild<QLabel*>("formula");
    const int pages = board->formulaPages();
    for (int page = 1; page <= pages; ++page) {
      QCOMPARE(board->formulaPage(), page - 1);
      QVERIFY2(formula->text().contains(QString::fromUtf8(" of %1 · Page Down").arg(all.count('\n') + 1)), qPrintable(formula->text()));
      // The label is as tall as its lines: nothing is cut.
      const QRect needed = QFontMetrics(formula->font()).boundingRect(formula->contentsRect(), Qt::TextWordWrap, formula->text());
      QVERIFY2(needed.height() <= formula->contentsRect().height() + 1,
               qPrintable(QString("needs %1 px, has %2").arg(needed.height()).arg(formula->contentsRect().height())));
      QCOMPARE(view->formulaText(), all);
      QCOMPARE(view->step(), 1);
      QTest::keyClick(view, Qt::Key_PageDown);
    }
    QCOMPARE(view->step(), 2);  // the last page's Page Down is the next step
    QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(view->step(), 1);
    QCOMPARE(board->formulaPage(), 0);  // a step shown again starts at its first page
  }

  void everyLineFitsTheBoard() {
    // At 1600×1000 each written line stays on its own row: none is wider than the formula label.
    view->resize(1600, 1000);
    QVERIFY(view->openExample("mlp-backward", 0));
    auto* formula = view->findChild<QLabel*>("formula");
    for (int step = 1; step <= view->stepCount(); ++step) {
      view->setStep(step);
      const QFontMetrics metrics(formula->font());
      const int room = formula->contentsRect().width() - 16;  // the label's padding
      for (const QString& line : view->formulaText().split('\n'))
        QVERIFY2(metrics.horizontalAdvance(line) <= room,
                 qPrintable(QString("step %1: '%2' is %3 px, the board %4 px").arg(step).arg(line).arg(metrics.horizontalAdvance(line)).arg(room)));
      QVERIFY(formula->font().pixelSize() >= 22);
    }
  }
};

CNNLAB_TEST_MAIN(TestStepperMlp)
#include "test_stepper_mlp.moc"
