// The layer registry's entries: every layer type's fields, defaults, limits, words and factory.
#include "engine/layers/layer_registry.hpp"
#include "engine/quoted.hpp"

#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/layers/convolutional.hpp"
#include "engine/layers/dense.hpp"
#include "engine/layers/max_pool.hpp"
#include "engine/layers/relu.hpp"
#include "engine/layers/reshape.hpp"
#include "engine/layers/sigmoid.hpp"
#include "engine/layers/softmax.hpp"
#include "engine/layers/tanh.hpp"
#include "engine/safe_json.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

using json = nlohmann::json;

// An integer field of a spec as written, or fallback when absent or not an integer.
long long integerOr(const json& layer, const char* key, long long fallback) {
  return layer.is_object() && layer.contains(key) && layer[key].is_number_integer() ? layer[key].get<long long>()
                                                                                    : fallback;
}

std::string formatNumber(double value) {
  std::ostringstream text;
  text << value;  // %g: "0.5", "2"
  return text.str();
}

// ---- convolutional --------------------------------------------------------------------------

// ", stride 2": a setting that differs from its default, after the ones before it.
Phrase strideText(long long stride) { return Phrase(QT_TRANSLATE_NOOP("engine", ", stride %1"), {std::to_string(stride)}); }

Phrase convolutionalSettings(const json& layer) {
  const std::string k = std::to_string(integerOr(layer, "kernel_size", 0));
  std::vector<Phrase> parts = {
      Phrase(QT_TRANSLATE_NOOP("engine", "%1 kernels %2×%3"), {std::to_string(integerOr(layer, "kernels", 0)), k, k})};
  if (const long long s = integerOr(layer, "stride", 1); s != 1) parts.push_back(strideText(s));
  if (const long long p = integerOr(layer, "padding", 0); p != 0)
    parts.push_back(Phrase(QT_TRANSLATE_NOOP("engine", ", padding %1"), {std::to_string(p)}));
  const bool perKernel = layer.is_object() && layer.value("bias", json("per_output")) == "per_kernel";
  parts.push_back(perKernel ? QT_TRANSLATE_NOOP("engine", ", bias per kernel") : QT_TRANSLATE_NOOP("engine", ", bias per output"));
  return Phrase::joined(parts);
}

template <typename eT>
std::unique_ptr<Layer<eT>> makeConvolutional(const Shape& in, const json& f) {
  return std::make_unique<Convolutional<eT>>(ConvolutionalOptions{
      .inputDepth = in.depth, .inputHeight = in.height, .inputWidth = in.width,
      .kernelSize = f["kernel_size"].get<std::size_t>(),
      .kernelCount = f["kernels"].get<std::size_t>(),
      .stride = f["stride"].get<std::size_t>(),
      .padding = f["padding"].get<std::size_t>(),
      .bias = f["bias"] == "per_kernel" ? ConvolutionBias::PerKernel : ConvolutionBias::PerOutput});
}

// ---- maxpool --------------------------------------------------------------------------------

Phrase maxPoolSettings(const json& layer) {
  const long long size = integerOr(layer, "size", 2), stride = integerOr(layer, "stride", size);
  const std::string text = std::to_string(size) + "×" + std::to_string(size);
  return stride != size ? Phrase::joined({text, strideText(stride)}) : Phrase(text);
}

template <typename eT>
std::unique_ptr<Layer<eT>> makeMaxPool(const Shape& in, const json& f) {
  if (in.height == 1 && in.width == 1)
    throw std::invalid_argument("maxpool: its input is a flat vector of " + in.str() + "; pool before reshape");
  return std::make_unique<MaxPool<eT>>(MaxPoolOptions{.inputDepth = in.depth, .inputHeight = in.height,
                                                      .inputWidth = in.width, .size = f["size"].get<std::size_t>(),
                                                      .stride = f["stride"].get<std::size_t>()});
}

// ---- reshape, dense -------------------------------------------------------------------------

Phrase reshapeSettings(const json&) { return QT_TRANSLATE_NOOP("engine", "flatten to a vector"); }

template <typename eT>
std::unique_ptr<Layer<eT>> makeReshape(const Shape& in, const json&) {
  return std::make_unique<Reshape<eT>>(in);
}

Phrase denseSettings(const json& layer) {
  return Phrase(QT_TRANSLATE_NOOP("engine", "%1 units"), {std::to_string(integerOr(layer, "units", 0))});
}

template <typename eT>
std::unique_ptr<Layer<eT>> makeDense(const Shape& in, const json& f) {
  if (in.height != 1 || in.width != 1)
    throw std::invalid_argument("dense: its input is a " + in.str() +
                                " tensor; add a reshape layer before it to flatten it");
  return std::make_unique<Dense<eT>>(DenseOptions{.inputSize = in.size(), .outputSize = f["units"].get<std::size_t>()});
}

// ---- activations ----------------------------------------------------------------------------

Phrase noSettings(const json&) { return {}; }

template <template <typename> class Function, typename eT>
std::unique_ptr<Layer<eT>> makeActivation(const Shape& in, const json&) {
  return std::make_unique<Function<eT>>(in);
}

Phrase softmaxSettings(const json& layer) {
  if (layer.is_object() && layer.contains("temperature") && layer["temperature"].is_number() &&
      layer["temperature"].get<double>() != 1.0)
    return Phrase(QT_TRANSLATE_NOOP("engine", "temperature %1"), {formatNumber(layer["temperature"].get<double>())});
  return {};
}

template <typename eT>
std::unique_ptr<Layer<eT>> makeSoftmax(const Shape& in, const json& f) {
  return std::make_unique<Softmax<eT>>(in, f["temperature"].get<double>());
}

// ---- the table ------------------------------------------------------------------------------

LayerField integerField(std::string key, std::string label, std::string help, bool required, json defaultValue,
                        json initialValue = nullptr, double minimum = 1) {
  LayerField field;
  field.key = std::move(key);
  field.label = std::move(label);
  field.help = std::move(help);
  field.kind = FieldKind::Integer;
  field.required = required;
  field.defaultValue = std::move(defaultValue);
  field.initialValue = std::move(initialValue);
  field.minimum = minimum;
  field.maximum = 100000;
  return field;
}

std::vector<LayerType> makeTable() {
  std::vector<LayerType> table;

  LayerType conv{.name = "convolutional",
                 .title = QT_TRANSLATE_NOOP("engine", "Convolutional"),
                 .summary = QT_TRANSLATE_NOOP("engine", "K kernels slide over the input: y_i = B_i + Σ_j x_j ★ K_ij"),
                 .role = LayerRole::Convolution,
                 .signedOutput = true};
  conv.fields = {integerField("kernels", QT_TRANSLATE_NOOP("engine", "Kernels"),
                              QT_TRANSLATE_NOOP("engine", "Number of kernels = depth of the output"), true, nullptr, 4),
                 integerField("kernel_size", QT_TRANSLATE_NOOP("engine", "Kernel size"),
                              QT_TRANSLATE_NOOP("engine", "Each kernel is size × size × input depth"), true, nullptr, 3),
                 integerField("stride", QT_TRANSLATE_NOOP("engine", "Stride"),
                              QT_TRANSLATE_NOOP("engine", "Step between kernel positions"), false, 1),
                 integerField("padding", QT_TRANSLATE_NOOP("engine", "Padding"),
                              QT_TRANSLATE_NOOP("engine", "Zeros added on every side of the input"), false, 0, nullptr, 0)};
  LayerField bias;
  bias.key = "bias";
  bias.label = QT_TRANSLATE_NOOP("engine", "Bias");
  bias.help = QT_TRANSLATE_NOOP("engine", "One bias per output value (the notes) or one per kernel (PyTorch's Conv2d)");
  bias.kind = FieldKind::Choice;
  bias.defaultValue = "per_output";
  bias.choices = {{"per_output", QT_TRANSLATE_NOOP("engine", "per output (the notes)")},
                  {"per_kernel", QT_TRANSLATE_NOOP("engine", "per kernel (PyTorch)")}};
  conv.fields.push_back(bias);
  conv.settingsText = convolutionalSettings;
  conv.makeFloat = makeConvolutional<float>;
  conv.makeDouble = makeConvolutional<double>;
  table.push_back(conv);

  LayerType pool{.name = "maxpool",
                 .title = QT_TRANSLATE_NOOP("engine", "Max pooling"),
                 .summary = QT_TRANSLATE_NOOP("engine", "The largest value of each size × size window, per channel"),
                 .role = LayerRole::Pooling};
  LayerField stride = integerField("stride", QT_TRANSLATE_NOOP("engine", "Stride"),
                                   QT_TRANSLATE_NOOP("engine", "Step between windows (default: the window size)"), false, nullptr);
  stride.defaultsTo = "size";
  pool.fields = {integerField("size", QT_TRANSLATE_NOOP("engine", "Window"), QT_TRANSLATE_NOOP("engine", "Pooling window size × size"),
                              false, 2, 2),
                 stride};
  pool.settingsText = maxPoolSettings;
  pool.makeFloat = makeMaxPool<float>;
  pool.makeDouble = makeMaxPool<double>;
  table.push_back(pool);

  LayerType reshape{.name = "reshape",
                    .title = QT_TRANSLATE_NOOP("engine", "Reshape"),
                    .summary = QT_TRANSLATE_NOOP("engine", "Flattens its input into one vector for dense layers."),
                    .role = LayerRole::Reshape};
  reshape.settingsText = reshapeSettings;
  reshape.makeFloat = makeReshape<float>;
  reshape.makeDouble = makeReshape<double>;
  table.push_back(reshape);

  LayerType dense{.name = "dense",
                  .title = QT_TRANSLATE_NOOP("engine", "Dense"),
                  .summary = QT_TRANSLATE_NOOP("engine", "Fully connected: Y = W·X + B"),
                  .role = LayerRole::Dense,
                  .signedOutput = true};
  dense.fields = {integerField("units", QT_TRANSLATE_NOOP("engine", "Units"),
                               QT_TRANSLATE_NOOP("engine", "Outputs of the layer; the last layer needs one per class"), true,
                               nullptr, 10)};
  dense.settingsText = denseSettings;
  dense.makeFloat = makeDense<float>;
  dense.makeDouble = makeDense<double>;
  table.push_back(dense);

  auto activation = [&](std::string name, std::string title, std::string summary, bool signedOutput,
                        bool unitOutput, ActivationTraits traits, auto makeFloat, auto makeDouble) {
    LayerType type{.name = std::move(name),
                   .title = std::move(title),
                   .summary = std::move(summary),
                   .role = LayerRole::Activation,
                   .signedOutput = signedOutput,
                   .unitOutput = unitOutput,
                   .activation = traits};
    type.settingsText = noSettings;
    type.makeFloat = makeFloat;
    type.makeDouble = makeDouble;
    table.push_back(type);
  };
  activation("sigmoid", QT_TRANSLATE_NOOP("engine", "Sigmoid"),
             QT_TRANSLATE_NOOP("engine", "σ(x) = 1 / (1 + e^(−x)) on every value, into (0, 1). No settings."), false, true,
             {.saturating = true, .outputLow = 0, .outputHigh = 1,
              .derivativeFromOutput = [](double y) { return y * (1 - y); }},  // σ' = σ(1 − σ)
             makeActivation<Sigmoid, float>, makeActivation<Sigmoid, double>);
  activation("tanh", QT_TRANSLATE_NOOP("engine", "Tanh"),
             QT_TRANSLATE_NOOP("engine", "tanh(x) on every value, into (−1, 1). No settings."), true, false,
             {.saturating = true, .outputLow = -1, .outputHigh = 1,
              .derivativeFromOutput = [](double y) { return 1 - y * y; }},  // tanh' = 1 − tanh²
             makeActivation<Tanh, float>, makeActivation<Tanh, double>);
  activation("relu", QT_TRANSLATE_NOOP("engine", "ReLU"), QT_TRANSLATE_NOOP("engine", "max(0, x) on every value. No settings."),
             false, false,
             {.deadAtZero = true, .outputLow = 0, .outputHigh = std::numeric_limits<double>::infinity(),
              .derivativeFromOutput = [](double y) { return y > 0 ? 1.0 : 0.0; }},
             makeActivation<ReLU, float>, makeActivation<ReLU, double>);

  LayerType softmax{.name = "softmax",
                    .title = QT_TRANSLATE_NOOP("engine", "Softmax"),
                    .summary = QT_TRANSLATE_NOOP("engine", "Probabilities over the whole vector: e^(x_i/T) / Σ_j e^(x_j/T)"),
                    .role = LayerRole::Activation,
                    .unitOutput = true,
                    .probabilities = true,
                    .activation = {.outputLow = 0, .outputHigh = 1}};  // not elementwise: J, not f
  LayerField temperature;
  temperature.key = "temperature";
  temperature.label = QT_TRANSLATE_NOOP("engine", "Temperature");
  temperature.help = QT_TRANSLATE_NOOP("engine", "T > 0: softmax(x / T); above 1 flattens the probabilities, below 1 sharpens them");
  temperature.kind = FieldKind::Number;
  temperature.defaultValue = 1.0;
  // Below 1e-3 the logits divided by T overflow float for any trained network; refuse it here
  // rather than let training fail later with a misleading learning-rate message.
  temperature.minimum = 1e-3;
  temperature.maximum = 1e6;
  temperature.editorMinimum = 0.05;
  temperature.editorMaximum = 100;
  temperature.step = 0.1;
  softmax.fields = {temperature};
  softmax.settingsText = softmaxSettings;
  softmax.makeFloat = makeSoftmax<float>;
  softmax.makeDouble = makeSoftmax<double>;
  table.push_back(softmax);

  return table;
}

std::string sortedValues(const std::vector<FieldChoice>& choices) {
  std::set<std::string> values;
  for (const auto& c : choices) values.insert(c.value);
  std::string text;
  for (const auto& v : values) text += (text.empty() ? "" : ", ") + v;
  return text;
}

}  // namespace

const LayerField* LayerType::field(std::string_view key) const {
  for (const auto& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

json LayerType::newLayer() const {
  json layer = {{"type", name}};
  for (const auto& f : fields)
    if (!f.initialValue.is_null()) layer[f.key] = f.initialValue;
  return layer;
}

json LayerType::resolveFields(const json& layer) const {
  json resolved = layer.is_object() ? layer : json::object();
  for (const auto& f : fields) {  // explicit values first: a defaultsTo field reads the other's value
    if (!resolved.contains(f.key)) {
      if (f.required) throw std::invalid_argument("missing field \"" + f.key + "\"");
      continue;
    }
    const json& value = resolved[f.key];
    const std::string quoted = "\"" + f.key + "\"";
    switch (f.kind) {
      case FieldKind::Integer: {
        const bool ok = value.is_number_integer() &&
                        (value.is_number_unsigned() || value.get<long long>() >= 0) &&
                        double(value.get<unsigned long long>()) >= f.minimum &&
                        double(value.get<unsigned long long>()) <= f.maximum;
        if (!ok) {
          const std::string what = f.minimum == 0   ? "a non-negative integer"
                                   : f.minimum == 1 ? "a positive integer"
                                                    : "an integer ≥ " + std::to_string((long long)f.minimum);
          throw std::invalid_argument(quoted + " must be " + what + " (at most " +
                                      std::to_string((long long)f.maximum) + "), not " + describeJsonValue(value));
        }
        break;
      }
      case FieldKind::Number:
        if (!value.is_number() || !(value.get<double>() > f.minimum) || !(value.get<double>() <= f.maximum))
          throw std::invalid_argument(quoted + " must be a number > " + formatNumber(f.minimum) + " and ≤ " +
                                      formatNumber(f.maximum) + ", not " +
                                      describeJsonValue(value));
        break;
      case FieldKind::Choice: {
        bool known = false;
        for (const auto& c : f.choices) known = known || (value.is_string() && value.get<std::string>() == c.value);
        if (!known)
          throw std::invalid_argument(quoted + " must be one of " + sortedValues(f.choices) + ", not " + describeJsonValue(value));
        break;
      }
    }
  }
  for (const auto& f : fields) {
    if (resolved.contains(f.key)) continue;
    resolved[f.key] = f.defaultsTo.empty() ? f.defaultValue : resolved[f.defaultsTo];
  }
  return resolved;
}

const std::vector<LayerType>& layerTypes() {
  static const std::vector<LayerType> table = makeTable();
  return table;
}

const LayerType* findLayerType(std::string_view name) {
  for (const auto& type : layerTypes())
    if (type.name == name) return &type;
  return nullptr;
}

const LayerType& layerTypeOf(const std::string& name) {
  if (const LayerType* type = findLayerType(name)) return *type;
  throw std::invalid_argument("unknown layer type " + inDoubleQuotes(name) + " (known: " + layerTypeNames() + ")");
}

std::string layerTypeNames() {
  std::string text;
  for (const auto& type : layerTypes()) text += (text.empty() ? "" : ", ") + type.name;
  return text;
}

}  // namespace cnnlab
