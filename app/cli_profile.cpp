// cnnlab-cli profile: a table of where the step's time goes, and a JSON line.
#include "app/cli_profile.hpp"

#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_format.hpp"
#include "engine/profile.hpp"
#include "engine/threads.hpp"

namespace cnnlab {

namespace {

struct ProfileArgs {
  std::string preset = "seed-binary";
  std::optional<std::size_t> batch;
  int threads = defaultComputeThreads();  // the machine's cores, as train
  std::size_t repeats = 15, steps = 20;
  bool json = false;
  std::string overhead;  // an experiment's name: measure the health and comparison overheads instead
};

// BENCHMARKS.md's overhead figures: training with the worker's health schedule against without,
// and an experiment's Comparison against its runs trained one after another.
int runOverhead(const ProfileArgs& a, std::ostream& out, std::ostream& json) {
  const OverheadResult r = measureOverheads(findPreset(a.preset), a.overhead, a.repeats, a.steps);
  auto list = [](const std::vector<double>& values, int digits) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(digits);
    for (std::size_t i = 0; i < values.size(); ++i) text << (i ? ", " : "") << values[i];
    return text.str();
  };
  out << std::fixed << std::setprecision(1) << r.preset << ", " << r.rounds << " interleaved rounds of " << r.stepsPerRound
      << " steps\n  without health: " << r.plainMedianUs << " µs/step (" << list(r.plainUs, 1) << ")\n  with the worker's health schedule: "
      << r.healthMedianUs << " µs/step (" << list(r.healthUs, 1) << ")\n  health overhead: " << std::showpos
      << 100 * r.healthOverhead() << std::noshowpos << " %\n"
      << "experiment " << r.experiment << ":\n  runs one after another (Trainer::train): " << std::setprecision(3)
      << r.trainerMedianSeconds << " s (" << list(r.trainerSeconds, 3) << ")\n  taking turns (Comparison): "
      << r.comparisonMedianSeconds << " s (" << list(r.comparisonSeconds, 3) << ")\n  comparison overhead: " << std::showpos
      << std::setprecision(1) << 100 * r.comparisonOverhead() << std::noshowpos << " %\n"
      << std::defaultfloat << std::setprecision(6);
  if (a.json)
    json << nlohmann::json{{"preset", r.preset}, {"plain_us", r.plainUs}, {"health_us", r.healthUs},
                          {"health_overhead", r.healthOverhead()}, {"experiment", r.experiment},
                          {"trainer_seconds", r.trainerSeconds}, {"comparison_seconds", r.comparisonSeconds},
                          {"comparison_overhead", r.comparisonOverhead()}}
               .dump()
        << '\n';
  return 0;
}

int runProfile(const ProfileArgs& a, std::ostream& out, std::ostream& json) {
  const Preset& preset = findPreset(a.preset);
  setComputeThreads(a.threads);
  if (!a.overhead.empty()) return runOverhead(a, out, json);
  const ProfileResult r =
      profilePreset(preset, {.batch = a.batch.value_or(0), .repeats = a.repeats, .steps = a.steps});
  out << "profile of " << r.preset << ": batch " << r.batch << ", " << r.threads << " thread"
      << (r.threads == 1 ? "" : "s") << ", per step, medians of " << a.repeats << " rounds of " << a.steps << " steps\n";
  out << padRight("layer", 28) << "   forward µs  backward µs    update µs   share    MFLOP   GFLOP/s\n";
  nlohmann::json rows = nlohmann::json::array();
  out << std::fixed;
  for (const LayerProfile& p : r.layers) {
    out << padRight(p.name, 28) << std::setprecision(1) << std::setw(13) << p.forwardUs << std::setw(13) << p.backwardUs
        << std::setw(13) << p.updateUs << std::setw(7) << 100 * r.share(p) << " %" << std::setprecision(2)
        << std::setw(9) << p.flops / 1e6 << std::setw(10) << p.gflops() << '\n';
    rows.push_back({{"name", p.name}, {"forward_us", p.forwardUs}, {"backward_us", p.backwardUs},
                    {"update_us", p.updateUs}, {"flops", p.flops}, {"gflops", p.gflops()}, {"share", r.share(p)}});
  }
  out << std::setprecision(1) << padRight("loss (value and ∂E/∂Y)", 28) << std::setw(13) << r.lossUs << '\n';
  const double difference = r.stepUs > 0 ? (r.layerSumUs - r.stepUs) / r.stepUs : 0;
  out << "sum of the layers and the loss: " << r.layerSumUs << " µs; one step timed whole (backward, then update): "
      << r.stepUs << " µs (" << std::showpos << std::setprecision(0) << 100 * difference << std::noshowpos
      << " %); the default fused step: " << std::setprecision(1) << r.fusedStepUs << " µs\n";
  out << std::defaultfloat << std::setprecision(6);
  if (a.json)
    json << nlohmann::json{{"preset", r.preset},       {"batch", r.batch},           {"threads", r.threads},
                          {"layers", rows},           {"loss_us", r.lossUs},        {"layer_sum_us", r.layerSumUs},
                          {"step_us", r.stepUs},      {"fused_step_us", r.fusedStepUs}}
               .dump()
        << '\n';
  return 0;
}

}  // namespace

CliCommand addProfileCommand(CLI::App& app) {
  auto args = std::make_shared<ProfileArgs>();
  CLI::App* command = app.add_subcommand(
      "profile", "Time forward, backward and update per layer of a preset's training step (the notes' §0.4)");
  command->add_option("--preset", args->preset, "seed-binary, mlp or lenet5");
  command->add_option("--batch", args->batch, "Batch size instead of the preset's, 1–1000000 (at most the training images)")
      ->check(CLI::Range(1, 1000000));
  command->add_option("--threads", args->threads, "Compute threads, 1-64 (default: the machine's cores, as for train)")->check(CLI::Range(1, 64));
  command->add_option("--repeats", args->repeats, "Rounds, 1–1000; medians are reported")->check(CLI::Range(1, 1000));
  command->add_option("--steps", args->steps, "Steps per round, 1–10000")->check(CLI::Range(1, 10000));
  command->add_flag("--json", args->json, "Print one JSON document: one object per layer");
  command->add_option("--overhead", args->overhead,
                      "Instead: the cost of the health statistics (on --preset, --steps steps per round) and of "
                      "running this experiment's runs in turns, in --repeats interleaved rounds (BENCHMARKS.md)");
  return {command, [args](std::ostream& out, std::ostream& json) { return runProfile(*args, out, json); }};
}

}  // namespace cnnlab
