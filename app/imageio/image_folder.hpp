// Datasets as folders of images, one subfolder per class (the usual ImageFolder convention),
// decoded with QImage, made grayscale and resized to the network's input. Also the CLI's and the
// GUI's single entry point for "a data directory": MNIST-layout IDX files or an image folder.
#pragma once

#include <stdexcept>
#include <string>

#include "engine/data/dataset.hpp"

namespace cnnlab {

// A folder that cannot become a dataset. what() is one line naming the folder or file.
class ImageFolderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ImageFolderOptions {
  std::size_t height = 28, width = 28;  // every image is resized to this (aspect not kept)
  bool invert = false;                  // dark ink on light paper → light on dark, as MNIST
  std::size_t perClassLimit = 0;        // read at most this many files per class (0: all)
};

// Reads DIR/<class>/<image>.png|.jpg|.jpeg; classes are the subfolders in name order, labelled
// 0, 1, …; their names go to RawImages::classNames. Transparent pixels count as white paper.
// Throws ImageFolderError for: not a directory, no class subfolders (an empty folder), a class
// folder without images, an image that cannot be decoded, more than 256 classes.
RawImages readImageFolder(const std::string& directory, const ImageFolderOptions& options = {});

// True when DIR holds no IDX files but has at least one subfolder (so it is meant as an image folder).
bool isImageFolder(const std::string& directory);

// IDX files (readMnistDirectory, a single pair split by trainFraction) or an image folder (each
// class split by trainFraction, images resized to options' size). Throws IdxError/ImageFolderError.
RawSplit readDataDirectory(const std::string& directory, double trainFraction = 0.8,
                           const ImageFolderOptions& options = {});

}  // namespace cnnlab
