// The notes' cross-correlation, convolution and rot180, with the per-cell trace used for teaching.
#include "engine/teaching/correlation.hpp"
#include "engine/quoted.hpp"
#include "engine/translatable.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace cnnlab {

namespace {

std::size_t effectivePadding(std::size_t kH, std::size_t kW, const CorrelationOptions& options,
                             bool rows) {
  if (options.mode == CorrelationMode::Full) return (rows ? kH : kW) - 1;
  return options.padding;
}

}  // namespace

void checkCorrelationShapes(std::size_t inH, std::size_t inW, std::size_t kH, std::size_t kW,
                            const CorrelationOptions& options) {
  if (inH == 0 || inW == 0) throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "the input matrix is empty"));
  if (kH == 0 || kW == 0) throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "the kernel is empty"));
  if (options.stride == 0) throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "the stride must be at least 1"));
  if (options.mode == CorrelationMode::Full && options.padding != 0)
    throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "padding applies to valid mode only (full mode pads by k − 1)"));
  const std::size_t pH = effectivePadding(kH, kW, options, true);
  const std::size_t pW = effectivePadding(kH, kW, options, false);
  if (kH > inH + 2 * pH || kW > inW + 2 * pW) {
    std::ostringstream msg;
    msg << "the kernel (" << kH << "×" << kW << ") is larger than the"
        << (pH || pW ? " padded" : "") << " input (" << inH + 2 * pH << "×" << inW + 2 * pW << ")";
    throw std::invalid_argument(msg.str());
  }
}

template <typename eT>
arma::Mat<eT> rot180(const arma::Mat<eT>& kernel) {
  return arma::flipud(arma::fliplr(kernel));
}

template <typename eT>
arma::Mat<eT> correlate(const arma::Mat<eT>& input, const arma::Mat<eT>& kernel,
                        const CorrelationOptions& options) {
  checkCorrelationShapes(input.n_rows, input.n_cols, kernel.n_rows, kernel.n_cols, options);
  const arma::Mat<eT> k = options.operation == Operation::Convolve ? rot180(kernel) : kernel;
  const long pH = long(effectivePadding(k.n_rows, k.n_cols, options, true));
  const long pW = long(effectivePadding(k.n_rows, k.n_cols, options, false));
  const long s = long(options.stride);
  const long H = long(input.n_rows), W = long(input.n_cols);
  const long outH = (H + 2 * pH - long(k.n_rows)) / s + 1;
  const long outW = (W + 2 * pW - long(k.n_cols)) / s + 1;
  arma::Mat<eT> output(outH, outW, arma::fill::zeros);
  // y[r][c] = Σ_{u,v} x[r·s + u − p][c·s + v − p] · k[u][v], zero outside the input.
  for (long c = 0; c < outW; ++c)
    for (long r = 0; r < outH; ++r) {
      eT sum = 0;
      for (long v = 0; v < long(k.n_cols); ++v) {
        const long col = c * s + v - pW;
        if (col < 0 || col >= W) continue;
        for (long u = 0; u < long(k.n_rows); ++u) {
          const long row = r * s + u - pH;
          if (row < 0 || row >= H) continue;
          sum += input(row, col) * k(u, v);
        }
      }
      output(r, c) = sum;
    }
  return output;
}

template <typename eT>
arma::Mat<eT> convolve(const arma::Mat<eT>& input, const arma::Mat<eT>& kernel,
                       CorrelationOptions options) {
  options.operation = Operation::Convolve;
  return correlate(input, kernel, options);
}

template arma::Mat<float> rot180(const arma::Mat<float>&);
template arma::Mat<double> rot180(const arma::Mat<double>&);
template arma::Mat<float> correlate(const arma::Mat<float>&, const arma::Mat<float>&,
                                    const CorrelationOptions&);
template arma::Mat<double> correlate(const arma::Mat<double>&, const arma::Mat<double>&,
                                     const CorrelationOptions&);
template arma::Mat<float> convolve(const arma::Mat<float>&, const arma::Mat<float>&,
                                   CorrelationOptions);
template arma::Mat<double> convolve(const arma::Mat<double>&, const arma::Mat<double>&,
                                    CorrelationOptions);

std::size_t CorrelationTrace::padding() const {
  return options.mode == CorrelationMode::Full ? appliedKernel.n_rows - 1 : options.padding;
}

namespace {

// Finite operands whose products or sums pass the largest double (1e308 × 1e308) give ±∞ or NaN,
// which a student would be shown as the answer, and graded against. The operand with the larger
// value is named, as a bad number in it is.
void refuseOverflow(const CorrelationTrace& trace) {
  for (const TraceCell& cell : trace.cells) {
    if (std::isfinite(cell.sum)) continue;
    const double in = arma::abs(trace.input).max(), k = arma::abs(trace.kernel).max();
    char largest[32];
    std::snprintf(largest, sizeof largest, "%.3g", std::max(in, k));
    throw std::invalid_argument(std::string(k > in ? "kernel" : "input") + ": values up to " + largest + " make y[" +
                                std::to_string(cell.outputRow) + "][" + std::to_string(cell.outputCol) +
                                "] overflow past the largest double (about 1.8e308)");
  }
}

}  // namespace

CorrelationTrace traceCorrelation(const arma::mat& input, const arma::mat& kernel,
                                  const CorrelationOptions& options) {
  checkCorrelationShapes(input.n_rows, input.n_cols, kernel.n_rows, kernel.n_cols, options);
  CorrelationTrace trace;
  trace.options = options;
  trace.input = input;
  trace.kernel = kernel;
  trace.appliedKernel = options.operation == Operation::Convolve ? rot180(kernel) : kernel;
  trace.output = correlate(input, kernel, options);
  const arma::mat& k = trace.appliedKernel;
  const long pH = long(effectivePadding(k.n_rows, k.n_cols, options, true));
  const long pW = long(effectivePadding(k.n_rows, k.n_cols, options, false));
  const long s = long(options.stride);
  for (std::size_t r = 0; r < trace.output.n_rows; ++r)
    for (std::size_t c = 0; c < trace.output.n_cols; ++c) {
      TraceCell cell{r, c, long(r) * s - pH, long(c) * s - pW, {}, 0.0};
      // Row-major within the window: the order the notes write the products.
      for (std::size_t u = 0; u < k.n_rows; ++u)
        for (std::size_t v = 0; v < k.n_cols; ++v) {
          const long row = cell.windowRow + long(u), col = cell.windowCol + long(v);
          if (row < 0 || col < 0 || row >= long(input.n_rows) || col >= long(input.n_cols)) continue;
          cell.products.push_back({std::size_t(row), std::size_t(col), u, v, input(row, col), k(u, v)});
        }
      cell.sum = trace.output(r, c);
      trace.cells.push_back(std::move(cell));
    }
  refuseOverflow(trace);
  return trace;
}

std::string formatNumber(double value) {
  if (value == 0) return "0";  // also folds −0
  char buffer[64];
  const double rounded = std::round(value);
  // Whole numbers print without decimals. A small value (a softmax's 1e-12) is not "0", but
  // rounding noise of a sum of ordinary numbers (0.2 − 0.3 + 0.1 = 2.8e-17) is.
  if (std::abs(value - rounded) < 1e-9 * std::max(1.0, std::abs(value)) && std::abs(value) < 1e15 &&
      (rounded != 0 || std::abs(value) < 1e-14)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", std::abs(rounded));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.4g", std::abs(value));
  }
  return (value < 0 ? "\u2212" : "") + std::string(buffer);
}

std::string factor(double value) {
  const std::string text = formatNumber(value);
  return value < 0 ? "(" + text + ")" : text;
}

std::string formatCell(const TraceCell& cell, const std::string& label) {
  std::string text = label.empty()
                         ? "y[" + std::to_string(cell.outputRow) + "][" + std::to_string(cell.outputCol) + "]"
                         : label;
  text += " = ";
  if (cell.products.empty()) text += "0";
  for (std::size_t i = 0; i < cell.products.size(); ++i) {
    if (i) text += " + ";
    text += factor(cell.products[i].inputValue) + "\u00d7" + factor(cell.products[i].kernelValue);
  }
  return text + " = " + formatNumber(cell.sum);
}

std::string cellLetter(std::size_t index) {
  return index < 26 ? std::string(1, char('a' + index)) : std::string();
}

arma::mat parseMatrix(const std::string& text) {
  std::vector<std::vector<double>> rows;
  std::string normalized = text;
  for (char& ch : normalized)
    if (ch == '\n') ch = ';';
  std::stringstream rowStream(normalized);
  std::string rowText;
  std::size_t rowNumber = 0;
  while (std::getline(rowStream, rowText, ';')) {
    ++rowNumber;
    for (char& ch : rowText)
      if (ch == ',' || ch == '\t' || ch == '[' || ch == ']') ch = ' ';
    std::stringstream tokens(rowText);
    std::string token;
    std::vector<double> row;
    while (tokens >> token) {
      std::size_t used = 0;
      double value = 0;
      try {
        value = std::stod(token, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used != token.size() || !std::isfinite(value))
        throw std::invalid_argument("not a number: " + inQuotes(token) + " in row " + std::to_string(rowNumber));
      row.push_back(value);
    }
    if (row.empty()) {
      if (rowText.find_first_not_of(' ') == std::string::npos) continue;  // blank row, e.g. trailing ';'
    }
    if (!rows.empty() && row.size() != rows.front().size())
      throw std::invalid_argument("ragged matrix: row " + std::to_string(rows.size() + 1) + " has " +
                                  std::to_string(row.size()) + " values, row 1 has " +
                                  std::to_string(rows.front().size()));
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw std::invalid_argument("empty matrix: write rows like \"1 2; 3 4\"");
  arma::mat m(rows.size(), rows.front().size());
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) m(r, c) = rows[r][c];
  return m;
}

}  // namespace cnnlab
