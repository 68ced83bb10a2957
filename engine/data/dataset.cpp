// Reading labelled images and the notes' preprocessing.
#include "engine/data/dataset.hpp"
#include "engine/quoted.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>

#include "engine/data/embedded_mnist.hpp"
#include "engine/data/idx.hpp"

namespace cnnlab {

namespace {

RawImages fromIdx(IdxArray&& images, IdxArray&& labels, const std::string& imagesName,
                  const std::string& labelsName) {
  if (images.dims.size() != 3)
    throw IdxError(imagesName + ": expected images N × height × width, found " +
                   std::to_string(images.dims.size()) + " dimensions");
  if (labels.dims.size() != 1)
    throw IdxError(labelsName + ": expected a 1-dimensional label file, found " +
                   std::to_string(labels.dims.size()) + " dimensions");
  if (images.dims[0] != labels.dims[0])
    throw IdxError(imagesName + " has " + std::to_string(images.dims[0]) + " images but " + labelsName + " has " +
                   std::to_string(labels.dims[0]) + " labels");
  RawImages raw;
  raw.count = images.dims[0];
  raw.height = images.dims[1];
  raw.width = images.dims[2];
  raw.pixels = std::move(images.data);  // moved: a full-size set is never copied
  raw.labels = std::move(labels.data);
  raw.source = imagesName;
  return raw;
}

}  // namespace

RawImages readIdxPair(const std::string& imagesPath, const std::string& labelsPath) {
  // Labels first: the small file fails fast when the pair is wrong.
  IdxArray labels = readIdx(labelsPath, 1);
  IdxArray images = readIdx(imagesPath, 3);
  return fromIdx(std::move(images), std::move(labels), imagesPath, labelsPath);
}

namespace {

// Two empty halves that keep all's image size, source and class names.
RawSplit emptySplitOf(const RawImages& all) {
  RawSplit split;
  for (RawImages* part : {&split.train, &split.test}) {
    part->height = all.height;
    part->width = all.width;
    part->depth = all.depth;
    part->source = all.source;
    part->classNames = all.classNames;
  }
  return split;
}

}  // namespace

RawSplit splitRaw(const RawImages& all, double trainFraction) {
  if (!(trainFraction > 0 && trainFraction < 1)) throw std::invalid_argument("the train fraction must be between 0 and 1");
  const std::size_t cut = std::size_t(double(all.count) * trainFraction + 0.5);
  const std::size_t pixels = all.imageBytes();
  RawSplit split = emptySplitOf(all);
  split.train.count = cut;
  split.test.count = all.count - cut;
  split.train.pixels.assign(all.pixels.begin(), all.pixels.begin() + std::ptrdiff_t(cut * pixels));
  split.test.pixels.assign(all.pixels.begin() + std::ptrdiff_t(cut * pixels), all.pixels.end());
  split.train.labels.assign(all.labels.begin(), all.labels.begin() + std::ptrdiff_t(cut));
  split.test.labels.assign(all.labels.begin() + std::ptrdiff_t(cut), all.labels.end());
  return split;
}

std::size_t trainQuota(std::size_t count, double trainFraction) {
  const std::size_t quota = std::size_t(double(count) * trainFraction + 0.5);
  return count >= 2 ? std::clamp<std::size_t>(quota, 1, count - 1) : quota;
}

RawSplit splitRawByClass(const RawImages& all, double trainFraction) {
  if (!(trainFraction > 0 && trainFraction < 1)) throw std::invalid_argument("the train fraction must be between 0 and 1");
  const std::vector<std::size_t> counts = countLabels(all);
  std::vector<std::size_t> quota(counts.size()), seen(counts.size(), 0);
  for (std::size_t l = 0; l < counts.size(); ++l) quota[l] = trainQuota(counts[l], trainFraction);
  const std::size_t pixels = all.imageBytes();
  RawSplit split = emptySplitOf(all);
  for (std::size_t i = 0; i < all.count; ++i) {
    const std::uint8_t label = all.labels[i];
    RawImages& part = seen[label]++ < quota[label] ? split.train : split.test;
    part.pixels.insert(part.pixels.end(), all.pixels.begin() + std::ptrdiff_t(i * pixels),
                       all.pixels.begin() + std::ptrdiff_t((i + 1) * pixels));
    part.labels.push_back(label);
    ++part.count;
  }
  return split;
}

std::vector<std::size_t> countLabels(const RawImages& raw) {
  std::vector<std::size_t> counts;
  for (std::uint8_t label : raw.labels) {
    if (label >= counts.size()) counts.resize(label + 1u, 0);
    ++counts[label];
  }
  return counts;
}

std::string labelName(const RawImages& raw, int label) {
  if (label >= 0 && std::size_t(label) < raw.classNames.size() && !raw.classNames[label].empty())
    return raw.classNames[label];
  return std::to_string(label);
}

RawSplit embeddedMnist() {
  IdxArray images = parseIdx(gunzipIfNeeded(embeddedMnistImages(), "embedded images"), "embedded images", 3);
  IdxArray labels = parseIdx(gunzipIfNeeded(embeddedMnistLabels(), "embedded labels"), "embedded labels", 1);
  RawImages all = fromIdx(std::move(images), std::move(labels), "embedded images", "embedded labels");
  all.source = "embedded MNIST subset (10,000 digits)";
  return splitRaw(all, 0.8);  // first 8,000 train, last 2,000 test
}

RawSplit readMnistDirectory(const std::string& directory, double trainFraction) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(directory)) throw IdxError(directory + ": not a directory");
  auto find = [&](const std::string& base) -> std::string {
    for (const std::string& name : {base, base + ".gz"})
      if (fs::exists(fs::path(directory) / name)) return (fs::path(directory) / name).string();
    return {};
  };
  const std::string trainImages = find("train-images-idx3-ubyte"), trainLabels = find("train-labels-idx1-ubyte");
  const std::string testImages = find("t10k-images-idx3-ubyte"), testLabels = find("t10k-labels-idx1-ubyte");
  if (!trainImages.empty() || !trainLabels.empty() || !testImages.empty() || !testLabels.empty()) {
    for (const auto& [path, name] : {std::pair{trainImages, "train-images-idx3-ubyte[.gz]"},
                                     std::pair{trainLabels, "train-labels-idx1-ubyte[.gz]"},
                                     std::pair{testImages, "t10k-images-idx3-ubyte[.gz]"},
                                     std::pair{testLabels, "t10k-labels-idx1-ubyte[.gz]"}})
      if (path.empty()) throw IdxError(directory + ": missing " + name);
    RawSplit split{readIdxPair(trainImages, trainLabels), readIdxPair(testImages, testLabels)};
    if (split.train.height != split.test.height || split.train.width != split.test.width ||
        split.train.depth != split.test.depth)
      throw IdxError(directory + ": train and test images differ in size");
    return split;
  }
  const std::string images = find("images-idx3-ubyte"), labels = find("labels-idx1-ubyte");
  if (images.empty() || labels.empty())
    throw IdxError(directory + ": no MNIST files (expected train-images-idx3-ubyte[.gz] and the other three, "
                   "or images-idx3-ubyte[.gz] with labels-idx1-ubyte[.gz])");
  return splitRaw(readIdxPair(images, labels), trainFraction);
}

namespace {

// Everything of the Dataset but its pixels: the chosen samples (sourceIndex), their classes,
// labels and one-hot targets.
Dataset selectSamples(const RawImages& raw, const Selection& selection) {
  if (raw.count == 0 || raw.height == 0 || raw.width == 0)
    throw std::invalid_argument((raw.source.empty() ? std::string("the data") : raw.source) + ": no images");
  if (raw.depth == 0) throw std::invalid_argument(raw.source + ": images with no channels");
  if (raw.pixels.size() != raw.count * raw.imageBytes() || raw.labels.size() != raw.count)
    throw std::invalid_argument(raw.source + ": " + std::to_string(raw.count) + " images but " +
                                std::to_string(raw.pixels.size()) + " pixel bytes and " +
                                std::to_string(raw.labels.size()) + " labels");
  std::vector<int> classes = selection.classes;
  if (classes.empty()) {
    std::vector<bool> present(256, false);
    for (std::uint8_t label : raw.labels) present[label] = true;
    for (int c = 0; c < 256; ++c)
      if (present[c]) classes.push_back(c);
  }
  std::vector<int> classIndex(256, -1);
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] < 0 || classes[i] > 255) throw std::invalid_argument("class " + std::to_string(classes[i]) + " is out of range 0–255");
    if (classIndex[classes[i]] >= 0) throw std::invalid_argument("class " + std::to_string(classes[i]) + " is listed twice");
    classIndex[classes[i]] = int(i);
  }
  // The first perClassLimit of each class, in class order (the notes' np.hstack of np.where).
  std::vector<std::vector<std::size_t>> byClass(classes.size());
  for (std::size_t i = 0; i < raw.count; ++i) {
    const int c = classIndex[raw.labels[i]];
    if (c < 0) continue;
    if (selection.perClassLimit && byClass[c].size() >= selection.perClassLimit) continue;
    byClass[c].push_back(i);
  }
  std::vector<std::size_t> chosen;
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (byClass[c].empty() && selection.requireEveryClass)
      throw std::invalid_argument("class " + labelName(raw, classes[c]) + " has no samples in " + raw.source +
                                  " (its labels run from 0 to " + std::to_string(countLabels(raw).size()) + "−1)");
    chosen.insert(chosen.end(), byClass[c].begin(), byClass[c].end());
  }
  if (chosen.empty()) throw std::invalid_argument(raw.source + ": no samples of the chosen classes");
  if (selection.shuffle) std::shuffle(chosen.begin(), chosen.end(), std::mt19937_64(selection.seed));

  Dataset data;
  data.shape = {raw.depth, raw.height, raw.width};
  data.classes = classes;
  if (!raw.classNames.empty())
    for (int c : classes) data.names.push_back(labelName(raw, c));
  const std::size_t N = chosen.size();
  data.targets.zeros(classes.size(), N);
  data.labels.resize(N);
  for (std::size_t n = 0; n < N; ++n) {
    data.labels[n] = std::uint32_t(classIndex[raw.labels[chosen[n]]]);
    data.targets(data.labels[n], n) = 1.0f;
  }
  data.sourceIndex = std::move(chosen);
  return data;
}

// One image from the raw layout (each channel row-major, r·W + c, as in IDX) to Shape's
// (a column-major H × W channel stores (r, c) at r + H·c). src and dst must not overlap.
void toColumnLayout(const std::uint8_t* src, std::uint8_t* dst, const Shape& shape) {
  const std::size_t H = shape.height, W = shape.width, plane = H * W;
  for (std::size_t d = 0; d < shape.depth; ++d)
    for (std::size_t r = 0; r < H; ++r)
      for (std::size_t c = 0; c < W; ++c) dst[d * plane + r + H * c] = src[d * plane + r * W + c];
}

// byte / 255 for every byte value, computed once: converting is then one load per pixel.
const std::array<float, 256>& unitTable() {
  static const std::array<float, 256> table = [] {
    std::array<float, 256> t{};
    for (std::size_t b = 0; b < 256; ++b) t[b] = float(b) / 255.0f;
    return t;
  }();
  return table;
}

void toFloats(const std::uint8_t* src, std::size_t count, float* dst) {
  const std::array<float, 256>& table = unitTable();
  for (std::size_t i = 0; i < count; ++i) dst[i] = table[src[i]];
}

}  // namespace

float pixelValue(std::uint8_t byte) { return unitTable()[byte]; }

arma::fvec Dataset::sample(std::size_t i) const {
  arma::fvec column(shape.size());
  toFloats(bytes(i), shape.size(), column.memptr());
  return column;
}

void Dataset::gather(const std::size_t* indices, std::size_t n, arma::fmat& out) const {
  const std::size_t S = shape.size();
  if (out.n_rows != S || out.n_cols != n) out.set_size(S, n);
  for (std::size_t k = 0; k < n; ++k) toFloats(bytes(indices[k]), S, out.colptr(k));
}

void Dataset::gatherRange(std::size_t begin, std::size_t n, arma::fmat& out) const {
  const std::size_t S = shape.size();
  if (out.n_rows != S || out.n_cols != n) out.set_size(S, n);
  toFloats(bytes(begin), S * n, out.memptr());  // the samples are contiguous, and so are out's columns
}

Dataset makeDataset(const RawImages& raw, const Selection& selection) {
  Dataset data = selectSamples(raw, selection);
  const std::size_t S = data.shape.size();
  data.pixels.resize(data.size() * S);
  for (std::size_t n = 0; n < data.size(); ++n)
    toColumnLayout(raw.pixels.data() + data.sourceIndex[n] * S, data.pixels.data() + n * S, data.shape);
  return data;
}

Dataset makeDataset(RawImages&& raw, const Selection& selection) {
  Dataset data = selectSamples(raw, selection);
  const std::size_t S = data.shape.size(), N = data.size(), count = raw.count;
  // Slot n must end up holding image order[n] in column layout, where order is the chosen
  // samples followed by the rest (dropped at the end): a permutation of all slots, applied in
  // place cycle by cycle with one image of scratch. Every slot is read once, before it is written.
  std::vector<std::size_t> order = data.sourceIndex;
  {
    std::vector<bool> taken(count, false);
    for (std::size_t i : order) taken[i] = true;
    for (std::size_t i = 0; i < count; ++i)
      if (!taken[i]) order.push_back(i);
  }
  std::vector<std::uint8_t> pixels = std::move(raw.pixels);
  raw = RawImages{};
  std::vector<std::uint8_t> scratch(S);
  std::vector<bool> done(count, false);
  for (std::size_t start = 0; start < N; ++start) {
    if (done[start]) continue;
    std::copy_n(pixels.data() + start * S, S, scratch.data());
    for (std::size_t slot = start;;) {
      const std::size_t from = order[slot];
      done[slot] = true;
      if (from == start) {
        toColumnLayout(scratch.data(), pixels.data() + slot * S, data.shape);
        break;
      }
      toColumnLayout(pixels.data() + from * S, pixels.data() + slot * S, data.shape);
      slot = from;
    }
  }
  pixels.resize(N * S);
  if (N < count) pixels.shrink_to_fit();
  data.pixels = std::move(pixels);
  return data;
}

std::vector<int> parseClassList(const std::string& text) {
  std::vector<int> classes;
  std::string token;
  std::stringstream stream(text);
  while (std::getline(stream, token, ',')) {
    token.erase(0, token.find_first_not_of(" \t"));
    token.erase(token.find_last_not_of(" \t") + 1);
    std::size_t used = 0;
    int value = -1;
    try {
      value = std::stoi(token, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (token.empty() || used != token.size() || value < 0 || value > 255)
      throw std::invalid_argument("bad class " + inQuotes(token) + ": classes are labels 0–255 separated by commas, e.g. 0,1");
    classes.push_back(value);
  }
  if (classes.empty()) throw std::invalid_argument("no classes given: write them like 0,1");
  return classes;
}

}  // namespace cnnlab
