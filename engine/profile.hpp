// Efficiency testing (the notes' §0.4, an empty heading there): where a training step's time
// goes, layer by layer: forward, backward and update, with each layer's FLOPs and GFLOP/s.
#pragma once

#include <string>
#include <vector>

#include "engine/presets.hpp"

namespace cnnlab {

struct LayerProfile {
  std::size_t layer = 0;
  std::string name;            // "3 Dense 3380→100": 1-based index and Layer::describe()
  double forwardUs = 0, backwardUs = 0, updateUs = 0;  // per step, median over the repeats
  double flops = 0;            // per step: 2·multiply-adds·N forward, the same for ∂E/∂W and again
                               // for ∂E/∂X (not for the first layer), 2·parameters for the update
  double totalUs() const { return forwardUs + backwardUs + updateUs; }
  double gflops() const { return totalUs() > 0 ? flops / totalUs() / 1e3 : 0; }
};

struct ProfileOptions {
  std::size_t batch = 0;       // 0: the preset's batch size
  std::size_t repeats = 15;    // medians over this many rounds
  std::size_t steps = 20;      // steps per round; each a layer-timed, a whole and a fused step in turn
};

struct ProfileResult {
  std::string preset;
  std::size_t batch = 0, threads = 1;
  std::vector<LayerProfile> layers;
  double lossUs = 0;       // the loss's value and ∂E/∂Y, per step (not a layer)
  double layerSumUs = 0;   // Σ layers' totalUs + lossUs
  // One plain-SGD step through Trainer::step (backward, then θ ← θ − η∂E/∂θ: the same
  // arithmetic as the layer-timed step), median of the rounds, µs. fusedStepUs: the default
  // training path (backward and update fused layer by layer), for comparison.
  double stepUs = 0, fusedStepUs = 0;
  double share(const LayerProfile& layer) const { return layerSumUs > 0 ? layer.totalUs() / layerSumUs : 0; }
};

// Builds the preset's network (seed 0) and its data from the embedded MNIST subset, then for each
// round times `steps` steps layer by layer (a clock read around each layer's forward, backward and
// update), each followed by one whole Trainer step and one fused one. The layers are timed on the
// calling thread; the whole steps use computeThreads() (with more than one, a batch of 4 or more
// is split over them, and the two no longer measure the same work). Throws
// std::invalid_argument for a batch larger than the preset's training set.
ProfileResult profilePreset(const Preset& preset, const ProfileOptions& options = {});

// What issue #12's additions cost a training run, measured in interleaved rounds (each round runs
// both variants, in alternating order), medians of µs per step.
struct OverheadResult {
  std::string preset;
  std::size_t rounds = 0, stepsPerRound = 0;
  // The desktop worker's health schedule: a 16-sample probe at most every 250 ms (the Health
  // section in front) plus the stuck detector's 64-sample probe at each epoch's end.
  std::vector<double> plainUs, healthUs;  // µs per step, every round
  double plainMedianUs = 0, healthMedianUs = 0;
  // Comparison::runToEnd of an experiment (its runs taking turns, measured each epoch) against
  // the same runs trained one after another by Trainer::train with a test set.
  std::string experiment;
  std::vector<double> trainerSeconds, comparisonSeconds;
  double trainerMedianSeconds = 0, comparisonMedianSeconds = 0;
  double healthOverhead() const { return plainMedianUs > 0 ? healthMedianUs / plainMedianUs - 1 : 0; }
  double comparisonOverhead() const {
    return trainerMedianSeconds > 0 ? comparisonMedianSeconds / trainerMedianSeconds - 1 : 0;
  }
};
OverheadResult measureOverheads(const Preset& preset, const std::string& experiment, std::size_t rounds = 7,
                                std::size_t stepsPerRound = 2000);

}  // namespace cnnlab
