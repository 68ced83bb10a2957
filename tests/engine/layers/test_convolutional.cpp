// Tests for Convolutional: forward and backward equal the notes' formulas written with the
// reference correlation, gradient checks, shapes and impossible shapes.
#include <QtTest>

#include "engine/layers/convolutional.hpp"
#include "engine/teaching/correlation.hpp"
#include "engine/gradient_check.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestConvolutional : public QObject {
  Q_OBJECT

 private slots:
  void shapes_data() {
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("outSize");
    QTest::addColumn<int>("params");
    QTest::newRow("notes seed layer") << 1 << 28 << 3 << 5 << 26 << 5 * 9 + 5 * 26 * 26;
    QTest::newRow("three channels") << 3 << 3 << 2 << 2 << 2 << 2 * 3 * 4 + 2 * 2 * 2;
    QTest::newRow("1x1 kernel") << 2 << 4 << 1 << 3 << 4 << 3 * 2 + 3 * 16;
  }
  void shapes() {
    QFETCH(int, depth);
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, count);
    QFETCH(int, outSize);
    QFETCH(int, params);
    Convolutional<float> conv({.inputDepth = std::size_t(depth), .inputHeight = std::size_t(size),
                               .inputWidth = std::size_t(size), .kernelSize = std::size_t(kernel),
                               .kernelCount = std::size_t(count)});
    QCOMPARE(conv.outputShape(), (Shape{std::size_t(count), std::size_t(outSize), std::size_t(outSize)}));
    QCOMPARE(conv.parameterCount(), std::size_t(params));
  }

  // y_i = B_i + Σ_j x_j ★ K_ij and the three backward formulas, with the notes' reference ops.
  void matchesTheNotesFormulas_data() {
    QTest::addColumn<int>("bias");
    QTest::newRow("per-output bias (notes)") << int(ConvolutionBias::PerOutput);
    QTest::newRow("per-kernel bias") << int(ConvolutionBias::PerKernel);
  }
  void matchesTheNotesFormulas() {
    QFETCH(int, bias);
    const std::size_t C = 3, H = 5, W = 4, k = 2, K = 2, N = 2;
    Convolutional<double> conv({.inputDepth = C, .inputHeight = H, .inputWidth = W, .kernelSize = k,
                                .kernelCount = K, .bias = ConvolutionBias(bias)});
    arma::vec theta(conv.parameterCount(), arma::fill::randn), grad(conv.parameterCount());
    conv.bind(theta.memptr(), grad.memptr());
    const std::size_t Ho = H - k + 1, Wo = W - k + 1;
    arma::mat X(C * H * W, N, arma::fill::randn), Y(K * Ho * Wo, N), dY(K * Ho * Wo, N, arma::fill::randn),
        dX(C * H * W, N);
    conv.forward(X, Y);
    conv.backward(X, Y, dY, &dX);
    const double* biases = theta.memptr() + C * k * k * K;
    arma::mat dK(k, k), dXj(H, W);
    for (std::size_t n = 0; n < N; ++n) {
      auto channel = [&](const arma::mat& M, std::size_t rows, std::size_t cols, std::size_t j) {
        return arma::mat(const_cast<double*>(M.colptr(n)) + rows * cols * j, rows, cols, false, true);
      };
      for (std::size_t i = 0; i < K; ++i) {
        arma::mat expected(Ho, Wo);
        if (ConvolutionBias(bias) == ConvolutionBias::PerOutput)
          expected = arma::mat(const_cast<double*>(biases) + Ho * Wo * i, Ho, Wo);
        else
          expected.fill(biases[i]);
        for (std::size_t j = 0; j < C; ++j) expected += correlate(channel(X, H, W, j), conv.kernel(i, j));
        QVERIFY(arma::approx_equal(channel(Y, Ho, Wo, i), expected, "absdiff", 1e-12));
      }
      for (std::size_t j = 0; j < C; ++j) {
        // ∂E/∂X_j = Σ_i ∂E/∂Y_i ★full rot180(K_ij) = Σ_i ∂E/∂Y_i *full K_ij
        dXj.zeros();
        for (std::size_t i = 0; i < K; ++i)
          dXj += convolve(channel(dY, Ho, Wo, i), conv.kernel(i, j), {.mode = CorrelationMode::Full});
        QVERIFY(arma::approx_equal(channel(dX, H, W, j), dXj, "absdiff", 1e-12));
      }
    }
    // ∂E/∂K_ij = Σ_n X_j ★ ∂E/∂Y_i
    for (std::size_t i = 0; i < K; ++i)
      for (std::size_t j = 0; j < C; ++j) {
        dK.zeros();
        for (std::size_t n = 0; n < N; ++n)
          dK += correlate(arma::mat(X.colptr(n) + H * W * j, H, W), arma::mat(dY.colptr(n) + Ho * Wo * i, Ho, Wo));
        QVERIFY(arma::approx_equal(arma::mat(grad.memptr() + C * k * k * i + k * k * j, k, k), dK, "absdiff", 1e-12));
      }
    // ∂E/∂B_i = ∂E/∂Y_i (summed over the batch; per kernel: also over the cells)
    const arma::vec dB(grad.memptr() + C * k * k * K, conv.biasValues());
    if (ConvolutionBias(bias) == ConvolutionBias::PerOutput)
      QVERIFY(arma::approx_equal(dB, arma::vec(arma::sum(dY, 1)), "absdiff", 1e-12));
    else
      for (std::size_t i = 0; i < K; ++i)
        QCOMPARE_LE(std::abs(dB[i] - arma::accu(dY.rows(i * Ho * Wo, (i + 1) * Ho * Wo - 1))), 1e-12);
  }

  // The float path has its own kernels: im2col's runs copied in vector blocks (run lengths below,
  // at and between whole blocks of 8) and the forward product 16 rows and up to 8 kernels at a
  // time (simd::gemmNarrow: row counts that are and are not multiples of 16, kernel counts
  // below, at and above 8). When Ho is a multiple of 8 the float layer skips im2col: the forward
  // pass and ∂E/∂K read the input directly (simd::convValidForward, convValidKernelGradient, for
  // k = 3 and 5, kernels in tiles of 4 or 2 and a tail), ∂E/∂X goes one sample at a time. All
  // must agree with the double layer, which the test above ties to the notes' formulas.
  void floatKernelsMatchDouble_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("kernels");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("kernelSize");
    QTest::addColumn<bool>("perOutputBias");
    QTest::newRow("Ho 3 (shorter than a block)") << 5 << 2 << 4 << 3 << 3 << false;
    QTest::newRow("Ho 8 (one block), 8 kernels") << 10 << 1 << 8 << 3 << 3 << false;
    QTest::newRow("Ho 8, 80 rows (no tail rows)") << 10 << 1 << 5 << 2 << 3 << false;
    QTest::newRow("Ho 13 (a block and an overlapping one), 11 kernels") << 15 << 3 << 11 << 3 << 3 << false;
    QTest::newRow("Ho 24 (three whole blocks, as in LeNet), 16 kernels") << 26 << 1 << 16 << 3 << 3 << false;
    QTest::newRow("Ho 8, k 3, 7 kernels (a tile and a tail), per-output bias") << 10 << 2 << 7 << 2 << 3 << true;
    QTest::newRow("Ho 24, k 5, 6 kernels (LeNet's first layer)") << 28 << 1 << 6 << 2 << 5 << false;
    QTest::newRow("Ho 8, k 5, 6 channels, 16 kernels (LeNet's second layer)") << 12 << 6 << 16 << 3 << 5 << false;
    QTest::newRow("Ho 8, k 5, 3 kernels, per-output bias") << 12 << 2 << 3 << 2 << 5 << true;
    QTest::newRow("Ho 9, k 5 (not a multiple of 8)") << 13 << 2 << 3 << 2 << 5 << true;
  }
  void floatKernelsMatchDouble() {
    QFETCH(int, height);
    QFETCH(int, depth);
    QFETCH(int, kernels);
    QFETCH(int, samples);
    QFETCH(int, kernelSize);
    QFETCH(bool, perOutputBias);
    const ConvolutionalOptions options{.inputDepth = std::size_t(depth), .inputHeight = std::size_t(height),
                                       .inputWidth = 7, .kernelSize = std::size_t(kernelSize),
                                       .kernelCount = std::size_t(kernels),
                                       .bias = perOutputBias ? ConvolutionBias::PerOutput : ConvolutionBias::PerKernel};
    Convolutional<double> reference(options);
    Convolutional<float> conv(options);
    const std::size_t N = std::size_t(samples), in = reference.inputShape().size(), out = reference.outputShape().size();
    arma::vec theta(reference.parameterCount(), arma::fill::randn), grad(reference.parameterCount());
    arma::fvec thetaF = arma::conv_to<arma::fvec>::from(theta), gradF(reference.parameterCount());
    reference.bind(theta.memptr(), grad.memptr());
    conv.bind(thetaF.memptr(), gradF.memptr());
    arma::mat X(in, N, arma::fill::randn), dY(out, N, arma::fill::randn), Y(out, N), dX(in, N);
    arma::fmat XF = arma::conv_to<arma::fmat>::from(X), dYF = arma::conv_to<arma::fmat>::from(dY), YF(out, N),
               dXF(in, N);
    reference.forward(X, Y);
    reference.backward(X, Y, dY, &dX);
    conv.forward(XF, YF);
    conv.backward(XF, YF, dYF, &dXF);
    QVERIFY(arma::approx_equal(arma::conv_to<arma::mat>::from(YF), Y, "absdiff", 1e-4));
    QVERIFY(arma::approx_equal(arma::conv_to<arma::mat>::from(dXF), dX, "absdiff", 1e-4));
    QVERIFY(arma::approx_equal(arma::conv_to<arma::vec>::from(gradF), grad, "absdiff", 1e-3));
  }

  void gradientCheck_data() {
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("bias");
    QTest::newRow("valid") << 1 << 0 << int(ConvolutionBias::PerOutput);
    QTest::newRow("stride 2") << 2 << 0 << int(ConvolutionBias::PerKernel);
    QTest::newRow("padding 1") << 1 << 1 << int(ConvolutionBias::PerOutput);
    QTest::newRow("stride 2 padding 2") << 2 << 2 << int(ConvolutionBias::PerKernel);
  }
  void gradientCheck() {
    QFETCH(int, stride);
    QFETCH(int, padding);
    QFETCH(int, bias);
    Convolutional<double> conv({.inputDepth = 2, .inputHeight = 6, .inputWidth = 5, .kernelSize = 3,
                                .kernelCount = 3, .stride = std::size_t(stride), .padding = std::size_t(padding),
                                .bias = ConvolutionBias(bias)});
    const GradientCheckResult r = checkLayer(conv, 2, 11, 60);
    QVERIFY2(r.maxInputError < 1e-6, qPrintable(QString::number(r.maxInputError)));
    QVERIFY2(r.maxParameterError < 1e-6, qPrintable(QString::number(r.maxParameterError)));
    QVERIFY(r.checked > 60);
  }

  void impossibleShapes_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("stride");
    QTest::addColumn<QString>("message");
    QTest::newRow("kernel larger than input") << 3 << 5 << 1 << 1 << "larger than its 3×3 input";
    QTest::newRow("zero kernels") << 5 << 3 << 0 << 1 << "kernels must be at least 1";
    QTest::newRow("zero kernel size") << 5 << 0 << 1 << 1 << "kernel_size must be at least 1";
    QTest::newRow("zero stride") << 5 << 3 << 1 << 0 << "stride must be at least 1";
  }
  void impossibleShapes() {
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, count);
    QFETCH(int, stride);
    QFETCH(QString, message);
    try {
      Convolutional<float> conv({.inputDepth = 1, .inputHeight = std::size_t(size), .inputWidth = std::size_t(size),
                                 .kernelSize = std::size_t(kernel), .kernelCount = std::size_t(count),
                                 .stride = std::size_t(stride)});
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
  }

  // Layer::backwardUpdate's default: backward(), then θ ← θ − η ∂E/∂θ on the layer's own bound
  // parameters, with ∂E/∂X taken before the update.
  void backwardUpdateIsBackwardThenSgd() {
    const ConvolutionalOptions options{.inputDepth = 2, .inputHeight = 6, .inputWidth = 5, .kernelSize = 3,
                                       .kernelCount = 3, .stride = 2, .padding = 1,
                                       .bias = ConvolutionBias::PerKernel};
    Convolutional<double> fused(options), plain(options);
    const std::size_t P = fused.parameterCount();
    arma::vec thetaFused(P + 2, arma::fill::zeros), gradFused(P + 2, arma::fill::zeros);
    arma::arma_rng::set_seed(11);
    thetaFused.head(P).randn();
    thetaFused.tail(2).fill(42);  // past the layer's values: must stay untouched
    arma::vec thetaPlain = thetaFused, gradPlain = gradFused;
    fused.bind(thetaFused.memptr(), gradFused.memptr());
    plain.bind(thetaPlain.memptr(), gradPlain.memptr());
    const arma::mat x = arma::randn<arma::mat>(fused.inputShape().size(), 4);
    arma::mat y(fused.outputShape().size(), 4), yPlain = y;
    fused.forward(x, y);
    plain.forward(x, yPlain);
    const arma::mat dY = arma::randn<arma::mat>(y.n_rows, y.n_cols);
    arma::mat dXFused(x.n_rows, x.n_cols), dXPlain(x.n_rows, x.n_cols);
    const double rate = 0.25;
    fused.backwardUpdate(x, y, dY, &dXFused, rate);
    plain.backward(x, yPlain, dY, &dXPlain);
    const arma::vec before = thetaPlain;
    thetaPlain.head(P) -= rate * gradPlain.head(P);
    QVERIFY(!arma::approx_equal(thetaPlain, before, "absdiff", 1e-6));
    QVERIFY(arma::approx_equal(thetaFused, thetaPlain, "absdiff", 1e-12));
    QVERIFY(arma::approx_equal(gradFused, gradPlain, "absdiff", 1e-12));  // gradients written as by backward()
    QVERIFY(arma::approx_equal(dXFused, dXPlain, "absdiff", 1e-12));      // ∂E/∂X with the old kernels
    QCOMPARE(thetaFused(P), 42.0);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestConvolutional)
#include "test_convolutional.moc"
