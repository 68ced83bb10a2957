// Made-up experiment runs for the tests of the experiments' verdicts (tests/engine/test_experiments,
// tests/ui/experiments/test_experiment_text).
#pragma once

#include <string>
#include <vector>

#include "engine/experiments.hpp"

namespace cnnlab::testing {

// A run whose test accuracy follows accuracies (epoch 0 first); other numbers from the lists.
inline RunResult run(const std::string& label, std::vector<double> accuracies, std::vector<double> updateNorms = {},
                     std::vector<double> topProbabilities = {}, std::vector<double> saturated = {}) {
  RunResult r;
  r.label = label;
  for (std::size_t e = 0; e < accuracies.size(); ++e) {
    ExperimentEpoch epoch;
    epoch.stats.epoch = e;
    epoch.stats.testAccuracy = accuracies[e];
    epoch.updateNorm = e < updateNorms.size() ? updateNorms[e] : 0.01;
    epoch.topProbability = e < topProbabilities.size() ? topProbabilities[e] : 0.5;
    epoch.saturated = e < saturated.size() ? saturated[e] : 0;
    r.history.push_back(epoch);
  }
  return r;
}

}  // namespace cnnlab::testing
