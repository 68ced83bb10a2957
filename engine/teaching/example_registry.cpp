// The table of worked examples and their parameters (example_registry.hpp).
#include "engine/teaching/example_registry.hpp"
#include "engine/quoted.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "engine/data/dataset.hpp"
#include "engine/network_spec.hpp"
#include "engine/teaching/correlation.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

using P = ParameterType;

// The stepper's board draws a 12 × 12 operand legibly; so do the page and a handout.
constexpr double kMaxSide = 12;

std::string plain(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

[[noreturn]] void refuse(std::string_view name, const std::string& why) {
  throw std::invalid_argument(std::string(name) + ": " + why);
}


const std::vector<std::string> kCorrelationParameters = {"input", "kernel", "op", "mode", "padding", "stride"};
const std::vector<std::string> kMlpParameters = {"x", "w1", "b1", "w2", "b2", "target", "hidden", "output", "loss", "temperature", "lr"};

// The notes' correlation, then the arguments' own input, kernel and options in its place.
TeachingExample correlationWith(TeachingExample base, const ExampleArguments& arguments) {
  if (arguments.empty()) return base;
  const CorrelationTrace& trace = *base.stages.at(0).trace;
  const std::string* input = findArgument(arguments, "input");
  const std::string* kernel = findArgument(arguments, "kernel");
  const arma::mat in = input ? matrixParameter("input", *input) : trace.input;
  const arma::mat k = kernel ? matrixParameter("kernel", *kernel) : trace.kernel;
  CorrelationOptions options = trace.options;
  if (const std::string* op = findArgument(arguments, "op"))
    options.operation = choiceParameter("op", *op) == "convolve" ? Operation::Convolve : Operation::Correlate;
  if (const std::string* mode = findArgument(arguments, "mode"))
    options.mode = choiceParameter("mode", *mode) == "full" ? CorrelationMode::Full : CorrelationMode::Valid;
  if (const std::string* padding = findArgument(arguments, "padding")) options.padding = countParameter("padding", *padding);
  if (const std::string* stride = findArgument(arguments, "stride")) options.stride = countParameter("stride", *stride);
  if (options.mode == CorrelationMode::Full) options.padding = 0;
  TeachingExample edited = correlationExample(in, k, options, base.title);  // checks the shapes
  edited.name = base.name;
  return edited;
}

TeachingExample notebookValid(const ExampleArguments& arguments) {
  return correlationWith(notesCorrelationExample("notebook-valid", QT_TRANSLATE_NOOP("engine", "Valid cross-correlation: I ★ K"),
                                                 QT_TRANSLATE_NOOP("engine", "Slide the kernel over the input, multiply the overlapping values, add "
                                                                             "them up. Output size = 3 − 2 + 1 = 2."),
                                                 {{1, 6, 2}, {5, 3, 1}, {7, 0, 9}}, {{1, 2}, {-1, 0}}, {}),
                         arguments);
}

TeachingExample notebookConvolve(const ExampleArguments& arguments) {
  return correlationWith(notesCorrelationExample("notebook-convolve", QT_TRANSLATE_NOOP("engine", "Convolution: I * K = I ★ rot180(K)"),
                                                 QT_TRANSLATE_NOOP("engine", "Convolution is cross-correlation with the kernel rotated by 180° "
                                                                             "(horizontal flip, then vertical flip)."),
                                                 {{1, 6, 2}, {5, 3, 1}, {7, 0, 4}}, {{1, 2}, {-1, 0}},
                                                 {.operation = Operation::Convolve}),
                         arguments);
}

TeachingExample notebookFull(const ExampleArguments& arguments) {
  return correlationWith(notesCorrelationExample("notebook-full", QT_TRANSLATE_NOOP("engine", "Full cross-correlation: I full-★ K"),
                                                 QT_TRANSLATE_NOOP("engine", "Start as soon as the kernel and the input overlap: the input is padded "
                                                                             "with k − 1 zeros."),
                                                 {{1, 6, 2}, {5, 3, 1}, {7, 0, 4}}, {{1, 2}, {-1, 0}},
                                                 {.mode = CorrelationMode::Full}),
                         arguments);
}

TeachingExample convForward(const ExampleArguments&) { return convLayerForwardExample(); }
TeachingExample convBackward(const ExampleArguments&) { return convLayerBackwardExample(); }
TeachingExample maxPool(const ExampleArguments&) { return maxPoolExample(); }
TeachingExample mlpForward(const ExampleArguments& arguments) { return mlpForwardExample(mlpNetworkFromArguments(arguments)); }
TeachingExample mlpBackward(const ExampleArguments& arguments) { return mlpBackwardExample(mlpNetworkFromArguments(arguments)); }

TeachingExample softmaxJacobianWith(const ExampleArguments& arguments) {
  const std::string* z = findArgument(arguments, "z");
  const std::string* t = findArgument(arguments, "temperature");
  return softmaxJacobianExample(z ? vectorParameter("z", *z) : defaultSoftmaxLogits(),
                                t ? numberParameter("temperature", *t) : 1.0);
}

}  // namespace

bool ExampleInfo::takes(std::string_view parameter) const {
  return std::find(parameters.begin(), parameters.end(), parameter) != parameters.end();
}

bool ExampleInfo::isMlp() const {
  return kind == ExampleKind::MlpForward || kind == ExampleKind::MlpBackward || kind == ExampleKind::SoftmaxJacobian ||
         kind == ExampleKind::MlpFromNetwork;
}

const std::vector<ExampleParameter>& exampleParameters() {
  static const std::vector<ExampleParameter> parameters = {
      {"input", P::Matrix, "the input I, e.g. \"1 6 2; 5 3 1; 7 0 9\"", {}, 1, kMaxSide},
      {"kernel", P::Matrix, "the kernel K, e.g. \"1 2; -1 0\"", {}, 1, kMaxSide},
      {"op", P::Choice, "correlate or convolve (convolution rotates K by 180°)", {"correlate", "convolve"}},
      {"mode", P::Choice, "valid, or full (padded with k − 1 zeros)", {"valid", "full"}},
      {"padding", P::Count, "rings of zeros around I (valid mode)", {}, 0, 4},
      {"stride", P::Count, "how far the kernel moves each step", {}, 1, 4},
      {"x", P::Vector, "the MLP's inputs x_i, e.g. \"1 0.5\"", {}, 1, double(kMaxMlpUnits)},
      {"w1", P::Matrix, "w¹, one row per input i, one column per hidden unit j", {}, 1, double(kMaxMlpUnits)},
      {"b1", P::Vector, "b¹, one value per hidden unit", {}, 1, double(kMaxMlpUnits)},
      {"w2", P::Matrix, "w², one row per hidden unit, one column per output", {}, 1, double(kMaxMlpUnits)},
      {"b2", P::Vector, "b², one value per output", {}, 1, double(kMaxMlpUnits)},
      {"target", P::Vector, "the labels y_i, one per output", {}, 1, double(kMaxMlpUnits)},
      {"hidden", P::Choice, "the hidden layer's activation", {"sigmoid", "relu", "tanh"}},
      {"output", P::Choice, "the output layer's activation", {"softmax", "sigmoid"}},
      {"loss", P::Choice, "the loss E", {"mse", "bce", "cross_entropy"}},
      {"temperature", P::PositiveNumber, "the softmax temperature T (eq. 36)", {}, 0.01, 100},
      {"lr", P::Number, "the learning rate a of the SGD step w ← w − a·∂E/∂w", {}, 0, 10},
      {"z", P::Vector, "the logits z, e.g. \"2 1 0.1\"", {}, 1, 12},
      {"image", P::Count, "which test image the model reads", {}, 0, 1'000'000},
      {"unit", P::Count, "which output unit of the model", {}, 0, 9},
      {"channel", P::Count, "which input channel's kernel slice (colour: 0 R, 1 G, 2 B)", {}, 0, 2},
  };
  return parameters;
}

const ExampleParameter& exampleParameter(std::string_view name) {
  for (const ExampleParameter& p : exampleParameters())
    if (p.name == name) return p;
  throw std::logic_error("no example parameter '" + std::string(name) + "'");
}

const std::vector<ExampleInfo>& exampleRegistry() {
  using K = ExampleKind;
  static const std::vector<ExampleInfo> examples = {
      {"notebook-valid", "Valid cross-correlation: I \u2605 K", "CNN notes", "(1)", K::Correlation, false, true, {1, 2, 5},
       kCorrelationParameters, notebookValid},
      {"notebook-convolve", "Convolution: I * K = I \u2605 rot180(K)", "CNN notes", "(1), convolution", K::Correlation,
       false, true, {4}, kCorrelationParameters, notebookConvolve},
      {"notebook-full", "Full cross-correlation: I full-\u2605 K", "CNN notes", "(1), full mode", K::Correlation, false,
       true, {3}, kCorrelationParameters, notebookFull},
      {"conv-layer-forward", "Conv layer forward: y\u1d62 = B\u1d62 + \u03a3\u2c7c x\u2c7c \u2605 K\u1d62\u2c7c",
       "CNN notes", "(2)", K::ConvLayer, false, true, {}, {}, convForward},
      {"conv-layer-backward", "Conv layer backward: \u2202E/\u2202K, \u2202E/\u2202B, \u2202E/\u2202X", "CNN notes",
       "(3)\u2013(5)", K::ConvLayer, false, true, {6}, {}, convBackward},
      {"maxpool", "2\u00d72 max pooling: forward and backward", "MLP notes", "pooling", K::MaxPool, false, true, {}, {},
       maxPool},
      {"from-network", "A kernel of the trained network on a test image", "CNN notes", "(2)", K::FromNetwork, true, false,
       {}, {"image", "channel"}, nullptr},
      {"mlp-forward", "MLP forward pass", "MLP notes", "(14\u201316)", K::MlpForward, false, true, {}, kMlpParameters, mlpForward},
      {"mlp-backward", "MLP backward pass and SGD step", "MLP notes", "(19\u201328), (46\u201353)", K::MlpBackward, false, true,
       {7}, kMlpParameters, mlpBackward},
      {"softmax-jacobian", "The softmax Jacobian J = \u2202S/\u2202z", "MLP notes", "(31\u201336)", K::SoftmaxJacobian,
       false, true, {}, {"z", "temperature"}, softmaxJacobianWith},
      {"mlp-from-network", "An output unit of the trained MLP on a test image", "MLP notes", "(14\u201316)",
       K::MlpFromNetwork, true, false, {}, {"image", "unit"}, nullptr},
  };
  return examples;
}

const ExampleInfo* findExample(std::string_view name) {
  for (const ExampleInfo& e : exampleRegistry())
    if (e.name == name) return &e;
  return nullptr;
}

const ExampleInfo& firstExampleOf(ExampleKind kind) {
  for (const ExampleInfo& e : exampleRegistry())
    if (e.kind == kind) return e;
  throw std::logic_error("no example of that kind");
}

std::string spokenList(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return text;
}

std::vector<std::string> exampleNamesWhere(const std::function<bool(const ExampleInfo&)>& holds) {
  std::vector<std::string> names;
  for (const ExampleInfo& e : exampleRegistry())
    if (holds(e)) names.push_back(e.name);
  return names;
}

const ExampleInfo& exampleInfo(std::string_view name) {
  if (const ExampleInfo* e = findExample(name)) return *e;
  std::string list;
  for (const std::string& k : exampleNamesWhere([](const ExampleInfo&) { return true; })) list += (list.empty() ? "" : ", ") + k;
  throw std::invalid_argument("unknown example " + inQuotes(name) + " (known: " + list + ")");
}

void checkExampleArguments(const ExampleInfo& example, const ExampleArguments& arguments) {
  for (const auto& [name, text] : arguments) {
    exampleParameter(name);  // a caller's own mistake, not the user's
    if (example.takes(name)) continue;
    const std::string& parameter = name;  // clang does not capture a structured binding
    const std::vector<std::string> takers = exampleNamesWhere([&](const ExampleInfo& e) { return e.takes(parameter); });
    refuse(name, "only " + spokenList(takers) + (takers.size() == 1 ? " takes it" : " take it"));
  }
}

const std::string* findArgument(const ExampleArguments& arguments, std::string_view name) {
  for (const auto& [n, text] : arguments)
    if (n == name) return &text;
  return nullptr;
}

arma::mat matrixParameter(std::string_view name, const std::string& text) {
  const ExampleParameter& p = exampleParameter(name);
  const std::size_t most = std::size_t(p.highest);
  // A longer text cannot hold a matrix within the limit of numbers a person types.
  if (text.size() > most * most * 32 + 64) refuse(name, "too long (at most " + std::to_string(most) + "×" + std::to_string(most) + ")");
  arma::mat m;
  try {
    m = parseMatrix(text);
  } catch (const std::invalid_argument& e) {
    refuse(name, e.what());
  }
  if (m.n_rows > most || m.n_cols > most)
    refuse(name, "at most " + std::to_string(most) + "×" + std::to_string(most) + ", not " + std::to_string(m.n_rows) +
                     "×" + std::to_string(m.n_cols));
  return m;
}

arma::vec vectorParameter(std::string_view name, const std::string& text) {
  const ExampleParameter& p = exampleParameter(name);
  arma::mat m;
  try {
    m = parseMatrix(text);
  } catch (const std::invalid_argument& e) {
    refuse(name, e.what());
  }
  if (m.n_rows != 1 && m.n_cols != 1)
    refuse(name, "a list of values (\"1 0.5\"), not a " + std::to_string(m.n_rows) + "×" + std::to_string(m.n_cols) + " matrix");
  if (double(m.n_elem) > p.highest) refuse(name, "at most " + plain(p.highest) + " values, not " + std::to_string(m.n_elem));
  return arma::vectorise(m);
}

double numberParameter(std::string_view name, const std::string& text) {
  const ExampleParameter& p = exampleParameter(name);
  double value = 0;
  std::size_t used = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size()) refuse(name, inQuotes(text) + " is not a number");
  if (p.type == P::PositiveNumber && !(std::isfinite(value) && value > 0)) refuse(name, "must be > 0 and finite, not " + inQuotes(text));
  if (!std::isfinite(value) || value < p.lowest || value > p.highest)
    refuse(name, "must be from " + plain(p.lowest) + " to " + plain(p.highest) + ", not " + inQuotes(text));
  return value;
}

std::size_t countParameter(std::string_view name, const std::string& text) {
  const ExampleParameter& p = exampleParameter(name);
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || double(value) < p.lowest ||
      double(value) > p.highest)
    refuse(name, "a whole number from " + plain(p.lowest) + " to " + plain(p.highest) + ", not " + inQuotes(text));
  return value;
}

const std::string& choiceParameter(std::string_view name, const std::string& text) {
  const ExampleParameter& p = exampleParameter(name);
  for (const std::string& c : p.choices)
    if (c == text) return c;
  refuse(name, inQuotes(text) + " is not one of " + spokenList(p.choices));
}

namespace {

bool finiteNumbers(const TeachingExample& example) {
  for (const TeachingStage& s : example.stages) {
    if (!s.left.is_finite() || !s.kernel.is_finite() || !s.result.is_finite()) return false;
    for (const TeachingCell& c : s.cells)
      if (!std::isfinite(c.value)) return false;
  }
  return true;
}

// The argument that holds the largest number: the one to blame for an overflow.
std::string largestArgument(const ExampleArguments& arguments, const std::string& otherwise) {
  std::string name = otherwise;
  double largest = -1;
  for (const auto& [n, text] : arguments) {
    const char* p = text.c_str();
    while (*p) {
      char* end = nullptr;
      const double v = std::strtod(p, &end);
      if (end == p) {
        ++p;
        continue;
      }
      if (std::abs(v) > largest) largest = std::abs(v), name = n;
      p = end;
    }
  }
  return name;
}

}  // namespace

MlpNetwork mlpNetworkFromArguments(const ExampleArguments& arguments) {
  MlpNetwork net = defaultMlpNetwork();
  for (const auto& [name, text] : arguments) {
    if (name == "x") net.x = vectorParameter(name, text);
    else if (name == "w1") net.w1 = matrixParameter(name, text);
    else if (name == "b1") net.b1 = vectorParameter(name, text);
    else if (name == "w2") net.w2 = matrixParameter(name, text);
    else if (name == "b2") net.b2 = vectorParameter(name, text);
    else if (name == "target") net.target = vectorParameter(name, text);
    else if (name == "hidden") net.hidden = choiceParameter(name, text);
    else if (name == "output") net.output = choiceParameter(name, text);
    else if (name == "loss") net.loss = choiceParameter(name, text);
    else if (name == "temperature") net.temperature = numberParameter(name, text);
    else if (name == "lr") net.learningRate = numberParameter(name, text);
  }
  checkMlpNetwork(net);
  // Finite numbers can overflow on the way (a target of 1e200 makes E = ∞): every number of the
  // forward and backward pass, the loss included, is checked once here for every reader.
  const MlpPass p = runMlp(net);
  bool finite = std::isfinite(p.loss);
  for (const arma::vec* v : {&p.z1, &p.a1, &p.z2, &p.output, &p.dE_dY, &p.dE_dz2, &p.dE_dz2Diagonal, &p.dE_da1, &p.dE_dz1,
                             &p.dE_db1, &p.dE_db2, &p.b1After, &p.b2After})
    finite = finite && v->is_finite();
  for (const arma::mat* m : {&p.jacobian, &p.dE_dw1, &p.dE_dw2, &p.dE_dw1Diagonal, &p.w1After, &p.w2After})
    finite = finite && m->is_finite();
  if (!finite)
    refuse(largestArgument(arguments, "x"), "its values make the example's numbers overflow past the largest double (about 1.8e308)");
  return net;
}

TeachingExample buildExample(const ExampleInfo& example, const ExampleArguments& arguments) {
  checkExampleArguments(example, arguments);
  if (!example.build) throw std::invalid_argument(example.name + " needs a model: train one in the Train tab first");
  TeachingExample built = example.build(arguments);
  checkFiniteExample(built, arguments);
  return built;
}

std::pair<arma::mat, std::size_t> embeddedTestImage(std::size_t index) {
  static const RawImages test = embeddedMnist().test;  // decompressed once: the stepper asks on every change
  if (index >= test.count)
    refuse("image", std::to_string(index) + " is past the last test image (" + std::to_string(test.count - 1) + ")");
  arma::mat image(test.height, test.width);
  const std::size_t offset = index * test.height * test.width;
  for (std::size_t r = 0; r < test.height; ++r)
    for (std::size_t c = 0; c < test.width; ++c) image(r, c) = test.pixels[offset + r * test.width + c] / 255.0;
  return {image, test.labels[index]};
}

TeachingExample buildModelExample(const ExampleInfo& example, const ExampleModel& model,
                                  const ExampleArguments& arguments, const arma::mat* image) {
  checkExampleArguments(example, arguments);
  const std::string* imageText = findArgument(arguments, "image");
  const auto [digit, label] = embeddedTestImage(imageText ? countParameter("image", *imageText) : 0);
  TeachingExample built;
  if (example.kind == ExampleKind::FromNetwork) {
    const std::string* channelText = findArgument(arguments, "channel");
    const std::size_t channel = channelText ? countParameter("channel", *channelText) : 0;
    if (const std::size_t depth = buildNetwork<float>(model.spec).inputShape().depth; channel >= depth)
      refuse("channel", std::to_string(channel) + " is past the network's last input channel (" + std::to_string(depth - 1) + ")");
    built = fromNetworkExample(model.spec, model.parameters, image ? *image : digit, 0, 0, channel);
  } else if (example.kind == ExampleKind::MlpFromNetwork) {
    const std::string* unitText = findArgument(arguments, "unit");
    built = mlpFromNetworkExample(model.spec, model.parameters, image ? *image : digit, label,
                                  unitText ? countParameter("unit", *unitText) : 0);
  } else {
    throw std::logic_error(example.name + " reads no model");
  }
  if (!finiteNumbers(built)) refuse("model", "its weights make the example's numbers overflow past the largest double");
  return built;
}

void checkFiniteExample(const TeachingExample& example, const ExampleArguments& arguments) {
  if (!finiteNumbers(example))
    refuse(largestArgument(arguments, example.name),
           "its values make the example's numbers overflow past the largest double (about 1.8e308)");
}

}  // namespace cnnlab
