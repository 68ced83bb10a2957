// A drawing turned into an MNIST-style digit: the ink's bounding box fitted into 20×20 (aspect kept,
// area-averaged) and placed in a 28×28 field so that its centre of mass sits at the centre,
// as LeCun, Cortes and Burges describe the making of MNIST.
#pragma once

#include <armadillo>

namespace cnnlab {

struct DigitPreprocessOptions {
  std::size_t field = 28;     // output is field × field
  std::size_t box = 20;       // the bounding box is scaled to fit box × box
  float inkThreshold = 0.05f; // pixels above this count as ink for the bounding box
};

// drawing: H × W, values in [0, 1], 1 = ink (white on black, as MNIST), row 0 at the top.
// Returns field × field in [0, 1]; all zeros when there is no ink. Its column-major memory
// (r + field·c) is exactly one network input column of shape 1 × field × field.
arma::fmat preprocessDigit(const arma::fmat& drawing, const DigitPreprocessOptions& options = {});

// Area-averaging resize of an H × W image to rows × cols (each output pixel is the mean of the
// input area it covers). Throws std::invalid_argument for an empty image or a zero size.
arma::fmat resizeArea(const arma::fmat& image, std::size_t rows, std::size_t cols);

// Centre of mass (row, column) in pixel-index coordinates; (−1, −1) when the image sums to 0.
arma::fvec2 centreOfMass(const arma::fmat& image);

}  // namespace cnnlab
