// A full MNIST's worth of 28×28 images (random bytes, ten classes): trainCount to train on, 10,000
// to test. The dashboard's test and the latency benchmark train LeNet-5 on it.
#pragma once

#include <cstring>
#include <memory>
#include <random>
#include <utility>

#include "engine/data/dataset.hpp"

namespace cnnlab::testing {

inline std::shared_ptr<const RawSplit> fullSizeData(std::size_t trainCount) {
  auto split = std::make_shared<RawSplit>();
  std::mt19937 rng(1);
  for (auto [part, count] : {std::pair{&split->train, trainCount}, std::pair{&split->test, std::size_t(10000)}}) {
    part->count = count;
    part->height = part->width = 28;
    part->source = "generated";
    part->pixels.resize(count * 784);
    for (std::size_t i = 0; i < part->pixels.size(); i += 4) {
      const std::uint32_t r = rng();
      std::memcpy(part->pixels.data() + i, &r, 4);
    }
    part->labels.resize(count);
    for (std::size_t i = 0; i < count; ++i) part->labels[i] = std::uint8_t(i % 10);
  }
  return split;
}

}  // namespace cnnlab::testing
