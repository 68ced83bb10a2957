// Gradient checks against central differences.
#include "engine/gradient_check.hpp"

#include <cmath>
#include <limits>
#include <random>

#include "engine/network_spec.hpp"

namespace cnnlab {

double relativeError(double analytic, double numeric) {
  return std::abs(analytic - numeric) / std::max({std::abs(analytic), std::abs(numeric), 1e-7});
}

namespace {

std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t maxEntries, std::mt19937_64& rng) {
  std::vector<std::size_t> indices(n);
  for (std::size_t i = 0; i < n; ++i) indices[i] = i;
  if (n > maxEntries) {
    std::shuffle(indices.begin(), indices.end(), rng);
    indices.resize(maxEntries);
  }
  return indices;
}

}  // namespace

GradientCheckResult checkLayer(Layer<double>& layer, std::size_t batch, std::uint64_t seed,
                               std::size_t maxEntries, double h) {
  std::mt19937_64 rng(seed);
  arma::arma_rng::set_seed(seed);
  const std::size_t in = layer.inputShape().size(), out = layer.outputShape().size();
  arma::mat X(in, batch, arma::fill::randn), R(out, batch, arma::fill::randn), Y(out, batch), dX(in, batch);
  // Keep inputs away from ReLU's kink, where the central difference is meaningless.
  X.for_each([](double& v) { if (std::abs(v) < 0.05) v += 0.1; });

  // Parameters live in a vector we own here; the layer sees them through bind().
  arma::vec theta(layer.parameterCount()), grad(layer.parameterCount(), arma::fill::zeros);
  if (theta.n_elem) {
    theta.randn();
    theta *= 0.5;
    layer.bind(theta.memptr(), grad.memptr());
  }
  auto energy = [&]() {
    layer.forward(X, Y);
    return arma::accu(R % Y);
  };
  energy();
  layer.backward(X, Y, R, &dX);
  const arma::vec analyticTheta = grad;
  const arma::mat analyticX = dX;

  GradientCheckResult result{"layer (" + layer.describe() + ")"};
  // (E(v + h) − E(v − h)) / 2h for one entry v of X or θ, against its analytic derivative.
  auto compare = [&](double& value, double analytic) {
    const double saved = value;
    value = saved + h;
    const double plus = energy();
    value = saved - h;
    const double minus = energy();
    value = saved;
    ++result.checked;
    return relativeError(analytic, (plus - minus) / (2 * h));
  };
  for (std::size_t i : sampleIndices(X.n_elem, maxEntries, rng))
    result.maxInputError = worstError(result.maxInputError, compare(X[i], analyticX[i]));
  for (std::size_t i : sampleIndices(theta.n_elem, maxEntries, rng))
    result.maxParameterError = worstError(result.maxParameterError, compare(theta[i], analyticTheta[i]));
  return result;
}

GradientCheckResult checkLoss(const Loss<double>& loss, std::size_t outputs, std::size_t batch,
                              std::uint64_t seed, double h) {
  arma::arma_rng::set_seed(seed);
  arma::mat P(outputs, batch, arma::fill::randu), T(outputs, batch, arma::fill::zeros), G(outputs, batch);
  P = 0.05 + 0.9 * P;
  for (std::size_t n = 0; n < batch; ++n) T(n % outputs, n) = 1;
  loss.gradient(P, T, G);
  GradientCheckResult result{"loss (" + loss.name() + ")"};
  for (std::size_t i = 0; i < P.n_elem; ++i) {
    const double saved = P[i];
    P[i] = saved + h;
    const double plus = loss.value(P, T);
    P[i] = saved - h;
    const double minus = loss.value(P, T);
    P[i] = saved;
    result.maxInputError = worstError(result.maxInputError, relativeError(G[i], (plus - minus) / (2 * h)));
    ++result.checked;
  }
  return result;
}

std::vector<GradientCheckResult> checkNetwork(const nlohmann::json& spec, std::uint64_t seed, std::size_t maxEntries) {
  std::vector<GradientCheckResult> results;
  Network<double> network = buildNetwork<double>(spec);
  for (std::size_t i = 0; i < network.layerCount(); ++i) {
    Network<double> single = buildNetwork<double>(spec);  // fresh layer with its own binding
    GradientCheckResult r = checkLayer(single.layer(i), 2, seed + i, maxEntries);
    r.name = "layer " + std::to_string(i + 1) + " (" + network.layer(i).describe() + ")";
    results.push_back(r);
  }
  results.push_back(checkLoss(network.loss(), network.outputShape().size(), 3, seed));

  // End to end: backprop through every layer against perturbing parameters of each layer.
  network.initialize(seed);
  network.parameters() *= 0.3;  // stay out of saturation so differences are informative
  arma::arma_rng::set_seed(seed);
  arma::mat X(network.inputShape().size(), 2, arma::fill::randu);
  arma::mat T(network.outputShape().size(), 2, arma::fill::zeros);
  T(0, 0) = 1;
  T(T.n_rows - 1, 1) = 1;
  auto lossAt = [&]() { return network.loss().value(network.forward(X), T); };
  arma::mat G(T.n_rows, T.n_cols);
  network.loss().gradient(network.forward(X), T, G);
  network.backward(G, true);
  const arma::vec analytic = network.gradients();
  const arma::mat analyticX = network.inputGradient();
  // Deep in a saturated network some gradients are ~1e-12; there the central difference is all
  // rounding. Entries are compared relative to max(|a|, |n|, 1e-6 · the largest gradient).
  const double floor = 1e-6 * std::max(arma::abs(analytic).max(), arma::abs(analyticX).max());
  auto error = [floor](double a, double n) {
    return std::abs(a - n) / std::max({std::abs(a), std::abs(n), floor, 1e-7});
  };
  GradientCheckResult whole{"network end to end"};
  // Two step sizes, keeping the closer: a large h can step over a ReLU or max-pool kink somewhere
  // downstream, a small h drowns a small gradient in rounding. A wrong gradient fails both.
  auto centralDifference = [&](double& value, double analyticValue) {
    double best = std::numeric_limits<double>::infinity();
    const double saved = value;
    for (double h : {1e-4, 1e-5, 1e-6}) {
      value = saved + h;
      const double plus = lossAt();
      value = saved - h;
      const double minus = lossAt();
      value = saved;
      best = std::min(best, error(analyticValue, (plus - minus) / (2 * h)));
    }
    return best;
  };
  std::mt19937_64 rng(seed);
  for (const ParameterRange& range : network.parameterRanges())
    for (std::size_t k : sampleIndices(range.count, maxEntries, rng)) {
      const std::size_t i = range.offset + k;
      whole.maxParameterError = worstError(whole.maxParameterError, centralDifference(network.parameters()[i], analytic[i]));
      ++whole.checked;
    }
  for (std::size_t i : sampleIndices(X.n_elem, maxEntries, rng)) {
    whole.maxInputError = worstError(whole.maxInputError, centralDifference(X[i], analyticX[i]));
    ++whole.checked;
  }
  results.push_back(whole);
  return results;
}

}  // namespace cnnlab
