// Every worked example cnnlab teaches, in one table like the layer registry: its name and title,
// the notes and equations it covers, what kind of example it is, the parameters it takes (each
// defined once, with its limits), whether it needs a trained model, whether the classroom may serve
// it, and the exercise levels that practise it. The stepper, `cnnlab-cli example`, the classroom's
// /api/examples and /api/example/NAME, the exercises and the handouts read it; no other file compares
// an example's name.
#pragma once

#include <armadillo>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

// What an example is, which decides its control panel in the stepper and how it is built.
enum class ExampleKind {
  Correlation,     // one editable correlation or convolution (input, kernel, op, mode, padding, stride)
  ConvLayer,       // a conv layer's forward or backward pass, the notes' numbers
  MaxPool,         // max pooling forward and backward
  MlpForward,      // the second notes' MLP forward (input, weights, activations, loss, learning rate)
  MlpBackward,     // the same MLP's backward pass and SGD step
  SoftmaxJacobian, // J = ∂S/∂z for logits z and a temperature
  FromNetwork,     // a kernel of a trained network's first conv layer on a test image
  MlpFromNetwork,  // a trained MLP's output unit on a test image
};

enum class ParameterType {
  Matrix,          // "1 6; 5 3": at most `highest` rows and columns
  Vector,          // "1 0.5": at most `highest` values
  Choice,          // one of `choices`
  Number,          // a finite number in [lowest, highest]
  PositiveNumber,  // a finite number in [lowest, highest], lowest > 0
  Count,           // a whole number in [lowest, highest]
};

struct ExampleParameter {
  std::string name;  // the CLI's --name, the classroom's ?name=
  ParameterType type = ParameterType::Number;
  std::string help;
  std::vector<std::string> choices;  // Choice
  double lowest = 0, highest = 0;    // the range (Matrix and Vector: the most rows, columns or values)
};

struct ExampleInfo {
  std::string name, title;
  std::string notes;      // "CNN notes", "MLP notes"
  std::string equations;  // "(1)", "(14–16)"
  ExampleKind kind = ExampleKind::Correlation;
  bool needsModel = false;  // reads a trained network (the teacher's, in the classroom)
  bool classroom = true;    // /api/example/NAME may serve it
  std::vector<int> exerciseLevels;      // engine/teaching/exercises: the levels that practise it
  std::vector<std::string> parameters;  // names in exampleParameters(), in the order they are asked
  // Builds it with its arguments (already checked to be ones it takes); nullptr when it needs a model
  // (fromNetworkExample, mlpFromNetworkExample with the caller's model).
  TeachingExample (*build)(const std::vector<std::pair<std::string, std::string>>& arguments) = nullptr;

  bool takes(std::string_view parameter) const;
  bool isMlp() const;  // the MLP panel: MlpForward, MlpBackward, SoftmaxJacobian, MlpFromNetwork
};

// All parameters, each once with its limits.
const std::vector<ExampleParameter>& exampleParameters();
// Throws std::logic_error for a name that is not a parameter (a programming error).
const ExampleParameter& exampleParameter(std::string_view name);

// The names of the examples for which `holds` is true, in the registry's order.
std::vector<std::string> exampleNamesWhere(const std::function<bool(const ExampleInfo&)>& holds);
// "a", "a and b", "a, b and c": a list as a message says it.
std::string spokenList(const std::vector<std::string>& names);

// The examples in menu order.
const std::vector<ExampleInfo>& exampleRegistry();
// Throws std::invalid_argument "unknown example 'x' (known: notebook-valid, …)".
const ExampleInfo& exampleInfo(std::string_view name);
const ExampleInfo* findExample(std::string_view name);  // nullptr when unknown
const ExampleInfo& firstExampleOf(ExampleKind kind);     // the first in menu order (throws std::logic_error if none)

// The values a caller gives, by parameter name, as typed: {"w1", "0.1 0.4; 0.3 -0.5"}.
using ExampleArguments = std::vector<std::pair<std::string, std::string>>;

// Refuses an argument the example does not take ("w1: only mlp-forward and mlp-backward take it")
// and an unknown one; the values are checked where they are read (the functions below).
void checkExampleArguments(const ExampleInfo& example, const ExampleArguments& arguments);

// The argument's text, or nullptr when it was not given.
const std::string* findArgument(const ExampleArguments& arguments, std::string_view name);

// The parameter's value from its text, within its limits; every refusal starts with the parameter's
// name: "input: at most 12×12, not 13×2", "padding: a whole number from 0 to 4, not 9".
arma::mat matrixParameter(std::string_view name, const std::string& text);
arma::vec vectorParameter(std::string_view name, const std::string& text);
double numberParameter(std::string_view name, const std::string& text);
std::size_t countParameter(std::string_view name, const std::string& text);
const std::string& choiceParameter(std::string_view name, const std::string& text);

// The MLP the arguments describe: defaultMlpNetwork() with the given input, weights, activations,
// loss, temperature and learning rate (checkMlpNetwork's refusals keep the parameter's name).
MlpNetwork mlpNetworkFromArguments(const ExampleArguments& arguments);

// An example that needs no model, built with its arguments (the defaults for those not given).
// Throws std::invalid_argument for a bad argument and for an example that needs a model.
TeachingExample buildExample(const ExampleInfo& example, const ExampleArguments& arguments = {});

// Finite arguments can still overflow (1e308 × 1e308 is ∞): an example whose numbers are not all
// finite is refused, naming the argument with the largest value ("x: its values make …"). ∞ and
// NaN are never shown, graded or sent as a result. buildExample checks this itself.
void checkFiniteExample(const TeachingExample& example, const ExampleArguments& arguments);

// The model an example that needsModel reads: a network's spec and its flat parameters (a model
// file's for the CLI, the Train tab's network or a preset's initial weights for the stepper).
struct ExampleModel {
  nlohmann::json spec;
  arma::fvec parameters;
};

// Test image `index` of the embedded MNIST subset, values in [0, 1], and its label; refused as
// "image: 2000 is past the last test image (1999)".
std::pair<arma::mat, std::size_t> embeddedTestImage(std::size_t index);

// An example that reads a model, with its arguments (image, channel, unit): from-network's first
// kernel on the image's channel, or mlp-from-network's output unit. `image`, when given, is the
// plane to read instead of the embedded test image (the Train tab's own test set). Refusals name
// the argument: "channel: 3 is past the network's last input channel (2)".
TeachingExample buildModelExample(const ExampleInfo& example, const ExampleModel& model,
                                  const ExampleArguments& arguments = {}, const arma::mat* image = nullptr);

}  // namespace cnnlab
