// cnnlab-cli example: prints a stepper example's written steps (engine/teaching) and its results.
#include "app/cli_example.hpp"

#include <CLI/CLI.hpp>

#include <cmath>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <string>

#include "app/cli_format.hpp"
#include "engine/data/dataset.hpp"
#include "engine/model_file.hpp"
#include "engine/teaching/handout.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

struct ExampleCommand::Args {
  std::string name;
  std::string input, w1, b1, w2, b2, target, hidden, output, loss, temperature, lr, z;
  std::string model, handout;
  std::size_t image = 0, unit = 0, channel = 0;
  bool json = false;
};

namespace {

nlohmann::json vectorJson(const arma::vec& v) { return std::vector<double>(v.begin(), v.end()); }

arma::vec vectorArgument(const std::string& option, const std::string& text) {
  const arma::mat m = matrixArgument(option, text);
  if (m.n_rows != 1 && m.n_cols != 1)
    throw std::invalid_argument(option + ": a list of values (\"1 0.5\"), not a " + std::to_string(m.n_rows) + "×" +
                                std::to_string(m.n_cols) + " matrix");
  return arma::vectorise(m);
}

// A number that must be finite (and > 0 when positive): "nan", "inf", "0" and "-1" are refused here,
// not left to CLI11, so the message names the option.
double numberArgument(const std::string& option, const std::string& text, bool positive) {
  double value = 0;
  std::size_t used = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size()) throw std::invalid_argument(option + ": '" + text + "' is not a number");
  if (!std::isfinite(value) || (positive && !(value > 0)))
    throw std::invalid_argument(option + ": must be " + (positive ? "> 0 and " : "") + "finite, not " + text);
  return value;
}

// The engine's "w2: …" becomes "--w2: …", the option the user typed.
[[noreturn]] void rethrowAsOption(const std::invalid_argument& e) {
  const std::string what = e.what();
  const std::size_t colon = what.find(':');
  const std::string field = colon == std::string::npos ? "" : what.substr(0, colon);
  static const char* fields[] = {"input", "w1", "b1", "w2", "b2", "target", "hidden", "output", "temperature", "loss", "lr", "z"};
  for (const char* f : fields)
    if (field == f) throw std::invalid_argument("--" + what);
  throw;
}

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
  for (const std::string& n : teachingExampleNames()) names += (names.empty() ? "" : ", ") + n;
  command_ = app.add_subcommand("example", "Print a stepper example's written steps (" + names + ")");
  command_->add_option("name", a.name, "The example")->required();
  command_->add_option("--input", a.input, "MLP: the inputs x_i, e.g. \"1 0.5\"");
  command_->add_option("--w1", a.w1, "MLP: w^1, one row per input i, one column per hidden unit j, e.g. \"0.1 0.4 -0.2; 0.3 -0.5 0.6\"");
  command_->add_option("--b1", a.b1, "MLP: b^1, one value per hidden unit");
  command_->add_option("--w2", a.w2, "MLP: w^2, one row per hidden unit, one column per output");
  command_->add_option("--b2", a.b2, "MLP: b^2, one value per output");
  command_->add_option("--target", a.target, "MLP: the labels y_i, one per output");
  command_->add_option("--hidden", a.hidden, "MLP: sigmoid, relu or tanh (default sigmoid)");
  command_->add_option("--output", a.output, "MLP: softmax or sigmoid (default softmax)");
  command_->add_option("--temperature", a.temperature, "MLP and softmax-jacobian: the softmax temperature T > 0 (eq. 36)");
  command_->add_option("--loss", a.loss, "MLP: mse, bce or cross_entropy (default mse)");
  command_->add_option("--lr", a.lr, "MLP: the learning rate a of the SGD step (default 0.5)");
  command_->add_option("--z", a.z, "softmax-jacobian: the logits z, e.g. \"2 1 0.1\"");
  command_->add_option("--model", a.model, "from-network, mlp-from-network: a model file (cnnlab-cli train --save)");
  command_->add_option("--image", a.image, "from-network, mlp-from-network: which embedded test image (default 0)");
  command_->add_option("--unit", a.unit, "mlp-from-network: which output unit (default 0)");
  command_->add_option("--channel", a.channel,
                       "from-network: which input channel's kernel slice, 0-based (a colour network: 0 R, 1 G, 2 B; "
                       "the embedded test image is grey, the same on every channel; default 0)");
  command_->add_option("--handout", a.handout, "Also write the example as a handout: FILE.md or FILE.tex");
  command_->add_flag("--json", a.json, "End with a JSON line of the example's results");
}

ExampleCommand::~ExampleCommand() = default;

bool ExampleCommand::chosen() const { return command_ && command_->parsed(); }

int ExampleCommand::run(std::ostream& out) const {
  const Args& a = *args_;
  const bool mlp = a.name == "mlp-forward" || a.name == "mlp-backward";
  const bool fromModel = a.name == "from-network" || a.name == "mlp-from-network";
  for (const auto& [option, value] : {std::pair<const char*, const std::string*>{"--input", &a.input}, {"--w1", &a.w1},
                                      {"--b1", &a.b1}, {"--w2", &a.w2}, {"--b2", &a.b2}, {"--target", &a.target},
                                      {"--hidden", &a.hidden}, {"--output", &a.output}, {"--loss", &a.loss}, {"--lr", &a.lr}})
    if (!mlp && !value->empty()) throw std::invalid_argument(std::string(option) + ": only mlp-forward and mlp-backward take it");
  if (a.name != "softmax-jacobian" && !a.z.empty()) throw std::invalid_argument("--z: only softmax-jacobian takes it");
  if (!mlp && a.name != "softmax-jacobian" && !a.temperature.empty())
    throw std::invalid_argument("--temperature: only the MLP examples and softmax-jacobian take it");
  if (!fromModel && !a.model.empty()) throw std::invalid_argument("--model: only from-network and mlp-from-network take it");
  if (a.name != "from-network" && a.channel != 0) throw std::invalid_argument("--channel: only from-network takes it");

  TeachingExample example;
  nlohmann::json results;
  if (mlp) {
    MlpNetwork net = defaultMlpNetwork();
    if (!a.input.empty()) net.x = vectorArgument("--input", a.input);
    if (!a.w1.empty()) net.w1 = matrixArgument("--w1", a.w1);
    if (!a.b1.empty()) net.b1 = vectorArgument("--b1", a.b1);
    if (!a.w2.empty()) net.w2 = matrixArgument("--w2", a.w2);
    if (!a.b2.empty()) net.b2 = vectorArgument("--b2", a.b2);
    if (!a.target.empty()) net.target = vectorArgument("--target", a.target);
    if (!a.hidden.empty()) net.hidden = a.hidden;
    if (!a.output.empty()) net.output = a.output;
    if (!a.loss.empty()) net.loss = a.loss;
    if (!a.temperature.empty()) net.temperature = numberArgument("--temperature", a.temperature, true);
    if (!a.lr.empty()) net.learningRate = numberArgument("--lr", a.lr, false);
    MlpPass p;
    try {
      example = a.name == "mlp-forward" ? mlpForwardExample(net) : mlpBackwardExample(net);
      p = runMlp(net);
    } catch (const std::invalid_argument& e) {
      rethrowAsOption(e);
    }
    results = {{"z1", vectorJson(p.z1)},         {"a1", vectorJson(p.a1)},         {"z2", vectorJson(p.z2)},
               {"output", vectorJson(p.output)}, {"loss", p.loss},                 {"dE_dw1", matrixJson(p.dE_dw1)},
               {"dE_db1", vectorJson(p.dE_db1)}, {"dE_dw2", matrixJson(p.dE_dw2)}, {"dE_db2", vectorJson(p.dE_db2)},
               {"w1_after", matrixJson(p.w1After)}, {"b1_after", vectorJson(p.b1After)},
               {"w2_after", matrixJson(p.w2After)}, {"b2_after", vectorJson(p.b2After)}};
    if (net.output == "softmax") {
      results["dE_dz2_notes_diagonal"] = vectorJson(p.dE_dz2Diagonal);
      results["dE_dz2"] = vectorJson(p.dE_dz2);
    }
  } else if (a.name == "softmax-jacobian") {
    const arma::vec z = a.z.empty() ? defaultSoftmaxLogits() : vectorArgument("--z", a.z);
    const double T = a.temperature.empty() ? 1.0 : numberArgument("--temperature", a.temperature, true);
    try {
      example = softmaxJacobianExample(z, T);
      const SoftmaxJacobian sj = softmaxJacobian(z, T);
      results = {{"softmax", vectorJson(sj.softmax)}, {"jacobian", matrixJson(sj.jacobian)}};
    } catch (const std::invalid_argument& e) {
      rethrowAsOption(e);
    }
  } else if (fromModel) {
    if (a.model.empty()) throw std::invalid_argument("--model: " + a.name + " needs a model file (cnnlab-cli train --save FILE)");
    LoadedModel model = loadModel(a.model);
    const RawImages test = embeddedMnist().test;
    if (a.image >= test.count)
      throw std::invalid_argument("--image: " + std::to_string(a.image) + " is past the last test image (" +
                                  std::to_string(test.count - 1) + ")");
    arma::mat image(test.height, test.width);
    const std::size_t offset = a.image * test.height * test.width;
    for (std::size_t r = 0; r < test.height; ++r)
      for (std::size_t c = 0; c < test.width; ++c) image(r, c) = test.pixels[offset + r * test.width + c] / 255.0;
    const nlohmann::json spec = model.network.spec();
    if (const std::size_t depth = model.network.inputShape().depth; a.channel >= depth)
      throw std::invalid_argument("--channel: " + std::to_string(a.channel) + " is past the network's last input channel (" +
                                  std::to_string(depth - 1) + ")");
    example = a.name == "from-network"
                  ? fromNetworkExample(spec, model.network.parameters(), image, 0, 0, a.channel)
                  : mlpFromNetworkExample(spec, model.network.parameters(), image, test.labels[a.image], a.unit);
    results = {{"stages", stagesJson(example)}};
  } else {
    example = makeTeachingExample(a.name);
    results = {{"stages", stagesJson(example)}};
  }
  printExample(out, example);
  if (!a.handout.empty()) {
    const bool tex = a.handout.size() > 4 && a.handout.substr(a.handout.size() - 4) == ".tex";
    std::ofstream file(a.handout);
    if (!file || !(file << (tex ? handoutLatex(example) : handoutMarkdown(example))))
      throw std::invalid_argument("--handout: cannot write " + a.handout);
    out << "wrote " << a.handout << '\n';
  }
  if (a.json) {
    results["example"] = example.name;
    out << results.dump() << '\n';
  }
  return 0;
}

}  // namespace cnnlab
