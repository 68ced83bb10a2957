// Tests for MaxPool: window maxima, argmax routing of the gradient, gradient check, bad shapes.
#include <QtTest>

#include "engine/gradient_check.hpp"
#include "engine/layers/max_pool.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestMaxPool : public QObject {
  Q_OBJECT

 private slots:
  void forwardAndBackwardKnownValues() {
    MaxPool<double> pool({.inputDepth = 1, .inputHeight = 4, .inputWidth = 4, .size = 2});
    QCOMPARE(pool.outputShape(), (Shape{1, 2, 2}));
    const arma::mat image = {{1, 3, 2, 1}, {4, 2, 0, 8}, {5, 1, 7, 6}, {0, 2, 3, 9}};
    arma::mat X = arma::vectorise(image), Y(4, 1), dX(16, 1);
    pool.forward(X, Y);
    const arma::mat out(Y.memptr(), 2, 2);
    QVERIFY(arma::approx_equal(out, arma::mat{{4, 8}, {5, 9}}, "absdiff", 0));
    const arma::mat dY = arma::vec{10.0, 20.0, 30.0, 40.0};  // column-major: (0,0)=10, (1,0)=20, (0,1)=30, (1,1)=40
    pool.backward(X, Y, dY, &dX);
    const arma::mat grad(dX.memptr(), 4, 4);
    QCOMPARE(grad(1, 0), 10.0);  // the 4
    QCOMPARE(grad(2, 0), 20.0);  // the 5
    QCOMPARE(grad(1, 3), 30.0);  // the 8
    QCOMPARE(grad(3, 3), 40.0);  // the 9
    QCOMPARE(arma::accu(grad), 100.0);
  }

  // The float layer's 2×2 kernels (one pass, four windows at a time, when the height is a multiple
  // of 8) pick the same maxima and route ∂E/∂y to the same cell, the first of the largest, as the
  // double layer's scan: values from {0, 1, 2, 3}, so most windows hold a tie, and a W odd and even.
  void floatTwoByTwoMatchesDouble_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("8 × 6") << 8 << 6;
    QTest::newRow("24 × 24 (LeNet-5's first pool)") << 24 << 24;
    QTest::newRow("16 × 7 (odd width)") << 16 << 7;
    QTest::newRow("10 × 6 (not a multiple of 8)") << 10 << 6;
  }
  void floatTwoByTwoMatchesDouble() {
    QFETCH(int, height);
    QFETCH(int, width);
    const MaxPoolOptions options{.inputDepth = 3, .inputHeight = std::size_t(height), .inputWidth = std::size_t(width),
                                 .size = 2};
    MaxPool<double> reference(options);
    MaxPool<float> pool(options);
    const std::size_t N = 2, in = reference.inputShape().size(), out = reference.outputShape().size();
    arma::arma_rng::set_seed(11);
    const arma::mat X = arma::floor(4 * arma::mat(in, N, arma::fill::randu));
    const arma::mat dY = 1 + arma::floor(100 * arma::mat(out, N, arma::fill::randu));
    arma::mat Y(out, N), dX(in, N);
    arma::fmat YF(out, N), dXF(in, N, arma::fill::value(-1.0f));  // cells no window covers must come back 0
    reference.forward(X, Y);
    reference.backward(X, Y, dY, &dX);
    pool.forward(arma::conv_to<arma::fmat>::from(X), YF);
    pool.backward(arma::conv_to<arma::fmat>::from(X), YF, arma::conv_to<arma::fmat>::from(dY), &dXF);
    QVERIFY(arma::approx_equal(arma::conv_to<arma::mat>::from(YF), Y, "absdiff", 0));
    QVERIFY(arma::approx_equal(arma::conv_to<arma::mat>::from(dXF), dX, "absdiff", 0));
  }

  void oddSizesDropThePartialWindow() {
    MaxPool<float> pool({.inputDepth = 6, .inputHeight = 25, .inputWidth = 24, .size = 2});
    QCOMPARE(pool.outputShape(), (Shape{6, 12, 12}));
  }

  void gradientCheck_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("stride");
    QTest::newRow("2x2") << 2 << 2;
    QTest::newRow("3x3 stride 2 overlapping") << 3 << 2;
    QTest::newRow("3x3") << 3 << 3;
  }
  void gradientCheck() {
    QFETCH(int, size);
    QFETCH(int, stride);
    MaxPool<double> pool({.inputDepth = 2, .inputHeight = 7, .inputWidth = 6, .size = std::size_t(size),
                          .stride = std::size_t(stride)});
    const GradientCheckResult r = checkLayer(pool, 3, 5, 80);
    QVERIFY2(r.maxInputError < 1e-7, qPrintable(QString::number(r.maxInputError)));
  }

  void windowLargerThanInputIsRefused() {
    try {
      MaxPool<float> pool({.inputDepth = 1, .inputHeight = 1, .inputWidth = 1, .size = 2});
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY(QString::fromUtf8(e.what()).contains("larger than its 1×1 input"));
    }
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestMaxPool)
#include "test_max_pool.moc"
