// Snapshot parts: kernels as images, unit weights as images, layer outputs for one test image.
#include "ui/training/snapshot_builder.hpp"

#include "engine/layers/layer_registry.hpp"

namespace cnnlab {

namespace {

// A network without convolution shows at most this many units' weights, the first ones.
constexpr std::size_t kMaxUnitImages = 100;

LayerRole roleOf(const Layer<float>& layer) { return layerTypeOf(layer.type()).role; }

// The first layer with parameters, when it is Dense and reads the image unchanged (only Reshapes before it).
std::optional<ParameterRange> imageWeights(const Network<float>& network) {
  for (const ParameterRange& r : network.parameterRanges()) {
    const Layer<float>& layer = network.layer(r.layer);
    if (r.count == 0) {
      if (roleOf(layer) != LayerRole::Reshape) return std::nullopt;
      continue;
    }
    if (roleOf(layer) != LayerRole::Dense) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

// Unit i's incoming weights, row i of W (O × I), as an image of the input's shape.
KernelSet unitImages(const Network<float>& network, const ParameterRange& range, const arma::fvec& values) {
  const Layer<float>& dense = network.layer(range.layer);
  const Shape& image = network.inputShape();
  const std::size_t O = dense.outputShape().size(), I = dense.inputShape().size();
  KernelSet set;
  set.layer = range.layer;
  set.description = dense.describe();
  set.denseUnits = true;
  set.units = O;
  set.channels = image.depth;
  set.size = image.height;
  set.width = image.width;
  set.count = std::min(O, kMaxUnitImages);
  const arma::fmat W(const_cast<float*>(values.memptr()) + range.offset, O, I, false, true);
  set.kernels = W.rows(0, set.count - 1).t();  // column i = unit i's I weights, in the image's layout
  return set;
}

}  // namespace

KernelSet kernelSet(const Network<float>& network, const ParameterRange& range, const arma::fvec& values) {
  const Layer<float>& conv = network.layer(range.layer);
  const nlohmann::json spec = conv.spec();  // kernels, kernel_size (docs/network-format.md)
  KernelSet set;
  set.layer = range.layer;
  set.description = conv.describe();
  set.channels = conv.inputShape().depth;
  set.size = spec.at("kernel_size").get<std::size_t>();
  set.count = spec.at("kernels").get<std::size_t>();
  // The weights come first in the layer's range: K columns of C·k·k values.
  set.kernels = arma::fmat(values.memptr() + range.offset, set.channels * set.size * set.size, set.count);
  return set;
}

std::vector<ParameterRange> convolutionRanges(const Network<float>& network) {
  std::vector<ParameterRange> ranges;
  for (const ParameterRange& r : network.parameterRanges())
    if (roleOf(network.layer(r.layer)) == LayerRole::Convolution) ranges.push_back(r);
  return ranges;
}

std::vector<KernelSet> networkKernels(const Network<float>& network, const std::vector<ParameterRange>& convRanges) {
  std::vector<KernelSet> sets;
  for (const ParameterRange& r : convRanges) sets.push_back(kernelSet(network, r, network.parameters()));
  if (convRanges.empty())
    if (const auto dense = imageWeights(network)) sets.push_back(unitImages(network, *dense, network.parameters()));
  return sets;
}

std::vector<LayerActivation> layerActivations(Network<float>& network, const arma::fvec& input) {
  network.forward(arma::fmat(input));
  std::vector<LayerActivation> layers;
  layers.reserve(network.layerCount());
  for (std::size_t i = 0; i < network.layerCount(); ++i) {
    const auto& layer = network.layer(i);
    layers.push_back({i, layer.type(), layer.describe(), layer.outputShape(), arma::fvec(network.activation(i))});
  }
  return layers;
}

}  // namespace cnnlab
