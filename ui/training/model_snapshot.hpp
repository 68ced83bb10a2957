// A value copy of the model being trained, passed between views (designer, draw-a-digit,
// stepper's from-network example) without sharing the worker's live network.
#pragma once

#include <armadillo>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include <QMetaType>

namespace cnnlab {

struct ModelSnapshot {
  nlohmann::json spec;        // docs/network-format.md
  arma::fvec parameters;      // Network<float>::parameters() at the time of the snapshot
  std::vector<int> classes;   // label of each output
  std::size_t epoch = 0, step = 0;
};

using ModelSnapshotPtr = std::shared_ptr<const ModelSnapshot>;

}  // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ModelSnapshotPtr)
