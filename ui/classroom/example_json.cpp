// Teaching examples → JSON, and the checked parameters of /api/example/NAME.
#include "ui/classroom/example_json.hpp"

#include <charconv>
#include <stdexcept>

namespace cnnlab {

namespace {

bool editable(const TeachingExample& e) {
  return e.stages.size() == 1 && e.stages[0].kind == StageKind::Correlation && e.stages[0].trace.has_value();
}

const char* kindName(StageKind kind) {
  switch (kind) {
    case StageKind::Correlation: return "correlation";
    case StageKind::Sum: return "sum";
    case StageKind::Copy: return "copy";
    case StageKind::MaxPoolForward: return "maxpool-forward";
    case StageKind::MaxPoolBackward: return "maxpool-backward";
  }
  return "";
}

// {"values": [[…] row by row], "text": [["1", "(−1)"…]]}: text as the notes write each number.
nlohmann::json grid(const arma::mat& m) {
  nlohmann::json values = nlohmann::json::array(), text = nlohmann::json::array();
  for (arma::uword r = 0; r < m.n_rows; ++r) {
    nlohmann::json row = nlohmann::json::array(), rowText = nlohmann::json::array();
    for (arma::uword c = 0; c < m.n_cols; ++c) {
      row.push_back(m(r, c));
      rowText.push_back(formatNumber(m(r, c)));
    }
    values.push_back(std::move(row));
    text.push_back(std::move(rowText));
  }
  return {{"rows", m.n_rows}, {"cols", m.n_cols}, {"values", values}, {"text", text}};
}

std::size_t parseCount(const std::string& text, const char* what, std::size_t lowest, std::size_t highest) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < lowest || value > highest)
    throw std::invalid_argument(std::string(what) + " must be a whole number from " + std::to_string(lowest) + " to " +
                                std::to_string(highest));
  return value;
}

arma::mat parseSmall(const std::string& text, const char* what) {
  arma::mat m;
  try {
    m = parseMatrix(text);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(std::string(what) + ": " + e.what());
  }
  if (m.n_rows > kMaxExampleSide || m.n_cols > kMaxExampleSide)
    throw std::invalid_argument(std::string(what) + " can be at most " + std::to_string(kMaxExampleSide) + "×" +
                                std::to_string(kMaxExampleSide));
  if (!m.is_finite()) throw std::invalid_argument(std::string(what) + " must hold finite numbers");
  return m;
}

}  // namespace

nlohmann::json exampleListJson() {
  nlohmann::json list = nlohmann::json::array();
  for (const std::string& name : teachingExampleNames()) {
    if (name == "from-network" || name == "mlp-from-network") continue;  // need the teacher's model: not served
    const TeachingExample e = makeTeachingExample(name);
    list.push_back({{"name", e.name}, {"title", e.title}, {"description", e.description}, {"editable", editable(e)}});
  }
  return list;
}

nlohmann::json exampleJson(const TeachingExample& example) {
  nlohmann::json stages = nlohmann::json::array();
  for (const TeachingStage& s : example.stages) {
    nlohmann::json cells = nlohmann::json::array();
    for (const TeachingCell& c : s.cells) {
      nlohmann::json terms = nlohmann::json::array(), writes = nlohmann::json::array();
      for (const auto& t : c.terms) terms.push_back({{"row", t.row}, {"col", t.col}, {"text", t.text}});
      for (const auto& [r, col] : c.writes) writes.push_back({r, col});
      cells.push_back({{"row", c.outputRow}, {"col", c.outputCol},
                       {"window", {c.windowRow, c.windowCol, c.windowHeight, c.windowWidth}},
                       {"terms", terms}, {"writes", writes},
                       {"highlight", {c.highlightRow, c.highlightCol}},
                       {"kernelHighlight", {c.kernelHighlightRow, c.kernelHighlightCol}},
                       {"label", c.label}, {"formula", c.formula}, {"symbolic", c.symbolic},
                       {"value", c.value}, {"valueText", formatNumber(c.value)}});
    }
    nlohmann::json stage = {{"kind", kindName(s.kind)}, {"title", s.title},
                            {"leftName", s.leftName}, {"kernelName", s.kernelName},
                            {"resultName", s.resultName}, {"operator", s.operatorSymbol},
                            {"left", grid(s.left)}, {"padding", {s.paddingRows, s.paddingCols}},
                            {"result", grid(s.result)}, {"kernelRotated", s.kernelRotated},
                            {"cells", cells}};
    if (!s.kernel.is_empty()) stage["kernel"] = grid(s.kernel);
    if (!s.appliedKernel.is_empty()) stage["appliedKernel"] = grid(s.appliedKernel);
    stages.push_back(std::move(stage));
  }
  return {{"name", example.name}, {"title", example.title}, {"description", example.description},
          {"steps", example.stepCount()}, {"editable", editable(example)}, {"stages", stages}};
}

TeachingExample buildExample(const ExampleRequest& request) {
  if (request.name == "from-network" || request.name == "mlp-from-network") throw std::invalid_argument("from-network needs the teacher's model: open it in the app");
  TeachingExample example = makeTeachingExample(request.name);  // throws for an unknown name
  const bool changed = !request.input.empty() || !request.kernel.empty() || !request.op.empty() ||
                       !request.mode.empty() || !request.padding.empty() || !request.stride.empty();
  if (!changed) return example;
  if (!editable(example)) throw std::invalid_argument(request.name + " takes no parameters");

  const CorrelationTrace& trace = *example.stages[0].trace;
  const arma::mat input = request.input.empty() ? trace.input : parseSmall(request.input, "input");
  const arma::mat kernel = request.kernel.empty() ? trace.kernel : parseSmall(request.kernel, "kernel");
  CorrelationOptions options = trace.options;
  if (!request.op.empty()) {
    if (request.op != "correlate" && request.op != "convolve") throw std::invalid_argument("op must be correlate or convolve");
    options.operation = request.op == "convolve" ? Operation::Convolve : Operation::Correlate;
  }
  if (!request.mode.empty()) {
    if (request.mode != "valid" && request.mode != "full") throw std::invalid_argument("mode must be valid or full");
    options.mode = request.mode == "full" ? CorrelationMode::Full : CorrelationMode::Valid;
  }
  if (!request.padding.empty()) options.padding = parseCount(request.padding, "padding", 0, kMaxExamplePadding);
  if (!request.stride.empty()) options.stride = parseCount(request.stride, "stride", 1, kMaxExampleStride);
  if (options.mode == CorrelationMode::Full) options.padding = 0;
  TeachingExample edited = correlationExample(input, kernel, options, example.title);  // checks the shapes
  edited.name = example.name;
  return edited;
}

}  // namespace cnnlab
