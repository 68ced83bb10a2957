// StepperView: plays a TeachingExample cell by cell; every number on screen comes from the engine's trace.
#include "ui/stepper/stepper_view.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/type_scale.hpp"
#include "ui/palette.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include "engine/teaching/example_registry.hpp"
#include "ui/training/training_session.hpp"
#include "engine/teaching/handout.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/qt_text.hpp"
#include "ui/stepper/board.hpp"
#include "ui/stepper/correlation_panel.hpp"
#include "ui/stepper/formula_list.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/mlp_panel.hpp"
#include "ui/stepper/network_examples.hpp"
#include "ui/stepper/your_turn_panel.hpp"

namespace cnnlab {

StepperView::StepperView(TrainingSession& session, QWidget* parent) : QWidget(parent), session_(session) {
  buildUi();
  openExample("notebook-valid", 0);
}

StepperView::~StepperView() { board_->show({}); }  // the board outlives example_ by a moment: it lets go first

MatrixGrid* StepperView::leftGrid() const { return board_->leftGrid(); }
MatrixGrid* StepperView::kernelGrid() const { return board_->kernelGrid(); }
MatrixGrid* StepperView::resultGrid() const { return board_->resultGrid(); }

void StepperView::buildUi() {
  setPixelFont(this, 18);
  auto* outer = new QHBoxLayout(this);
  outer->setContentsMargins(12, 8, 12, 8);
  auto* main = new QVBoxLayout;
  outer->addLayout(main, 1);

  // Inputs: the example, then its kind's panel (a correlation's matrices, or the MLP's network).
  auto* inputs = new QHBoxLayout;
  exampleBox_ = new QComboBox;
  exampleBox_->setObjectName("example");
  for (const std::string& name : teachingExampleNames()) exampleBox_->addItem(qs(name), qs(name));
  exampleBox_->addItem(tr("your own matrices"), "custom");
  // As wide as "from-network", not as the longest name: the matrix fields beside it need the room.
  exampleBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  exampleBox_->setMinimumContentsLength(12);  // a longer name is elided (AppStyle): the row fits 1280 px
  auto* exampleLabel = new QLabel(tr("Example"));
  exampleLabel->setBuddy(exampleBox_);  // its name for a screen reader
  exampleBox_->setAccessibleDescription(tr("The worked example to step through"));
  inputs->addWidget(exampleLabel);
  inputs->addWidget(exampleBox_);
  channelBox_ = new QComboBox;
  channelBox_->setObjectName("inputChannel");
  channelBox_->setAccessibleName(tr("Input channel"));
  channelBox_->setToolTip(tr("This network reads colour: step through one channel's kernel slice on that channel of the image"));
  channelBox_->hide();
  inputs->addWidget(channelBox_);
  correlationControls_ = new CorrelationPanel;
  inputs->addWidget(correlationControls_, 1);
  main->addLayout(inputs);
  mlpControls_ = new MlpPanel;
  mlpControls_->hide();
  main->addWidget(mlpControls_);
  errorLabel_ = boardLabel({}, 18, true, palette::name(palette::kError));
  errorLabel_->setObjectName("error");
  errorLabel_->hide();
  main->addWidget(errorLabel_);

  // The board: what a projector shows (and what exportView saves).
  board_ = new Board;
  main->addWidget(board_, 1);
  yourTurn_ = new YourTurnPanel;
  main->addWidget(yourTurn_);
  main->addLayout(buildPlayback());

  // Every formula of the example; a click jumps there.
  formulaList_ = new FormulaList;
  // "Your turn" sits above the list: the rows under the board have no width to spare at 1280 px.
  auto* side = side_ = new QVBoxLayout;
  side->addWidget(yourTurn_->toggle());
  side->addWidget(formulaList_, 1);
  outer->addLayout(side);

  connect(exampleBox_, &QComboBox::activated, this, &StepperView::exampleChosen);
  connect(correlationControls_, &CorrelationPanel::applyRequested, this,
          [this] { applyMatrices(correlationControls_->inputText(), correlationControls_->kernelText()); });
  connect(correlationControls_, &CorrelationPanel::optionsChanged, this, &StepperView::rebuildFromControls);
  connect(mlpControls_, &MlpPanel::applyRequested, this, [this] { applyMlp(); });
  connect(mlpControls_, &MlpPanel::unitChanged, this, [this] {
    if (currentTakes("unit")) openExample(qs(example_.name), 0);
  });
  connect(channelBox_, &QComboBox::activated, this, [this] {
    if (currentTakes("channel")) openExample(qs(example_.name), 0);
  });
  connect(board_, &Board::stepRequested, this, [this](int step) {
    pause();
    setStep(step);
  });
  connect(board_, &Board::cellEditRequested, this, &StepperView::editCell);
  connect(board_, &Board::shown, this, [this] {
    if (yourTurn_->asking()) yourTurn_->decorate(*board_);  // the last wrong answer's cells, over the board's marks
  });
  // from-network and mlp-from-network follow the Train tab's network as it learns (at most four times
  // a second, and only while the tab is on screen; on the way back it catches up), keeping the step.
  connect(&session_, &TrainingSession::modelChanged, this, [this] {
    const ExampleInfo* info = findExample(example_.name);
    if (!info || !info->needsModel || yourTurn_->isActive()) return;  // never under a student's answer
    if (!isVisible()) {
      modelStale_ = true;
      return;
    }
    followModel();
  });
  // Your turn asks for steps and is told which is on screen; it does not reach into the stepper.
  connect(yourTurn_, &YourTurnPanel::stepRequested, this, [this](int step) { setStep(step); });
  connect(this, &StepperView::stepChanged, yourTurn_, &YourTurnPanel::stepShown);
  connect(formulaList_, &FormulaList::stepRequested, this, [this](int step) {
    pause();
    setStep(step);
  });
  // Tab follows the reading order: the example and its inputs, the board's grids, then Your turn's
  // switch beside its answer field (the switch sits at the top of the side column, but it opens the
  // field under the board), the playback row and the list of formulas.
  setTabOrder(board_->resultGrid(), yourTurn_->toggle());
  formulaList_->setAccessibleName(tr("Formulas"));
  formulaList_->setAccessibleDescription(tr("Every formula of the example; Enter on one jumps to its step"));

  // A presenter's clicker sends Page Down / Page Up.
  auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
  auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
  next->setContext(Qt::WidgetWithChildrenShortcut);
  previous->setContext(Qt::WidgetWithChildrenShortcut);
  // A formula paged on the board turns its pages first (Board::nextFormulaPage).
  connect(next, &QShortcut::activated, this, [this] { if (!board_->nextFormulaPage()) stepForward(); });
  connect(previous, &QShortcut::activated, this, [this] { if (!board_->previousFormulaPage()) stepBack(); });
}

// Reset, Back, Play, Step, the speed, the counter and the exports, under the board.
QHBoxLayout* StepperView::buildPlayback() {
  auto* controls = new QHBoxLayout;
  // The arrows are for the eye; a screen reader says the name without them.
  auto button = [&](const QString& text, const QString& name, const QString& spoken, const QString& tip) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleName(spoken);
    b->setToolTip(tip);
    setPixelFont(b, 22);
    b->setMinimumHeight(44);
    controls->addWidget(b);
    return b;
  };
  QPushButton* resetButton = button(tr("« Reset"), "reset", tr("Reset"), tr("Back to the start: nothing computed"));
  QPushButton* backButton = button(tr("◀ Back"), "back", tr("Back"), tr("The previous cell (Page Up)"));
  playButton_ = button(tr("▶ Play"), "play", tr("Play"), tr("Compute the cells one after another at the speed set"));
  QPushButton* forwardButton = button(tr("Step ▶"), "forward", tr("Step"), tr("Compute the next cell (Page Down)"));
  controls->addSpacing(16);
  speedLabel_ = boardLabel(tr("Speed"), 20);
  controls->addWidget(speedLabel_);
  speedSlider_ = new QSlider(Qt::Horizontal);
  speedSlider_->setObjectName("speed");
  speedLabel_->setBuddy(speedSlider_);
  speedSlider_->setAccessibleDescription(tr("Play's speed, a quarter step to five steps a second"));
  speedSlider_->setRange(1, 20);  // quarter steps per second
  speedSlider_->setValue(4);
  speedSlider_->setMaximumWidth(220);
  controls->addWidget(speedSlider_);
  stepLabel_ = boardLabel({}, 22, true);
  stepLabel_->setObjectName("stepLabel");
  controls->addSpacing(16);
  controls->addWidget(stepLabel_);
  controls->addStretch(1);
  // One button for both exports: two would push the row past a 1280-pixel projector at the last step.
  QPushButton* exportButton = button(tr("Export ▾"), "export", tr("Export"), tr("Save this view as a picture, or the whole example as a handout"));
  auto* exportMenu = new QMenu(exportButton);
  QAction* exportView = exportMenu->addAction(tr("This view as a picture (PNG, SVG, PDF)…"));
  QAction* exportHandout = exportMenu->addAction(tr("A handout of the whole example…"));
  exportButton->setMenu(exportMenu);

  timer_ = new QTimer(this);
  flip_ = new QVariantAnimation(this);
  flip_->setStartValue(0.0);
  flip_->setEndValue(2.0);
  flip_->setDuration(1600);
  connect(flip_, &QVariantAnimation::valueChanged, this,
          [this](const QVariant& value) { kernelGrid()->setFlipProgress(value.toDouble()); });
  connect(resetButton, &QPushButton::clicked, this, &StepperView::reset);
  connect(backButton, &QPushButton::clicked, this, [this] { pause(); stepBack(); });
  connect(forwardButton, &QPushButton::clicked, this, [this] { pause(); stepForward(); });
  connect(playButton_, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
  connect(timer_, &QTimer::timeout, this, [this] {
    if (step_ >= stepCount()) pause();
    else setStep(step_ + 1, true);
  });
  connect(speedSlider_, &QSlider::valueChanged, this, [this](int value) { timer_->setInterval(4000 / value); });
  timer_->setInterval(4000 / speedSlider_->value());
  connect(exportView, &QAction::triggered, this, &StepperView::chooseViewExport);
  connect(exportHandout, &QAction::triggered, this, &StepperView::chooseHandoutExport);
  return controls;
}

void StepperView::setPresenterMode(bool on) {
  presenter_ = on;
  // Text at 18 px in normal mode is 22 px in presenter mode at 720p (33 px at 1080p).
  for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(speedLabel_), static_cast<QWidget*>(errorLabel_)})
    setPixelFont(w, on ? 22 : w == speedLabel_ ? 20 : 18);
  formulaList_->setVisible(!on);
  // No width to spare at 1280 px with presenter fonts: the switch goes with the list (an open
  // Your turn stays on, its switch at the end of its answer row: left alone in the side column it
  // took 140 px from the matrix fields' row, whose combo boxes then read "v…" and "★ corre…").
  QCheckBox* toggle = yourTurn_->toggle();
  if (on) {
    side_->removeWidget(toggle);
    yourTurn_->setToggleInRow(true);
  } else if (side_->indexOf(toggle) < 0) {
    yourTurn_->setToggleInRow(false);
    side_->insertWidget(0, toggle);
  }
  toggle->setVisible(!on || yourTurn_->isActive());
  board_->setPresenterMode(on);
  if (!example_.stages.empty()) setStep(step_);
}

bool StepperView::openExample(const QString& name, int step) {
  const ExampleInfo* info = findExample(name.toStdString());
  if (!info) return applyMatrices(correlationControls_->inputText(), correlationControls_->kernelText());  // "your own matrices"
  QString error;
  TeachingExample example;
  try {
    switch (info->kind) {
      case ExampleKind::FromNetwork:
        if (!loadFromNetwork(&error)) return showError(error), false;
        return setStep(step), true;
      case ExampleKind::MlpFromNetwork:
        if (!loadMlpFromNetwork(&error)) return showError(error), false;
        return setStep(step), true;
      // The MLP examples on the network of the MLP panel (checked by applyMlp).
      case ExampleKind::MlpForward: example = mlpForwardExample(mlp_); break;
      case ExampleKind::MlpBackward: example = mlpBackwardExample(mlp_); break;
      case ExampleKind::SoftmaxJacobian: example = softmaxJacobianExample(softmaxZ_, mlp_.temperature); break;
      case ExampleKind::Correlation:
      case ExampleKind::ConvLayer:
      case ExampleKind::MaxPool: example = buildExample(*info); break;
    }
  } catch (const std::invalid_argument& e) {
    showError(engineText(std::string(e.what())));
    return false;
  }
  setExample(std::move(example), step);
  return true;
}

void StepperView::followModel() {
  modelStale_ = false;
  const int step = step_;
  if (openExample(qs(example_.name), 0)) setStep(step);
}

void StepperView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (modelStale_) followModel();
}

bool StepperView::currentTakes(std::string_view parameter) const {
  const ExampleInfo* info = findExample(example_.name);
  return info && info->takes(parameter);
}

int StepperView::channel() const { return std::max(0, channelBox_->currentIndex()); }

bool StepperView::loadFromNetwork(QString* error) {
  try {
    NetworkExample loaded = kernelExampleFromSession(session_, std::size_t(channel()));
    // The channel selector follows the network's input depth (R, G, B for colour).
    if (loaded.inputDepth != inputDepth_ || channelBox_->count() == 0) {
      inputDepth_ = loaded.inputDepth;
      const QSignalBlocker block(channelBox_);
      channelBox_->clear();
      static const char* const rgb[] = {"R", "G", "B"};
      for (std::size_t d = 0; d < inputDepth_; ++d)
        channelBox_->addItem(inputDepth_ == 3 ? tr("channel %1 (%2)").arg(d + 1).arg(rgb[d]) : tr("channel %1").arg(d + 1));
    }
    setExample(std::move(loaded.example), 0);
  } catch (const std::exception& e) {
    if (error) *error = tr("from-network: %1").arg(engineText(std::string(e.what())));
    return false;
  }
  return true;
}

bool StepperView::loadMlpFromNetwork(QString* error) {
  try {
    setExample(mlpExampleFromSession(session_, mlpControls_->unit()), 0);
  } catch (const std::exception& e) {
    if (error) *error = tr("mlp-from-network: %1").arg(engineText(std::string(e.what())));
    return false;
  }
  return true;
}

bool StepperView::applyMlp(QString* error) {
  MlpNetwork net;
  arma::vec z;
  try {
    // One reading of an MLP, the registry's: the same limits and messages as the CLI and the classroom.
    const ExampleArguments network = mlpControls_->networkArguments();
    net = mlpNetworkFromArguments(network);  // refuses a network whose numbers overflow: ∞ is never drawn
    z = vectorParameter("z", mlpControls_->zText());
    checkFiniteExample(softmaxJacobianExample(z, net.temperature), {{"z", mlpControls_->zText()}});
  } catch (const std::invalid_argument& e) {
    if (error) *error = engineText(std::string(e.what()));
    showError(engineText(std::string(e.what())));
    return false;
  }
  mlp_ = net;
  softmaxZ_ = z;
  // Stay on the MLP example on screen when it reads this panel's network, else the backward pass.
  const ExampleInfo* info = findExample(example_.name);
  const std::string name = info && info->isMlp() && !info->needsModel ? info->name : firstExampleOf(ExampleKind::MlpBackward).name;
  const int step = step_;
  if (!openExample(qs(name), std::min(step, 0))) return false;
  setStep(step);
  return true;
}

bool StepperView::applyMatrices(const QString& input, const QString& kernel, QString* error) {
  try {
    // The registry's limit, as in the CLI and the classroom; correlationExample checks the shapes.
    const arma::mat in = matrixParameter("input", input.toStdString());
    const arma::mat k = matrixParameter("kernel", kernel.toStdString());
    setExample(correlationExample(in, k, correlationControls_->options()), 0);
  } catch (const std::invalid_argument& e) {
    if (error) *error = engineText(std::string(e.what()));
    showError(engineText(std::string(e.what())));
    return false;
  }
  if (error) error->clear();
  return true;
}

void StepperView::rebuildFromControls() {
  // Keep the matrices on screen when they are a single correlation; otherwise use the text fields.
  QString input = correlationControls_->inputText(), kernel = correlationControls_->kernelText();
  if (example_.stages.size() == 1 && example_.stages[0].kind == StageKind::Correlation) {
    input = matrixToText(example_.stages[0].left);
    kernel = matrixToText(example_.stages[0].kernel);
  }
  if (!applyMatrices(input, kernel)) syncControls();  // back to the options of the example still on screen
}

void StepperView::exampleChosen(int index) {
  pause();
  openExample(exampleBox_->itemData(index).toString(), 0);
}

void StepperView::setExample(TeachingExample example, int step) {
  flip_->stop();
  example_ = std::move(example);
  errorLabel_->hide();
  errorLabel_->clear();
  step_ = -1;
  syncControls();
  formulaList_->setExample(example_);
  setStep(step);
}

void StepperView::syncControls() {
  const int index = exampleBox_->findData(qs(example_.name));
  if (index >= 0) exampleBox_->setCurrentIndex(index);
  const ExampleInfo* info = findExample(example_.name);
  const bool mlp = info && info->isMlp();
  correlationControls_->setVisible(!mlp);
  mlpControls_->setVisible(mlp);
  if (mlp) mlpControls_->showNetwork(mlp_, softmaxZ_, info);
  channelBox_->setVisible(currentTakes("channel") && inputDepth_ > 1);
  if (!example_.stages.empty()) correlationControls_->showStage(example_.stages.front());
}

void StepperView::setStep(int step, bool animate) {
  step = std::clamp(step, 0, stepCount());
  const int previous = step_;
  step_ = step;
  // Entering a convolution: show the kernel being rotated, as the notes define rot180.
  if (animate && step > 0) {
    const auto [stage, cell] = example_.locate(std::size_t(step));
    const bool entering = previous <= 0 || example_.locate(std::size_t(previous)).first != stage;
    if (entering && example_.stages[stage].kernelRotated && cell == 0) {
      refresh();
      kernelGrid()->setFlipSource(example_.stages[stage].kernel);
      flip_->stop();
      flip_->start();
      emit stepChanged(step_);
      return;
    }
  }
  refresh();
  if (previous != step_) emit stepChanged(step_);
}

void StepperView::stepForward() { setStep(step_ + 1, true); }
void StepperView::stepBack() { setStep(step_ - 1); }

void StepperView::reset() {
  pause();
  setStep(0);
}

void StepperView::play() {
  if (step_ >= stepCount()) setStep(0);
  timer_->start();
  playButton_->setText(tr("⏸ Pause"));
  playButton_->setAccessibleName(tr("Pause"));
}

void StepperView::pause() {
  timer_->stop();
  playButton_->setText(tr("▶ Play"));
  playButton_->setAccessibleName(tr("Play"));
}

bool StepperView::isPlaying() const { return timer_->isActive(); }

QString StepperView::formulaText() const { return board_->formulaText(); }
QString StepperView::errorText() const { return errorLabel_->text(); }

void StepperView::showError(const QString& message) {
  errorLabel_->setText(message);
  errorLabel_->setVisible(!message.isEmpty());
}

void StepperView::refresh() {
  if (example_.stages.empty()) return;
  // Your turn: the cell on screen is the student's; its value, products and formula stay hidden.
  yourTurn_->follow(example_, step_);  // before asking(): it reads the step being drawn
  const bool asking = yourTurn_->asking();
  board_->show({.example = &example_, .step = step_, .asking = asking, .prompt = asking ? yourTurn_->prompt() : QString()});
  stepLabel_->setText(tr("Step %1 / %2").arg(step_).arg(stepCount()));
  formulaList_->showStep(example_, step_, asking);
}

void StepperView::editCell(bool kernel, int row, int col) {
  // Editing applies to a single correlation (the notes' pages and your own matrices).
  if (example_.stages.size() != 1 || example_.stages[0].kind != StageKind::Correlation) return;
  MatrixGrid* grid = kernel ? kernelGrid() : leftGrid();
  bool ok = false;
  const double value = QInputDialog::getDouble(this, tr("Edit cell"), tr("Value at row %1, column %2").arg(row + 1).arg(col + 1),
                                               grid->matrix()(std::size_t(row), std::size_t(col)), -1e6, 1e6, 4, &ok);
  if (!ok) return;
  arma::mat left = example_.stages[0].left, right = example_.stages[0].kernel;
  (kernel ? right : left)(std::size_t(row), std::size_t(col)) = value;
  const int step = step_;
  if (applyMatrices(matrixToText(left), matrixToText(right))) setStep(step);
}

bool StepperView::exportView(const QString& file, QString* error) {
  const QString suffix = QFileInfo(file).suffix().toLower();
  QByteArray bytes;
  QString reason = tr("use a .png, .svg or .pdf file name");
  if ((suffix == "png" || suffix == "svg" || suffix == "pdf") && PlotExport::render(board_, suffix, &bytes, &reason) &&
      PlotExport::writeFile(file, bytes, &reason))
    return true;
  const QString message = tr("Export: %1").arg(reason);
  if (error) *error = message;
  showError(message);
  return false;
}

bool StepperView::exportHandout(const QString& file, QString* error) {
  const QString suffix = QFileInfo(file).suffix().toLower();
  const bool markdown = suffix == "md" || suffix == "markdown";
  QString reason = tr("use a .md or .tex file name");
  if ((markdown || suffix == "tex") &&
      PlotExport::writeFile(file, QByteArray::fromStdString(markdown ? handoutMarkdown(example_) : handoutLatex(example_)),
                            &reason))
    return true;
  const QString message = tr("Handout: %1").arg(reason);
  if (error) *error = message;
  showError(message);
  return false;
}

void StepperView::chooseViewExport() {
  const QString file = QFileDialog::getSaveFileName(this, tr("Export the current step"), qs(example_.name) + ".png",
                                                    tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
  if (!file.isEmpty()) exportView(file);
}

void StepperView::chooseHandoutExport() {
  const QString file = QFileDialog::getSaveFileName(this, tr("Export the worked example"), qs(example_.name) + ".md",
                                                    tr("Markdown (*.md);;LaTeX (*.tex)"));
  if (!file.isEmpty()) exportHandout(file);
}

}  // namespace cnnlab
