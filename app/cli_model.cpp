// cnnlab-cli evaluate / predict: a saved model on test data, or on single image files.
#include "app/cli_model.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <iomanip>

#include "ui/imageio/image_folder.hpp"
#include "ui/imageio/model_prediction.hpp"
#include "engine/data/dataset.hpp"
#include "engine/data/digit_preprocess.hpp"
#include "engine/file_io.hpp"
#include "engine/model_file.hpp"
#include "engine/quoted.hpp"
#include "engine/presets.hpp"
#include "engine/trainer.hpp"

namespace cnnlab {

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& n : names) text += (text.empty() ? "" : ", ") + inQuotes(n);
  return text;
}

int runEvaluate(const CliModelArgs& a, std::ostream& out, std::ostream& json) {
  LoadedModel model = loadModel(a.model);
  const Shape in = imageInputOf(model.network, a.model);
  const std::vector<int> classes = modelClasses(model);
  // A colour model reads an image folder in colour; IDX data (and the embedded subset) is grey.
  const std::string where = a.data.empty() ? std::string("the embedded data") : a.data;
  const bool folder = !a.data.empty() && isImageFolder(a.data);
  if (in.depth != 1 && !folder)
    throw std::invalid_argument(a.model + ": the model takes input depth " + depthName(in.depth) + " but " + where +
                                " is IDX data, depth " + depthName(1) + "; evaluate it on an image folder");
  RawSplit raw =
      a.data.empty() ? embeddedMnist()
                     : readDataDirectory(a.data, 0.8, {.height = in.height, .width = in.width, .color = in.depth == 3,
                                                      .trainPerClassLimit = 0});  // only the test half is scored
  if (raw.test.depth != in.depth)
    throw std::invalid_argument(a.model + ": the model takes input depth " + depthName(in.depth) + " but " + where +
                                " has depth " + depthName(raw.test.depth));
  if (raw.test.height != in.height || raw.test.width != in.width)
    throw std::invalid_argument((a.data.empty() ? std::string("the embedded data") : a.data) + ": its images are " +
                                std::to_string(raw.test.height) + "×" + std::to_string(raw.test.width) +
                                ", the model takes " + std::to_string(in.height) + "×" + std::to_string(in.width));
  // A model trained on an image folder knows its classes by name: the data's classes are matched by
  // name, not by their alphabetical index (a {cat, dog} model on a {dog, zebra} folder scored 50 %).
  // Either side without names has labels for names: a model trained on digits matches a folder whose
  // class folders are named 0, 1, …; a named model never matches unnamed digits.
  std::vector<int> labels = classes;
  std::vector<std::string> names = modelClassNames(model);
  const bool named = !names.empty();
  const auto& data = raw.test.classNames;
  if (named && data.empty())
    throw std::invalid_argument(where + " has digits without class names, but the model knows the classes " + joined(names) +
                                "; evaluate it on a folder of those classes");
  if (!named && !data.empty())
    for (int c : classes) names.push_back(std::to_string(c));
  if (!data.empty()) {
    // Every class of the data must be one the model knows; the model may know more.
    for (const std::string& name : data)
      if (std::find(names.begin(), names.end(), name) == names.end())
        throw std::invalid_argument(where + ": its classes are " + joined(data) + ", but the model knows " + joined(names) +
                                    (named ? "" : " (labels: it was trained without class names)") +
                                    "; evaluate it on a folder of those classes");
    for (std::size_t c = 0; c < names.size(); ++c) {
      const auto at = std::find(data.begin(), data.end(), names[c]);
      // A class the folder lacks gets a label no image has, so none is scored against it.
      labels[c] = at != data.end() ? int(at - data.begin()) : int(data.size() + c);
    }
  }
  // The model's class map, not one worked out from the test labels (labels it was not trained on are left out).
  raw.train = {};  // only the test half is evaluated; its pixels move into the dataset
  const Dataset test = makeDataset(std::move(raw.test), {.classes = labels, .shuffle = false, .requireEveryClass = false});
  Trainer trainer(model.network, test);
  const Evaluation e = trainer.evaluate(test, 256);
  if (!std::isfinite(e.loss)) throw std::runtime_error(a.model + ": the model's test loss is NaN or Inf");
  out << "test accuracy: " << std::fixed << std::setprecision(2) << 100 * e.accuracy << "% ("
      << std::size_t(e.accuracy * double(test.size()) + 0.5) << "/" << test.size() << "), test loss "
      << std::setprecision(4) << e.loss << std::defaultfloat << std::setprecision(6) << '\n';
  if (a.json)
    json << nlohmann::json{{"model", a.model}, {"test_accuracy", e.accuracy}, {"test_loss", e.loss},
                          {"samples", test.size()}}
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
  return 0;
}

int runPredict(const CliModelArgs& a, std::ostream& out, std::ostream& json) {
  ModelPredictor predictor(loadModel(a.model));
  nlohmann::json rows = nlohmann::json::array();
  for (const std::string& file : a.images) {
    const ImagePrediction p = predictor.predict(predictor.fromFile(file), file);
    out << file << ": " << oneLine(p.label) << "  (" << (p.probabilities ? "probabilities" : "outputs");
    for (std::size_t c = 0; c < p.outputs.size(); ++c)
      out << (c ? ", " : " ") << oneLine(predictor.shown(c)) << ": " << std::fixed << std::setprecision(3) << p.outputs[c];
    out << std::defaultfloat << std::setprecision(6) << ")\n";
    nlohmann::json row{{"image", file}};
    row.update(predictor.json(p));
    rows.push_back(std::move(row));
  }
  if (a.json) json << nlohmann::json{{"predictions", rows}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return 0;
}

}  // namespace

void registerModelCommands(CLI::App& app, CliModelArgs& a) {
  a.evaluateCommand = app.add_subcommand("evaluate", "Test accuracy and loss of a saved model");
  a.evaluateCommand->add_option("--model", a.model, "A model file saved by train --save or the app")->required();
  a.evaluateCommand->add_option("--data", a.data,
                                "MNIST-layout IDX files or an image folder; its test split is used, read in colour "
                                "when the model takes 3 channels (default: the embedded subset's last 2,000 digits)");
  a.evaluateCommand->add_flag("--json", a.json, "Print one JSON document of the results");
  a.predictCommand = app.add_subcommand("predict", "Classify image files with a saved model");
  a.predictCommand->add_option("--model", a.model, "A model file saved by train --save or the app")->required();
  a.predictCommand->add_option("images", a.images, "PNG or JPEG files; digit models preprocess them as Draw a digit does")
      ->required();
  a.predictCommand->add_flag("--json", a.json, "Print one JSON document of the predictions");
}

int runModelCommands(const CliModelArgs& a, std::ostream& out, std::ostream& json) {
  if (a.evaluateCommand && *a.evaluateCommand) return runEvaluate(a, out, json);
  if (a.predictCommand && *a.predictCommand) return runPredict(a, out, json);
  return -1;
}

}  // namespace cnnlab
