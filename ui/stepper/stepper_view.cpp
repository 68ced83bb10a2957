// StepperView: plays a TeachingExample cell by cell; every number on screen comes from the engine's trace.
#include "ui/stepper/stepper_view.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <tuple>

#include "engine/data/dataset.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/handout.hpp"
#include "ui/training/training_session.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/qt_text.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/your_turn_panel.hpp"


namespace cnnlab {

namespace {

// The board shows operands up to the registry's limit on an input legibly; larger ones (from-network)
// get smaller cells.
std::size_t maxSide() { return std::size_t(exampleParameter("input").highest); }

// A spin box's range is its parameter's, from the example registry (the CLI and the classroom refuse
// the same values).
template <typename SpinBox>
void setRange(SpinBox* box, std::string_view parameter) {
  const ExampleParameter& p = exampleParameter(parameter);
  box->setRange(p.lowest, p.highest);
}

// "1 6 2; 5 3 1; 7 0 9" with ASCII minus, so parseMatrix reads it back.
QString matrixToText(const arma::mat& m) {
  QStringList rows;
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    QStringList values;
    for (std::size_t c = 0; c < m.n_cols; ++c) values << QString::number(m(r, c), 'g', 6);
    rows << values.join(' ');
  }
  return rows.join("; ");
}

QLabel* makeLabel(const QString& text, int pixels, bool bold = false, const QString& colour = "#212121") {
  auto* label = new QLabel(text);
  QFont font = label->font();
  font.setPixelSize(pixels);
  font.setBold(bold);
  label->setFont(font);
  label->setStyleSheet("color: " + colour + ";");
  return label;
}

// "a = p1 + p2 + … + p25 = r" → "a = p1 + p2 + p3 + … (25 products) = r" when longer than 110
// characters; anything else unchanged.
QString summarisedSum(const QString& formula) {
  const QString equals = " = ", plus = " + ";
  const int first = formula.indexOf(equals), last = formula.lastIndexOf(equals);
  if (formula.size() <= 110 || first < 0 || last <= first) return formula;
  const QStringList terms = formula.mid(first + equals.size(), last - first - equals.size()).split(plus);
  if (terms.size() < 5) return formula;
  return formula.left(first) + equals + QStringList(terms.mid(0, 3)).join(plus) + plus +
         QObject::tr("… (%1 products)").arg(terms.size()) + formula.mid(last);
}

void setPixelFont(QWidget* widget, int pixels) {
  QFont font = widget->font();
  font.setPixelSize(pixels);
  widget->setFont(font);
}

}  // namespace

StepperView::StepperView(TrainingSession& session, QWidget* parent) : QWidget(parent), session_(session) {
  buildUi();
  openExample("notebook-valid", 0);
}

StepperView::~StepperView() = default;

void StepperView::buildUi() {
  setPixelFont(this, 18);
  auto* outer = new QHBoxLayout(this);
  outer->setContentsMargins(12, 8, 12, 8);
  auto* main = new QVBoxLayout;
  outer->addLayout(main, 1);

  // Inputs: the example, the matrices and the operation's options.
  auto* inputs = new QHBoxLayout;
  exampleBox_ = new QComboBox;
  exampleBox_->setObjectName("example");
  for (const std::string& name : teachingExampleNames()) exampleBox_->addItem(qs(name), qs(name));
  exampleBox_->addItem(tr("your own matrices"), "custom");
  inputEdit_ = new QLineEdit;
  inputEdit_->setObjectName("input");
  inputEdit_->setToolTip(tr("Rows separated by ';', e.g. 1 6 2; 5 3 1; 7 0 9 (up to 12×12)"));
  kernelEdit_ = new QLineEdit;
  kernelEdit_->setObjectName("kernel");
  kernelEdit_->setToolTip(tr("Rows separated by ';', e.g. 1 2; -1 0 (up to 12×12)"));
  kernelEdit_->setMaximumWidth(200);
  modeBox_ = new QComboBox;
  modeBox_->setObjectName("mode");
  modeBox_->addItem(tr("valid"));
  modeBox_->addItem(tr("full"));
  operationBox_ = new QComboBox;
  operationBox_->setObjectName("operation");
  operationBox_->addItem(QString::fromUtf8("★ correlate"));
  operationBox_->addItem(QString::fromUtf8("* convolve"));
  paddingBox_ = new QSpinBox;
  paddingBox_->setObjectName("padding");
  setRange(paddingBox_, "padding");
  paddingBox_->setPrefix(tr("pad "));
  strideBox_ = new QSpinBox;
  strideBox_->setObjectName("stride");
  setRange(strideBox_, "stride");
  strideBox_->setPrefix(tr("stride "));
  auto* apply = new QPushButton(tr("Apply"));
  apply->setObjectName("apply");
  inputs->addWidget(new QLabel(tr("Example")));
  inputs->addWidget(exampleBox_);
  channelBox_ = new QComboBox;
  channelBox_->setObjectName("inputChannel");
  channelBox_->setToolTip(tr("This network reads colour: step through one channel's kernel slice on that channel of the image"));
  channelBox_->hide();
  inputs->addWidget(channelBox_);
  correlationControls_ = new QWidget;
  auto* correlation = new QHBoxLayout(correlationControls_);
  correlation->setContentsMargins(0, 0, 0, 0);
  correlation->addWidget(new QLabel(tr("Input")));
  correlation->addWidget(inputEdit_, 2);
  correlation->addWidget(new QLabel(tr("Kernel")));
  correlation->addWidget(kernelEdit_, 1);
  correlation->addWidget(modeBox_);
  correlation->addWidget(operationBox_);
  correlation->addWidget(paddingBox_);
  correlation->addWidget(strideBox_);
  correlation->addWidget(apply);
  inputs->addWidget(correlationControls_, 1);
  main->addLayout(inputs);

  // The MLP examples' network in the notes' layout (w^k: one row per input i, one column per output j).
  mlpControls_ = new QWidget;
  mlpControls_->setObjectName("mlpControls");
  auto* mlp = new QGridLayout(mlpControls_);
  mlp->setContentsMargins(0, 0, 0, 0);
  auto field = [&](const QString& name, const QString& label, const QString& tip, int row, int column, int span) {
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setToolTip(tip);
    mlp->addWidget(new QLabel(label), row, column);
    mlp->addWidget(edit, row, column + 1, 1, span);
    return edit;
  };
  mlpX_ = field("mlpX", tr("x"), tr("The inputs xᵢ, e.g. 1 0.5"), 0, 0, 1);
  mlpW1_ = field("mlpW1", tr("w¹"), tr("One row per input i, one column per hidden unit j (up to 64): 0.1 0.4 -0.2; 0.3 -0.5 0.6"), 0, 2, 1);
  mlpB1_ = field("mlpB1", tr("b¹"), tr("One value per hidden unit"), 0, 4, 1);
  mlpW2_ = field("mlpW2", tr("w²"), tr("One row per hidden unit, one column per output"), 0, 6, 1);
  mlpB2_ = field("mlpB2", tr("b²"), tr("One value per output"), 0, 8, 1);
  mlpTarget_ = field("mlpTarget", tr("y"), tr("The labels yᵢ, one per output"), 1, 0, 1);
  mlpZ_ = field("mlpZ", tr("z"), tr("softmax-jacobian: the logits z, e.g. 2 1 0.1"), 1, 2, 1);
  // The choices are the registry's, as the CLI's and the classroom's.
  auto choice = [&](const QString& name, const char* parameter, const QString& label, int column) {
    auto* box = new QComboBox;
    box->setObjectName(name);
    for (const std::string& v : exampleParameter(parameter).choices) box->addItem(qs(v), qs(v));
    mlp->addWidget(new QLabel(label), 1, column);
    mlp->addWidget(box, 1, column + 1);
    return box;
  };
  mlpHidden_ = choice("mlpHidden", "hidden", tr("hidden"), 4);
  mlpOutput_ = choice("mlpOutput", "output", tr("output"), 6);
  mlpLoss_ = choice("mlpLoss", "loss", tr("loss"), 8);
  auto* numbers = new QHBoxLayout;
  mlpTemperature_ = new QDoubleSpinBox;
  mlpTemperature_->setObjectName("mlpTemperature");
  setRange(mlpTemperature_, "temperature");
  mlpTemperature_->setSingleStep(0.1);
  mlpTemperature_->setPrefix(tr("T "));
  mlpRate_ = new QDoubleSpinBox;
  mlpRate_->setObjectName("mlpRate");
  setRange(mlpRate_, "lr");
  mlpRate_->setSingleStep(0.05);
  mlpRate_->setPrefix(tr("a "));
  mlpUnit_ = new QSpinBox;
  mlpUnit_->setObjectName("mlpUnit");
  setRange(mlpUnit_, "unit");
  mlpUnit_->setPrefix(tr("unit "));
  auto* applyMlpButton = new QPushButton(tr("Apply"));
  applyMlpButton->setObjectName("applyMlp");
  numbers->addWidget(mlpTemperature_);
  numbers->addWidget(mlpRate_);
  numbers->addWidget(mlpUnit_);
  numbers->addWidget(applyMlpButton);
  mlp->addLayout(numbers, 1, 10);
  for (int column : {1, 3, 5, 7, 9}) mlp->setColumnStretch(column, 1);
  mlpControls_->hide();
  main->addWidget(mlpControls_);
  errorLabel_ = makeLabel({}, 18, true, "#c62828");
  errorLabel_->setObjectName("error");
  errorLabel_->hide();
  main->addWidget(errorLabel_);

  // The board: what a projector shows (and what exportView saves).
  board_ = new QFrame;
  board_->setObjectName("board");
  board_->setAutoFillBackground(true);
  QPalette palette = board_->palette();
  palette.setColor(QPalette::Window, Qt::white);
  board_->setPalette(palette);
  auto* boardLayout = new QVBoxLayout(board_);
  boardLayout->setContentsMargins(16, 10, 16, 10);
  titleLabel_ = makeLabel({}, 30, true, "#0d47a1");
  titleLabel_->setWordWrap(true);
  descriptionLabel_ = makeLabel({}, 19, false, "#455a64");
  descriptionLabel_->setWordWrap(true);
  stageLabel_ = makeLabel({}, 26, true, "#e65100");
  stageLabel_->setObjectName("stage");
  stageLabel_->setWordWrap(true);
  boardLayout->addWidget(titleLabel_);
  boardLayout->addWidget(stageLabel_);
  boardLayout->addWidget(descriptionLabel_);

  auto* grids = new QHBoxLayout;
  auto column = [](MatrixGrid* grid) {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(grid, 1);
    return widget;
  };
  leftGrid_ = new MatrixGrid;
  leftGrid_->setMaxCellSize(130);
  leftGrid_->setObjectName("leftGrid");
  kernelGrid_ = new MatrixGrid;
  kernelGrid_->setObjectName("kernelGrid");
  resultGrid_ = new MatrixGrid;
  resultGrid_->setObjectName("resultGrid");
  operatorLabel_ = makeLabel({}, 48, true, "#e65100");
  equalsLabel_ = makeLabel("=", 48, true, "#e65100");
  operatorLabel_->setAlignment(Qt::AlignCenter);
  equalsLabel_->setAlignment(Qt::AlignCenter);
  kernelColumn_ = column(kernelGrid_);
  grids->addWidget(column(leftGrid_), 5);
  grids->addWidget(operatorLabel_);
  grids->addWidget(kernelColumn_, 3);
  grids->addWidget(equalsLabel_);
  grids->addWidget(column(resultGrid_), 4);
  boardLayout->addLayout(grids, 1);

  // The formula line, large: the notes' form of the current cell.
  formulaLabel_ = makeLabel({}, 40, true, "#1a237e");
  formulaLabel_->setObjectName("formula");
  formulaLabel_->setWordWrap(true);
  formulaLabel_->setAlignment(Qt::AlignCenter);
  formulaLabel_->setMinimumHeight(64);
  formulaLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 8px;");
  symbolicLabel_ = makeLabel({}, 24, false, "#4a148c");
  symbolicLabel_->setWordWrap(true);
  symbolicLabel_->setAlignment(Qt::AlignCenter);
  hoverLabel_ = makeLabel({}, 20, false, "#2e7d32");
  hoverLabel_->setAlignment(Qt::AlignCenter);
  hoverLabel_->setMinimumHeight(28);
  boardLayout->addWidget(formulaLabel_);
  boardLayout->addWidget(symbolicLabel_);
  boardLayout->addWidget(hoverLabel_);
  main->addWidget(board_, 1);
  yourTurn_ = new YourTurnPanel(*this);
  main->addWidget(yourTurn_);

  // Playback.
  auto* controls = new QHBoxLayout;
  auto button = [&](const QString& text, const QString& name) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    setPixelFont(b, 22);
    b->setMinimumHeight(44);
    controls->addWidget(b);
    return b;
  };
  QPushButton* resetButton = button(QString::fromUtf8("« Reset"), "reset");
  QPushButton* backButton = button(QString::fromUtf8("◀ Back"), "back");
  playButton_ = button(QString::fromUtf8("▶ Play"), "play");
  QPushButton* forwardButton = button(QString::fromUtf8("Step ▶"), "forward");
  controls->addSpacing(16);
  speedLabel_ = makeLabel(tr("Speed"), 20);
  controls->addWidget(speedLabel_);
  speedSlider_ = new QSlider(Qt::Horizontal);
  speedSlider_->setObjectName("speed");
  speedSlider_->setRange(1, 20);  // quarter steps per second
  speedSlider_->setValue(4);
  speedSlider_->setMaximumWidth(220);
  controls->addWidget(speedSlider_);
  stepLabel_ = makeLabel({}, 22, true);
  stepLabel_->setObjectName("stepLabel");
  controls->addSpacing(16);
  controls->addWidget(stepLabel_);
  controls->addStretch(1);
  QPushButton* exportView = button(tr("Export view…"), "exportView");
  QPushButton* exportHandout = button(tr("Export handout…"), "exportHandout");
  main->addLayout(controls);

  // Every formula of the example; a click jumps there.
  formulaList_ = new QListWidget;
  formulaList_->setObjectName("formulas");
  setPixelFont(formulaList_, 19);
  formulaList_->setMaximumWidth(430);
  formulaList_->setMinimumWidth(240);  // the window still fits a 1280-pixel projector
  formulaList_->setWordWrap(true);
  // "Your turn" sits above the list: the rows under the board have no width to spare at 1280 px.
  auto* side = new QVBoxLayout;
  side->addWidget(yourTurn_->toggle());
  side->addWidget(formulaList_, 1);
  outer->addLayout(side);

  timer_ = new QTimer(this);
  flip_ = new QVariantAnimation(this);
  flip_->setStartValue(0.0);
  flip_->setEndValue(2.0);
  flip_->setDuration(1600);
  connect(flip_, &QVariantAnimation::valueChanged, this,
          [this](const QVariant& value) { kernelGrid_->setFlipProgress(value.toDouble()); });

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
  connect(exampleBox_, &QComboBox::activated, this, &StepperView::exampleChosen);
  connect(apply, &QPushButton::clicked, this, [this] { applyMatrices(inputEdit_->text(), kernelEdit_->text()); });
  connect(inputEdit_, &QLineEdit::returnPressed, apply, &QPushButton::click);
  connect(kernelEdit_, &QLineEdit::returnPressed, apply, &QPushButton::click);
  connect(modeBox_, &QComboBox::currentIndexChanged, this, &StepperView::rebuildFromControls);
  connect(operationBox_, &QComboBox::currentIndexChanged, this, &StepperView::rebuildFromControls);
  connect(paddingBox_, &QSpinBox::valueChanged, this, &StepperView::rebuildFromControls);
  connect(strideBox_, &QSpinBox::valueChanged, this, &StepperView::rebuildFromControls);
  connect(applyMlpButton, &QPushButton::clicked, this, [this] { applyMlp(); });
  for (QLineEdit* edit : {mlpX_, mlpW1_, mlpB1_, mlpW2_, mlpB2_, mlpTarget_, mlpZ_})
    connect(edit, &QLineEdit::returnPressed, applyMlpButton, &QPushButton::click);
  for (QComboBox* box : {mlpHidden_, mlpOutput_, mlpLoss_})
    connect(box, &QComboBox::activated, this, [this] { applyMlp(); });
  for (QDoubleSpinBox* box : {mlpTemperature_, mlpRate_})
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] { applyMlp(); });
  connect(channelBox_, &QComboBox::activated, this, [this] {
    if (currentTakes("channel")) openExample(qs(example_.name), 0);
  });
  connect(mlpUnit_, &QSpinBox::valueChanged, this, [this] {
    if (currentTakes("unit")) openExample(qs(example_.name), 0);
  });
  connect(leftGrid_, &MatrixGrid::cellHovered, this, &StepperView::leftHovered);
  connect(resultGrid_, &MatrixGrid::cellClicked, this, &StepperView::resultClicked);
  connect(leftGrid_, &MatrixGrid::cellDoubleClicked, this,
          [this](int r, int c) { editCell(leftGrid_, r, c); });
  connect(kernelGrid_, &MatrixGrid::cellDoubleClicked, this,
          [this](int r, int c) { editCell(kernelGrid_, r, c); });
  connect(formulaList_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
    const int step = item->data(Qt::UserRole).toInt();
    if (step > 0) {
      pause();
      setStep(step);
    }
  });
  connect(exportView, &QPushButton::clicked, this, &StepperView::chooseViewExport);
  connect(exportHandout, &QPushButton::clicked, this, &StepperView::chooseHandoutExport);
  // A presenter's clicker sends Page Down / Page Up.
  auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
  auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
  next->setContext(Qt::WidgetWithChildrenShortcut);
  previous->setContext(Qt::WidgetWithChildrenShortcut);
  connect(next, &QShortcut::activated, this, &StepperView::stepForward);
  connect(previous, &QShortcut::activated, this, &StepperView::stepBack);
}

void StepperView::setPresenterMode(bool on) {
  presenter_ = on;
  setPixelFont(this, on ? 22 : 18);
  for (auto [label, normal] : {std::pair{descriptionLabel_, 19}, {hoverLabel_, 20}, {speedLabel_, 20}, {errorLabel_, 18}})
    setPixelFont(label, on ? std::max(normal, 22) : normal);
  formulaList_->setVisible(!on);
  // No width to spare at 1280 px with presenter fonts: the switch goes with the list (an open
  // Your turn stays on).
  yourTurn_->toggle()->setVisible(!on || yourTurn_->isActive());
  if (!example_.stages.empty()) setStep(step_);  // the formula line's font depends on the mode
}

bool StepperView::openExample(const QString& name, int step) {
  const ExampleInfo* info = findExample(name.toStdString());
  if (!info) return applyMatrices(inputEdit_->text(), kernelEdit_->text());  // "your own matrices"
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
    showError(qs(e.what()));
    return false;
  }
  setExample(std::move(example), step);
  return true;
}

bool StepperView::currentTakes(std::string_view parameter) const {
  const ExampleInfo* info = findExample(example_.name);
  return info && info->takes(parameter);
}

int StepperView::channel() const { return std::max(0, channelBox_->currentIndex()); }

bool StepperView::loadFromNetwork(QString* error) {
  ModelSnapshotPtr model = session_.currentModel();
  nlohmann::json spec;
  arma::fvec parameters;
  QString origin;
  try {
    if (model) {
      spec = model->spec;
      parameters = model->parameters;
      origin = tr("the network in the Train tab (epoch %1)").arg(model->epoch);
    } else {
      // Nothing trained yet: the notes' seed network with its initial weights, said so on screen.
      spec = findPreset("seed-binary").network;
      Network<float> network = buildNetwork<float>(spec);
      network.initialize(1);
      parameters = network.parameters();
      origin = tr("an untrained seed-binary network (initial weights): train in the Train tab to see learned kernels");
    }
    // The channel selector follows the network's input depth (R, G, B for colour).
    const Shape in = buildNetwork<float>(spec).inputShape();
    if (in.depth != inputDepth_ || channelBox_->count() == 0) {
      inputDepth_ = in.depth;
      const QSignalBlocker block(channelBox_);
      channelBox_->clear();
      static const char* const rgb[] = {"R", "G", "B"};
      for (std::size_t d = 0; d < in.depth; ++d)
        channelBox_->addItem(in.depth == 3 ? tr("channel %1 (%2)").arg(d + 1).arg(rgb[d]) : tr("channel %1").arg(d + 1));
    }
    const std::size_t channel = std::size_t(std::max(0, channelBox_->currentIndex()));
    // The plane of that channel: from the session's test set when it fits the network (a colour
    // image), else the embedded grey digit, the same on every channel.
    arma::mat image;
    const std::shared_ptr<const Dataset> test = session_.testSet();
    if (test && test->size() > 0 && test->shape == in) {
      const arma::fvec sample = test->sample(0);
      const std::size_t plane = in.height * in.width;
      image = arma::conv_to<arma::mat>::from(arma::reshape(sample.subvec(channel * plane, (channel + 1) * plane - 1), in.height, in.width));
    } else {
      loadTestImage();
      image = *testImage_;
    }
    TeachingExample example = fromNetworkExample(spec, parameters, image, 0, 0, channel);
    example.description += " Model: " + origin.toStdString() + ".";
    setExample(std::move(example), 0);
  } catch (const std::exception& e) {
    if (error) *error = tr("from-network: %1").arg(qs(e.what()));
    return false;
  }
  return true;
}

void StepperView::loadTestImage() {
  if (testImage_) return;
  const RawImages test = embeddedMnist().test;
  if (test.count == 0) throw std::invalid_argument("no test image available");
  arma::mat image(test.height, test.width);
  for (std::size_t r = 0; r < test.height; ++r)
    for (std::size_t c = 0; c < test.width; ++c) image(r, c) = test.pixels[r * test.width + c] / 255.0;
  testImage_ = image;
  testLabel_ = test.labels.empty() ? 0 : test.labels[0];
}

bool StepperView::loadMlpFromNetwork(QString* error) {
  ModelSnapshotPtr model = session_.currentModel();
  try {
    loadTestImage();
    const std::size_t unit = std::size_t(mlpUnit_->value());
    std::optional<TeachingExample> example;
    QString origin;
    if (model) {
      try {
        example = mlpFromNetworkExample(model->spec, model->parameters, *testImage_, testLabel_, unit);
        origin = tr("the network in the Train tab (epoch %1)").arg(model->epoch);
      } catch (const std::invalid_argument& e) {
        origin = tr("the Train tab's network is not an MLP (%1), so an untrained mlp preset (initial weights)")
                     .arg(qs(e.what()));
      }
    } else {
      origin = tr("an untrained mlp preset (initial weights): train the mlp preset in the Train tab to see learned weights");
    }
    if (!example) {
      // No MLP in the Train tab: the mlp preset with its initial weights, said so on screen.
      const nlohmann::json spec = findPreset("mlp").network;
      Network<float> network = buildNetwork<float>(spec);
      network.initialize(1);
      example = mlpFromNetworkExample(spec, network.parameters(), *testImage_, testLabel_, unit);
    }
    example->description += " Model: " + origin.toStdString() + ".";
    setExample(std::move(*example), 0);
  } catch (const std::exception& e) {
    if (error) *error = tr("mlp-from-network: %1").arg(qs(e.what()));
    return false;
  }
  return true;
}

bool StepperView::isMlpExample(const std::string& name) const {
  const ExampleInfo* info = findExample(name);
  return info && info->isMlp();
}

bool StepperView::applyMlp(QString* error) {
  auto fail = [&](const QString& message) {
    if (error) *error = message;
    showError(message);
    return false;
  };
  MlpNetwork net;
  arma::vec z;
  try {
    // The panel's fields as the registry's arguments: one reading of an MLP, with the same limits
    // and messages as the CLI and the classroom.
    auto text = [](const QLineEdit* edit) { return edit->text().toStdString(); };
    auto choice = [](const QComboBox* box) { return box->currentData().toString().toStdString(); };
    auto number = [](const QDoubleSpinBox* box) { return QString::number(box->value(), 'g', 17).toStdString(); };
    const ExampleArguments network = {{"x", text(mlpX_)},           {"w1", text(mlpW1_)},
                                      {"b1", text(mlpB1_)},         {"w2", text(mlpW2_)},
                                      {"b2", text(mlpB2_)},         {"target", text(mlpTarget_)},
                                      {"hidden", choice(mlpHidden_)}, {"output", choice(mlpOutput_)},
                                      {"loss", choice(mlpLoss_)},   {"temperature", number(mlpTemperature_)},
                                      {"lr", number(mlpRate_)}};
    net = mlpNetworkFromArguments(network);
    checkFiniteExample(mlpBackwardExample(net), network);  // its forward pass too: ∞ is never drawn
    z = vectorParameter("z", text(mlpZ_));
    checkFiniteExample(softmaxJacobianExample(z, net.temperature), {{"z", text(mlpZ_)}});
  } catch (const std::invalid_argument& e) {
    return fail(qs(e.what()));
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
  auto fail = [&](const QString& message) {
    if (error) *error = message;
    showError(message);
    return false;
  };
  arma::mat in, k;
  try {
    in = matrixParameter("input", input.toStdString());  // the registry's limit, as in the CLI and the classroom
    k = matrixParameter("kernel", kernel.toStdString());
  } catch (const std::invalid_argument& e) {
    return fail(qs(e.what()));
  }
  CorrelationOptions options;
  options.mode = modeBox_->currentIndex() == 1 ? CorrelationMode::Full : CorrelationMode::Valid;
  options.operation = operationBox_->currentIndex() == 1 ? Operation::Convolve : Operation::Correlate;
  options.padding = options.mode == CorrelationMode::Full ? 0 : std::size_t(paddingBox_->value());
  options.stride = std::size_t(strideBox_->value());
  try {
    setExample(correlationExample(in, k, options), 0);
  } catch (const std::invalid_argument& e) {
    return fail(qs(e.what()));
  }
  if (error) error->clear();
  return true;
}

void StepperView::rebuildFromControls() {
  paddingBox_->setEnabled(modeBox_->currentIndex() == 0);
  // Keep the matrices on screen when they are a single correlation; otherwise use the text fields.
  QString input = inputEdit_->text(), kernel = kernelEdit_->text();
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
  rebuildFormulaList();
  setStep(step);
}

void StepperView::syncControls() {
  const int index = exampleBox_->findData(qs(example_.name));
  if (index >= 0) exampleBox_->setCurrentIndex(index);
  const bool mlp = isMlpExample(example_.name);
  correlationControls_->setVisible(!mlp);
  mlpControls_->setVisible(mlp);
  if (mlp) {
    const QSignalBlocker a(mlpHidden_), b(mlpOutput_), c(mlpLoss_), d(mlpTemperature_), e(mlpRate_), f(mlpUnit_);
    mlpX_->setText(matrixToText(mlp_.x.t()));
    mlpW1_->setText(matrixToText(mlp_.w1));
    mlpB1_->setText(matrixToText(mlp_.b1.t()));
    mlpW2_->setText(matrixToText(mlp_.w2));
    mlpB2_->setText(matrixToText(mlp_.b2.t()));
    mlpTarget_->setText(matrixToText(mlp_.target.t()));
    mlpZ_->setText(matrixToText(softmaxZ_.t()));
    mlpHidden_->setCurrentIndex(mlpHidden_->findData(qs(mlp_.hidden)));
    mlpOutput_->setCurrentIndex(mlpOutput_->findData(qs(mlp_.output)));
    mlpLoss_->setCurrentIndex(mlpLoss_->findData(qs(mlp_.loss)));
    mlpTemperature_->setValue(mlp_.temperature);
    mlpRate_->setValue(mlp_.learningRate);
    // Only the fields the example reads are editable.
    const bool network = currentTakes("w1");
    for (QWidget* w : std::initializer_list<QWidget*>{mlpX_, mlpW1_, mlpB1_, mlpW2_, mlpB2_, mlpTarget_, mlpHidden_,
                                                     mlpOutput_, mlpLoss_, mlpRate_})
      w->setEnabled(network);
    mlpZ_->setEnabled(currentTakes("z"));
    mlpTemperature_->setEnabled(currentTakes("temperature"));
    mlpUnit_->setVisible(currentTakes("unit"));
  }
  channelBox_->setVisible(currentTakes("channel") && inputDepth_ > 1);
  if (example_.stages.empty()) return;
  const TeachingStage& first = example_.stages.front();
  QSignalBlocker a(modeBox_), b(operationBox_), c(paddingBox_), d(strideBox_);
  inputEdit_->setText(matrixToText(first.left));
  kernelEdit_->setText(first.kernel.is_empty() ? QString() : matrixToText(first.kernel));
  if (first.trace) {
    const CorrelationOptions& o = first.trace->options;
    modeBox_->setCurrentIndex(o.mode == CorrelationMode::Full ? 1 : 0);
    operationBox_->setCurrentIndex(o.operation == Operation::Convolve ? 1 : 0);
    paddingBox_->setValue(int(o.padding));
    strideBox_->setValue(int(o.stride));
    paddingBox_->setEnabled(o.mode == CorrelationMode::Valid);
  }
}

void StepperView::rebuildFormulaList() {
  formulaList_->clear();
  for (std::size_t s = 0; s < example_.stages.size(); ++s) {
    const TeachingStage& stage = example_.stages[s];
    auto* header = new QListWidgetItem(QString("%1. %2").arg(s + 1).arg(qs(stage.title)));
    QFont font = formulaList_->font();
    font.setBold(true);
    header->setFont(font);
    header->setForeground(QColor(0x0d47a1));
    header->setData(Qt::UserRole, int(example_.stepOf(s, 0)));
    formulaList_->addItem(header);
    for (std::size_t c = 0; c < stage.cells.size(); ++c) {
      auto* item = new QListWidgetItem;
      item->setData(Qt::UserRole, int(example_.stepOf(s, c)));
      formulaList_->addItem(item);
    }
  }
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
      kernelGrid_->setFlipSource(example_.stages[stage].kernel);
      flip_->stop();
      flip_->start();
      emit stepChanged(step_);
      return;
    }
  }
  refresh();
  if (previous != step_) emit stepChanged(step_);
}

void StepperView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  refresh();
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
  playButton_->setText(QString::fromUtf8("⏸ Pause"));
}

void StepperView::pause() {
  timer_->stop();
  playButton_->setText(QString::fromUtf8("▶ Play"));
}

bool StepperView::isPlaying() const { return timer_->isActive(); }

QString StepperView::formulaText() const { return formulaLabel_->text(); }
QString StepperView::errorText() const { return errorLabel_->text(); }

void StepperView::showError(const QString& message) {
  errorLabel_->setText(message);
  errorLabel_->setVisible(!message.isEmpty());
}

void StepperView::refresh() {
  if (example_.stages.empty()) return;
  std::size_t stageIndex = 0, cellIndex = 0;
  const bool started = step_ > 0;
  if (started) std::tie(stageIndex, cellIndex) = example_.locate(std::size_t(step_));
  const TeachingStage& stage = example_.stages[stageIndex];
  const TeachingCell* cell = started ? &stage.cells[cellIndex] : nullptr;
  // Your turn: the cell on screen is the student's; its value, products and formula stay hidden.
  const bool asking = yourTurn_ && yourTurn_->asking();

  titleLabel_->setText(qs(example_.title));
  stageLabel_->setText(tr("Stage %1 of %2:   %3").arg(stageIndex + 1).arg(example_.stages.size()).arg(qs(stage.title)));
  stageLabel_->setVisible(example_.stages.size() > 1);
  descriptionLabel_->setText(qs(example_.description));

  // Left operand with its padding, the window and the products on their cells.
  // A whole image (the MLP's 784 inputs) is drawn as a picture, not as 784 numbers.
  leftGrid_->setMinCellSize(std::max(stage.left.n_rows, stage.left.n_cols) > maxSide() ? 8 : 24);
  leftGrid_->setMatrix(stage.left, stage.paddingRows, stage.paddingCols);
  leftGrid_->clearMarks();
  QString leftTitle = qs(stage.leftName);
  if (stage.paddingRows || stage.paddingCols) leftTitle += tr("  (zero-padded)");
  leftGrid_->setTitle(leftTitle);
  const TeachingCell& shownCell = cell ? *cell : stage.cells.front();
  if (shownCell.windowHeight > 0)
    leftGrid_->setWindow(shownCell.windowRow, shownCell.windowCol, shownCell.windowHeight, shownCell.windowWidth);
  if (cell) {
    QHash<QPoint, QString> notes;
    for (const auto& term : cell->terms)
      if (!term.text.empty()) notes.insert(QPoint(int(term.col), int(term.row)), qs(term.text));
    if (!asking) leftGrid_->setAnnotations(notes);
    if (cell->highlightRow >= 0) leftGrid_->setEmphasis({QPoint(int(cell->highlightCol), int(cell->highlightRow))});
    // A picture-sized operand cannot show its products on the cells: mark the cells instead.
    if (std::max(stage.left.n_rows, stage.left.n_cols) > maxSide()) {
      QSet<QPoint> marked;
      for (const auto& term : cell->terms) marked.insert(QPoint(int(term.col), int(term.row)));
      leftGrid_->setEmphasis(marked);
    }
  }

  // The kernel as applied (rot180 for a convolution once the first cell is computed).
  const bool hasKernel = !stage.appliedKernel.is_empty();
  kernelColumn_->setVisible(hasKernel);
  equalsLabel_->setText(hasKernel ? "=" : QString::fromUtf8("→"));
  operatorLabel_->setText(qs(stage.operatorSymbol == "full-\u2605 rot180" ? "full-\u2605" : stage.operatorSymbol));
  if (hasKernel) {
    const bool showRotated = stage.kernelRotated && started;
    kernelGrid_->setMatrix(showRotated ? stage.appliedKernel : stage.kernel);
    kernelGrid_->clearMarks();
    kernelGrid_->setTitle(stage.kernelRotated ? (showRotated ? QString("rot180(%1)").arg(qs(stage.kernelName))
                                                             : qs(stage.kernelName) + tr(" → rotate 180°"))
                                              : qs(stage.kernelName));
    if (cell && cell->kernelHighlightRow >= 0)
      kernelGrid_->setCurrent({QPoint(int(cell->kernelHighlightCol), int(cell->kernelHighlightRow))},
                              QColor(0x6a1b9a));
  }

  // The result fills in cell by cell; cells still to come show their letter.
  resultGrid_->setMatrix(stage.result);
  resultGrid_->clearMarks();
  resultGrid_->setTitle(qs(stage.resultName));
  QSet<QPoint> hidden;
  QHash<QPoint, QString> placeholders;
  for (std::size_t r = 0; r < stage.result.n_rows; ++r)
    for (std::size_t c = 0; c < stage.result.n_cols; ++c) hidden.insert(QPoint(int(c), int(r)));
  for (std::size_t i = 0; i < stage.cells.size(); ++i) {
    const TeachingCell& other = stage.cells[i];
    const bool done = started && (i < cellIndex || (i == cellIndex && !asking));
    for (const auto& [r, c] : other.writes) {
      if (done) hidden.remove(QPoint(int(c), int(r)));
      else if (other.label.size() <= 2 && other.writes.size() == 1) placeholders.insert(QPoint(int(c), int(r)), qs(other.label));
    }
  }
  resultGrid_->setHidden(hidden, placeholders);
  if (cell) {
    if (stage.kind == StageKind::MaxPoolBackward) {
      resultGrid_->setWindow(cell->windowRow, cell->windowCol, cell->windowHeight, cell->windowWidth);
      resultGrid_->setCurrent({QPoint(int(cell->highlightCol), int(cell->highlightRow))});
    } else {
      resultGrid_->setCurrent({QPoint(int(cell->outputCol), int(cell->outputRow))});
    }
  }

  // The formula line, the symbolic form, the list and the counter.
  // The formula line stays on at most three lines: long sums (a trained kernel's) get a smaller font.
  // A cell written one term per line (the MLP's) keeps every line on its own row, sized by the longest.
  // In presenter mode a sum too long for the room is summarised: its first products, how many
  // there are, and the result, at 24 px or more; the list and the handout keep every product.
  QString formula = cell ? (presenter_ ? summarisedSum(qs(cell->formula)) : qs(cell->formula)) : QString();
  int longest = int(formula.size());
  if (cell && !cell->lines.empty()) {
    QStringList lines;
    longest = 0;
    for (const std::string& line : cell->lines) {
      lines << qs(line);
      longest = std::max(longest, int(lines.back().size()));
    }
    formula = lines.join('\n');
  }
  // The largest size at which the widest line fits the board (a projector's 1600 px included);
  // a trained kernel's 25 products need a smaller font still.
  QFont formulaFont = formulaLabel_->font();
  formulaFont.setPixelSize(longest <= 60 ? 40 : longest <= 110 ? 32 : longest <= 220 ? 24 : 18);
  const int room = std::max(formulaLabel_->contentsRect().width(), board_->width() - 40) - 24;  // minus the padding
  if (room > 200 && cell && !cell->lines.empty())
    for (int pixels : {40, 36, 32, 30, 28, 26, 24, 22, 20, 18}) {
      formulaFont.setPixelSize(pixels);
      const QFontMetrics metrics(formulaFont);
      int widest = 0;
      for (const QString& line : formula.split('\n')) widest = std::max(widest, metrics.horizontalAdvance(line));
      if (widest <= room) break;
    }
  formulaLabel_->setFont(formulaFont);
  if (cell) {
    formulaLabel_->setText(formula);
    symbolicLabel_->setText(cell->lines.empty() ? qs(cell->symbolic) : QString());
  } else {
    formulaLabel_->setText(tr("Press Step ▶ to compute %1").arg(qs(stage.cells.front().label)));
    symbolicLabel_->setText(stage.kernelRotated ? tr("Convolution first rotates the kernel by 180°: horizontal flip, then vertical flip")
                                                : QString());
  }
  if (asking) {
    formulaLabel_->setText(yourTurn_->prompt());
    symbolicLabel_->clear();
  }
  symbolicLabel_->setVisible(!symbolicLabel_->text().isEmpty());
  hoverLabel_->setText(tr("Hover over a cell of %1 to see which results use it; click a result cell to jump to it.")
                           .arg(qs(stage.leftName)));
  stepLabel_->setText(tr("Step %1 / %2").arg(step_).arg(stepCount()));

  int row = 0;
  for (std::size_t s = 0; s < example_.stages.size(); ++s) {
    ++row;  // the stage header
    for (std::size_t c = 0; c < example_.stages[s].cells.size(); ++c, ++row) {
      QListWidgetItem* item = formulaList_->item(row);
      if (!item) continue;
      const int itemStep = int(example_.stepOf(s, c));
      const TeachingCell& other = example_.stages[s].cells[c];
      const bool done = itemStep < step_ || (itemStep == step_ && !asking);
      item->setText(done ? qs(other.formula) : qs(other.label) + " = …");
      item->setForeground(done ? QColor(0x212121) : QColor(0x9e9e9e));
      item->setBackground(itemStep == step_ ? QColor(0xc5cae9) : QColor(Qt::transparent));
      if (itemStep == step_) formulaList_->scrollToItem(item);
    }
  }
  if (asking) yourTurn_->decorate();  // the last wrong answer's cells, over the marks set above
}

void StepperView::leftHovered(int row, int col) {
  if (example_.stages.empty()) return;
  const std::size_t stageIndex = step_ > 0 ? example_.locate(std::size_t(step_)).first : 0;
  const TeachingStage& stage = example_.stages[stageIndex];
  if (row < 0) {
    resultGrid_->setLinked({});
    hoverLabel_->setText({});
    return;
  }
  QSet<QPoint> linked;
  QStringList labels;
  for (std::size_t i : cellsUsing(stage, std::size_t(row), std::size_t(col))) {
    const TeachingCell& cell = stage.cells[i];
    if (stage.kind == StageKind::MaxPoolBackward) linked.insert(QPoint(int(cell.highlightCol), int(cell.highlightRow)));
    else for (const auto& [r, c] : cell.writes) linked.insert(QPoint(int(c), int(r)));
    labels << qs(cell.label);
  }
  resultGrid_->setLinked(linked);
  const QString name = qs(stage.leftName) + QString("(%1,%2) = %3").arg(row + 1).arg(col + 1)
                                                .arg(qs(formatNumber(stage.left(std::size_t(row), std::size_t(col)))));
  hoverLabel_->setText(labels.isEmpty() ? tr("%1 is not used by any result").arg(name)
                                        : tr("%1 is used by %2").arg(name, labels.join(", ")));
}

void StepperView::resultClicked(int row, int col) {
  if (example_.stages.empty()) return;
  const std::size_t stageIndex = step_ > 0 ? example_.locate(std::size_t(step_)).first : 0;
  const TeachingStage& stage = example_.stages[stageIndex];
  for (std::size_t i = 0; i < stage.cells.size(); ++i) {
    const TeachingCell& cell = stage.cells[i];
    const bool hit = stage.kind == StageKind::MaxPoolBackward
                         ? (long(row) == cell.highlightRow && long(col) == cell.highlightCol)
                         : (std::size_t(row) == cell.outputRow && std::size_t(col) == cell.outputCol);
    if (hit) {
      pause();
      setStep(int(example_.stepOf(stageIndex, i)));
      return;
    }
  }
}

void StepperView::editCell(MatrixGrid* grid, int row, int col) {
  // Editing applies to a single correlation (the notes' pages and your own matrices).
  if (example_.stages.size() != 1 || example_.stages[0].kind != StageKind::Correlation) return;
  bool ok = false;
  const double value = QInputDialog::getDouble(this, tr("Edit cell"), tr("Value at row %1, column %2").arg(row + 1).arg(col + 1),
                                               grid->matrix()(std::size_t(row), std::size_t(col)), -1e6, 1e6, 4, &ok);
  if (!ok) return;
  arma::mat left = example_.stages[0].left, kernel = example_.stages[0].kernel;
  (grid == leftGrid_ ? left : kernel)(std::size_t(row), std::size_t(col)) = value;
  const int step = step_;
  if (applyMatrices(matrixToText(left), matrixToText(kernel))) setStep(step);
}

bool StepperView::exportView(const QString& file, QString* error) {
  const QString suffix = QFileInfo(file).suffix().toLower();
  if (suffix != "png" && suffix != "svg" && suffix != "pdf") {
    const QString message = tr("Export: use a .png, .svg or .pdf file name");
    if (error) *error = message;
    showError(message);
    return false;
  }
  QByteArray bytes;
  QString reason;
  if (!PlotExport::render(board_, suffix, &bytes, &reason) || !PlotExport::writeFile(file, bytes, &reason)) {
    const QString message = tr("Export: %1").arg(reason);
    if (error) *error = message;
    showError(message);
    return false;
  }
  return true;
}

bool StepperView::exportHandout(const QString& file, QString* error) {
  const QString suffix = QFileInfo(file).suffix().toLower();
  std::string text;
  if (suffix == "md" || suffix == "markdown") text = handoutMarkdown(example_);
  else if (suffix == "tex") text = handoutLatex(example_);
  else {
    const QString message = tr("Handout: use a .md or .tex file name");
    if (error) *error = message;
    showError(message);
    return false;
  }
  QString reason;
  if (!PlotExport::writeFile(file, QByteArray::fromStdString(text), &reason)) {
    const QString message = tr("Handout: %1").arg(reason);
    if (error) *error = message;
    showError(message);
    return false;
  }
  return true;
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
