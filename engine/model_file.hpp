// Model files (.cnnlab): the network JSON and its float32 weights, versioned and checksummed,
// written to a temporary file and renamed so a failed save never destroys the previous file.
// Format (docs/model-format.md), all integers little-endian:
//   8 bytes  "CNNLAB\x00M"      magic
//   u32      format version (1)
//   u64      JSON length L, then L bytes of UTF-8 JSON: {"network": …, "metadata": …}
//   u64      parameter count P, then P float32 values (Network::parameters())
//   u32      CRC-32 (zlib) of every byte before it
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/network.hpp"

namespace cnnlab {

constexpr std::uint32_t kModelFormatVersion = 1;

// A model file that cannot be written or read. what() is one line naming the file and the problem.
class ModelFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LoadedModel {
  Network<float> network;
  nlohmann::json metadata;  // what the saver put there (preset, epochs trained, …)
  std::string path;         // where it was read from, for messages
};

// The original labels the model's outputs stand for: metadata "classes" as train saves it, else
// 0 … outputs−1. Throws ModelFileError for metadata that disagrees with the network.
std::vector<int> modelClasses(const LoadedModel& model);
// The class names the model was trained with ("class_names": an image folder's subfolders, one per
// output), or none (IDX data and older files: the labels are the names). Throws ModelFileError.
std::vector<std::string> modelClassNames(const LoadedModel& model);

// Throws ModelFileError; the file at path is unchanged when saving fails.
void saveModel(const Network<float>& network, const std::string& path, const nlohmann::json& metadata = {});
// Throws ModelFileError for a missing, truncated, corrupt, wrong-version or inconsistent file.
LoadedModel loadModel(const std::string& path);
// The same checks on a model file's bytes; path only names it in messages (the fuzz target's entry).
LoadedModel parseModel(const std::vector<std::uint8_t>& bytes, const std::string& path);

}  // namespace cnnlab
