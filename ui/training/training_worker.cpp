// The training worker's loop: take requests, train one batch, publish a throttled snapshot.
#include "ui/training/training_worker.hpp"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <chrono>
#include <optional>

#include "engine/layers/convolutional.hpp"
#include "engine/threads.hpp"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// The kernels of layer i (a convolutional layer) in a flat vector laid out like Network::parameters().
KernelSet kernelSet(const Network<float>& network, const ParameterRange& range, const arma::fvec& values) {
  const auto& conv = dynamic_cast<const Convolutional<float>&>(network.layer(range.layer));
  const ConvolutionalOptions& o = conv.options();
  KernelSet set;
  set.layer = range.layer;
  set.description = conv.describe();
  set.channels = o.inputDepth;
  set.size = o.kernelSize;
  set.count = o.kernelCount;
  set.kernels = arma::fmat(values.memptr() + range.offset, o.inputDepth * o.kernelSize * o.kernelSize, o.kernelCount);
  return set;
}

// The weights of a network without convolution whose first layer with parameters is Dense and
// reads the image unchanged (only Reshapes before it): unit i's incoming weights, row i of W,
// as an image of the input's shape. At most 100 units, the first ones.
constexpr std::size_t kMaxUnitImages = 100;

std::optional<ParameterRange> imageWeights(const Network<float>& network) {
  for (const ParameterRange& r : network.parameterRanges()) {
    if (r.count == 0) {
      if (network.layer(r.layer).type() != "reshape") return std::nullopt;
      continue;
    }
    if (network.layer(r.layer).type() != "dense") return std::nullopt;
    return r;
  }
  return std::nullopt;
}

KernelSet unitImages(const Network<float>& network, const ParameterRange& range, const arma::fvec& values) {
  const Layer<float>& dense = network.layer(range.layer);
  const Shape& image = network.inputShape();
  const std::size_t O = dense.outputShape().size(), I = dense.inputShape().size();
  KernelSet set;
  set.layer = range.layer;
  set.description = dense.describe();
  set.denseUnits = true;
  set.units = O;
  set.channels = image.depth;
  set.size = image.height;
  set.width = image.width;
  set.count = std::min(O, kMaxUnitImages);
  const arma::fmat W(const_cast<float*>(values.memptr()) + range.offset, O, I, false, true);
  set.kernels = W.rows(0, set.count - 1).t();  // column i = unit i's I weights, in the image's layout
  return set;
}

// The loop's own state: only the worker thread touches it.
struct Session {
  std::shared_ptr<const Dataset> train, test;
  std::unique_ptr<Network<float>> network;
  std::unique_ptr<Trainer> trainer;  // refers to *network and *train: destroyed first
  std::uint64_t generation = 0;
  nlohmann::json spec;
  std::vector<ParameterRange> convRanges;  // of the convolutional layers

  // Current epoch so far.
  double lossSum = 0;
  std::size_t correct = 0, seen = 0;
  double epochSeconds = 0;

  // Since the last snapshot.
  std::size_t firstStep = 1;
  std::vector<double> stepLosses;
  std::vector<EpochStats> epochs;
  bool evaluationDue = false;
  LastStep lastStep;

  // Throughput over the last half second or more of training.
  Clock::time_point rateStart = Clock::now();
  std::size_t rateSamples = 0;
  double samplesPerSecond = 0;

  int image = 0;
  ModelSnapshotPtr model;
  std::size_t modelStep = std::size_t(-1);

  void replace(std::shared_ptr<TrainingSetup> setup) {
    trainer.reset();
    network = std::move(setup->network);
    train = std::move(setup->train);
    test = std::move(setup->test);
    generation = setup->generation;
    trainer = std::make_unique<Trainer>(*network, *train, setup->options);
    spec = network->spec();
    convRanges.clear();
    for (const ParameterRange& r : network->parameterRanges())
      if (network->layer(r.layer).type() == "convolutional") convRanges.push_back(r);
    lossSum = 0;
    correct = seen = 0;
    epochSeconds = 0;
    firstStep = 1;
    stepLosses.clear();
    epochs.clear();
    evaluationDue = true;
    lastStep = {};
    samplesPerSecond = 0;
    model.reset();
    modelStep = std::size_t(-1);
    if (test && image >= int(test->size())) image = 0;
  }

  // Trains one batch (of one sample when singleSample), recording the kernels around it when asked.
  StepResult step(bool singleSample, bool recordKernels) {
    const std::size_t batch = trainer->options().batchSize;
    if (singleSample) trainer->setBatchSize(1);
    LastStep record;
    if (recordKernels && !convRanges.empty()) record.before = kernelSet(*network, convRanges.front(), network->parameters());
    StepResult r;
    try {
      r = trainer->step();
    } catch (...) {
      if (singleSample) trainer->setBatchSize(batch);
      throw;
    }
    if (singleSample) trainer->setBatchSize(batch);
    if (recordKernels && !convRanges.empty()) {
      record.valid = true;
      record.step = trainer->steps();
      record.learningRate = trainer->options().learningRate;
      record.gradient = kernelSet(*network, convRanges.front(), network->gradients());
      record.after = kernelSet(*network, convRanges.front(), network->parameters());
      lastStep = std::move(record);
    }
    if (stepLosses.empty()) firstStep = trainer->steps();
    stepLosses.push_back(r.loss);
    lossSum += r.loss * double(r.samples);
    correct += r.correct;
    seen += r.samples;
    rateSamples += r.samples;
    return r;
  }

  void finishEpoch() {
    EpochStats stats;
    stats.epoch = trainer->epochsDone();
    stats.trainLoss = seen ? lossSum / double(seen) : 0;
    stats.trainAccuracy = seen ? double(correct) / double(seen) : 0;
    stats.seconds = epochSeconds;
    if (test && test->size()) {
      const Evaluation ev = trainer->evaluate(*test);
      stats.testLoss = ev.loss;
      stats.testAccuracy = ev.accuracy;
    }
    epochs.push_back(stats);
    evaluationDue = true;
    lossSum = 0;
    correct = seen = 0;
    epochSeconds = 0;
  }

  void updateRate(bool training) {
    const auto now = Clock::now();
    const double elapsed = secondsBetween(rateStart, now);
    if (!training) {
      rateStart = now;
      rateSamples = 0;
    } else if (elapsed >= 0.5) {
      samplesPerSecond = double(rateSamples) / elapsed;
      rateStart = now;
      rateSamples = 0;
    }
  }

  TrainingSnapshotPtr snapshot(RunState state) {
    auto s = std::make_shared<TrainingSnapshot>();
    s->generation = generation;
    s->state = state;
    if (!trainer) return s;
    s->epochsDone = trainer->epochsDone();
    s->steps = trainer->steps();
    s->position = trainer->position();
    s->samplesPerEpoch = train->size();
    s->learningRate = trainer->options().learningRate;
    s->batchSize = trainer->options().batchSize;
    s->samplesPerSecond = state == RunState::Running ? samplesPerSecond : 0;
    s->runningLoss = seen ? lossSum / double(seen) : 0;
    s->runningAccuracy = seen ? double(correct) / double(seen) : 0;
    s->firstStep = firstStep;
    s->stepLosses = std::move(stepLosses);
    stepLosses.clear();
    s->epochs = std::move(epochs);
    epochs.clear();
    if (evaluationDue && test && test->size()) {
      s->hasEvaluation = true;
      s->evaluation = trainer->evaluate(*test);
    }
    evaluationDue = false;
    for (const ParameterRange& r : convRanges) s->kernels.push_back(kernelSet(*network, r, network->parameters()));
    if (convRanges.empty())
      if (const auto dense = imageWeights(*network)) s->kernels.push_back(unitImages(*network, *dense, network->parameters()));
    s->lastStep = lastStep;
    if (test && test->size()) {
      s->image = image;
      s->input = test->images.col(std::size_t(image));
      network->forward(arma::fmat(s->input));
      for (std::size_t i = 0; i < network->layerCount(); ++i) {
        const auto& layer = network->layer(i);
        s->activations.push_back({i, layer.type(), layer.describe(), layer.outputShape(), arma::fvec(network->activation(i))});
      }
    }
    if (!model || modelStep != trainer->steps()) {
      auto m = std::make_shared<ModelSnapshot>();
      m->spec = spec;
      m->parameters = network->parameters();
      m->classes = train->classes;
      m->epoch = trainer->epochsDone();
      m->step = trainer->steps();
      model = std::move(m);
      modelStep = trainer->steps();
    }
    s->model = model;
    return s;
  }
};

}  // namespace

TrainingWorker::TrainingWorker() { qRegisterMetaType<cnnlab::TrainingSnapshotPtr>(); }

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::configure(std::shared_ptr<TrainingSetup> setup) {
  QMutexLocker lock(&mutex_);
  requests_.setup = std::move(setup);
  requests_.running = requests_.paused = false;
  requests_.startPending = false;
  requests_.samples = requests_.batches = 0;
  requests_.epoch = false;
  requests_.learningRate.reset();
  requests_.batchSize.reset();
  running_ = false;
  condition_.wakeOne();
}

void TrainingWorker::start(std::size_t epochs) {
  QMutexLocker lock(&mutex_);
  requests_.running = true;
  requests_.paused = false;
  requests_.startPending = true;
  requests_.epochsToRun = epochs;
  running_ = true;
  condition_.wakeOne();
}

void TrainingWorker::pause() {
  QMutexLocker lock(&mutex_);
  if (!requests_.running) return;
  requests_.paused = true;
  requests_.snapshot = true;
  condition_.wakeOne();
}

void TrainingWorker::resume() {
  QMutexLocker lock(&mutex_);
  if (!requests_.running) return;
  requests_.paused = false;
  condition_.wakeOne();
}

void TrainingWorker::stop() {
  QMutexLocker lock(&mutex_);
  const bool wasBusy = requests_.running || requests_.samples || requests_.batches || requests_.epoch;
  requests_.running = requests_.paused = false;
  requests_.startPending = false;
  requests_.samples = requests_.batches = 0;
  requests_.epoch = false;
  requests_.stopPending = wasBusy;
  requests_.snapshot = true;
  running_ = false;
  condition_.wakeOne();
}

void TrainingWorker::stepSamples(std::size_t count) {
  QMutexLocker lock(&mutex_);
  requests_.samples += count;
  condition_.wakeOne();
}

void TrainingWorker::stepBatches(std::size_t count) {
  QMutexLocker lock(&mutex_);
  requests_.batches += count;
  condition_.wakeOne();
}

void TrainingWorker::stepEpoch() {
  QMutexLocker lock(&mutex_);
  requests_.epoch = true;
  condition_.wakeOne();
}

void TrainingWorker::setLearningRate(double rate) {
  QMutexLocker lock(&mutex_);
  requests_.learningRate = rate;
  condition_.wakeOne();
}

void TrainingWorker::setBatchSize(std::size_t size) {
  QMutexLocker lock(&mutex_);
  requests_.batchSize = size;
  condition_.wakeOne();
}

void TrainingWorker::setStepsPerSecond(double rate) {
  QMutexLocker lock(&mutex_);
  requests_.stepsPerSecond = rate > 0 ? rate : 0;
  condition_.wakeOne();
}

void TrainingWorker::selectImage(int testIndex) {
  QMutexLocker lock(&mutex_);
  requests_.image = testIndex;
  condition_.wakeOne();
}

void TrainingWorker::requestSnapshot() {
  QMutexLocker lock(&mutex_);
  requests_.snapshot = true;
  condition_.wakeOne();
}

void TrainingWorker::shutdown() {
  QMutexLocker lock(&mutex_);
  requests_.quit = true;
  requests_.running = false;
  running_ = false;
  condition_.wakeOne();
}

void TrainingWorker::run() {
  setComputeThreads(1);  // as cnnlab-cli's default, so the two train at the same speed
  Session session;
  auto lastPublish = Clock::now() - std::chrono::hours(1);
  auto nextStepDue = Clock::now();
  std::size_t epochTarget = 0;  // absolute epochsDone at which the run ends (0: none)

  for (;;) {
    enum class Action { None, Sample, Batch, EpochStep, RunStep } action = Action::None;
    std::shared_ptr<TrainingSetup> setup;
    std::optional<double> rate;
    std::optional<std::size_t> batchSize;
    std::optional<int> image;
    bool snapshotAsked = false, stopped = false, started = false, paused = false;
    std::size_t epochsToRun = 0;
    {
      QMutexLocker lock(&mutex_);
      for (;;) {
        Requests& q = requests_;
        if (q.quit) return;
        const bool events = q.setup || q.learningRate || q.batchSize || q.image || q.snapshot || q.stopPending || q.startPending;
        const bool manual = session.trainer && (q.samples || q.batches || q.epoch);
        const bool running = session.trainer && q.running && !q.paused;
        if (events || manual) break;
        if (running) {
          if (q.stepsPerSecond > 0 && Clock::now() < nextStepDue) {
            const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextStepDue - Clock::now()).count();
            condition_.wait(&mutex_, QDeadlineTimer(qint64(wait) + 1));
            continue;
          }
          break;
        }
        if (q.running && !session.trainer) q.running = false;
        condition_.wait(&mutex_);
      }
      Requests& q = requests_;
      setup = std::move(q.setup);
      q.setup.reset();
      rate = q.learningRate;
      q.learningRate.reset();
      batchSize = q.batchSize;
      q.batchSize.reset();
      image = q.image;
      q.image.reset();
      snapshotAsked = q.snapshot;
      q.snapshot = false;
      stopped = q.stopPending;
      q.stopPending = false;
      started = q.startPending;
      q.startPending = false;
      epochsToRun = q.epochsToRun;
      paused = q.paused;
      if (!setup && session.trainer) {
        if (q.samples) {
          action = Action::Sample;
          --q.samples;
        } else if (q.batches) {
          action = Action::Batch;
          --q.batches;
        } else if (q.epoch) {
          action = Action::EpochStep;
        } else if (q.running && !q.paused) {
          action = Action::RunStep;
          if (q.stepsPerSecond > 0)
            nextStepDue = std::max(Clock::now(), nextStepDue) +
                          std::chrono::microseconds(std::int64_t(1e6 / q.stepsPerSecond));
        }
      }
    }

    bool publishNow = snapshotAsked || stopped || image.has_value();
    if (setup) {
      try {
        session.replace(std::move(setup));
      } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
      }
      epochTarget = 0;
      publishNow = true;
    }
    if (image) session.image = *image;
    if (session.test && session.image >= int(session.test->size())) session.image = 0;
    try {
      if (rate && session.trainer) session.trainer->setLearningRate(*rate);
      if (batchSize && session.trainer) session.trainer->setBatchSize(*batchSize);
    } catch (const std::exception& e) {
      emit failed(QString::fromStdString(e.what()));
    }
    if ((rate || batchSize) && action == Action::None) publishNow = true;
    if (started && session.trainer) {
      epochTarget = epochsToRun ? session.trainer->epochsDone() + epochsToRun : 0;
      session.updateRate(false);
      publishNow = true;
    }

    RunState state = running_ ? (paused ? RunState::Paused : RunState::Running) : RunState::Idle;
    if (action != Action::None) {
      const auto begin = Clock::now();
      const bool manual = action == Action::Sample || action == Action::Batch;
      const bool due = manual || std::chrono::duration_cast<std::chrono::milliseconds>(begin - lastPublish).count() >=
                                     kPublishIntervalMs;
      try {
        // The first conv layer's kernels are tiny next to a step: record every step, so the
        // "last step" view always shows the newest one.
        const StepResult r = session.step(action == Action::Sample, true);
        session.epochSeconds += secondsBetween(begin, Clock::now());
        if (r.epochFinished) {
          session.finishEpoch();
          if (action == Action::EpochStep) {
            QMutexLocker lock(&mutex_);
            requests_.epoch = false;
          }
          if (action == Action::RunStep && epochTarget && session.trainer->epochsDone() >= epochTarget) {
            {
              QMutexLocker lock(&mutex_);
              requests_.running = requests_.paused = false;
              running_ = false;
            }
            epochTarget = 0;
            emit snapshotReady(session.snapshot(RunState::Idle));
            lastPublish = Clock::now();
            emit runFinished(true);
            continue;
          }
        }
        session.updateRate(action == Action::RunStep);
        if (action != Action::RunStep) {
          QMutexLocker lock(&mutex_);
          const bool more = requests_.samples || requests_.batches || requests_.epoch;
          // A finished manual step shows its result at once; a test evaluation too if cheap.
          if (!more && !requests_.running) {
            publishNow = true;
            if (session.test && session.test->size() <= 1000) session.evaluationDue = true;
          }
        }
        if (due) publishNow = true;
      } catch (const DivergenceError& e) {
        {
          QMutexLocker lock(&mutex_);
          requests_.running = requests_.paused = false;
          requests_.samples = requests_.batches = 0;
          requests_.epoch = false;
          running_ = false;
        }
        epochTarget = 0;
        emit snapshotReady(session.snapshot(RunState::Diverged));
        lastPublish = Clock::now();
        emit failed(QString::fromStdString(e.what()));
        emit runFinished(false);
        continue;
      }
      {
        QMutexLocker lock(&mutex_);
        state = !running_ ? RunState::Idle : requests_.paused ? RunState::Paused : RunState::Running;
      }
      if (publishNow) {
        // Publishing is part of the cost of training with the window open: count it.
        const auto publishBegin = Clock::now();
        emit snapshotReady(session.snapshot(state));
        lastPublish = Clock::now();
        session.epochSeconds += secondsBetween(publishBegin, lastPublish);
      }
      continue;
    }
    if (paused && snapshotAsked) session.evaluationDue = true;
    if (stopped) {
      epochTarget = 0;
      session.updateRate(false);
      session.evaluationDue = true;
    }
    if (publishNow) {
      emit snapshotReady(session.snapshot(state));
      lastPublish = Clock::now();
    }
    if (stopped) emit runFinished(false);
  }
}

}  // namespace cnnlab
