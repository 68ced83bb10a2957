// The stepper's worked examples, built from traceCorrelation and the engine's layers (see teaching_examples.hpp).
#include "engine/teaching/teaching_examples.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

#include "engine/layers/convolutional.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/layers/max_pool.hpp"
#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/network_spec.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

// "₁₂" style 1-based index pair of a matrix element.
std::string at(std::size_t row, std::size_t col) { return subscript(row + 1) + subscript(col + 1); }

// Output cell (r, c), computed from the size × size window whose top-left is (windowRow, windowCol).
TeachingCell windowCell(std::size_t r, std::size_t c, long windowRow, long windowCol, std::size_t size) {
  TeachingCell cell;
  cell.outputRow = r;
  cell.outputCol = c;
  cell.windowRow = windowRow;
  cell.windowCol = windowCol;
  cell.windowHeight = cell.windowWidth = size;
  return cell;
}

// "label = t₁ + t₂ + …" with one term per product of a traced cell, as the notes write a gradient.
template <typename Term>
std::string sumOfProducts(const std::string& label, const TraceCell& cell, Term term) {
  std::string text = label + " =";
  for (std::size_t i = 0; i < cell.products.size(); ++i) text += std::string(i ? " + " : " ") + term(cell.products[i]);
  return text;
}

using Labeler = std::function<std::string(const TraceCell&, std::size_t index)>;
using Symbolizer = std::function<std::string(const TraceCell&, const CorrelationTrace&, const std::string& label)>;

struct StageNames {
  Phrase title, left, kernel, result, op;
};

// One correlation (or convolution) as a stage: each output cell of the trace is one step.
TeachingStage correlationStage(const arma::mat& left, const arma::mat& kernel, const CorrelationOptions& options,
                               const StageNames& names, const Labeler& label, const Symbolizer& symbolic = {}) {
  TeachingStage stage;
  stage.kind = StageKind::Correlation;
  stage.title = names.title;
  stage.leftName = names.left;
  stage.kernelName = names.kernel;
  stage.resultName = names.result;
  stage.operatorSymbol = names.op;
  CorrelationTrace trace = traceCorrelation(left, kernel, options);
  stage.left = trace.input;
  stage.kernel = trace.kernel;
  stage.appliedKernel = trace.appliedKernel;
  stage.kernelRotated = options.operation == Operation::Convolve;
  if (!trace.cells.empty()) {
    stage.paddingRows = std::size_t(std::max(0L, -trace.cells.front().windowRow));
    stage.paddingCols = std::size_t(std::max(0L, -trace.cells.front().windowCol));
  }
  stage.result = trace.output;
  for (std::size_t index = 0; index < trace.cells.size(); ++index) {
    const TraceCell& cell = trace.cells[index];
    TeachingCell step;
    step.outputRow = cell.outputRow;
    step.outputCol = cell.outputCol;
    step.windowRow = cell.windowRow;
    step.windowCol = cell.windowCol;
    step.windowHeight = trace.appliedKernel.n_rows;
    step.windowWidth = trace.appliedKernel.n_cols;
    for (const TraceProduct& p : cell.products)
      step.terms.push_back({p.inputRow, p.inputCol, factor(p.inputValue) + "\u00d7" + factor(p.kernelValue)});
    step.writes = {{cell.outputRow, cell.outputCol}};
    step.label = label(cell, index);
    step.formula = formatCell(cell, step.label);
    if (symbolic) step.symbolic = symbolic(cell, trace, step.label);
    step.value = cell.sum;
    stage.cells.push_back(std::move(step));
  }
  stage.trace = std::move(trace);
  return stage;
}

Labeler letters() {
  return [](const TraceCell& cell, std::size_t index) {
    const std::string letter = cellLetter(index);
    return letter.empty() ? "y[" + std::to_string(cell.outputRow) + "][" + std::to_string(cell.outputCol) + "]"
                          : letter;
  };
}

Labeler indexed(const std::string& name) {
  return [name](const TraceCell& cell, std::size_t) { return name + at(cell.outputRow, cell.outputCol); };
}

std::string operatorFor(const CorrelationOptions& options) {
  std::string op = options.operation == Operation::Convolve ? "*" : "\u2605";
  return options.mode == CorrelationMode::Full ? "full-" + op : op;
}

}  // namespace

TeachingExample notesCorrelationExample(const std::string& name, const Phrase& title, const Phrase& description,
                                        const arma::mat& input, const arma::mat& kernel, const CorrelationOptions& options) {
  TeachingExample example{name, title, description, {}};
  example.stages.push_back(correlationStage(
      input, kernel, options, {title, "I", "K", "Y", operatorFor(options)}, letters()));
  return example;
}

// Conv layer forward (notes): y_i = B_i + Σ_j x_j ★ K_ij with 3 input channels and 2 kernels.
TeachingExample convLayerForwardExample() {
  TeachingExample example{"conv-layer-forward",
                          QT_TRANSLATE_NOOP("engine", "Conv layer forward: yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ"),
                          QT_TRANSLATE_NOOP("engine", "3 input channels (3×3) and 2 kernels (each 3 × 2×2), one bias matrix per output: "
                                                      "correlate each channel with its kernel slice, add the three results, add the bias."),
                          {}};
  const std::vector<arma::mat> x = {{{1, 6, 2}, {5, 3, 1}, {7, 0, 9}},
                                    {{2, 0, 1}, {1, 3, 2}, {0, 1, 4}},
                                    {{0, 1, 3}, {2, 2, 0}, {1, 5, 1}}};
  const std::vector<std::vector<arma::mat>> k = {
      {{{1, 2}, {-1, 0}}, {{0, 1}, {1, 0}}, {{2, 0}, {0, -1}}},
      {{{-1, 0}, {0, 1}}, {{1, 1}, {1, 1}}, {{0, -2}, {1, 0}}}};
  const std::vector<arma::mat> b = {{{1, 0}, {-1, 2}}, {{0, 1}, {1, 0}}};
  for (std::size_t i = 0; i < k.size(); ++i) {
    const std::string yi = "y" + subscript(i + 1), bi = "B" + subscript(i + 1);
    std::vector<arma::mat> partial;
    std::vector<std::string> partialNames;
    for (std::size_t j = 0; j < x.size(); ++j) {
      const std::string xj = "x" + subscript(j + 1), kij = "K" + subscript(i + 1) + subscript(j + 1);
      const std::string product = xj + " \u2605 " + kij;
      TeachingStage stage = correlationStage(x[j], k[i][j], {}, {yi + ": " + product, xj, kij, product, "\u2605"},
                                             letters());
      partial.push_back(stage.result);
      partialNames.push_back("(" + xj + "\u2605" + kij + ")");
      example.stages.push_back(std::move(stage));
    }
    // The sum stage: y_i = B_i + Σ_j (x_j ★ K_ij), one output cell at a time.
    TeachingStage sum;
    sum.kind = StageKind::Sum;
    sum.title = yi + " = " + bi;
    for (const std::string& p : partialNames) sum.title += " + " + p;
    // Shown as B_i + S_i = y_i with S_i = Σ_j x_j ★ K_ij, the three correlations just computed.
    arma::mat correlations(b[i].n_rows, b[i].n_cols, arma::fill::zeros);
    for (const arma::mat& p : partial) correlations += p;
    sum.leftName = bi;
    sum.kernelName = "\u03a3\u2c7c x\u2c7c \u2605 K" + subscript(i + 1) + "\u2c7c";
    sum.resultName = yi;
    sum.operatorSymbol = "+";
    sum.left = b[i];
    sum.kernel = correlations;
    sum.appliedKernel = correlations;
    sum.result = b[i] + correlations;
    for (std::size_t r = 0; r < sum.result.n_rows; ++r)
      for (std::size_t c = 0; c < sum.result.n_cols; ++c) {
        TeachingCell cell = windowCell(r, c, long(r), long(c), 1);
        cell.terms = {{r, c, "B = " + formatNumber(b[i](r, c))}};
        cell.kernelHighlightRow = long(r);
        cell.kernelHighlightCol = long(c);
        cell.writes = {{r, c}};
        const std::string where = "(" + std::to_string(r + 1) + "," + std::to_string(c + 1) + ")";
        cell.label = yi + where;
        cell.symbolic = cell.label + " = " + bi + where;
        for (const std::string& p : partialNames) cell.symbolic += " + " + p + where;
        cell.formula = cell.label + " = " + formatNumber(b[i](r, c));
        for (const arma::mat& p : partial) cell.formula += " + " + factor(p(r, c));
        cell.value = sum.result(r, c);
        cell.formula += " = " + formatNumber(cell.value);
        sum.cells.push_back(std::move(cell));
      }
    example.stages.push_back(std::move(sum));
  }
  return example;
}

// Conv layer backward (notes): the 3×3 input, 2×2 kernel example with numbers.
TeachingExample convLayerBackwardExample() {
  TeachingExample example{"conv-layer-backward",
                          QT_TRANSLATE_NOOP("engine", "Conv layer backward: ∂E/∂K, ∂E/∂B, ∂E/∂X"),
                          QT_TRANSLATE_NOOP("engine", "Y = B + X ★ K with X 3×3 and K 2×2; given ∂E/∂Y (2×2) from the next layer."),
                          {}};
  const arma::mat X = {{1, 6, 2}, {5, 3, 1}, {7, 0, 4}};
  const arma::mat K = {{1, 2}, {-1, 0}};
  const arma::mat dY = {{1, -1}, {2, 3}};

  // ∂E/∂k_uv = Σ_rc ∂E/∂y_rc · x_(r+u)(c+v): the trace's kernel is ∂E/∂Y, its input X.
  example.stages.push_back(correlationStage(
      X, dY, {}, {"\u2202E/\u2202K = X \u2605 \u2202E/\u2202Y", "X", "\u2202E/\u2202Y", "\u2202E/\u2202K", "\u2605"},
      indexed("\u2202E/\u2202k"), [](const TraceCell& cell, const CorrelationTrace&, const std::string& label) {
        return sumOfProducts(label, cell, [](const TraceProduct& p) {
          return "\u2202E/\u2202y" + at(p.kernelRow, p.kernelCol) + "\u00b7x" + at(p.inputRow, p.inputCol);
        });
      }));

  TeachingStage bias;
  bias.kind = StageKind::Copy;
  bias.title = "\u2202E/\u2202B = \u2202E/\u2202Y";
  bias.leftName = "\u2202E/\u2202Y";
  bias.resultName = "\u2202E/\u2202B";
  bias.operatorSymbol = "=";
  bias.left = dY;
  bias.result = dY;
  for (std::size_t r = 0; r < dY.n_rows; ++r)
    for (std::size_t c = 0; c < dY.n_cols; ++c) {
      TeachingCell cell = windowCell(r, c, long(r), long(c), 1);
      cell.terms = {{r, c, ""}};
      cell.writes = {{r, c}};
      cell.label = "\u2202E/\u2202b" + at(r, c);
      cell.symbolic = cell.label + " = \u2202E/\u2202y" + at(r, c);
      cell.value = dY(r, c);
      cell.formula = cell.label + " = " + formatNumber(cell.value);
      bias.cells.push_back(std::move(cell));
    }
  example.stages.push_back(std::move(bias));

  // ∂E/∂X = ∂E/∂Y full-★ rot180(K): a full convolution of ∂E/∂Y with K.
  example.stages.push_back(correlationStage(
      dY, K, {.mode = CorrelationMode::Full, .operation = Operation::Convolve},
      {"\u2202E/\u2202X = \u2202E/\u2202Y full-\u2605 rot180(K)", "\u2202E/\u2202Y", "K", "\u2202E/\u2202X",
       "full-\u2605 rot180"},
      indexed("\u2202E/\u2202x"), [](const TraceCell& cell, const CorrelationTrace& trace, const std::string& label) {
        // The applied kernel is rot180(K): applied (u, v) is K(kh − 1 − u, kw − 1 − v).
        const std::size_t kh = trace.kernel.n_rows, kw = trace.kernel.n_cols;
        return sumOfProducts(label, cell, [&](const TraceProduct& p) {
          return "\u2202E/\u2202y" + at(p.inputRow, p.inputCol) + "\u00b7k" + at(kh - 1 - p.kernelRow, kw - 1 - p.kernelCol);
        });
      }));
  return example;
}

// 2×2 max pooling with stride 2: forward (argmax) and backward (routing to the argmax).
TeachingExample maxPoolExample() {
  TeachingExample example{"maxpool", QT_TRANSLATE_NOOP("engine", "2×2 max pooling: forward and backward"),
                          QT_TRANSLATE_NOOP("engine", "Forward keeps each window's largest value (its argmax is remembered); backward sends each "
                                                      "output gradient to that argmax only, the other cells of the window get 0."),
                          {}};
  const arma::mat X = {{1, 3, 2, 4}, {5, 6, 1, 0}, {7, 2, 9, 8}, {3, 1, 4, 6}};
  const arma::mat dY = {{1, -2}, {3, 4}};
  const std::size_t size = 2, stride = 2;
  // The engine's layer computes every number: its forward pass, its argmax and its backward pass.
  MaxPool<double> pool({.inputDepth = 1, .inputHeight = X.n_rows, .inputWidth = X.n_cols, .size = size,
                        .stride = stride});
  const std::size_t Ho = pool.outputShape().height, Wo = pool.outputShape().width;
  const arma::mat x = arma::vectorise(X);  // one sample: column-major, element (h, w) at h + H·w
  arma::mat y(Ho * Wo, 1), dX(x.n_rows, 1);
  pool.forward(x, y);
  pool.backward(x, y, arma::vectorise(dY), &dX);

  TeachingStage forward;
  forward.kind = StageKind::MaxPoolForward;
  forward.title = "Y = maxpool\u2082\u2093\u2082(X)";
  forward.leftName = "X";
  forward.resultName = "Y";
  forward.operatorSymbol = "max";
  forward.left = X;
  forward.result.zeros(Ho, Wo);
  TeachingStage backward;
  backward.kind = StageKind::MaxPoolBackward;
  backward.title = QT_TRANSLATE_NOOP("engine", "∂E/∂X: each ∂E/∂y goes to its window's argmax");
  backward.leftName = "X";
  backward.kernelName = "\u2202E/\u2202Y";
  backward.resultName = "\u2202E/\u2202X";
  backward.operatorSymbol = QT_TRANSLATE_NOOP("engine", "route");
  backward.left = X;
  backward.kernel = dY;
  backward.appliedKernel = dY;
  backward.result = arma::reshape(dX, X.n_rows, X.n_cols);
  for (std::size_t r = 0; r < Ho; ++r)
    for (std::size_t c = 0; c < Wo; ++c) {
      TeachingCell cell = windowCell(r, c, long(r * stride), long(c * stride), size);
      const std::size_t best = pool.argmax(x.memptr(), r + Ho * c);  // output element (r, c)
      const std::size_t bestRow = best % X.n_rows, bestCol = best / X.n_rows;
      cell.highlightRow = long(bestRow);
      cell.highlightCol = long(bestCol);
      std::string values;
      for (std::size_t u = 0; u < size; ++u)
        for (std::size_t v = 0; v < size; ++v) {
          const std::size_t row = r * stride + u, col = c * stride + v;
          cell.terms.push_back({row, col, row == bestRow && col == bestCol ? "max" : ""});
          values += (values.empty() ? "" : ", ") + formatNumber(X(row, col));
        }
      const std::size_t index = r * Wo + c;
      cell.label = cellLetter(index);
      cell.value = y(r + Ho * c);
      cell.formula = cell.label + " = max(" + values + ") = " + formatNumber(cell.value);
      cell.symbolic = cell.label + " = x" + at(bestRow, bestCol) + " (argmax)";
      cell.writes = {{r, c}};
      forward.result(r, c) = cell.value;
      forward.cells.push_back(cell);

      TeachingCell back = cell;
      back.kernelHighlightRow = long(r);
      back.kernelHighlightCol = long(c);
      back.writes.clear();
      for (const auto& term : cell.terms) back.writes.push_back({term.row, term.col});
      for (auto& term : back.terms) term.text = (term.row == bestRow && term.col == bestCol) ? "\u2190 " + formatNumber(dY(r, c)) : "0";
      back.label = "\u2202E/\u2202x" + at(bestRow, bestCol);
      back.value = dY(r, c);
      back.formula = Phrase(QT_TRANSLATE_NOOP("engine", "%1   (the other 3 cells of the window: 0)"),
                            {back.label + " = \u2202E/\u2202y" + at(r, c) + " = " + formatNumber(back.value)});
      back.symbolic = back.label + " = \u2202E/\u2202y" + at(r, c);
      backward.cells.push_back(std::move(back));
    }
  example.stages.push_back(std::move(forward));
  example.stages.push_back(std::move(backward));
  return example;
}

std::string subscript(std::size_t n) {
  static const char* digits[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                 "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
  std::string text;
  for (char ch : std::to_string(n)) text += digits[ch - '0'];
  return text;
}

std::size_t TeachingExample::stepCount() const {
  std::size_t n = 0;
  for (const TeachingStage& stage : stages) n += stage.cells.size();
  return n;
}

std::pair<std::size_t, std::size_t> TeachingExample::locate(std::size_t step) const {
  if (step == 0 || step > stepCount()) throw std::out_of_range("step " + std::to_string(step) + " is outside 1…" +
                                                               std::to_string(stepCount()));
  std::size_t index = step - 1;
  for (std::size_t s = 0; s < stages.size(); ++s) {
    if (index < stages[s].cells.size()) return {s, index};
    index -= stages[s].cells.size();
  }
  return {stages.size() - 1, stages.back().cells.size() - 1};  // unreachable
}

std::size_t TeachingExample::stepOf(std::size_t stage, std::size_t cell) const {
  std::size_t step = 1;
  for (std::size_t s = 0; s < stage && s < stages.size(); ++s) step += stages[s].cells.size();
  return step + cell;
}

const std::vector<std::string>& teachingExampleNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const ExampleInfo& e : exampleRegistry()) all.push_back(e.name);
    return all;
  }();
  return names;
}

TeachingExample makeTeachingExample(const std::string& name) { return buildExample(exampleInfo(name)); }

TeachingExample correlationExample(const arma::mat& input, const arma::mat& kernel, const CorrelationOptions& options,
                                   const Phrase& title) {
  Phrase heading = title;
  if (heading.empty()) {
    const bool full = options.mode == CorrelationMode::Full;
    if (options.operation == Operation::Convolve)
      heading = full ? QT_TRANSLATE_NOOP("engine", "Full convolution: I * K = I ★ rot180(K)")
                     : QT_TRANSLATE_NOOP("engine", "Valid convolution: I * K = I ★ rot180(K)");
    else
      heading = full ? QT_TRANSLATE_NOOP("engine", "Full cross-correlation: I ★ K")
                     : QT_TRANSLATE_NOOP("engine", "Valid cross-correlation: I ★ K");
  }
  return notesCorrelationExample("custom", heading, QT_TRANSLATE_NOOP("engine", "Your own matrices."), input, kernel, options);
}

TeachingExample fromNetworkExample(const nlohmann::json& spec, const arma::fvec& parameters, const arma::mat& image,
                                   std::size_t kernelIndex, std::size_t patch, std::size_t channel) {
  Network<float> network = buildNetwork<float>(spec);
  if (parameters.n_elem != network.parameterCount())
    throw std::invalid_argument("the model has " + std::to_string(parameters.n_elem) + " parameters, its network " +
                                std::to_string(network.parameterCount()));
  network.parameters() = parameters;
  std::size_t layerIndex = 0;
  while (layerIndex < network.layerCount() &&
         layerTypeOf(network.layer(layerIndex).type()).role != LayerRole::Convolution)
    ++layerIndex;
  if (layerIndex == network.layerCount())
    throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "the network has no convolutional layer"));
  // The registry builds every layer of the Convolution role as a Convolutional.
  const auto* conv = static_cast<const Convolutional<float>*>(&network.layer(layerIndex));
  const ConvolutionalOptions& o = conv->options();
  if (kernelIndex >= o.kernelCount)
    throw std::invalid_argument("kernel " + std::to_string(kernelIndex + 1) + " does not exist (the layer has " +
                                std::to_string(o.kernelCount) + ")");
  if (channel >= o.inputDepth)
    throw std::invalid_argument("channel " + std::to_string(channel + 1) + " does not exist (the layer reads " +
                                std::to_string(o.inputDepth) + (o.inputDepth == 1 ? " channel)" : " channels)"));
  const std::size_t k = o.kernelSize;
  if (patch == 0) patch = k + 3;
  if (image.n_rows < patch || image.n_cols < patch || patch < k)
    throw std::invalid_argument("the image is smaller than a " + std::to_string(patch) + "×" +
                                std::to_string(patch) + " patch");
  // The patch with the most contrast (an edge of the stroke): neither blank nor flat ink.
  std::size_t bestRow = 0, bestCol = 0;
  double best = -1;
  for (std::size_t r = 0; r + patch <= image.n_rows; ++r)
    for (std::size_t c = 0; c + patch <= image.n_cols; ++c) {
      const arma::mat window = image.submat(r, c, r + patch - 1, c + patch - 1);
      const double ink = arma::accu(arma::square(window - arma::mean(arma::vectorise(window))));
      if (ink > best) {
        best = ink;
        bestRow = r;
        bestCol = c;
      }
    }
  const arma::mat input = image.submat(bestRow, bestCol, bestRow + patch - 1, bestCol + patch - 1);
  const arma::mat kernel = arma::conv_to<arma::mat>::from(conv->kernel(kernelIndex, channel));
  const std::string kname = "K" + subscript(kernelIndex + 1) + subscript(channel + 1);
  static const char* const rgb[] = {"R", "G", "B"};
  const std::string channelNumber = std::to_string(channel + 1), depth = std::to_string(o.inputDepth);
  const Phrase channelText =
      o.inputDepth == 1 ? Phrase()
      : o.inputDepth == 3
          ? Phrase(QT_TRANSLATE_NOOP("engine", " Channel %1 (%2) of %3: the layer adds the other channels' sums to this one."),
                   {channelNumber, rgb[channel], depth})
          : Phrase(QT_TRANSLATE_NOOP("engine", " Channel %1 of %2: the layer adds the other channels' sums to this one."),
                   {channelNumber, depth});
  CorrelationOptions options{.stride = o.stride};
  const std::string side = std::to_string(patch);
  TeachingExample example{"from-network",
                          Phrase(QT_TRANSLATE_NOOP("engine", "From the network: x ★ %1 (layer %2, %3)"),
                                 {kname, std::to_string(layerIndex + 1), conv->describe()}),
                          Phrase(QT_TRANSLATE_NOOP("engine", "Kernel %1 of the first convolutional layer, as trained, on the "
                                                             "%2×%3 patch at row %4, column %5 of a test image (pixels in "
                                                             "[0, 1]); the layer then adds its bias.%6"),
                                 {std::to_string(kernelIndex + 1), side, side, std::to_string(bestRow),
                                  std::to_string(bestCol), channelText}),
                          {}};
  example.stages.push_back(correlationStage(
      input, kernel, options, {example.title, QT_TRANSLATE_NOOP("engine", "x (patch)"), kname, "x \u2605 " + kname, "\u2605"},
      letters()));
  return example;
}

std::vector<std::size_t> cellsUsing(const TeachingStage& stage, std::size_t row, std::size_t col) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < stage.cells.size(); ++i)
    for (const auto& term : stage.cells[i].terms)
      if (term.row == row && term.col == col) {
        found.push_back(i);
        break;
      }
  return found;
}

}  // namespace cnnlab
