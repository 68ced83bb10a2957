// DashboardView: wires the controls to the TrainingSession and its snapshots to the views.
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/palette.hpp"
#include "ui/current_page_size.hpp"
#include "ui/type_scale.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
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

#include "engine/presets.hpp"
#include "ui/dashboard/confusion_view.hpp"
#include "ui/dashboard/curves_view.hpp"
#include "ui/dashboard/feature_map_view.hpp"
#include "ui/dashboard/health_view.hpp"
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/dashboard/kernel_view.hpp"
#include "ui/dashboard/last_step_view.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/dashboard/prediction_gallery.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

constexpr int kHeavyViewMs = 100;    // kernels and feature maps at most ten times a second

const char* const kSections[] = {"dashboard", "kernels", "feature-maps", "predictions", "health"};
constexpr int kSectionCount = int(std::size(kSections));

struct Speed {
  const char* label;
  double stepsPerSecond;
};
// Marked for lupdate in DashboardView's context: the box shows tr(label).
const Speed kSpeeds[] = {{QT_TRANSLATE_NOOP("cnnlab::DashboardView", "full speed"), 0},
                         {QT_TRANSLATE_NOOP("cnnlab::DashboardView", "100 steps/s"), 100},
                         {QT_TRANSLATE_NOOP("cnnlab::DashboardView", "20 steps/s"), 20},
                         {QT_TRANSLATE_NOOP("cnnlab::DashboardView", "5 steps/s"), 5},
                         {QT_TRANSLATE_NOOP("cnnlab::DashboardView", "1 step/s"), 1}};

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

}  // namespace

DashboardView::DashboardView(TrainingSession& session, QWidget* parent) : QWidget(parent), session_(session) {
  setObjectName("dashboard");

  errorBanner_ = new QLabel(this);
  errorBanner_->setObjectName("errorBanner");
  errorBanner_->setWordWrap(true);
  // Sizes and weights through the type scale, never the style sheet: a style sheet's font stays put.
  type_scale::setTextPixels(errorBanner_, 17, true);
  errorBanner_->setStyleSheet(QString("QLabel { background: %1; color: white; padding: 8px 12px; border-radius: 4px; }")
                                  .arg(palette::name(palette::kError)));
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
  health_ = new HealthView(this);
  sections_->addTab(health_, tr("Health"));
  sizeByCurrentPage(sections_);  // a hidden section does not make the window taller

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 4);
  layout->addWidget(buildControls());
  layout->addWidget(errorBanner_);
  layout->addWidget(health_->banner());
  layout->addWidget(sections_, 1);

  heavyTimer_ = new QTimer(this);
  heavyTimer_->setSingleShot(true);
  heavyTimer_->setInterval(kHeavyViewMs);
  connect(heavyTimer_, &QTimer::timeout, this, &DashboardView::refreshHeavyViews);
  connect(sections_, &QTabWidget::currentChanged, this, [this] {
    wantSnapshotParts();
    refreshHeavyViews();
  });
  connect(featureMaps_, &FeatureMapView::imageRequested, this, &DashboardView::selectImage);

  // Space and → work wherever the focus is in the dashboard, unless a text field wants the key.
  auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this, this, &DashboardView::startOrPause);
  auto* right = new QShortcut(QKeySequence(Qt::Key_Right), this, this, &DashboardView::stepBatch);
  // A presenter's clicker sends Page Down: the next panel.
  auto* panel = new QShortcut(QKeySequence(Qt::Key_PageDown), this, this, &DashboardView::nextPanel);
  space->setContext(Qt::WidgetWithChildrenShortcut);
  right->setContext(Qt::WidgetWithChildrenShortcut);
  panel->setContext(Qt::WidgetWithChildrenShortcut);
  setFocusPolicy(Qt::StrongFocus);

  connect(&session_, &TrainingSession::configured, this, &DashboardView::onConfigured);
  connect(&session_, &TrainingSession::snapshot, this, &DashboardView::onSnapshot);
  connect(&session_, &TrainingSession::settingsChanged, this, &DashboardView::followSettings);
  connect(&session_, &TrainingSession::stateChanged, this, [this] {
    updateControls();
    updateStatus();
  });
  connect(&session_, &TrainingSession::failed, this, [this](const QString& message) {
    showError(message);
    updateControls();
    updateStatus();
  });

  type_scale::markStylesOwnPlots(this);  // its plots follow the type scale's notifier
  connect(&type_scale::notifier(), &type_scale::Notifier::changed, this, &DashboardView::restylePlots);
  restylePlots(false);
  showPanels();
  wantSnapshotParts();
  onConfigured(false);
  if (session_.lastSnapshot()) onSnapshot(session_.lastSnapshot());
}

DashboardView::~DashboardView() = default;

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
    const SessionConfig& config = session_.config();
    if (name.toStdString() != config.preset || !config.networkName.isEmpty() || !config.presetData) selectPreset(name);
  });
  seedSpin_ = new QSpinBox(bar);
  seedSpin_->setObjectName("seedSpin");
  seedSpin_->setRange(0, 999999);
  seedSpin_->setToolTip(tr("Random seed for the initial weights and the data order; applies on Reset"));
  connect(seedSpin_, &QSpinBox::valueChanged, this, [this](int v) { session_.setSeed(std::uint64_t(v)); });
  epochsSpin_ = new QSpinBox(bar);
  epochsSpin_->setObjectName("epochsSpin");
  epochsSpin_->setRange(1, 1000);
  epochsSpin_->setToolTip(tr("Epochs that Start trains"));
  connect(epochsSpin_, &QSpinBox::valueChanged, this, [this](int v) { session_.setEpochs(std::size_t(v)); });
  rateSpin_ = new QDoubleSpinBox(bar);
  rateSpin_->setObjectName("rateSpin");
  rateSpin_->setDecimals(5);
  rateSpin_->setRange(0.00001, TrainingSession::kMaxLearningRate);
  rateSpin_->setMaximumWidth(150);
  rateSpin_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  rateSpin_->setKeyboardTracking(false);
  rateSpin_->setToolTip(tr("Learning rate η; applies from the next step"));
  connect(rateSpin_, &QDoubleSpinBox::valueChanged, this, [this](double v) { session_.setLearningRate(v); });
  batchSpin_ = new QSpinBox(bar);
  batchSpin_->setObjectName("batchSpin");
  batchSpin_->setRange(1, int(TrainingSession::kMaxBatchSize));
  batchSpin_->setKeyboardTracking(false);
  batchSpin_->setToolTip(tr("Batch size; applies from the next step"));
  connect(batchSpin_, &QSpinBox::valueChanged, this, [this](int v) { session_.setBatchSize(std::size_t(v)); });
  speedBox_ = new QComboBox(bar);
  speedBox_->setObjectName("speedBox");
  for (const Speed& s : kSpeeds) speedBox_->addItem(tr(s.label));
  speedBox_->setToolTip(tr("Slow training down to explain what happens step by step"));
  connect(speedBox_, &QComboBox::currentIndexChanged, this,
          [this](int i) { session_.setStepsPerSecond(kSpeeds[std::clamp(i, 0, 4)].stepsPerSecond); });

  auto button = [bar](const QString& text, const QString& name, const QString& tip) {
    auto* b = new QPushButton(text, bar);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(QRegularExpression("[▶■⟲→⇟]")).trimmed());  // the words, not the symbols
    b->setAccessibleDescription(tip);
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
  presenterCheck_->setToolTip(tr("Large text and fewer, larger panels for a projector (F5)"));
  connect(presenterCheck_, &QCheckBox::toggled, this, &DashboardView::setPresenterMode);
  nextPanelButton_ = button(tr("next panel ⇟"), "nextPanelButton", tr("Show the section's other panel (Page Down)"));
  connect(nextPanelButton_, &QPushButton::clicked, this, &DashboardView::nextPanel);

  // Each label is its field's buddy: a screen reader names the field by it.
  auto label = [bar](const QString& text, QWidget* buddy = nullptr) {
    auto* l = new QLabel(text, bar);
    if (buddy) {
      l->setBuddy(buddy);
      buddy->setAccessibleName(text);
    }
    return l;
  };
  int c = 0;
  grid->addWidget(label(tr("Preset"), presetBox_), 0, c++);
  grid->addWidget(presetBox_, 0, c++);
  grid->addWidget(label(tr("seed"), seedSpin_), 0, c++);
  grid->addWidget(seedSpin_, 0, c++);
  grid->addWidget(label(tr("epochs"), epochsSpin_), 0, c++);
  grid->addWidget(epochsSpin_, 0, c++);
  grid->addWidget(label(tr("learning rate"), rateSpin_), 0, c++);
  grid->addWidget(rateSpin_, 0, c++);
  grid->addWidget(label(tr("batch"), batchSpin_), 0, c++);
  grid->addWidget(batchSpin_, 0, c++);
  grid->addWidget(label(tr("speed"), speedBox_), 0, c++);
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
  summary_->installEventFilter(this);
  buttons->addWidget(summary_, 1);
  buttons->addWidget(nextPanelButton_);
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
  overviewConfusion_->setAccessibleName(tr("Confusion matrix of the test set"));
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
  galleryPanel_ = left;
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
  confusion_->setAccessibleName(tr("Confusion matrix of the test set"));
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

bool DashboardView::report(bool ok, const QString& error) {
  if (!ok) showError(error);
  return ok;
}

void DashboardView::onConfigured(bool keepHistory) {
  const SessionConfig& config = session_.config();
  lastSnapshot_.reset();
  curves_->newRun(keepHistory);
  curves_->setEmptyText(tr("Press ▶ Start (Space) to watch %1 learn")
                            .arg(config.networkName.isEmpty() ? QString::fromStdString(config.preset) : config.networkName));
  featureMaps_->setTestSet(config.test);
  gallery_->setTestSet(config.test);
  clearError();
  followSettings();
  const QSignalBlocker block(presetBox_);
  for (int i = presetBox_->count() - 1; i >= int(presets().size()); --i) presetBox_->removeItem(i);
  if (config.networkName.isEmpty()) {
    presetBox_->setCurrentText(QString::fromStdString(config.preset));
  } else {
    presetBox_->addItem(config.networkName);
    presetBox_->setCurrentIndex(presetBox_->count() - 1);
  }
  summary_->setToolTip(tr("data: %1").arg(config.dataName));
  updateControls();
  updateStatus();
}

// The spin boxes show the session's settings; their own signals are blocked so nothing echoes back.
void DashboardView::followSettings() {
  const SessionConfig& config = session_.config();
  const QSignalBlocker b1(rateSpin_), b2(batchSpin_), b3(epochsSpin_), b4(seedSpin_);
  rateSpin_->setValue(config.learningRate);
  batchSpin_->setValue(int(config.batchSize));
  epochsSpin_->setValue(int(config.epochs));
  seedSpin_->setValue(int(config.seed));
}

QString DashboardView::dataDescription() const { return session_.dataDescription(); }
QString DashboardView::presetName() const { return QString::fromStdString(session_.config().preset); }
std::shared_ptr<const Dataset> DashboardView::testSet() const { return session_.testSet(); }
const std::vector<EpochStats>& DashboardView::history() const { return session_.history(); }
ModelSnapshotPtr DashboardView::currentModel() const { return session_.currentModel(); }
RunState DashboardView::state() const { return session_.state(); }

bool DashboardView::selectPreset(const QString& name) {
  QString error;
  return report(session_.selectPreset(name, &error), error);
}

// ---- controls -------------------------------------------------------------------------------

void DashboardView::startOrPause() {
  if (session_.state() == RunState::Idle || session_.state() == RunState::Diverged) clearError();
  session_.startOrPause();
}

void DashboardView::runEpochs(int n) {
  clearError();
  session_.runEpochs(std::size_t(std::max(n, 0)));
}

void DashboardView::stop() { session_.stop(); }

void DashboardView::reset() {
  QString error;
  report(session_.reset(&error), error);
}

void DashboardView::stepSample() { session_.stepSamples(1); }
void DashboardView::stepBatch() { session_.stepBatches(1); }
void DashboardView::stepEpoch() { session_.stepEpoch(); }

bool DashboardView::setLearningRate(double rate, QString* error) {
  QString why;
  if (!session_.setLearningRate(rate, &why)) return fail(error, why);
  return true;
}

bool DashboardView::setBatchSize(int size, QString* error) {
  QString why;
  if (size < 1 || !session_.setBatchSize(std::size_t(size), &why))
    return fail(error, size < 1 ? tr("the batch size must be between 1 and %1").arg(TrainingSession::kMaxBatchSize) : why);
  return true;
}

void DashboardView::setStepsPerSecond(double rate) {
  int best = 0;
  for (int i = 0; i < 5; ++i)
    if (std::abs(kSpeeds[i].stepsPerSecond - rate) < std::abs(kSpeeds[best].stepsPerSecond - rate)) best = i;
  const QSignalBlocker block(speedBox_);
  speedBox_->setCurrentIndex(best);
  session_.setStepsPerSecond(rate);
}

void DashboardView::selectImage(int testIndex) {
  const auto test = session_.testSet();
  if (!test || testIndex < 0 || std::size_t(testIndex) >= test->size()) return;
  gallery_->setSelected(testIndex);
  session_.selectImage(testIndex);
}

// ---- snapshots --------------------------------------------------------------------------------

// The costly snapshot parts this dashboard draws now: those of the section in front.
void DashboardView::wantSnapshotParts() {
  const QString section = currentSection();
  SnapshotParts parts;
  if (section == "dashboard") parts |= SnapshotPart::Kernels;
  if (section == "kernels") parts |= SnapshotParts{SnapshotPart::Kernels, SnapshotPart::LastStep};
  if (section == "feature-maps") parts |= SnapshotPart::Activations;
  if (section == "health") parts |= SnapshotPart::Health;
  session_.setSnapshotParts(this, parts);
}

void DashboardView::onSnapshot(TrainingSnapshotPtr s) {
  if (!s) return;
  const bool first = !lastSnapshot_;
  lastSnapshot_ = s;
  curves_->addStepLosses(s->firstStep, s->stepLosses);
  curves_->addEpochs(s->epochs);
  health_->showSnapshot(*s);
  if (s->hasEvaluation) {
    QStringList names;  // the digits, or an image folder's class names
    for (std::size_t c = 0; c < session_.trainSet()->classCount(); ++c)
      names << QString::fromStdString(session_.trainSet()->className(c));
    overviewConfusion_->setConfusion(s->evaluation.confusion, names);
    confusion_->setConfusion(s->evaluation.confusion, names);
    gallery_->setPredictions(s->evaluation.predictions);
    galleryCaption_->setText(tr("%1 test images · %2 misclassified (framed red) · click one to see its feature maps")
                                 .arg(session_.testSet()->size())
                                 .arg(gallery_->mistakeCount()));
  }
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
  // keeps showing the previous network's kernels. A part the snapshot lacks waits for the next one.
  const bool newNetwork = s.generation != drawnGeneration_;
  drawnGeneration_ = s.generation;
  if (s.parts.testFlag(SnapshotPart::Kernels)) {
    if (section == "dashboard" || newNetwork || overviewKernels_->mosaics().size() != s.kernels.size())
      overviewKernels_->setKernels(s.kernels);
    if (section == "kernels" || newNetwork || kernels_->mosaics().size() != s.kernels.size()) {
      kernels_->setKernels(s.kernels);
      lastStep_->setNoConvolution(s.kernels.empty() || s.kernels.front().denseUnits);
    }
  }
  if (s.parts.testFlag(SnapshotPart::LastStep) && section == "kernels")
    // One event-loop turn later, so the two redraws never block it together.
    QTimer::singleShot(1, lastStep_, [step = lastSnapshot_, view = lastStep_] { view->setLastStep(step->lastStep); });
  if (s.parts.testFlag(SnapshotPart::Activations) && (section == "feature-maps" || featureMaps_->rowCount() == 0))
    featureMaps_->setSnapshot(lastSnapshot_);
}

void DashboardView::updateControls() {
  const RunState state = session_.state();
  startButton_->setText(state == RunState::Running ? tr("❚❚ Pause") : state == RunState::Paused ? tr("▶ Resume") : tr("▶ Start"));
  stopButton_->setEnabled(state == RunState::Running || state == RunState::Paused);
}

void DashboardView::updateStatus() {
  const TrainingSnapshot* s = lastSnapshot_.get();
  const RunState state = session_.state();
  const std::vector<EpochStats>& history = session_.history();
  const std::size_t done = s ? s->epochsDone : 0;
  QString text = tr("%1 · epoch %2 · step %3").arg(session_.networkName()).arg(done + (s && s->position ? 1 : 0)).arg(s ? s->steps : 0);
  if (s && s->samplesPerEpoch) text += tr(" (%1/%2 samples)").arg(s->position).arg(s->samplesPerEpoch);
  // The rate only while training: a stopped run has no speed worth printing.
  if (state == RunState::Running && s) text += tr(" · %1 samples/s").arg(s->samplesPerSecond, 0, 'f', 0);
  double loss = s ? s->runningLoss : 0;
  if (s && s->position == 0 && !history.empty()) loss = history.back().trainLoss;
  // "—" until a step has a loss: 0.0000 would read as a perfect network.
  const bool hasLoss = (s && s->steps > 0) || !history.empty();
  const QString lossText = hasLoss ? QString::number(loss, 'f', 4) : QString::fromUtf8("—");
  text += tr(" · loss %1").arg(lossText);
  if (!history.empty()) text += tr(" · test accuracy %1 %").arg(100 * history.back().testAccuracy, 0, 'f', 1);
  text += tr(" · %1").arg(stateName(state));
  if (text != status_) {
    status_ = text;
    // The short form beside the buttons, as much of it as fits; the status bar has it all.
    const QString position = tr("epoch %1 · step %2 · ").arg(done + (s && s->position ? 1 : 0)).arg(s ? s->steps : 0);
    QString brief = tr("loss %1").arg(lossText);
    if (!history.empty()) brief += tr(" · test %1 %").arg(100 * history.back().testAccuracy, 0, 'f', 1);
    const QString speed = state == RunState::Running && s ? tr(" · %1 samples/s").arg(s->samplesPerSecond, 0, 'f', 0) : QString();
    summaryForms_ = {position + brief + speed, position + brief, brief};
    fitSummary();
    emit statusChanged(text);
  }
}

// The longest form of the summary that fits beside the buttons, or none: never a clipped one.
void DashboardView::fitSummary() {
  const QFontMetrics metrics(summary_->font());
  const int room = summary_->contentsRect().width();
  QString shown;
  for (const QString& form : summaryForms_)
    if (metrics.horizontalAdvance(form) <= room) {
      shown = form;
      break;
    }
  summary_->setText(shown);
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == summary_ && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)) fitSummary();
  return QWidget::eventFilter(watched, event);
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
  for (int i = 0; i < kSectionCount; ++i)
    if (name == kSections[i]) {
      sections_->setCurrentIndex(i);
      refreshHeavyViews();
      return true;
    }
  return false;
}

QString DashboardView::currentSection() const { return kSections[std::clamp(sections_->currentIndex(), 0, kSectionCount - 1)]; }

bool DashboardView::saveModel(const QString& path, QString* error) {
  QString why;
  if (session_.saveModel(path, &why)) return true;
  showError(why);
  return fail(error, why);
}

bool DashboardView::loadModel(const QString& path, QString* error) {
  QString why;
  if (session_.loadModel(path, &why)) return true;
  showError(tr("Model not loaded: %1").arg(why));
  return fail(error, why);
}

bool DashboardView::exportView(const QString& path, QString* error) {
  return PlotExport::save(sections_->currentWidget(), path, error);
}

bool DashboardView::exportMetricsCsv(const QString& path, QString* error) {
  QString text;
  QTextStream out(&text);
  out << "epoch,train_loss,train_accuracy,test_loss,test_accuracy,seconds,samples_per_second\n";
  const double samples = session_.trainSet() ? double(session_.trainSet()->size()) : 0;
  for (const EpochStats& e : session_.history())
    out << e.epoch << ',' << QString::number(e.trainLoss, 'g', 8) << ',' << QString::number(e.trainAccuracy, 'g', 8)
        << ',' << QString::number(e.testLoss, 'g', 8) << ',' << QString::number(e.testAccuracy, 'g', 8) << ','
        << QString::number(e.seconds, 'g', 6) << ',' << QString::number(e.seconds > 0 ? samples / e.seconds : 0, 'f', 1)
        << '\n';
  out.flush();
  return PlotExport::writeFile(path, text.toUtf8(), error);
}

void DashboardView::saveModelWithDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), presetName() + ".cnnlab",
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
  showPanels();
  type_scale::apply(on, window()->height());  // the app, then restylePlots through the notifier
  emit presenterModeChanged(on);
}

void DashboardView::restylePlots(bool on) {
  QFont f = font();
  f.setPixelSize(basePixels(on));
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

void DashboardView::nextPanel() {
  if (!presenter_) return;
  presenterPanel_ = 1 - presenterPanel_;
  showPanels();
}

// Normal mode shows every panel; presenter mode one of each section's pair, which takes the room.
void DashboardView::showPanels() {
  nextPanelButton_->setVisible(presenter_);
  const std::pair<QWidget*, QWidget*> pairs[] = {
      {overviewKernels_, overviewConfusion_}, {kernels_, lastStep_}, {galleryPanel_, confusion_}};
  for (const auto& [first, second] : pairs) {
    first->setVisible(!presenter_ || presenterPanel_ == 0);
    second->setVisible(!presenter_ || presenterPanel_ == 1);
  }
  refreshHeavyViews();
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
