// The stepper's worked examples as JSON for the classroom page: every number and every formula
// is the engine's (makeTeachingExample, correlationExample); the page only draws them.
#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/teaching_examples.hpp"

class QTranslator;

namespace cnnlab {

// The words (titles, descriptions, stage titles, names, the words of formula lines) are in the
// language of `catalogue` (i18n::catalogue; nullptr: English); formulas and numbers stay as they are.

// [{"name", "title", "description", "editable", "notes", "equations", "parameters"}] for every
// example the registry lets the classroom serve (engine/teaching/example_registry.hpp).
nlohmann::json exampleListJson(const QTranslator* catalogue = nullptr);

// One example, every stage with its grids (numbers and the notes' text of each number) and every
// cell with its window, terms, label and formula. {"name","title","description","steps","stages":[…]}
nlohmann::json exampleJson(const TeachingExample& example, const QTranslator* catalogue = nullptr);

// Parameters of GET /api/example/NAME, each optional, as the correlate command takes them.
struct ExampleRequest {
  std::string name;
  std::string input, kernel;       // "1 6 2; 5 3 1; 7 0 9"
  std::string op, mode;            // correlate | convolve, valid | full
  std::string padding, stride;     // non-negative / positive integers
};

// The example asked for, through the registry: throws std::invalid_argument with a one-line message
// for an unknown name, an example the classroom may not serve, a bad matrix, one over the
// registry's limit, an out-of-range option, or a parameter the example does not take.
TeachingExample buildExample(const ExampleRequest& request);

}  // namespace cnnlab
