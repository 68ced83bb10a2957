// Direct line labels (#23): each line named at its end in its colour, no legend over the data,
// labels inside the plot and apart, and an empty plot that says what to do.
#include <QtTest>

#include <qcustomplot.h>

#include "tests/test_main.hpp"
#include "ui/plot/line_labels.hpp"

using namespace cnnlab;

namespace {

QRectF labelRect(const QCPItemText* label) {
  const QPointF at = label->position->pixelPosition();
  const QFontMetricsF metrics(label->font());
  const QSizeF size(metrics.horizontalAdvance(label->text()), metrics.height());
  const Qt::Alignment a = label->positionAlignment();
  const double left = a & Qt::AlignRight ? at.x() - size.width() : a & Qt::AlignHCenter ? at.x() - size.width() / 2 : at.x();
  const double top = a & Qt::AlignBottom ? at.y() - size.height() : a & Qt::AlignVCenter ? at.y() - size.height() / 2 : at.y();
  return {QPointF(left, top), size};
}

}  // namespace

class TestLineLabels : public QObject {
  Q_OBJECT

 private slots:
  void linesAreNamedAtTheirEnds() {
    QCustomPlot plot;
    plot.resize(500, 300);
    auto* labels = new LineLabels(&plot);
    labels->setEmptyText("Press ▶ Start (Space) to watch lenet5 learn");
    QCPGraph* train = plot.addGraph();
    train->setName("train");
    train->setPen(QPen(Qt::blue));
    QCPGraph* test = plot.addGraph();
    test->setName("test");
    test->setPen(QPen(QColor(0xe6, 0x6a, 0x00)));
    QCPGraph* raw = plot.addGraph();
    raw->setName("per step");
    labels->skip(raw);
    plot.xAxis->setRange(0.5, 3.5);
    plot.yAxis->setRange(0, 1);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(labels->emptyTextShown(), QString("Press ▶ Start (Space) to watch lenet5 learn"));
    QCOMPARE(labels->labelOf(train), QString());

    // Two lines ending at nearly the same value: both named, apart, inside the axes; no legend.
    train->setData({1, 2, 3}, {0.9, 0.5, 0.30});
    test->setData({1, 2, 3}, {0.8, 0.4, 0.31});
    raw->setData({1, 2, 3}, {0.7, 0.2, 0.1});
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(labels->emptyTextShown(), QString());
    QCOMPARE(labels->labelOf(train), QString("train"));
    QCOMPARE(labels->labelOf(test), QString("test"));
    QCOMPARE(labels->labelOf(raw), QString());  // skipped
    QVERIFY(!plot.legend->visible());
    QList<QRectF> shown;
    for (int i = 0; i < plot.itemCount(); ++i)
      if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)); t && t->visible()) shown << labelRect(t);
    QCOMPARE(shown.size(), 2);
    const QRectF area = plot.axisRect()->rect();
    for (const QRectF& r : shown) QVERIFY2(area.adjusted(-1, -1, 1, 1).contains(r), qPrintable(QString("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    QVERIFY(!shown[0].intersects(shown[1]));
    // Each label is near its line's end: within two label heights of it.
    const double end = plot.yAxis->coordToPixel(0.30);
    QVERIFY(std::abs(shown[0].center().y() - end) < 2 * shown[0].height() + 4);
  }

  // A curve that leaves the plot (a loss towards p = 1) is named where it leaves, inside the axes,
  // not above the top edge where its last point lies; bars count as data for the empty state.
  void aCurveLeavingThePlotIsNamedWhereItLeaves() {
    QCustomPlot plot;
    plot.resize(500, 300);
    auto* labels = new LineLabels(&plot);
    labels->setEmptyText("Press Profile");
    QCPGraph* steep = plot.addGraph();
    steep->setName("BCE, y = 0: −log(1 − p)");
    QVector<double> p, loss;
    for (double x = 0.002; x < 1; x += 0.002) p << x, loss << -std::log(1 - x);
    p << 1.5 << 2, loss << 0.5 << 0.5;  // and points past the x axis's end, low again
    steep->setData(p, loss);
    plot.xAxis->setRange(0, 1);
    plot.yAxis->setRange(0, 4);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCPItemText* label = nullptr;
    for (int i = 0; i < plot.itemCount(); ++i)
      if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)); t && t->visible()) label = t;
    QVERIFY(label);
    QCOMPARE(label->text(), steep->name());
    const QRectF r = labelRect(label), area = plot.axisRect()->rect();
    QVERIFY2(area.adjusted(-1, -1, 1, 1).contains(r), qPrintable(QString("%1,%2 %3×%4 in %5,%6 %7×%8").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                                                    .arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())));
    // Named where it leaves the top (p ≈ 0.98, E = 4), not at its last point (p = 2, off the plot,
    // whose label would sit low on the right edge).
    QVERIFY2(r.bottom() < area.top() + area.height() / 3, qPrintable(QString("label at %1–%2 px").arg(r.top()).arg(r.bottom())));

    QCustomPlot bars;
    auto* barLabels = new LineLabels(&bars);
    barLabels->setEmptyText("Press Profile");
    bars.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(barLabels->emptyTextShown(), QString("Press Profile"));
    auto* b = new QCPBars(bars.yAxis, bars.xAxis);
    b->setData({1, 2}, {3, 4});
    bars.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(barLabels->emptyTextShown(), QString());
  }

  // A legend in a row under the axes (bars have no line ends): shown while it has entries, and the
  // axes keep the plot's width either way (an empty legend in the layout capped them at ~50 px:
  // Compare and Efficiency before their first run).
  void aLegendUnderTheAxes() {
    QCustomPlot plot;
    plot.resize(800, 400);
    new LineLabels(&plot);
    legendUnderTheAxes(&plot, 3);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    auto axesWidth = [&] {
      plot.replot(QCustomPlot::rpImmediateRefresh);
      return plot.axisRect()->outerRect().width();
    };
    QVERIFY2(axesWidth() > 700, qPrintable(QString("empty: the axes are %1 px wide").arg(axesWidth())));
    QVERIFY(!plot.legend->visible());
    auto* b = new QCPBars(plot.yAxis, plot.xAxis);
    b->setName("forward");
    b->setData({1, 2}, {3, 4});
    QVERIFY2(axesWidth() > 700, qPrintable(QString("with bars: the axes are %1 px wide").arg(axesWidth())));
    QVERIFY(plot.legend->visible());
    QVERIFY(plot.legend->outerRect().top() >= plot.axisRect()->outerRect().bottom() - 1);
    plot.clearPlottables();  // a new run starts empty again
    QVERIFY2(axesWidth() > 700, qPrintable(QString("cleared: the axes are %1 px wide").arg(axesWidth())));
    QVERIFY(!plot.legend->visible());
  }
};

CNNLAB_TEST_MAIN(TestLineLabels)
#include "test_line_labels.moc"
