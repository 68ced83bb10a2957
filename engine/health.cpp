// Training health statistics and the stuck-run detector.
#include "engine/health.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cnnlab {

ActivationKind activationKind(const LayerType& type) {
  const ActivationTraits& traits = type.activation;
  if (type.role != LayerRole::Activation || !traits.derivativeFromOutput) return ActivationKind::None;
  if (traits.saturating) return ActivationKind::Saturating;
  if (traits.deadAtZero) return ActivationKind::DeadAtZero;
  return ActivationKind::None;
}

double saturatedFraction(const arma::fmat& y, const ActivationTraits& traits, double threshold) {
  if (y.n_elem == 0 || !traits.saturating || !traits.derivativeFromOutput) return 0;
  std::size_t saturated = 0;
  const float* v = y.memptr();
  for (arma::uword i = 0; i < y.n_elem; ++i) saturated += traits.derivativeFromOutput(double(v[i])) < threshold;
  return double(saturated) / double(y.n_elem);
}

double deadFraction(const arma::fmat& y) {
  if (y.n_rows == 0) return 0;
  std::size_t dead = 0;
  for (arma::uword u = 0; u < y.n_rows; ++u) {
    bool alive = false;
    for (arma::uword n = 0; n < y.n_cols && !alive; ++n) alive = y(u, n) > 0;
    dead += !alive;
  }
  return double(dead) / double(y.n_rows);
}

HealthReport measureHealth(const Network<float>& network, double learningRate, const HealthOptions& options) {
  HealthReport report;
  const auto ranges = network.parameterRanges();
  for (std::size_t i = 0; i < network.layerCount(); ++i) {
    const Layer<float>& layer = network.layer(i);
    LayerHealth h;
    h.layer = i;
    h.name = layer.describe();
    const LayerType& type = layerTypeOf(layer.type());
    h.kind = activationKind(type);
    h.hidden = i + 1 < network.layerCount();
    h.units = layer.outputShape().size();
    const arma::fmat& y = network.activation(i);
    if (h.kind == ActivationKind::Saturating) {
      h.saturated = saturatedFraction(y, type.activation, options.saturationThreshold);
      if (h.hidden && (report.saturatedLayer == HealthReport::npos || h.saturated > report.hiddenSaturated)) {
        report.saturatedLayer = i;
        report.hiddenSaturated = h.saturated;
      }
    } else if (h.kind == ActivationKind::DeadAtZero) {
      h.dead = deadFraction(y);
      if (h.hidden && (report.deadLayer == HealthReport::npos || h.dead > report.hiddenDead)) {
        report.deadLayer = i;
        report.hiddenDead = h.dead;
      }
    }
    const ParameterRange& range = ranges[i];
    if (range.count > 0 && network.parameters().n_elem >= range.offset + range.count) {
      h.hasParameters = true;
      h.gradientNorm = arma::norm(network.gradients().subvec(range.offset, range.offset + range.count - 1));
      h.weightNorm = arma::norm(network.parameters().subvec(range.offset, range.offset + range.count - 1));
      h.updateRatio = h.weightNorm > 0 ? learningRate * h.gradientNorm / h.weightNorm : 0;
      report.largestUpdateRatio = std::max(report.largestUpdateRatio, h.updateRatio);
    }
    report.layers.push_back(std::move(h));
  }
  return report;
}

HealthReport probeHealth(Network<float>& network, const Dataset& data, double learningRate, std::size_t count,
                         const HealthOptions& options) {
  count = std::min(count, data.size());
  if (count == 0) return measureHealth(network, learningRate, options);
  arma::fmat input;
  data.gatherRange(0, count, input);
  const arma::fmat target = data.targets.cols(0, count - 1);
  const arma::fmat& output = network.forward(input);
  arma::fmat lossGradient(output.n_rows, output.n_cols);
  network.loss().gradient(output, target, lossGradient);
  network.backward(lossGradient);
  return measureHealth(network, learningRate, options);
}

bool atChance(double accuracy, std::size_t classCount) {
  if (classCount < 2) return false;
  const double chance = 1.0 / double(classCount);
  return accuracy <= chance + 0.1 * (1 - chance) + 1e-9;
}

bool atChanceLately(const std::vector<double>& accuracies, std::size_t classCount) {
  if (accuracies.size() < kStuckEpochs) return false;
  for (std::size_t e = accuracies.size() - kStuckEpochs; e < accuracies.size(); ++e)
    if (!atChance(accuracies[e], classCount)) return false;
  return true;
}

std::optional<std::string> diagnoseStuck(const HealthReport& health, const std::vector<double>& accuracies,
                                         std::size_t classCount) {
  if (!atChanceLately(accuracies, classCount)) return std::nullopt;
  const double accuracy = accuracies.back();
  const std::size_t epochsDone = accuracies.size();
  std::ostringstream text;
  text.precision(0);
  text << std::fixed << "Stuck: accuracy " << 100 * accuracy << " % is at chance " << kStuckEpochs << " epochs running (" << epochsDone
       << " done), and ";
  if (health.saturatedLayer != HealthReport::npos && health.hiddenSaturated >= 0.5) {
    text << 100 * health.hiddenSaturated << " % of layer " << health.saturatedLayer + 1 << "'s "
         << health.layers[health.saturatedLayer].name
         << " outputs are saturated (derivative near 0), so almost no gradient reaches the weights before it. Try a smaller init (\"init\": \"uniform_fan_in\"), ReLU instead of sigmoid, or a lower "
            "learning rate.";
    return text.str();
  }
  if (health.deadLayer != HealthReport::npos && health.hiddenDead >= 0.5) {
    text << 100 * health.hiddenDead << " % of layer " << health.deadLayer + 1 << "'s ReLUs are dead (0 for every sample), so they pass no gradient. Try a lower learning "
            "rate or a smaller init.";
    return text.str();
  }
  if (health.largestUpdateRatio > 0.1) {
    text.precision(2);
    text << "one step changes the weights by " << health.largestUpdateRatio
         << " of their size (a healthy run is nearer 0.001). Try a lower learning rate.";
    return text.str();
  }
  return std::nullopt;
}

}  // namespace cnnlab
