// Timing the engine: the machine's GEMM ceiling, measured in-process, and training / inference
// speed of a preset against it (cnnlab-cli bench, BENCHMARKS.md).
#pragma once

#include <string>
#include <vector>

#include "engine/network.hpp"
#include "engine/presets.hpp"

namespace cnnlab {

// Multiply-adds × 2 of one sample through the network: forward, and training = forward +
// weight gradients + input gradients (none for the first layer), as ../shared/bench counts them.
// Pooling, activations, losses and the update are not counted.
struct FlopCount {
  double forward = 0;
  double training = 0;
};
FlopCount countFlops(const Network<float>& network);

// Best-of-repeats GFLOP/s of an n × n × n float32 GEMM (Armadillo → OpenBLAS sgemm) on as many threads
// as computeThreads().
double measureGemmGflops(std::size_t n = 1024, std::size_t repeats = 5);

// The least time a per-sample SGD step can take when it is bound by moving the dense layers'
// weights: each W is read once by the forward pass and read and written once by the fused
// backward + update (simd::denseBackwardUpdate), so ~3 × its bytes cross between the caches
// and the core every step. Timed (median of repeats) with the plainest streaming loops over a
// buffer of `floats` values: one read pass, then one read-and-write pass, as a step does. µs.
double measureWeightStreamMicroseconds(std::size_t floats, std::size_t repeats = 201);

struct BenchOptions {
  std::size_t repeats = 5;       // timed runs; the median is reported
  std::size_t minSteps = 200;    // training steps per timed run (one epoch of seed-binary)
  std::size_t batchOverride = 0; // 0: the preset's batch size
};

struct BenchResult {
  std::string preset;
  std::size_t batch = 0;
  double usPerStep = 0;                // median over the runs (wall clock)
  double cpuUsPerStep = 0;             // process CPU time per step, median: what a busy machine inflates less
  double trainSamplesPerSecond = 0;
  double inferenceSamplesPerSecond = 0;  // the preset's test set in batches of 256
  FlopCount flops;                      // per sample
  double trainGflops = 0, inferenceGflops = 0;
  double denseWeightBytes = 0;           // all dense layers' W
  double memoryFloorUs = 0;              // per-sample presets: measureWeightStreamMicroseconds over them
  std::vector<double> usPerStepRuns;    // every run, for the spread
};

// Builds the preset's network (seed 0) and data from the embedded MNIST subset, warms up, then
// times repeats runs of minSteps training steps and as many inference passes over the test set.
BenchResult benchPreset(const Preset& preset, const BenchOptions& options = {});

}  // namespace cnnlab
