// The issue-12 panels offscreen, with the real worker thread: the dashboard's Health section and
// stuck-run banner (fires on a saturated run, silent on a healthy one), the saliency maps in the
// feature-map view and in Draw a digit (equal to the engine's |∂Y_c/∂X|), and the Efficiency tab.
#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include "tests/qtry_timeout.hpp"
#include <qcustomplot.h>

#include "engine/network_spec.hpp"
#include "engine/saliency.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"
#include "ui/draw/digit_canvas.hpp"
#include "ui/draw/draw_view.hpp"
#include "ui/experiments/profile_view.hpp"
#include "ui/main_window.hpp"
#include "ui/plot/saliency_view.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/dashboard/feature_map_view.hpp"
#include "ui/dashboard/health_view.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

// A vertical stroke through the canvas' event handlers (as a hand draws a 1).
void drawOne(DigitCanvas* canvas) {
  const double side = std::min(canvas->width(), canvas->height());
  const QPointF origin((canvas->width() - side) / 2, (canvas->height() - side) / 2);
  auto at = [&](double x, double y) { return origin + QPointF(x * side, y * side); };
  auto send = [&](QEvent::Type type, QPointF p, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent event(type, p, canvas->mapToGlobal(p), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(canvas, &event);
  };
  send(QEvent::MouseButtonPress, at(0.52, 0.2), Qt::LeftButton, Qt::LeftButton);
  for (int i = 1; i <= 20; ++i) send(QEvent::MouseMove, at(0.52 - 0.004 * i, 0.2 + 0.03 * i), Qt::NoButton, Qt::LeftButton);
  send(QEvent::MouseButtonRelease, at(0.44, 0.8), Qt::LeftButton, Qt::NoButton);
}

// With CNNLAB_SCREENSHOT_DIR set, saves what the test shows there (the README's screenshots:
// CNNLAB_SCREENSHOT_DIR=docs/screenshots build/tests/test_experiment_panels).
void screenshot(QWidget* widget, const char* name) {
  const QString dir = qEnvironmentVariable("CNNLAB_SCREENSHOT_DIR");
  if (dir.isEmpty()) return;
  QTest::qWait(400);  // queued replots land first
  QVERIFY(widget->grab().save(dir + "/" + name));
}

}  // namespace

class TestExperimentPanels : public QObject {
  Q_OBJECT

  std::unique_ptr<MainWindow> window_;
  DashboardView* dash() const { return window_->dashboard(); }

  void openWindow() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTRY_VERIFY(dash()->lastSnapshot() != nullptr);
  }

  void trainEpochs(int n) {
    QSignalSpy done(&window_->session(), &TrainingSession::epochsCompleted);
    dash()->runEpochs(n);
    QVERIFY(done.wait(60000));
  }

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void cleanup() { window_.reset(); }

  // lr 20 saturates the seed network within an epoch: after two epochs at chance the banner says
  // so above every section, and the Health table shows the saturated dense sigmoid.
  void stuckRunBanner() {
    openWindow();
    QVERIFY(dash()->setLearningRate(20));
    QVERIFY(dash()->showSection("health"));
    trainEpochs(3);
    QLabel* banner = dash()->health()->banner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith("Stuck: "), qPrintable(banner->text()));
    QVERIFY(banner->text().contains("smaller init"));
    QVERIFY(dash()->showSection("dashboard"));
    QVERIFY(banner->isVisible());  // not only in the Health section
    QVERIFY(dash()->showSection("health"));
    QTableWidget* table = dash()->health()->table();
    QTRY_COMPARE(table->rowCount(), 7);
    QTRY_VERIFY(table->item(4, 2) && table->item(4, 2)->text().endsWith("saturated"));
    QVERIFY(dash()->lastSnapshot()->parts.testFlag(SnapshotPart::Health));
    screenshot(window_.get(), "health-stuck.png");
  }

  void healthyRunSaysNothing() {
    openWindow();
    trainEpochs(3);
    QTest::qWait(100);
    QVERIFY(!dash()->health()->banner()->isVisible());
    QVERIFY(dash()->lastSnapshot()->stuck.empty());
    // the Health part costs nothing while its section is hidden
    QVERIFY(!dash()->lastSnapshot()->parts.testFlag(SnapshotPart::Health));
    QVERIFY(dash()->lastSnapshot()->health.layers.empty());
  }

  // The feature-map view draws the worker's saliency map of its test image, which is the engine's.
  void featureMapSaliency() {
    openWindow();
    trainEpochs(2);
    QVERIFY(dash()->showSection("feature-maps"));
    QTRY_VERIFY(dash()->lastSnapshot()->saliency.n_elem == 784);
    const TrainingSnapshotPtr s = dash()->lastSnapshot();
    Network<float> net = buildNetwork<float>(s->model->spec);
    net.parameters() = s->model->parameters;
    const arma::fmat expected = saliencyMap(net, arma::fmat(s->input), std::size_t(s->saliencyClass));
    QVERIFY(arma::approx_equal(arma::fmat(s->saliency), expected, "reldiff", 1e-5f));
    QTRY_COMPARE(dash()->featureMaps()->saliency()->saliency().n_elem, arma::uword(784));
    QVERIFY(dash()->featureMaps()->saliency()->caption().contains("∂E/∂X"));
    screenshot(window_.get(), "saliency-feature-maps.png");
  }

  // Draw a digit: the map over the drawing is |∂Y_c/∂X| of the predicted class.
  void drawSaliency() {
    openWindow();
    trainEpochs(2);
    auto* draw = window_->findChild<DrawView*>();
    QVERIFY(draw);
    window_->findChild<QTabWidget*>()->setCurrentWidget(draw);
    const ModelSnapshotPtr model = dash()->currentModel();  // the trained weights, held still
    QVERIFY(draw->setModel(model));
    draw->canvas()->clear();  // the example it opens with
    drawOne(draw->canvas());
    QCOMPARE(draw->predictedLabel(), QString("1"));
    const arma::fmat& shown = draw->saliency()->saliency();
    QCOMPARE(shown.n_rows, arma::uword(28));
    QVERIFY(shown.max() > 0);
    Network<float> net = buildNetwork<float>(model->spec);
    net.parameters() = model->parameters;
    const arma::fmat expected = saliencyMap(net, arma::fmat(arma::vectorise(draw->networkInput())), 1);
    const float difference = arma::abs(arma::vectorise(shown) - expected).max();
    QVERIFY2(difference <= 1e-5f * expected.max(), qPrintable(QString("%1 of %2").arg(difference).arg(expected.max())));
    screenshot(window_.get(), "saliency-draw.png");
  }

  void efficiencyTab() {
    ProfileView view;
    view.resize(1300, 700);
    view.show();
    QVERIFY(view.selectPreset("lenet5"));
    view.setBatch(0);  // the preset's 32
    // Before a profile the plot says what to press, with no empty legend box (#23).
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    auto emptyText = [&] {
      for (int i = 0; i < view.plot()->itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(view.plot()->item(i)); t && t->visible()) return t->text();
      return QString();
    };
    QVERIFY2(emptyText().startsWith(QString::fromUtf8("Press “Profile one training step”")), qPrintable(emptyText()));
    QVERIFY(!view.plot()->legend->visible());
    QSignalSpy done(&view, &ProfileView::profiled);
    view.profile();
    QVERIFY(view.busy());
    QVERIFY(done.wait(60000));
    QVERIFY(view.result().has_value());
    QCOMPARE(view.result()->layers.size(), std::size_t(13));
    QCOMPARE(view.result()->batch, std::size_t(32));
    QCOMPARE(view.plot()->plottableCount(), 3);  // forward, backward, update stacked
    auto* backward = qobject_cast<QCPBars*>(view.plot()->plottable(1));
    QVERIFY(backward && backward->barBelow() == view.plot()->plottable(0));
    // stacked: the backward bars end where forward + backward do
    double top = 0;
    for (const LayerProfile& p : view.result()->layers) top = std::max(top, p.forwardUs + p.backwardUs);
    bool found = false;
    const QCPRange range = backward->getValueRange(found);
    QVERIFY(found);
    QVERIFY2(qAbs(range.upper - top) <= 1e-6 * top, qPrintable(QString("%1 against %2").arg(range.upper).arg(top)));
    QVERIFY2(view.summary().contains("add up to"), qPrintable(view.summary()));
    // The bars' legend in a row under the axes, not over the bars; the axes keep their width.
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(emptyText(), QString());
    QVERIFY(view.plot()->legend->visible());
    QVERIFY(view.plot()->legend->outerRect().top() >= view.plot()->axisRect()->outerRect().bottom() - 1);
    QVERIFY(view.plot()->axisRect()->outerRect().width() > view.plot()->width() * 3 / 4);
    screenshot(&view, "profile.png");
  }
};

CNNLAB_TEST_MAIN(TestExperimentPanels)
#include "test_experiment_panels.moc"
