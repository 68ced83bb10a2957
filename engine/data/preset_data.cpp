// A preset's data selection, shared by the CLI and the desktop app.
#include "engine/data/preset_data.hpp"

namespace cnnlab {

PresetSelections presetSelections(const Preset& preset, const std::vector<int>& classes,
                                  std::optional<std::size_t> perClass, std::uint64_t seed) {
  Selection train{.classes = classes.empty() ? preset.classes : classes,
                  .perClassLimit = perClass.value_or(preset.trainPerClass),
                  .shuffle = preset.shuffleOnce,
                  .seed = seed};
  Selection test = train;
  test.perClassLimit = perClass.value_or(preset.testPerClass);
  test.seed = seed + 1;
  return {train, test};
}

void requireTestLabelsInTraining(const RawSplit& raw) {
  std::vector<bool> known(256, false);
  for (std::uint8_t label : raw.train.labels) known[label] = true;
  for (std::uint8_t label : raw.test.labels)
    if (!known[label])
      throw std::invalid_argument("the test data has label " + labelName(raw.test, label) +
                                  ", which the training data does not have (" + raw.test.source + ")");
}

PresetData preparePresetData(const Preset& preset, const RawSplit& raw, const std::vector<int>& classes,
                             std::optional<std::size_t> perClass, std::uint64_t seed) {
  const PresetSelections s = presetSelections(preset, classes, perClass, seed);
  Dataset train = makeDataset(raw.train, s.train);
  // One class map for both splits: class index i means train.classes[i] in the test set too, so a
  // test label the training set lacks would be scored against the wrong output.
  Selection test = s.test;
  test.classes = train.classes;
  test.requireEveryClass = false;
  if (s.train.classes.empty()) requireTestLabelsInTraining(raw);
  return {std::move(train), makeDataset(raw.test, test)};
}

}  // namespace cnnlab
