// Central-difference gradient checks (double precision) for the strided, padded and pooled paths:
// Convolutional with stride and zero padding, one or many samples, both bias conventions, and
// MaxPool with overlapping, strided and the unrolled 2×2 windows.
#include <QtTest>

#include "engine/layers/convolutional.hpp"
#include "engine/gradient_check.hpp"
#include "engine/layers/max_pool.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestConvStridePadding : public QObject {
  Q_OBJECT

 private slots:
  void convolutionGradients_data() {
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("size");  // height = size, width = size + 1 (not square, to catch swaps)
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("kernels");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("perKernelBias");
    QTest::addColumn<int>("batch");
    QTest::newRow("stride 2") << 1 << 7 << 3 << 2 << 2 << 0 << false << 1;
    QTest::newRow("padding 1") << 1 << 5 << 3 << 2 << 1 << 1 << false << 1;
    QTest::newRow("padding 2, kernel 5") << 2 << 4 << 5 << 3 << 1 << 2 << true << 2;
    QTest::newRow("stride 2 + padding 1") << 3 << 6 << 3 << 4 << 2 << 1 << true << 3;
    QTest::newRow("stride 3 + padding 1, batch") << 2 << 8 << 4 << 2 << 3 << 1 << false << 3;
    QTest::newRow("plain, batch (stacked GEMM)") << 2 << 6 << 3 << 3 << 1 << 0 << true << 4;
  }
  void convolutionGradients() {
    QFETCH(int, depth);
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, kernels);
    QFETCH(int, stride);
    QFETCH(int, padding);
    QFETCH(bool, perKernelBias);
    QFETCH(int, batch);
    Convolutional<double> conv({.inputDepth = std::size_t(depth),
                                .inputHeight = std::size_t(size),
                                .inputWidth = std::size_t(size + 1),
                                .kernelSize = std::size_t(kernel),
                                .kernelCount = std::size_t(kernels),
                                .stride = std::size_t(stride),
                                .padding = std::size_t(padding),
                                .bias = perKernelBias ? ConvolutionBias::PerKernel : ConvolutionBias::PerOutput});
    const GradientCheckResult r = checkLayer(conv, std::size_t(batch), 11, 80);
    QVERIFY2(r.maxInputError < 1e-6, qPrintable(QString("∂E/∂X error %1").arg(r.maxInputError)));
    QVERIFY2(r.maxParameterError < 1e-6, qPrintable(QString("∂E/∂θ error %1").arg(r.maxParameterError)));
    QVERIFY(r.checked > 40);
  }

  void strideAndPaddingShapes() {
    // Ho = (H + 2p − k)/s + 1
    Convolutional<float> conv({.inputDepth = 1, .inputHeight = 28, .inputWidth = 28, .kernelSize = 5,
                               .kernelCount = 6, .stride = 2, .padding = 2});
    QCOMPARE(conv.outputShape().height, std::size_t(14));
    QCOMPARE(conv.outputShape().width, std::size_t(14));
  }

  void poolingGradients_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("stride");  // 0 = size
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("batch");
    QTest::newRow("2×2 (unrolled path)") << 2 << 0 << 8 << 3;
    QTest::newRow("2×2, odd input drops the edge") << 2 << 0 << 7 << 2;
    QTest::newRow("3×3 stride 2 (overlapping)") << 3 << 2 << 9 << 2;
    QTest::newRow("2×2 stride 1 (overlapping)") << 2 << 1 << 5 << 1;
    QTest::newRow("3×3 stride 3") << 3 << 0 << 9 << 2;
  }
  void poolingGradients() {
    QFETCH(int, size);
    QFETCH(int, stride);
    QFETCH(int, height);
    QFETCH(int, batch);
    MaxPool<double> pool({.inputDepth = 3,
                          .inputHeight = std::size_t(height),
                          .inputWidth = std::size_t(height + 2),
                          .size = std::size_t(size),
                          .stride = std::size_t(stride)});
    const GradientCheckResult r = checkLayer(pool, std::size_t(batch), 5, 80);
    QVERIFY2(r.maxError() < 1e-6, qPrintable(QString::number(r.maxError())));
  }

  // Forward (vectorised 2×2 path when H is even, the general scan otherwise) and backward
  // (unrolled 2×2 path) against a brute-force scan of each window, including a four-way tie,
  // where the first maximum in scan order (down, then right) wins: y takes its value and dx
  // gets the gradient there only.
  void poolingMatchesTheScan_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("4x6 (vectorised forward)") << 4 << 6;
    QTest::newRow("4x5, odd width: the last column dropped") << 4 << 5;
    QTest::newRow("5x6, odd height (general forward)") << 5 << 6;
  }
  void poolingMatchesTheScan() {
    QFETCH(int, height);
    QFETCH(int, width);
    const std::size_t H = std::size_t(height), W = std::size_t(width), D = 2, Ho = H / 2, Wo = W / 2;
    MaxPool<float> pool({.inputDepth = D, .inputHeight = H, .inputWidth = W, .size = 2});
    arma::fmat x(D * H * W, 2, arma::fill::randn), dx(D * H * W, 2);
    x(0, 0) = x(1, 0) = x(H, 0) = x(H + 1, 0) = 3.0f;  // a four-way tie in the first window
    arma::fmat y(pool.outputShape().size(), 2), dy(pool.outputShape().size(), 2, arma::fill::randn);
    pool.forward(x, y);
    pool.backward(x, y, dy, &dx);
    arma::fmat expected(D * H * W, 2, arma::fill::zeros);
    for (std::size_t n = 0; n < 2; ++n)
      for (std::size_t d = 0; d < D; ++d)
        for (std::size_t c = 0; c < Wo; ++c)
          for (std::size_t r = 0; r < Ho; ++r) {
            std::size_t best = 2 * r + H * (2 * c + W * d);
            for (std::size_t v = 0; v < 2; ++v)
              for (std::size_t u = 0; u < 2; ++u) {
                const std::size_t index = (2 * r + u) + H * (2 * c + v + W * d);
                if (x(index, n) > x(best, n)) best = index;
              }
            const std::size_t e = r + Ho * (c + Wo * d);
            QCOMPARE(y(e, n), x(best, n));
            QCOMPARE(pool.argmax(x.colptr(n), e), best);
            expected(best, n) = dy(e, n);
          }
    QCOMPARE(dx(0, 0), dy(0, 0));  // the tie: the first cell of the window takes it all
    QVERIFY(arma::approx_equal(dx, expected, "absdiff", 0.0f));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestConvStridePadding)
#include "test_conv_stride_padding.moc"
