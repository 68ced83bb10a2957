// DashboardView: wires the controls to the TrainingWorker and its snapshots to the views.
#include "ui/train/dashboard_view.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

#include "engine/model_file.hpp"
#include "engine/network_spec.hpp"
#include "engine/data/preset_data.hpp"
#include "engine/presets.hpp"
#include "ui/train/confusion_view.hpp"
#include "ui/train/curves_view.hpp"
#include "ui/train/feature_map_view.hpp"
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/train/kernel_view.hpp"
#include "ui/train/last_step_view.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/train/prediction_gallery.hpp"
#include "ui/training/training_worker.hpp"

namespace cnnlab {

namespace {

constexpr int kModelSignalMs = 250;  // modelChanged at most four times a second
constexpr int kHeavyViewMs = 100;    // kernels and feature maps at most ten times a second

const char* const kSections[] = {"dashboard", "kernels", "feature-maps", "predictions"};

struct Speed {
  const char* label;
  double stepsPerSecond;
};
const Speed kSpeeds[] = {{"full speed", 0}, {"100 steps/s", 100}, {"20 steps/s", 20}, {"5 steps/s", 5}, {"1 step/s", 1}};

bool fail(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

QString stateName(RunState s) {
  switch (s) {
    case RunState::Running: return QObject::tr("training");
    case RunState::Paused: return QObject::tr("paused");
    case RunState::Diverged: return QObject::tr("diverged");
    case RunState::Idle: break;
  }
  return QObject::tr("stopped");
}

// The last dense layer resized to `classes` outputs, for data with another class count.
nlohmann::json withOutputs(nlohmann::json spec, std::size_t classes) {
  auto& layers = spec["layers"];
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)
    if (it->value("type", "") == "dense") {
      (*it)["units"] = classes;
      break;
    }
  return spec;
}

}  // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent) {
  setObjectName("dashboard");
  raw_ = std::make_shared<const RawSplit>(embeddedMnist());

  errorBanner_ = new QLabel(this);
  errorBanner_->setObjectName("errorBanner");
  errorBanner_->setWordWrap(true);
  errorBanner_->setStyleSheet("QLabel { background: #d62728; color: white; font-weight: bold; padding: 8px 12px; border-radius: 4px; }");
  errorBanner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  errorBanner_->hide();

  sections_ = new QTabWidget(this);
  sections_->setObjectName("sections");
  sections_->addTab(buildOverview(), tr("Dashboard"));
  sections_->addTab(buildKernelsPage(), tr("Kernels"));
  featureMaps_ = new FeatureMapView(this);
  featureMaps_->setObjectName("featureMaps");
  sections_->addTab(featureMaps_, tr("Feature maps"));
  sections_->addTab(buildPredictionsPage(), tr("Predictions"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 4);
  layout->addWidget(buildControls());
  layout->addWidget(errorBanner_);
  layout->addWidget(sections_, 1);

  heavyTimer_ = new QTimer(this);
  heavyTimer_->setSingleShot(true);
  heavyTimer_->setInterval(kHeavyViewMs);
  connect(heavyTimer_, &QTimer::timeout, this, &DashboardView::refreshHeavyViews);
  modelTimer_ = new QTimer(this);
  modelTimer_->setSingleShot(true);
  modelTimer_->setInterval(kModelSignalMs);
  connect(modelTimer_, &QTimer::timeout, this, [this] {
    if (current_ != published_) publishModel(current_);
  });
  connect(sections_, &QTabWidget::currentChanged, this, &DashboardView::refreshHeavyViews);
  connect(featureMaps_, &FeatureMapView::imageRequested, this, &DashboardView::selectImage);

  // Space and → work wherever the focus is in the dashboard, unless a text field wants the key.
  auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this, this, &DashboardView::startOrPause);
  auto* right = new QShortcut(QKeySequence(Qt::Key_Right), this, this, &DashboardView::stepBatch);
  space->setContext(Qt::WidgetWithChildrenShortcut);
  right->setContext(Qt::WidgetWithChildrenShortcut);
  setFocusPolicy(Qt::StrongFocus);

  worker_ = std::make_unique<TrainingWorker>();
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::started, worker_.get(), &TrainingWorker::run);
  connect(worker_.get(), &TrainingWorker::snapshotReady, this, &DashboardView::onSnapshot);
  connect(worker_.get(), &TrainingWorker::runFinished, this, &DashboardView::onRunFinished);
  connect(worker_.get(), &TrainingWorker::failed, this, &DashboardView::onFailed);
  thread_.setObjectName("training");
  thread_.start();

  setPresenterMode(false);
  selectPreset("seed-binary");
}

DashboardView::~DashboardView() {
  worker_->shutdown();
  thread_.quit();
  thread_.wait();
}

// ---- layout -------------------------------------------------------------------------------

QWidget* DashboardView::buildControls() {
  auto* bar = new QWidget(this);
  auto* grid = new QGridLayout(bar);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setHorizontalSpacing(8);

  presetBox_ = new QComboBox(bar);
  presetBox_->setObjectName("presetBox");
  for (const Preset& p : presets()) presetBox_->addItem(QString::fromStdString(p.name));
  presetBox_->setToolTip(tr("The network and data to train"));
  connect(presetBox_, &QComboBox::activated, this, [this](int index) {
    const QString name = presetBox_->itemText(index);
    if (name.toStdString() != presetName_ || !networkName_.isEmpty() || !presetData_) selectPreset(name);
  });
  seedSpin_ = new QSpinBox(bar);
  seedSpin_->setObjectName("seedSpin");
  seedSpin_->setRange(0, 999999);
  seedSpin_->setToolTip(tr("Random seed for the initial weights and the data order; applies on Reset"));
  epochsSpin_ = new QSpinBox(bar);
  epochsSpin_->setObjectName("epochsSpin");
  epochsSpin_->setRange(1, 1000);
  epochsSpin_->setToolTip(tr("Epochs that Start trains"));
  rateSpin_ = new QDoubleSpinBox(bar);
  rateSpin_->setObjectName("rateSpin");
  rateSpin_->setDecimals(5);
  rateSpin_->setRange(0.00001, 1e12);  // absurd rates stay possible: watching a run diverge teaches too
  rateSpin_->setMaximumWidth(150);
  rateSpin_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  rateSpin_->setKeyboardTracking(false);
  rateSpin_->setToolTip(tr("Learning rate η; applies from the next step"));
  connect(rateSpin_, &QDoubleSpinBox::valueChanged, this, [this](double v) { worker_->setLearningRate(v); });
  batchSpin_ = new QSpinBox(bar);
  batchSpin_->setObjectName("batchSpin");
  batchSpin_->setRange(1, 1024);
  batchSpin_->setKeyboardTracking(false);
  batchSpin_->setToolTip(tr("Batch size; applies from the next step"));
  connect(batchSpin_, &QSpinBox::valueChanged, this, [this](int v) { worker_->setBatchSize(std::size_t(v)); });
  speedBox_ = new QComboBox(bar);
  speedBox_->setObjectName("speedBox");
  for (const Speed& s : kSpeeds) speedBox_->addItem(tr(s.label));
  speedBox_->setToolTip(tr("Slow training down to explain what happens step by step"));
  connect(speedBox_, &QComboBox::currentIndexChanged, this,
          [this](int i) { worker_->setStepsPerSecond(kSpeeds[std::clamp(i, 0, 4)].stepsPerSecond); });

  auto button = [bar](const QString& text, const QString& name, const QString& tip) {
    auto* b = new QPushButton(text, bar);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
  };
  startButton_ = button(tr("▶ Start"), "startButton", tr("Start, pause or resume training (Space)"));
  startButton_->setMinimumWidth(120);
  stopButton_ = button(tr("■ Stop"), "stopButton", tr("End the run; the weights stay"));
  resetButton_ = button(tr("⟲ Reset"), "resetButton", tr("New random weights from the seed; this run stays as a grey overlay"));
  sampleButton_ = button(tr("1 sample"), "stepSampleButton", tr("Train on one sample"));
  batchButton_ = button(tr("1 batch →"), "stepBatchButton", tr("Train on one batch (→)"));
  epochButton_ = button(tr("1 epoch"), "stepEpochButton", tr("Train to the end of this epoch"));
  connect(startButton_, &QPushButton::clicked, this, &DashboardView::startOrPause);
  connect(stopButton_, &QPushButton::clicked, this, &DashboardView::stop);
  connect(resetButton_, &QPushButton::clicked, this, &DashboardView::reset);
  connect(sampleButton_, &QPushButton::clicked, this, &DashboardView::stepSample);
  connect(batchButton_, &QPushButton::clicked, this, &DashboardView::stepBatch);
  connect(epochButton_, &QPushButton::clicked, this, &DashboardView::stepEpoch);

  logCheck_ = new QCheckBox(tr("log scale"), bar);
  logCheck_->setObjectName("logScaleCheck");
  connect(logCheck_, &QCheckBox::toggled, this, &DashboardView::setLogScale);
  presenterCheck_ = new QCheckBox(tr("presenter mode"), bar);
  presenterCheck_->setObjectName("presenterCheck");
  presenterCheck_->setToolTip(tr("Large fonts and thick lines for a projector (F5)"));
  connect(presenterCheck_, &QCheckBox::toggled, this, &DashboardView::setPresenterMode);

  auto label = [bar](const QString& text) { return new QLabel(text, bar); };
  int c = 0;
  grid->addWidget(label(tr("Preset")), 0, c++);
  grid->addWidget(presetBox_, 0, c++);
  grid->addWidget(label(tr("seed")), 0, c++);
  grid->addWidget(seedSpin_, 0, c++);
  grid->addWidget(label(tr("epochs")), 0, c++);
  grid->addWidget(epochsSpin_, 0, c++);
  grid->addWidget(label(tr("learning rate")), 0, c++);
  grid->addWidget(rateSpin_, 0, c++);
  grid->addWidget(label(tr("batch")), 0, c++);
  grid->addWidget(batchSpin_, 0, c++);
  grid->addWidget(label(tr("speed")), 0, c++);
  grid->addWidget(speedBox_, 0, c++);
  grid->setColumnStretch(c++, 1);

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {startButton_, stopButton_, resetButton_}) buttons->addWidget(b);
  buttons->addSpacing(16);
  auto* stepLabel = label(tr("Step:"));
  buttons->addWidget(stepLabel);
  for (QPushButton* b : {sampleButton_, batchButton_, epochButton_}) buttons->addWidget(b);
  buttons->addSpacing(16);
  summary_ = new QLabel(bar);
  summary_->setObjectName("summary");
  summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // never widens the window
  buttons->addWidget(summary_, 1);
  buttons->addWidget(logCheck_);
  buttons->addWidget(presenterCheck_);
  grid->addLayout(buttons, 1, 0, 1, c);
  return bar;
}

QWidget* DashboardView::buildOverview() {
  auto* page = new QSplitter(Qt::Horizontal, this);
  page->setObjectName("overview");
  curves_ = new CurvesView(page);
  auto* right = new QSplitter(Qt::Vertical, page);
  overviewKernels_ = new KernelView(right);
  overviewConfusion_ = new ConfusionView(right);
  right->addWidget(overviewKernels_);
  right->addWidget(overviewConfusion_);
  right->setStretchFactor(0, 1);
  right->setStretchFactor(1, 1);
  page->addWidget(curves_);
  page->addWidget(right);
  page->setStretchFactor(0, 3);
  page->setStretchFactor(1, 2);
  page->setSizes({960, 620});
  return page;
}

QWidget* DashboardView::buildKernelsPage() {
  auto* page = new QSplitter(Qt::Vertical, this);
  page->setObjectName("kernelsPage");
  kernels_ = new KernelView(page);
  kernels_->setObjectName("kernels");
  lastStep_ = new LastStepView(page);
  lastStep_->setObjectName("lastStep");
  page->addWidget(kernels_);
  page->addWidget(lastStep_);
  page->setStretchFactor(0, 5);
  page->setStretchFactor(1, 2);
  page->setSizes({620, 260});
  return page;
}

QWidget* DashboardView::buildPredictionsPage() {
  auto* page = new QSplitter(Qt::Horizontal, this);
  page->setObjectName("predictionsPage");
  auto* left = new QWidget(page);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  auto* top = new QHBoxLayout;
  galleryCaption_ = new QLabel(left);
  mistakesCheck_ = new QCheckBox(tr("only mistakes"), left);
  mistakesCheck_->setObjectName("mistakesCheck");
  top->addWidget(galleryCaption_, 1);
  top->addWidget(mistakesCheck_);
  leftLayout->addLayout(top);
  auto* scroll = new QScrollArea(left);
  scroll->setWidgetResizable(true);
  gallery_ = new PredictionGallery(scroll);
  scroll->setWidget(gallery_);
  leftLayout->addWidget(scroll, 1);
  confusion_ = new ConfusionView(page);
  page->addWidget(left);
  page->addWidget(confusion_);
  page->setStretchFactor(0, 3);
  page->setStretchFactor(1, 2);
  page->setSizes({900, 650});
  connect(mistakesCheck_, &QCheckBox::toggled, gallery_, &PredictionGallery::setMistakesOnly);
  connect(gallery_, &PredictionGallery::imageClicked, this, [this](int index) {
    selectImage(index);
    showSection("feature-maps");
  });
  return page;
}

// ---- what is trained ------------------------------------------------------------------------

bool DashboardView::loadPresetData(const std::string& name, const std::vector<int>& classes, QString* error) {
  try {
    const Preset& preset = findPreset(name);
    PresetData data = preparePresetData(preset, *raw_, classes, std::nullopt, std::uint64_t(seedSpin_->value()));
    train_ = std::make_shared<const Dataset>(std::move(data.train));
    test_ = std::make_shared<const Dataset>(std::move(data.test));
    dataName_ = tr("Embedded MNIST subset (%1 preset)").arg(QString::fromStdString(name));
    return true;
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
}

std::unique_ptr<Network<float>> DashboardView::freshNetwork(QString* error) const {
  try {
    auto network = std::make_unique<Network<float>>(buildNetwork<float>(spec_, train_->classCount()));
    network->initialize(std::uint64_t(seedSpin_->value()));
    return network;
  } catch (const std::exception& e) {
    fail(error, QString::fromStdString(e.what()));
    return nullptr;
  }
}

bool DashboardView::configure(std::unique_ptr<Network<float>> network, bool keepCurves, QString* error) {
  if (!network || !train_ || !test_) return fail(error, tr("no network or no data"));
  const Preset* preset = nullptr;
  try {
    preset = &findPreset(presetName_);
  } catch (const std::exception&) {
  }
  TrainerOptions options{.learningRate = rateSpin_->value(),
                         .batchSize = std::size_t(batchSpin_->value()),
                         .momentum = preset ? preset->momentum : 0.0,
                         .shuffle = preset ? preset->shuffleEachEpoch : false,
                         .seed = std::uint64_t(seedSpin_->value())};
  try {
    Trainer check(*network, *train_, options);  // throws when network and data do not fit
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  auto model = std::make_shared<ModelSnapshot>();
  model->spec = network->spec();
  model->parameters = network->parameters();
  model->classes = train_->classes;
  current_ = model;

  auto setup = std::make_shared<TrainingSetup>();
  setup->network = std::move(network);
  setup->train = train_;
  setup->test = test_;
  setup->options = options;
  setup->generation = ++generation_;
  worker_->configure(setup);

  state_ = RunState::Idle;
  if (runEpochsPending_) {
    runEpochsPending_ = false;
    QTimer::singleShot(0, this, &DashboardView::epochsCompleted);
  }
  lastSnapshot_.reset();
  history_.clear();
  curves_->newRun(keepCurves);
  featureMaps_->setTestSet(test_);
  gallery_->setTestSet(test_);
  clearError();
  updateControls();
  updateStatus();
  publishModel(current_);
  emit dataChanged(dataDescription());
  return true;
}

QString DashboardView::dataDescription() const {
  if (!train_ || !test_) return tr("no data");
  QStringList names;
  for (std::size_t c = 0; c < train_->classCount(); ++c) names << QString::fromStdString(train_->className(c));
  return tr("%1 — %2 %3 · %4 training and %5 test images")
      .arg(dataName_)
      .arg(names.size() == 1 ? tr("class") : tr("classes"))
      .arg(names.join(", "))
      .arg(train_->size())
      .arg(test_->size());
}

bool DashboardView::selectPreset(const QString& name) {
  const Preset* preset = nullptr;
  try {
    preset = &findPreset(name.toStdString());
  } catch (const std::exception&) {
    return false;
  }
  const std::string previous = presetName_;
  auto previousTrain = train_, previousTest = test_;
  const QString previousDataName = dataName_;
  QString error;
  if (!loadPresetData(preset->name, {}, &error)) {
    showError(error);
    return false;
  }
  const nlohmann::json previousSpec = spec_;
  spec_ = preset->network;
  presetName_ = preset->name;
  {
    const QSignalBlocker b1(rateSpin_), b2(batchSpin_), b3(epochsSpin_);
    rateSpin_->setValue(preset->learningRate);
    batchSpin_->setValue(int(preset->batchSize));
    epochsSpin_->setValue(int(preset->epochs));
  }
  auto network = freshNetwork(&error);
  if (!network || !configure(std::move(network), false, &error)) {
    spec_ = previousSpec;
    presetName_ = previous;
    train_ = previousTrain;
    test_ = previousTest;
    dataName_ = previousDataName;
    showError(error);
    return false;
  }
  networkName_.clear();
  presetData_ = true;
  const QSignalBlocker block(presetBox_);
  for (int i = presetBox_->count() - 1; i >= int(presets().size()); --i) presetBox_->removeItem(i);
  presetBox_->setCurrentText(name);
  return true;
}

bool DashboardView::useNetwork(const nlohmann::json& spec, const QString& name, QString* error) {
  if (!train_) return fail(error, tr("no data loaded"));
  std::unique_ptr<Network<float>> network;
  try {
    network = std::make_unique<Network<float>>(buildNetwork<float>(spec, train_->classCount()));
    network->initialize(std::uint64_t(seedSpin_->value()));
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  const nlohmann::json previousSpec = spec_;
  spec_ = spec;
  if (!configure(std::move(network), false, error)) {
    spec_ = previousSpec;
    return false;
  }
  networkName_ = name.isEmpty() ? tr("custom network") : name;
  const QSignalBlocker block(presetBox_);
  for (int i = presetBox_->count() - 1; i >= int(presets().size()); --i) presetBox_->removeItem(i);
  presetBox_->addItem(networkName_);
  presetBox_->setCurrentIndex(presetBox_->count() - 1);
  return true;
}

bool DashboardView::useData(const RawSplit& data, const Selection& train, const Selection& test, const QString& name,
                            QString* error) {
  std::shared_ptr<const Dataset> newTrain, newTest;
  try {
    newTrain = std::make_shared<const Dataset>(makeDataset(data.train, train));
    newTest = std::make_shared<const Dataset>(makeDataset(data.test, test));
  } catch (const std::exception& e) {
    return fail(error, QString::fromStdString(e.what()));
  }
  if (newTrain->size() == 0) return fail(error, tr("the training selection is empty"));
  auto previousTrain = train_, previousTest = test_;
  const nlohmann::json previousSpec = spec_;
  const QString previousName = dataName_;
  train_ = newTrain;
  test_ = newTest;
  dataName_ = name;
  QString why;
  auto network = freshNetwork(&why);
  if (!network) {  // try the same network with its output layer resized to the new class count
    spec_ = withOutputs(spec_, train_->classCount());
    network = freshNetwork(&why);
  }
  if (!network || !configure(std::move(network), false, &why)) {
    train_ = previousTrain;
    test_ = previousTest;
    spec_ = previousSpec;
    dataName_ = previousName;
    return fail(error, why);
  }
  raw_ = std::make_shared<const RawSplit>(data);
  presetData_ = false;
  summary_->setToolTip(tr("data: %1").arg(name));
  updateStatus();
  return true;
}

ModelSnapshotPtr DashboardView::currentModel() const { return current_; }

void DashboardView::publishModel(ModelSnapshotPtr model) {
  if (!model) return;
  current_ = model;
  if (modelTimer_->isActive()) return;  // the timer sends the newest one
  published_ = model;
  emit modelChanged(model);
  modelTimer_->start();
}

// ---- controls -------------------------------------------------------------------------------

void DashboardView::startOrPause() {
  switch (state_) {
    case RunState::Running:
      worker_->pause();
      state_ = RunState::Paused;
      break;
    case RunState::Paused:
      worker_->resume();
      state_ = RunState::Running;
      break;
    case RunState::Idle:
    case RunState::Diverged:
      clearError();
      worker_->start(std::size_t(epochsSpin_->value()));
      state_ = RunState::Running;
      break;
  }
  updateControls();
  updateStatus();
}

void DashboardView::runEpochs(int n) {
  if (n <= 0) {
    emit epochsCompleted();
    return;
  }
  clearError();
  runEpochsPending_ = true;
  worker_->start(std::size_t(n));
  state_ = RunState::Running;
  updateControls();
}

void DashboardView::stop() {
  worker_->stop();
  if (state_ != RunState::Diverged) state_ = RunState::Idle;
  updateControls();
  updateStatus();
}

void DashboardView::reset() {
  QString error;
  worker_->stop();
  if (presetData_ && !loadPresetData(presetName_, train_ ? train_->classes : std::vector<int>{}, &error)) {
    showError(error);
    return;
  }
  auto network = freshNetwork(&error);
  if (!network || !configure(std::move(network), true, &error)) showError(error);
}

void DashboardView::stepSample() { worker_->stepSamples(1); }
void DashboardView::stepBatch() { worker_->stepBatches(1); }
void DashboardView::stepEpoch() { worker_->stepEpoch(); }

bool DashboardView::setLearningRate(double rate, QString* error) {
  if (!(rate > 0) || !std::isfinite(rate) || rate > rateSpin_->maximum())
    return fail(error, tr("the learning rate must be a positive number up to %1").arg(rateSpin_->maximum()));
  rateSpin_->setValue(rate);
  worker_->setLearningRate(rate);  // also when the spin box already showed this value
  return true;
}

bool DashboardView::setBatchSize(int size, QString* error) {
  if (size < 1 || size > batchSpin_->maximum())
    return fail(error, tr("the batch size must be between 1 and %1").arg(batchSpin_->maximum()));
  batchSpin_->setValue(size);
  worker_->setBatchSize(std::size_t(size));
  return true;
}

void DashboardView::setStepsPerSecond(double rate) {
  int best = 0;
  for (int i = 0; i < 5; ++i)
    if (std::abs(kSpeeds[i].stepsPerSecond - rate) < std::abs(kSpeeds[best].stepsPerSecond - rate)) best = i;
  const QSignalBlocker block(speedBox_);
  speedBox_->setCurrentIndex(best);
  worker_->setStepsPerSecond(rate);
}

void DashboardView::selectImage(int testIndex) {
  if (!test_ || testIndex < 0 || std::size_t(testIndex) >= test_->size()) return;
  gallery_->setSelected(testIndex);
  worker_->selectImage(testIndex);
}

// ---- snapshots --------------------------------------------------------------------------------

void DashboardView::onSnapshot(TrainingSnapshotPtr s) {
  if (!s || s->generation != generation_) return;  // from a network that has since been replaced
  const bool first = !lastSnapshot_;
  lastSnapshot_ = s;
  if (state_ != RunState::Running || s->state != RunState::Idle || !worker_->isRunning()) state_ = s->state;
  curves_->addStepLosses(s->firstStep, s->stepLosses);
  curves_->addEpochs(s->epochs);
  history_.insert(history_.end(), s->epochs.begin(), s->epochs.end());
  if (s->hasEvaluation) {
    const std::vector<int>& classes = train_->classes;
    overviewConfusion_->setConfusion(s->evaluation.confusion, classes);
    confusion_->setConfusion(s->evaluation.confusion, classes);
    gallery_->setPredictions(s->evaluation.predictions);
    galleryCaption_->setText(tr("%1 test images · %2 misclassified (framed red) · click one to see its feature maps")
                                 .arg(test_->size())
                                 .arg(gallery_->mistakeCount()));
  }
  if (s->model && s->model != current_) publishModel(s->model);
  if (first) refreshHeavyViews();
  else if (!heavyTimer_->isActive()) heavyTimer_->start();
  updateControls();
  updateStatus();
}

void DashboardView::refreshHeavyViews() {
  if (!lastSnapshot_) return;
  const TrainingSnapshot& s = *lastSnapshot_;
  const QString section = currentSection();
  // Hidden sections are redrawn when shown, except after a new network: then at once, so none
  // keeps showing the previous network's kernels.
  const bool newNetwork = s.generation != drawnGeneration_;
  drawnGeneration_ = s.generation;
  if (section == "dashboard" || newNetwork || overviewKernels_->mosaics().size() != s.kernels.size())
    overviewKernels_->setKernels(s.kernels);
  if (section == "kernels" || newNetwork || kernels_->mosaics().size() != s.kernels.size()) {
    kernels_->setKernels(s.kernels);
    lastStep_->setNoConvolution(s.kernels.empty() || s.kernels.front().denseUnits);
    // One event-loop turn later, so the two redraws never block it together.
    QTimer::singleShot(1, lastStep_, [step = lastSnapshot_, view = lastStep_] { view->setLastStep(step->lastStep); });
  }
  if (section == "feature-maps" || featureMaps_->rowCount() == 0) featureMaps_->setSnapshot(lastSnapshot_);
}

void DashboardView::onRunFinished(bool) {
  if (lastSnapshot_ && !worker_->isRunning()) state_ = lastSnapshot_->state == RunState::Diverged ? RunState::Diverged : RunState::Idle;
  updateControls();
  updateStatus();
  if (runEpochsPending_) {
    runEpochsPending_ = false;
    emit epochsCompleted();
  }
}

void DashboardView::onFailed(const QString& message) {
  state_ = RunState::Diverged;
  showError(message);
  updateControls();
  updateStatus();
}

void DashboardView::updateControls() {
  startButton_->setText(state_ == RunState::Running ? tr("❚❚ Pause") : state_ == RunState::Paused ? tr("▶ Resume") : tr("▶ Start"));
  stopButton_->setEnabled(state_ == RunState::Running || state_ == RunState::Paused);
}

void DashboardView::updateStatus() {
  const TrainingSnapshot* s = lastSnapshot_.get();
  const std::size_t done = s ? s->epochsDone : 0;
  const QString name = networkName_.isEmpty() ? QString::fromStdString(presetName_) : networkName_;
  QString text = tr("%1 · epoch %2 · step %3").arg(name).arg(done + (s && s->position ? 1 : 0)).arg(s ? s->steps : 0);
  if (s && s->samplesPerEpoch) text += tr(" (%1/%2 samples)").arg(s->position).arg(s->samplesPerEpoch);
  text += tr(" · %1 samples/s").arg(s ? s->samplesPerSecond : 0.0, 0, 'f', 0);
  double loss = s ? s->runningLoss : 0;
  if (s && s->position == 0 && !history_.empty()) loss = history_.back().trainLoss;
  text += tr(" · loss %1").arg(loss, 0, 'f', 4);
  if (!history_.empty()) text += tr(" · test accuracy %1 %").arg(100 * history_.back().testAccuracy, 0, 'f', 1);
  text += tr(" · %1").arg(stateName(state_));
  if (text != status_) {
    status_ = text;
    // The short form beside the buttons; the status bar has it all.
    QString brief = tr("epoch %1 · step %2 · loss %3").arg(done + (s && s->position ? 1 : 0)).arg(s ? s->steps : 0).arg(loss, 0, 'f', 4);
    if (!history_.empty()) brief += tr(" · test %1 %").arg(100 * history_.back().testAccuracy, 0, 'f', 1);
    if (state_ == RunState::Running && s) brief += tr(" · %1 samples/s").arg(s->samplesPerSecond, 0, 'f', 0);
    summary_->setText(brief);
    emit statusChanged(text);
  }
}

void DashboardView::showError(const QString& message) {
  errorBanner_->setText(message);
  errorBanner_->show();
}

void DashboardView::clearError() {
  errorBanner_->clear();
  errorBanner_->hide();
}

QString DashboardView::errorMessage() const { return errorBanner_->isVisible() || !errorBanner_->text().isEmpty() ? errorBanner_->text() : QString(); }

// ---- sections, files, settings ---------------------------------------------------------------

bool DashboardView::showSection(const QString& name) {
  for (int i = 0; i < 4; ++i)
    if (name == kSections[i]) {
      sections_->setCurrentIndex(i);
      refreshHeavyViews();
      return true;
    }
  return false;
}

QString DashboardView::currentSection() const { return kSections[std::clamp(sections_->currentIndex(), 0, 3)]; }

bool DashboardView::saveModel(const QString& path, QString* error) {
  const ModelSnapshotPtr model = current_;
  if (!model) return fail(error, tr("there is no model to save yet"));
  try {
    Network<float> network = buildNetwork<float>(model->spec);
    if (network.parameterCount() != model->parameters.n_elem) throw std::runtime_error("inconsistent model snapshot");
    network.parameters() = model->parameters;
    cnnlab::saveModel(network, path.toStdString(),
                      {{"preset", presetName_},
                       {"name", networkName_.toStdString()},
                       {"classes", model->classes},
                       {"epochs", model->epoch},
                       {"steps", model->step},
                       {"seed", seedSpin_->value()},
                       {"learning_rate", rateSpin_->value()}});
  } catch (const std::exception& e) {
    const QString message = QString::fromStdString(e.what());
    showError(message);
    return fail(error, message);
  }
  return true;
}

bool DashboardView::loadModel(const QString& path, QString* error) {
  auto refuse = [&](const QString& message) {
    showError(tr("Model not loaded: %1").arg(message));
    return fail(error, message);
  };
  std::unique_ptr<Network<float>> network;
  nlohmann::json metadata;
  try {
    LoadedModel loaded = cnnlab::loadModel(path.toStdString());
    network = std::make_unique<Network<float>>(std::move(loaded.network));
    metadata = std::move(loaded.metadata);
  } catch (const std::exception& e) {
    return refuse(QString::fromStdString(e.what()));
  }
  // The model's classes decide the data: reselect it when they differ from the current ones.
  std::vector<int> classes;
  if (metadata.is_object() && metadata.contains("classes") && metadata["classes"].is_array())
    for (const auto& c : metadata["classes"])
      if (c.is_number_integer()) classes.push_back(c.get<int>());
  std::string preset = metadata.is_object() ? metadata.value("preset", std::string()) : std::string();
  try {
    findPreset(preset);
  } catch (const std::exception&) {
    preset = presetName_;
  }
  auto previousTrain = train_, previousTest = test_;
  const std::string previousPreset = presetName_;
  const QString previousDataName = dataName_;
  if (presetData_ && ((!classes.empty() && classes != train_->classes) || preset != presetName_)) {
    QString why;
    if (!loadPresetData(preset, classes, &why)) return refuse(why);
    presetName_ = preset;
  }
  const nlohmann::json previousSpec = spec_;
  spec_ = network->spec();
  QString why;
  if (!configure(std::move(network), false, &why)) {
    train_ = previousTrain;
    test_ = previousTest;
    presetName_ = previousPreset;
    dataName_ = previousDataName;
    spec_ = previousSpec;
    return refuse(why);
  }
  networkName_ = QFileInfo(path).fileName();
  const QSignalBlocker block(presetBox_);
  for (int i = presetBox_->count() - 1; i >= int(presets().size()); --i) presetBox_->removeItem(i);
  presetBox_->addItem(networkName_);
  presetBox_->setCurrentIndex(presetBox_->count() - 1);
  updateStatus();
  return true;
}

bool DashboardView::exportView(const QString& path, QString* error) {
  return PlotExport::save(sections_->currentWidget(), path, error);
}

bool DashboardView::exportMetricsCsv(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
    return fail(error, tr("cannot write %1: %2").arg(path, file.errorString()));
  QTextStream out(&file);
  out << "epoch,train_loss,train_accuracy,test_loss,test_accuracy,seconds,samples_per_second\n";
  const double samples = train_ ? double(train_->size()) : 0;
  for (const EpochStats& e : history_)
    out << e.epoch << ',' << QString::number(e.trainLoss, 'g', 8) << ',' << QString::number(e.trainAccuracy, 'g', 8)
        << ',' << QString::number(e.testLoss, 'g', 8) << ',' << QString::number(e.testAccuracy, 'g', 8) << ','
        << QString::number(e.seconds, 'g', 6) << ',' << QString::number(e.seconds > 0 ? samples / e.seconds : 0, 'f', 1)
        << '\n';
  out.flush();
  if (file.error() != QFileDevice::NoError) return fail(error, tr("cannot write %1: %2").arg(path, file.errorString()));
  return true;
}

void DashboardView::saveModelWithDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), QString::fromStdString(presetName_) + ".cnnlab",
                                                    tr("cnnlab model (*.cnnlab)"));
  if (path.isEmpty()) return;
  QString error;
  if (!saveModel(path, &error)) QMessageBox::warning(this, tr("Save failed"), error);
}

void DashboardView::loadModelWithDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), QString(), tr("cnnlab model (*.cnnlab);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!loadModel(path, &error)) QMessageBox::warning(this, tr("Model not loaded"), error);
}

void DashboardView::exportViewWithDialog() {
  PlotExport::saveWithDialog(sections_->currentWidget(), currentSection() + ".png");
}

void DashboardView::exportMetricsWithDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), "metrics.csv", tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportMetricsCsv(path, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

void DashboardView::setPresenterMode(bool on) {
  presenter_ = on;
  {
    const QSignalBlocker block(presenterCheck_);
    presenterCheck_->setChecked(on);
  }
  QFont f = font();
  f.setPointSize(basePointSize(on));
  setFont(f);
  curves_->setPresenterMode(on);
  overviewKernels_->setPresenterMode(on);
  kernels_->setPresenterMode(on);
  lastStep_->setPresenterMode(on);
  overviewConfusion_->setPresenterMode(on);
  confusion_->setPresenterMode(on);
  featureMaps_->setPresenterMode(on);
  gallery_->setPresenterMode(on);
}

void DashboardView::setLogScale(bool on) {
  const QSignalBlocker block(logCheck_);
  logCheck_->setChecked(on);
  curves_->setLogScale(on);
}

void DashboardView::saveSettings(QSettings& settings) const {
  settings.beginGroup("dashboard");
  settings.setValue("section", currentSection());
  settings.setValue("speed", speedBox_->currentIndex());
  settings.setValue("logScale", logCheck_->isChecked());
  settings.setValue("presenter", presenter_);
  settings.setValue("mistakesOnly", mistakesCheck_->isChecked());
  settings.endGroup();
}

void DashboardView::restoreSettings(QSettings& settings) {
  settings.beginGroup("dashboard");
  showSection(settings.value("section", "dashboard").toString());
  speedBox_->setCurrentIndex(std::clamp(settings.value("speed", 0).toInt(), 0, 4));
  setLogScale(settings.value("logScale", false).toBool());
  setPresenterMode(settings.value("presenter", false).toBool());
  mistakesCheck_->setChecked(settings.value("mistakesOnly", false).toBool());
  settings.endGroup();
}

}  // namespace cnnlab
