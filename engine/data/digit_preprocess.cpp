// MNIST's digit normalisation, as plain arithmetic on a float image.
#include "engine/data/digit_preprocess.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cnnlab {

namespace {

// n_out × n_in weights: output cell o covers input [o·n_in/n_out, (o+1)·n_in/n_out); each input cell
// contributes its overlap with that interval, divided by the interval's length.
arma::fmat areaWeights(std::size_t out, std::size_t in) {
  arma::fmat weights(out, in, arma::fill::zeros);
  const double scale = double(in) / double(out);
  for (std::size_t o = 0; o < out; ++o) {
    const double from = double(o) * scale, to = double(o + 1) * scale;
    for (std::size_t i = std::size_t(std::floor(from)); i < in && double(i) < to; ++i) {
      const double overlap = std::min(to, double(i + 1)) - std::max(from, double(i));
      if (overlap > 0) weights(o, i) = float(overlap / scale);
    }
  }
  return weights;
}

}  // namespace

arma::fmat resizeArea(const arma::fmat& image, std::size_t rows, std::size_t cols) {
  if (image.is_empty()) throw std::invalid_argument("resize: the image is empty");
  if (rows == 0 || cols == 0) throw std::invalid_argument("resize: the target size is 0");
  // (rows × H) · (H × W) · (W × cols): separable area averaging.
  return areaWeights(rows, image.n_rows) * image * areaWeights(cols, image.n_cols).t();
}

arma::fvec2 centreOfMass(const arma::fmat& image) {
  const double total = arma::accu(image);
  if (!(total > 0)) return {-1.0f, -1.0f};
  const arma::fvec rowIndex = arma::regspace<arma::fvec>(0, float(image.n_rows) - 1);
  const arma::fvec colIndex = arma::regspace<arma::fvec>(0, float(image.n_cols) - 1);
  const double row = arma::accu(arma::sum(image, 1) % rowIndex) / total;        // Σ_r r·Σ_c I(r, c) / Σ I
  const double col = arma::accu(arma::sum(image, 0).t() % colIndex) / total;    // Σ_c c·Σ_r I(r, c) / Σ I
  return {float(row), float(col)};
}

arma::fmat preprocessDigit(const arma::fmat& drawing, const DigitPreprocessOptions& options) {
  if (options.box == 0 || options.box > options.field)
    throw std::invalid_argument("digit preprocessing: the box must be between 1 and the field size");
  arma::fmat field(options.field, options.field, arma::fill::zeros);
  const arma::uvec ink = arma::find(drawing > options.inkThreshold);
  if (ink.is_empty()) return field;
  const arma::umat where = arma::ind2sub(arma::size(drawing), ink);  // 2 × n: rows, columns
  const arma::uword top = where.row(0).min(), bottom = where.row(0).max();
  const arma::uword left = where.row(1).min(), right = where.row(1).max();
  const arma::fmat crop = arma::clamp(drawing.submat(top, left, bottom, right), 0.0f, 1.0f);

  // Fit the longer side to box pixels, keeping the aspect ratio (a "1" stays thin).
  const double scale = double(options.box) / double(std::max(crop.n_rows, crop.n_cols));
  const std::size_t rows = std::clamp<std::size_t>(std::size_t(std::lround(crop.n_rows * scale)), 1, options.box);
  const std::size_t cols = std::clamp<std::size_t>(std::size_t(std::lround(crop.n_cols * scale)), 1, options.box);
  const arma::fmat digit = resizeArea(crop, rows, cols);

  // Shift so that the centre of mass lands on the field's centre ((field − 1)/2 in index
  // coordinates), but never push the digit out of the field.
  const arma::fvec2 mass = centreOfMass(digit);
  const double centre = (double(options.field) - 1.0) / 2.0;
  const long maxRow = long(options.field - rows), maxCol = long(options.field - cols);
  const long row = std::clamp(std::lround(centre - mass(0)), 0L, maxRow);
  const long col = std::clamp(std::lround(centre - mass(1)), 0L, maxCol);
  field.submat(arma::uword(row), arma::uword(col), arma::size(digit)) = digit;
  return arma::clamp(field, 0.0f, 1.0f);
}

}  // namespace cnnlab
