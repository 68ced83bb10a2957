// Tests for Dense: Y = W·X + b against hand-computed values, gradient check, bad sizes.
#include <QtTest>

#include "engine/layers/dense.hpp"
#include "engine/gradient_check.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestDense : public QObject {
  Q_OBJECT

 private slots:
  void forwardKnownValues() {
    Dense<double> dense({.inputSize = 3, .outputSize = 2});
    // W = [1 2 3; -1 0 1] (column-major storage), b = [0.5, -2]
    arma::vec theta = {1, -1, 2, 0, 3, 1, 0.5, -2}, grad(theta.n_elem);
    dense.bind(theta.memptr(), grad.memptr());
    const arma::mat X = {{1, 0}, {1, 1}, {2, -1}};  // two samples: (1,1,2) and (0,1,-1)
    arma::mat Y(2, 2);
    dense.forward(X, Y);
    QCOMPARE(Y(0, 0), 1 + 2 + 6 + 0.5);
    QCOMPARE(Y(1, 0), -1 + 0 + 2 - 2.0);
    QCOMPARE(Y(0, 1), 0 + 2 - 3 + 0.5);
    QCOMPARE(Y(1, 1), 0 + 0 - 1 - 2.0);
    // Backward with ∂E/∂Y = 1 everywhere: ∂E/∂b = N, ∂E/∂W_ij = Σ_n x_jn, ∂E/∂x = column sums of W.
    arma::mat dY(2, 2, arma::fill::ones), dX(3, 2);
    dense.backward(X, Y, dY, &dX);
    QCOMPARE(grad[6], 2.0);
    QCOMPARE(grad[7], 2.0);
    QCOMPARE(grad[0], 1.0);  // W(0,0): x_0 summed = 1 + 0
    QCOMPARE(grad[4], 1.0);  // W(0,2): 2 + (−1)
    QCOMPARE(dX(0, 0), 0.0);
    QCOMPARE(dX(2, 1), 4.0);
  }

  void gradientCheck_data() {
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("batch");
    QTest::newRow("per sample") << 7 << 4 << 1;
    QTest::newRow("batch") << 5 << 3 << 4;
    QTest::newRow("single unit") << 6 << 1 << 2;
  }
  void gradientCheck() {
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, batch);
    Dense<double> dense({.inputSize = std::size_t(in), .outputSize = std::size_t(out)});
    const GradientCheckResult r = checkLayer(dense, std::size_t(batch), 3, 60);
    QVERIFY2(r.maxError() < 1e-7, qPrintable(QString::number(r.maxError())));
  }

  void initialisationIsSeeded() {
    Dense<float> a({.inputSize = 4, .outputSize = 3}), b({.inputSize = 4, .outputSize = 3});
    arma::fvec ta(a.parameterCount()), tb(b.parameterCount()), g(a.parameterCount());
    a.bind(ta.memptr(), g.memptr());
    b.bind(tb.memptr(), g.memptr());
    std::mt19937_64 r1(5), r2(5);
    a.initialize(r1, Initialization::UniformFanIn);
    b.initialize(r2, Initialization::UniformFanIn);
    QVERIFY(arma::approx_equal(ta, tb, "absdiff", 0));
    QVERIFY(arma::abs(ta).max() <= 0.5f);  // U(±1/√4)
    QVERIFY(arma::abs(ta).max() > 0.0f);
  }

  void zeroSizesAreRefused() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dense<float>({.inputSize = 0, .outputSize = 2}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dense<float>({.inputSize = 2, .outputSize = 0}));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestDense)
#include "test_dense.moc"
