// Practice by hand (#17): generated exercises and the diagnosis of a wrong answer.
#include "engine/teaching/exercises.hpp"
#include "engine/quoted.hpp"

#include <cmath>
#include <cstdlib>
#include <random>
#include <sstream>
#include <stdexcept>

#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

// H, W = input size; kh, kw = kernel size; (wr, wc) = top-left of the window in input coordinates.
// Σ_uv input(wr+u, wc+v)·k(u, v), cells outside the input being the zero padding.
double windowSum(const arma::mat& input, const arma::mat& k, long wr, long wc) {
  double sum = 0;
  for (std::size_t u = 0; u < k.n_rows; ++u)
    for (std::size_t v = 0; v < k.n_cols; ++v) {
      const long r = wr + long(u), c = wc + long(v);
      if (r < 0 || c < 0 || r >= long(input.n_rows) || c >= long(input.n_cols)) continue;
      sum += input(std::size_t(r), std::size_t(c)) * k(u, v);
    }
  return sum;
}

struct Candidate {
  double value;
  DiagnosisDetail detail;
};

// Every version of one mistake for output cell (row, col), in the order the diagnosis tries them.
std::vector<Candidate> candidates(const CorrelationTrace& trace, std::size_t row, std::size_t col,
                                  Mistake mistake) {
  const TraceCell& cell = trace.cells.at(row * trace.output.n_cols + col);
  const arma::mat& k = trace.appliedKernel;
  const long kh = long(k.n_rows), kw = long(k.n_cols);
  const long H = long(trace.input.n_rows), W = long(trace.input.n_cols);
  const long s = long(trace.options.stride);
  const long pH = -cell.windowRow + long(row) * s, pW = -cell.windowCol + long(col) * s;
  auto window = [&](long wr, long wc) {
    return DiagnosisDetail{wr, wc, std::size_t(kh), std::size_t(kw), -1, -1, -1, 0};
  };
  std::vector<Candidate> out;
  switch (mistake) {
    case Mistake::KernelNotFlipped:
    case Mistake::KernelFlipped: {
      const bool convolving = trace.options.operation == Operation::Convolve;
      if (convolving != (mistake == Mistake::KernelNotFlipped)) break;
      // The kernel the student slid instead: the given one (not rotated) or rot180 of it.
      const arma::mat other = convolving ? trace.kernel : rot180(trace.kernel);
      auto d = window(cell.windowRow, cell.windowCol);
      d.value = windowSum(trace.input, other, cell.windowRow, cell.windowCol);
      out.push_back({d.value, d});
      break;
    }
    case Mistake::WindowShifted: {
      const long shifts[4][2] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
      for (const auto& shift : shifts) {
        const long wr = cell.windowRow + shift[0], wc = cell.windowCol + shift[1];
        // Still on the drawn grid: the input with its zero padding.
        if (wr < -pH || wc < -pW || wr + kh > H + pH || wc + kw > W + pW) continue;
        auto d = window(wr, wc);
        d.value = windowSum(trace.input, k, wr, wc);
        out.push_back({d.value, d});
      }
      break;
    }
    case Mistake::SignError:
    case Mistake::TermMissing:
      for (std::size_t i = 0; i < cell.products.size(); ++i) {
        const TraceProduct& p = cell.products[i];
        const double product = p.inputValue * p.kernelValue;
        if (mistake == Mistake::SignError ? product >= 0 : product == 0) continue;
        auto d = window(cell.windowRow, cell.windowCol);
        d.termIndex = long(i);
        d.termRow = long(p.inputRow);
        d.termCol = long(p.inputCol);
        // sign_error: −p written as +p, so the sum grows by 2|p|; term_missing: p left out.
        d.value = mistake == Mistake::SignError ? cell.sum - 2 * product : cell.sum - product;
        out.push_back({d.value, d});
      }
      break;
    case Mistake::WrongExtent: {
      // The other mode's padding: valid (p) ↔ full (k − 1).
      const bool full = trace.options.mode == CorrelationMode::Full;
      const long oH = full ? 0 : kh - 1, oW = full ? 0 : kw - 1;
      if (oH == pH && oW == pW) break;
      const long outH = (H + 2 * oH - kh) / s + 1, outW = (W + 2 * oW - kw) / s + 1;
      if (long(row) >= outH || long(col) >= outW) break;
      const long wr = long(row) * s - oH, wc = long(col) * s - oW;
      auto d = window(wr, wc);
      d.value = windowSum(trace.input, k, wr, wc);
      out.push_back({d.value, d});
      break;
    }
    default:
      break;
  }
  return out;
}

constexpr Mistake kOrder[] = {Mistake::KernelNotFlipped, Mistake::KernelFlipped, Mistake::WindowShifted,
                              Mistake::SignError,        Mistake::TermMissing,   Mistake::WrongExtent};

void checkAnswer(double answer) {
  if (!std::isfinite(answer)) throw std::invalid_argument("answer: must be a finite number");
}

std::string size(const arma::mat& m) {
  return std::to_string(m.n_rows) + "\u00d7" + std::to_string(m.n_cols);
}

// mt19937_64's output is fixed by the standard (unlike the distributions), so a seed gives the
// same exercise on every platform.
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : rng_(seed) {}
  int integer(int lo, int hi) { return lo + int(rng_() % std::uint64_t(hi - lo + 1)); }
  arma::mat matrix(std::size_t rows, std::size_t cols, int lo, int hi) {
    arma::mat m(rows, cols);
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t c = 0; c < cols; ++c) m(r, c) = integer(lo, hi);
    return m;
  }
  // At least one negative entry, so a sign can be lost and convolution differs from correlation.
  arma::mat kernel(std::size_t rows, std::size_t cols, int lo, int hi) {
    for (;;) {
      arma::mat k = matrix(rows, cols, lo, hi);
      if (k.min() < 0 && !arma::approx_equal(k, rot180(k), "absdiff", 0)) return k;
    }
  }

 private:
  std::mt19937_64 rng_;
};

ExercisePart correlationPart(std::string title, std::string left, std::string kernel, std::string result,
                             const arma::mat& a, const arma::mat& k, const CorrelationOptions& options) {
  ExercisePart part;
  part.title = std::move(title);
  part.leftName = std::move(left);
  part.kernelName = std::move(kernel);
  part.resultName = std::move(result);
  part.left = a;
  part.kernel = k;
  part.options = options;
  part.answer = options.operation == Operation::Convolve ? convolve(a, k, options) : correlate(a, k, options);
  return part;
}

double round3(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

std::string mistakeName(Mistake mistake) {
  switch (mistake) {
    case Mistake::None: return "none";
    case Mistake::KernelNotFlipped: return "kernel_not_flipped";
    case Mistake::KernelFlipped: return "kernel_flipped";
    case Mistake::WindowShifted: return "window_shifted";
    case Mistake::SignError: return "sign_error";
    case Mistake::TermMissing: return "term_missing";
    case Mistake::WrongExtent: return "wrong_extent";
    case Mistake::Unknown: return "unknown";
  }
  return "unknown";
}

std::string mistakeSentence(Mistake mistake) {
  switch (mistake) {
    case Mistake::None: return QT_TRANSLATE_NOOP("engine", "Right.");
    case Mistake::KernelNotFlipped:
      return QT_TRANSLATE_NOOP("engine", "You used the kernel without rotating it: convolution flips it first (rot180).");
    case Mistake::KernelFlipped:
      return QT_TRANSLATE_NOOP("engine", "You rotated the kernel: cross-correlation uses it as it is; only convolution flips it.");
    case Mistake::WindowShifted:
      return QT_TRANSLATE_NOOP("engine", "Your window is one step off: the highlighted cells are the ones you used.");
    case Mistake::SignError: return QT_TRANSLATE_NOOP("engine", "One negative product lost its sign: the highlighted term.");
    case Mistake::TermMissing: return QT_TRANSLATE_NOOP("engine", "One product is missing from your sum: the highlighted term.");
    case Mistake::WrongExtent:
      return QT_TRANSLATE_NOOP("engine", "You placed the window as in the other mode: valid starts with the kernel inside the "
                                         "input, full as soon as they overlap.");
    case Mistake::Unknown: return QT_TRANSLATE_NOOP("engine", "That is not it, and it matches no mistake I know: try the hints.");
  }
  return {};
}

bool withinTolerance(double answer, double expected) {
  // ∞ is within ∞ of anything: a value that overflowed (a mistake's candidate, 0 − 2·(−1e308))
  // matches no answer.
  if (!std::isfinite(expected)) return false;
  return std::abs(answer - expected) <= 0.005 + 0.001 * std::abs(expected);
}

std::optional<double> applyMistake(const arma::mat& input, const arma::mat& kernel,
                                   const CorrelationOptions& options, std::size_t row, std::size_t col,
                                   Mistake mistake, std::size_t variant) {
  const CorrelationTrace trace = traceCorrelation(input, kernel, options);
  if (row >= trace.output.n_rows || col >= trace.output.n_cols) return std::nullopt;
  const auto list = candidates(trace, row, col, mistake);
  if (variant >= list.size()) return std::nullopt;
  return list[variant].value;
}

Diagnosis diagnoseCell(const arma::mat& input, const arma::mat& kernel, const CorrelationOptions& options,
                       std::size_t row, std::size_t col, double answer) {
  checkAnswer(answer);
  const CorrelationTrace trace = traceCorrelation(input, kernel, options);  // checks the shapes
  if (row >= trace.output.n_rows || col >= trace.output.n_cols)
    throw std::invalid_argument("cell (" + std::to_string(row) + "," + std::to_string(col) +
                                ") is outside the " + size(trace.output) + " output");
  const TraceCell& cell = trace.cells.at(row * trace.output.n_cols + col);
  Diagnosis d;
  d.expected = cell.sum;
  d.answer = answer;
  d.windowRow = cell.windowRow;
  d.windowCol = cell.windowCol;
  d.windowHeight = trace.appliedKernel.n_rows;
  d.windowWidth = trace.appliedKernel.n_cols;
  if (withinTolerance(answer, cell.sum)) {
    d.correct = true;
    d.mistake = Mistake::None;
    return d;
  }
  for (Mistake m : kOrder)
    for (const Candidate& c : candidates(trace, row, col, m)) {
      if (!withinTolerance(answer, c.value)) continue;
      if (d.mistake == Mistake::Unknown) {
        d.mistake = m;
        d.detail = c.detail;
      } else {
        d.also.push_back(m);
      }
      break;  // one version of a mistake is enough
    }
  return d;
}

Diagnosis diagnoseSum(const std::vector<double>& products, double answer) {
  checkAnswer(answer);
  Diagnosis d;
  for (double p : products) d.expected += p;
  d.answer = answer;
  if (withinTolerance(answer, d.expected)) {
    d.correct = true;
    d.mistake = Mistake::None;
    return d;
  }
  for (Mistake m : {Mistake::SignError, Mistake::TermMissing})
    for (std::size_t i = 0; i < products.size(); ++i) {
      const double p = products[i];
      if (m == Mistake::SignError ? p >= 0 : p == 0) continue;
      const double value = m == Mistake::SignError ? d.expected - 2 * p : d.expected - p;
      if (!withinTolerance(answer, value)) continue;
      if (d.mistake == Mistake::Unknown) {
        d.mistake = m;
        d.detail.termIndex = long(i);
        d.detail.value = value;
      } else {
        d.also.push_back(m);
      }
      break;
    }
  return d;
}

Diagnosis diagnosePart(const ExercisePart& part, std::size_t row, std::size_t col, double answer) {
  if (part.isCorrelation()) return diagnoseCell(part.left, part.kernel, part.options, row, col, answer);
  if (row >= part.answer.n_rows || col >= part.answer.n_cols)
    throw std::invalid_argument("cell (" + std::to_string(row) + "," + std::to_string(col) +
                                ") is outside the " + size(part.answer) + " output");
  return diagnoseSum(part.terms.at(row * part.answer.n_cols + col), answer);
}

std::vector<Phrase> cellHintPhrases(const arma::mat& input, const arma::mat& kernel,
                                    const CorrelationOptions& options, std::size_t row, std::size_t col) {
  const CorrelationTrace trace = traceCorrelation(input, kernel, options);
  if (row >= trace.output.n_rows || col >= trace.output.n_cols)
    throw std::invalid_argument("cell (" + std::to_string(row) + "," + std::to_string(col) +
                                ") is outside the " + size(trace.output) + " output");
  const TraceCell& cell = trace.cells.at(row * trace.output.n_cols + col);
  const long kh = long(trace.appliedKernel.n_rows), kw = long(trace.appliedKernel.n_cols);
  const bool padded = cell.windowRow < 0 || cell.windowCol < 0 || cell.windowRow + kh > long(input.n_rows) ||
                      cell.windowCol + kw > long(input.n_cols);
  const Phrase window(
      QT_TRANSLATE_NOOP("engine", "The window: rows %1–%2, columns %3–%4 of the input%5%6."),
      {std::to_string(cell.windowRow), std::to_string(cell.windowRow + kh - 1), std::to_string(cell.windowCol),
       std::to_string(cell.windowCol + kw - 1),
       padded ? QT_TRANSLATE_NOOP("engine", " (negative or past the edge: the zero padding)") : "",
       options.operation == Operation::Convolve ? QT_TRANSLATE_NOOP("engine", ", with the kernel rotated 180° first") : ""});
  if (cell.products.empty())
    return {window, QT_TRANSLATE_NOOP("engine", "The products: none: the window lies in the zero padding.")};
  std::string products;
  for (std::size_t i = 0; i < cell.products.size(); ++i) {
    const TraceProduct& p = cell.products[i];
    const std::string k = formatNumber(p.kernelValue);
    products += (i ? " + " : "") + formatNumber(p.inputValue) + "\u00d7" + (p.kernelValue < 0 ? "(" + k + ")" : k);
  }
  return {window, Phrase(QT_TRANSLATE_NOOP("engine", "The products: %1."), {products})};
}

std::vector<std::string> cellHints(const arma::mat& input, const arma::mat& kernel,
                                   const CorrelationOptions& options, std::size_t row, std::size_t col) {
  const std::vector<Phrase> hints = cellHintPhrases(input, kernel, options, row, col);
  return std::vector<std::string>(hints.begin(), hints.end());
}

double parseAnswer(const std::string& raw) {
  if (raw.size() > 32) throw std::invalid_argument("answer: too long (" + std::to_string(raw.size()) + " characters, at most 32)");
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 3, "\u2212") == 0) {  // the notes' minus sign
      text += '-';
      i += 2;
    } else if (raw[i] != ' ' && raw[i] != '\t') {
      text += raw[i];
    }
  }
  const std::string shown = inQuotes(raw);
  if (text.empty()) throw std::invalid_argument("answer: empty, expected a number");
  // strtod alone would also take "nan", "inf" and hex; a plain decimal number is what a student types.
  if (text.find_first_not_of("+-0123456789.eE") != std::string::npos)
    throw std::invalid_argument("answer: " + shown + " is not a number");
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) throw std::invalid_argument("answer: " + shown + " is not a number");
  if (!std::isfinite(value)) throw std::invalid_argument("answer: " + shown + " is not a finite number");
  return value;
}

Exercise generateExercise(int level, std::uint64_t seed) {
  if (level < kMinExerciseLevel || level > kMaxExerciseLevel)
    throw std::invalid_argument("level: must be 1 to 7, not " + std::to_string(level));
  Draw draw(seed * 8 + std::uint64_t(level));
  Exercise ex;
  ex.level = level;
  ex.seed = seed;
  const std::string star = "\u2605", conv = "\u2217";
  auto simple = [&](std::size_t n, std::size_t k, const CorrelationOptions& o, int klo, int khi,
                    const char* what) {
    const arma::mat input = draw.matrix(n, n, 0, 9), kernel = draw.kernel(k, k, klo, khi);
    const bool convolving = o.operation == Operation::Convolve;
    ex.title = Phrase(QT_TRANSLATE_NOOP("engine", "Level %1: %2"), {std::to_string(level), what});
    ex.givens = {{"I", input}, {"K", kernel}};
    ex.parts.push_back(correlationPart("Y = I " + (convolving ? conv : star) + " K", "I", "K", "Y", input, kernel, o));
  };
  switch (level) {
    case 1: simple(3, 2, {}, -2, 3, QT_TRANSLATE_NOOP("engine", "cross-correlate a 3×3 with a 2×2 (valid)")); break;
    case 2: simple(5, 3, {}, -2, 2, QT_TRANSLATE_NOOP("engine", "cross-correlate a 5×5 with a 3×3 (valid)")); break;
    case 3:
      simple(3, 2, {.mode = CorrelationMode::Full}, -2, 3,
             QT_TRANSLATE_NOOP("engine", "full cross-correlation of a 3×3 with a 2×2"));
      break;
    case 4:
      simple(3, 2, {.operation = Operation::Convolve}, -2, 3,
             QT_TRANSLATE_NOOP("engine", "convolve a 3×3 with a 2×2 (valid; rotate the kernel first)"));
      break;
    case 5:
      simple(5, 3, {.padding = 1, .stride = 2}, -2, 2,
             QT_TRANSLATE_NOOP("engine", "cross-correlate a 5×5 with a 3×3, padding 1, stride 2"));
      break;
    case 6: {
      // Y = B + X ★ K; given ∂E/∂Y: ∂E/∂K = X ★ ∂E/∂Y and ∂E/∂X = ∂E/∂Y ∗full K (notes, conv layer backward).
      const arma::mat x = draw.matrix(3, 3, 0, 5), k = draw.kernel(2, 2, -2, 2), dy = draw.kernel(2, 2, -2, 2);
      ex.title = QT_TRANSLATE_NOOP("engine", "Level 6: the conv layer's backward pass, ∂E/∂K and ∂E/∂X");
      ex.givens = {{"X", x}, {"K", k}, {"\u2202E/\u2202Y", dy}};
      ex.parts.push_back(correlationPart("\u2202E/\u2202K = X " + star + " \u2202E/\u2202Y (valid)", "X",
                                         "\u2202E/\u2202Y", "\u2202E/\u2202K", x, dy, {}));
      ex.parts.push_back(correlationPart("\u2202E/\u2202X = \u2202E/\u2202Y " + conv + "full K", "\u2202E/\u2202Y", "K",
                                         "\u2202E/\u2202X", dy, k,
                                         {.mode = CorrelationMode::Full, .operation = Operation::Convolve}));
      break;
    }
    case 7: {
      // The MLP of mlp_examples with drawn inputs and weights (tenths); α¹ and δ² = ∂E/∂z² come
      // from runMlp, rounded to 3 decimals so the student can reproduce the step −a·Δw²_ij = −a·α¹_i·δ²_j
      // exactly. Δw is the gradient ∂E/∂w, as (27) defines it (errata: delta-w-meaning).
      MlpNetwork net = defaultMlpNetwork();
      net.x = arma::conv_to<arma::vec>::from(draw.matrix(net.x.n_elem, 1, -10, 10)) / 10;
      net.w1 = draw.matrix(net.w1.n_rows, net.w1.n_cols, -10, 10) / 10;
      net.w2 = draw.matrix(net.w2.n_rows, net.w2.n_cols, -10, 10) / 10;
      const MlpPass pass = runMlp(net);
      arma::vec alpha = pass.a1, delta = pass.dE_dz2;
      alpha.transform(round3);
      delta.transform(round3);
      const double a = net.learningRate;
      ExercisePart part;
      part.title = QT_TRANSLATE_NOOP("engine", "the step −a·Δw², Δw²_ij = ∂E/∂w²_ij = α¹_i·δ²_j (27)");
      part.leftName = "\u03b1\u00b9";
      part.kernelName = "\u03b4\u00b2";
      part.resultName = "\u2212a\u00b7\u0394w\u00b2";
      part.left = alpha;
      part.answer.set_size(alpha.n_elem, delta.n_elem);
      for (std::size_t i = 0; i < alpha.n_elem; ++i)
        for (std::size_t j = 0; j < delta.n_elem; ++j) {
          const double term = -a * alpha(i) * delta(j);
          part.answer(i, j) = term;
          part.terms.push_back({term});
          part.formulas.push_back("\u2212a\u00b7\u0394w" + subscript((i + 1) * 10 + j + 1) + " = \u2212" + formatNumber(a) +
                                  "\u00b7" + formatNumber(alpha(i)) + "\u00b7" +
                                  (delta(j) < 0 ? "(" + formatNumber(delta(j)) + ")" : formatNumber(delta(j))) +
                                  " = " + formatNumber(term));
        }
      ex.title = QT_TRANSLATE_NOOP("engine", "Level 7: the MLP's output-layer step −a·Δw² (second notes, eq. 27 and the SGD step)");
      ex.givens = {{QT_TRANSLATE_NOOP("engine", "α¹ (hidden activations)"), alpha},
                   {"\u03b4\u00b2 = \u2202E/\u2202z\u00b2", delta},
                   {QT_TRANSLATE_NOOP("engine", "a (learning rate)"), arma::mat{a}}};
      ex.parts.push_back(std::move(part));
      break;
    }
  }
  std::vector<Phrase> parts;
  for (const ExercisePart& p : ex.parts) {
    if (!parts.empty()) parts.push_back("; ");
    parts.push_back(p.title);
  }
  ex.statement = Phrase(QT_TRANSLATE_NOOP("engine", "Compute %1."), {Phrase::joined(parts)});
  return ex;
}

}  // namespace cnnlab
