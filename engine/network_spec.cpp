// Network JSON: validation with messages that name the layer, shape inference, construction.
#include "engine/network_spec.hpp"
#include "engine/quoted.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "engine/file_io.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/safe_json.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

std::string joined(const std::set<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

void rejectUnknownFields(const nlohmann::json& object, const std::set<std::string>& known, const std::string& where,
                         long layer) {
  for (const auto& item : object.items())
    if (!known.count(item.key()))
      throw SpecError(where + ": unknown field " + inDoubleQuotes(item.key()) + " (known: " + joined(known) + ")", layer);
}

std::string layerName(std::size_t index, const nlohmann::json& layer) {
  std::string type = layer.is_object() && layer.contains("type") && layer["type"].is_string()
                         ? layer["type"].get<std::string>()
                         : "?";
  return "layer " + std::to_string(index + 1) + " (" + type + ")";
}

// A positive integer field (at most 100000), or fallback when absent (fallback 0 means required).
std::size_t positive(const nlohmann::json& object, const char* key, std::size_t fallback,
                     const std::string& where, long layer) {
  if (!object.contains(key)) {
    if (fallback == 0) throw SpecError(where + ": missing field \"" + key + "\"", layer);
    return fallback;
  }
  const auto& value = object[key];
  const bool negative = value.is_number_integer() && !value.is_number_unsigned() && value.get<long long>() < 0;
  if (!value.is_number_integer() || negative || value.get<unsigned long long>() == 0 ||
      value.get<unsigned long long>() > 100000)
    throw SpecError(where + ": \"" + key + "\" must be a positive integer (at most 100000), not " + describeJsonValue(value),
                    layer);
  return value.get<std::size_t>();
}

// A string field with a fixed set of values, or fallback when absent.
std::string choice(const nlohmann::json& object, const char* key, const std::string& fallback,
                   const std::set<std::string>& allowed, const std::string& where, long layer) {
  if (!object.contains(key)) return fallback;
  const auto& value = object[key];
  if (!value.is_string() || !allowed.count(value.get<std::string>()))
    throw SpecError(where + "\"" + key + "\" must be one of " + joined(allowed) + ", not " + describeJsonValue(value), layer);
  return value.get<std::string>();
}

Shape inputOf(const nlohmann::json& spec) {
  if (!spec.is_object()) throw SpecError(QT_TRANSLATE_NOOP("engine", "the network spec must be a JSON object"));
  rejectUnknownFields(spec, {"input", "layers", "loss", "init", "name", "description", "comment"}, "the network", -1);
  if (!spec.contains("input") || !spec["input"].is_object())
    throw SpecError(QT_TRANSLATE_NOOP("engine", "missing \"input\": {\"depth\": …, \"height\": …, \"width\": …}"));
  const auto& in = spec["input"];
  rejectUnknownFields(in, {"depth", "height", "width"}, "input", -1);
  const Shape shape{positive(in, "depth", 1, "input", -1), positive(in, "height", 0, "input", -1),
                    positive(in, "width", 0, "input", -1)};
  if (shape.size() > kMaxSpecActivation)
    throw SpecError("input: " + shape.str() + " is " + std::to_string(shape.size()) + " values per sample (at most " +
                    std::to_string(kMaxSpecActivation) + ")");
  return shape;
}

const nlohmann::json& layersOf(const nlohmann::json& spec) {
  if (!spec.contains("layers") || !spec["layers"].is_array())
    throw SpecError(QT_TRANSLATE_NOOP("engine", "missing \"layers\": an array of layer objects"));
  if (spec["layers"].empty())
    throw SpecError(QT_TRANSLATE_NOOP("engine", "\"layers\" is empty: a network needs at least one layer"));
  if (spec["layers"].size() > kMaxSpecLayers)
    throw SpecError("\"layers\" has " + std::to_string(spec["layers"].size()) + " layers (at most " +
                    std::to_string(kMaxSpecLayers) + ")");
  return spec["layers"];
}

std::string lossOf(const nlohmann::json& spec) {
  return choice(spec, "loss", "binary_cross_entropy", {"binary_cross_entropy", "mean_squared_error", "cross_entropy"},
                "", -1);
}

Initialization initOf(const nlohmann::json& spec) {
  return choice(spec, "init", "uniform_fan_in", {"normal", "uniform_fan_in"}, "", -1) == "normal"
             ? Initialization::Normal
             : Initialization::UniformFanIn;
}

// Refuses a layer whose output or weights would be absurdly large (a typo like "units": 100000).
template <typename eT>
void checkSize(const Layer<eT>& layer, std::size_t parametersSoFar, std::size_t activationsSoFar,
               const std::string& where, long at) {
  if (activationsSoFar + layer.outputShape().size() > kMaxSpecActivationTotal)
    throw SpecError(where + ": the layers' outputs add up to more than " + std::to_string(kMaxSpecActivationTotal) +
                        " values per sample",
                    at);
  if (layer.outputShape().size() > kMaxSpecActivation)
    throw SpecError(where + ": its output " + layer.outputShape().str() + " has " +
                        std::to_string(layer.outputShape().size()) + " values per sample (at most " +
                        std::to_string(kMaxSpecActivation) + ")",
                    at);
  if (parametersSoFar + layer.parameterCount() > kMaxSpecParameters)
    throw SpecError(where + ": " + std::to_string(layer.parameterCount()) +
                        " parameters make the network too large (at most " + std::to_string(kMaxSpecParameters) +
                        " in all)",
                    at);
}

// Validates one layer object against its registry entry (unknown fields, each field's kind and
// limits) and builds it on input in.
template <typename eT>
std::unique_ptr<Layer<eT>> makeLayer(const nlohmann::json& layer, const Shape& in, std::size_t index) {
  const long at = long(index);
  if (!layer.is_object()) throw SpecError("layer " + std::to_string(index + 1) + ": must be a JSON object", at);
  const std::string where = layerName(index, layer);
  if (!layer.contains("type") || !layer["type"].is_string())
    throw SpecError("layer " + std::to_string(index + 1) + ": missing field \"type\"", at);
  const std::string type = layer["type"];
  const LayerType* entry = findLayerType(type);
  if (!entry)
    throw SpecError("layer " + std::to_string(index + 1) + ": unknown type " + inDoubleQuotes(type) + " (known: " +
                        layerTypeNames() + ")",
                    at);
  // "comment" is allowed everywhere, so a typo such as "kernal_size" is reported instead of
  // silently taking a default.
  std::set<std::string> known = {"type", "comment"};
  for (const auto& field : entry->fields) known.insert(field.key);
  rejectUnknownFields(layer, known, where, at);
  try {
    return entry->make<eT>(in, layer);
  } catch (const std::invalid_argument& e) {
    // A field's reason ("\"units\" must be …") or the layer's own constructor check, e.g.
    // "convolutional: the 5×5 kernel is larger than its 3×3 input".
    std::string reason = e.what();
    const auto colon = reason.find(": ");
    if (reason.front() != '"' && colon != std::string::npos && colon < 20) reason = reason.substr(colon + 2);
    throw SpecError(where + ": " + reason, at);
  }
}

}  // namespace

nlohmann::json parseSpecText(const std::string& text) {
  try {
    return parseJsonSafely(text);
  } catch (const std::invalid_argument& e) {
    throw SpecError(e.what());
  }
}

nlohmann::json readSpecFile(const std::string& path) {
  try {
    requireRegularFile(path);
  } catch (const FileError& e) {
    throw SpecError(e.what());
  }
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw SpecError(path + ": cannot open the file");
  if (file.tellg() > std::streamoff(kMaxSpecFileBytes))
    throw SpecError(path + ": a network file of more than " + std::to_string(kMaxSpecFileBytes >> 20) + " MiB");
  file.seekg(0);
  std::stringstream text;
  text << file.rdbuf();
  try {
    return parseSpecText(text.str());
  } catch (const SpecError& e) {
    throw SpecError(path + ": " + e.what());
  }
}

std::vector<LayerInfo> inspectSpec(const nlohmann::json& spec) {
  Shape shape = inputOf(spec);
  const auto& layers = layersOf(spec);
  std::vector<LayerInfo> infos;
  bool failed = false;
  std::size_t parameters = 0, activations = 0;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    LayerInfo info;
    info.type = layers[i].is_object() && layers[i].contains("type") && layers[i]["type"].is_string()
                    ? layers[i]["type"].get<std::string>()
                    : "?";
    info.inputShape = shape;
    if (failed) {
      info.error = "after an invalid layer";
    } else {
      try {
        auto layer = makeLayer<float>(layers[i], shape, i);
        checkSize(*layer, parameters, activations, layerName(i, layers[i]), long(i));
        activations += layer->outputShape().size();
        info.description = layer->describe();
        info.outputShape = layer->outputShape();
        info.parameters = layer->parameterCount();
        parameters += info.parameters;
        shape = info.outputShape;
      } catch (const SpecError& e) {
        info.error = e.what();
        failed = true;
      }
    }
    infos.push_back(info);
  }
  return infos;
}

SpecCheck checkSpec(const nlohmann::json& spec, std::size_t outputClasses) {
  SpecCheck check;
  try {
    check.layers = inspectSpec(spec);
  } catch (const SpecError& e) {
    check.error = e.what();
    return check;
  }
  check.outputShape = inputOf(spec);
  for (std::size_t i = 0; i < check.layers.size(); ++i) {
    const LayerInfo& info = check.layers[i];
    if (!info.error.empty()) {
      check.error = info.error;
      check.errorLayer = long(i);
      return check;
    }
    check.parameters += info.parameters;
    check.outputShape = info.outputShape;
  }
  if (outputClasses > 0 && check.outputShape.size() != outputClasses) {
    const std::size_t last = check.layers.size() - 1;
    check.layers[last].error = layerName(last, spec["layers"][last]) + ": the network ends with " +
                               std::to_string(check.outputShape.size()) + " outputs but the data has " +
                               std::to_string(outputClasses) + " classes; make the last layer " +
                               std::to_string(outputClasses) + " wide";
    check.error = check.layers[last].error;
    check.errorLayer = long(last);
    return check;
  }
  try {
    lossOf(spec);
    initOf(spec);
  } catch (const SpecError& e) {
    check.error = e.what();
  }
  return check;
}

template <typename eT>
Network<eT> buildNetwork(const nlohmann::json& spec, std::size_t outputClasses) {
  Network<eT> network(inputOf(spec));
  const auto& layers = layersOf(spec);
  const std::string loss = lossOf(spec);
  const Initialization init = initOf(spec);
  std::size_t parameters = 0, activations = 0;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    auto layer = makeLayer<eT>(layers[i], network.outputShape(), i);
    checkSize(*layer, parameters, activations, layerName(i, layers[i]), long(i));
    activations += layer->outputShape().size();
    parameters += layer->parameterCount();
    network.add(std::move(layer));
  }
  if (outputClasses > 0 && network.outputShape().size() != outputClasses)
    throw SpecError(layerName(layers.size() - 1, layers.back()) + ": the network ends with " +
                        std::to_string(network.outputShape().size()) + " outputs but the data has " +
                        std::to_string(outputClasses) + " classes; make the last layer " +
                        std::to_string(outputClasses) + " wide",
                    long(layers.size()) - 1);
  network.setLoss(makeLoss<eT>(loss));
  network.setInitialization(init);
  network.finalize();
  return network;
}

template Network<float> buildNetwork<float>(const nlohmann::json&, std::size_t);
template Network<double> buildNetwork<double>(const nlohmann::json&, std::size_t);

}  // namespace cnnlab
