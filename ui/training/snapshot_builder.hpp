// Building a training snapshot's views of the network: kernels, the last step's kernels, and every
// layer's output for one test image. The worker calls these on its own thread; only the parts some
// view shows are built (SnapshotParts).
#pragma once

#include <optional>
#include <vector>

#include "engine/network.hpp"
#include "ui/training/training_snapshot.hpp"

namespace cnnlab {

// The kernels of a convolutional layer, read from values laid out like Network::parameters()
// (the parameters themselves, or the gradients).
KernelSet kernelSet(const Network<float>& network, const ParameterRange& range, const arma::fvec& values);

// The parameter ranges of the network's convolutional layers, in order.
std::vector<ParameterRange> convolutionRanges(const Network<float>& network);

// What the Kernels view shows: every convolutional layer's kernels, or, for a network without
// convolution whose first weights read the image (a Dense layer, perhaps after a Reshape), each
// of its first units' incoming weights as an image of the input's shape.
std::vector<KernelSet> networkKernels(const Network<float>& network, const std::vector<ParameterRange>& convRanges);

// Every layer's output for one input column (in × 1), after a forward pass through network.
std::vector<LayerActivation> layerActivations(Network<float>& network, const arma::fvec& input);

}  // namespace cnnlab
