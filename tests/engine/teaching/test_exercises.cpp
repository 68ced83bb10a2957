// Tests for engine/teaching/exercises: every known mistake applied to generated exercises is named,
// right answers pass within tolerance, an unexplained answer is unknown, and the generator is
// reproducible and computes what the notes say.
#include <QtTest>

#include <map>

#include "engine/teaching/exercises.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {
constexpr Mistake kMistakes[] = {Mistake::KernelNotFlipped, Mistake::KernelFlipped, Mistake::WindowShifted,
                                 Mistake::SignError,        Mistake::TermMissing,   Mistake::WrongExtent};

// Every wrong answer a mistake gives for cell (r, c) of a correlation part.
std::vector<std::pair<Mistake, double>> wrongAnswers(const ExercisePart& part, std::size_t r, std::size_t c) {
  std::vector<std::pair<Mistake, double>> out;
  const CorrelationOptions& o = part.options;
  const bool convolving = o.operation == Operation::Convolve;
  CorrelationOptions swapped = o;
  swapped.operation = convolving ? Operation::Correlate : Operation::Convolve;
  const arma::mat other = convolving ? correlate(part.left, part.kernel, swapped) : convolve(part.left, part.kernel, swapped);
  out.push_back({convolving ? Mistake::KernelNotFlipped : Mistake::KernelFlipped, other(r, c)});

  const CorrelationTrace trace = traceCorrelation(part.left, part.kernel, o);
  const TraceCell& cell = trace.cells[r * trace.output.n_cols + c];
  for (const TraceProduct& p : cell.products) {
    const double product = p.inputValue * p.kernelValue;
    if (product < 0) out.push_back({Mistake::SignError, cell.sum + 2 * std::abs(product)});
    out.push_back({Mistake::TermMissing, cell.sum - product});
  }

  // The window one step off, on the zero-padded input.
  const arma::mat& k = trace.appliedKernel;
  const std::size_t pad = trace.padding();
  arma::mat padded(part.left.n_rows + 2 * pad, part.left.n_cols + 2 * pad, arma::fill::zeros);
  padded.submat(pad, pad, pad + part.left.n_rows - 1, pad + part.left.n_cols - 1) = part.left;
  const long top = long(r * o.stride), left = long(c * o.stride);
  for (const auto& [dr, dc] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
    const long wr = top + dr, wc = left + dc;
    if (wr < 0 || wc < 0 || wr + k.n_rows > padded.n_rows || wc + k.n_cols > padded.n_cols) continue;
    out.push_back({Mistake::WindowShifted,
                   arma::accu(padded.submat(wr, wc, wr + k.n_rows - 1, wc + k.n_cols - 1) % k)});
  }

  // The other mode's cell (r, c), when it has one.
  CorrelationOptions mode = o;
  mode.mode = o.mode == CorrelationMode::Full ? CorrelationMode::Valid : CorrelationMode::Full;
  mode.padding = 0;
  const arma::mat extent = convolving ? convolve(part.left, part.kernel, mode) : correlate(part.left, part.kernel, mode);
  if (r < extent.n_rows && c < extent.n_cols && !(o.mode == CorrelationMode::Valid && o.padding + 1 == k.n_rows))
    out.push_back({Mistake::WrongExtent, extent(r, c)});
  return out;
}
}  // namespace

class TestExercises : public QObject {
  Q_OBJECT

 private slots:
  // Notes, "Cross-Correlation": a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8.
  void notesCell_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("answer");
    QTest::addColumn<QString>("mistake");
    const int corr = int(Operation::Correlate), conv = int(Operation::Convolve);
    const int valid = int(CorrelationMode::Valid), full = int(CorrelationMode::Full);
    QTest::newRow("right") << corr << valid << 8.0 << "none";
    QTest::newRow("right, rounded") << corr << valid << 8.004 << "none";
    QTest::newRow("just outside the tolerance") << corr << valid << 8.02 << "unknown";
    // 5×(−1) written as +5: 8 + 10.
    QTest::newRow("sign lost") << corr << valid << 18.0 << "sign_error";
    // 6×2 left out.
    QTest::newRow("term missing") << corr << valid << -4.0 << "term_missing";
    // rot180(K) = [0 −1; 2 1]: 0·1 − 6 + 10 + 3 = 7.
    QTest::newRow("flipped when correlating") << corr << valid << 7.0 << "kernel_flipped";
    // Convolution's a is 7 (notes); the unrotated kernel gives the correlation's 8.
    QTest::newRow("not flipped when convolving") << conv << valid << 8.0 << "kernel_not_flipped";
    // Full a = 0×1 = 0 (notes), written for the valid cell.
    QTest::newRow("full for valid") << corr << valid << 0.0 << "wrong_extent";
    // Valid a = 8 written for full cell (0,0), whose right value is 0.
    QTest::newRow("valid for full") << corr << full << 8.0 << "wrong_extent";
    // Valid cell (0,0)'s window moved one column right is b = 7 … which is also kernel_flipped's 7:
    // the earlier name wins, so use a row shift: c = 4.
    QTest::newRow("window one row down") << corr << valid << 4.0 << "window_shifted";
    QTest::newRow("nothing explains it") << corr << valid << 1234.5 << "unknown";
  }
  void notesCell() {
    QFETCH(int, operation);
    QFETCH(int, mode);
    QFETCH(double, answer);
    QFETCH(QString, mistake);
    const CorrelationOptions o{.mode = CorrelationMode(mode), .operation = Operation(operation)};
    const Diagnosis d = diagnoseCell(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), o, 0, 0, answer);
    QCOMPARE(QString::fromStdString(mistakeName(d.mistake)), mistake);
    QCOMPARE(d.correct, mistake == "none");
  }

  void highlightsTheTerm() {
    const Diagnosis d = diagnoseCell(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {}, 0, 0, 18);
    QCOMPARE(d.detail.termRow, 1L);  // the 5 of 5×(−1)
    QCOMPARE(d.detail.termCol, 0L);
    const Diagnosis shifted = diagnoseCell(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {}, 0, 0, 4);
    QCOMPARE(shifted.detail.windowRow, 1L);
    QCOMPARE(shifted.detail.windowCol, 0L);
    QCOMPARE(shifted.windowRow, 0L);
  }

  // Two mistakes give −1: losing the sign of −1 (−3 + 2) and leaving out −2 (−3 + 2).
  void twoMistakesSameNumber() {
    const Diagnosis d = diagnoseCell(matrixOf("1 1; 0 0"), matrixOf("-1 -2; 0 0"), {}, 0, 0, -1);
    QCOMPARE(d.mistake, Mistake::SignError);
    QCOMPARE(d.also, std::vector<Mistake>{Mistake::TermMissing});
  }

  // The heart of #17: on generated exercises, each mistake's wrong answer is diagnosed as that
  // mistake (or an earlier one that gives the same number, with this one in `also`). The wrong
  // answers are built here from correlate/convolve and the trace, not with the diagnosis's code.
  void everyMistakeIsNamed() {
    std::map<Mistake, int> tried, namedFirst;
    for (int level = 1; level <= 6; ++level)
      for (std::uint64_t seed = 0; seed < 12; ++seed) {
        const Exercise ex = generateExercise(level, seed);
        for (const ExercisePart& part : ex.parts)
          for (std::size_t r = 0; r < part.answer.n_rows; ++r)
            for (std::size_t c = 0; c < part.answer.n_cols; ++c)
              for (const auto& [mistake, wrong] : wrongAnswers(part, r, c)) {
                if (withinTolerance(wrong, part.answer(r, c))) continue;  // this mistake changes nothing here
                const Diagnosis d = diagnosePart(part, r, c, wrong);
                QVERIFY(!d.correct);
                const bool named = d.mistake == mistake ||
                                   std::find(d.also.begin(), d.also.end(), mistake) != d.also.end();
                if (!named)
                  QFAIL(qPrintable(QStringLiteral("level %1 seed %2 cell (%3,%4): %5 (%6) diagnosed as %7")
                                       .arg(level).arg(seed).arg(r).arg(c)
                                       .arg(QString::fromStdString(mistakeName(mistake))).arg(wrong)
                                       .arg(QString::fromStdString(mistakeName(d.mistake)))));
                // The mistake named first never comes later in the order than this one.
                QVERIFY(int(d.mistake) <= int(mistake));
                // applyMistake (the stepper's "what you computed") knows the same wrong numbers.
                bool known = false;
                for (std::size_t v = 0;; ++v) {
                  const auto value = applyMistake(part.left, part.kernel, part.options, r, c, mistake, v);
                  if (!value) break;
                  known = known || withinTolerance(*value, wrong);
                }
                QVERIFY(known);
                ++tried[mistake];
                namedFirst[mistake] += d.mistake == mistake;
              }
      }
    for (Mistake mistake : kMistakes) {
      QVERIFY2(tried[mistake] > 20, mistakeName(mistake).c_str());
      QVERIFY2(namedFirst[mistake] > 0, mistakeName(mistake).c_str());
    }
  }

  void rightAnswersAndUnknown() {
    for (int level = 1; level <= 7; ++level)
      for (std::uint64_t seed = 0; seed < 5; ++seed)
        for (const ExercisePart& part : generateExercise(level, seed).parts)
          for (std::size_t r = 0; r < part.answer.n_rows; ++r)
            for (std::size_t c = 0; c < part.answer.n_cols; ++c) {
              const double right = part.answer(r, c);
              QVERIFY(diagnosePart(part, r, c, right).correct);
              QVERIFY(diagnosePart(part, r, c, right + 0.004).correct);  // rounded to two decimals
              const Diagnosis far = diagnosePart(part, r, c, right + 1000.25);
              QVERIFY(!far.correct);
              QCOMPARE(far.mistake, Mistake::Unknown);
              QVERIFY(far.also.empty());
            }
  }

  void sumCells() {
    QCOMPARE(diagnoseSum({0.5, -0.25}, 0.25).mistake, Mistake::None);
    QCOMPARE(diagnoseSum({0.5, -0.25}, 0.75).mistake, Mistake::SignError);
    QCOMPARE(diagnoseSum({0.5, -0.25}, 0.5).mistake, Mistake::TermMissing);
    QCOMPARE(diagnoseSum({0.5, -0.25}, -0.25).mistake, Mistake::TermMissing);
    QCOMPARE(diagnoseSum({0.5, -0.25}, 3).mistake, Mistake::Unknown);
    // Level 7's step −a·Δw: the minus of −a·α·δ lost.
    const ExercisePart part = generateExercise(7, 1).parts.at(0);
    QCOMPARE(diagnosePart(part, 0, 1, -part.answer(0, 1)).mistake,
             part.answer(0, 1) < 0 ? Mistake::SignError : Mistake::Unknown);
  }

  void reproducible() {
    for (int level = 1; level <= 7; ++level) {
      const Exercise a = generateExercise(level, 42), b = generateExercise(level, 42), c = generateExercise(level, 43);
      QCOMPARE(a.parts.size(), b.parts.size());
      bool differs = false;
      for (std::size_t i = 0; i < a.givens.size(); ++i) {
        QVERIFY(arma::approx_equal(a.givens[i].second, b.givens[i].second, "absdiff", 0));
        differs = differs || !arma::approx_equal(a.givens[i].second, c.givens[i].second, "absdiff", 0);
      }
      QVERIFY2(differs, qPrintable(QString::number(level)));
    }
  }

  void levels() {
    QCOMPARE(generateExercise(1, 0).parts[0].left.n_rows, 3u);
    QCOMPARE(generateExercise(1, 0).parts[0].answer.n_rows, 2u);
    QCOMPARE(generateExercise(2, 0).parts[0].answer.n_rows, 3u);  // 5 − 3 + 1
    QCOMPARE(generateExercise(3, 0).parts[0].answer.n_rows, 4u);  // 3 + 2 − 1
    QCOMPARE(generateExercise(4, 0).parts[0].options.operation, Operation::Convolve);
    QCOMPARE(generateExercise(5, 0).parts[0].answer.n_rows, 3u);  // (5 + 2 − 3)/2 + 1
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateExercise(0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateExercise(8, 0));
  }

  // Level 6 against the notes' element-wise sums, written out independently of correlate():
  // ∂E/∂K_uv = Σ_rc ∂E/∂Y_rc·X_(r+u)(c+v), and each ∂E/∂Y_rc scatters K into ∂E/∂X.
  void convLayerBackward() {
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
      const Exercise ex = generateExercise(6, seed);
      const arma::mat& x = ex.givens[0].second;
      const arma::mat& k = ex.givens[1].second;
      const arma::mat& dy = ex.givens[2].second;
      arma::mat dk(2, 2, arma::fill::zeros), dx(3, 3, arma::fill::zeros);
      for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 2; ++c)
          for (std::size_t u = 0; u < 2; ++u)
            for (std::size_t v = 0; v < 2; ++v) {
              dk(u, v) += dy(r, c) * x(r + u, c + v);
              dx(r + u, c + v) += dy(r, c) * k(u, v);
            }
      QVERIFY(arma::approx_equal(ex.parts[0].answer, dk, "absdiff", 1e-12));
      QVERIFY(arma::approx_equal(ex.parts[1].answer, dx, "absdiff", 1e-12));
    }
  }

  // Level 7: the step −a·Δw²_ij = −a·α¹_i·δ²_j (Δw the gradient, as (27)), α¹ and δ² the engine's, rounded to 3 decimals.
  void mlpUpdate() {
    const Exercise ex = generateExercise(7, 5);
    const arma::mat alpha = ex.givens[0].second, delta = ex.givens[1].second;
    const double a = ex.givens[2].second(0, 0);
    for (std::size_t i = 0; i < alpha.n_elem; ++i)
      for (std::size_t j = 0; j < delta.n_elem; ++j)
        QCOMPARE(ex.parts[0].answer(i, j), -a * alpha(i) * delta(j));
    QVERIFY(ex.parts[0].formulas.at(0).find("\u2212a\u00b7\u0394w\u2081\u2081") == 0);
  }

  void hints() {
    const auto h = cellHints(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {}, 0, 1);
    QCOMPARE(h.size(), 2u);
    QVERIFY(h[0].find("rows 0\u20131, columns 1\u20132") != std::string::npos);
    QCOMPARE(h[1], std::string("The products: 6\u00d71 + 2\u00d72 + 3\u00d7(\u22121) + 1\u00d70."));
    const auto conv = cellHints(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {.operation = Operation::Convolve}, 0, 0);
    QVERIFY(conv[0].find("rotated 180") != std::string::npos);
  }

  void badInput() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diagnoseCell(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {}, 2, 0, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diagnoseCell(matrixOf("1 6 2; 5 3 1; 7 0 9"), matrixOf("1 2; -1 0"), {}, 0, 0, NAN));
    QCOMPARE(parseAnswer("\u22123"), -3.0);
    QCOMPARE(parseAnswer(" 4.5 "), 4.5);
    QCOMPARE(parseAnswer("1e-2"), 0.01);
    for (const char* bad : {"", "abc", "nan", "inf", "1e999", "0x10", "1,5", "3-", "123456789012345678901234567890123"})
      QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseAnswer(bad));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestExercises)
#include "test_exercises.moc"
