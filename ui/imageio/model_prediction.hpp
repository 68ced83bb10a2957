// One image through a saved model, the one way cnnlab-cli predict and the classroom's
// POST /api/predict both do it: the same decoding, the same digit preprocessing, the same answer.
#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/model_file.hpp"

namespace cnnlab {

struct ImagePrediction {
  std::size_t best = 0;        // index of the largest output
  int classLabel = 0;          // the data label that output stands for
  std::string label;           // its class name, or the label as text
  bool probabilities = false;  // the outputs are a probability distribution (softmax, or one sigmoid pair)
  std::vector<float> outputs;
  arma::fvec input;            // the network's input column, after preprocessing
};

// The network's input shape when it takes images: depth 1 or 3, at most 1024 × 1024. Throws
// ModelFileError naming the model at path otherwise.
Shape imageInputOf(const Network<float>& network, const std::string& path);

class ModelPredictor {
 public:
  // Throws ModelFileError when the model does not take images (depth 1 or 3, at most 1024 × 1024)
  // or its class metadata disagrees with its outputs.
  explicit ModelPredictor(LoadedModel model);

  const Shape& input() const { return network_.inputShape(); }
  std::size_t outputs() const { return classes_.size(); }
  // A 28 × 28 one-channel model without class names (trained on IDX data) is taken to be a digit model: an image goes through Draw a digit's
  // preprocessing (light ink on dark, fitted into 20 × 20, centred by mass). Any other model gets
  // the image resized to its input, in colour when it takes 3 channels.
  bool digitModel() const;

  // The network's input from an image file, from an image's bytes, or from a JSON array of the
  // input's H·W·D values in [0, 1] (row-major, plane after plane; no preprocessing). Throw
  // ImageFolderError (images) or std::invalid_argument (arrays) with one line naming `name`.
  arma::fvec fromFile(const std::string& path) const;
  arma::fvec fromBytes(const QByteArray& bytes, const std::string& name) const;
  arma::fvec fromPixels(const nlohmann::json& pixels, const std::string& name) const;

  // Throws std::runtime_error when the output is NaN or Inf.
  ImagePrediction predict(const arma::fvec& column, const std::string& name);
  // |∂Y_best/∂X| scaled to [0, 1], in the input's layout (engine/saliency.hpp).
  arma::fvec saliency(const ImagePrediction& prediction);

  // "3", or the class's name.
  std::string shown(std::size_t output) const;
  // shown() of every output, in order.
  std::vector<std::string> labels() const;
  // {"class", "label", "probabilities" | "outputs"}: the JSON of cnnlab-cli predict's rows.
  nlohmann::json json(const ImagePrediction& prediction) const;
  const std::string& path() const { return path_; }

 private:
  arma::fvec fromDecoded(const std::vector<std::uint8_t>& bytes) const;

  std::vector<int> classes_;  // read from the model before its network moves in
  std::vector<std::string> names_;
  std::string path_;
  Network<float> network_;
};

}  // namespace cnnlab
