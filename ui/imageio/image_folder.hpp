// Datasets as folders of images, one subfolder per class (the usual ImageFolder convention),
// decoded with QImage, made grayscale (or kept in colour) and resized to the network's input. Also the CLI's and the
// GUI's single entry point for "a data directory": MNIST-layout IDX files or an image folder.
#pragma once

#include <QByteArray>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/data/dataset.hpp"

namespace cnnlab {

// A folder that cannot become a dataset. what() is one line naming the folder or file.
class ImageFolderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The largest image decoded (4096×4096): above it QImage gives up with an unhelpful message.
constexpr long long kMaxImagePixels = 4096LL * 4096LL;

// The largest size an image is scaled to (a network's input height or width).
constexpr std::size_t kMaxImageSide = 1024;

struct ImageFolderOptions {
  std::size_t height = 28, width = 28;  // every image is resized to this (aspect not kept)
  bool invert = false;                  // dark ink on light paper → light on dark, as MNIST
  std::size_t perClassLimit = 0;        // readImageFolder: at most this many files per class (0: all)
  bool color = false;                   // keep R, G, B (RawImages::depth 3) instead of grey
  // readDataDirectory on an image folder: at most this many of each class's training and test
  // images are decoded (unset: all; 0: none, e.g. evaluate's training half), the first of each
  // half, which are the ones a Selection with the same perClassLimit keeps. The rest are listed,
  // never decoded.
  std::optional<std::size_t> trainPerClassLimit, testPerClassLimit;
  std::vector<int> onlyClasses;  // readDataDirectory on an image folder: decode only these labels (empty: all)
};

// Reads DIR/<class>/<image>.png|.jpg|.jpeg; classes are the subfolders in name order, labelled
// 0, 1, …; their names go to RawImages::classNames. Transparent pixels count as white paper.
// With options.color each image keeps its colour: RawImages::depth 3 (planes R, G, B), and
// options.invert inverts each channel.
// Throws ImageFolderError for: not a directory, no class subfolders (an empty folder), a class
// folder without images, an image that cannot be decoded or is larger than kMaxImagePixels, a class
// folder name with a control character, more than 256 classes.
RawImages readImageFolder(const std::string& directory, const ImageFolderOptions& options = {});

// One image file, decoded as readImageFolder does: options.height × options.width bytes, row-major
// (with options.color three such planes, R then G then B).
// Throws ImageFolderError when it cannot be decoded or is too large.
std::vector<std::uint8_t> readImage(const std::string& path, const ImageFolderOptions& options = {});
// The same for an image's bytes (a PNG or JPEG a browser sent), named `name` in messages.
std::vector<std::uint8_t> readImageBytes(const QByteArray& bytes, const std::string& name, const ImageFolderOptions& options = {});

// True when DIR holds no IDX files but has at least one subfolder (so it is meant as an image folder).
bool isImageFolder(const std::string& directory);

// IDX files (readMnistDirectory, a single pair split by trainFraction) or an image folder (each
// class split by trainFraction, images resized to options' size). Throws IdxError/ImageFolderError,
// also when an image folder leaves no test images (no class has two).
RawSplit readDataDirectory(const std::string& directory, double trainFraction = 0.8,
                           const ImageFolderOptions& options = {});

}  // namespace cnnlab
