// The training worker's loop: take requests, apply them, train one step, publish a throttled snapshot.
#include "ui/training/training_worker.hpp"


#include <chrono>
#include <utility>

#include "engine/run_recorder.hpp"
#include "engine/saliency.hpp"
#include "ui/training/snapshot_builder.hpp"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

}  // namespace

struct TrainingWorker::Turn {
  enum class Action { None, Sample, Batch, EpochStep, RunStep } action = Action::None;
  std::shared_ptr<TrainingSetup> setup;
  std::optional<double> rate;
  std::optional<std::size_t> batchSize;
  std::optional<int> image;
  SnapshotParts parts;
  bool quit = false, snapshotAsked = false, stopped = false, started = false, paused = false;
  std::size_t epochsToRun = 0;
  bool publishNow = false;
  std::optional<RunState> stateChange;  // made while taking the requests; emitted after
};

// The loop's own state: only the worker thread touches it.
class TrainingWorker::Run {
 public:
  std::shared_ptr<const Dataset> train, test;
  std::unique_ptr<Network<float>> network;
  std::unique_ptr<Trainer> trainer;  // refers to *network and *train: destroyed first
  std::unique_ptr<RunRecorder> record;  // the epoch accounting and the stuck detector: refers to *trainer
  std::uint64_t generation = 0;
  nlohmann::json spec;
  std::vector<ParameterRange> convRanges;
  SnapshotParts parts = kAllSnapshotParts;

  double epochSeconds = 0;  // training time of the current epoch so far

  // Since the last snapshot.
  std::size_t firstStep = 1;
  std::vector<double> stepLosses;
  std::vector<EpochStats> epochs;
  bool evaluationDue = false;
  LastStep lastStep;

  // The last test evaluation and the step it belongs to (an epoch's end evaluates once for both
  // the epoch's statistics and the snapshot).
  Evaluation evaluation;
  std::size_t evaluationStep = std::size_t(-1);

  // Throughput over the last half second or more of training.
  Clock::time_point rateStart = Clock::now();
  std::size_t rateSamples = 0;
  double samplesPerSecond = 0;

  int image = 0;
  ModelSnapshotPtr model;
  std::size_t modelStep = std::size_t(-1);

  std::size_t epochTarget = 0;  // absolute epochsDone at which the run ends (0: none)

  // The latest probe for the health panel (engine/health.hpp).
  HealthReport health;
  Clock::time_point healthTime = Clock::now() - std::chrono::hours(1);
  std::size_t healthStep = std::size_t(-1);

  Clock::time_point lastPublish = Clock::now() - std::chrono::hours(1);
  Clock::time_point nextStepDue = Clock::now();

  void replace(std::shared_ptr<TrainingSetup> setup) {
    record.reset();
    trainer.reset();
    network = std::move(setup->network);
    train = std::move(setup->train);
    test = std::move(setup->test);
    generation = setup->generation;
    trainer = std::make_unique<Trainer>(*network, *train, setup->options);
    record = std::make_unique<RunRecorder>(*trainer, *train, test.get());
    spec = network->spec();
    convRanges = convolutionRanges(*network);
    epochSeconds = 0;
    firstStep = 1;
    stepLosses.clear();
    epochs.clear();
    evaluationDue = true;
    evaluationStep = std::size_t(-1);
    lastStep = {};
    samplesPerSecond = 0;
    model.reset();
    modelStep = std::size_t(-1);
    epochTarget = 0;
    health = {};
    healthStep = std::size_t(-1);
    if (test && image >= int(test->size())) image = 0;
  }

  // Trains one batch (of one sample when singleSample), recording the first conv layer's kernels
  // around it. They are tiny next to a step: every step is recorded, so the "last step" view
  // shows the newest one whenever it is opened.
  StepResult step(bool singleSample) {
    const bool recordKernels = !convRanges.empty();
    const std::size_t batch = trainer->options().batchSize;
    if (singleSample) trainer->setBatchSize(1);
    LastStep recorded;
    if (recordKernels) recorded.before = kernelSet(*network, convRanges.front(), network->parameters());
    StepResult r;
    try {
      r = trainer->step();
    } catch (...) {
      if (singleSample) trainer->setBatchSize(batch);
      throw;
    }
    if (singleSample) trainer->setBatchSize(batch);
    if (recordKernels) {
      recorded.valid = true;
      recorded.step = trainer->steps();
      recorded.learningRate = trainer->options().learningRate;
      recorded.gradient = kernelSet(*network, convRanges.front(), network->gradients());
      recorded.after = kernelSet(*network, convRanges.front(), network->parameters());
      lastStep = std::move(recorded);
    }
    if (stepLosses.empty()) firstStep = trainer->steps();
    stepLosses.push_back(r.loss);
    record->record(r);
    rateSamples += r.samples;
    return r;
  }

  const Evaluation& evaluate() {
    if (evaluationStep != trainer->steps()) {
      evaluation = trainer->evaluate(*test);
      evaluationStep = trainer->steps();
    }
    return evaluation;
  }

  void finishEpoch() {
    epochs.push_back(record->finishEpoch(epochSeconds));
    if (test && test->size()) {  // the epoch's evaluation serves the snapshot too
      evaluation = record->evaluation();
      evaluationStep = record->evaluationStep();
    }
    evaluationDue = true;
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
    s->runningLoss = record->runningLoss();
    s->runningAccuracy = record->runningAccuracy();
    s->firstStep = firstStep;
    s->stepLosses = std::move(stepLosses);
    stepLosses.clear();
    s->epochs = std::move(epochs);
    epochs.clear();
    if (evaluationDue && test && test->size()) {
      s->hasEvaluation = true;
      s->evaluation = evaluate();
    }
    evaluationDue = false;
    s->parts = parts;
    if (parts.testFlag(SnapshotPart::Kernels)) s->kernels = networkKernels(*network, convRanges);
    if (parts.testFlag(SnapshotPart::LastStep)) s->lastStep = lastStep;
    if (test && test->size()) {
      s->image = image;
      s->input = test->sample(std::size_t(image));  // every channel: D·H·W values
      if (parts.testFlag(SnapshotPart::Activations)) {
        s->activations = layerActivations(*network, s->input);
        s->saliencyClass = int(s->activations.back().values.index_max());
        s->saliency = saliencyMap(*network, arma::fmat(s->input), std::size_t(s->saliencyClass));
      }
    }
    s->stuck = record->stuck();
    if (parts.testFlag(SnapshotPart::Health)) {
      // 16 samples at most 4× a second: +2 % on a seed-binary run, the detector included (BENCHMARKS.md)
      const auto now = Clock::now();
      if (healthStep != trainer->steps() && secondsBetween(healthTime, now) >= 0.25) {
        health = probeHealth(*network, *train, trainer->options().learningRate, 16);
        healthTime = now;
        healthStep = trainer->steps();
      }
      s->health = health;
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

TrainingWorker::TrainingWorker() {
  qRegisterMetaType<cnnlab::TrainingSnapshotPtr>();
  qRegisterMetaType<cnnlab::RunState>();
}

TrainingWorker::~TrainingWorker() {
  // The owner joined the thread (QThread::wait) before deleting the worker, but that join happens
  // inside libQt6Core, where ThreadSanitizer cannot see it. Taking the lock the thread released
  // last (threadFinished, or its last request) makes that order visible; nobody else holds it now.
  const std::lock_guard lock(mutex_);
}

void TrainingWorker::threadFinished() { const std::lock_guard lock(mutex_); }

// ---- requests (any thread) --------------------------------------------------------------------

RunState TrainingWorker::state() const {
  std::unique_lock lock(mutex_);
  return requests_.state;
}

void TrainingWorker::setStateLocked(RunState state, bool& changed) {
  changed = changed || requests_.state != state;
  requests_.state = state;
}

void TrainingWorker::setState(RunState state) {
  bool changed = false;
  {
    std::unique_lock lock(mutex_);
    setStateLocked(state, changed);
  }
  if (changed) emit stateChanged(state);
}

void TrainingWorker::configure(std::shared_ptr<TrainingSetup> setup) {
  bool changed = false;
  {
    std::unique_lock lock(mutex_);
    requests_.setup = std::move(setup);
    requests_.stopPending = false;  // the new setup replaces whatever was stopped
    setStateLocked(RunState::Idle, changed);
    requests_.startPending = false;
    requests_.samples = requests_.batches = 0;
    requests_.epoch = false;
    requests_.learningRate.reset();
    requests_.batchSize.reset();
    condition_.notify_one();
  }
  if (changed) emit stateChanged(RunState::Idle);
}

void TrainingWorker::start(std::size_t epochs) {
  bool changed = false;
  {
    std::unique_lock lock(mutex_);
    setStateLocked(RunState::Running, changed);
    requests_.startPending = true;
    requests_.stopPending = false;  // a stop not yet taken is superseded: its run never resumes
    requests_.epochsToRun = epochs;
    condition_.notify_one();
  }
  if (changed) emit stateChanged(RunState::Running);
}

void TrainingWorker::pause() {
  bool changed = false;
  {
    std::unique_lock lock(mutex_);
    if (requests_.state != RunState::Running) return;
    setStateLocked(RunState::Paused, changed);
    requests_.snapshot = true;
    condition_.notify_one();
  }
  if (changed) emit stateChanged(RunState::Paused);
}

void TrainingWorker::resume() {
  bool changed = false;
  {
    std::unique_lock lock(mutex_);
    if (requests_.state != RunState::Paused) return;
    setStateLocked(RunState::Running, changed);
    condition_.notify_one();
  }
  if (changed) emit stateChanged(RunState::Running);
}

void TrainingWorker::stop() {
  bool changed = false;
  RunState now;
  {
    std::unique_lock lock(mutex_);
    Requests& q = requests_;
    const bool active = q.state == RunState::Running || q.state == RunState::Paused;
    const bool wasBusy = active || q.samples || q.batches || q.epoch;
    if (active) setStateLocked(RunState::Idle, changed);  // a diverged run stays diverged
    q.startPending = false;
    q.samples = q.batches = 0;
    q.epoch = false;
    q.stopPending = wasBusy;
    q.snapshot = true;
    now = q.state;
    condition_.notify_one();
  }
  if (changed) emit stateChanged(now);
}

void TrainingWorker::stepSamples(std::size_t count) {
  std::unique_lock lock(mutex_);
  requests_.samples += count;
  condition_.notify_one();
}

void TrainingWorker::stepBatches(std::size_t count) {
  std::unique_lock lock(mutex_);
  requests_.batches += count;
  condition_.notify_one();
}

void TrainingWorker::stepEpoch() {
  std::unique_lock lock(mutex_);
  requests_.epoch = true;
  condition_.notify_one();
}

void TrainingWorker::setLearningRate(double rate) {
  std::unique_lock lock(mutex_);
  requests_.learningRate = rate;
  condition_.notify_one();
}

void TrainingWorker::setBatchSize(std::size_t size) {
  std::unique_lock lock(mutex_);
  requests_.batchSize = size;
  condition_.notify_one();
}

void TrainingWorker::setStepsPerSecond(double rate) {
  std::unique_lock lock(mutex_);
  requests_.stepsPerSecond = rate > 0 ? rate : 0;
  condition_.notify_one();
}

void TrainingWorker::selectImage(int testIndex) {
  std::unique_lock lock(mutex_);
  requests_.image = testIndex;
  condition_.notify_one();
}

void TrainingWorker::setSnapshotParts(SnapshotParts parts) {
  std::unique_lock lock(mutex_);
  if (requests_.parts == parts) return;
  requests_.parts = parts;
  requests_.snapshot = true;  // the newly wanted parts arrive at once, not at the next step
  condition_.notify_one();
}

void TrainingWorker::requestSnapshot() {
  std::unique_lock lock(mutex_);
  requests_.snapshot = true;
  condition_.notify_one();
}

void TrainingWorker::shutdown() {
  std::unique_lock lock(mutex_);
  requests_.quit = true;
  condition_.notify_one();
}

// ---- the loop (worker thread) -----------------------------------------------------------------

void TrainingWorker::run() {
  // The compute pool's size is the app's (gui_main: cores − 1 by default, or --threads), set once
  // before any training starts.
  Run run;
  for (;;) {
    Turn turn = takeRequests(run);
    if (turn.stateChange) emit stateChanged(*turn.stateChange);
    if (turn.quit) return;
    apply(turn, run);
    if (turn.action != Turn::Action::None) {
      trainStep(turn, run);
      continue;
    }
    if (turn.paused && turn.snapshotAsked) run.evaluationDue = true;
    if (turn.stopped) {
      run.epochTarget = 0;
      run.updateRate(false);
      run.evaluationDue = true;
    }
    if (turn.publishNow) publish(run, state());
    if (turn.stopped) emit runFinished(false);
  }
}

TrainingWorker::Turn TrainingWorker::takeRequests(Run& run) {
  Turn turn;
  std::unique_lock lock(mutex_);
  Requests& q = requests_;
  for (;;) {
    if (q.quit) {
      turn.quit = true;
      return turn;
    }
    const bool events = q.setup || q.learningRate || q.batchSize || q.image || q.snapshot || q.stopPending ||
                        q.startPending || q.parts != run.parts;
    const bool manual = run.trainer && (q.samples || q.batches || q.epoch);
    const bool running = run.trainer && q.state == RunState::Running;
    if (events || manual) break;
    if (running) {
      if (q.stepsPerSecond > 0 && Clock::now() < run.nextStepDue) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(run.nextStepDue - Clock::now()).count();
        condition_.wait_for(lock, std::chrono::milliseconds(wait + 1));
        continue;
      }
      break;
    }
    if ((q.state == RunState::Running || q.state == RunState::Paused) && !run.trainer) {
      q.state = RunState::Idle;  // nothing to train
      turn.stateChange = RunState::Idle;
    }
    if (turn.stateChange) return turn;  // emit it before sleeping
    condition_.wait(lock);
  }
  turn.setup = std::exchange(q.setup, nullptr);
  turn.rate = std::exchange(q.learningRate, std::nullopt);
  turn.batchSize = std::exchange(q.batchSize, std::nullopt);
  turn.image = std::exchange(q.image, std::nullopt);
  turn.snapshotAsked = std::exchange(q.snapshot, false);
  turn.stopped = std::exchange(q.stopPending, false);
  turn.started = std::exchange(q.startPending, false);
  turn.epochsToRun = q.epochsToRun;
  turn.paused = q.state == RunState::Paused;
  turn.parts = q.parts;
  if (!turn.setup && run.trainer) {
    using Action = Turn::Action;
    if (q.samples) {
      turn.action = Action::Sample;
      --q.samples;
    } else if (q.batches) {
      turn.action = Action::Batch;
      --q.batches;
    } else if (q.epoch) {
      turn.action = Action::EpochStep;
    } else if (q.state == RunState::Running) {
      turn.action = Action::RunStep;
      if (q.stepsPerSecond > 0)
        run.nextStepDue = std::max(Clock::now(), run.nextStepDue) +
                          std::chrono::microseconds(std::int64_t(1e6 / q.stepsPerSecond));
    }
  }
  return turn;
}

void TrainingWorker::apply(Turn& turn, Run& run) {
  turn.publishNow = turn.snapshotAsked || turn.stopped || turn.image.has_value() || turn.parts != run.parts;
  run.parts = turn.parts;
  if (turn.setup) {
    try {
      run.replace(std::move(turn.setup));
    } catch (const std::exception& e) {
      emit failed(QString::fromStdString(e.what()));
    }
    turn.publishNow = true;
  }
  if (turn.image) run.image = *turn.image;
  if (run.test && run.image >= int(run.test->size())) run.image = 0;
  try {
    if (turn.rate && run.trainer) run.trainer->setLearningRate(*turn.rate);
    if (turn.batchSize && run.trainer) run.trainer->setBatchSize(*turn.batchSize);
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
  if ((turn.rate || turn.batchSize) && turn.action == Turn::Action::None) turn.publishNow = true;
  if (turn.started && run.trainer) {
    run.epochTarget = turn.epochsToRun ? run.trainer->epochsDone() + turn.epochsToRun : 0;
    run.updateRate(false);
    turn.publishNow = true;
  }
}

void TrainingWorker::trainStep(Turn& turn, Run& run) {
  using Action = Turn::Action;
  const auto begin = Clock::now();
  const bool manual = turn.action == Action::Sample || turn.action == Action::Batch;
  const bool due = manual || std::chrono::duration_cast<std::chrono::milliseconds>(begin - run.lastPublish).count() >=
                                 kPublishIntervalMs;
  try {
    const StepResult r = run.step(turn.action == Action::Sample);
    run.epochSeconds += secondsBetween(begin, Clock::now());
    if (r.epochFinished) {
      run.finishEpoch();
      if (turn.action == Action::EpochStep) {
        std::unique_lock lock(mutex_);
        requests_.epoch = false;
      }
      if (turn.action == Action::RunStep && run.epochTarget && run.trainer->epochsDone() >= run.epochTarget) {
        run.epochTarget = 0;
        setState(RunState::Idle);
        publish(run, RunState::Idle);
        emit runFinished(true);
        return;
      }
    }
    run.updateRate(turn.action == Action::RunStep);
    if (turn.action != Action::RunStep) {
      std::unique_lock lock(mutex_);
      const bool more = requests_.samples || requests_.batches || requests_.epoch;
      // A finished manual step shows its result at once; a test evaluation too if cheap.
      if (!more && requests_.state != RunState::Running) {
        turn.publishNow = true;
        if (run.test && run.test->size() <= 1000) run.evaluationDue = true;
      }
    }
    if (due) turn.publishNow = true;
  } catch (const DivergenceError& e) {
    {
      std::unique_lock lock(mutex_);
      requests_.samples = requests_.batches = 0;
      requests_.epoch = false;
    }
    setState(RunState::Diverged);
    run.epochTarget = 0;
    publish(run, RunState::Diverged);
    emit failed(QString::fromStdString(e.what()));
    emit runFinished(false);
    return;
  }
  if (turn.publishNow) {
    // Publishing is part of the cost of training with the window open: count it.
    const auto publishBegin = Clock::now();
    publish(run, state());
    run.epochSeconds += secondsBetween(publishBegin, run.lastPublish);
  }
}

void TrainingWorker::publish(Run& run, RunState state) {
  TrainingSnapshotPtr snapshot = run.snapshot(state);
  bool wasEmpty = false;
  {
    const std::lock_guard lock(mutex_);
    wasEmpty = outbox_.empty();
    outbox_.push_back(std::move(snapshot));
  }
  if (wasEmpty) emit snapshotsReady();  // otherwise the pending notification collects this one too
  run.lastPublish = Clock::now();
}

std::vector<TrainingSnapshotPtr> TrainingWorker::takeSnapshots() {
  const std::lock_guard lock(mutex_);
  return std::exchange(outbox_, {});
}

}  // namespace cnnlab
