// Practice by hand (#17): generated exercises, and the diagnosis of a wrong answer for one output
// cell: the cell is recomputed under each known mistake, and the first that gives the answer is named.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <armadillo>

#include "engine/teaching/correlation.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

// In the order a diagnosis tries them (issue #17); None = the answer is right.
enum class Mistake {
  None,
  KernelNotFlipped,  // correlated when asked to convolve
  KernelFlipped,     // convolved when asked to correlate
  WindowShifted,     // the window one step off in a row or a column
  SignError,         // one negative product lost its sign
  TermMissing,       // one product left out
  WrongExtent,       // a valid cell computed as a full one, or the reverse
  Unknown,
};

// "kernel_not_flipped", …, "unknown"; "none" for Mistake::None.
std::string mistakeName(Mistake mistake);
// A plain sentence for a student: "You used the kernel without rotating it: convolution flips it first."
std::string mistakeSentence(Mistake mistake);

// Accepted error: |answer − expected| ≤ 0.005 + 0.001·|expected| (an answer rounded to two decimals).
bool withinTolerance(double answer, double expected);

// The wrong computation that matched, for highlighting: the window it read (top-left in unpadded
// input coordinates, may be < 0) and, for sign_error / term_missing, the product it changed.
struct DiagnosisDetail {
  long windowRow = 0, windowCol = 0;
  std::size_t windowHeight = 0, windowWidth = 0;
  long termIndex = -1;             // index into the cell's TraceCell::products (or terms); −1 = none
  long termRow = -1, termCol = -1; // that product's input cell
  double value = 0;                // what the mistaken computation gives
};

struct Diagnosis {
  bool correct = false;
  double expected = 0;
  double answer = 0;
  Mistake mistake = Mistake::Unknown;  // None when correct
  std::vector<Mistake> also;           // other mistakes that give the same number, in order
  DiagnosisDetail detail;              // of `mistake` (when it is not None/Unknown)
  // The right cell's window, for highlighting next to the wrong one.
  long windowRow = 0, windowCol = 0;
  std::size_t windowHeight = 0, windowWidth = 0;
};

// Output cell (row, col), 0-based, of correlate/convolve(input, kernel, options) against answer.
// Throws std::invalid_argument for impossible shapes (as checkCorrelationShapes), a cell outside the
// output ("cell (3,0) is outside the 2×2 output") and a non-finite answer.
Diagnosis diagnoseCell(const arma::mat& input, const arma::mat& kernel, const CorrelationOptions& options,
                       std::size_t row, std::size_t col, double answer);

// A cell that is a plain sum of the given products (an MLP's Δw, a sum stage): only sign_error and
// term_missing can be told apart. Throws std::invalid_argument for a non-finite answer.
Diagnosis diagnoseSum(const std::vector<double>& products, double answer);

// The answer a mistake gives for a cell, if the mistake applies to it (used by the tests to build
// wrong answers, and by the stepper to show what the student computed). variant picks among the
// mistake's versions (which shifted window, which product), in the order the diagnosis tries them.
std::optional<double> applyMistake(const arma::mat& input, const arma::mat& kernel,
                                   const CorrelationOptions& options, std::size_t row, std::size_t col,
                                   Mistake mistake, std::size_t variant = 0);

// One question of an exercise: a correlation (left ★/∗ kernel) or, for the MLP, a product table.
struct ExercisePart {
  Phrase title;                                    // "∂E/∂K = X ★ ∂E/∂Y (valid)"
  std::string leftName, kernelName, resultName;    // "X", "∂E/∂Y", "∂E/∂K"
  arma::mat left, kernel;                          // the operands (empty kernel for a product table)
  CorrelationOptions options;
  arma::mat answer;                                // the result the student computes
  // Product tables (level 7): each cell's product terms, row-major (answer(r,c) = Σ terms).
  std::vector<std::vector<double>> terms;
  std::vector<std::string> formulas;               // row-major, "−a·Δw₁₂ = −0.5·α₁·δ₂ = …"
  bool isCorrelation() const { return terms.empty(); }
};

struct Exercise {
  int level = 1;
  std::uint64_t seed = 0;
  Phrase title;       // "Level 1: correlate a 3×3 with a 2×2 (valid)"
  Phrase statement;   // what to compute, with the given numbers in words when not matrices
  std::vector<std::pair<std::string, arma::mat>> givens;  // named matrices shown to the student
  std::vector<ExercisePart> parts;
};

constexpr int kMinExerciseLevel = 1, kMaxExerciseLevel = 7;

// Levels (issue #17): 1 a 2×2 on a 3×3, valid; 2 a 3×3 on a 5×5; 3 full mode; 4 convolution;
// 5 stride and padding; 6 ∂E/∂K and ∂E/∂X of a conv layer; 7 the MLP's Δw² = −a·∂E/∂w².
// Small random integers (levels 1–6), the same for the same seed. Throws std::invalid_argument
// for a level outside [1, 7].
Exercise generateExercise(int level, std::uint64_t seed);

// Diagnoses answer for cell (row, col) of a part (throws as diagnoseCell / diagnoseSum).
Diagnosis diagnosePart(const ExercisePart& part, std::size_t row, std::size_t col, double answer);

// Hints in steps for cell (row, col) of a correlation: 0 = the window, 1 = the products, 2 = the sum.
std::vector<std::string> cellHints(const arma::mat& input, const arma::mat& kernel,
                                   const CorrelationOptions& options, std::size_t row, std::size_t col);
// The same hints, each keeping its words for the desktop's translation (engine/translatable.hpp).
std::vector<Phrase> cellHintPhrases(const arma::mat& input, const arma::mat& kernel,
                                    const CorrelationOptions& options, std::size_t row, std::size_t col);

// Parses a student's answer: one finite number, at most 32 characters ("−3" with U+2212 allowed).
// Throws std::invalid_argument ("answer: 'abc' is not a number", "answer: too long (…)").
double parseAnswer(const std::string& text);

}  // namespace cnnlab
