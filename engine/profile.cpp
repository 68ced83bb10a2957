// Per-layer timing of a training step.
#include "engine/profile.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "engine/data/preset_data.hpp"
#include "engine/experiments.hpp"
#include "engine/health.hpp"
#include "engine/run_recorder.hpp"
#include "engine/network_spec.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double microseconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::micro>(b - a).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

ProfileResult profilePreset(const Preset& preset, const ProfileOptions& options) {
  setComputeThreads(computeThreads());  // OpenBLAS single-threaded, as training runs it (threads.hpp)
  const PresetData data = preparePresetData(preset, embeddedMnist());
  const std::size_t N = options.batch ? options.batch : preset.batchSize;
  if (N == 0 || N > data.train.size())
    throw std::invalid_argument("batch " + std::to_string(N) + " does not fit the " + std::to_string(data.train.size()) +
                                " training images of " + preset.name);
  const std::size_t rounds = std::max<std::size_t>(options.repeats, 1), steps = std::max<std::size_t>(options.steps, 1);
  const float rate = float(preset.learningRate);

  // One network serves the three measures in turn (layer by layer, the Trainer's whole step, its
  // fused step): timings do not depend on the weights' values, and each copy of a network holds its
  // own batch of activations (three copies took lenet5 at --batch 8000 to 1.8 GB).
  Network<float> net = buildNetwork<float>(preset.network, data.train.classCount());
  net.initialize(0);
  Trainer trainer(net, data.train, {.learningRate = preset.learningRate, .batchSize = N, .fused = false});

  const std::size_t L = net.layerCount();
  const auto ranges = net.parameterRanges();
  // [round][layer]: µs per step
  std::vector<std::vector<double>> forward(L), backward(L), update(L);
  std::vector<double> loss, stepTimes, fusedTimes;
  std::vector<arma::fmat> out(L), delta(L + 1);
  arma::fmat lossGradient, x;  // x: the batch's pixels as floats, reused
  std::size_t position = 0;

  for (std::size_t r = 0; r < rounds; ++r) {
    std::vector<double> f(L, 0), b(L, 0), u(L, 0);
    double l = 0, w = 0, fu = 0;
    // Step by step in turn (layer-timed, whole, fused), so that a busy machine slows all three alike.
    for (std::size_t s = 0; s < steps; ++s) {
      if (position + N > data.train.size()) position = 0;
      data.train.gatherRange(position, N, x);
      const arma::fmat y = data.train.targets.cols(position, position + N - 1);
      position += N;
      for (std::size_t i = 0; i < L; ++i) {
        const arma::fmat& in = i == 0 ? x : out[i - 1];
        out[i].set_size(net.layer(i).outputShape().size(), N);
        const auto t0 = Clock::now();
        net.layer(i).forward(in, out[i]);
        f[i] += microseconds(t0, Clock::now());
      }
      auto t0 = Clock::now();
      lossGradient.set_size(out[L - 1].n_rows, N);
      volatile double value = net.loss().value(out[L - 1], y);  // as Trainer::step scores the batch
      (void)value;
      net.loss().gradient(out[L - 1], y, lossGradient);
      l += microseconds(t0, Clock::now());
      const arma::fmat* upstream = &lossGradient;
      for (std::size_t i = L; i-- > 0;) {
        arma::fmat* inputGradient = nullptr;
        if (i > 0) {
          delta[i].set_size(net.layer(i).inputShape().size(), N);
          inputGradient = &delta[i];
        }
        t0 = Clock::now();
        net.layer(i).backward(i == 0 ? x : out[i - 1], out[i], *upstream, inputGradient);
        b[i] += microseconds(t0, Clock::now());
        upstream = inputGradient;
      }
      for (std::size_t i = 0; i < L; ++i) {
        if (ranges[i].count == 0) continue;
        t0 = Clock::now();
        float* theta = net.parameters().memptr() + ranges[i].offset;
        const float* g = net.gradients().memptr() + ranges[i].offset;
        for (std::size_t k = 0; k < ranges[i].count; ++k) theta[k] -= rate * g[k];  // θ ← θ − η ∂E/∂θ
        u[i] += microseconds(t0, Clock::now());
      }
      trainer.setFused(false);
      t0 = Clock::now();
      trainer.step();
      w += microseconds(t0, Clock::now());
      trainer.setFused(true);
      t0 = Clock::now();
      trainer.step();
      fu += microseconds(t0, Clock::now());
    }
    for (std::size_t i = 0; i < L; ++i) {
      forward[i].push_back(f[i] / double(steps));
      backward[i].push_back(b[i] / double(steps));
      update[i].push_back(u[i] / double(steps));
    }
    loss.push_back(l / double(steps));
    stepTimes.push_back(w / double(steps));
    fusedTimes.push_back(fu / double(steps));
  }

  ProfileResult result;
  result.preset = preset.name;
  result.batch = N;
  result.threads = std::size_t(computeThreads());
  for (std::size_t i = 0; i < L; ++i) {
    const Layer<float>& layer = net.layer(i);
    LayerProfile p;
    p.layer = i;
    p.name = std::to_string(i + 1) + " " + layer.describe();
    p.forwardUs = median(forward[i]);
    p.backwardUs = median(backward[i]);
    p.updateUs = median(update[i]);
    const double macs = 2 * layer.multiplyAdds() * double(N);
    p.flops = macs + macs + (i > 0 ? macs : 0) + 2 * double(ranges[i].count);
    result.layerSumUs += p.totalUs();
    result.layers.push_back(std::move(p));
  }
  result.lossUs = median(loss);
  result.layerSumUs += result.lossUs;
  result.stepUs = median(stepTimes);
  result.fusedStepUs = median(fusedTimes);
  return result;
}

OverheadResult measureOverheads(const Preset& preset, const std::string& experimentName, std::size_t rounds,
                                std::size_t stepsPerRound) {
  setComputeThreads(computeThreads());
  const PresetData data = preparePresetData(preset, embeddedMnist());
  const Experiment& experiment = findExperiment(experimentName);
  OverheadResult result;
  result.preset = preset.name;
  result.experiment = experiment.name;
  result.rounds = rounds;
  result.stepsPerRound = stepsPerRound;
  Network<float> plainNet = buildNetwork<float>(preset.network, data.train.classCount());
  plainNet.initialize(0);
  Network<float> healthNet = plainNet.clone();
  const TrainerOptions options{.learningRate = preset.learningRate, .batchSize = preset.batchSize,
                               .momentum = preset.momentum};
  Trainer plain(plainNet, data.train, options);
  Trainer healthy(healthNet, data.train, options);
  RunRecorder record(healthy, data.train, nullptr);  // the worker's epoch accounting and stuck detector
  auto lastProbe = Clock::now() - std::chrono::hours(1);

  auto timePlain = [&] {
    const auto t0 = Clock::now();
    for (std::size_t s = 0; s < stepsPerRound; ++s) plain.step();
    result.plainUs.push_back(microseconds(t0, Clock::now()) / double(stepsPerRound));
  };
  auto timeHealth = [&] {
    const auto t0 = Clock::now();
    for (std::size_t s = 0; s < stepsPerRound; ++s) {
      const StepResult r = healthy.step();
      const auto now = Clock::now();
      if (microseconds(lastProbe, now) >= 250e3) {  // the worker's live panel
        probeHealth(healthNet, data.train, preset.learningRate, 16);
        lastProbe = now;
      }
      record.record(r);
      if (r.epochFinished) record.finishEpoch(0);
    }
    result.healthUs.push_back(microseconds(t0, Clock::now()) / double(stepsPerRound));
  };
  const PresetData runData = preparePresetData(
      Preset{.classes = experiment.classes, .trainPerClass = experiment.perClass, .testPerClass = experiment.perClass},
      embeddedMnist());  // the selection Comparison trains on
  auto timeTrainers = [&] {
    std::vector<std::unique_ptr<Network<float>>> nets;
    std::vector<std::unique_ptr<Trainer>> trainers;
    for (const RunSetting& run : experiment.runs) {  // built outside the timing, as Comparison's are
      nets.push_back(std::make_unique<Network<float>>(buildNetwork<float>(run.network, runData.train.classCount())));
      nets.back()->initialize(0);
      TrainerOptions o = run.options;
      o.batchSize = std::min(o.batchSize, runData.train.size());
      trainers.push_back(std::make_unique<Trainer>(*nets.back(), runData.train, o));
    }
    const auto t0 = Clock::now();
    for (auto& trainer : trainers) {
      try {
        trainer->train(experiment.epochs, &runData.test);
      } catch (const DivergenceError&) {
      }
    }
    result.trainerSeconds.push_back(microseconds(t0, Clock::now()) / 1e6);
  };
  auto timeComparison = [&] {
    Comparison comparison(experiment);  // data and networks prepared outside the timing, as above
    const auto t0 = Clock::now();
    comparison.runToEnd();
    result.comparisonSeconds.push_back(microseconds(t0, Clock::now()) / 1e6);
  };
  for (std::size_t r = 0; r < rounds; ++r) {
    if (r % 2 == 0) {
      timePlain();
      timeHealth();
      timeTrainers();
      timeComparison();
    } else {
      timeHealth();
      timePlain();
      timeComparison();
      timeTrainers();
    }
  }
  result.plainMedianUs = median(result.plainUs);
  result.healthMedianUs = median(result.healthUs);
  result.trainerMedianSeconds = median(result.trainerSeconds);
  result.comparisonMedianSeconds = median(result.comparisonSeconds);
  return result;
}

}  // namespace cnnlab
