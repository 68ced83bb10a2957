// Teaching examples → JSON, and the checked parameters of /api/example/NAME.
#include "ui/classroom/example_json.hpp"

#include <stdexcept>

#include "engine/teaching/operators.hpp"
#include "ui/i18n/engine_text.hpp"

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

}  // namespace

nlohmann::json exampleListJson(const QTranslator* catalogue) {
  const auto text = [catalogue](const Phrase& words) { return engineText(words, catalogue).toStdString(); };
  nlohmann::json list = nlohmann::json::array();
  for (const ExampleInfo& info : exampleRegistry()) {
    if (!info.classroom) continue;  // the from-network examples read the teacher's model
    const TeachingExample e = buildExample(info);
    nlohmann::json parameters = nlohmann::json::array();
    for (const std::string& p : info.parameters) parameters.push_back(p);
    list.push_back({{"name", e.name}, {"title", text(e.title)}, {"description", text(e.description)}, {"editable", editable(e)},
                    {"notes", text(info.notes)}, {"equations", info.equations}, {"parameters", parameters}});
  }
  return list;
}

nlohmann::json exampleJson(const TeachingExample& example, const QTranslator* catalogue) {
  const auto text = [catalogue](const Phrase& words) { return engineText(words, catalogue).toStdString(); };
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
                       {"label", text(c.label)}, {"formula", text(c.formula)}, {"symbolic", text(c.symbolic)},
                       {"value", c.value}, {"valueText", formatNumber(c.value)}});
    }
    const OperatorMeaning op = operatorMeaning(s.operatorSymbol);  // the board's vocabulary (#23)
    nlohmann::json stage = {{"kind", kindName(s.kind)}, {"title", text(s.title)},
                            {"leftName", text(s.leftName)}, {"kernelName", text(s.kernelName)},
                            {"resultName", text(s.resultName)}, {"operator", text(s.operatorSymbol)},
                            {"left", grid(s.left)}, {"padding", {s.paddingRows, s.paddingCols}},
                            {"operatorShown", op.shown == std::string_view(s.operatorSymbol) ? text(s.operatorSymbol) : std::string(op.shown)},
                            {"operatorMeaning", text(Phrase(op.meaning))}, {"operatorUnary", op.unary},
                            {"result", grid(s.result)}, {"kernelRotated", s.kernelRotated},
                            {"cells", cells}};
    if (!s.kernel.is_empty()) stage["kernel"] = grid(s.kernel);
    if (!s.appliedKernel.is_empty()) stage["appliedKernel"] = grid(s.appliedKernel);
    stages.push_back(std::move(stage));
  }
  return {{"name", example.name}, {"title", text(example.title)}, {"description", text(example.description)},
          {"steps", example.stepCount()}, {"editable", editable(example)}, {"stages", stages}};
}

TeachingExample buildExample(const ExampleRequest& request) {
  const ExampleInfo& info = exampleInfo(request.name);  // throws for an unknown name
  if (!info.classroom) throw std::invalid_argument(request.name + " needs the teacher's model: open it in the app");
  ExampleArguments arguments;
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"input", &request.input}, {"kernel", &request.kernel},
                                    {"op", &request.op}, {"mode", &request.mode}, {"padding", &request.padding},
                                    {"stride", &request.stride}})
    if (!value->empty()) arguments.emplace_back(name, *value);
  return buildExample(info, arguments);  // the registry's limits and messages, as in the stepper and the CLI
}

}  // namespace cnnlab
