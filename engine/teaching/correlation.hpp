// The lecture notes' tensor operations: valid/full cross-correlation, rot180, convolution, and a trace
// of every output cell's sum of products (drives `cnnlab-cli correlate --trace` and the GUI stepper).
#pragma once

#include <armadillo>
#include <cstddef>
#include <string>
#include <vector>

namespace cnnlab {

// H, W = input height and width; k = kernel size (kh × kw); p = zero padding; s = stride.
// Output size per axis: (H + 2p − k) / s + 1   (notes: Y = I − K + 1 for valid, p = 0, s = 1).
enum class CorrelationMode { Valid, Full };
enum class Operation { Correlate, Convolve };

struct CorrelationOptions {
  CorrelationMode mode = CorrelationMode::Valid;  // Full means padding = k − 1 on each side
  Operation operation = Operation::Correlate;     // Convolve: correlate with rot180(kernel)
  std::size_t padding = 0;                        // extra zero padding (Valid mode only)
  std::size_t stride = 1;
};

// Throws std::invalid_argument with a one-line message when the shapes are impossible
// (empty matrix, kernel larger than the padded input, stride 0).
void checkCorrelationShapes(std::size_t inH, std::size_t inW, std::size_t kH, std::size_t kW,
                            const CorrelationOptions& options);

// rot180 ≡ horizontal flip followed by vertical flip (notes).
template <typename eT>
arma::Mat<eT> rot180(const arma::Mat<eT>& kernel);

// input: H × W, kernel: kh × kw → output: Ho × Wo.
template <typename eT>
arma::Mat<eT> correlate(const arma::Mat<eT>& input, const arma::Mat<eT>& kernel,
                        const CorrelationOptions& options = {});

// I * K = I ★ rot180(K)   (notes, convolution operation)
template <typename eT>
arma::Mat<eT> convolve(const arma::Mat<eT>& input, const arma::Mat<eT>& kernel,
                       CorrelationOptions options = {});

// One multiply of an output cell's sum. Rows and columns are in the unpadded input's coordinates.
struct TraceProduct {
  std::size_t inputRow, inputCol;
  std::size_t kernelRow, kernelCol;  // in the kernel as applied (rotated for convolution)
  double inputValue, kernelValue;
};

// One output cell: where the kernel window sits and the products that were summed.
struct TraceCell {
  std::size_t outputRow, outputCol;
  long windowRow, windowCol;          // top-left of the window in input coordinates (< 0 in padding)
  std::vector<TraceProduct> products; // only cells inside the input; padded zeros add nothing
  double sum;
};

struct CorrelationTrace {
  CorrelationOptions options;
  arma::mat input;          // H × W as given
  arma::mat kernel;         // kh × kw as given
  arma::mat appliedKernel;  // the kernel slid over the input: rot180(kernel) for convolution
  arma::mat output;         // Ho × Wo, equal to correlate()/convolve()
  std::vector<TraceCell> cells;  // row-major order of the output: the order the notes write a, b, c, d
  std::size_t padding() const;   // effective padding on each side
};

// Computes the output and records every cell; output equals correlate()/convolve() exactly.
CorrelationTrace traceCorrelation(const arma::mat& input, const arma::mat& kernel,
                                  const CorrelationOptions& options = {});

// Formats a number the way the notes write it: integers plainly, negatives in parentheses when
// they are a factor ("(−1)"), U+2212 for minus, at most 4 decimals otherwise.
std::string formatNumber(double value);

// A factor as the notes write it: formatNumber, with a negative in parentheses, "5×(−1)".
std::string factor(double value);

// "y[0][0] = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"; label replaces "y[0][0]" when not empty (e.g. "a").
std::string formatCell(const TraceCell& cell, const std::string& label = {});

// Letters a, b, c, … for output cells in row-major order, as the notes label them ("" past z).
std::string cellLetter(std::size_t index);

// Parses "1 6 2; 5 3 1; 7 0 9" (rows split by ';' or newlines, values by spaces or commas).
// Throws std::invalid_argument naming the problem: empty, ragged rows, a non-numeric token.
arma::mat parseMatrix(const std::string& text);

}  // namespace cnnlab
