// Matrices in the tests: compared entry by entry, and written as the notes write them.
#pragma once

#include <armadillo>

#include <string>

#include "engine/teaching/correlation.hpp"

namespace cnnlab::testing {

// The same shape and every entry within tolerance of the other's.
inline bool sameMatrix(const arma::mat& a, const arma::mat& b, double tolerance = 1e-12) {
  return a.n_rows == b.n_rows && a.n_cols == b.n_cols && arma::approx_equal(a, b, "absdiff", tolerance);
}

// "1 6 2; 5 3 1" → the 2 × 3 matrix (parseMatrix).
inline arma::mat matrixOf(const std::string& text) { return parseMatrix(text); }

}  // namespace cnnlab::testing
