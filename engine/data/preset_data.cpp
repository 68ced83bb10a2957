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

PresetData preparePresetData(const Preset& preset, const RawSplit& raw, const std::vector<int>& classes,
                             std::optional<std::size_t> perClass, std::uint64_t seed) {
  const PresetSelections s = presetSelections(preset, classes, perClass, seed);
  return {makeDataset(raw.train, s.train), makeDataset(raw.test, s.test)};
}

}  // namespace cnnlab
