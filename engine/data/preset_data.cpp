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

namespace {

// Throws when a test label is not among the training classes (one class map for both splits).
void requireTestLabelsKnown(const std::vector<int>& trainClasses, const RawImages& test) {
  std::vector<bool> known(256, false);
  for (int c : trainClasses) known[std::size_t(c)] = true;
  for (std::uint8_t label : test.labels)
    if (!known[label])
      throw std::invalid_argument("the test data has label " + labelName(test, label) +
                                  ", which the training data does not have (" + test.source + ")");
}

// Split is const RawSplit& (copies the pixels) or RawSplit (each half's pixels reused, then freed).
template <class Split>
PresetData prepare(const Preset& preset, Split&& raw, const std::vector<int>& classes,
                   std::optional<std::size_t> perClass, std::uint64_t seed) {
  const PresetSelections s = presetSelections(preset, classes, perClass, seed);
  Dataset train = makeDataset(std::forward<Split>(raw).train, s.train);
  // With one class there is nothing to tell apart: a network adapted to one output scores a
  // meaningless 100 % at a loss of 0. Refused, naming the class.
  if (train.classCount() < 2)
    throw std::invalid_argument("only one class (" + (train.names.empty() ? std::to_string(train.classes.at(0)) : train.names.at(0)) +
                                ") to train on: a classifier needs at least two; choose more with --classes or add a class folder");
  // One class map for both splits: class index i means train.classes[i] in the test set too, so a
  // test label the training set lacks would be scored against the wrong output.
  Selection test = s.test;
  test.classes = train.classes;
  test.requireEveryClass = false;
  if (s.train.classes.empty()) requireTestLabelsKnown(train.classes, raw.test);
  return {std::move(train), makeDataset(std::forward<Split>(raw).test, test)};
}

}  // namespace

void requireTestLabelsInTraining(const RawSplit& raw) {
  std::vector<int> present;
  const std::vector<std::size_t> counts = countLabels(raw.train);
  for (std::size_t label = 0; label < counts.size(); ++label)
    if (counts[label] > 0) present.push_back(int(label));
  requireTestLabelsKnown(present, raw.test);
}

PresetData preparePresetData(const Preset& preset, const RawSplit& raw, const std::vector<int>& classes,
                             std::optional<std::size_t> perClass, std::uint64_t seed) {
  return prepare(preset, raw, classes, perClass, seed);
}

PresetData preparePresetData(const Preset& preset, RawSplit&& raw, const std::vector<int>& classes,
                             std::optional<std::size_t> perClass, std::uint64_t seed) {
  return prepare(preset, std::move(raw), classes, perClass, seed);
}

}  // namespace cnnlab
