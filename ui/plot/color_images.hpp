// Samples, data-set images and first-layer kernels as QImages: grey for one channel, RGB for three.
// The one place the views turn the engine's column layout (and RawImages' row-major planes) into pixels.
#pragma once

#include <QImage>
#include <armadillo>

#include "engine/data/dataset.hpp"
#include "engine/shape.hpp"
#include "ui/training/training_snapshot.hpp"

namespace cnnlab {

// A sample in Shape's column layout (element (h, w, d) at h + H·(w + W·d)), values in [0, 1].
// Depth 3: an RGB image (R = channel 0). Any other depth: channel 0 in grey, as ink on paper
// (1 → black) when inkOnPaper, else as light (1 → white). H × W pixels.
QImage sampleImage(const arma::fvec& values, const Shape& shape, bool inkOnPaper = true);

// Image `index` of raw as stored: depth 3 in colour, else grey (0 → black, as the file holds it).
QImage rawImage(const RawImages& raw, std::size_t index);

// The largest |w| over every kernel of a layer (at least a tiny positive number): one scale per layer.
double kernelLimit(const KernelSet& set);
// One channel value of a kernel drawn in colour: w → 127.5·(1 + w / limit), so 0 is mid grey 128,
// +limit is 255 and −limit is 0 (clamped).
int kernelByte(double w, double limit);
// Kernel i of a 3-channel layer as a k × k RGB image: its R, G and B slices together (channels
// 0, 1, 2), each mapped by kernelByte with the layer's limit. Requires set.channels == 3.
QImage rgbKernelImage(const KernelSet& set, std::size_t i, double limit);

}  // namespace cnnlab
