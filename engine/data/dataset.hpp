// Labelled images: reading MNIST-layout IDX pairs (and the embedded subset), and the notes'
// preprocessing: choose classes, a per-class limit, scale to [0, 1], one-hot labels.
#pragma once

#include <armadillo>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/shape.hpp"

namespace cnnlab {

// Images as read: count × depth × height × width bytes (each channel row-major, as in IDX; the
// channels of one image one after another: R, G, B for colour), and one label each.
struct RawImages {
  std::size_t count = 0, height = 0, width = 0;
  std::size_t depth = 1;  // 1: grey; 3: colour (R, G, B planes)
  std::vector<std::uint8_t> pixels;
  std::vector<std::uint8_t> labels;
  std::string source;  // where they came from, for messages and the GUI
  std::vector<std::string> classNames;  // name of label l at [l] (image folders); empty: the number

  std::size_t imageBytes() const { return depth * height * width; }
};

struct RawSplit {
  RawImages train, test;
};

// Images and labels from an IDX pair. Throws IdxError when a file is unusable or the two
// counts disagree.
RawImages readIdxPair(const std::string& imagesPath, const std::string& labelsPath);

// The 10,000 MNIST digits compiled into the program: first 8,000 train, last 2,000 test.
RawSplit embeddedMnist();

// A directory in MNIST's layout: train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz],
// t10k-images-idx3-ubyte[.gz], t10k-labels-idx1-ubyte[.gz] (full MNIST, Fashion-MNIST, EMNIST);
// or a single images-idx3-ubyte[.gz] / labels-idx1-ubyte[.gz] pair split by trainFraction.
// Throws IdxError naming what is missing or broken.
RawSplit readMnistDirectory(const std::string& directory, double trainFraction = 0.8);

// Splits images [0, n·trainFraction) / [n·trainFraction, n).
RawSplit splitRaw(const RawImages& all, double trainFraction);

// Splits each class on its own: its first round(n_c·trainFraction) images train, the rest test
// (for sources sorted by class, such as image folders). Every class with two or more images gets
// at least one of each. Throws std::invalid_argument unless 0 < trainFraction < 1.
RawSplit splitRawByClass(const RawImages& all, double trainFraction);
// How many of a class's `count` images splitRawByClass puts in training.
std::size_t trainQuota(std::size_t count, double trainFraction);

// How many images of each label (index = label, sized to the largest label + 1).
std::vector<std::size_t> countLabels(const RawImages& raw);

// "3", or the folder name for image folders.
std::string labelName(const RawImages& raw, int label);

// D channels (1 grey, 3 colour), H × W image, N samples, C classes, S = D·H·W values per sample.
// The pixels stay 8-bit, as stored on disk (a quarter of float32's memory: 47 MB, not 188 MB, for
// Fashion-MNIST's 60,000 training images); sample() and gather() turn them into floats in [0, 1]
// (byte / 255) when a batch needs them.
struct Dataset {
  Shape shape;                          // of one sample: D × H × W
  std::vector<std::uint8_t> pixels;     // N·S bytes: sample n's element (h, w, d) at n·S + h + H·(w + W·d)
  arma::fmat targets;                   // C × N one-hot
  std::vector<std::uint32_t> labels;    // class index 0 … C−1 per sample
  std::vector<int> classes;             // original label of each class index, e.g. {0, 1}
  std::vector<std::size_t> sourceIndex; // index of each sample in the RawImages it came from
  std::vector<std::string> names;       // name of each class index (empty: the label number)

  std::size_t size() const { return labels.size(); }
  // Sample i's S bytes, in Shape's column layout.
  const std::uint8_t* bytes(std::size_t i) const { return pixels.data() + i * shape.size(); }
  // Sample i as the network takes it: S values in [0, 1] in Shape's column layout (element
  // (h, w, d) at h + H·(w + W·d)). Allocates; views read single samples through this.
  arma::fvec sample(std::size_t i) const;
  // Samples indices[0 … n) as the columns of out (S × n), for a training batch. out is resized
  // only when its size changes, so a reused buffer allocates nothing after the first batch.
  void gather(const std::size_t* indices, std::size_t n, arma::fmat& out) const;
  // Samples [begin, begin + n) as the columns of out (S × n), for evaluation in tiles.
  void gatherRange(std::size_t begin, std::size_t n, arma::fmat& out) const;
  std::size_t classCount() const { return classes.size(); }
  std::string className(std::size_t c) const {
    return c < names.size() && !names[c].empty() ? names[c] : std::to_string(classes.at(c));
  }
};

// A byte as the network sees it: byte / 255 (exactly, as a float division).
float pixelValue(std::uint8_t byte);

struct Selection {
  std::vector<int> classes;      // labels to keep, in this order (empty: every label present)
  std::size_t perClassLimit = 0; // the first N of each class (0: all)
  bool shuffle = true;           // permute once, as the notes' preprocessing does
  std::uint64_t seed = 0;
  bool requireEveryClass = true; // false: a class without samples is allowed (a small test split)
};

// Throws std::invalid_argument for no images, inconsistent sizes, a class listed twice, a class
// that has no samples (a label out of range; unless !requireEveryClass) or a label over 255.
Dataset makeDataset(const RawImages& raw, const Selection& selection);
// The same, reusing raw's pixel memory (raw is left empty): a full-size set is never held twice.
Dataset makeDataset(RawImages&& raw, const Selection& selection);

// Parses "0,1" or "3, 5, 8" into labels 0–255; throws std::invalid_argument.
std::vector<int> parseClassList(const std::string& text);

}  // namespace cnnlab
