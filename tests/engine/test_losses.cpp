// Tests for the losses: the notes' formulas, saturated outputs that must stay finite, gradients.
#include <QtTest>

#include "engine/gradient_check.hpp"
#include "engine/loss.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestLosses : public QObject {
  Q_OBJECT

 private slots:
  void binaryCrossEntropyKnownValue() {
    // Notes: E = −(1/n) Σ y log p + (1 − y) log(1 − p); ∂E/∂p = ((1 − y)/(1 − p) − y/p)/n.
    const arma::mat p = arma::vec{0.8, 0.3}, y = arma::vec{1.0, 0.0};
    BinaryCrossEntropy<double> bce;
    QVERIFY(std::abs(bce.value(p, y) - (-(std::log(0.8) + std::log(0.7)) / 2)) < 1e-15);
    arma::mat g(2, 1);
    bce.gradient(p, y, g);
    QVERIFY(std::abs(g(0) - (-1 / 0.8) / 2) < 1e-15);
    QVERIFY(std::abs(g(1) - (1 / 0.7) / 2) < 1e-15);
  }

  void meanSquaredErrorIsHalfTheSquaredDistance() {
    // Second notes, eq. 18: E = Σ (Y − y)² / 2; eq. 22: ∂E/∂Y = Y − y.
    const arma::mat p = arma::vec{0.5, 0.25, 1.0}, y = arma::vec{1.0, 0.0, 1.0};
    MeanSquaredError<double> mse;
    QCOMPARE(mse.value(p, y), (0.25 + 0.0625) / 2);
    arma::mat g(3, 1);
    mse.gradient(p, y, g);
    QCOMPARE(g(0), -0.5);
    QCOMPARE(g(1), 0.25);
  }

  void crossEntropyKnownValue() {
    const arma::mat p = arma::vec{0.7, 0.2, 0.1}, y = arma::vec{0.0, 1.0, 0.0};
    QVERIFY(std::abs(CrossEntropy<double>().value(p, y) + std::log(0.2)) < 1e-15);
  }

  // In float32 a sigmoid output rounds to exactly 0 or 1; the unclipped formula gives Inf/NaN.
  void saturatedOutputsStayFinite_data() {
    QTest::addColumn<QString>("loss");
    QTest::newRow("binary cross-entropy") << "binary_cross_entropy";
    QTest::newRow("cross-entropy") << "cross_entropy";
    QTest::newRow("mse") << "mean_squared_error";
  }
  void saturatedOutputsStayFinite() {
    QFETCH(QString, loss);
    auto l = makeLoss<float>(loss.toStdString());
    const arma::fmat p = arma::fvec{0.0f, 1.0f}, y = arma::fvec{1.0f, 0.0f};
    arma::fmat g(2, 1);
    QVERIFY(std::isfinite(l->value(p, y)));
    QVERIFY(l->value(p, y) >= 1.0);  // completely wrong: a large loss, not zero
    l->gradient(p, y, g);
    QVERIFY(g.is_finite());
  }

  void gradientCheck_data() {
    QTest::addColumn<QString>("loss");
    QTest::newRow("binary cross-entropy") << "binary_cross_entropy";
    QTest::newRow("cross-entropy") << "cross_entropy";
    QTest::newRow("mse") << "mean_squared_error";
  }
  void gradientCheck() {
    QFETCH(QString, loss);
    const GradientCheckResult r = checkLoss(*makeLoss<double>(loss.toStdString()), 4, 3, 9);
    QVERIFY2(r.maxInputError < 1e-7, qPrintable(QString::number(r.maxInputError)));
    QCOMPARE(r.checked, std::size_t(12));
  }

  void batchMeanEqualsMeanOfSamples() {
    const arma::mat p = {{0.9, 0.2}, {0.1, 0.6}}, y = {{1, 0}, {0, 1}};
    BinaryCrossEntropy<double> bce;
    const double mean = (bce.value(p.col(0), y.col(0)) + bce.value(p.col(1), y.col(1))) / 2;
    QVERIFY(std::abs(bce.value(p, y) - mean) < 1e-15);
  }

  void unknownLossIsRefused() {
    try {
      makeLoss<float>("hinge");
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY(QString(e.what()).contains("unknown loss 'hinge'"));
    }
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestLosses)
#include "test_losses.moc"
