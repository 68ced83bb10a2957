// Networks as JSON documents (docs/network-format.md): parse, check shapes layer by layer, build.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/network.hpp"

namespace cnnlab {

// A spec that cannot become a network. what() is one line naming the layer and the reason,
// e.g. "layer 4 (dense): units must be a positive integer".
class SpecError : public std::invalid_argument {
 public:
  SpecError(const std::string& message, long layer = -1) : std::invalid_argument(message), layer_(layer) {}
  long layer() const { return layer_; }  // 0-based index of the offending layer, −1 for the whole spec

 private:
  long layer_;
};

// One row of the designer's table: what a layer makes of its input.
struct LayerInfo {
  std::string type;
  std::string description;  // "Conv 5@3×3"
  Shape inputShape, outputShape;
  std::size_t parameters = 0;
  std::string error;        // empty when the layer is valid
};

// Parses JSON text (engine/safe_json: depth capped, duplicate keys refused); throws SpecError("bad JSON: …").
nlohmann::json parseSpecText(const std::string& text);
// Reads a spec file (a regular file of at most kMaxSpecFileBytes); throws SpecError naming the file
// when it cannot be read or parsed.
nlohmann::json readSpecFile(const std::string& path);

// Infers every layer's shapes and parameter count; stops filling at the first invalid layer
// (its error is set; later layers are listed with error "after an invalid layer").
// Throws SpecError only when the document itself is malformed (no input, layers not an array).
std::vector<LayerInfo> inspectSpec(const nlohmann::json& spec);

// Everything the designer needs to know about a spec, without throwing: each layer's shapes and
// parameters, and the first problem that stops it from being trained.
struct SpecCheck {
  std::vector<LayerInfo> layers;  // empty when the document itself is malformed
  std::size_t parameters = 0;     // total over the valid layers
  Shape outputShape;              // of the last valid layer
  std::string error;              // one line, as SpecError::what(); empty when the spec can be trained
  long errorLayer = -1;           // 0-based index of the offending layer, −1 for the whole spec

  bool ok() const { return error.empty(); }
};

// inspectSpec + the loss, the init and (when outputClasses > 0) the final size against the classes.
// A class mismatch is also written into the last layer's LayerInfo::error.
SpecCheck checkSpec(const nlohmann::json& spec, std::size_t outputClasses = 0);

// Limits that keep a lying or mistyped spec from allocating gigabytes.
constexpr std::size_t kMaxSpecParameters = 20'000'000;  // trainable values in the whole network
constexpr std::size_t kMaxSpecActivation = 4'000'000;   // values in one sample's input or any layer's output
constexpr std::size_t kMaxSpecActivationTotal = 16'000'000;  // values in all layers' outputs for one sample
constexpr std::size_t kMaxSpecLayers = 1000;
constexpr std::size_t kMaxSpecFileBytes = std::size_t(16) << 20;  // a spec file; real ones are a few KB

// Builds and finalizes (zero weights) the network. Throws SpecError on any problem; when
// outputClasses > 0 the final layer's size must equal it.
template <typename eT>
Network<eT> buildNetwork(const nlohmann::json& spec, std::size_t outputClasses = 0);

}  // namespace cnnlab
