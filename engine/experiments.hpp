// Built-in experiments that test the lecture notes' claims: 2–4 runs on the same data and seed,
// differing in one setting, trained in turns (a Comparison), and a verdict computed from their
// own numbers, which says so when the numbers do not support the claim.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/network.hpp"
#include "engine/trainer.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

// The words are marked for the desktop's translation (engine/translatable.hpp): title, claim, source,
// setting and the run labels with words are fixed texts; a verdict is a Phrase, its numbers filled
// into a marked template and its conclusion a marked sentence of its own.

// One epoch's numbers of one run (epoch 0: before any training).
struct ExperimentEpoch {
  EpochStats stats;             // trainLoss/trainAccuracy: over the epoch's steps (0 for epoch 0)
  double updateNorm = 0;        // ‖η ∂E/∂W‖ of the first layer with weights, on a 16-sample probe
                                // batch: the size of one step's Δw (notes, §0.3.2.4)
  double topProbability = 0;    // mean over the test set of the largest output (softmax: max Y_i)
  double saturated = 0;         // the most saturated hidden sigmoid/tanh layer's fraction (health.hpp)
};

struct RunSetting {
  std::string label;            // "per-sample SGD (batch 1)"; "T = 0.5" (notation, not marked)
  nlohmann::json network;       // docs/network-format.md
  TrainerOptions options;
};

struct RunResult {
  std::string label;
  std::vector<ExperimentEpoch> history;  // [0] = before training, then one per epoch
  double seconds = 0;                    // training time, evaluation excluded
  double finalTestAccuracy() const { return history.empty() ? 0 : history.back().stats.testAccuracy; }
};

struct Experiment {
  std::string name;     // "gd-vs-sgd", for cnnlab-cli experiment NAME
  std::string title;    // "Gradient descent vs SGD"
  std::string claim;    // the notes' words, word for word ("…" elides, [brackets] insert; the spelling is theirs)
  bool quoted = true;   // false: the claim is cnnlab's own (said without quotation marks)
  std::string source;   // "second notes, §0.3.2.1"
  std::string setting;  // what differs between the runs, in words
  std::vector<int> classes;  // of the embedded MNIST subset
  std::size_t perClass = 100;  // training and test images per class
  std::size_t epochs = 10;
  std::vector<RunSetting> runs;
  // One sentence from the runs' own numbers.
  Phrase (*verdict)(const std::vector<RunResult>& runs) = nullptr;
};

// The built-in experiments, in the notes' order.
const std::vector<Experiment>& experiments();
// Throws std::invalid_argument listing the known names.
const Experiment& findExperiment(const std::string& name);

// The runs of an experiment taking turns: each advance() trains the run that is furthest behind
// for at most maxSteps steps (stopping at its epoch's end, where it is evaluated), so that no
// run starves the others or the caller. All runs train on the same data, initialised with the
// same seed.
class Comparison {
 public:
  // epochs 0: the experiment's own. Throws std::invalid_argument for a bad spec or data.
  explicit Comparison(const Experiment& experiment, std::size_t epochs = 0, std::uint64_t seed = 0);
  ~Comparison();
  Comparison(Comparison&&) = delete;

  // Returns the index of the run advanced, or runCount() once every run is done.
  std::size_t advance(std::size_t maxSteps = 256);
  // advance() until finished().
  void runToEnd();
  bool finished() const;

  const Experiment& experiment() const { return experiment_; }
  std::size_t epochs() const { return epochs_; }
  std::size_t runCount() const { return runs_.size(); }
  const RunResult& result(std::size_t run) const;
  std::vector<RunResult> results() const;
  // The samples trained so far over the samples all runs will train: progress in [0, 1].
  double progress() const;
  // The experiment's verdict on the runs' numbers; "" until finished().
  Phrase verdict() const;
  // {"experiment", "claim", "runs": [{"label", "history": [...], "test_accuracy", "seconds"}], "verdict"}
  nlohmann::json json() const;

 private:
  struct Run;
  // The test evaluation's loss, accuracy and top probability, with Δw and the saturation from a probe.
  void measure(Run& run, ExperimentEpoch& epoch, const Evaluation& test);
  const Experiment& experiment_;
  std::size_t epochs_;
  Dataset train_, test_;
  std::vector<std::unique_ptr<Run>> runs_;
};

}  // namespace cnnlab
