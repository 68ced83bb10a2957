// Matrices as cnnlab-cli prints them: text laid out as the notes do, and JSON rows.
#pragma once

#include <armadillo>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace cnnlab {

// One line a row, right-aligned columns, numbers as the notes write them but with an ASCII minus
// (so the output can be pasted back into --input). Every line starts with `indent`.
void printMatrix(std::ostream& out, const arma::mat& m, const std::string& indent = {});

// [[row 0…], [row 1…], …]
nlohmann::json matrixJson(const arma::mat& m);

}  // namespace cnnlab
