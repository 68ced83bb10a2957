// Benchmarks of the engine against the machine's own GEMM ceiling.
#include "engine/bench.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "engine/data/dataset.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/simd.hpp"
#include "engine/network_spec.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double processCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

FlopCount countFlops(const Network<float>& network) {
  FlopCount count;
  bool first = true;
  for (std::size_t i = 0; i < network.layerCount(); ++i) {
    const double macs = network.layer(i).multiplyAdds();
    if (macs == 0) continue;
    count.forward += 2 * macs;
    count.training += 2 * macs * (first ? 2 : 3);  // forward, ∂E/∂θ and (after the first) ∂E/∂X
    first = false;
  }
  return count;
}

double measureGemmGflops(std::size_t n, std::size_t repeats) {
  // The ceiling for as many cores as the engine computes on: OpenBLAS's pool, for this only
  setBlasThreads(computeThreads());
  struct Restore {
    ~Restore() { setBlasThreads(1); }
  } restore;
  arma::fmat a(n, n, arma::fill::randu), b(n, n, arma::fill::randu), c(n, n);
  c = a * b;  // warm up the pool and the caches
  std::vector<double> gflops;
  for (std::size_t r = 0; r < repeats; ++r) {
    std::size_t calls = 0;
    const auto start = Clock::now();
    double seconds = 0;
    do {
      c = a * b;
      ++calls;
      seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < 0.1);
    gflops.push_back(2.0 * double(n) * double(n) * double(n) * double(calls) / seconds / 1e9);
  }
  // The best run: a ceiling, which other processes on the machine can only lower
  return *std::max_element(gflops.begin(), gflops.end());
}

double measureWeightStreamMicroseconds(std::size_t floats, std::size_t repeats) {
  std::vector<float> weights(floats, 1.0f);
  volatile float sink = 0;
  std::vector<double> micros;
  for (std::size_t r = 0; r < repeats + 1; ++r) {  // the first pass only warms the caches
    const auto start = Clock::now();
    sink = sink + simd::streamSum(weights.data(), floats);          // forward: read W
    simd::streamScale(weights.data(), floats, r % 2 ? 0.5f : 2.0f);  // backward + update: read, write W
    if (r > 0) micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
  }
  return median(micros);
}

BenchResult benchPreset(const Preset& preset, const BenchOptions& options) {
  const RawSplit raw = embeddedMnist();
  Selection trainSelection{.classes = preset.classes,
                           .perClassLimit = preset.trainPerClass,
                           .shuffle = preset.shuffleOnce,
                           .seed = 0};
  Selection testSelection = trainSelection;
  testSelection.perClassLimit = preset.testPerClass;
  testSelection.seed = 1;
  const Dataset train = makeDataset(raw.train, trainSelection);
  const Dataset test = makeDataset(raw.test, testSelection);

  Network<float> network = buildNetwork<float>(preset.network, train.classCount());
  network.initialize(0);
  const std::size_t batch = options.batchOverride ? options.batchOverride : preset.batchSize;
  Trainer trainer(network, train,
                  {.learningRate = preset.learningRate,
                   .batchSize = batch,
                   .momentum = preset.momentum,
                   .shuffle = preset.shuffleEachEpoch,
                   .seed = 0});
  const std::size_t steps = std::max<std::size_t>(options.minSteps, 1);

  BenchResult result;
  result.preset = preset.name;
  result.batch = batch;
  result.flops = countFlops(network);
  for (std::size_t i = 0; i < network.layerCount(); ++i)
    if (layerTypeOf(network.layer(i).type()).role == LayerRole::Dense)
      result.denseWeightBytes += 4.0 * double(network.layer(i).inputShape().size() * network.layer(i).outputShape().size());
  if (batch == 1 && result.denseWeightBytes > 0) result.memoryFloorUs = measureWeightStreamMicroseconds(std::size_t(result.denseWeightBytes / 4));
  for (std::size_t s = 0; s < std::min<std::size_t>(steps, 20); ++s) trainer.step();  // warm-up
  std::vector<double> samplesPerSecond, cpu;
  for (std::size_t r = 0; r < options.repeats; ++r) {
    std::size_t samples = 0;
    const double cpuStart = processCpuSeconds();
    const auto start = Clock::now();
    for (std::size_t s = 0; s < steps; ++s) samples += trainer.step().samples;
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    cpu.push_back(1e6 * (processCpuSeconds() - cpuStart) / double(steps));
    result.usPerStepRuns.push_back(1e6 * seconds / double(steps));
    samplesPerSecond.push_back(double(samples) / seconds);
  }
  result.usPerStep = median(result.usPerStepRuns);
  result.cpuUsPerStep = median(cpu);
  result.trainSamplesPerSecond = median(samplesPerSecond);

  std::vector<double> inference;
  trainer.evaluate(test, 256);  // warm-up: sizes the buffers for 256
  for (std::size_t r = 0; r < options.repeats; ++r) {
    const auto start = Clock::now();
    trainer.evaluate(test, 256);
    inference.push_back(double(test.size()) / std::chrono::duration<double>(Clock::now() - start).count());
  }
  result.inferenceSamplesPerSecond = median(inference);
  result.trainGflops = result.flops.training * result.trainSamplesPerSecond / 1e9;
  result.inferenceGflops = result.flops.forward * result.inferenceSamplesPerSecond / 1e9;
  return result;
}

}  // namespace cnnlab
