// What the training worker publishes: a value copy of everything the dashboard draws, so the GUI
// never touches the live network. Sent as a shared pointer to const (one copy, many readers).
#pragma once

#include <armadillo>
#include <memory>
#include <string>
#include <vector>

#include <QFlags>
#include <QMetaType>

#include "engine/health.hpp"
#include "engine/shape.hpp"
#include "engine/trainer.hpp"
#include "ui/training/model_snapshot.hpp"

namespace cnnlab {

// The kernels of one convolutional layer. C = input channels, k = kernel size, K = kernels.
// Or, for a network without convolution whose first weights read the image (a Dense layer,
// perhaps after a Reshape): each unit's incoming weights as an image of the input's shape,
// what that unit looks for (then denseUnits is set, size × width is the input's H × W and
// count may be less than the layer's units).
struct KernelSet {
  std::size_t layer = 0;             // index in the network
  std::string description;           // "Conv 5@3×3", "Dense 784→100"
  std::size_t channels = 1, size = 1, count = 1;
  std::size_t width = 0;             // 0: square kernels (size × size)
  bool denseUnits = false;
  std::size_t units = 0;             // denseUnits: the layer's units (count shows the first ones)
  arma::fmat kernels;                // (C·k·k) × K: column i = kernel i, channel after channel, each k × k column-major

  std::size_t columns() const { return width ? width : size; }
  // K_ij as a k × k matrix (row 0 = top).
  arma::fmat kernel(std::size_t i, std::size_t j) const {
    const std::size_t cells = size * columns();
    return arma::reshape(kernels.col(i).rows(j * cells, (j + 1) * cells - 1), size, columns());
  }
};

// The first convolutional layer's kernels around the last published step: before, ∂E/∂K, after.
struct LastStep {
  bool valid = false;
  std::size_t step = 0;        // the step (1-based) these belong to
  double learningRate = 0;
  KernelSet before, gradient, after;
};

// One layer's output for the selected test image. H × W × D in shape; values column-major per channel.
struct LayerActivation {
  std::size_t layer = 0;
  std::string type, description;
  Shape shape;
  arma::fvec values;
};

enum class RunState { Idle, Running, Paused, Diverged };

// The costly parts of a snapshot, built only when some view shows them.
enum class SnapshotPart : unsigned {
  Kernels = 1,      // every convolutional layer's kernels (or a first dense layer's units)
  LastStep = 2,     // the first conv layer's kernels before, ∂E/∂K and after the last step
  Activations = 4,  // every layer's output for the selected test image
  Health = 8,       // per-layer training health (engine/health.hpp) on a probe batch, at most 4× a second
};
Q_DECLARE_FLAGS(SnapshotParts, SnapshotPart)
constexpr SnapshotParts kAllSnapshotParts{SnapshotPart::Kernels, SnapshotPart::LastStep, SnapshotPart::Activations};

struct TrainingSnapshot {
  std::uint64_t generation = 0;       // changes when the network or data is replaced
  RunState state = RunState::Idle;
  std::size_t epochsDone = 0, steps = 0;
  std::size_t position = 0, samplesPerEpoch = 0;  // samples done in the current epoch
  double learningRate = 0;
  std::size_t batchSize = 1;
  double samplesPerSecond = 0;        // over the last second of training
  double runningLoss = 0, runningAccuracy = 0;  // this epoch so far

  std::size_t firstStep = 0;          // step index (1-based) of stepLosses[0]
  std::vector<double> stepLosses;     // batch losses of the steps since the previous snapshot
  std::vector<EpochStats> epochs;     // epochs finished since the previous snapshot

  SnapshotParts parts;                // which of the costly parts below were built
  bool hasEvaluation = false;         // test-set evaluation with the current weights
  Evaluation evaluation;

  std::vector<KernelSet> kernels;     // every convolutional layer (or a first dense layer's units, see KernelSet)
  LastStep lastStep;

  int image = 0;                      // index of the selected test image
  arma::fvec input;                   // that image, D·H·W in Shape's column layout (Dataset::sample)
  std::vector<LayerActivation> activations;
  // With the activations: |∂Y_c/∂X| of the predicted class c over that image (engine/saliency.hpp).
  arma::fvec saliency;
  int saliencyClass = -1;

  ModelSnapshotPtr model;             // spec + weights at this moment

  HealthReport health;                // SnapshotPart::Health: the latest probe (at most 250 ms old)
  std::string stuck;                  // the stuck-run detector's sentence once it fired this run; always sent
};

using TrainingSnapshotPtr = std::shared_ptr<const TrainingSnapshot>;

}  // namespace cnnlab

Q_DECLARE_OPERATORS_FOR_FLAGS(cnnlab::SnapshotParts)
Q_DECLARE_METATYPE(cnnlab::TrainingSnapshotPtr)
Q_DECLARE_METATYPE(cnnlab::RunState)
