// Tests for engine/teaching/correlation: the notes' worked examples, the trace, and bad input.
#include <QtTest>

#include "engine/teaching/correlation.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;


class TestCorrelation : public QObject {
  Q_OBJECT

 private slots:
  void notesExamples_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("expected");
    // Notes, "Cross-Correlation": valid ★ of the 3×3 input (last value 9).
    QTest::newRow("valid correlation") << "1 6 2; 5 3 1; 7 0 9" << "1 2; -1 0" << int(CorrelationMode::Valid)
                                       << int(Operation::Correlate) << "8 7; 4 5";
    // Notes, "Convolution Operation": I * K = I ★ rot180(K), last input value 4.
    QTest::newRow("convolution") << "1 6 2; 5 3 1; 7 0 4" << "1 2; -1 0" << int(CorrelationMode::Valid)
                                 << int(Operation::Convolve) << "7 5; 11 3";
    // Notes, "Full Cross-correlation".
    QTest::newRow("full correlation") << "1 6 2; 5 3 1; 7 0 4" << "1 2; -1 0" << int(CorrelationMode::Full)
                                      << int(Operation::Correlate) << "0 -1 -6 -2; 2 8 7 1; 10 4 5 -3; 14 7 8 4";
  }
  void notesExamples() {
    QFETCH(QString, input);
    QFETCH(QString, kernel);
    QFETCH(int, mode);
    QFETCH(int, operation);
    QFETCH(QString, expected);
    CorrelationOptions options;
    options.mode = CorrelationMode(mode);
    options.operation = Operation(operation);
    const arma::mat out = correlate(matrixOf(qPrintable(input)), matrixOf(qPrintable(kernel)), options);
    QVERIFY2(sameMatrix(out, matrixOf(qPrintable(expected))), qPrintable(QString::fromStdString([&] {
               std::ostringstream s; out.raw_print(s); return s.str(); }())));
    // The trace computes the same output.
    const CorrelationTrace trace = traceCorrelation(matrixOf(qPrintable(input)), matrixOf(qPrintable(kernel)), options);
    QVERIFY(sameMatrix(trace.output, out));
    // And float agrees with double.
    const arma::fmat outF = correlate(arma::conv_to<arma::fmat>::from(matrixOf(qPrintable(input))),
                                      arma::conv_to<arma::fmat>::from(matrixOf(qPrintable(kernel))), options);
    QVERIFY(sameMatrix(arma::conv_to<arma::mat>::from(outF), out));
  }

  void rot180IsHorizontalThenVerticalFlip() {
    QVERIFY(sameMatrix(rot180(matrixOf("1 2; -1 0")), matrixOf("0 -1; 2 1")));  // the notes' rotated kernel
    QVERIFY(sameMatrix(rot180(matrixOf("1 2 3; 4 5 6")), matrixOf("6 5 4; 3 2 1")));
    QVERIFY(sameMatrix(convolve(matrixOf("1 6 2; 5 3 1; 7 0 4"), matrixOf("1 2; -1 0")),
                  correlate(matrixOf("1 6 2; 5 3 1; 7 0 4"), rot180(matrixOf("1 2; -1 0")))));
  }

  void validTraceWritesTheNotesFormulas() {
    const CorrelationTrace trace = traceCorrelation(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"));
    QCOMPARE(trace.cells.size(), std::size_t(4));
    const char* expected[] = {"a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8", "b = 6×1 + 2×2 + 3×(−1) + 1×0 = 7",
                              "c = 5×1 + 3×2 + 7×(−1) + 0×0 = 4", "d = 3×1 + 1×2 + 0×(−1) + 9×0 = 5"};
    for (std::size_t i = 0; i < 4; ++i)
      QCOMPARE(QString::fromStdString(formatCell(trace.cells[i], cellLetter(i))), QString::fromUtf8(expected[i]));
    QCOMPARE(QString::fromStdString(formatCell(trace.cells[0])), QString::fromUtf8("y[0][0] = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));
    // Window positions and the input cells behind each product.
    QCOMPARE(trace.cells[3].windowRow, 1L);
    QCOMPARE(trace.cells[3].windowCol, 1L);
    QCOMPARE(trace.cells[3].products[3].inputRow, std::size_t(2));
    QCOMPARE(trace.cells[3].products[3].inputCol, std::size_t(2));
    QCOMPARE(trace.cells[3].products[3].inputValue, 9.0);
  }

  void fullTraceOmitsPaddedZeros() {
    // Notes: a = 0×1 = 0, b = −1×1 + 0×6 = −1, e = 2×1 + 0×5 = 2, f = four products = 8.
    const CorrelationTrace trace = traceCorrelation(matrixOf("1 6 2; 5 3 1; 7 0 4"), matrixOf("1 2; -1 0"),
                                                    {.mode = CorrelationMode::Full});
    QCOMPARE(trace.cells.size(), std::size_t(16));
    QCOMPARE(trace.cells[0].products.size(), std::size_t(1));
    QCOMPARE(trace.cells[0].products[0].inputValue * trace.cells[0].products[0].kernelValue, 0.0);
    QCOMPARE(trace.cells[1].products.size(), std::size_t(2));
    QCOMPARE(trace.cells[1].sum, -1.0);
    QCOMPARE(trace.cells[4].sum, 2.0);
    QCOMPARE(trace.cells[5].products.size(), std::size_t(4));
    QCOMPARE(trace.cells[5].sum, 8.0);
    QCOMPARE(trace.cells[0].windowRow, -1L);
    QCOMPARE(QString::fromStdString(formatCell(trace.cells[1], "b")), QString::fromUtf8("b = 1×(−1) + 6×0 = −1"));
  }

  void paddingAndStrideMatchDirectSum() {
    arma::arma_rng::set_seed(7);
    const arma::mat input = arma::round(10 * arma::randu<arma::mat>(6, 7) - 5);
    const arma::mat kernel = arma::round(4 * arma::randu<arma::mat>(3, 3) - 2);
    for (std::size_t padding : {0, 1, 2})
      for (std::size_t stride : {1, 2, 3}) {
        const arma::mat out = correlate(input, kernel, {.padding = padding, .stride = stride});
        arma::mat padded(input.n_rows + 2 * padding, input.n_cols + 2 * padding, arma::fill::zeros);
        padded.submat(padding, padding, padding + input.n_rows - 1, padding + input.n_cols - 1) = input;
        QCOMPARE(out.n_rows, (padded.n_rows - 3) / stride + 1);
        for (std::size_t r = 0; r < out.n_rows; ++r)
          for (std::size_t c = 0; c < out.n_cols; ++c)
            QCOMPARE(out(r, c), arma::accu(padded.submat(r * stride, c * stride, r * stride + 2, c * stride + 2) % kernel));
      }
  }

  void formatNumber_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 8.0 << "8";
    QTest::newRow("negative") << -6.0 << "−6";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("fraction") << 0.25 << "0.25";
    QTest::newRow("negative fraction") << -1.5 << "−1.5";
    QTest::newRow("long fraction") << 0.123456 << "0.1235";
    QTest::newRow("small, not zero") << 7.784e-12 << "7.784e-12";  // a softmax output's tiny gradient
    QTest::newRow("negative small") << -2.5e-9 << "−2.5e-09";
    QTest::newRow("rounding noise is 0") << (0.2 - 0.3 + 0.1) << "0";
  }
  void formatNumber() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(cnnlab::formatNumber(value)), text);
  }

  void badInput_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<QString>("message");
    QTest::newRow("ragged") << "1 2; 3" << "1" << "ragged matrix";
    QTest::newRow("not a number") << "1 2; 3 x" << "1" << "not a number: 'x'";
    QTest::newRow("empty") << " ; " << "1" << "empty matrix";
    QTest::newRow("infinite") << "1 inf" << "1" << "not a number";
    QTest::newRow("kernel too large") << "1 2; 3 4" << "1 2 3; 4 5 6; 7 8 9" << "larger than the input";
  }
  void badInput() {
    QFETCH(QString, input);
    QFETCH(QString, kernel);
    QFETCH(QString, message);
    try {
      traceCorrelation(parseMatrix(input.toStdString()), parseMatrix(kernel.toStdString()));
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString(e.what()).contains(message), e.what());
      QVERIFY(!QString(e.what()).contains('\n'));
    }
  }

  void parseAcceptsCommasAndNewlines() {
    QVERIFY(sameMatrix(parseMatrix("1, 2\n3, 4\n"), matrixOf("1 2; 3 4")));
    QVERIFY(sameMatrix(parseMatrix("[1 -2.5; 3e1 4]"), matrixOf("1 -2.5; 30 4")));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestCorrelation)
#include "test_correlation.moc"
