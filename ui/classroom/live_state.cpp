// LiveState: snapshots in, JSON out. add() only stores and averages; the JSON is built at push time
// (at most ten times a second), once for every client.
#include "ui/classroom/live_state.hpp"

#include <QDateTime>

#include <cmath>
#include <nlohmann/json.hpp>

#include "ui/classroom/protocol.hpp"

namespace cnnlab {

namespace {

constexpr std::size_t kMaxKernels = 32;   // kernels (or dense units) sent
constexpr std::size_t kMaxChannels = 4;   // channels of each kernel sent

const char* stateName(RunState s) {
  switch (s) {
    case RunState::Idle: return "idle";
    case RunState::Running: return "running";
    case RunState::Paused: return "paused";
    case RunState::Diverged: return "diverged";
  }
  return "";
}

// Four significant digits are plenty for a heatmap or a curve and keep the messages small.
double short4(double v) {
  if (!std::isfinite(v) || v == 0) return 0.0;  // JSON has no NaN; a diverged run says so in its state
  const double scale = std::pow(10.0, 3 - std::floor(std::log10(std::abs(v))));
  return std::round(v * scale) / scale;
}

}  // namespace

LiveState::LiveState(std::size_t maxLossPoints) : maxLossPoints_(std::max<std::size_t>(maxLossPoints, 4)) {}

void LiveState::reset(const QString& network, const QString& data, std::shared_ptr<const Dataset> test,
                      const std::vector<EpochStats>& history) {
  network_ = network;
  data_ = data;
  test_ = std::move(test);
  last_.reset();
  kernelSource_.reset();
  evaluationSource_.reset();
  loss_.clear();
  epochs_ = history;
  stepsSent_ = 0;
  dirty_ = {};
  dirty_.all = true;
}

void LiveState::setState(RunState state) {
  if (state == state_) return;
  state_ = state;
  dirty_.status = true;
}

void LiveState::add(const TrainingSnapshotPtr& s) {
  if (!s) return;
  if (!last_ || last_->image != s->image || last_->input.n_elem != s->input.n_elem) dirty_.image = true;
  last_ = s;
  lastArrivalMs_ = QDateTime::currentMSecsSinceEpoch();
  dirty_.status = true;
  if (!s->stepLosses.empty()) {
    double sum = 0;
    for (double l : s->stepLosses) sum += l;
    dirty_.lossFrom = std::min(dirty_.lossFrom, loss_.size());
    loss_.push_back({double(s->firstStep + s->stepLosses.size() - 1), sum / double(s->stepLosses.size())});
    if (loss_.size() >= maxLossPoints_) {  // merge neighbours: the curve keeps its shape at half the points
      std::vector<LossPoint> merged;
      merged.reserve(loss_.size() / 2 + 1);
      for (std::size_t i = 0; i + 1 < loss_.size(); i += 2)
        merged.push_back({loss_[i + 1].step, (loss_[i].loss + loss_[i + 1].loss) / 2});
      if (loss_.size() % 2) merged.push_back(loss_.back());
      loss_ = std::move(merged);
      dirty_.lossFrom = 0;
    }
  }
  for (const EpochStats& e : s->epochs) {  // by number: the session's history may already hold them
    if (!epochs_.empty() && e.epoch <= epochs_.back().epoch) continue;
    dirty_.epochsFrom = std::min(dirty_.epochsFrom, epochs_.size());
    epochs_.push_back(e);
  }
  if (!s->kernels.empty() && s->steps != stepsSent_) {
    kernelSource_ = s;
    dirty_.kernels = true;
  }
  if (s->hasEvaluation) {
    evaluationSource_ = s;
    dirty_.confusion = dirty_.image = true;  // the image's prediction may have changed too
  }
}

QByteArray LiveState::full() const {
  Dirty all;
  all.all = true;
  return message(protocol::kFull, all);
}

QByteArray LiveState::takeDelta() {
  Dirty parts = dirty_;
  dirty_ = {};
  if (!parts.all && !parts.status && !parts.kernels && !parts.confusion && !parts.image && parts.lossFrom == SIZE_MAX &&
      parts.epochsFrom == SIZE_MAX)
    return {};
  if (parts.kernels && kernelSource_) stepsSent_ = kernelSource_->steps;
  return message(parts.all ? protocol::kFull : protocol::kDelta, parts);
}

QByteArray LiveState::message(const char* type, const Dirty& parts) const {
  using nlohmann::json;
  json m = {{"type", type}};
  const TrainingSnapshot* s = last_.get();
  if (parts.all || parts.status) {
    json status = {{"state", stateName(state_)}, {"network", network_.toStdString()}, {"data", data_.toStdString()}};
    if (s) {
      status.update({{"epoch", s->epochsDone}, {"step", s->steps}, {"position", s->position},
                     {"samplesPerEpoch", s->samplesPerEpoch}, {"learningRate", s->learningRate},
                     {"batchSize", s->batchSize}, {"samplesPerSecond", short4(s->samplesPerSecond)},
                     {"loss", short4(s->runningLoss)}, {"accuracy", short4(s->runningAccuracy)},
                     {"time", lastArrivalMs_}});  // ms since 1970 when the snapshot reached the server
    }
    m["status"] = status;
  }
  const std::size_t lossFrom = parts.all ? 0 : parts.lossFrom;
  if (lossFrom != SIZE_MAX) {
    json points = json::array();
    for (std::size_t i = lossFrom; i < loss_.size(); ++i) points.push_back({loss_[i].step, short4(loss_[i].loss)});
    m["lossFrom"] = lossFrom;
    m["loss"] = points;
  }
  const std::size_t epochsFrom = parts.all ? 0 : parts.epochsFrom;
  if (epochsFrom != SIZE_MAX) {
    json epochs = json::array();
    for (std::size_t i = epochsFrom; i < epochs_.size(); ++i) {
      const EpochStats& e = epochs_[i];
      epochs.push_back({{"epoch", e.epoch}, {"trainLoss", short4(e.trainLoss)}, {"trainAccuracy", short4(e.trainAccuracy)},
                        {"testLoss", short4(e.testLoss)}, {"testAccuracy", short4(e.testAccuracy)}});
    }
    m["epochsFrom"] = epochsFrom;
    m["epochs"] = epochs;
  }
  if ((parts.all || parts.kernels) && kernelSource_ && !kernelSource_->kernels.empty()) {
    const KernelSet& k = kernelSource_->kernels.front();
    const std::size_t count = std::min(k.count, kMaxKernels), channels = std::min(k.channels, kMaxChannels);
    json kernels = json::array();
    for (std::size_t i = 0; i < count; ++i) {
      json kernel = json::array();
      for (std::size_t j = 0; j < channels; ++j) {
        const arma::fmat K = k.kernel(i, j);  // k × k, row 0 = top
        json rows = json::array();
        for (arma::uword r = 0; r < K.n_rows; ++r) {
          json row = json::array();
          for (arma::uword c = 0; c < K.n_cols; ++c) row.push_back(short4(K(r, c)));
          rows.push_back(std::move(row));
        }
        kernel.push_back(std::move(rows));
      }
      kernels.push_back(std::move(kernel));
    }
    m["kernels"] = {{"description", k.description}, {"count", k.count}, {"channels", k.channels},
                    {"denseUnits", k.denseUnits}, {"values", kernels}};
  }
  if ((parts.all || parts.confusion) && evaluationSource_) {
    const Evaluation& e = evaluationSource_->evaluation;
    json matrix = json::array();
    for (arma::uword r = 0; r < e.confusion.n_rows; ++r) {
      json row = json::array();
      for (arma::uword c = 0; c < e.confusion.n_cols; ++c) row.push_back(e.confusion(r, c));
      matrix.push_back(std::move(row));
    }
    json classes = json::array();
    if (test_)
      for (std::size_t c = 0; c < test_->classCount(); ++c) classes.push_back(test_->className(c));
    m["confusion"] = {{"classes", classes}, {"matrix", matrix}, {"accuracy", short4(e.accuracy)}, {"loss", short4(e.loss)}};
  }
  if ((parts.all || parts.image) && s && !s->input.is_empty() && test_ && test_->shape.size() == s->input.n_elem) {
    const std::size_t H = test_->shape.height, W = test_->shape.width;
    json pixels = json::array();
    for (std::size_t r = 0; r < H; ++r)
      for (std::size_t c = 0; c < W; ++c) pixels.push_back(int(std::lround(255 * std::clamp(s->input(c * H + r), 0.0f, 1.0f))));
    json image = {{"index", s->image}, {"rows", H}, {"cols", W}, {"pixels", pixels}};
    if (std::size_t(s->image) < test_->size()) image["label"] = test_->className(test_->labels[std::size_t(s->image)]);
    if (evaluationSource_ && std::size_t(s->image) < evaluationSource_->evaluation.predictions.size())
      image["predicted"] = test_->className(evaluationSource_->evaluation.predictions[std::size_t(s->image)]);
    m["image"] = image;
  }
  return QByteArray::fromStdString(m.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace cnnlab
