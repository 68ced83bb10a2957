// The one table of layer types: each type's name, fields, defaults, limits, settings text and
// factory. The spec reader, the designer and the views ask it instead of comparing type strings;
// adding a layer type is one entry here (layer_registry.cpp) plus one layer class. Its words for
// people (titles, summaries, labels, help, settings) are marked for the desktop's translation
// (engine/translatable.hpp); names and JSON keys are not.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/layers/layer.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

// What a layer does to the data, for colours, titles and the few places that treat a kind of
// layer specially (the bench's dense weight bytes, the stepper's first convolutional layer, a
// feature map's "output before activation").
enum class LayerRole { Convolution, Pooling, Reshape, Dense, Activation };

enum class FieldKind { Integer, Number, Choice };

struct FieldChoice {
  std::string value;  // as written in the JSON: "per_output"
  std::string label;  // as shown in the designer: "per output (the notes)"
};

// One JSON field of a layer (docs/network-format.md, the layer's table).
struct LayerField {
  std::string key;    // JSON key: "kernel_size"
  std::string label;  // designer label: "Kernel size"
  std::string help;   // tooltip: "Each kernel is size × size × input depth"
  FieldKind kind = FieldKind::Integer;
  bool required = false;
  // The value an absent optional field takes (null when required or when defaultsTo is set).
  nlohmann::json defaultValue;
  // When set, an absent field takes the value of this other field (maxpool's stride = size).
  std::string defaultsTo;
  // What the designer writes into a brand-new layer (null: leave the field out).
  nlohmann::json initialValue;
  // Integer: the accepted range [minimum, maximum], also the designer's spin box range.
  // Number: a value in (minimum, maximum] is accepted; the designer's spin box runs over
  // [editorMinimum, editorMaximum] in steps of step.
  double minimum = 1, maximum = 100000;
  double editorMinimum = 0, editorMaximum = 0, step = 1;
  std::vector<FieldChoice> choices;  // Choice: the accepted values, in the designer's order
};

// What the health checks need to know of an activation, said by the registry instead of guessed
// from its other flags: how its derivative follows from its output, whether it saturates, whether a
// unit can die, and its output range.
struct ActivationTraits {
  bool saturating = false;  // f' → 0 at both ends (σ, tanh): health counts saturated outputs
  bool deadAtZero = false;  // f' = 0 wherever y = 0 (ReLU): a unit at 0 for a whole batch is dead
  double outputLow = 0, outputHigh = 0;  // the range of y = f(x); outputHigh = ∞ when unbounded
  double (*derivativeFromOutput)(double y) = nullptr;  // f'(x) from y = f(x); nullptr: not elementwise
};

struct LayerType {
  std::string name;     // the JSON "type": "convolutional"
  std::string title;    // "Convolutional"
  std::string summary;  // one line for people: what the layer computes
  LayerRole role = LayerRole::Activation;
  bool signedOutput = false;  // true for convolutional, dense, tanh: values centred on 0
  bool unitOutput = false;    // values in (0, 1): sigmoid, softmax
  bool probabilities = false; // each sample's outputs sum to 1 (softmax)
  ActivationTraits activation;  // role Activation
  std::vector<LayerField> fields;

  // "5 kernels 3×3, stride 2, bias per kernel": a layer spec's settings in words (fields that are
  // absent or of the wrong kind read as their defaults; empty for a type without settings).
  Phrase (*settingsText)(const nlohmann::json& layer) = nullptr;
  // Factories. fields: the layer's JSON with every field present and valid (resolveFields).
  // Throw std::invalid_argument("<type>: <reason>") when the layer cannot take this input.
  std::unique_ptr<Layer<float>> (*makeFloat)(const Shape& input, const nlohmann::json& fields) = nullptr;
  std::unique_ptr<Layer<double>> (*makeDouble)(const Shape& input, const nlohmann::json& fields) = nullptr;

  // The field with this key, nullptr if the type has none.
  const LayerField* field(std::string_view key) const;
  // A brand-new layer for the designer: {"type": name} plus each field's initialValue.
  nlohmann::json newLayer() const;
  // The layer's JSON with every absent optional field set to its default. Throws
  // std::invalid_argument whose what() is the reason only, e.g. "missing field \"kernels\"" or
  // "\"units\" must be a positive integer (at most 100000), not -3". Unknown keys pass through.
  nlohmann::json resolveFields(const nlohmann::json& layer) const;
  // resolveFields, then the factory.
  template <typename eT>
  std::unique_ptr<Layer<eT>> make(const Shape& input, const nlohmann::json& layer = nlohmann::json::object()) const {
    static_assert(std::is_same_v<eT, float> || std::is_same_v<eT, double>);
    if constexpr (std::is_same_v<eT, float>)
      return makeFloat(input, resolveFields(layer));
    else
      return makeDouble(input, resolveFields(layer));
  }
};

// Every layer type, in the designer's order.
const std::vector<LayerType>& layerTypes();
// The type with this JSON name; nullptr if unknown.
const LayerType* findLayerType(std::string_view name);
// The type with this JSON name; throws std::invalid_argument if unknown.
const LayerType& layerTypeOf(const std::string& name);
// "convolutional, maxpool, …": every type name, in the designer's order.
std::string layerTypeNames();

}  // namespace cnnlab
