// Direct line labels (#23): each line named at its end in its colour, no legend over the data,
// labels inside the plot and apart, and an empty plot that says what to do, wrapped inside its
// axes. Tick labels that stay apart at any type size (ui/plot/tick_spacing.hpp).
#include <QSignalSpy>
#include <QtTest>

#include <qcustomplot.h>

#include "tests/qtry_timeout.hpp"
#include "tests/test_main.hpp"
#include "ui/plot/line_labels.hpp"
#include "ui/plot/tick_spacing.hpp"

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
  // Presenter mode's 25 px labels on a 90 px axis: the ticker's five ticks drew "75 50 25 0 −25 −50
  // −75" on one another; kept apart, the axis still shows more than one.
  void tickLabelsStayApart() {
    QCustomPlot plot;
    plot.resize(600, 700);
    keepTickLabelsApart(&plot);
    QFont big = plot.yAxis->tickLabelFont();
    big.setPixelSize(25);
    plot.yAxis->setTickLabelFont(big);
    plot.xAxis->setTickLabelFont(big);
    plot.yAxis->setRange(-80, 80);
    plot.xAxis->setRange(0, 100);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    // Shrunk with one replot of its own: the fit follows the new layout (the queued replot it asks for).
    plot.resize(600, 160);
    QSignalSpy replots(&plot, &QCustomPlot::afterReplot);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QTRY_VERIFY(replots.count() >= 2);  // its own, and the one the fit queued with the new counts
    for (QCPAxis* axis : {plot.yAxis, plot.xAxis}) {
      QList<double> at;
      for (double t : axis->tickVector())
        if (axis->range().contains(t)) at << axis->coordToPixel(t);
      std::sort(at.begin(), at.end());
      QVERIFY2(at.size() >= 2, qPrintable(QString("%1 labels").arg(at.size())));
      const QFontMetricsF metrics(big);
      for (int i = 1; i < at.size(); ++i)
        QVERIFY2(at[i] - at[i - 1] >= (axis == plot.yAxis ? metrics.height() : metrics.horizontalAdvance("100")),
                 qPrintable(QString("%1 px apart").arg(at[i] - at[i - 1])));
    }
    // A taller plot gets its ticks back, up to the ticker's own count.
    plot.resize(600, 700);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(plot.yAxis->ticker()->tickCount(), 5);
  }

  // An empty state wider than the axes wraps inside them (presenter mode's Compare lost both ends).
  void emptyTextWrapsInsideTheAxes() {
    QCustomPlot plot;
    plot.resize(360, 300);
    auto* labels = new LineLabels(&plot);
    QFont big = plot.xAxis->tickLabelFont();
    big.setPixelSize(25);
    plot.xAxis->setTickLabelFont(big);
    labels->setEmptyText("Press ▶ Run experiment to train the runs side by side");
    plot.addGraph();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(labels->emptyTextShown(), QString("Press ▶ Run experiment to train the runs side by side"));
    QCPItemText* shown = nullptr;
    for (int i = 0; i < plot.itemCount(); ++i)
      if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->visible()) shown = text;
    QVERIFY(shown);
    QVERIFY(shown->text().contains('\n'));
    const QFontMetricsF metrics(shown->font());
    for (const QString& line : shown->text().split('\n'))
      QVERIFY2(metrics.horizontalAdvance(line) <= plot.axisRect()->width(), qPrintable(line));
  }

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
