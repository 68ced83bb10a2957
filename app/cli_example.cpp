// cnnlab-cli example: prints a stepper example's written steps (engine/teaching) and its results.
#include "app/cli_example.hpp"

#include <CLI/CLI.hpp>

#include <cmath>
#include <ostream>
#include <stdexcept>
#include <string>

#include "app/cli_format.hpp"
#include "engine/data/dataset.hpp"
#include "engine/file_io.hpp"
#include "engine/model_file.hpp"
#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/handout.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

struct ExampleCommand::Args {
  std::string name;
  // --OPTION → the registry's parameter of that name (engine/teaching/example_registry.hpp); --input
  // is the MLP's x for the MLP examples and the correlation's I for the others.
  std::vector<std::pair<std::string, std::string>> parameters;
  std::string model, handout;
  bool json = false;
};

namespace {

nlohmann::json vectorJson(const arma::vec& v) { return std::vector<double>(v.begin(), v.end()); }

void printExample(std::ostream& out, const TeachingExample& example) {
  out << example.title << '\n' << example.description << '\n';
  for (std::size_t s = 0; s < example.stages.size(); ++s) {
    out << '\n' << s + 1 << ". " << example.stages[s].title << '\n';
    for (const TeachingCell& cell : example.stages[s].cells) out << "   " << cell.formula << '\n';
  }
}

nlohmann::json stagesJson(const TeachingExample& example) {
  nlohmann::json stages = nlohmann::json::array();
  for (const TeachingStage& stage : example.stages) {
    nlohmann::json entry = {{"title", stage.title}, {"result", matrixJson(stage.result)}};
    if (!stage.kernel.is_empty()) entry["kernel"] = matrixJson(stage.kernel);  // which slice was used (from-network --channel)
    stages.push_back(std::move(entry));
  }
  return stages;
}

}  // namespace

ExampleCommand::ExampleCommand(CLI::App& app) : args_(std::make_unique<Args>()) {
  Args& a = *args_;
  std::string names;
  for (const ExampleInfo& e : exampleRegistry()) names += (names.empty() ? "" : ", ") + e.name;
  command_ = app.add_subcommand("example", "Print a stepper example's written steps (" + names + ")");
  command_->add_option("name", a.name, "The example")->required();
  // One option per parameter of the registry, with its help and the examples that take it.
  for (const ExampleParameter& p : exampleParameters()) {
    if (p.name == "x") continue;  // --input
    std::string takers;
    for (const ExampleInfo& e : exampleRegistry())
      if (e.takes(p.name) || (p.name == "input" && e.takes("x"))) takers += (takers.empty() ? "" : ", ") + e.name;
    const std::string help = p.name == "input" ? "the correlation's input I, or the MLP's inputs x_i (\"1 0.5\")" : p.help;
    command_->add_option_function<std::string>(
        "--" + p.name, [&a, name = p.name](const std::string& value) { a.parameters.emplace_back(name, value); },
        takers + ": " + help);
  }
  command_->add_option("--model", a.model, "from-network, mlp-from-network: a model file (cnnlab-cli train --save)");
  command_->add_option("--handout", a.handout, "Also write the example as a handout: FILE.md or FILE.tex");
  command_->add_flag("--json", a.json, "Print one JSON document of the example's results");
}

ExampleCommand::~ExampleCommand() = default;

bool ExampleCommand::chosen() const { return command_ && command_->parsed(); }

int ExampleCommand::run(std::ostream& out, std::ostream& json) const {
  const Args& a = *args_;
  const ExampleInfo& info = exampleInfo(a.name);
  ExampleArguments arguments = a.parameters;
  for (auto& [name, value] : arguments) {
    if (name == "input" && info.takes("x")) name = "x";
    if (name == "input" && !info.takes("input"))  // --input is I or x: name every example that takes it
      throw std::invalid_argument(
          "--input: only " + spokenList(exampleNamesWhere([](const ExampleInfo& e) { return e.takes("input") || e.takes("x"); })) +
          " take it");
  }
  try {
    checkExampleArguments(info, arguments);
  } catch (const std::invalid_argument& e) {
    rethrowAsOption(e);
  }
  if (!info.needsModel && !a.model.empty()) {
    throw std::invalid_argument("--model: only " + spokenList(exampleNamesWhere([](const ExampleInfo& e) { return e.needsModel; })) +
                                " take it");
  }

  TeachingExample example;
  nlohmann::json results;
  try {
    if (info.needsModel) {
      if (a.model.empty()) throw std::invalid_argument("--model: " + a.name + " needs a model file (cnnlab-cli train --save FILE)");
      const LoadedModel model = loadModel(a.model);
      example = buildModelExample(info, {model.network.spec(), model.network.parameters()}, arguments);
      results = {{"stages", stagesJson(example)}};
    } else if (info.kind == ExampleKind::MlpForward || info.kind == ExampleKind::MlpBackward) {
      const MlpNetwork net = mlpNetworkFromArguments(arguments);  // parsed once, for the example and its numbers
      example = info.kind == ExampleKind::MlpForward ? mlpForwardExample(net) : mlpBackwardExample(net);
      const MlpPass p = runMlp(net);
      results = {{"z1", vectorJson(p.z1)},         {"a1", vectorJson(p.a1)},         {"z2", vectorJson(p.z2)},
                 {"output", vectorJson(p.output)}, {"loss", p.loss},                 {"dE_dw1", matrixJson(p.dE_dw1)},
                 {"dE_db1", vectorJson(p.dE_db1)}, {"dE_dw2", matrixJson(p.dE_dw2)}, {"dE_db2", vectorJson(p.dE_db2)},
                 {"w1_after", matrixJson(p.w1After)}, {"b1_after", vectorJson(p.b1After)},
                 {"w2_after", matrixJson(p.w2After)}, {"b2_after", vectorJson(p.b2After)}};
      if (net.output == "softmax") {
        results["dE_dz2_notes_diagonal"] = vectorJson(p.dE_dz2Diagonal);
        results["dE_dz2"] = vectorJson(p.dE_dz2);
      }
    } else if (info.kind == ExampleKind::SoftmaxJacobian) {
      const std::string* zText = findArgument(arguments, "z");
      const std::string* tText = findArgument(arguments, "temperature");
      const arma::vec z = zText ? vectorParameter("z", *zText) : defaultSoftmaxLogits();
      const double T = tText ? numberParameter("temperature", *tText) : 1.0;
      example = softmaxJacobianExample(z, T);
      const SoftmaxJacobian sj = softmaxJacobian(z, T);
      results = {{"softmax", vectorJson(sj.softmax)}, {"jacobian", matrixJson(sj.jacobian)}};
    } else {
      example = info.build(arguments);
      results = {{"stages", stagesJson(example)}};
    }
    checkFiniteExample(example, arguments);
  } catch (const std::invalid_argument& e) {
    rethrowAsOption(e);
  }
  printExample(out, example);
  if (!a.handout.empty()) {
    const bool tex = a.handout.size() > 4 && a.handout.substr(a.handout.size() - 4) == ".tex";
    try {
      writeFileAtomically(a.handout, tex ? handoutLatex(example) : handoutMarkdown(example));
    } catch (const std::exception& e) {
      throw std::invalid_argument(std::string("--handout: ") + e.what());
    }
    out << "wrote " << a.handout << '\n';
  }
  if (a.json) {
    results["example"] = example.name;
    json << results.dump() << '\n';
  }
  return 0;
}

}  // namespace cnnlab
