// Central-difference gradient checks, in double precision, for single layers, losses and whole
// networks built from a spec.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/layers/layer.hpp"
#include "engine/loss.hpp"

#include <algorithm>
#include <limits>

namespace cnnlab {

// The larger error, where NaN counts as the worst (std::max(0, NaN) would return 0 and pass).
inline double worstError(double a, double b) {
  return a != a || b != b ? std::numeric_limits<double>::quiet_NaN() : std::max(a, b);
}

struct GradientCheckResult {
  std::string name;                  // "layer 1 (Conv 5@3×3)" or "loss (binary_cross_entropy)"
  double maxInputError = 0;          // largest relative error of ∂E/∂X (or ∂E/∂prediction)
  double maxParameterError = 0;      // largest relative error of ∂E/∂θ (0 without parameters)
  std::size_t checked = 0;           // entries compared
  double maxError() const { return worstError(maxInputError, maxParameterError); }
};

// |a − n| / max(|a|, |n|, 1e-7): relative, but tolerant where both are ~0.
double relativeError(double analytic, double numeric);

// Checks one layer on a random batch: E = Σ R ⊙ layer(X) for a fixed random R, so ∂E/∂Y = R.
// Compares at most maxEntries input and parameter entries (chosen at random) with
// (E(θ + h) − E(θ − h)) / 2h. The layer must be bound to parameters (see Network).
GradientCheckResult checkLayer(Layer<double>& layer, std::size_t batch, std::uint64_t seed,
                               std::size_t maxEntries = 40, double h = 1e-5);

// Checks a loss's gradient with respect to the prediction at random predictions in (0.05, 0.95).
GradientCheckResult checkLoss(const Loss<double>& loss, std::size_t outputs, std::size_t batch,
                              std::uint64_t seed, double h = 1e-6);

// Builds the spec in double precision, initializes it with seed, and checks every layer on its
// own at the shapes of the network, plus the loss, plus the whole network end to end (backprop
// through all layers against perturbing every layer's parameters). One result per line.
std::vector<GradientCheckResult> checkNetwork(const nlohmann::json& spec, std::uint64_t seed,
                                              std::size_t maxEntries = 40);

}  // namespace cnnlab
