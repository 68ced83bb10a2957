// printMatrix, matrixJson, matrixArgument and padRight, shared by the cnnlab-cli commands.
#include "app/cli_format.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "engine/teaching/correlation.hpp"
#include "engine/teaching/example_registry.hpp"

namespace cnnlab {

void printMatrix(std::ostream& out, const arma::mat& m, const std::string& indent) {
  std::vector<std::string> cells;
  std::size_t width = 1;
  for (std::size_t r = 0; r < m.n_rows; ++r)
    for (std::size_t c = 0; c < m.n_cols; ++c) {
      std::string text = formatNumber(m(r, c));
      if (text.rfind("\u2212", 0) == 0) text = "-" + text.substr(3);  // ASCII minus for copy-paste
      width = std::max(width, text.size());
      cells.push_back(text);
    }
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    out << indent;
    for (std::size_t c = 0; c < m.n_cols; ++c) {
      const std::string& t = cells[r * m.n_cols + c];
      out << (c ? " " : "") << std::string(width - t.size(), ' ') << t;
    }
    out << '\n';
  }
}

nlohmann::json matrixJson(const arma::mat& m) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (std::size_t c = 0; c < m.n_cols; ++c) row.push_back(m(r, c));
    rows.push_back(row);
  }
  return rows;
}

arma::mat matrixArgument(const std::string& option, const std::string& text) {
  try {
    return parseMatrix(text);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(option + ": " + e.what());
  }
}

std::string padRight(const std::string& text, std::size_t width) {
  std::size_t columns = 0;
  for (unsigned char ch : text) columns += (ch & 0xC0) != 0x80;
  return columns >= width ? text : text + std::string(width - columns, ' ');
}

[[noreturn]] void rethrowAsOption(const std::invalid_argument& e) {
  const std::string what = e.what();
  const std::size_t colon = what.find(':');
  const std::string field = colon == std::string::npos ? "" : what.substr(0, colon);
  for (const ExampleParameter& p : exampleParameters())
    if (field == p.name) throw std::invalid_argument("--" + (field == "x" ? std::string("input") : field) + what.substr(colon));
  throw;
}

}  // namespace cnnlab
