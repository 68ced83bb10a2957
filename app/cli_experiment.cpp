// cnnlab-cli experiment: the claim, each run's per-epoch history, the verdict, and a JSON line.
#include "app/cli_experiment.hpp"

#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>

#include "engine/experiments.hpp"

namespace cnnlab {

namespace {

struct ExperimentArgs {
  std::string name;
  std::optional<std::size_t> epochs;
  bool list = false, json = false;
};

// The notes' words in quotation marks; cnnlab's own claim without.
std::string claimText(const Experiment& e) { return e.quoted ? "\"" + e.claim + "\"" : e.claim; }

int runExperiment(const ExperimentArgs& a, std::ostream& out, std::ostream& json) {
  if (a.list) {
    nlohmann::json list = nlohmann::json::array();
    for (const Experiment& e : experiments()) {
      out << std::left << std::setw(16) << e.name << std::right << e.title << ": " << claimText(e) << " (" << e.source
          << ")\n";
      list.push_back({{"name", e.name}, {"title", e.title}, {"claim", e.claim}, {"quoted", e.quoted}, {"source", e.source}});
    }
    if (a.json) json << nlohmann::json{{"experiments", list}}.dump() << '\n';
    return 0;
  }
  if (a.name.empty()) throw std::invalid_argument("name an experiment, or --list to see them");
  const Experiment& experiment = findExperiment(a.name);
  Comparison comparison(experiment, a.epochs.value_or(0));
  out << experiment.title << " (" << experiment.source << "): " << claimText(experiment) << "\n"
      << comparison.runCount() << " runs differing in " << experiment.setting << "; " << comparison.epochs()
      << " epochs each, same data and seed\n";
  comparison.runToEnd();
  out << std::fixed;
  for (const RunResult& run : comparison.results()) {
    out << "\n" << run.label << "\n  epoch  train loss  train acc  test acc  top prob  ‖a·Δw‖ step saturated\n";
    for (const ExperimentEpoch& e : run.history)
      out << std::setw(7) << e.stats.epoch << std::setprecision(4) << std::setw(12) << e.stats.trainLoss
          << std::setprecision(1) << std::setw(10) << 100 * e.stats.trainAccuracy << "%" << std::setw(9)
          << 100 * e.stats.testAccuracy << "%" << std::setw(9) << 100 * e.topProbability << "%"
          << std::setprecision(5) << std::setw(12) << e.updateNorm << std::setprecision(1) << std::setw(10)
          << 100 * e.saturated << "%\n";
    out << "  " << std::setprecision(2) << run.seconds << " s of training\n";
  }
  out << std::defaultfloat << std::setprecision(6) << "\n" << comparison.verdict() << '\n';
  if (a.json) json << comparison.json().dump() << '\n';
  return 0;
}

}  // namespace

CliCommand addExperimentCommand(CLI::App& app) {
  auto args = std::make_shared<ExperimentArgs>();
  CLI::App* command = app.add_subcommand(
      "experiment", "Run a built-in experiment testing one of the notes' claims: 2–4 runs differing in one setting");
  command->add_option("name", args->name, "The experiment (see --list)");
  command->add_option("--epochs", args->epochs, "Epochs per run (the experiment's own by default)")
      ->check(CLI::Range(1, 1000));
  command->add_flag("--list", args->list, "Name the experiments and the claims they test");
  command->add_flag("--json", args->json, "Print one JSON document: runs (label, history, test_accuracy) and verdict");
  return {command, [args](std::ostream& out, std::ostream& json) { return runExperiment(*args, out, json); }};
}

}  // namespace cnnlab
