// StepperView driven through its real widgets: step, back, jump, hover, mode and operation changes,
// bad input, playback, the rot180 flip and the exports.
#include <QTextLayout>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "engine/teaching/correlation.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"
#include "tests/ui/painted_text.hpp"
#include "ui/palette.hpp"
#include "ui/stepper/board.hpp"
#include "ui/stepper/formula_list.hpp"
#include "ui/stepper/matrix_edit.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "engine/teaching/example_registry.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

void moveOver(QWidget* widget, const QPoint& position) {
  QMouseEvent move(QEvent::MouseMove, position, widget->mapToGlobal(position), Qt::NoButton, Qt::NoButton,
                   Qt::NoModifier);
  QApplication::sendEvent(widget, &move);
}

}  // namespace

class TestStepperView : public QObject {
  Q_OBJECT

  TrainingSession session;
  StepperView* view = nullptr;

  QPushButton* button(const char* name) { return view->findChild<QPushButton*>(name); }

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

  // from-network follows the Train tab's network as it learns: the description names the epoch.
  void fromNetworkFollowsTheLiveModel() {
    QVERIFY2(view->openExample("from-network", 3), qPrintable(view->errorText()));
    QVERIFY2(QString::fromStdString(view->example().description).contains("(epoch 0)"),
             view->example().description.c_str());
    const arma::mat before = view->kernelGrid()->matrix();
    QSignalSpy done(&session, &TrainingSession::epochsCompleted);
    session.runEpochs(1);
    QVERIFY(done.wait(120000));
    QTRY_VERIFY2(QString::fromStdString(view->example().description).contains("(epoch 1)"),
                 view->example().description.c_str());
    QCOMPARE(view->step(), 3);  // the same step, on the new weights
    QVERIFY(!sameMatrix(view->kernelGrid()->matrix(), before));
  }

  // A board cell is coloured by its value on the signed scale (ui/palette.hpp's kDiverging, ± the
  // grid's largest |value|), with the value written on it; the marks (window, current cell,
  // pointed cell) are frames, so they never change what a cell's colour says (#23).
  void cellsAreHeatColouredAndMarksAreFrames() {
    MatrixGrid grid;
    grid.setMinCellSize(60);
    grid.setMaxCellSize(60);
    const arma::mat values = {{-2, 0}, {1, 2}};
    grid.setMatrix(values);
    grid.resize(grid.sizeHint());
    auto colourOf = [&](std::size_t r, std::size_t c) {
      const QRect cell = grid.cellRect(r, c);
      return grid.grab().toImage().pixelColor(cell.topLeft() + QPoint(cell.width() / 5, cell.height() / 5));
    };
    auto near = [](const QColor& a, const QColor& b) {
      return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3;
    };
    QCOMPARE(grid.cellRect(0, 0).width(), 60);
    for (std::size_t r = 0; r < 2; ++r)
      for (std::size_t c = 0; c < 2; ++c) {
        const QColor expected = palette::divergingColour(values(r, c), 2);
        QVERIFY2(near(colourOf(r, c), expected), qPrintable(QString("cell (%1, %2) is %3, its value's colour %4")
                                                                .arg(r).arg(c).arg(colourOf(r, c).name(), expected.name())));
      }
    QVERIFY(near(colourOf(0, 0), QColor(palette::kDiverging[0].colour)));  // −2: the scale's blue end
    QVERIFY(near(colourOf(0, 1), QColor(0xf7f7f7)));                      // 0: white
    QVERIFY(near(colourOf(1, 1), QColor(palette::kDiverging[6].colour)));  // 2: the red end
    // The readable ink on either end: white on the dark ends, dark on white.
    QCOMPARE(palette::readableInk(palette::divergingColour(-2, 2)), QColor(Qt::white));
    QCOMPARE(palette::readableInk(palette::divergingColour(0, 2)), QColor(0x212121));
    for (double v : {-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0}) {
      const QColor fill = palette::divergingColour(v, 2);
      QVERIFY2(palette::contrast(fill, palette::readableInk(fill)) >= 4.5, qPrintable(fill.name()));
    }

    grid.setWindow(0, 0, 1, 2);
    grid.setCurrent({QPoint(1, 1)});
    for (std::size_t r = 0; r < 2; ++r)
      for (std::size_t c = 0; c < 2; ++c) QVERIFY(near(colourOf(r, c), palette::divergingColour(values(r, c), 2)));
    // The current cell's frame is there, at its edge.
    const QRect current = grid.cellRect(1, 1);
    QVERIFY(near(grid.grab().toImage().pixelColor(current.topLeft() + QPoint(5, current.height() / 2)), QColor(0x1565c0)));
  }

  // A value too long for its cell is rounded to significant figures, as the formula's 4 are: a
  // small one is never shown as "0" (−0.006192 was, at 1 decimal), and a whole number keeps its
  // digits (#23).
  void cellsRoundToSignificantFigures() {
    MatrixGrid grid;
    const arma::mat values = {{-0.006192, 0.9922, 123.4, 0, 99.7, 9.6}};
    grid.setMatrix(values);
    auto shown = [&](int cell) {
      grid.setMinCellSize(cell);
      grid.setMaxCellSize(cell);
      grid.resize(grid.sizeHint());
      QStringList texts;
      for (const MatrixGrid::CellText& t : grid.cellTexts()) texts << t.text;
      return texts;
    };
    QCOMPARE(shown(120), QStringList({QString::fromUtf8("−0.006192"), "0.9922", "123.4", "0", "99.7", "9.6"}));  // in full
    const QStringList small = shown(48);
    QCOMPARE(small.size(), 6);
    for (const QString& text : small) QVERIFY2(!text.contains('e'), qPrintable(small.join(" | ")));  // no 1e+02
    QVERIFY2(small[0] != "0" && small[0].startsWith(QString::fromUtf8("−0.00")), qPrintable(small.join(" | ")));
    QVERIFY2(small[2].startsWith("12"), qPrintable(small.join(" | ")));  // 123, not 1e+02
    QVERIFY2(small[0].size() < 9, qPrintable(small.join(" | ")));        // rounded, not in full
  }

  void stepsShowTheNotesFormulas_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPoint>("output");  // (col, row)
    QTest::newRow("a") << 1 << QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8") << QPoint(0, 0);
    QTest::newRow("b") << 2 << QString::fromUtf8("b = 6×1 + 2×2 + 3×(−1) + 1×0 = 7") << QPoint(1, 0);
    QTest::newRow("c") << 3 << QString::fromUtf8("c = 5×1 + 3×2 + 7×(−1) + 0×0 = 4") << QPoint(0, 1);
    QTest::newRow("d") << 4 << QString::fromUtf8("d = 3×1 + 1×2 + 0×(−1) + 9×0 = 5") << QPoint(1, 1);
  }
  void stepsShowTheNotesFormulas() {
    QFETCH(int, step);
    QFETCH(QString, formula);
    QFETCH(QPoint, output);
    for (int i = 0; i < step; ++i) QTest::mouseClick(button("forward"), Qt::LeftButton);
    QCOMPARE(view->step(), step);
    QCOMPARE(view->formulaText(), formula);
    QCOMPARE(view->resultGrid()->currentCells(), QSet<QPoint>{output});
    QCOMPARE(view->resultGrid()->hiddenCells().size(), qsizetype(4 - step));
    // The window sits on the four input cells of that output, each showing its product.
    QCOMPARE(view->leftGrid()->slidingWindow(), QRect(output.x(), output.y(), 2, 2));
    QCOMPARE(view->leftGrid()->annotations().size(), qsizetype(4));
    QCOMPARE(view->leftGrid()->annotations().value(QPoint(output.x(), output.y() + 1)).left(1),
             QString::number(int(view->example().stages[0].left(output.y() + 1, output.x()))));
  }

  void backAndReset() {
    view->setStep(3);
    QTest::mouseClick(button("back"), Qt::LeftButton);
    QCOMPARE(view->step(), 2);
    QVERIFY(view->formulaText().startsWith("b = "));
    QTest::mouseClick(button("back"), Qt::LeftButton);
    QTest::mouseClick(button("back"), Qt::LeftButton);
    QTest::mouseClick(button("back"), Qt::LeftButton);  // stops at 0
    QCOMPARE(view->step(), 0);
    QCOMPARE(view->resultGrid()->hiddenCells().size(), qsizetype(4));
    view->setStep(4);
    QTest::mouseClick(button("reset"), Qt::LeftButton);
    QCOMPARE(view->step(), 0);
    QTest::mouseClick(button("forward"), Qt::LeftButton);
    QTest::mouseClick(button("forward"), Qt::LeftButton);
    QTest::mouseClick(button("forward"), Qt::LeftButton);
    QTest::mouseClick(button("forward"), Qt::LeftButton);
    QTest::mouseClick(button("forward"), Qt::LeftButton);  // stops at the last cell
    QCOMPARE(view->step(), 4);
  }

  void clickingAnOutputCellJumps() {
    MatrixGrid* result = view->resultGrid();
    QTest::mouseClick(result, Qt::LeftButton, {}, result->cellCentre(1, 0));  // c
    QCOMPARE(view->step(), 3);
    QVERIFY(view->formulaText().startsWith("c = "));
    QTest::mouseClick(result, Qt::LeftButton, {}, result->cellCentre(0, 1));  // b
    QCOMPARE(view->step(), 2);
  }

  void formulaListJumps() {
    auto* list = view->findChild<QListWidget*>("formulas");
    QVERIFY(list);
    QCOMPARE(list->count(), 5);  // header + a, b, c, d
    QListWidgetItem* d = list->item(4);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(d).center());
    QCOMPARE(view->step(), 4);
    QVERIFY(list->item(4)->text().startsWith("d = 3"));
  }

  // The list beside the board wraps long sums between products, never inside a number: Qt's item
  // views break a line anywhere once a word does not fit, and split "0.5×(−0.5)" as "(−0." / "5)".
  void formulaListNeverSplitsANumber() {
    auto* list = view->findChild<QListWidget*>("formulas");
    QVERIFY(list);
    view->resize(1280, 720);
    const auto inNumber = [](QChar c) { return c.isDigit() || c == '.' || c == QChar(0x2212) || c == QChar(0x2060); };
    QStringList split;
    for (const ExampleInfo& example : exampleRegistry()) {
      QVERIFY(view->openExample(QString::fromStdString(example.name), 0));
      view->setStep(view->stepCount());
      QCoreApplication::processEvents();
      const int width = list->viewport()->width() - 8;  // the item's text rectangle, less its margins
      for (int row = 0; row < list->count(); ++row) {
        // What is copied or read aloud is plain; what is drawn holds its numbers together.
        QVERIFY(!list->item(row)->text().contains(QChar(0x2060)) && !list->item(row)->text().contains(QChar(0x200B)));
        const QString text = FormulaList::drawnText(list->item(row)->text());
        QTextLayout layout(text, list->item(row)->font().resolve(list->font()));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);  // as QCommonStyle draws item text
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
          line.setLineWidth(width);
          const int end = line.textStart() + line.textLength();
          if (end > 0 && end < text.size() && inNumber(text[end - 1]) && inNumber(text[end]))
            split << QString("%1: '%2' | '%3'").arg(QString::fromStdString(example.name), text.left(end).right(12), text.mid(end, 6));
        }
        layout.endLayout();
      }
    }
    QVERIFY2(split.isEmpty(), qPrintable(split.join("; ")));
    // And the list draws them so (its delegate), not only drawnText says it would.
    QVERIFY(view->openExample("mlp-forward", 0));
    view->setStep(view->stepCount());
    QCoreApplication::processEvents();
    bool joined = false;
    for (const test::PaintedText& t : test::TextRecorder::of(list->viewport())) joined = joined || t.text.contains(QChar(0x2060));
    QVERIFY(joined);
  }

  void hoveringAnInputCellShowsItsOutputs_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::addColumn<int>("outputs");
    QTest::newRow("corner 1 → a") << 0 << 0 << 1;
    QTest::newRow("6 → a, b") << 0 << 1 << 2;
    QTest::newRow("centre 3 → all") << 1 << 1 << 4;
    QTest::newRow("9 → d") << 2 << 2 << 1;
  }
  void hoveringAnInputCellShowsItsOutputs() {
    QFETCH(int, row);
    QFETCH(int, col);
    QFETCH(int, outputs);
    MatrixGrid* left = view->leftGrid();
    moveOver(left, left->cellCentre(std::size_t(row), std::size_t(col)));
    QCOMPARE(view->resultGrid()->linkedCells().size(), qsizetype(outputs));
    moveOver(left, QPoint(1, 1));  // outside the matrix
    QCOMPARE(view->resultGrid()->linkedCells().size(), qsizetype(0));
  }

  // The pointed input cell's product is lit in the formula line as its cell is framed on the grid
  // (#23), and only that product; the formula's text stays the notes' line; leaving clears it.
  void hoveringLightsTheTermInTheFormula() {
    view->setStep(1);  // a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8
    auto* formula = view->findChild<QLabel*>("formula");
    QVERIFY(formula);
    const QString plain = QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8");
    QCOMPARE(view->formulaText(), plain);
    MatrixGrid* left = view->leftGrid();
    moveOver(left, left->cellCentre(1, 0));  // I(2,1) = 5, its product 5×(−1)
    QCOMPARE(formula->textFormat(), Qt::RichText);
    QVERIFY2(formula->text().contains(QString::fromUtf8("<span style=\"background: #c8e6c9;\">5×(−1)</span>")), qPrintable(formula->text()));
    QCOMPARE(formula->text().count("<span"), 1);
    QCOMPARE(view->formulaText(), plain);
    moveOver(left, left->cellCentre(2, 2));  // I(3,3) = 9: not in a's window, nothing lit
    QCOMPARE(formula->text(), plain);
    moveOver(left, left->cellCentre(0, 1));  // 6×2
    QVERIFY(formula->text().contains(QString::fromUtf8(">6×2</span>")));
    moveOver(left, QPoint(1, 1));  // outside the matrix
    QCOMPARE(formula->textFormat(), Qt::PlainText);
    QCOMPARE(formula->text(), plain);
  }

  void modeChangeToFull() {
    auto* mode = view->findChild<QComboBox*>("mode");
    mode->setCurrentIndex(1);
    QCOMPARE(view->stepCount(), 16);
    const TeachingStage& stage = view->example().stages[0];
    QCOMPARE(stage.paddingRows, std::size_t(1));
    QVERIFY(sameMatrix(stage.result, correlate(stage.left, stage.kernel, {.mode = CorrelationMode::Full})));
    QCOMPARE(view->leftGrid()->paddingRows(), std::size_t(1));
    QVERIFY(!view->findChild<QSpinBox*>("padding")->isEnabled());
    view->setStep(1);
    QCOMPARE(view->formulaText(), QString::fromUtf8("a = 1×0 = 0"));
  }

  void operationChangeToConvolve() {
    auto* operation = view->findChild<QComboBox*>("operation");
    operation->setCurrentIndex(1);
    const TeachingStage& stage = view->example().stages[0];
    QVERIFY(stage.kernelRotated);
    QVERIFY(sameMatrix(view->kernelGrid()->matrix(), stage.kernel));  // before the first step: K as given
    QTest::mouseClick(button("forward"), Qt::LeftButton);
    QVERIFY(sameMatrix(view->kernelGrid()->matrix(), arma::mat{{0, -1}, {2, 1}}));  // then rot180(K)
    QVERIFY(sameMatrix(stage.result, convolve(stage.left, stage.kernel)));
    QTRY_COMPARE(view->kernelGrid()->flipProgress(), 2.0);  // the flip animation ends on rot180
  }

  void paddingAndStrideChanges() {
    view->findChild<QSpinBox*>("padding")->setValue(1);
    QCOMPARE(view->stepCount(), 16);  // (3 + 2 − 2)/1 + 1 = 4 per axis
    view->findChild<QSpinBox*>("stride")->setValue(2);
    QCOMPARE(view->stepCount(), 4);   // (3 + 2 − 2)/2 + 1 = 2 per axis
    view->setStep(2);
    QCOMPARE(view->leftGrid()->slidingWindow(), QRect(1, -1, 2, 2));  // the window starts in the padding
  }

  // The input field opens its whole matrix as a grid (its tail was all a narrow field showed): a
  // cell edited and a column added there are applied as Enter in the field applies them (#23).
  void matrixFieldsOpenAsAGrid() {
    auto* input = view->findChild<MatrixEdit*>("input");
    QVERIFY(input);
    QCOMPARE(input->text(), QString("1 6 2; 5 3 1; 7 0 9"));
    QCOMPARE(input->cursorPosition(), 0);  // the first row in sight, not the tail
    QVERIFY2(input->toolTip().endsWith("1 6 2\n5 3 1\n7 0 9"), qPrintable(input->toolTip()));
    QDialog* editor = input->openGridEditor();
    auto* cells = editor->findChild<QTableWidget*>("cells");
    QCOMPARE(cells->rowCount(), 3);
    QCOMPARE(cells->columnCount(), 3);
    QCOMPARE(cells->item(2, 2)->text(), QString("9"));
    cells->item(0, 0)->setText("-4");
    editor->findChild<QSpinBox*>("columns")->setValue(4);
    QCOMPARE(cells->item(1, 3)->text(), QString("0"));  // a new column starts at 0
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(input->text(), QString("-4 6 2 0; 5 3 1 0; 7 0 9 0"));
    QVERIFY(sameMatrix(view->example().stages[0].left, arma::mat{{-4, 6, 2, 0}, {5, 3, 1, 0}, {7, 0, 9, 0}}));
    QCOMPARE(view->stepCount(), 6);  // a 3×4 input and a 2×2 kernel: 2×3 results
    // Cancel changes nothing; a field that holds no matrix opens as one cell.
    editor = input->openGridEditor();
    editor->findChild<QTableWidget*>("cells")->item(0, 0)->setText("100");
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(input->text(), QString("-4 6 2 0; 5 3 1 0; 7 0 9 0"));
    // A closed editor is deleted; Ctrl+G in the field opens a new one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!input->findChild<QDialog*>("matrixGridEditor"));
    input->setFocus();
    QTest::keyClick(input, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(input->findChild<QDialog*>("matrixGridEditor"));
    input->findChild<QDialog*>("matrixGridEditor")->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!input->findChild<QDialog*>("matrixGridEditor"));
    input->setText("1 x");
    editor = input->openGridEditor();
    QCOMPARE(editor->findChild<QTableWidget*>("cells")->rowCount(), 1);
    QCOMPARE(editor->findChild<QTableWidget*>("cells")->columnCount(), 1);
    editor->close();
  }

  // Bad cells typed into the grid editor end as a bad line typed in the field does: one line of
  // error, the example on screen kept. Worst cases: a word, NaN, a huge exponent, an empty row.
  void badGridCellsKeepTheExample_data() {
    QTest::addColumn<QString>("cell");
    QTest::newRow("a word") << "seven";
    QTest::newRow("nan") << "nan";
    QTest::newRow("overflow") << "1e999";
    QTest::newRow("a second number") << "1 2";
  }
  void badGridCellsKeepTheExample() {
    QFETCH(QString, cell);
    auto* input = view->findChild<MatrixEdit*>("input");
    view->setStep(2);
    QDialog* editor = input->openGridEditor();
    editor->findChild<QTableWidget*>("cells")->item(1, 1)->setText(cell);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(!view->errorText().isEmpty() && !view->errorText().contains('\n'), qPrintable(view->errorText()));
    QCOMPARE(view->example().name, std::string("notebook-valid"));
    QVERIFY(sameMatrix(view->example().stages[0].left, arma::mat{{1, 6, 2}, {5, 3, 1}, {7, 0, 9}}));
    QCOMPARE(view->step(), 2);
  }

  void badInputKeepsTheExample_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kernel");
    QTest::newRow("ragged") << "1 2; 3" << "1";
    QTest::newRow("not a number") << "1 x" << "1";
    QTest::newRow("empty kernel") << "1 2; 3 4" << "";
    QTest::newRow("kernel too big") << "1 2; 3 4" << "1 2 3; 4 5 6; 7 8 9";
    QTest::newRow("13 columns") << "1 2 3 4 5 6 7 8 9 10 11 12 13" << "1";
  }
  void badInputKeepsTheExample() {
    QFETCH(QString, input);
    QFETCH(QString, kernel);
    view->setStep(2);
    QString error;
    QVERIFY(!view->applyMatrices(input, kernel, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(view->errorText(), error);
    QCOMPARE(view->example().name, std::string("notebook-valid"));
    QCOMPARE(view->step(), 2);
    QVERIFY(view->formulaText().startsWith("b = "));
  }

  void ownMatricesUpTo12() {
    QVERIFY(view->applyMatrices("1 2 3 4 5 6 7 8 9 10 11 12; 1 2 3 4 5 6 7 8 9 10 11 12", "1 -1"));
    QCOMPARE(view->stepCount(), 2 * 11);
    QVERIFY(view->errorText().isEmpty());
  }

  void playRunsToTheEnd() {
    view->findChild<QSlider*>("speed")->setValue(20);  // 5 steps per second
    QTest::mouseClick(button("play"), Qt::LeftButton);
    QVERIFY(view->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(view->step(), 4, 10000);
    QTRY_VERIFY(!view->isPlaying());
  }

  // The operators come from one vocabulary, each with its meaning as a tooltip: two operands are
  // "X ★ K = Y", a function of one operand is written over the arrow to its result, with no "=" (#23).
  void operatorsHaveOneVocabularyWithTooltips() {
    Board* board = view->findChild<Board*>("board");
    QVERIFY(board);
    QCOMPARE(board->operatorLabel()->text(), QString::fromUtf8("★"));
    QVERIFY(board->equalsLabel()->isVisible());
    QVERIFY2(board->operatorLabel()->toolTip().startsWith(QString::fromUtf8("★ cross-correlation")), qPrintable(board->operatorLabel()->toolTip()));
    QVERIFY(view->openExample("maxpool", 1));
    QVERIFY2(board->operatorLabel()->text().contains(">max<") && board->operatorLabel()->text().contains(QChar(0x27f6)),
             qPrintable(board->operatorLabel()->text()));
    QVERIFY(!board->equalsLabel()->isVisible());
    QVERIFY(board->operatorLabel()->toolTip().startsWith("max: "));
    QVERIFY(view->openExample("softmax-jacobian", 1));
    QCOMPARE(board->operatorLabel()->text(), QString(QChar(0x27f6)));  // one arrow, not "→ →"
    QVERIFY(!board->equalsLabel()->isVisible());
    QVERIFY(view->openExample("mlp-forward", 1));
    QCOMPARE(board->operatorLabel()->text(), QString::fromUtf8("·"));  // not "with"
    QVERIFY(board->equalsLabel()->isVisible());
  }

  void everyBuiltInExampleOpens() {
    for (const std::string& name : teachingExampleNames()) {
      QVERIFY2(view->openExample(QString::fromStdString(name), 1), name.c_str());
      QCOMPARE(view->step(), 1);
      QVERIFY(!view->formulaText().isEmpty());
      view->setStep(view->stepCount());
      QCOMPARE(view->resultGrid()->hiddenCells().size(), qsizetype(0));
    }
    QVERIFY(!view->openExample("no-such-example", 0));
    QVERIFY(!view->errorText().isEmpty());
    QCOMPARE(view->example().name, teachingExampleNames().back());  // the last good one stays
  }

  void layerExampleStages() {
    QVERIFY(view->openExample("conv-layer-backward", 0));
    const TeachingExample& example = view->example();
    view->setStep(int(example.stepOf(2, 1)));  // ∂E/∂x₁₂
    QCOMPARE(view->formulaText(), QString::fromStdString(example.stages[2].cells[1].formula));
    QCOMPARE(view->leftGrid()->paddingRows(), std::size_t(1));  // ∂E/∂Y padded for the full correlation
    QVERIFY(sameMatrix(view->kernelGrid()->matrix(), example.stages[2].appliedKernel));
    QVERIFY(view->openExample("maxpool", 1));
    QCOMPARE(view->leftGrid()->slidingWindow(), QRect(0, 0, 2, 2));
    QCOMPARE(view->formulaText(), QString::fromUtf8("a = max(1, 3, 5, 6) = 6"));
  }

  void exports() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    view->setStep(2);
    for (const char* suffix : {"png", "svg", "pdf"}) {
      const QString file = dir.filePath(QString("step.%1").arg(suffix));
      QString error;
      QVERIFY2(view->exportView(file, &error), qPrintable(error));
      QVERIFY(QFileInfo(file).size() > 1000);
    }
    QFile svg(dir.filePath("step.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QVERIFY(!view->exportView(dir.filePath("step.bmpx")));

    QVERIFY(view->exportHandout(dir.filePath("valid.md")));
    QFile md(dir.filePath("valid.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY(markdown.contains(QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8")));
    QVERIFY(markdown.contains(QString::fromUtf8("d = 3×1 + 1×2 + 0×(−1) + 9×0 = 5")));
    QVERIFY(view->exportHandout(dir.filePath("valid.tex")));
    QFile tex(dir.filePath("valid.tex"));
    QVERIFY(tex.open(QIODevice::ReadOnly));
    QVERIFY(tex.readAll().contains("b &= 6 \\times 1 + 2 \\times 2 + 3 \\times (-1) + 1 \\times 0 = 7"));
    QVERIFY(!view->exportHandout(dir.filePath("valid.doc")));
    QVERIFY(!view->exportHandout(dir.filePath("no-such-dir/valid.md")));
  }
};

CNNLAB_TEST_MAIN(TestStepperView)
#include "test_stepper_view.moc"
