// One image through a saved model: decode, preprocess, forward, name the class.
#include "ui/imageio/model_prediction.hpp"

#include <cmath>

#include "engine/data/digit_preprocess.hpp"
#include "engine/saliency.hpp"
#include "ui/imageio/image_folder.hpp"

namespace cnnlab {

Shape imageInputOf(const Network<float>& network, const std::string& path) {
  const Shape in = network.inputShape();
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

ModelPredictor::ModelPredictor(LoadedModel model)
    // The input is checked first: a 2000 × 2000 model is refused for its input, not its outputs.
    : classes_((imageInputOf(model.network, model.path), modelClasses(model))),
      names_(modelClassNames(model)),
      path_(model.path),
      network_(std::move(model.network)) {}

bool ModelPredictor::digitModel() const {
  const Shape& in = input();
  // A model trained on an image folder has class names: its images are resized as evaluate reads them.
  return in.depth == 1 && in.height == 28 && in.width == 28 && names_.empty();
}

namespace {

ImageFolderOptions decodeOptions(const Shape& in, bool digit) {
  return {.height = digit ? 112 : in.height, .width = digit ? 112 : in.width, .color = in.depth == 3};
}

}  // namespace

arma::fvec ModelPredictor::fromDecoded(const std::vector<std::uint8_t>& bytes) const {
  const Shape& in = input();
  const ImageFolderOptions o = decodeOptions(in, digitModel());
  const std::size_t h = o.height, w = o.width;
  if (!digitModel()) {
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

arma::fvec ModelPredictor::fromFile(const std::string& path) const {
  return fromDecoded(readImage(path, decodeOptions(input(), digitModel())));
}

arma::fvec ModelPredictor::fromBytes(const QByteArray& bytes, const std::string& name) const {
  return fromDecoded(readImageBytes(bytes, name, decodeOptions(input(), digitModel())));
}

arma::fvec ModelPredictor::fromPixels(const nlohmann::json& pixels, const std::string& name) const {
  const Shape& in = input();
  const std::size_t n = in.size();
  if (!pixels.is_array() || pixels.size() != n)
    throw std::invalid_argument(name + ": expected a JSON array of " + std::to_string(n) + " numbers (" +
                                std::to_string(in.height) + "×" + std::to_string(in.width) +
                                (in.depth == 3 ? "×3" : "") + " pixels in [0, 1])");
  // Row-major planes, as images are given everywhere else, into the column-major input.
  arma::fvec column(n);
  const std::size_t H = in.height, W = in.width;
  for (std::size_t d = 0; d < in.depth; ++d)
    for (std::size_t r = 0; r < H; ++r)
      for (std::size_t c = 0; c < W; ++c) {
        const nlohmann::json& v = pixels[d * H * W + r * W + c];
        if (!v.is_number() || !(v.get<double>() >= 0 && v.get<double>() <= 1))
          throw std::invalid_argument(name + ": pixel " + std::to_string(d * H * W + r * W + c) +
                                      " is not a number in [0, 1]");
        column(d * H * W + r + H * c) = v.get<float>();
      }
  return column;
}

ImagePrediction ModelPredictor::predict(const arma::fvec& column, const std::string& name) {
  const arma::fvec output = network_.forward(column).col(0);
  if (!output.is_finite()) throw std::runtime_error(name + ": the model's output is NaN or Inf");
  ImagePrediction p;
  p.best = output.index_max();
  p.classLabel = classes_[p.best];
  p.label = names_.empty() ? std::to_string(p.classLabel) : names_[p.best];
  p.probabilities = std::abs(arma::accu(output) - 1.0f) < 1e-3f && output.min() >= 0;
  p.outputs.assign(output.begin(), output.end());
  p.input = column;
  return p;
}

arma::fvec ModelPredictor::saliency(const ImagePrediction& prediction) {
  arma::fvec map = saliencyMap(network_, arma::fmat(prediction.input), prediction.best);
  const float top = map.max();
  if (top > 0 && std::isfinite(top)) map /= top;
  else map.zeros();
  return map;
}

std::string ModelPredictor::shown(std::size_t output) const {
  return names_.empty() ? std::to_string(classes_[output]) : names_[output];
}

std::vector<std::string> ModelPredictor::labels() const {
  std::vector<std::string> all;
  for (std::size_t c = 0; c < outputs(); ++c) all.push_back(shown(c));
  return all;
}

nlohmann::json ModelPredictor::json(const ImagePrediction& p) const {
  return {{"class", p.classLabel}, {"label", p.label}, {p.probabilities ? "probabilities" : "outputs", p.outputs}};
}

}  // namespace cnnlab
