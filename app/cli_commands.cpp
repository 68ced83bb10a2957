// cnnlab-cli: argument parsing with CLI11, each command a thin layer over the engine.
#include "app/cli_commands.hpp"
#include "app/cli_serve.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <functional>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <vector>

#include "engine/bench.hpp"
#include "engine/teaching/correlation.hpp"
#include "engine/data/dataset.hpp"
#include "engine/gradient_check.hpp"
#include "engine/health.hpp"
#include "engine/data/idx.hpp"
#include "engine/file_io.hpp"
#include "engine/model_file.hpp"
#include "engine/network_spec.hpp"
#include "engine/data/preset_data.hpp"
#include "engine/presets.hpp"
#include "engine/quoted.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"
#include "app/cli_example.hpp"
#include "app/cli_exercise.hpp"
#include "app/cli_format.hpp"
#include "ui/imageio/image_folder.hpp"
#include "app/cli_model.hpp"
#include "app/cli_experiment.hpp"
#include "app/cli_profile.hpp"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct CorrelateArgs {
  std::string input, kernel, mode = "valid", op = "correlate";
  std::size_t padding = 0, stride = 1;
  bool trace = false, json = false;
};

int runCorrelate(const CorrelateArgs& a, std::ostream& out, std::ostream& json) {
  const arma::mat input = matrixArgument("--input", a.input);
  const arma::mat kernel = matrixArgument("--kernel", a.kernel);
  CorrelationOptions options;
  options.mode = a.mode == "full" ? CorrelationMode::Full : CorrelationMode::Valid;
  options.operation = a.op == "convolve" ? Operation::Convolve : Operation::Correlate;
  options.padding = a.padding;
  options.stride = a.stride;
  const CorrelationTrace trace = [&] {
    try {
      return traceCorrelation(input, kernel, options);
    } catch (const std::invalid_argument& e) {
      rethrowAsOption(e);  // "--input: values up to 1e+308 make y[0][0] overflow …"
    }
  }();
  if (a.trace) {
    if (options.operation == Operation::Convolve) {
      out << "rot180(kernel) =\n";
      printMatrix(out, trace.appliedKernel);
    }
    for (const TraceCell& cell : trace.cells) out << formatCell(cell) << '\n';
    out << "output =\n";
  }
  printMatrix(out, trace.output);
  if (a.json) json << nlohmann::json{{"output", matrixJson(trace.output)}}.dump() << '\n';
  return 0;
}

// --threads' help, for every command that trains.
// (Not the count itself: the man page is generated from --help and must not depend on the machine.)
constexpr const char* threadsHelp =
    "Compute threads, 1-64 (default: the machine's cores). The engine splits each batch (or one sample's sweep over a large dense layer) over them; the "
    "results are the same on any count. OpenBLAS stays single-threaded";

struct TrainArgs {
  std::string preset = "seed-binary", net, data, classes, save;
  double split = 0.8;  // train fraction for a single IDX pair or an image folder
  bool splitGiven = false;
  std::optional<std::size_t> epochs, perClass, batch;
  std::optional<double> lr, momentum;
  std::uint64_t seed = 0;
  int threads = defaultComputeThreads();  // the machine's cores
  bool invert = false;  // image folders: dark ink on light paper
  bool color = false;   // image folders: keep R, G, B (depth 3)
  bool showPredictions = false, json = false;
};

// True for a folder with MNIST's four files (train-* and t10k-*): its split is fixed.
// Whether dir holds any of the files named.
bool hasAnyOf(const std::string& dir, std::initializer_list<const char*> names) {
  std::error_code ec;
  for (const char* name : names)
    if (std::filesystem::exists(std::filesystem::path(dir) / name, ec)) return true;
  return false;
}

// MNIST-layout IDX images: a train/test pair, or a single pair.
bool hasIdxImages(const std::string& dir) {
  return hasAnyOf(dir, {"train-images-idx3-ubyte", "train-images-idx3-ubyte.gz", "images-idx3-ubyte", "images-idx3-ubyte.gz"});
}

bool hasOwnTestFiles(const std::string& dir) { return hasAnyOf(dir, {"t10k-images-idx3-ubyte", "t10k-images-idx3-ubyte.gz"}); }

// Image folders are resized to the network's input (inverted, and kept in colour, when asked); IDX
// files must already have its size.
// A selection's per-class limit as the image reader takes it (Selection's 0 means all).
std::optional<std::size_t> limitOf(const Selection& s) {
  return s.perClassLimit ? std::optional<std::size_t>(s.perClassLimit) : std::nullopt;
}

RawSplit loadTrainingData(const std::string& dataDir, double split, const Shape& input, bool invert, bool color,
                          bool splitGiven, const PresetSelections& keep, const std::vector<int>& only) {
  if (splitGiven && (dataDir.empty() || hasOwnTestFiles(dataDir)))
    throw std::invalid_argument("--split applies to one IDX pair or an image folder; " +
                                (dataDir.empty() ? std::string("the embedded data") : dataDir) +
                                " has its own test set");
  if (invert && (dataDir.empty() || !isImageFolder(dataDir)))
    throw std::invalid_argument("--invert applies to an image folder given with --data (MNIST is light on dark already)");
  // Only IDX data is grey by nature: an empty folder, or images without class folders, get their
  // own message from the reader below.
  if (color && (dataDir.empty() || (!isImageFolder(dataDir) && hasIdxImages(dataDir))))
    throw std::invalid_argument("--color applies to an image folder given with --data; " +
                                (dataDir.empty() ? std::string("the embedded MNIST") : dataDir) +
                                " is IDX data, which is grey (one channel)");
  return dataDir.empty() ? embeddedMnist()
                         : readDataDirectory(dataDir, split,
                                             {.height = input.height, .width = input.width, .invert = invert,
                                              .color = color,
                                              // an image folder decodes only what the selection keeps
                                              .trainPerClassLimit = limitOf(keep.train),
                                              .testPerClassLimit = limitOf(keep.test),
                                              .onlyClasses = only});
}

// The first `outputs` labels present in the training data, for a network file given without
// --classes. Throws when the data has fewer classes than the network has outputs.
std::vector<int> firstClasses(const RawImages& raw, std::size_t outputs, const std::string& net) {
  std::vector<int> classes;
  const std::vector<std::size_t> counts = countLabels(raw);
  for (std::size_t label = 0; label < counts.size(); ++label)
    if (counts[label] > 0) classes.push_back(int(label));
  if (classes.size() < outputs)
    throw std::invalid_argument(net + " ends with " + std::to_string(outputs) + " outputs but the data (" + raw.source +
                                ") has only " + std::to_string(classes.size()) + " classes");
  classes.resize(outputs);
  return classes;
}

std::string joinLabels(const RawImages& raw, const std::vector<int>& classes) {
  std::string text;
  for (int c : classes) text += (text.empty() ? "" : ", ") + oneLine(labelName(raw, c));
  return text;
}

int runTrain(const TrainArgs& a, std::ostream& out, std::ostream& err, std::ostream& json) {
  if (!a.save.empty()) checkWritable(a.save);  // before a long run, not after it
  const int threads = setComputeThreads(a.threads);
  const Preset& preset = findPreset(a.preset);
  const bool fromFile = !a.net.empty();  // a network file is taken as written; a preset adapts to the data
  nlohmann::json spec = fromFile ? readSpecFile(a.net) : preset.network;
  const Network<float> asWritten = buildNetwork<float>(spec);  // a bad spec fails before the data loads
  const Shape input = asWritten.inputShape();
  std::vector<int> classes = a.classes.empty() ? std::vector<int>{} : parseClassList(a.classes);
  RawSplit raw = loadTrainingData(a.data, a.split, input, a.invert, a.color, a.splitGiven,
                                  presetSelections(preset, classes, a.perClass, a.seed), classes);
  std::string note, adapted;  // the first line of output: what was chosen or changed for the data
  if (fromFile) {
    if (input.depth != raw.train.depth)
      throw std::invalid_argument(a.net + " takes input depth " + depthName(input.depth) + " but the data has depth " +
                                  depthName(raw.train.depth) +
                                  (raw.train.depth == 3 ? "; leave out --color or change the network's input depth"
                                                        : "; give --color for an image folder, or change the network's input depth"));
    if (classes.empty()) {
      requireTestLabelsInTraining(raw);  // the classes are inferred, as when a preset takes them all
      const std::size_t outputs = asWritten.outputShape().size();
      classes = firstClasses(raw.train, outputs, a.net);
      note = "using the first " + std::to_string(outputs) + " classes of the data (" + joinLabels(raw.train, classes) +
             ") for the network's " + std::to_string(outputs) + " outputs; --classes chooses others";
    }
  }
  // The same selection as the desktop app (engine/preset_data), so both train on the same samples.
  // Moved: the datasets take over the raw pixels, so a full-size set is held once, not twice.
  PresetData data = preparePresetData(preset, std::move(raw), classes, a.perClass, a.seed);
  if (!fromFile) {
    const AdaptedSpec fitted = adaptToData(spec, data.train.shape.depth, data.train.classCount());
    spec = fitted.spec;
    adapted = fitted.change;
    if (!adapted.empty()) note = "adapted preset " + preset.name + " to the data: " + adapted;
  }
  if (!note.empty()) err << note << '\n';
  Network<float> network = buildNetwork<float>(spec, data.train.classCount());
  network.initialize(a.seed);
  TrainerOptions options{.learningRate = a.lr.value_or(preset.learningRate),
                         .batchSize = a.batch.value_or(preset.batchSize),
                         .momentum = a.momentum.value_or(preset.momentum),
                         .shuffle = preset.shuffleEachEpoch,
                         .seed = a.seed};
  Trainer trainer(network, data.train, options);
  const std::size_t epochs = a.epochs.value_or(preset.epochs);
  const bool tty = ::isatty(2);
  err << "training " << (a.net.empty() ? preset.name : a.net) << ": " << network.parameterCount() << " parameters, "
      << data.train.size() << " training and " << data.test.size() << " test images, " << epochs << " epochs, lr "
      << options.learningRate << ", batch " << options.batchSize << ", " << threads << " thread"
      << (threads == 1 ? "" : "s") << '\n';
  auto lastDraw = Clock::now();
  const auto history = trainer.train(epochs, &data.test, [&](const Progress& p) {
    if (p.finished) {
      const EpochStats& s = *p.finished;
      err << (tty ? "\r\x1b[2K" : "") << "epoch " << s.epoch << "/" << p.epochs << "  loss " << std::fixed
          << std::setprecision(4) << s.trainLoss << "  accuracy " << std::setprecision(1) << 100 * s.trainAccuracy
          << "%  test accuracy " << 100 * s.testAccuracy << "%  (" << std::setprecision(2) << s.seconds << " s)"
          << std::defaultfloat << std::setprecision(6) << '\n';
      if (p.stuck) err << *p.stuck << '\n';  // the stuck-run detector (engine/run_recorder.hpp), once per run
    } else if (tty && secondsSince(lastDraw) > 0.1) {
      lastDraw = Clock::now();
      err << "\r\x1b[2Kepoch " << p.epoch << "/" << p.epochs << "  " << p.samplesDone << "/" << p.samplesPerEpoch
          << "  loss " << std::fixed << std::setprecision(4) << p.runningLoss << "  accuracy " << std::setprecision(1)
          << 100 * p.runningAccuracy << "%" << std::defaultfloat << std::setprecision(6) << std::flush;
    }
  });
  double trainSeconds = 0;
  for (const EpochStats& s : history) trainSeconds += s.seconds;

  // Inference as lenet_torch.py times it: the test set in batches of 256, median of 5 passes.
  // Only --json reports the time; without it one pass gives the results.
  Evaluation test;
  std::vector<double> passSeconds;
  for (int pass = 0; pass < (a.json ? 5 : 1); ++pass) {
    const auto passStart = Clock::now();
    test = trainer.evaluate(data.test, 256);
    passSeconds.push_back(secondsSince(passStart));
  }
  std::sort(passSeconds.begin(), passSeconds.end());
  const double inferenceSeconds = passSeconds[passSeconds.size() / 2];
  // A diverged run must not look like a result, nor replace a good model file with NaN weights.
  bool finite = network.parameters().is_finite() && std::isfinite(test.loss);
  for (const EpochStats& s : history) finite = finite && std::isfinite(s.trainLoss) && std::isfinite(s.testLoss);
  if (!finite)
    throw std::runtime_error("training diverged: the loss or the weights became NaN or Inf (try a smaller --lr)" +
                             std::string(a.save.empty() ? "" : "; nothing was saved"));
  if (a.showPredictions)
    for (std::size_t n = 0; n < data.test.size(); ++n)
      out << "pred: " << oneLine(data.test.className(test.predictions[n]))
          << ", true: " << oneLine(data.test.className(data.test.labels[n]))
          << '\n';
  out << "test accuracy: " << std::fixed << std::setprecision(2) << 100 * test.accuracy << "% ("
      << std::size_t(test.accuracy * double(data.test.size()) + 0.5) << "/" << data.test.size() << "), test loss "
      << std::setprecision(4) << test.loss << std::defaultfloat << std::setprecision(6) << '\n';
  if (!a.save.empty()) {
    nlohmann::json meta{{"preset", preset.name}, {"epochs", epochs}, {"seed", a.seed},
                        {"classes", data.train.classes}, {"test_accuracy", test.accuracy}};
    if (!data.train.names.empty()) meta["class_names"] = data.train.names;  // an image folder's: evaluate matches by them
    saveModel(network, a.save, meta);
    out << "saved " << a.save << '\n';
  }
  if (a.json) {
    nlohmann::json history_json = nlohmann::json::array();
    for (const EpochStats& s : history)
      history_json.push_back({{"epoch", s.epoch}, {"train_loss", s.trainLoss}, {"train_accuracy", s.trainAccuracy},
                              {"test_loss", s.testLoss}, {"test_accuracy", s.testAccuracy}, {"seconds", s.seconds}});
    const double samples = double(data.train.size()) * double(history.size());
    json << nlohmann::json{{"preset", preset.name},
                          {"adapted", adapted},
                          {"classes", data.train.classes},
                          {"input_depth", data.train.shape.depth},
                          {"epochs", history.size()},
                          {"train_loss", history.empty() ? 0.0 : history.back().trainLoss},
                          {"train_accuracy", history.empty() ? 0.0 : history.back().trainAccuracy},
                          {"test_loss", test.loss},
                          {"test_accuracy", test.accuracy},
                          {"train_seconds", trainSeconds},
                          {"samples_per_second", trainSeconds > 0 ? samples / trainSeconds : 0.0},
                          {"us_per_step", trainer.steps() ? 1e6 * trainSeconds / double(trainer.steps()) : 0.0},
                          {"inference_samples_per_second", inferenceSeconds > 0 ? double(data.test.size()) / inferenceSeconds : 0.0},
                          {"parameters", network.parameterCount()},
                          {"threads", threads},
                          {"history", history_json}}
                .dump()
        << '\n';
  }
  return 0;
}

struct GradcheckArgs {
  std::string preset = "seed-binary", net;
  std::uint64_t seed = 0;
  std::size_t entries = 40;
  bool json = false;
};

int runGradcheck(const GradcheckArgs& a, std::ostream& out, std::ostream& json) {
  const nlohmann::json spec = a.net.empty() ? findPreset(a.preset).network : readSpecFile(a.net);
  const auto results = checkNetwork(spec, a.seed, a.entries);
  double worst = 0;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : results) {
    const double error = r.maxError();
    worst = worstError(worst, error);  // a NaN error is the worst result there is
    out << padRight(r.name, 40) << "  max relative error " << std::scientific
        << std::setprecision(2) << error << std::defaultfloat << std::setprecision(6) << "  (" << r.checked
        << " entries)\n";
    auto number = [](double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(std::to_string(x)); };
    rows.push_back({{"name", r.name}, {"max_relative_error", number(error)}, {"input_error", number(r.maxInputError)},
                    {"parameter_error", number(r.maxParameterError)}, {"checked", r.checked}});
  }
  constexpr double tolerance = 1e-4;
  out << (worst < tolerance ? "PASS" : "FAIL") << ": largest relative error " << std::scientific << std::setprecision(2)
      << worst << " (tolerance " << tolerance << ")" << std::defaultfloat << '\n';
  if (a.json)
    json << nlohmann::json{{"max_relative_error", std::isfinite(worst) ? nlohmann::json(worst) : nlohmann::json("nan")},
                          {"layers", rows}, {"pass", worst < tolerance}}.dump() << '\n';
  return worst < tolerance ? 0 : 1;
}

struct BenchArgs {
  std::vector<std::string> presets{"seed-binary", "lenet5"};
  int threads = defaultComputeThreads();  // the machine's cores
  std::size_t repeats = 5, steps = 200;
  std::optional<std::size_t> batch;
  bool json = false;
};

int runBench(const BenchArgs& a, std::ostream& out, std::ostream& json) {
  for (const std::string& name : a.presets) findPreset(name);  // unknown names fail before any timing
  const int threads = setComputeThreads(a.threads);
  const double ceiling = measureGemmGflops();
  out << "GEMM ceiling (float32 1024³, " << threads << " thread" << (threads == 1 ? "" : "s") << "): " << std::fixed
      << std::setprecision(1) << ceiling << " GFLOP/s\n";
  nlohmann::json rows = nlohmann::json::array();
  for (const std::string& name : a.presets) {
    const BenchResult r = benchPreset(findPreset(name), {.repeats = a.repeats, .minSteps = a.steps,
                                                         .batchOverride = a.batch.value_or(0)});
    out << std::left << std::setw(12) << r.preset << std::right << " batch " << std::setw(3) << r.batch
        << std::setprecision(1) << "  train " << std::setw(8) << r.usPerStep << " µs/step (CPU " << r.cpuUsPerStep
        << ") " << std::setw(9)
        << std::setprecision(0) << r.trainSamplesPerSecond << " samples/s " << std::setprecision(1) << std::setw(6)
        << r.trainGflops << " GFLOP/s (" << std::setprecision(0) << 100 * r.trainGflops / ceiling
        << "% of GEMM)   inference " << std::setw(8) << r.inferenceSamplesPerSecond << " samples/s "
        << std::setprecision(1) << std::setw(6) << r.inferenceGflops << " GFLOP/s (" << std::setprecision(0)
        << 100 * r.inferenceGflops / ceiling << "%)\n";
    if (r.memoryFloorUs > 0)
      out << "              memory floor: " << std::setprecision(2) << r.denseWeightBytes / 1e6
          << " MB of dense weights read, then read and written, per step: " << std::setprecision(1)
          << r.memoryFloorUs << " µs at this machine's cache bandwidth (" << std::setprecision(0)
          << 100 * r.memoryFloorUs / r.usPerStep << "% of the step)\n";
    rows.push_back({{"preset", r.preset}, {"batch", r.batch}, {"us_per_step", r.usPerStep},
                    {"us_per_step_runs", r.usPerStepRuns}, {"cpu_us_per_step", r.cpuUsPerStep}, {"train_samples_per_second", r.trainSamplesPerSecond},
                    {"inference_samples_per_second", r.inferenceSamplesPerSecond},
                    {"train_flops_per_sample", r.flops.training}, {"forward_flops_per_sample", r.flops.forward},
                    {"train_gflops", r.trainGflops}, {"inference_gflops", r.inferenceGflops},
                    {"train_fraction_of_gemm", r.trainGflops / ceiling},
                    {"inference_fraction_of_gemm", r.inferenceGflops / ceiling},
                    {"dense_weight_bytes", r.denseWeightBytes}, {"memory_floor_us_per_step", r.memoryFloorUs}});
  }
  out << std::defaultfloat << std::setprecision(6);
  if (a.json) json << nlohmann::json{{"threads", threads}, {"gemm_gflops", ceiling}, {"presets", rows}}.dump() << '\n';
  return 0;
}

struct NetArgs {
  std::string preset, net, exportPath;
  bool json = false;
};

int runNet(const NetArgs& a, std::ostream& out, std::ostream& json) {
  if (a.preset.empty() == a.net.empty()) throw std::invalid_argument("give exactly one of --preset NAME or --net FILE.json");
  if (!a.exportPath.empty()) checkWritable(a.exportPath);
  const nlohmann::json spec = a.net.empty() ? findPreset(a.preset).network : readSpecFile(a.net);
  const auto infos = inspectSpec(spec);
  std::size_t total = 0;
  out << "input " << Shape{spec["input"].value("depth", std::size_t(1)), spec["input"]["height"], spec["input"]["width"]}.str() << '\n';
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const LayerInfo& info = infos[i];
    if (!info.error.empty()) throw SpecError(info.error, long(i));
    out << std::setw(3) << i + 1 << "  " << padRight(info.description, 22) << " → " << padRight(info.outputShape.str(), 10)
        << std::setw(10) << info.parameters
        << " parameters\n";
    total += info.parameters;
  }
  buildNetwork<float>(spec);  // the loss and init fields too
  out << "total " << total << " parameters, loss " << spec.value("loss", "binary_cross_entropy") << '\n';
  if (!a.exportPath.empty()) {
    writeFileAtomically(a.exportPath, spec.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    out << "wrote " << a.exportPath << '\n';
  }
  if (a.json)
    json << nlohmann::json{{"network", spec}, {"parameters", total}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
  return 0;
}

// Whether the chosen command (or its chosen subcommand) was given --json.
bool jsonChosen(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands()) {
    const CLI::Option* json = sub->get_option_no_throw("--json");
    if ((json && json->count() > 0) || jsonChosen(*sub)) return true;
  }
  return false;
}

}  // namespace

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"cnnlab-cli: convolutional neural networks from scratch, from the command line"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cnnlab 0.1.0");
  app.footer("With --json, stdout holds one JSON document and nothing else; text for people goes to stderr.\n"
             "Exit status: 0 success, 1 refused input or a failed gradcheck (one 'error:' line on stderr),\n"
             "2 a wrong command line. See cnnlab-cli(1).");

  // Unsigned options would wrap "-1" to 2⁶⁴−1, so the sign is checked on the text.
  const CLI::Validator nonNegative(
      [](std::string& v) { return v.find('-') == std::string::npos ? std::string() : "must not be negative: " + v; },
      "≥ 0", "NonNegative");
  const CLI::Validator positiveFinite(
      [](std::string& v) {
        char* end = nullptr;
        const double x = std::strtod(v.c_str(), &end);
        return end != v.c_str() && *end == '\0' && std::isfinite(x) && x > 0 ? std::string()
                                                                           : "must be a finite number > 0, not " + v;
      },
      "> 0", "PositiveFinite");

  CorrelateArgs corr;
  auto* correlate = app.add_subcommand("correlate", "Cross-correlate or convolve a matrix with a kernel, as in the notes");
  correlate->add_option("--input", corr.input, "Input matrix, rows separated by ';', e.g. \"1 6 2; 5 3 1; 7 0 9\"")->required();
  correlate->add_option("--kernel", corr.kernel, "Kernel matrix, e.g. \"1 2; -1 0\"")->required();
  correlate->add_option("--mode", corr.mode, "valid or full")->check(CLI::IsMember({"valid", "full"}));
  correlate->add_option("--op", corr.op, "correlate (★) or convolve (*, kernel rotated 180°)")
      ->check(CLI::IsMember({"correlate", "convolve"}));
  correlate->add_option("--padding", corr.padding, "Zero padding on every side (valid mode), 0–100")->check(CLI::Range(0, 100));
  correlate->add_option("--stride", corr.stride, "Stride, 1–100")->check(CLI::Range(1, 100));
  correlate->add_flag("--trace", corr.trace, "Write out every output cell's sum of products");
  correlate->add_flag("--json", corr.json, "Print one JSON document {\"output\": [[…]]}");

  TrainArgs tr;
  auto* train = app.add_subcommand("train", "Train a preset or a network file on MNIST-layout data");
  train->add_option("--preset", tr.preset, "seed-binary, mlp or lenet5");
  train->add_option("--net", tr.net, "A network JSON file (docs/network-format.md) instead of the preset's network");
  train->add_option("--epochs", tr.epochs, "Epochs, 1–100000 (preset default)")->check(CLI::Range(1, 100000));
  train->add_option("--lr", tr.lr, "Learning rate > 0 (preset default)")->check(positiveFinite);
  train->add_option("--batch", tr.batch, "Batch size, 1–100000 (1 = per-sample SGD as in the notes)")
      ->check(CLI::Range(1, 100000));
  train->add_option("--momentum", tr.momentum, "SGD momentum, 0 ≤ m < 1")->check(CLI::Range(0.0, 0.999999));
  train->add_option("--seed", tr.seed, "Random seed for weights and data order (a non-negative integer)")->check(nonNegative);
  train->add_option("--data", tr.data,
                    "Directory with MNIST-layout IDX files, or one subfolder of PNG/JPEG images per class "
                    "(default: the embedded subset)");
  train->add_option("--classes", tr.classes, "Classes to keep, e.g. 0,1");
  train->add_option("--per-class", tr.perClass, "The first N samples of each class, N ≥ 1 (default: the preset's)")
      ->check(CLI::Range(1, 100000000));
  train->add_flag("--invert", tr.invert,
                  "With an image folder: dark ink on light paper (scans, photos), inverted to MNIST's light on dark");
  train->add_flag("--color", tr.color,
                  "With an image folder: keep colour (3 channels R, G, B) instead of grey; a preset's first layer "
                  "takes the 3 channels");
  train->add_option("--split", tr.split, "Train fraction when --data is one IDX pair or an image folder (default 0.8)")
      ->check(CLI::Range(0.01, 0.99));
  train->add_option("--threads", tr.threads, threadsHelp)->check(CLI::Range(1, 64));
  train->add_option("--save", tr.save, "Save the trained model to this file");
  train->add_flag("--show-predictions", tr.showPredictions, "Print 'pred: P, true: T' for each test sample");
  train->add_flag("--json", tr.json, "Print one JSON document of the results");

  GradcheckArgs gc;
  auto* gradcheck = app.add_subcommand("gradcheck", "Check every layer's gradients against central differences");
  gradcheck->add_option("--preset", gc.preset, "seed-binary, mlp or lenet5");
  gradcheck->add_option("--net", gc.net, "A network JSON file instead of a preset");
  gradcheck->add_option("--seed", gc.seed, "Random seed (a non-negative integer)")->check(nonNegative);
  gradcheck->add_option("--entries", gc.entries, "Entries compared per layer, 1–100000")->check(CLI::Range(1, 100000));
  gradcheck->add_flag("--json", gc.json, "Print one JSON document holding max_relative_error");

  NetArgs na;
  auto* net = app.add_subcommand("net", "Show a network's layers and shapes, or export it as JSON");
  net->add_option("--preset", na.preset, "A preset's network");
  net->add_option("--net", na.net, "A network JSON file to check");
  net->add_option("--export", na.exportPath, "Write the network as JSON to this file");
  net->add_flag("--json", na.json, "Print one JSON document");

  BenchArgs ba;
  auto* bench = app.add_subcommand("bench", "Time training and inference of presets against the measured GEMM ceiling");
  bench->add_option("--preset", ba.presets, "Presets to time (default: seed-binary lenet5)");
  bench->add_option("--threads", ba.threads, threadsHelp)->check(CLI::Range(1, 64));
  bench->add_option("--repeats", ba.repeats, "Timed runs per preset, 1–1000; medians are reported")->check(CLI::Range(1, 1000));
  bench->add_option("--steps", ba.steps, "Training steps per timed run, 1–1000000")->check(CLI::Range(1, 1000000));
  bench->add_option("--batch", ba.batch, "Batch size instead of the preset's, 1–100000")->check(CLI::Range(1, 100000));
  bench->add_flag("--json", ba.json, "Print one JSON document of the results");
  const ExampleCommand example(app);
  const ExerciseCommand exercise(app);

  ServeCommand serve(app);

  CliModelArgs model;
  registerModelCommands(app, model);

  const CliCommand profile = addProfileCommand(app);
  const CliCommand experiment = addExperimentCommand(app);

  // An empty value ("--lr ''") would otherwise leave the default in place without a word: refused,
  // exit 2, for every option of every command and subcommand (exercise new, diagnose).
  const CLI::Validator notEmpty([](std::string& v) { return v.empty() ? std::string("an empty value") : std::string(); },
                                "", "NotEmpty");
  std::function<void(CLI::App&)> refuseEmpty = [&](CLI::App& command) {
    for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) {
      for (CLI::Option* option : sub->get_options([](CLI::Option* o) { return o->get_type_size() != 0; }))
        option->check(notEmpty);
      refuseEmpty(*sub);
    }
  };
  refuseEmpty(app);

  if (argc > 1 && argv[1][0] != '-') {
    std::string known;
    bool found = false;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      found = found || sub->get_name() == argv[1];
      known += (known.empty() ? "" : ", ") + sub->get_name();
    }
    if (!found) {
      err << "error: unknown command " << inQuotes(argv[1]) << " (commands: " << known << ")\n";
      return 2;
    }
  }
  // CLI11 reads "--threads= --epochs 1" as --threads taking "--epochs"; an empty value is a mistake.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 3 && arg.starts_with("--") && arg.ends_with('=') && arg.find('=') == arg.size() - 1) {
      err << "error: " << oneLine(arg.substr(0, arg.size() - 1)) << ": an empty value (see --help)\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
    tr.splitGiven = train->count("--split") > 0;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, out, err);  // --help (of the right command), --version
    err << "error: " << oneLine(e.what(), false) << " (see --help)\n";
    return 2;
  }
  // The contract (cnnlab-cli(1), docs/cnnlab-cli.h2m): with --json, stdout holds the one JSON document and nothing else,
  // so the people's text (progress, tables, "wrote …") goes to stderr.
  std::ostream& text = jsonChosen(app) ? err : out;
  try {
    if (*correlate) return runCorrelate(corr, text, out);
    if (*train) return runTrain(tr, text, err, out);
    if (*gradcheck) return runGradcheck(gc, text, out);
    if (*net) return runNet(na, text, out);
    if (*bench) return runBench(ba, text, out);
    if (example.chosen()) return example.run(text, out);
    if (exercise.chosen()) return exercise.run(text, out);
    if (serve.chosen()) return serve.run(out, err);
    if (const int code = runModelCommands(model, text, out); code >= 0) return code;
    if (*profile.app) return profile.run(text, out);
    if (*experiment.app) return experiment.run(text, out);
  } catch (const std::filesystem::filesystem_error& e) {  // said as the other file errors are: "PATH: reason"
    err << "error: " << oneLine(e.path1().string(), false) << ": " << e.code().message() << '\n';
    return 1;
  } catch (const std::exception& e) {
    err << "error: " << oneLine(e.what(), false) << '\n';  // the contract: one line, whatever the input held
    return 1;
  }
  return 2;
}

int runCli(int argc, char** argv) { return runCli(argc, argv, std::cout, std::cerr); }

}  // namespace cnnlab
