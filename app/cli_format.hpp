// Matrices as cnnlab-cli prints them: text laid out as the notes do, and JSON rows.
#pragma once

#include <armadillo>
#include <nlohmann/json.hpp>
#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>

namespace cnnlab {

// One line a row, right-aligned columns, numbers as the notes write them but with an ASCII minus
// (so the output can be pasted back into --input). Every line starts with `indent`.
void printMatrix(std::ostream& out, const arma::mat& m, const std::string& indent = {});

// [[row 0…], [row 1…], …]
nlohmann::json matrixJson(const arma::mat& m);

// An option's matrix ("1 6; 5 3") through parseMatrix; a bad one is refused with the option's name:
// "--input: not a number: 'x' in row 1".
arma::mat matrixArgument(const std::string& option, const std::string& text);

// Rethrows the registry's or the engine's "w2: …" as "--w2: …", the option the user typed ("x: …" is
// --input); any other message as it is.
[[noreturn]] void rethrowAsOption(const std::invalid_argument& e);

// Pads to width display columns: setw counts bytes, and "×" or "→" are several bytes in UTF-8.
std::string padRight(const std::string& text, std::size_t width);

}  // namespace cnnlab
