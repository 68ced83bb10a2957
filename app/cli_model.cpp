// cnnlab-cli evaluate / predict: a saved model on test data, or on single image files.
#include "app/cli_model.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <iomanip>

#include "ui/imageio/image_folder.hpp"
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

// The model's input must be images: one grey channel, or three colour channels (R, G, B).
Shape imageInput(const LoadedModel& model, const std::string& path) {
  const Shape in = model.network.inputShape();
  if (in.depth != 1 && in.depth != 3)
    throw ModelFileError(path + ": the network takes " + in.str() +
                         " inputs; only grey (depth 1) or colour (depth 3) images are supported");
  // Said of the model, before any image is blamed for the size it would be scaled to.
  if (in.height > kMaxImageSide || in.width > kMaxImageSide)
    throw ModelFileError(path + ": the network takes " + std::to_string(in.height) + "×" + std::to_string(in.width) +
                         " images; cnnlab scales images to at most " + std::to_string(kMaxImageSide) + "×" +
                         std::to_string(kMaxImageSide));
  return in;
}

int runEvaluate(const CliModelArgs& a, std::ostream& out, std::ostream& json) {
  LoadedModel model = loadModel(a.model);
  const Shape in = imageInput(model, a.model);
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
  std::vector<int> labels = classes;
  if (const std::vector<std::string> names = modelClassNames(model); !names.empty() && !raw.test.classNames.empty()) {
    // Every class of the data must be one the model knows; the model may know more.
    for (const std::string& name : raw.test.classNames)
      if (std::find(names.begin(), names.end(), name) == names.end())
        throw std::invalid_argument(where + ": its classes are " + joined(raw.test.classNames) + ", but the model knows " +
                                    joined(names) + "; evaluate it on a folder of those classes");
    const auto& data = raw.test.classNames;
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

// One image as the network's input column. A 28×28 one-channel model is taken to be a digit model:
// the image goes through Draw a digit's preprocessing (light ink on dark, fitted into 20×20, centred
// by mass); any other model gets the image resized to its input, in colour when it takes 3 channels.
arma::fvec imageColumn(const std::string& file, const Shape& in) {
  requireRegularFile(file);
  const bool digit = in.depth == 1 && in.height == 28 && in.width == 28;
  const std::size_t h = digit ? 112 : in.height, w = digit ? 112 : in.width;
  const std::vector<std::uint8_t> bytes = readImage(file, {.height = h, .width = w, .color = in.depth == 3});
  if (!digit) {
    // Planes of row-major bytes → the network's column layout: element (r, c, d) at r + H·(c + W·d).
    arma::fvec column(in.depth * h * w);
    for (std::size_t d = 0; d < in.depth; ++d)
      for (std::size_t r = 0; r < h; ++r)
        for (std::size_t c = 0; c < w; ++c) column(d * h * w + r + h * c) = float(bytes[d * h * w + r * w + c]) / 255.0f;
    return column;
  }
  arma::fmat image(h, w);
  for (std::size_t r = 0; r < h; ++r)
    for (std::size_t c = 0; c < w; ++c) image(r, c) = float(bytes[r * w + c]) / 255.0f;
  if (arma::accu(image) > 0.5f * float(image.n_elem)) image = 1.0f - image;  // dark ink on light paper
  return arma::vectorise(preprocessDigit(image));
}

int runPredict(const CliModelArgs& a, std::ostream& out, std::ostream& json) {
  LoadedModel model = loadModel(a.model);
  const Shape in = imageInput(model, a.model);
  const std::vector<int> classes = modelClasses(model);
  const std::vector<std::string> names = modelClassNames(model);
  // A class as people know it: its folder's name when the model has names, else its label.
  auto shown = [&](std::size_t c) { return names.empty() ? std::to_string(classes[c]) : oneLine(names[c]); };
  nlohmann::json rows = nlohmann::json::array();
  for (const std::string& file : a.images) {
    const arma::fmat input = imageColumn(file, in);
    const arma::fvec output = model.network.forward(input).col(0);
    if (!output.is_finite()) throw std::runtime_error(file + ": the model's output is NaN or Inf");
    const arma::uword best = output.index_max();
    const bool probabilities = std::abs(arma::accu(output) - 1.0f) < 1e-3f && output.min() >= 0;
    out << file << ": " << shown(best) << "  (" << (probabilities ? "probabilities" : "outputs");
    for (arma::uword c = 0; c < output.n_elem; ++c)
      out << (c ? ", " : " ") << shown(c) << ": " << std::fixed << std::setprecision(3) << output(c);
    out << std::defaultfloat << std::setprecision(6) << ")\n";
    nlohmann::json row{{"image", file}, {"class", classes[best]}, {"label", names.empty() ? std::to_string(classes[best]) : names[best]},
                       {probabilities ? "probabilities" : "outputs", std::vector<float>(output.begin(), output.end())}};
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
