// One type scale (#23): sizes follow the mode and the window's height, and apply() restyles the
// application font, every widget sized through it and every plot not restyled by its own view.
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtTest>

#include <qcustomplot.h>

#include "tests/test_main.hpp"
#include "ui/type_scale.hpp"

using namespace cnnlab;

namespace {

int pixels(const QFont& font) { return QFontInfo(font).pixelSize(); }

}  // namespace

class TestTypeScale : public QObject {
  Q_OBJECT

 private slots:
  void cleanup() { type_scale::apply(false, 720); }

  void sizesFollowTheWindow() {
    QCOMPARE(type_scale::minimumPixels(720), 21);   // never under 21 px (lines of 24 px)
    QCOMPARE(type_scale::minimumPixels(1080), 27);  // 1/40 of the height
    QCOMPARE(type_scale::minimumPixels(1440), 36);
    type_scale::apply(false, 1080);
    QCOMPARE(type_scale::px(13), 13);  // normal mode: as written, whatever the window
    QCOMPARE(type_scale::px(40), 40);
    type_scale::apply(true, 720);
    QCOMPARE(type_scale::px(13), 21);
    QCOMPARE(type_scale::px(17), 21);
    QCOMPARE(type_scale::px(22), 22);  // already room-sized at 720p: kept
    QCOMPARE(type_scale::px(40), 40);
    type_scale::apply(true, 1080);
    QCOMPARE(type_scale::px(13), 27);
    QCOMPARE(type_scale::px(22), 33);  // half as large again
    QCOMPARE(type_scale::px(40), 60);
    QCOMPARE(type_scale::px(13, false), 13);
  }

  void applyRestylesWidgetsAndPlots() {
    const int normalApp = pixels(QApplication::font());
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* heading = new QLabel("Heading");
    type_scale::setTextPixels(heading, 22, true);
    auto* plain = new QLabel("inherits the application's font");
    auto* plot = new QCustomPlot;
    auto* title = new QCPTextElement(plot, "Title");
    type_scale::setTextPixels(title, 20);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, title);
    QFont ticks = plot->xAxis->tickLabelFont();
    ticks.setPixelSize(13);
    plot->xAxis->setTickLabelFont(ticks);
    for (QWidget* w : {static_cast<QWidget*>(heading), static_cast<QWidget*>(plain), static_cast<QWidget*>(plot)}) layout->addWidget(w);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    type_scale::apply(false, 720);  // the plot's unrecorded tick size (13 px) is recorded in normal mode

    type_scale::apply(true, 1080);
    QCOMPARE(pixels(heading->font()), 33);
    QVERIFY(heading->font().bold());
    QCOMPARE(pixels(plain->font()), 27);
    QCOMPARE(pixels(QApplication::font()), 27);  // menus and dialogs too
    QCOMPARE(pixels(title->font()), 30);
    QCOMPARE(pixels(plot->xAxis->tickLabelFont()), 27);
    // A text item made in presenter mode without a size of its own is left as its plot made it.
    auto* late = new QCPItemText(plot);
    QFont lateFont = late->font();
    lateFont.setPixelSize(29);
    late->setFont(lateFont);
    type_scale::apply(true, 1080);
    QCOMPARE(pixels(late->font()), 29);

    type_scale::apply(false, 1080);
    QCOMPARE(pixels(heading->font()), 22);
    QCOMPARE(pixels(plain->font()), normalApp);
    QCOMPARE(pixels(QApplication::font()), normalApp);
    QCOMPARE(pixels(title->font()), 20);
    QCOMPARE(pixels(plot->xAxis->tickLabelFont()), 13);
  }

  // A table's header is drawn in the header's font: it follows the application's, also when the
  // switch comes before its window is first shown (as `cnnlab --presenter` does).
  void tableHeadersFollow() {
    QWidget window;
    auto* table = new QTableWidget(1, 2, &window);
    table->setHorizontalHeaderLabels({"Run", "Epochs"});
    table->setItem(0, 0, new QTableWidgetItem("per-sample SGD"));
    type_scale::apply(false, 1080);
    type_scale::apply(true, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(pixels(table->horizontalHeader()->font()), 27);
    QCOMPARE(pixels(table->font()), 27);
  }

  void viewsThatStyleTheirOwnPlotsAreToldAndLeftAlone() {
    QWidget owner;
    type_scale::markStylesOwnPlots(&owner);
    auto* plot = new QCustomPlot(&owner);
    QFont ticks = plot->xAxis->tickLabelFont();
    ticks.setPixelSize(14);
    plot->xAxis->setTickLabelFont(ticks);
    QSignalSpy changed(&type_scale::notifier(), &type_scale::Notifier::changed);
    type_scale::apply(true, 1080);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().front().toBool(), true);
    QCOMPARE(pixels(plot->xAxis->tickLabelFont()), 14);  // its view restyles it, not apply()
  }
};

CNNLAB_TEST_MAIN(TestTypeScale)
#include "test_type_scale.moc"
