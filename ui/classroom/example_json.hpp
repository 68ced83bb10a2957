// The stepper's worked examples as JSON for the classroom page: every number and every formula
// is the engine's (makeTeachingExample, correlationExample); the page only draws them.
#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

// Limits on what a browser may ask the engine to compute.
constexpr std::size_t kMaxExampleSide = 16;      // matrices at most 16 × 16
constexpr std::size_t kMaxExamplePadding = 8;
constexpr std::size_t kMaxExampleStride = 16;

// [{"name", "title", "description", "editable"}] for every built-in example that needs no model.
nlohmann::json exampleListJson();

// One example, every stage with its grids (numbers and the notes' text of each number) and every
// cell with its window, terms, label and formula. {"name","title","description","steps","stages":[…]}
nlohmann::json exampleJson(const TeachingExample& example);

// Parameters of GET /api/example/NAME, each optional, as the correlate command takes them.
struct ExampleRequest {
  std::string name;
  std::string input, kernel;       // "1 6 2; 5 3 1; 7 0 9"
  std::string op, mode;            // correlate | convolve, valid | full
  std::string padding, stride;     // non-negative / positive integers
};

// The example asked for; throws std::invalid_argument with a one-line message for an unknown
// name, a bad matrix, a matrix over 16 × 16, an out-of-range option, or parameters given to an
// example that takes none (only the one-stage correlation examples can be edited).
TeachingExample buildExample(const ExampleRequest& request);

}  // namespace cnnlab
