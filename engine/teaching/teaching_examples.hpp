// The stepper's worked examples (the notes' pages with their numbers): correlation and convolution,
// the conv layer's forward and backward pass, max pooling, a kernel from a trained network, and the
// handouts (handout.hpp) print. Every number comes from traceCorrelation or the engine's layers.
// The texts are English; a Phrase (engine/translatable.hpp) also keeps how its words were put
// together, so the desktop can show them in the user's language around the same numbers.
#pragma once

#include <armadillo>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/teaching/correlation.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

// One step a student takes: one cell of a stage's result, with the cells of the left operand it
// reads and the formula written the notes' way.
struct TeachingCell {
  struct Term {
    std::size_t row, col;  // in the left operand (unpadded coordinates)
    std::string text;      // shown on that cell, e.g. "1×2"
  };
  std::size_t outputRow = 0, outputCol = 0;
  // The window over the left operand (top-left may be < 0 inside the zero padding); size 0 = none.
  long windowRow = 0, windowCol = 0;
  std::size_t windowHeight = 0, windowWidth = 0;
  std::vector<Term> terms;
  long highlightRow = -1, highlightCol = -1;              // left cell to emphasise (a pool's argmax)
  long kernelHighlightRow = -1, kernelHighlightCol = -1;  // kernel cell to emphasise
  // Result cells written by this step (a correlation writes its own cell; pool backward a window).
  std::vector<std::pair<std::size_t, std::size_t>> writes;
  Phrase label;     // "a", "∂E/∂x₁₂", "y₁(1,2)"
  Phrase formula;   // "a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"
  Phrase symbolic;  // "∂E/∂x₁₂ = ∂E/∂y₁₁·k₁₂ + ∂E/∂y₁₂·k₁₁" (empty when not useful)
  // The formula for a projector, one written term per line (empty: the board shows formula).
  std::vector<Phrase> lines;
  double value = 0;
};

enum class StageKind { Correlation, Sum, Copy, MaxPoolForward, MaxPoolBackward };

// One operation of an example: left operand (optionally with a kernel) → result, cell by cell.
struct TeachingStage {
  StageKind kind = StageKind::Correlation;
  Phrase title;          // "∂E/∂K = X ★ ∂E/∂Y"
  Phrase leftName, kernelName, resultName, operatorSymbol;  // "X", "∂E/∂Y", "∂E/∂K", "★"
  arma::mat left;        // H × W as given (zero padding is drawn around it)
  std::size_t paddingRows = 0, paddingCols = 0;  // zero rings drawn around left (full mode: k − 1)
  arma::mat kernel;            // as given (empty when the stage has none)
  arma::mat appliedKernel;     // what slides over the left operand: rot180(kernel) for convolution
  bool kernelRotated = false;
  arma::mat result;            // the complete result
  std::vector<TeachingCell> cells;        // in the order they are computed
  std::optional<CorrelationTrace> trace;  // Correlation stages: the trace the cells came from
};

struct TeachingExample {
  std::string name;
  Phrase title, description;
  std::vector<TeachingStage> stages;

  std::size_t stepCount() const;  // total cells over all stages
  // The stage and cell computed at step s (1-based: step 1 is the first cell). s in [1, stepCount()].
  std::pair<std::size_t, std::size_t> locate(std::size_t step) const;
  // The step that computes cell c of stage st (1-based).
  std::size_t stepOf(std::size_t stage, std::size_t cell) const;
};

// Names of the built-in examples, in menu order (example_registry.hpp has the whole table).
const std::vector<std::string>& teachingExampleNames();

// A built-in example by name with its default parameters: buildExample(exampleInfo(name)). Throws
// std::invalid_argument for an unknown name and for an example that needs a model.
TeachingExample makeTeachingExample(const std::string& name);

// The notes' examples the registry builds (example_registry.cpp).
// One correlation (or convolution) of input with kernel, cells labelled a, b, c, … (y[r][c] past z).
TeachingExample notesCorrelationExample(const std::string& name, const Phrase& title, const Phrase& description,
                                        const arma::mat& input, const arma::mat& kernel, const CorrelationOptions& options);
TeachingExample convLayerForwardExample();   // y_i = B_i + Σ_j x_j ★ K_ij: 3 channels, 2 kernels
TeachingExample convLayerBackwardExample();  // ∂E/∂K, ∂E/∂B, ∂E/∂X of the 3×3 input and 2×2 kernel
TeachingExample maxPoolExample();            // 2×2 max pooling, forward and backward

// A one-stage example of the user's own matrices; cells are labelled a, b, c, … (y[r][c] past z).
// Throws std::invalid_argument (from checkCorrelationShapes) when the shapes are impossible.
TeachingExample correlationExample(const arma::mat& input, const arma::mat& kernel,
                                   const CorrelationOptions& options, const Phrase& title = {});

// The first convolutional layer of a model: its kernel K_ij (i = kernelIndex, j = channel)
// correlated with the (patch × patch) patch of image (H × W, values in [0, 1]) with the most
// contrast. image is channel j of the input (for a colour network, its R, G or B plane); the layer
// adds the other channels' correlations and its bias to this one. parameters must be the network's
// flat parameter vector. Throws std::invalid_argument when the model has no convolutional layer,
// the parameters do not fit, the kernel or channel does not exist, or the image is smaller than the patch.
TeachingExample fromNetworkExample(const nlohmann::json& spec, const arma::fvec& parameters,
                                   const arma::mat& image, std::size_t kernelIndex = 0,
                                   std::size_t patch = 0 /* 0: kernel size + 3 */, std::size_t channel = 0);

// Indices of the cells of a stage whose sums read left-operand cell (row, col).
std::vector<std::size_t> cellsUsing(const TeachingStage& stage, std::size_t row, std::size_t col);

// "₁₂" for 12: Unicode subscript digits, as the notes index x₁₁ … x₃₃.
std::string subscript(std::size_t n);

}  // namespace cnnlab
