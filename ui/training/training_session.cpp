// TrainingSession: the one owner of a run. Configuration changes are transactional; run commands
// go to the worker, which owns the run state; snapshots come back and are handed to every view.
#include "ui/training/training_session.hpp"

#include <QFileInfo>
#include <QTimer>

#include <cmath>

#include "engine/data/preset_data.hpp"
#include "engine/model_file.hpp"
#include "engine/quoted.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "ui/training/training_worker.hpp"

namespace cnnlab {

namespace {

constexpr int kModelSignalMs = 250;  // modelChanged at most four times a second

bool fail(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

const Preset* presetNamed(const std::string& name) {
  try {
    return &findPreset(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

}  // namespace

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {
  modelTimer_ = new QTimer(this);
  modelTimer_->setSingleShot(true);
  modelTimer_->setInterval(kModelSignalMs);
  connect(modelTimer_, &QTimer::timeout, this, [this] {
    if (current_ != published_) publishModel(current_);
  });

  worker_ = std::make_unique<TrainingWorker>();
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::started, worker_.get(), &TrainingWorker::run);
  connect(&thread_, &QThread::finished, worker_.get(), &TrainingWorker::threadFinished, Qt::DirectConnection);
  connect(worker_.get(), &TrainingWorker::snapshotsReady, this, [this] {
    for (const TrainingSnapshotPtr& s : worker_->takeSnapshots()) onSnapshot(s);
  });
  connect(worker_.get(), &TrainingWorker::runFinished, this, &TrainingSession::onRunFinished);
  connect(worker_.get(), &TrainingWorker::failed, this, &TrainingSession::failed);
  // The worker may report from either thread; what counts is its state when the report arrives.
  connect(worker_.get(), &TrainingWorker::stateChanged, this, [this] { emit stateChanged(worker_->state()); });
  thread_.setObjectName("training");
  thread_.start();

  config_.raw = std::make_shared<const RawSplit>(embeddedMnist());
  QString error;
  if (!selectPreset("seed-binary", &error)) qFatal("the seed-binary preset does not build: %s", qPrintable(error));
}

TrainingSession::~TrainingSession() {
  worker_->shutdown();
  thread_.quit();
  thread_.wait();
  // Before thread_ and its connections go: the worker's destructor takes the lock the thread took
  // last (TrainingWorker::threadFinished), which orders the thread's work before all that follows.
  worker_.reset();
}

// ---- what is trained ------------------------------------------------------------------------

std::unique_ptr<Network<float>> TrainingSession::freshNetwork(const SessionConfig& config, QString* error) const {
  try {
    auto network = std::make_unique<Network<float>>(buildNetwork<float>(config.spec, config.train->classCount()));
    network->initialize(config.seed);
    return network;
  } catch (const std::exception& e) {
    fail(error, QString::fromStdString(e.what()));
    return nullptr;
  }
}

bool TrainingSession::selectPresetData(SessionConfig& config, const std::vector<int>& classes, QString* error) const {
  try {
    const Preset& preset = findPreset(config.preset);
    PresetData data = preparePresetData(preset, *config.raw, classes, std::nullopt, config.seed);
    config.train = std::make_shared<const Dataset>(std::move(data.train));
    config.test = std::make_shared<const Dataset>(std::move(data.test));
    config.dataName = tr("Embedded MNIST subset (%1 preset)").arg(QString::fromStdString(config.preset));
    config.presetData = true;
    return true;
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
}

bool TrainingSession::apply(SessionConfig config, QString* error, std::unique_ptr<Network<float>> network,
                            bool keepHistory) {
  if (!config.train || !config.test || config.train->size() == 0) return fail(error, tr("there is no training data"));
  if (!(config.learningRate > 0) || !std::isfinite(config.learningRate) || config.learningRate > kMaxLearningRate)
    return fail(error, tr("the learning rate must be a positive number up to %1").arg(kMaxLearningRate));
  if (config.batchSize < 1 || config.batchSize > kMaxBatchSize)
    return fail(error, tr("the batch size must be between 1 and %1").arg(kMaxBatchSize));
  if (!network && !(network = freshNetwork(config, error))) return false;
  if (network->inputShape().depth != config.train->shape.depth)
    return fail(error, tr("the network takes input depth %1 but the data has depth %2")
                           .arg(QString::fromStdString(depthName(network->inputShape().depth)),
                                QString::fromStdString(depthName(config.train->shape.depth))));
  const Preset* preset = presetNamed(config.preset);
  TrainerOptions options{.learningRate = config.learningRate,
                         .batchSize = config.batchSize,
                         .momentum = preset ? preset->momentum : 0.0,
                         .shuffle = preset ? preset->shuffleEachEpoch : false,
                         .seed = config.seed};
  try {
    Trainer check(*network, *config.train, options);  // throws when network and data do not fit
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  // Nothing can fail from here on: take the configuration whole.
  config.spec = network->spec();
  auto model = std::make_shared<ModelSnapshot>();
  model->spec = config.spec;
  model->parameters = network->parameters();
  model->classes = config.train->classes;
  config_ = std::move(config);
  current_ = model;

  auto setup = std::make_shared<TrainingSetup>();
  setup->network = std::move(network);
  setup->train = config_.train;
  setup->test = config_.test;
  setup->options = options;
  setup->generation = ++generation_;
  worker_->configure(setup);

  lastSnapshot_.reset();
  history_.clear();
  if (runEpochsPending_) {
    runEpochsPending_ = false;
    QTimer::singleShot(0, this, &TrainingSession::epochsCompleted);
  }
  emit configured(keepHistory);
  emit settingsChanged();
  publishModel(current_);
  emit dataChanged(dataDescription());
  return true;
}

bool TrainingSession::addTrainingImages(const std::vector<arma::fvec>& images, const std::vector<std::uint32_t>& classIndex,
                                        QString* error) {
  if (!config_.train || !current_) return fail(error, tr("there is no training data"));
  if (images.size() != classIndex.size() || images.empty()) return fail(error, tr("no labelled images to add"));
  const std::size_t S = config_.train->shape.size(), C = config_.train->classCount();
  for (std::size_t i = 0; i < images.size(); ++i) {
    if (images[i].n_elem != S) return fail(error, tr("an image of %1 values does not fit the data's %2").arg(images[i].n_elem).arg(S));
    if (classIndex[i] >= C) return fail(error, tr("class %1 is not one of the data's %2 classes").arg(classIndex[i]).arg(C));
  }
  auto train = std::make_shared<Dataset>(*config_.train);
  const std::size_t N = train->size();
  train->pixels.reserve(train->pixels.size() + images.size() * S);
  for (const arma::fvec& image : images)
    for (const float v : image) train->pixels.push_back(std::uint8_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)));
  train->targets.resize(C, N + images.size());
  for (std::size_t i = 0; i < images.size(); ++i) {
    train->targets.col(N + i).zeros();
    train->targets(classIndex[i], N + i) = 1.0f;
    train->labels.push_back(classIndex[i]);
    train->sourceIndex.push_back(N + i);  // beyond the raw set: an added image
  }
  auto network = std::make_unique<Network<float>>(buildNetwork<float>(current_->spec));
  network->parameters() = current_->parameters;
  SessionConfig config = config_;
  config.train = std::move(train);
  return apply(std::move(config), error, std::move(network), true);
}

bool TrainingSession::selectPreset(const QString& name, QString* error) {
  const Preset* preset = presetNamed(name.toStdString());
  if (!preset) return fail(error, tr("unknown preset '%1'").arg(name));
  SessionConfig config = config_;
  config.preset = preset->name;
  config.spec = preset->network;
  config.networkName.clear();
  config.learningRate = preset->learningRate;
  config.batchSize = preset->batchSize;
  config.epochs = preset->epochs;
  if (!selectPresetData(config, {}, error)) return false;
  AdaptedSpec fitted = adaptToData(config.spec, config.train->shape.depth, config.train->classCount());
  config.spec = std::move(fitted.spec);
  config.adapted = fitted.change;
  return apply(std::move(config), error);
}

bool TrainingSession::useNetwork(const nlohmann::json& spec, const QString& name, QString* error) {
  SessionConfig config = config_;
  config.spec = spec;
  config.networkName = name.isEmpty() ? tr("custom network") : name;
  config.adapted.clear();  // a designed network is taken as written
  return apply(std::move(config), error);
}

bool TrainingSession::useData(const RawSplit& data, const Selection& train, const Selection& test, const QString& name,
                              QString* error) {
  return useData(std::make_shared<const RawSplit>(data), train, test, name, error);
}

bool TrainingSession::useData(std::shared_ptr<const RawSplit> data, const Selection& train, const Selection& test,
                              const QString& name, QString* error) {
  SessionConfig config = config_;
  try {
    config.train = std::make_shared<const Dataset>(makeDataset(data->train, train));
    config.test = std::make_shared<const Dataset>(makeDataset(data->test, test));
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  if (config.train->size() == 0) return fail(error, tr("the training selection is empty"));
  config.raw = std::move(data);
  config.dataName = name;
  config.presetData = false;
  // A preset's network adapts to the data (engine/presets: input depth and output width, as
  // cnnlab-cli train does); a designed or loaded one keeps its input depth.
  const bool presetNetwork = config.networkName.isEmpty();
  const std::size_t depth = presetNetwork ? config.train->shape.depth : 0;
  QString why;
  auto network = presetNetwork ? nullptr : freshNetwork(config, &why);
  if (!network) {
    AdaptedSpec fitted = adaptToData(config.spec, depth, config.train->classCount());
    config.spec = std::move(fitted.spec);
    // Adapting twice (grey → colour → grey) says what differs from the preset as written.
    const Preset* preset = presetNetwork ? presetNamed(config.preset) : nullptr;
    config.adapted = preset ? adaptToData(preset->network, depth, config.train->classCount()).change : std::string();
    network = freshNetwork(config, &why);
  }
  if (!network) return fail(error, why);
  return apply(std::move(config), error, std::move(network));
}

bool TrainingSession::reset(QString* error) {
  worker_->stop();
  SessionConfig config = config_;
  if (config.presetData && !selectPresetData(config, config.train ? config.train->classes : std::vector<int>{}, error))
    return false;
  return apply(std::move(config), error, nullptr, true);
}

bool TrainingSession::setSeed(std::uint64_t seed) {
  if (config_.seed == seed) return true;
  config_.seed = seed;
  emit settingsChanged();
  return true;
}

bool TrainingSession::setEpochs(std::size_t epochs) {
  if (epochs < 1) return false;
  if (config_.epochs != epochs) {
    config_.epochs = epochs;
    emit settingsChanged();
  }
  return true;
}

bool TrainingSession::setLearningRate(double rate, QString* error) {
  if (!(rate > 0) || !std::isfinite(rate) || rate > kMaxLearningRate)
    return fail(error, tr("the learning rate must be a positive number up to %1").arg(kMaxLearningRate));
  config_.learningRate = rate;
  worker_->setLearningRate(rate);
  emit settingsChanged();
  return true;
}

bool TrainingSession::setBatchSize(std::size_t size, QString* error) {
  if (size < 1 || size > kMaxBatchSize) return fail(error, tr("the batch size must be between 1 and %1").arg(kMaxBatchSize));
  config_.batchSize = size;
  worker_->setBatchSize(size);
  emit settingsChanged();
  return true;
}

QString TrainingSession::networkName() const {
  return config_.networkName.isEmpty() ? QString::fromStdString(config_.preset) : config_.networkName;
}

QString TrainingSession::dataDescription() const {
  if (!config_.train || !config_.test) return tr("no data");
  QStringList names;
  for (std::size_t c = 0; c < config_.train->classCount(); ++c) names << QString::fromStdString(config_.train->className(c));
  QString text = tr("%1 — %2 %3 · %4 training and %5 test images")
                     .arg(config_.dataName)
                     .arg(names.size() == 1 ? tr("class") : tr("classes"))
                     .arg(names.join(", "))
                     .arg(config_.train->size())
                     .arg(config_.test->size());
  // As cnnlab-cli's first line: what was changed in the preset's network to fit this data.
  if (!config_.adapted.empty()) text += tr(" · %1 adapted: %2").arg(QString::fromStdString(config_.preset),
                                                                    QString::fromStdString(config_.adapted));
  return text;
}

// ---- files ------------------------------------------------------------------------------------

bool TrainingSession::saveModel(const QString& path, QString* error) const {
  const ModelSnapshotPtr model = current_;
  if (!model) return fail(error, tr("there is no model to save yet"));
  try {
    Network<float> network = buildNetwork<float>(model->spec);
    if (network.parameterCount() != model->parameters.n_elem) throw std::runtime_error("inconsistent model snapshot");
    network.parameters() = model->parameters;
    nlohmann::json meta{{"preset", config_.preset},
                        {"name", config_.networkName.toStdString()},
                        {"classes", model->classes},
                        {"epochs", model->epoch},
                        {"steps", model->step},
                        {"seed", config_.seed},
                        {"learning_rate", config_.learningRate}};
    if (config_.train && !config_.train->names.empty()) meta["class_names"] = config_.train->names;
    cnnlab::saveModel(network, path.toStdString(), meta);
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  return true;
}

bool TrainingSession::loadModel(const QString& path, QString* error) {
  std::unique_ptr<Network<float>> network;
  nlohmann::json metadata;
  std::vector<std::string> names;
  try {
    LoadedModel loaded = cnnlab::loadModel(path.toStdString());
    names = modelClassNames(loaded);
    network = std::make_unique<Network<float>>(std::move(loaded.network));
    metadata = std::move(loaded.metadata);
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  // The model's classes decide the data: reselect it when they differ from the current ones.
  std::vector<int> classes;
  if (metadata.is_object() && metadata.contains("classes") && metadata["classes"].is_array())
    for (const auto& c : metadata["classes"])
      if (c.is_number_integer()) classes.push_back(c.get<int>());
  std::string preset = metadata.is_object() && metadata.contains("preset") && metadata["preset"].is_string()
                           ? metadata["preset"].get<std::string>()
                           : std::string();
  if (!presetNamed(preset)) preset = config_.preset;
  SessionConfig config = config_;
  if (config.presetData && ((!classes.empty() && classes != config.train->classes) || preset != config.preset)) {
    config.preset = preset;
    if (!selectPresetData(config, classes, error)) return false;
  }
  config.networkName = QFileInfo(path).fileName();
  // A model trained on an image folder knows its classes by name; the same label numbers on other
  // data would be other classes ({cat, dog} read {dog, zebra} as cat and dog).
  if (!names.empty() && config.train && config.train->names != names) {
    const auto list = [](const std::vector<std::string>& n) {
      QStringList shown;
      for (const std::string& name : n) shown << QString::fromStdString(oneLine(name));
      return shown.join(", ");
    };
    return fail(error, tr("%1 knows the classes %2, but the loaded data's are %3; load a folder of those classes first")
                           .arg(QFileInfo(path).fileName(), list(names),
                                config.train->names.empty() ? tr("digits (no class names)") : list(config.train->names)));
  }
  if (network->inputShape().depth != config.train->shape.depth)
    return fail(error, tr("%1: the model takes input depth %2 but the loaded data has depth %3; load data of that "
                          "depth first")
                           .arg(QFileInfo(path).fileName(), QString::fromStdString(depthName(network->inputShape().depth)),
                                QString::fromStdString(depthName(config.train->shape.depth))));
  return apply(std::move(config), error, std::move(network));
}

// ---- the run ----------------------------------------------------------------------------------

RunState TrainingSession::state() const { return worker_->state(); }

void TrainingSession::start() { worker_->start(config_.epochs); }

void TrainingSession::runEpochs(std::size_t n) {
  if (n == 0) {
    emit epochsCompleted();
    return;
  }
  runEpochsPending_ = true;
  worker_->start(n);
}

void TrainingSession::startOrPause() {
  switch (worker_->state()) {
    case RunState::Running: worker_->pause(); break;
    case RunState::Paused: worker_->resume(); break;
    case RunState::Idle:
    case RunState::Diverged: start(); break;
  }
}

void TrainingSession::pause() { worker_->pause(); }
void TrainingSession::resume() { worker_->resume(); }
void TrainingSession::stop() { worker_->stop(); }
void TrainingSession::stepSamples(std::size_t count) { worker_->stepSamples(count); }
void TrainingSession::stepBatches(std::size_t count) { worker_->stepBatches(count); }
void TrainingSession::stepEpoch() { worker_->stepEpoch(); }
void TrainingSession::setStepsPerSecond(double rate) { worker_->setStepsPerSecond(rate); }

void TrainingSession::selectImage(int testIndex) {
  if (!config_.test || testIndex < 0 || std::size_t(testIndex) >= config_.test->size()) return;
  worker_->selectImage(testIndex);
}

void TrainingSession::setSnapshotParts(const QObject* viewer, SnapshotParts parts) {
  if (!parts_.count(viewer))
    connect(viewer, &QObject::destroyed, this, [this, viewer] {
      parts_.erase(viewer);
      sendParts();
    });
  parts_[viewer] = parts;
  sendParts();
}

SnapshotParts TrainingSession::snapshotParts() const {
  if (parts_.empty()) return kAllSnapshotParts;  // nobody said: a headless user gets everything
  SnapshotParts all;
  for (const auto& [viewer, parts] : parts_) all |= parts;
  return all;
}

void TrainingSession::sendParts() { worker_->setSnapshotParts(snapshotParts()); }

void TrainingSession::onSnapshot(TrainingSnapshotPtr s) {
  if (!s || s->generation != generation_) return;  // from a network that has since been replaced
  lastSnapshot_ = s;
  history_.insert(history_.end(), s->epochs.begin(), s->epochs.end());
  if (s->model && s->model != current_) publishModel(s->model);
  emit snapshot(s);
}

void TrainingSession::onRunFinished(bool) {
  if (runEpochsPending_) {
    runEpochsPending_ = false;
    emit epochsCompleted();
  }
}

void TrainingSession::publishModel(ModelSnapshotPtr model) {
  if (!model) return;
  current_ = model;
  if (modelTimer_->isActive()) return;  // the timer sends the newest one
  published_ = model;
  emit modelChanged(model);
  modelTimer_->start();
}

}  // namespace cnnlab
