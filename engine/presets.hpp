// Named networks with their data selection and training settings: the notes' seed network,
// the second notes' MLP, and LeNet-5 (identical to ../shared/bench/lenet_torch.py).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cnnlab {

struct Preset {
  std::string name;
  std::string description;        // marked for the desktop's translation (engine/translatable.hpp)
  nlohmann::json network;          // docs/network-format.md
  std::vector<int> classes;        // empty: all ten digits
  std::size_t trainPerClass = 0;   // 0: every training sample of those classes
  std::size_t testPerClass = 0;
  bool shuffleOnce = true;         // permute the selection once (the notes' preprocessing)
  std::size_t epochs = 1;
  double learningRate = 0.1;
  std::size_t batchSize = 1;
  double momentum = 0.0;
  bool shuffleEachEpoch = false;
};

const std::vector<Preset>& presets();

// A preset's network fitted to the data it is given: the input takes the data's depth (1 grey,
// 3 colour) and the last layer with "units" (the final dense layer) gives one output per class.
// Height and width stay: image folders are resized to the network's input.
struct AdaptedSpec {
  nlohmann::json spec;
  std::string change;  // one line, e.g. "input depth 1 → 3, outputs 10 → 2"; empty: nothing changed
};
// Only for presets (and the app's preset networks): a designed network or --net file is taken as
// written. A spec it cannot read (no input object, no dense layer) comes back unchanged, for
// buildNetwork to name the problem.
AdaptedSpec adaptToData(const nlohmann::json& spec, std::size_t depth, std::size_t classes);

// An input depth as messages name it: "1 (grey)", "3 (colour)", else the number.
inline std::string depthName(std::size_t depth) {
  return std::to_string(depth) + (depth == 1 ? " (grey)" : depth == 3 ? " (colour)" : "");
}
// Throws std::invalid_argument listing the known names.
const Preset& findPreset(const std::string& name);

}  // namespace cnnlab
