// The Compare view offscreen with its real worker thread: a 3-run comparison starts, pauses
// (its progress stands still), resumes and finishes with overlaid curves, a legend, a table of
// final numbers and the verdict computed from those numbers; the GUI thread stays responsive.
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include "tests/qtry_timeout.hpp"
#include <qcustomplot.h>

#include "tests/test_main.hpp"
#include "ui/experiments/compare_view.hpp"
#include "ui/main_window.hpp"
#include "ui/plot/line_labels.hpp"

using namespace cnnlab;

class TestCompareView : public QObject {
  Q_OBJECT

 private slots:
  void threeRunsStartPauseResume() {
    CompareView view;
    view.resize(1400, 850);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectExperiment("gd-vs-sgd"));
    view.setEpochs(30);  // long enough to pause in the middle (~1 s on this machine)
    // Before a run the axes take the plot's width (an empty legend row once squeezed them to 50 px),
    // and the plot says what to press.
    for (QCustomPlot* plot : {view.accuracyPlot(), view.lossPlot()}) {
      plot->replot(QCustomPlot::rpImmediateRefresh);
      auto* labels = plot->findChild<LineLabels*>();
      QVERIFY(labels);
      QVERIFY2(labels->emptyTextShown().startsWith(QString::fromUtf8("Press ▶ Run experiment")), qPrintable(labels->emptyTextShown()));
      QVERIFY2(plot->axisRect()->outerRect().width() > plot->width() * 3 / 4,
               qPrintable(QString("%1 of %2 px").arg(plot->axisRect()->outerRect().width()).arg(plot->width())));
    }

    QTest::mouseClick(view.findChild<QPushButton*>("compareStart"), Qt::LeftButton);
    QVERIFY(view.running());
    QTRY_VERIFY(view.lastSnapshot() && view.lastSnapshot()->progress > 0.05);
    QVERIFY(!view.lastSnapshot()->finished);

    QTest::mouseClick(view.findChild<QPushButton*>("comparePause"), Qt::LeftButton);
    QVERIFY(view.isPaused());
    QCOMPARE(view.findChild<QPushButton*>("comparePause")->text(), QString("▶ Resume"));
    // The turn under way and the pause's own snapshot arrive (slower on a loaded machine: the
    // snapshots carry no pause flag to wait for, so wait until a whole second passes without news,
    // for up to a minute); then nothing moves.
    double paused = -1;
    for (int i = 0; i < 60 && view.lastSnapshot()->progress != paused; ++i) {
      paused = view.lastSnapshot()->progress;
      QTest::qWait(1000);
    }
    QTest::qWait(400);
    QCOMPARE(view.lastSnapshot()->progress, paused);
    QVERIFY(paused < 1);

    QTest::mouseClick(view.findChild<QPushButton*>("comparePause"), Qt::LeftButton);
    QVERIFY(!view.isPaused());
    QSignalSpy finished(&view, &CompareView::finished);
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(view.lastSnapshot()->finished);

    const ComparisonSnapshot& s = *view.lastSnapshot();
    QCOMPARE(s.runs.size(), std::size_t(3));
    QCOMPARE(view.accuracyPlot()->graphCount(), 3);
    QCOMPARE(view.lossPlot()->graphCount(), 3);
    QVERIFY(view.accuracyPlot()->legend->visible());
    QCOMPARE(view.accuracyPlot()->findChild<LineLabels*>()->emptyTextShown(), QString());  // runs drawn: no prompt
    for (int g = 0; g < 3; ++g) QCOMPARE(view.accuracyPlot()->findChild<LineLabels*>()->labelOf(view.accuracyPlot()->graph(g)), QString());
    for (int g = 0; g < 3; ++g) QVERIFY(view.accuracyPlot()->legend->hasItemWithPlottable(view.accuracyPlot()->graph(g)));
    // Under the axes, not over the curves.
    QVERIFY(view.accuracyPlot()->legend->outerRect().top() >= view.accuracyPlot()->axisRect()->outerRect().bottom());
    QCOMPARE(view.accuracyPlot()->graph(0)->data()->size(), 31);  // epoch 0 and 30 epochs
    QCOMPARE(view.table()->rowCount(), 3);
    QCOMPARE(view.table()->item(2, 0)->text(), QString::fromStdString(s.runs[2].label));
    QCOMPARE(view.table()->item(0, 2)->text(), QString::number(100 * s.runs[0].finalTestAccuracy(), 'f', 1) + " %");
    // the verdict is the experiment's, from the numbers shown
    QCOMPARE(s.verdict, findExperiment("gd-vs-sgd").verdict(s.runs));
    QVERIFY(view.verdict().contains(QString::fromStdString(s.verdict)));
    if (const QString dir = qEnvironmentVariable("CNNLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {  // the README's
      QTest::qWait(400);
      QVERIFY(view.grab().save(dir + "/compare.png"));
    }
  }

  // Four runs going (learning-rate): they progress while the GUI thread keeps turning. How long
  // the GUI thread may wait meanwhile (50 ms at most) is a wall-clock figure: bench_latency measures
  // it and .ci/timings checks it (BENCHMARKS.md).
  void fourRunsProgressWhileTheGuiTurns() {
    CompareView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectExperiment("learning-rate"));
    view.setEpochs(200);
    view.start();
    QTRY_VERIFY(view.lastSnapshot() && view.lastSnapshot()->runs.size() == 4);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start();
    const double before = view.lastSnapshot()->progress;
    QTRY_VERIFY_WITH_TIMEOUT(view.lastSnapshot()->progress > before && ticks > 10, 60000);
  }

  // Closing the view mid-run stops the worker thread.
  void closeMidRun() {
    auto view = std::make_unique<CompareView>();
    view->selectExperiment("learning-rate");
    view->setEpochs(200);
    view->start();
    QTRY_VERIFY(view->lastSnapshot() && view->lastSnapshot()->progress > 0);
    view.reset();  // must not hang or crash
  }

  void inTheMainWindow() {
    MainWindow window;
    QVERIFY(window.findChild<CompareView*>("compare") != nullptr);
  }
};

CNNLAB_TEST_MAIN(TestCompareView)
#include "test_compare_view.moc"
