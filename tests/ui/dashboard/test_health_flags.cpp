// Health flags (#23): a value in trouble is flagged on amber or in the app's "wrong" colour, with its
// reason in plain words beside it; colour never says it alone.
#include <QTableWidget>
#include <QtTest>

#include <limits>

#include "tests/test_main.hpp"
#include "ui/dashboard/health_view.hpp"
#include "ui/palette.hpp"

using namespace cnnlab;

namespace {

LayerHealth relu(double dead) {
  LayerHealth h;
  h.name = "ReLU";
  h.kind = ActivationKind::DeadAtZero;
  h.hidden = true;
  h.units = 120;
  h.dead = dead;
  return h;
}

LayerHealth dense(double ratio, double gradient = 0.5) {
  LayerHealth h;
  h.name = "Dense 256→120";
  h.hasParameters = true;
  h.hidden = true;
  h.units = 120;
  h.gradientNorm = gradient;
  h.weightNorm = 4;
  h.updateRatio = ratio;
  return h;
}

}  // namespace

class TestHealthFlags : public QObject {
  Q_OBJECT

 private slots:
  void flagsSayWhyInWords() {
    using L = HealthView::Level;
    QCOMPARE(HealthView::flagOf(relu(0.35)).level, L::Fine);  // LeNet-5's conv ReLUs on MNIST: normal
    const auto warning = HealthView::flagOf(relu(0.6));
    QCOMPARE(warning.level, L::Warning);
    QVERIFY2(warning.reason.contains("60.0 %") && warning.reason.contains("stops learning"), qPrintable(warning.reason));
    QCOMPARE(HealthView::flagOf(relu(0.85)).level, L::Alarm);
    LayerHealth output = relu(0.9);
    output.hidden = false;  // the last layer's zeros are its answers, not dead units
    QCOMPARE(HealthView::flagOf(output).level, L::Fine);
    QCOMPARE(HealthView::flagOf(dense(0.001)).level, L::Fine);
    const auto large = HealthView::flagOf(dense(0.2));
    QCOMPARE(large.level, L::Alarm);
    QVERIFY(large.reason.contains("η is too large"));
    QCOMPARE(HealthView::flagOf(dense(1e-8)).level, L::Warning);
    QVERIFY(HealthView::flagOf(dense(0.001, std::numeric_limits<double>::quiet_NaN())).reason.contains("diverged"));
  }

  void theTableMarksTheValueAndWritesTheReason() {
    HealthView view;
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TrainingSnapshot s;
    s.parts = SnapshotParts{SnapshotPart::Health};
    s.health.layers = {dense(0.001), relu(0.9), dense(0.2)};
    view.showSnapshot(s);
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), 3);
    const int reason = table->columnCount() - 1;
    QCOMPARE(table->item(0, reason)->text(), QString("fine"));
    QCOMPARE(table->item(0, 2)->background().color().alpha(), 0);  // nothing flagged
    QVERIFY(table->item(1, reason)->text().startsWith(QString::fromUtf8("✗")));
    QCOMPARE(table->item(1, 2)->background().color(), QColor(palette::kError));  // the dead share itself
    QCOMPARE(table->item(2, 4)->background().color(), QColor(palette::kError));  // the update ratio
    QVERIFY(table->item(2, reason)->text().contains("η"));
  }
};

CNNLAB_TEST_MAIN(TestHealthFlags)
#include "test_health_flags.moc"
