// Draw a digit: canvas → preprocessDigit → the current network, with every layer's output shown.
#include "ui/draw/draw_view.hpp"
#include "ui/type_scale.hpp"
#include "ui/plot/heading_label.hpp"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "engine/data/digit_preprocess.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/network_spec.hpp"
#include "engine/saliency.hpp"
#include "ui/plot/saliency_view.hpp"
#include "engine/trainer.hpp"
#include "ui/plot/activation_bars.hpp"
#include "ui/training/training_session.hpp"
#include "ui/draw/digit_canvas.hpp"
#include "ui/plot/heatmap_mosaic.hpp"

namespace cnnlab {

namespace {


}  // namespace

DrawView::DrawView(TrainingSession& session, QWidget* parent) : QWidget(parent) {
  type_scale::setTextPixels(this, 17);
  type_scale::markStylesOwnPlots(this);
  connect(&type_scale::notifier(), &type_scale::Notifier::changed, this, &DrawView::restylePlots);

  canvas_ = new DigitCanvas;
  connect(canvas_, &DigitCanvas::changed, this, &DrawView::classify);
  auto* clearButton = new QPushButton(tr("Clear"));
  auto* undoButton = new QPushButton(tr("Undo"));
  clearButton->setObjectName("clearButton");
  undoButton->setObjectName("undoButton");
  connect(clearButton, &QPushButton::clicked, canvas_, &DigitCanvas::clear);
  connect(undoButton, &QPushButton::clicked, canvas_, &DigitCanvas::undo);
  exampleBox_ = new QComboBox;
  exampleBox_->setAccessibleName(tr("Draw an example digit"));
  exampleBox_->setToolTip(tr("Replace the drawing by a built-in example of a digit (without a mouse, the way to draw)"));
  exampleBox_->addItem(tr("Example…"));
  for (int d = 0; d <= 9; ++d) exampleBox_->addItem(QString::number(d));
  connect(exampleBox_, &QComboBox::activated, this, [this](int index) {
    if (index > 0) canvas_->drawExample(index - 1);
    exampleBox_->setCurrentIndex(0);
  });
  auto* tools = new QHBoxLayout;
  tools->addWidget(clearButton);
  tools->addWidget(undoButton);
  tools->addWidget(exampleBox_);

  labelBox_ = new QSpinBox;
  labelBox_->setRange(0, 255);
  labelBox_->setMinimumWidth(80);
  addButton_ = new QPushButton(tr("Add to the training set"));
  addButton_->setObjectName("addDrawingButton");
  connect(addButton_, &QPushButton::clicked, this, [this] { addToTrainingSet(labelBox_->value()); });
  auto* adding = new QHBoxLayout;
  auto* labelName = new QLabel(tr("Label"));
  labelName->setBuddy(labelBox_);  // the box's name for a screen reader
  labelBox_->setAccessibleDescription(tr("The class the drawing is added to the training set as"));
  adding->addWidget(labelName);
  adding->addWidget(labelBox_);
  adding->addWidget(addButton_, 1);
  status_ = new QLabel;
  status_->setWordWrap(true);
  status_->setMinimumHeight(50);

  auto* left = new QVBoxLayout;
  left->addWidget(makeHeading(tr("Draw a digit"), 20));
  left->addWidget(canvas_);
  left->addLayout(tools);
  left->addLayout(adding);
  left->addWidget(status_);
  left->addStretch(1);

  // What the network sees and what it says.
  seen_ = new HeatmapMosaic;
  seen_->setTitle(tr("28×28 pixels"));
  seen_->setScale(HeatmapMosaic::Scale::Ink);
  seen_->setFixedRange(QCPRange(0, 1));
  seen_->setColorScaleVisible(false);
  seen_->setFixedSize(290, 300);  // with the rest, within a 720-pixel-high projector
  prediction_ = new QLabel("–");
  prediction_->setObjectName("prediction");
  type_scale::setTextPixels(prediction_, 85, true);
  prediction_->setAlignment(Qt::AlignCenter);
  prediction_->setMinimumWidth(160);
  confidence_ = new QLabel;
  confidence_->setAlignment(Qt::AlignCenter);
  confidence_->setWordWrap(true);
  type_scale::setTextPixels(confidence_, 20);
  modelLabel_ = new QLabel;
  modelLabel_->setWordWrap(true);
  colourNote_ = new QLabel(tr("This network expects colour; your drawing is grey, copied to R, G and B."));
  colourNote_->setObjectName("colourNote");
  colourNote_->setWordWrap(true);
  colourNote_->setStyleSheet("QLabel { color: #8a5a00; }");
  colourNote_->hide();
  probabilities_ = new ActivationBars;
  probabilities_->setTitle(tr("Outputs"));
  probabilities_->setAccessibleName(tr("Outputs"));
  probabilities_->setMinimumHeight(220);

  auto* verdict = new QVBoxLayout;
  verdict->addWidget(makeHeading(tr("Prediction"), 16), 0, Qt::AlignHCenter);
  verdict->addWidget(prediction_);
  verdict->addWidget(confidence_);
  verdict->addStretch();
  // What the network sees and which of those pixels matter share one place, a tab each, so the
  // tab still fits a 1280×720 projector.
  saliency_ = new SaliencyView;
  saliency_->setAccessibleName(tr("Pixels the prediction looked at"));
  auto* seenTabs = new QTabWidget;
  seenTabs->setObjectName("seenTabs");
  seenTabs->addTab(seen_, tr("Input"));
  seenTabs->addTab(saliency_, tr("Looked at"));
  auto* seenRow = new QHBoxLayout;
  seenRow->addWidget(seenTabs, 0, Qt::AlignTop);
  seenRow->addLayout(verdict, 1);
  auto* middle = new QVBoxLayout;
  middle->addLayout(seenRow);
  middle->addWidget(probabilities_, 1);
  middle->addWidget(modelLabel_);
  middle->addWidget(colourNote_);

  // Every layer's output for the drawing.
  rowsHost_ = new QWidget;
  rowsLayout_ = new QVBoxLayout(rowsHost_);
  rowsLayout_->addStretch();
  auto* scroll = new QScrollArea;
  scroll->setAccessibleName(tr("Every layer's output"));
  scroll->setWidget(rowsHost_);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* right = new QVBoxLayout;
  right->addWidget(makeHeading(tr("Every layer's output"), 16));
  right->addWidget(scroll, 1);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  layout->addLayout(left, 4);
  layout->addSpacing(12);
  layout->addLayout(middle, 4);
  layout->addSpacing(12);
  layout->addLayout(right, 5);

  canvas_->drawExample(3);  // something to classify at once; Clear to draw your own
  status_->setText(tr("An example to start with: clear it and draw your own."));

  connect(&session, &TrainingSession::modelChanged, this, [this](ModelSnapshotPtr model) { setModel(model); });
  setModel(session.currentModel());
}

DrawView::~DrawView() = default;

bool DrawView::setModel(ModelSnapshotPtr model, QString* error) {
  if (model == model_ && (model || !network_)) return true;
  if (!model) {
    model_.reset();
    network_.reset();
    rebuildLayerRows();
    classify();
    return true;
  }
  try {
    // Same architecture: only the weights changed (the common case while training).
    if (!network_ || !model_ || model->spec != model_->spec) {
      auto network = std::make_unique<Network<float>>(buildNetwork<float>(model->spec));
      const Shape in = network->inputShape();
      if ((in.depth != 1 && in.depth != 3) || in.height != in.width || in.height < 8)
        throw std::invalid_argument("draw-a-digit needs a network whose input is one square image, grey or colour "
                                    "(1×H×H or 3×H×H), this one takes " + in.str());
      if (model->parameters.n_elem != network->parameterCount())
        throw std::invalid_argument("the model has " + std::to_string(model->parameters.n_elem) +
                                    " weights but its network needs " + std::to_string(network->parameterCount()));
      network->parameters() = model->parameters;
      network_ = std::move(network);
      model_ = model;
      rebuildLayerRows();
    } else {
      if (model->parameters.n_elem != network_->parameterCount())
        throw std::invalid_argument("the model's weights do not fit its network");
      network_->parameters() = model->parameters;
      model_ = model;
    }
  } catch (const std::exception& e) {
    const QString reason = tr("Cannot use this network: %1").arg(QString::fromUtf8(e.what()));
    modelLabel_->setText(reason);
    if (error) *error = reason;
    return false;
  }
  classes_ = model_->classes;
  modelLabel_->setText(tr("Network: %1 parameters, epoch %2, step %3")
                           .arg(network_->parameterCount())
                           .arg(model_->epoch)
                           .arg(model_->step));
  classify();
  return true;
}

QString DrawView::predictedLabel() const {
  if (predicted_ < 0) return {};
  return std::size_t(predicted_) < classes_.size() ? QString::number(classes_[std::size_t(predicted_)])
                                                   : QString::number(predicted_);
}

void DrawView::restylePlots() {
  const bool presenter = type_scale::presenter();
  seen_->setPresenterMode(presenter);
  probabilities_->setPresenterMode(presenter);
  for (LayerRow& row : rows_) {
    if (row.map) row.map->setPresenterMode(presenter);
    if (row.bars) row.bars->setPresenterMode(presenter);
  }
}

void DrawView::rebuildLayerRows() {
  for (LayerRow& row : rows_) {
    delete row.map;
    delete row.bars;
  }
  rows_.clear();
  if (!network_) return;
  for (std::size_t i = 0; i < network_->layerCount(); ++i) {
    const Layer<float>& layer = network_->layer(i);
    if (layerTypeOf(layer.type()).role == LayerRole::Reshape) continue;
    LayerRow row{i};
    const Shape& shape = layer.outputShape();
    if (shape.height > 1 || shape.width > 1) {
      row.map = new HeatmapMosaic(rowsHost_);
      const std::size_t shown = std::min<std::size_t>(shape.depth, 16);
      const int tileRows = int((shown + 7) / 8);
      row.map->setScrollingHeight(std::min(460, 150 + 100 * (tileRows - 1)));
      row.map->setColorScaleVisible(false);
      rowsLayout_->insertWidget(rowsLayout_->count() - 1, row.map);
    } else {
      row.bars = new ActivationBars(rowsHost_);
      row.bars->setScrollingHeight(150);
      rowsLayout_->insertWidget(rowsLayout_->count() - 1, row.bars);
    }
    rows_.push_back(row);
  }
  restylePlots();
}

void DrawView::classify() {
  const std::size_t side = network_ ? network_->inputShape().height : 28;
  input_ = preprocessDigit(canvas_->image(280), {.field = side, .box = std::max<std::size_t>(1, side * 20 / 28)});
  seen_->setTitle(tr("%1×%1 pixels").arg(side));
  seen_->setTiles({input_}, 1);
  seen_->replot(QCustomPlot::rpQueuedReplot);
  predicted_ = -1;
  outputs_.reset();
  if (!network_) {
    colourNote_->hide();
    column_.reset();
    prediction_->setText("–");
    confidence_->setText(tr("No network yet: train one in the Train tab."));
    probabilities_->setValues(arma::fvec());
    probabilities_->setAccessibleDescription({});
    emit predictionChanged();
    return;
  }
  if (canvas_->isEmpty()) {
    prediction_->setText("–");
    confidence_->setText(tr("Draw something"));
  }
  // Column-major H × W = one channel of the network's input; a colour network gets it on R, G and B.
  const std::size_t depth = network_->inputShape().depth;
  colourNote_->setVisible(depth == 3);
  column_ = arma::repmat(arma::vectorise(input_), depth, 1);
  const arma::fmat column = column_;
  network_->forward(column);
  const std::size_t last = network_->layerCount() - 1;
  outputs_ = network_->activation(last).col(0);
  const bool softmax = layerTypeOf(network_->layer(last).type()).probabilities;
  QStringList labels;
  for (std::size_t i = 0; i < outputs_.n_elem; ++i)
    labels << (i < classes_.size() ? QString::number(classes_[i]) : QString::number(i));
  if (!canvas_->isEmpty()) {
    predicted_ = int(outputs_.index_max());
    prediction_->setText(predictedLabel());
    confidence_->setText(softmax ? tr("probability %1%").arg(100.0 * outputs_(arma::uword(predicted_)), 0, 'f', 1)
                                 : tr("output %1 (largest of %2)")
                                       .arg(outputs_(arma::uword(predicted_)), 0, 'f', 3)
                                       .arg(outputs_.n_elem));
  }
  probabilities_->setTitle(softmax ? tr("Probabilities") : tr("Outputs (%1)").arg(QString::fromStdString(network_->layer(last).type())));
  probabilities_->setAccessibleName(softmax ? tr("Probabilities") : tr("Outputs"));
  // The bars in words: "0: 2.1 %, 1: 0.3 %, …, 3: 91.7 % (the prediction)".
  QStringList spoken;
  for (std::size_t i = 0; i < outputs_.n_elem; ++i)
    spoken << (int(i) == predicted_ ? tr("%1: %2 (the prediction)") : tr("%1: %2"))
                  .arg(labels[int(i)])
                  .arg(softmax ? QString::number(100.0 * outputs_(i), 'f', 1) + " %" : QString::number(outputs_(i), 'g', 3));
  probabilities_->setAccessibleDescription(spoken.join(", "));
  probabilities_->setValues(outputs_, labels, predicted_, QCPRange(0, std::max(1.0f, outputs_.max())));

  for (LayerRow& row : rows_) {
    const Layer<float>& layer = network_->layer(row.layer);
    const Shape& shape = layer.outputShape();
    const arma::fvec values = network_->activation(row.layer).col(0);
    const QString title = tr("Layer %1 · %2 · %3")
                              .arg(row.layer + 1)
                              .arg(QString::fromStdString(layer.describe()), QString::fromStdString(shape.str()));
    if (row.map) {
      std::vector<arma::fmat> tiles;
      const std::size_t shown = std::min<std::size_t>(shape.depth, 16);
      for (std::size_t d = 0; d < shown; ++d)
        tiles.push_back(arma::reshape(values.subvec(d * shape.height * shape.width, (d + 1) * shape.height * shape.width - 1),
                                      shape.height, shape.width));
      const bool signedValues = layerTypeOf(layer.type()).signedOutput;
      row.map->setScale(signedValues ? HeatmapMosaic::Scale::Diverging : HeatmapMosaic::Scale::Sequential);
      row.map->setTitle(shown < shape.depth ? title + tr(" (first %1 channels)").arg(shown) : title);
      row.map->setTiles(tiles, int(std::min<std::size_t>(shown, 8)));
      row.map->replot(QCustomPlot::rpQueuedReplot);
    } else {
      row.bars->setTitle(title);
      row.bars->setAccessibleName(title);
      row.bars->setValues(values, row.layer == last ? labels : QStringList(), row.layer == last ? predicted_ : -1);
    }
  }
  // After the rows: the saliency pass overwrites the network's activations.
  if (predicted_ >= 0)
  {
    // A pixel matters as much as its most sensitive channel.
    const arma::fmat perChannel = arma::reshape(saliencyMap(*network_, column, std::size_t(predicted_)), side * side, depth);
    saliency_->setMap(input_, arma::reshape(arma::max(perChannel, 1), side, side), predictedLabel());
  }
  else
    saliency_->setMap(arma::fmat(), arma::fmat(), QString());
  emit predictionChanged();
}

bool DrawView::addToTrainingSet(int label, QString* error) {
  drawingAnswer_.reset();
  if (canvas_->isEmpty()) showDrawingResult(false, tr("Draw something first."));
  else emit drawingOffered(preprocessDigit(canvas_->image(280)), label);
  if (!drawingAnswer_) showDrawingResult(false, tr("There is no training set to add to."));
  const auto [added, message] = *drawingAnswer_;
  if (!added && error) *error = message;
  return added;
}

void DrawView::showDrawingResult(bool added, const QString& message) {
  drawingAnswer_ = {added, message};
  status_->setText(added ? message : "✗ " + message);
  status_->setStyleSheet(added ? "QLabel { color: #1e7b1e; }" : "QLabel { color: #b3261e; }");
}

}  // namespace cnnlab
