// Named networks with their data selection and training settings: the notes' seed network,
// the second notes' MLP, and LeNet-5 (identical to ../shared/bench/lenet_torch.py).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cnnlab {

struct Preset {
  std::string name;
  std::string description;
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
// Throws std::invalid_argument listing the known names.
const Preset& findPreset(const std::string& name);

}  // namespace cnnlab
