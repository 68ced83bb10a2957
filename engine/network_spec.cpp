// Network JSON: validation with messages that name the layer, shape inference, construction.
#include "engine/network_spec.hpp"

#include <fstream>
#include <sstream>

#include "engine/convolutional.hpp"
#include "engine/dense.hpp"
#include "engine/max_pool.hpp"
#include "engine/relu.hpp"
#include "engine/reshape.hpp"
#include "engine/sigmoid.hpp"
#include "engine/softmax.hpp"
#include "engine/tanh.hpp"

namespace cnnlab {

namespace {

const char* kLayerTypes = "convolutional, dense, reshape, maxpool, sigmoid, tanh, relu, softmax";

std::string layerName(std::size_t index, const nlohmann::json& layer) {
  std::string type = layer.is_object() && layer.contains("type") && layer["type"].is_string()
                         ? layer["type"].get<std::string>()
                         : "?";
  return "layer " + std::to_string(index + 1) + " (" + type + ")";
}

// A positive integer field, or fallback when absent (fallback 0 means required).
std::size_t positive(const nlohmann::json& object, const char* key, std::size_t fallback,
                     const std::string& where, long layer, bool allowZero = false) {
  if (!object.contains(key)) {
    if (fallback == 0 && !allowZero) throw SpecError(where + ": missing field \"" + key + "\"", layer);
    return fallback;
  }
  const auto& value = object[key];
  if (!value.is_number_integer() || value.get<long long>() < (allowZero ? 0 : 1) || value.get<long long>() > 100000)
    throw SpecError(where + ": \"" + key + "\" must be " + (allowZero ? "a non-negative" : "a positive") +
                        " integer",
                    layer);
  return value.get<std::size_t>();
}

Shape inputOf(const nlohmann::json& spec) {
  if (!spec.is_object()) throw SpecError("the network spec must be a JSON object");
  if (!spec.contains("input") || !spec["input"].is_object())
    throw SpecError("missing \"input\": {\"depth\": …, \"height\": …, \"width\": …}");
  const auto& in = spec["input"];
  return {positive(in, "depth", 1, "input", -1), positive(in, "height", 0, "input", -1),
          positive(in, "width", 0, "input", -1)};
}

const nlohmann::json& layersOf(const nlohmann::json& spec) {
  if (!spec.contains("layers") || !spec["layers"].is_array())
    throw SpecError("missing \"layers\": an array of layer objects");
  if (spec["layers"].empty()) throw SpecError("\"layers\" is empty: a network needs at least one layer");
  return spec["layers"];
}

template <typename eT>
std::unique_ptr<Layer<eT>> makeLayer(const nlohmann::json& layer, const Shape& in, std::size_t index) {
  const long at = long(index);
  if (!layer.is_object()) throw SpecError("layer " + std::to_string(index + 1) + ": must be a JSON object", at);
  const std::string where = layerName(index, layer);
  if (!layer.contains("type") || !layer["type"].is_string())
    throw SpecError("layer " + std::to_string(index + 1) + ": missing field \"type\"", at);
  const std::string type = layer["type"];
  const bool flat = in.height == 1 && in.width == 1;
  try {
    if (type == "convolutional") {
      ConvolutionBias bias = ConvolutionBias::PerOutput;
      if (layer.contains("bias")) {
        if (layer["bias"] == "per_kernel") bias = ConvolutionBias::PerKernel;
        else if (layer["bias"] != "per_output")
          throw SpecError(where + ": \"bias\" must be \"per_output\" or \"per_kernel\"", at);
      }
      return std::make_unique<Convolutional<eT>>(ConvolutionalOptions{
          .inputDepth = in.depth, .inputHeight = in.height, .inputWidth = in.width,
          .kernelSize = positive(layer, "kernel_size", 0, where, at),
          .kernelCount = positive(layer, "kernels", 0, where, at),
          .stride = positive(layer, "stride", 1, where, at),
          .padding = positive(layer, "padding", 0, where, at, true),
          .bias = bias});
    }
    if (type == "dense") {
      if (!flat)
        throw SpecError(where + ": its input is a " + in.str() +
                            " tensor; add a reshape layer before it to flatten it",
                        at);
      return std::make_unique<Dense<eT>>(DenseOptions{.inputSize = in.size(),
                                                      .outputSize = positive(layer, "units", 0, where, at)});
    }
    if (type == "reshape") return std::make_unique<Reshape<eT>>(in);
    if (type == "maxpool") {
      if (flat) throw SpecError(where + ": its input is a flat vector of " + in.str() + "; pool before reshape", at);
      const std::size_t size = positive(layer, "size", 2, where, at);
      return std::make_unique<MaxPool<eT>>(MaxPoolOptions{.inputDepth = in.depth, .inputHeight = in.height,
                                                          .inputWidth = in.width, .size = size,
                                                          .stride = positive(layer, "stride", size, where, at)});
    }
    if (type == "sigmoid") return std::make_unique<Sigmoid<eT>>(in);
    if (type == "tanh") return std::make_unique<Tanh<eT>>(in);
    if (type == "relu") return std::make_unique<ReLU<eT>>(in);
    if (type == "softmax") {
      double temperature = 1.0;
      if (layer.contains("temperature")) {
        if (!layer["temperature"].is_number() || !(layer["temperature"].get<double>() > 0))
          throw SpecError(where + ": \"temperature\" must be a number > 0", at);
        temperature = layer["temperature"];
      }
      return std::make_unique<Softmax<eT>>(in, temperature);
    }
  } catch (const SpecError&) {
    throw;
  } catch (const std::invalid_argument& e) {
    // The layer's own constructor check, e.g. "convolutional: the 5×5 kernel is larger than its 3×3 input".
    std::string reason = e.what();
    const auto colon = reason.find(": ");
    if (colon != std::string::npos && colon < 20) reason = reason.substr(colon + 2);
    throw SpecError(where + ": " + reason, at);
  }
  throw SpecError("layer " + std::to_string(index + 1) + ": unknown type \"" + type + "\" (known: " +
                      kLayerTypes + ")",
                  at);
}

}  // namespace

nlohmann::json parseSpecText(const std::string& text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    const auto bracket = what.find("] ");
    throw SpecError("bad JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
  }
}

nlohmann::json readSpecFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw SpecError(path + ": cannot open the file");
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
        info.description = layer->describe();
        info.outputShape = layer->outputShape();
        info.parameters = layer->parameterCount();
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

template <typename eT>
Network<eT> buildNetwork(const nlohmann::json& spec, std::size_t outputClasses) {
  Network<eT> network(inputOf(spec));
  const auto& layers = layersOf(spec);
  for (std::size_t i = 0; i < layers.size(); ++i)
    network.add(makeLayer<eT>(layers[i], network.outputShape(), i));
  if (outputClasses > 0 && network.outputShape().size() != outputClasses)
    throw SpecError(layerName(layers.size() - 1, layers.back()) + ": the network ends with " +
                        network.outputShape().str() + " outputs but the data has " +
                        std::to_string(outputClasses) + " classes",
                    long(layers.size()) - 1);
  const std::string loss = spec.value("loss", "binary_cross_entropy");
  try {
    network.setLoss(makeLoss<eT>(loss));
  } catch (const std::invalid_argument& e) {
    throw SpecError(e.what());
  }
  const std::string init = spec.value("init", "uniform_fan_in");
  if (init == "normal") network.setInitialization(Initialization::Normal);
  else if (init == "uniform_fan_in") network.setInitialization(Initialization::UniformFanIn);
  else throw SpecError("unknown \"init\" '" + init + "' (known: normal, uniform_fan_in)");
  network.finalize();
  return network;
}

template Network<float> buildNetwork<float>(const nlohmann::json&, std::size_t);
template Network<double> buildNetwork<double>(const nlohmann::json&, std::size_t);

}  // namespace cnnlab
