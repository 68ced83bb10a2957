// The built-in presets.
#include "engine/presets.hpp"
#include "engine/quoted.hpp"
#include "engine/translatable.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace cnnlab {

const std::vector<Preset>& presets() {
  static const std::vector<Preset> all = [] {
    std::vector<Preset> list;
    // Notes: Convolutional((1,28,28), 3, 5), Sigmoid, Reshape, Dense(5·26·26, 100), Sigmoid,
    // Dense(100, 2), Sigmoid; binary cross-entropy; 20 epochs, lr 0.1; 100 zeros + 100 ones.
    list.push_back({.name = "seed-binary",
                    .description = QT_TRANSLATE_NOOP("engine", "the notes' CNN: MNIST 0 vs 1, per-sample SGD"),
                    .network = nlohmann::json::parse(R"({
                      "input": {"depth": 1, "height": 28, "width": 28},
                      "layers": [{"type": "convolutional", "kernels": 5, "kernel_size": 3, "bias": "per_output"},
                                 {"type": "sigmoid"}, {"type": "reshape"},
                                 {"type": "dense", "units": 100}, {"type": "sigmoid"},
                                 {"type": "dense", "units": 2}, {"type": "sigmoid"}],
                      "loss": "binary_cross_entropy", "init": "normal"})"),
                    .classes = {0, 1},
                    .trainPerClass = 100,
                    .testPerClass = 100,
                    .epochs = 20,
                    .learningRate = 0.1,
                    .batchSize = 1});
    // Second notes: 784 → Dense → Sigmoid → Dense(10) → Softmax, E = Σ(Y − y)²/2, SGD.
    list.push_back({.name = "mlp",
                    .description = QT_TRANSLATE_NOOP("engine", "the second notes' MLP: 784-100-10, softmax, MSE, all ten digits"),
                    .network = nlohmann::json::parse(R"({
                      "input": {"depth": 1, "height": 28, "width": 28},
                      "layers": [{"type": "reshape"}, {"type": "dense", "units": 100}, {"type": "sigmoid"},
                                 {"type": "dense", "units": 10}, {"type": "softmax", "temperature": 1.0}],
                      "loss": "mean_squared_error", "init": "uniform_fan_in"})"),
                    .epochs = 10,
                    .learningRate = 0.5,
                    .batchSize = 1,
                    .shuffleEachEpoch = true});
    // ../shared/bench/lenet_torch.py: PyTorch defaults (per-kernel bias, U(±1/√fan_in) init).
    list.push_back({.name = "lenet5",
                    .description = QT_TRANSLATE_NOOP("engine", "LeNet-5 on all ten digits, SGD with momentum, batch 32"),
                    .network = nlohmann::json::parse(R"({
                      "input": {"depth": 1, "height": 28, "width": 28},
                      "layers": [{"type": "convolutional", "kernels": 6, "kernel_size": 5, "bias": "per_kernel"},
                                 {"type": "relu"}, {"type": "maxpool", "size": 2},
                                 {"type": "convolutional", "kernels": 16, "kernel_size": 5, "bias": "per_kernel"},
                                 {"type": "relu"}, {"type": "maxpool", "size": 2},
                                 {"type": "reshape"},
                                 {"type": "dense", "units": 120}, {"type": "relu"},
                                 {"type": "dense", "units": 84}, {"type": "relu"},
                                 {"type": "dense", "units": 10}, {"type": "softmax"}],
                      "loss": "cross_entropy", "init": "uniform_fan_in"})"),
                    .epochs = 3,
                    .learningRate = 0.05,
                    .batchSize = 32,
                    .momentum = 0.9,
                    .shuffleEachEpoch = true});
    return list;
  }();
  return all;
}

AdaptedSpec adaptToData(const nlohmann::json& spec, std::size_t depth, std::size_t classes) {
  AdaptedSpec adapted{spec, ""};
  if (!spec.is_object() || !spec.contains("input") || !spec["input"].is_object()) return adapted;
  auto& input = adapted.spec["input"];
  const nlohmann::json oldDepth = input.value("depth", nlohmann::json(1));
  if (depth > 0 && (!oldDepth.is_number_unsigned() || oldDepth.get<std::size_t>() != depth)) {
    input["depth"] = depth;
    adapted.change = "input depth " + oldDepth.dump() + " → " + std::to_string(depth);
  }
  if (classes > 0 && adapted.spec.contains("layers") && adapted.spec["layers"].is_array()) {
    auto& layers = adapted.spec["layers"];
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
      if (it->is_object() && it->contains("units")) {
        const nlohmann::json oldUnits = (*it)["units"];
        if (!oldUnits.is_number_unsigned() || oldUnits.get<std::size_t>() != classes) {
          (*it)["units"] = classes;
          adapted.change += (adapted.change.empty() ? "" : ", ") + std::string("outputs ") + oldUnits.dump() + " → " +
                            std::to_string(classes);
        }
        break;
      }
  }
  return adapted;
}

const Preset& findPreset(const std::string& name) {
  std::string known;
  for (const Preset& preset : presets()) {
    if (preset.name == name) return preset;
    known += (known.empty() ? "" : ", ") + preset.name;
  }
  throw std::invalid_argument("unknown preset " + inQuotes(name) + " (known: " + known + ")");
}

}  // namespace cnnlab
