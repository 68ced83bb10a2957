// The data a preset trains on: its classes and per-class limits applied to a raw train/test split
// (shared by cnnlab-cli train and the desktop app, so both train on exactly the same samples).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/data/dataset.hpp"
#include "engine/presets.hpp"

namespace cnnlab {

struct PresetSelections {
  Selection train, test;
};

struct PresetData {
  Dataset train, test;
};

// The preset's selections; classes (when not empty) and perClass (when set) override the preset's.
// The test selection uses seed + 1 so its shuffle differs from the training one.
PresetSelections presetSelections(const Preset& preset, const std::vector<int>& classes = {},
                                  std::optional<std::size_t> perClass = {}, std::uint64_t seed = 0);

// Throws std::invalid_argument naming the first test label the training data does not have at all
// (it would be scored against the wrong output).
void requireTestLabelsInTraining(const RawSplit& raw);

// makeDataset on both halves of raw; throws std::invalid_argument as makeDataset does.
PresetData preparePresetData(const Preset& preset, const RawSplit& raw, const std::vector<int>& classes = {},
                             std::optional<std::size_t> perClass = {}, std::uint64_t seed = 0);
// The same, reusing raw's pixel memory (raw is left empty): for callers that keep only the datasets.
PresetData preparePresetData(const Preset& preset, RawSplit&& raw, const std::vector<int>& classes = {},
                             std::optional<std::size_t> perClass = {}, std::uint64_t seed = 0);

}  // namespace cnnlab
