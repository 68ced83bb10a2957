// The built-in experiments, their verdicts, and Comparison: runs taking turns on the engine.
#include "engine/experiments.hpp"
#include "engine/quoted.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/data/preset_data.hpp"
#include "engine/health.hpp"
#include "engine/run_recorder.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

// The second notes' MLP (preset mlp) with one setting changed.
nlohmann::json mlp(const std::string& hidden = "sigmoid", double temperature = 1.0) {
  nlohmann::json spec = findPreset("mlp").network;
  spec["layers"][2]["type"] = hidden;
  spec["layers"][4]["temperature"] = temperature;
  return spec;
}

// The notes' seed CNN (preset seed-binary) with another init.
nlohmann::json seedNetwork(const std::string& init) {
  nlohmann::json spec = findPreset("seed-binary").network;
  spec["init"] = init;
  return spec;
}

TrainerOptions sgd(double rate, std::size_t batch = 1) { return {.learningRate = rate, .batchSize = batch}; }

// Runs that differ in one number: a (label, value) row each, the network and options from make(value).
template <class Make>
std::vector<RunSetting> sweep(std::initializer_list<std::pair<const char*, double>> rows, Make make) {
  std::vector<RunSetting> runs;
  for (const auto& [label, value] : rows) {
    RunSetting run = make(value);
    run.label = label;
    runs.push_back(std::move(run));
  }
  return runs;
}

// The MLP experiments train on every digit, 50 images of each (training and test).
const std::vector<int> kAllDigits = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
constexpr std::size_t kMlpPerClass = 50;

std::string percent(double fraction) {
  std::ostringstream text;
  text.setf(std::ios::fixed);
  text.precision(std::abs(fraction) < 0.1 && fraction != 0 ? 1 : 0);
  text << 100 * fraction << " %";
  return text.str();
}

// A difference of two accuracies: "12 points", "−0.4 points".
Phrase points(double difference) {
  const double value = std::abs(100 * difference);
  std::ostringstream text;
  text.setf(std::ios::fixed);
  text.precision(value < 10 && value > 0 ? 1 : 0);
  text << value;
  const bool zero = text.str().find_first_not_of("0.") == std::string::npos;
  return Phrase(QT_TRANSLATE_NOOP("engine", "%1 points"), {(difference < 0 && !zero ? "\u2212" : "") + text.str()});
}

std::string number(double value, int digits = 2) {
  std::ostringstream text;
  text.precision(digits);
  text << value;
  return text.str();
}

// "81 % (η = 0.05), 86 % (η = 0.5)": each number with its run's label, the label a text of its own
// (translated when it has words).
Phrase perRun(const std::vector<RunResult>& runs, double (*value)(const RunResult&)) {
  std::vector<Phrase> parts;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (r) parts.push_back(", ");
    parts.push_back(Phrase("%1 (%2)", {percent(value(runs[r])), runs[r].label}));
  }
  return Phrase::joined(std::move(parts));
}

double testAccuracy(const RunResult& run, std::size_t epoch) {
  return run.history.at(std::min(epoch, run.history.size() - 1)).stats.testAccuracy;
}

std::size_t epochsRun(const RunResult& run) { return run.history.empty() ? 0 : run.history.size() - 1; }

// "every epoch increases accuracy for regular gradient descent, however, Stochastic Gradient
// Descent's accuracy plateaus over time"
Phrase gdVersusSgd(const std::vector<RunResult>& runs) {
  const RunResult& sgdRun = runs.front();
  const RunResult& gd = runs.back();
  const std::size_t E = epochsRun(gd);
  std::size_t rose = 0, fell = 0;
  for (std::size_t e = 1; e <= E; ++e) {
    rose += testAccuracy(gd, e) > testAccuracy(gd, e - 1);
    fell += testAccuracy(gd, e) < testAccuracy(gd, e - 1);
  }
  const std::size_t S = epochsRun(sgdRun), half = S / 2;
  const double firstGain = testAccuracy(sgdRun, half) - testAccuracy(sgdRun, 0);
  const double secondGain = testAccuracy(sgdRun, S) - testAccuracy(sgdRun, half);
  const bool plateau = S >= 2 && secondGain < std::max(0.02, firstGain / 4);
  const Phrase falling = fell ? Phrase(QT_TRANSLATE_NOOP("engine", ", falling in %1"), {std::to_string(fell)})
                              : Phrase(QT_TRANSLATE_NOOP("engine", ", never falling"));
  const char* conclusion =
      fell == 0 && rose * 10 >= E * 9 && plateau
          ? QT_TRANSLATE_NOOP("engine", "the numbers support the claim")
      : fell == 0 && plateau
          ? QT_TRANSLATE_NOOP("engine", "SGD plateaus, but GD's accuracy did not rise every epoch, so the numbers support "
                                        "the claim only in part")
      : !plateau ? QT_TRANSLATE_NOOP("engine", "SGD was still climbing, so on this data the numbers do not show its plateau")
                 : QT_TRANSLATE_NOOP("engine", "GD's accuracy fell in some epochs, so the numbers do not support \"every "
                                               "epoch increases accuracy\"");
  const char* above = testAccuracy(sgdRun, S) > testAccuracy(gd, E) + 0.02
                          ? QT_TRANSLATE_NOOP("engine", " (and SGD's plateau lies above where GD got in as many epochs)")
                          : "";
  return Phrase(QT_TRANSLATE_NOOP("engine", "Full-batch GD's test accuracy rose in %1 of %2 epochs (%3 → %4)%5; per-sample "
                                            "SGD gained %6 in the first half and %7 in the second (ending at %8): %9%10."),
                {std::to_string(rose), std::to_string(E), percent(testAccuracy(gd, 0)), percent(testAccuracy(gd, E)), falling,
                 points(firstGain), points(secondGain), percent(testAccuracy(sgdRun, S)), conclusion, above});
}

// ReLU "often yields a much greater Δw … allowing for a much faster back propagation"
Phrase reluVersusSigmoid(const std::vector<RunResult>& runs) {
  const RunResult& sigmoid = runs.at(0);
  const RunResult& relu = runs.at(1);
  const double start = relu.history[0].updateNorm / std::max(1e-30, sigmoid.history[0].updateNorm);
  double ratioSum = 0;
  std::size_t E = std::min(epochsRun(sigmoid), epochsRun(relu));
  for (std::size_t e = 0; e <= E; ++e)
    ratioSum += relu.history[e].updateNorm / std::max(1e-30, sigmoid.history[e].updateNorm);
  const double meanRatio = ratioSum / double(E + 1);
  const double reluFirst = testAccuracy(relu, 1), sigmoidFirst = testAccuracy(sigmoid, 1);
  const bool greater = start >= 2 && meanRatio >= 2;
  const bool faster = reluFirst >= sigmoidFirst + 0.02;
  const char* conclusion =
      greater && faster ? QT_TRANSLATE_NOOP("engine", "the numbers support the claim")
      : greater ? QT_TRANSLATE_NOOP("engine", "the step was much greater, but learning was not faster on this data, so the "
                                              "numbers support the claim only in part")
      : faster  ? QT_TRANSLATE_NOOP("engine", "ReLU learned faster, but its step was not much greater, so the numbers "
                                              "support the claim only in part")
                : QT_TRANSLATE_NOOP("engine", "the numbers do not support the claim on this data");
  const double endGap = relu.finalTestAccuracy() - sigmoid.finalTestAccuracy();
  const Phrase atTheEnd =
      std::abs(endGap) >= 0.02
          ? Phrase(QT_TRANSLATE_NOOP("engine", " (after %1 epochs ReLU stood at %2, sigmoid at %3)"),
                   {std::to_string(E), percent(relu.finalTestAccuracy()), percent(sigmoid.finalTestAccuracy())})
          : Phrase();
  return Phrase(QT_TRANSLATE_NOOP("engine", "ReLU's first-layer step ‖a·Δw‖ was %1× sigmoid's at the start (%2× on average "
                                            "over the epochs), and after one epoch ReLU reached %3 against %4: %5%6."),
                {number(start), number(meanRatio), percent(reluFirst), percent(sigmoidFirst), conclusion, atTheEnd});
}

// "A smaller temperature favors greater z_i" (second notes, eq. 36)
Phrase temperature(const std::vector<RunResult>& runs) {
  std::string end;
  bool startOrdered = true, endOrdered = true;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    end += (r ? ", " : "") + percent(runs[r].history.back().topProbability);
    if (r > 0) {
      startOrdered = startOrdered && runs[r].history.front().topProbability < runs[r - 1].history.front().topProbability;
      endOrdered = endOrdered && runs[r].history.back().topProbability < runs[r - 1].history.back().topProbability;
    }
  }
  const char* conclusion =
      startOrdered && endOrdered
          ? QT_TRANSLATE_NOOP("engine", "the smaller the temperature, the larger the share of the greatest z_i, so the "
                                        "numbers support the claim")
      : startOrdered ? QT_TRANSLATE_NOOP("engine", "at equal weights a smaller temperature favoured the greatest z_i, as "
                                                   "claimed, but training evened it out")
                     : QT_TRANSLATE_NOOP("engine", "the numbers do not support the claim");
  return Phrase(QT_TRANSLATE_NOOP("engine", "With the same initial weights the largest output Y_i took on average %1 of the "
                                            "probability, after training %2: %3."),
                {perRun(runs, [](const RunResult& run) { return run.history.front().topProbability; }), end, conclusion});
}

// "The learning rate a has an impact but can cause for less overall accuracy" (§0.3.2.5)
Phrase learningRate(const std::vector<RunResult>& runs) {
  std::size_t best = 0;
  double lowest = 1;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const double a = runs[r].finalTestAccuracy();
    if (a > runs[best].finalTestAccuracy()) best = r;
    lowest = std::min(lowest, a);
  }
  const double spread = runs[best].finalTestAccuracy() - lowest;
  const double largestLoss = runs[best].finalTestAccuracy() - runs.back().finalTestAccuracy();
  Phrase conclusion;
  if (spread >= 0.02 && largestLoss >= 0.02)
    conclusion = Phrase(QT_TRANSLATE_NOOP("engine", "the rate changed it by %1, and the largest rate ended %2 below the best "
                                                    "(%3), so the numbers support the claim"),
                        {points(spread), points(largestLoss), runs[best].label});
  else if (spread >= 0.02)
    conclusion = Phrase(QT_TRANSLATE_NOOP("engine", "the rate changed it by %1, but the largest rate did not lose accuracy here"),
                        {points(spread)});
  else
    conclusion = Phrase(QT_TRANSLATE_NOOP("engine", "the rate hardly changed it (%1), so the numbers do not support the claim "
                                                    "on this data"),
                        {points(spread)});
  return Phrase(QT_TRANSLATE_NOOP("engine", "Final test accuracy was %1: %2."),
                {perRun(runs, [](const RunResult& run) { return run.finalTestAccuracy(); }), conclusion});
}

// The notes' N(0, 1) init against a fan-in-scaled one on the seed network.
Phrase initialisation(const std::vector<RunResult>& runs) {
  const RunResult& notes = runs.at(0);
  const RunResult& scaled = runs.at(1);
  const double early = testAccuracy(scaled, 1) - testAccuracy(notes, 1);
  const double late = scaled.finalTestAccuracy() - notes.finalTestAccuracy();
  const char* conclusion =
      early >= 0.02   ? QT_TRANSLATE_NOOP("engine", "the scaled init learned faster")
      : late >= 0.02  ? QT_TRANSLATE_NOOP("engine", "the scaled init learned better")
      : early <= -0.02 || late <= -0.02
          ? QT_TRANSLATE_NOOP("engine", "the notes' init did better here, despite its saturation")
          : QT_TRANSLATE_NOOP("engine", "both learned alike on this data: the saturation did not stop the notes' network here");
  return Phrase(QT_TRANSLATE_NOOP("engine", "The notes' init left %1 of the most saturated hidden layer's sigmoid outputs "
                                            "saturated at the start, the scaled init %2; after one epoch test accuracy was "
                                            "%3 against %4, at the end %5 against %6: %7."),
                {percent(notes.history[0].saturated), percent(scaled.history[0].saturated), percent(testAccuracy(notes, 1)),
                 percent(testAccuracy(scaled, 1)), percent(notes.finalTestAccuracy()), percent(scaled.finalTestAccuracy()),
                 conclusion});
}

}  // namespace

const std::vector<Experiment>& experiments() {
  static const std::vector<Experiment> all = [] {
    std::vector<Experiment> list;
    list.push_back({.name = "gd-vs-sgd",
                    .title = QT_TRANSLATE_NOOP("engine", "Gradient descent vs SGD"),
                    .claim = QT_TRANSLATE_NOOP("engine", "Every epoch increases accuracy for regular gradient decent, however, "
                                                         "Stochastic Gradient Decent's accuracy plateaus over time."),
                    .source = QT_TRANSLATE_NOOP("engine", "second notes, §0.3.2.1"),
                    .setting = QT_TRANSLATE_NOOP("engine", "batch size: 1 (per-sample SGD), 32 (mini-batch), every "
                                                           "image (full-batch GD)"),
                    .classes = kAllDigits,
                    .perClass = kMlpPerClass,
                    .epochs = 12,
                    .runs = sweep({{QT_TRANSLATE_NOOP("engine", "per-sample SGD (batch 1)"), 1},
                                   {QT_TRANSLATE_NOOP("engine", "mini-batch (batch 32)"), 32},
                                   {QT_TRANSLATE_NOOP("engine", "full-batch GD (batch 500)"), 500}},
                                  [](double batch) { return RunSetting{{}, mlp(), sgd(0.5, std::size_t(batch))}; }),
                    .verdict = gdVersusSgd});
    list.push_back({.name = "relu-vs-sigmoid",
                    .title = QT_TRANSLATE_NOOP("engine", "ReLU vs sigmoid"),
                    .claim = QT_TRANSLATE_NOOP("engine", "[ReLU's derivative] often yields a much greater Δw ∧ Δb "
                                                         "allowing for a much faster back propagation process."),
                    .source = QT_TRANSLATE_NOOP("engine", "second notes, §0.3.2.4"),
                    .setting = QT_TRANSLATE_NOOP("engine", "the hidden layer's activation"),
                    .classes = kAllDigits,
                    .perClass = kMlpPerClass,
                    .epochs = 5,
                    .runs = {{"sigmoid", mlp("sigmoid"), sgd(0.5)}, {"ReLU", mlp("relu"), sgd(0.5)}},
                    .verdict = reluVersusSigmoid});
    list.push_back({.name = "temperature",
                    .title = QT_TRANSLATE_NOOP("engine", "Softmax temperature"),
                    .claim = QT_TRANSLATE_NOOP("engine", "A smaller temperature favors greater z_i and vice-versa."),
                    .source = QT_TRANSLATE_NOOP("engine", "second notes, eq. 36"),
                    .setting = QT_TRANSLATE_NOOP("engine", "the softmax temperature T"),
                    .classes = kAllDigits,
                    .perClass = kMlpPerClass,
                    .epochs = 5,
                    .runs = sweep({{"T = 0.5", 0.5}, {"T = 1", 1.0}, {"T = 2", 2.0}},
                                  [](double t) { return RunSetting{{}, mlp("sigmoid", t), sgd(0.5)}; }),
                    .verdict = temperature});
    list.push_back({.name = "learning-rate",
                    .title = QT_TRANSLATE_NOOP("engine", "Learning rate"),
                    .claim = QT_TRANSLATE_NOOP("engine", "The learning rate a has an impact but can cause for less "
                                                         "overall accuracy."),
                    .source = QT_TRANSLATE_NOOP("engine", "second notes, §0.3.2.5"),
                    .setting = QT_TRANSLATE_NOOP("engine", "the learning rate η"),
                    .classes = kAllDigits,
                    .perClass = kMlpPerClass,
                    .epochs = 5,
                    .runs = sweep({{"η = 0.05", 0.05}, {"η = 0.5", 0.5}, {"η = 2", 2}, {"η = 5", 5}},
                                  [](double rate) { return RunSetting{{}, mlp(), sgd(rate)}; }),
                    .verdict = learningRate});
    list.push_back({.name = "init",
                    .title = QT_TRANSLATE_NOOP("engine", "The notes' init vs a scaled init"),
                    .claim = QT_TRANSLATE_NOOP("engine", "The notes' np.random.randn init (N(0, 1), whatever the "
                                                         "fan-in) saturates the seed network's sigmoids; an init "
                                                         "scaled by the fan-in does not."),
                    .quoted = false,
                    .source = QT_TRANSLATE_NOOP("engine", "first notes' code (Dense, Convolutional), and issue #12"),
                    .setting = QT_TRANSLATE_NOOP("engine", "\"init\": normal (the notes) or uniform_fan_in "
                                                           "(U(±1/√fan_in), PyTorch's default)"),
                    .classes = {0, 1},
                    .perClass = 100,
                    .epochs = 5,
                    .runs = {{QT_TRANSLATE_NOOP("engine", "notes' init N(0, 1)"), seedNetwork("normal"), sgd(0.1)},
                             {QT_TRANSLATE_NOOP("engine", "scaled init U(±1/√fan_in)"), seedNetwork("uniform_fan_in"), sgd(0.1)}},
                    .verdict = initialisation});
    return list;
  }();
  return all;
}

const Experiment& findExperiment(const std::string& name) {
  std::string known;
  for (const Experiment& experiment : experiments()) {
    if (experiment.name == name) return experiment;
    known += (known.empty() ? "" : ", ") + experiment.name;
  }
  throw std::invalid_argument("unknown experiment " + inQuotes(name) + " (known: " + known + ")");
}

struct Comparison::Run {
  Network<float> network;
  std::unique_ptr<Trainer> trainer;
  std::unique_ptr<RunRecorder> record;  // the epoch accounting, as the worker and cnnlab-cli train keep it
  RunResult result;
  std::size_t samplesDone = 0;
  double epochSeconds = 0;
  bool diverged = false;
  explicit Run(Network<float>&& net) : network(std::move(net)) {}
};

Comparison::Comparison(const Experiment& experiment, std::size_t epochs, std::uint64_t seed)
    : experiment_(experiment), epochs_(epochs ? epochs : experiment.epochs) {
  RawSplit raw = embeddedMnist();
  Preset selection{.classes = experiment.classes, .trainPerClass = experiment.perClass, .testPerClass = experiment.perClass};
  PresetData data = preparePresetData(selection, raw, {}, {}, seed);
  train_ = std::move(data.train);
  test_ = std::move(data.test);
  for (const RunSetting& setting : experiment.runs) {
    auto run = std::make_unique<Run>(buildNetwork<float>(setting.network, train_.classCount()));
    run->network.initialize(seed);
    TrainerOptions options = setting.options;
    options.batchSize = std::min(options.batchSize, train_.size());
    options.seed = seed;
    run->trainer = std::make_unique<Trainer>(run->network, train_, options);
    run->record = std::make_unique<RunRecorder>(*run->trainer, train_, &test_);
    run->result.label = setting.label;
    ExperimentEpoch start;
    measure(*run, start, run->trainer->evaluate(test_));
    run->result.history.push_back(start);
    runs_.push_back(std::move(run));
  }
}

Comparison::~Comparison() = default;

const RunResult& Comparison::result(std::size_t run) const { return runs_.at(run)->result; }

void Comparison::measure(Run& run, ExperimentEpoch& epoch, const Evaluation& test) {
  const double rate = run.trainer->options().learningRate;
  const HealthReport health = probeHealth(run.network, train_, rate, 16);  // 16 images: the worker's probe, cheap next to an epoch
  for (const LayerHealth& layer : health.layers)
    if (layer.hasParameters) {
      epoch.updateNorm = rate * layer.gradientNorm;
      break;
    }
  epoch.saturated = health.hiddenSaturated;
  epoch.stats.testLoss = test.loss;
  epoch.stats.testAccuracy = test.accuracy;
  epoch.topProbability = test.meanTopOutput;
}

std::size_t Comparison::advance(std::size_t maxSteps) {
  // the run furthest behind
  std::size_t next = runs_.size();
  for (std::size_t r = 0; r < runs_.size(); ++r) {
    const Run& run = *runs_[r];
    if (run.diverged || epochsRun(run.result) >= epochs_) continue;
    if (next == runs_.size() || run.samplesDone < runs_[next]->samplesDone) next = r;
  }
  if (next == runs_.size()) return next;
  Run& run = *runs_[next];
  const auto start = std::chrono::steady_clock::now();
  bool epochEnded = false;
  try {
    for (std::size_t s = 0; s < std::max<std::size_t>(maxSteps, 1) && !epochEnded; ++s) {
      const StepResult r = run.trainer->step();
      run.record->record(r);
      run.samplesDone += r.samples;
      epochEnded = r.epochFinished;
    }
  } catch (const DivergenceError&) {
    run.diverged = true;  // its history ends here; the verdict reads what there is
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.epochSeconds += seconds;
  run.result.seconds += seconds;
  if (epochEnded || run.diverged) {
    ExperimentEpoch epoch;
    if (!run.diverged) {
      epoch.stats = run.record->finishEpoch(run.epochSeconds);
      measure(run, epoch, run.record->evaluation());
    } else {
      epoch.stats.epoch = epochsRun(run.result) + 1;
      epoch.stats.trainLoss = run.record->runningLoss();
      epoch.stats.trainAccuracy = run.record->runningAccuracy();
      epoch.stats.seconds = run.epochSeconds;
      epoch.stats.testAccuracy = 1.0 / double(train_.classCount());  // a diverged network: no better than chance
      epoch.stats.testLoss = std::nan("");
    }
    run.result.history.push_back(epoch);
    run.epochSeconds = 0;
  }
  return next;
}

void Comparison::runToEnd() {
  while (advance(1 << 20) < runs_.size()) {
  }
}

bool Comparison::finished() const {
  for (const auto& run : runs_)
    if (!run->diverged && epochsRun(run->result) < epochs_) return false;
  return true;
}

std::vector<RunResult> Comparison::results() const {
  std::vector<RunResult> all;
  for (const auto& run : runs_) all.push_back(run->result);
  return all;
}

double Comparison::progress() const {
  double done = 0;
  for (const auto& run : runs_)
    done += run->diverged ? double(epochs_) : double(epochsRun(run->result)) + double(run->record->samplesSeen()) / double(train_.size());
  return runs_.empty() ? 1 : done / double(epochs_ * runs_.size());
}

Phrase Comparison::verdict() const { return finished() ? experiment_.verdict(results()) : Phrase(); }

nlohmann::json Comparison::json() const {
  nlohmann::json runs = nlohmann::json::array();
  for (const auto& run : runs_) {
    nlohmann::json history = nlohmann::json::array();
    for (const ExperimentEpoch& e : run->result.history)
      history.push_back({{"epoch", e.stats.epoch},
                         {"train_loss", e.stats.trainLoss},
                         {"train_accuracy", e.stats.trainAccuracy},
                         {"test_loss", std::isfinite(e.stats.testLoss) ? nlohmann::json(e.stats.testLoss) : nlohmann::json()},
                         {"test_accuracy", e.stats.testAccuracy},
                         {"seconds", e.stats.seconds},
                         {"update_norm", e.updateNorm},
                         {"top_probability", e.topProbability},
                         {"saturated", e.saturated}});
    runs.push_back({{"label", run->result.label},
                    {"history", history},
                    {"test_accuracy", run->result.finalTestAccuracy()},
                    {"seconds", run->result.seconds},
                    {"diverged", run->diverged}});
  }
  return {{"experiment", experiment_.name},
          {"claim", experiment_.claim},
          {"runs", runs},
          {"verdict", static_cast<const std::string&>(verdict())}};
}

}  // namespace cnnlab
