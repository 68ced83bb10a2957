// The desktop app for a screen reader (#27): on every tab (every dashboard section, Concepts page and
// stepper example), every object a user acts on has an accessible name; the stepper's grids read as
// tables of exactly the values they draw, the current cell selected; a heat map says its title, its
// range and the value under the pointer. Walks Qt's accessibility tree, as a screen reader does.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

#include <qcustomplot.h>

#include "tests/test_main.hpp"
#include "tests/ui/isolated_settings.hpp"
#include "engine/teaching/example_registry.hpp"
#include "ui/accessibility/accessible_factory.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/main_window.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/stepper/board.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/stepper/your_turn_panel.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace accessibility_tree {  // named: the test files are compiled together (unity build)

// What a user acts on: the roles of Qt's controls, a table or list, and any other widget the keyboard
// can reach or the pointer reads (a plot's hover value). Scroll areas and tab pages that merely
// hold such things are not counted.
bool isInteractive(QAccessibleInterface* node) {
  switch (node->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::MenuItem:
    case QAccessible::Chart:
      return true;
    default:
      break;
  }
  const auto* widget = qobject_cast<const QWidget*>(node->object());
  if (!widget) return false;
  if (qobject_cast<const QCustomPlot*>(widget)) return true;
  if (qobject_cast<const QAbstractScrollArea*>(widget) || widget->focusProxy()) return false;  // a QTabWidget's is its tab bar
  return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Qt on Linux names a combo box by its current item ("valid", "seed-binary"): that says what is
// chosen, not what is chosen there. A combo box needs a name of its own or a label (a buddy).
bool isNamed(QAccessibleInterface* node) {
  if (node->text(QAccessible::Name).trimmed().isEmpty()) return false;
  if (node->role() != QAccessible::ComboBox) return true;
  const auto* widget = qobject_cast<const QWidget*>(node->object());
  return (widget && !widget->accessibleName().isEmpty()) || !node->relations(QAccessible::Label).isEmpty();
}

// "QSpinBox seedSpin in dashboard (SpinBox, value 0)".
QString describe(QAccessibleInterface* node) {
  const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
  QString text = QString::fromLatin1(roles.valueToKey(node->role()));
  QStringList path;
  QString className = "(no object)";
  if (const QObject* object = node->object()) {
    className = object->metaObject()->className();
    for (const QObject* o = object; o; o = o->parent())
      if (!o->objectName().isEmpty()) path.prepend(o->objectName());
  }
  const QString value = node->text(QAccessible::Value);
  return QString("%1 %2 at '%3'%4")
      .arg(className, text, path.join('/'), value.isEmpty() ? QString() : QString(", value '%1'").arg(value.left(40)));
}

// Every interactive object under node that a screen reader can reach (visible) and that has no name.
void collectUnnamed(QAccessibleInterface* node, QStringList* unnamed, int depth = 0) {
  if (!node || !node->isValid() || node->state().invisible || depth > 60) return;
  if (isInteractive(node) && !isNamed(node)) unnamed->append(describe(node));
  // A table's cells are named by their text; only the table itself is checked.
  if (node->role() == QAccessible::Table || node->role() == QAccessible::List || node->role() == QAccessible::Tree) return;
  for (int i = 0; i < node->childCount(); ++i) collectUnnamed(node->child(i), unnamed, depth + 1);
}

QStringList unnamedIn(QWidget* root) {
  QStringList unnamed;
  collectUnnamed(QAccessible::queryAccessibleInterface(root), &unnamed);
  return unnamed;
}

struct View {
  QString name;     // showView's name
  QString example;  // stepper: the example at step 1
  bool yourTurn = false;
};

}  // namespace accessibility_tree

Q_DECLARE_METATYPE(accessibility_tree::View)

using accessibility_tree::unnamedIn;

class TestAccessibility : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::unique_ptr<MainWindow> window_;

  static QAccessibleInterface* accessible(QObject* object) { return QAccessible::queryAccessibleInterface(object); }

  // The text a grid draws in a cell (its value, or its placeholder).
  static QString painted(const MatrixGrid* grid, int row, int col) {
    const QPoint centre = grid->cellCentre(std::size_t(row), std::size_t(col));
    for (const MatrixGrid::CellText& t : grid->cellTexts())
      if (t.box.contains(centre)) return t.text;
    return {};
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    testing::useSettingsIn(dir_, "test_accessibility");
    installAccessibleFactory();  // as app/gui_main.cpp does, before any window
    window_ = std::make_unique<MainWindow>();
    window_->setWindowState(Qt::WindowNoState);
    window_->resize(1600, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTRY_VERIFY(window_->dashboard()->lastSnapshot());
    // One epoch: the views as a class sees them (kernels, predictions, a confusion matrix).
    window_->dashboard()->runEpochs(1);
    QTRY_VERIFY(window_->dashboard()->lastSnapshot()->epochsDone >= 1 && window_->session().state() != RunState::Running);
  }

  void cleanupTestCase() { window_.reset(); }

  // The walk itself can fail: an unlabelled spin box and a combo box named only by its item are
  // found; a label (buddy) or a name of their own clears them.
  void theWalkFindsWhatHasNoName() {
    QWidget form;
    auto* layout = new QHBoxLayout(&form);
    auto* spin = new QSpinBox;
    auto* combo = new QComboBox;
    combo->addItems({"valid", "full"});
    auto* edit = new QLineEdit;
    auto* editLabel = new QLabel("Input");
    editLabel->setBuddy(edit);
    auto* button = new QPushButton("Apply");
    for (QWidget* w : {static_cast<QWidget*>(spin), static_cast<QWidget*>(combo), static_cast<QWidget*>(editLabel),
                       static_cast<QWidget*>(edit), static_cast<QWidget*>(button)})
      layout->addWidget(w);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QStringList before = unnamedIn(&form);
    QCOMPARE(before.size(), 2);
    QVERIFY2(before[0].startsWith("QSpinBox SpinBox"), qPrintable(before[0]));
    QVERIFY2(before[1].startsWith("QComboBox ComboBox"), qPrintable(before[1]));
    auto* spinLabel = new QLabel("Padding");
    spinLabel->setBuddy(spin);
    layout->addWidget(spinLabel);
    combo->setAccessibleName("Mode");
    QCOMPARE(unnamedIn(&form), QStringList());
    QCOMPARE(accessible(spin)->text(QAccessible::Name), QString("Padding"));
  }

  void everyInteractiveObjectHasAName_data() {
    using accessibility_tree::View;
    QTest::addColumn<View>("view");
    const QList<std::pair<const char*, View>> views = {
        {"Train: dashboard", {"dashboard"}},
        {"Train: kernels", {"kernels"}},
        {"Train: feature maps", {"feature-maps"}},
        {"Train: predictions", {"predictions"}},
        {"Train: health", {"health"}},
        {"Concepts: activations", {"concepts-activations"}},
        {"Concepts: softmax", {"concepts-softmax"}},
        {"Concepts: Jacobian", {"concepts-jacobian"}},
        {"Concepts: losses", {"concepts-losses"}},
        {"Concepts: errata", {"concepts-errata"}},
        {"Design", {"designer"}},
        {"Draw a digit", {"draw"}},
        {"Data", {"data"}},
        {"Compare", {"compare"}},
        {"Efficiency", {"efficiency"}},
        {"Step through: notebook-valid, Your turn", {"stepper", "notebook-valid", true}},
    };
    for (const auto& [name, view] : views) QTest::newRow(name) << view;
    for (const ExampleInfo& example : exampleRegistry()) {
      const QString name = QString::fromStdString(example.name);
      QTest::newRow(qPrintable("Step through: " + name)) << View{"stepper", name};
    }
  }

  // Walks the whole window as a screen reader sees it on that view: the menus, the tab bar and the
  // tab on screen, down to every control, plot and grid.
  void everyInteractiveObjectHasAName() {
    QFETCH(accessibility_tree::View, view);
    MainWindow& window = *window_;
    QVERIFY(window.showView(view.name));
    if (!view.example.isEmpty()) QVERIFY(window.stepper()->openExample(view.example, 1));
    window.stepper()->yourTurn()->setActive(view.yourTurn);
    QTest::qWait(50);
    for (int i = 0; i < 5; ++i) QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QStringList unnamed = unnamedIn(&window);
    window.stepper()->yourTurn()->setActive(false);
    qInfo().noquote() << QString("%1: %2 interactive objects without a name").arg(QTest::currentDataTag()).arg(unnamed.size());
    for (const QString& u : unnamed) qWarning().noquote() << "  no name:" << u;  // QVERIFY2 cuts long messages short
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString("%1 unnamed, listed above").arg(unnamed.size())));
  }

  // notebook-valid (notes): I = 1 6 2; 5 3 1; 7 0 9, K = 1 2; −1 0, a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8.
  void matrixGridIsATableOfTheValuesShown() {
    MainWindow& window = *window_;
    QVERIFY(window.showView("stepper"));
    QVERIFY(window.stepper()->openExample("notebook-valid", 1));
    QTest::qWait(50);

    MatrixGrid* input = window.stepper()->leftGrid();
    QAccessibleInterface* table = accessible(input);
    QVERIFY(table);
    QCOMPARE(table->role(), QAccessible::Table);
    QVERIFY2(table->text(QAccessible::Name).contains(input->title()), qPrintable(table->text(QAccessible::Name)));
    QVERIFY2(table->text(QAccessible::Description).contains("3 rows by 3 columns"), qPrintable(table->text(QAccessible::Description)));
    QAccessibleTableInterface* cells = table->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), 3);
    QCOMPARE(cells->columnCount(), 3);
    QCOMPARE(table->childCount(), 9);
    const QStringList values = {"1", "6", "2", "5", "3", "1", "7", "0", "9"};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) {
        QAccessibleInterface* cell = cells->cellAt(r, c);
        QVERIFY(cell);
        QCOMPARE(cell->role(), QAccessible::Cell);
        QCOMPARE(cell->text(QAccessible::Name), values[r * 3 + c]);
        QCOMPARE(cell->text(QAccessible::Name), painted(input, r, c));  // what the screen shows
        QAccessibleTableCellInterface* at = cell->tableCellInterface();
        QVERIFY(at);
        QCOMPARE(at->rowIndex(), r);
        QCOMPARE(at->columnIndex(), c);
        QCOMPARE(table->child(r * 3 + c), cell);  // one interface per cell, however it is reached
        QCOMPARE(table->indexOfChild(cell), r * 3 + c);
        QCOMPARE(cell->parent(), table);
      }
    // Step 1 computes a from the window on rows 1–2, columns 1–2: 6 at (1, 2) is multiplied by 2.
    QVERIFY2(cells->cellAt(0, 1)->text(QAccessible::Description).contains(QString::fromUtf8("6×2")),
             qPrintable(cells->cellAt(0, 1)->text(QAccessible::Description)));
    QVERIFY2(!cells->cellAt(0, 1)->rect().isEmpty(), "a cell has its place on the screen");

    MatrixGrid* kernel = window.stepper()->kernelGrid();
    QAccessibleTableInterface* k = accessible(kernel)->tableInterface();
    QVERIFY(k);
    QCOMPARE(k->rowCount(), 2);
    QCOMPARE(k->columnCount(), 2);
    QCOMPARE(k->cellAt(1, 0)->text(QAccessible::Name), QString::fromUtf8("−1"));
    QCOMPARE(k->cellAt(1, 0)->text(QAccessible::Name), painted(kernel, 1, 0));

    MatrixGrid* result = window.stepper()->resultGrid();
    QAccessibleInterface* resultTable = accessible(result);
    QAccessibleTableInterface* a = resultTable->tableInterface();
    QVERIFY(a);
    QCOMPARE(a->rowCount(), 2);
    QCOMPARE(a->columnCount(), 2);
    QCOMPARE(a->cellAt(0, 0)->text(QAccessible::Name), QString("8"));
    QCOMPARE(a->cellAt(0, 0)->text(QAccessible::Name), painted(result, 0, 0));
    QVERIFY(a->cellAt(0, 0)->tableCellInterface()->isSelected());
    QVERIFY(a->cellAt(0, 0)->state().selected);
    QCOMPARE(a->selectedCellCount(), 1);
    QCOMPARE(a->selectedCells().value(0), a->cellAt(0, 0));
    // The cells still to compute say their letter, as the screen does, and are not selected.
    QCOMPARE(a->cellAt(0, 1)->text(QAccessible::Name), QString("b"));
    QCOMPARE(a->cellAt(0, 1)->text(QAccessible::Name), painted(result, 0, 1));
    QVERIFY(a->cellAt(0, 1)->text(QAccessible::Description).contains("not yet computed"));
    QVERIFY(!a->cellAt(0, 1)->tableCellInterface()->isSelected());
    QVERIFY2(resultTable->text(QAccessible::Description).contains("current cell row 1, column 1: 8"),
             qPrintable(resultTable->text(QAccessible::Description)));

    // The next step: b = 6×1 + 2×2 + 3×(−1) + 1×0 = 7 is current, a stays 8.
    window.stepper()->setStep(2);
    QCOMPARE(a->cellAt(0, 1)->text(QAccessible::Name), QString("7"));
    QVERIFY(a->cellAt(0, 1)->tableCellInterface()->isSelected());
    QVERIFY(!a->cellAt(0, 0)->tableCellInterface()->isSelected());
    QCOMPARE(a->cellAt(0, 0)->text(QAccessible::Name), QString("8"));
    window.stepper()->setStep(window.stepper()->stepCount());
    QCOMPARE(a->cellAt(1, 1)->text(QAccessible::Name), QString("5"));  // d = 3×1 + 1×2 + 0×(−1) + 9×0

    // Another example with another shape: the same interface follows the grid.
    QVERIFY(window.stepper()->openExample("notebook-full", 0));
    QCOMPARE(a->rowCount(), int(result->matrix().n_rows));
    QCOMPARE(a->columnCount(), int(result->matrix().n_cols));
    QVERIFY(a->rowCount() > 2);
    QVERIFY(!a->cellAt(a->rowCount(), 0));  // nothing outside the matrix
    QVERIFY(window.stepper()->openExample("notebook-valid", 0));
  }

  // A heat map says its title, its colour range and tiles, and the value under the pointer.
  void heatmapMosaicSaysTitleRangeAndValue() {
    HeatmapMosaic mosaic;
    mosaic.setTitle(QString::fromUtf8("Layer 1 · conv 2@2×2"));
    arma::fmat first = {{-0.5f, 0.25f}, {1.0f, 0.0f}}, second = {{0.1f, 0.2f}, {0.3f, 0.4f}};
    mosaic.setTiles({first, second}, 2, {"kernel 1", "kernel 2"});
    mosaic.resize(400, 300);
    mosaic.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mosaic));
    mosaic.replot(QCustomPlot::rpImmediateRefresh);
    mosaic.replot(QCustomPlot::rpImmediateRefresh);

    QAccessibleInterface* chart = accessible(&mosaic);
    QCOMPARE(chart->role(), QAccessible::Chart);
    QCOMPARE(chart->text(QAccessible::Name), QString::fromUtf8("Layer 1 · conv 2@2×2"));
    const QString description = chart->text(QAccessible::Description);
    QVERIFY2(description.contains("2 tiles") && description.contains("from -1 to 1") && description.contains("centred on 0"),
             qPrintable(description));
    QVERIFY(chart->text(QAccessible::Value).isEmpty());

    QPoint over;  // a point over a cell of the first tile
    for (int y = 0; y < mosaic.height() && over.isNull(); y += 4)
      for (int x = 0; x < mosaic.width() && over.isNull(); x += 4)
        if (mosaic.valueTextAt(QPoint(x, y)).startsWith("kernel 1")) over = QPoint(x, y);
    QVERIFY(!over.isNull());
    QMouseEvent move(QEvent::MouseMove, QPointF(over), mosaic.mapToGlobal(QPointF(over)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(&mosaic, &move);
    QTRY_COMPARE(chart->text(QAccessible::Value), mosaic.valueTextAt(over));

    mosaic.setSelectedTile(1);
    QVERIFY2(chart->text(QAccessible::Description).contains("selected: kernel 2"), qPrintable(chart->text(QAccessible::Description)));
  }
};

CNNLAB_TEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
