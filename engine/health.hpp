// Training health per layer (saturated sigmoid/tanh units, dead ReLUs, gradient norm, update/weight
// ratio) and a stuck-run detector that says in plain words what to try.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/network.hpp"

namespace cnnlab {

// What health measures of a layer, from the registry's activation traits: the saturated share of a
// saturating activation (σ, tanh), the dead units of one that dies at zero (ReLU), else nothing
// (softmax, non-activation layers).
enum class ActivationKind { None, Saturating, DeadAtZero };
ActivationKind activationKind(const LayerType& type);

struct HealthOptions {
  // A unit is saturated when its derivative is below this (σ' ≤ 1/4 at best, tanh' ≤ 1).
  double saturationThreshold = 0.01;
};

// One layer's numbers from the last forward/backward. N = batch, U = the layer's output units.
struct LayerHealth {
  std::size_t layer = 0;
  std::string name;        // Layer::describe(), e.g. "Dense 100"
  ActivationKind kind = ActivationKind::None;
  bool hidden = false;     // not the last layer
  std::size_t units = 0;   // U
  double saturated = 0;    // Logistic/Tanh: fraction of the U × N outputs whose derivative < threshold
  double dead = 0;         // Rectifier: fraction of the U units that are 0 for every sample of the batch
  bool hasParameters = false;
  double gradientNorm = 0; // ‖∂E/∂θ‖₂ over the layer's parameters
  double weightNorm = 0;   // ‖θ‖₂
  double updateRatio = 0;  // ‖η ∂E/∂θ‖ / ‖θ‖: the plain SGD step relative to the weights
};

struct HealthReport {
  std::vector<LayerHealth> layers;
  // The most saturated hidden sigmoid/tanh layer and the deadest hidden ReLU layer (per layer, not
  // pooled: in the seed network 3,380 convolution outputs would drown the 100 dense units whose
  // saturation stops the gradient). Index into layers; npos when the network has none.
  static constexpr std::size_t npos = std::size_t(-1);
  std::size_t saturatedLayer = npos, deadLayer = npos;
  double hiddenSaturated = 0, hiddenDead = 0;  // their fractions
  double largestUpdateRatio = 0;
};

// Fractions of y (U × N, an activation's output) that are saturated / dead as defined above.
double saturatedFraction(const arma::fmat& y, const ActivationTraits& traits, double threshold);
double deadFraction(const arma::fmat& y);

// The statistics of network as its last forward() and backward() left it (activations and
// gradients()); learningRate scales the update ratio. Reads only; costs one pass over the
// activations and the parameters.
HealthReport measureHealth(const Network<float>& network, double learningRate, const HealthOptions& options = {});

// forward + backward on the first `count` samples of data (no update: parameters unchanged,
// gradients() and activations overwritten), then measureHealth.
HealthReport probeHealth(Network<float>& network, const Dataset& data, double learningRate, std::size_t count = 64,
                         const HealthOptions& options = {});

// Accuracy at chance: at most chance + 10 % of the way from chance to 100 %, chance = 1/C
// (55 % for two classes, 19 % for ten).
bool atChance(double accuracy, std::size_t classCount);

// The stuck-run detector. accuracies: the run's accuracy after each epoch so far (test when there
// is a test set). When the last two are both at chance (one such epoch is not enough: the seed
// network on Fashion-MNIST dips to 50 % for an epoch and recovers) and the health report shows a
// cause (a hidden sigmoid/tanh layer mostly saturated, a hidden ReLU layer mostly dead, or
// updates larger than a tenth of the weights), one plain-words sentence saying what is wrong and
// what to try; otherwise nothing. The sentence names the layer (1-based, as `cnnlab-cli net`).
constexpr std::size_t kStuckEpochs = 2;
// The accuracy half of the detector, free to check: probe the health (and call diagnoseStuck)
// only when this holds, so that a run that learns pays nothing at its epochs' ends.
bool atChanceLately(const std::vector<double>& accuracies, std::size_t classCount);
std::optional<std::string> diagnoseStuck(const HealthReport& health, const std::vector<double>& accuracies,
                                         std::size_t classCount);

}  // namespace cnnlab
