// FeatureMapView: per-layer views of one test image's forward pass.
#include "ui/dashboard/feature_map_view.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "engine/layers/layer_registry.hpp"
#include "ui/plot/activation_bars.hpp"
#include "ui/plot/color_images.hpp"
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/plot/image_mosaic.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/plot/saliency_view.hpp"

namespace cnnlab {

namespace {

// Channel d of an activation (H × W, row 0 = top); values are column-major per channel.
arma::fmat channel(const LayerActivation& a, std::size_t d) {
  const std::size_t hw = a.shape.height * a.shape.width;
  return arma::reshape(a.values.subvec(d * hw, (d + 1) * hw - 1), a.shape.height, a.shape.width);
}

bool spatial(const Shape& s) { return s.height > 1 || s.width > 1; }

// The registry's entry for a snapshot's layer type; a type it does not know reads as an activation.
const LayerType& entryOf(const std::string& type) {
  static const LayerType unknown{.name = "?", .title = "?", .summary = "", .role = LayerRole::Activation};
  const LayerType* entry = findLayerType(type);
  return entry ? *entry : unknown;
}

bool weighted(LayerRole role) { return role == LayerRole::Convolution || role == LayerRole::Dense; }

QString rowTitle(const LayerActivation& a, const std::string& previousType) {
  QString what;
  const LayerRole role = entryOf(a.type).role;
  if (weighted(role)) what = QObject::tr("before activation");  // short: the title fits a 1280 px projector
  else if (role == LayerRole::Activation && !previousType.empty() && weighted(entryOf(previousType).role))
    what = QObject::tr("after activation");
  else if (role == LayerRole::Pooling) what = QObject::tr("pooled");
  return QObject::tr("Layer %1 · %2%3 · %4")
      .arg(a.layer + 1)
      .arg(QString::fromStdString(a.description))
      .arg(what.isEmpty() ? QString() : " · " + what)
      .arg(QString::fromStdString(a.shape.str()));
}

}  // namespace

FeatureMapView::FeatureMapView(QWidget* parent) : QWidget(parent) {
  auto* side = new QWidget(this);
  side->setMinimumWidth(380);
  side->setMaximumWidth(480);
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  auto* pickRow = new QHBoxLayout;
  auto* pickLabel = new QLabel(tr("Test image"), side);
  picker_ = new QSpinBox(side);
  picker_->setObjectName("imagePicker");
  picker_->setRange(0, 0);
  picker_->setKeyboardTracking(false);
  pickLabel->setBuddy(picker_);
  picker_->setAccessibleName(tr("Test image"));
  pickRow->addWidget(pickLabel);
  pickRow->addWidget(picker_, 1);
  sideLayout->addLayout(pickRow);
  input_ = new HeatmapMosaic(side);
  input_->setObjectName("inputImage");
  input_->setScale(HeatmapMosaic::Scale::Ink);
  input_->setFixedRange(QCPRange(0, 1));
  input_->setColorScaleVisible(false);
  input_->setTitle(tr("Input"));
  input_->setMinimumHeight(200);  // with the rest, within a 720-pixel-high projector in presenter mode
  // The input and its saliency map side by side: the side panel stays as tall as before.
  saliency_ = new SaliencyView(side);
  colourInput_ = new ImageMosaic(side);
  colourInput_->setObjectName("inputImageColour");
  colourInput_->setTitle(tr("Input (R, G, B)"));
  colourInput_->setMinimumHeight(200);
  colourInput_->hide();
  auto* images = new QHBoxLayout;
  images->addWidget(input_, 1);
  images->addWidget(colourInput_, 1);
  images->addWidget(saliency_, 1);
  sideLayout->addLayout(images, 3);
  prediction_ = new QLabel(side);
  prediction_->setAlignment(Qt::AlignCenter);
  prediction_->setWordWrap(true);
  sideLayout->addWidget(prediction_);
  output_ = new ActivationBars(side);
  output_->setObjectName("outputProbabilities");
  output_->setTitle(tr("Output"));
  output_->setAccessibleName(tr("Output probabilities"));
  output_->setMinimumHeight(190);
  sideLayout->addWidget(output_, 3);

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  rowsHost_ = new QWidget(scroll);
  rowsLayout_ = new QVBoxLayout(rowsHost_);
  rowsLayout_->setContentsMargins(0, 0, 8, 0);
  rowsLayout_->addStretch(1);
  scroll->setWidget(rowsHost_);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(side);
  layout->addWidget(scroll, 1);
  connect(picker_, &QSpinBox::valueChanged, this, &FeatureMapView::imageRequested);
  drawTimer_ = new QTimer(this);
  drawTimer_->setInterval(1);
  connect(drawTimer_, &QTimer::timeout, this, &FeatureMapView::drawNext);
  setPresenterMode(false);
}

void FeatureMapView::setTestSet(std::shared_ptr<const Dataset> test) {
  test_ = std::move(test);
  const QSignalBlocker block(picker_);
  picker_->setRange(0, test_ && test_->size() ? int(test_->size()) - 1 : 0);
}

int FeatureMapView::image() const { return picker_->value(); }
void FeatureMapView::setImage(int index) { picker_->setValue(index); }
QString FeatureMapView::predictionText() const { return prediction_->text(); }

void FeatureMapView::rebuild(const TrainingSnapshot& s) {
  for (Row& r : rows_) {
    delete r.map;
    delete r.bars;
  }
  rows_.clear();
  for (std::size_t i = 0; i + 1 < s.activations.size(); ++i) {
    const LayerActivation& a = s.activations[i];
    if (entryOf(a.type).role == LayerRole::Reshape) continue;
    Row row{i};
    if (spatial(a.shape)) {
      row.map = new HeatmapMosaic(rowsHost_);
      const int tileRows = int((a.shape.depth + 7) / 8);
      row.map->setMinimumHeight(std::min(520, 170 + 110 * (tileRows - 1)));
      row.map->setPresenterMode(presenter_);
      PlotExport::addContextMenu(row.map);
      rowsLayout_->insertWidget(rowsLayout_->count() - 1, row.map);
    } else {
      row.bars = new ActivationBars(rowsHost_);
      row.bars->setMinimumHeight(170);
      row.bars->setPresenterMode(presenter_);
      rowsLayout_->insertWidget(rowsLayout_->count() - 1, row.bars);
    }
    rows_.push_back(row);
  }
}

void FeatureMapView::setSnapshot(TrainingSnapshotPtr snapshot) {
  if (!snapshot || snapshot->activations.empty()) return;
  const TrainingSnapshot& s = *snapshot;
  std::string signature;
  for (const LayerActivation& a : s.activations) signature += a.type + a.shape.str() + ";";
  if (signature != signature_) {
    signature_ = signature;
    rebuild(s);
  }
  {
    const QSignalBlocker block(picker_);
    picker_->setValue(s.image);
  }
  pending_ = std::move(snapshot);
  next_ = 0;
  drawNext();
  if (!rows_.empty()) drawTimer_->start();
}

void FeatureMapView::drawNext() {
  if (!pending_ || next_ > rows_.size()) {
    drawTimer_->stop();
    return;
  }
  if (next_ == 0) drawSide(*pending_);
  else drawRow(rows_[next_ - 1], *pending_);
  if (++next_ > rows_.size()) drawTimer_->stop();
}

void FeatureMapView::drawRow(Row& row, const TrainingSnapshot& s) {
  const LayerActivation& a = s.activations[row.layer];
  const std::string previousType = row.layer > 0 ? s.activations[row.layer - 1].type : "";
  const QString title = rowTitle(a, previousType);
  if (row.map) {
    std::vector<arma::fmat> tiles;
    QStringList names;
    for (std::size_t d = 0; d < a.shape.depth; ++d) {
      tiles.push_back(channel(a, d));
      names << tr("channel %1").arg(d + 1);
    }
    const LayerType& type = entryOf(a.type);
    row.map->setScale(type.signedOutput ? HeatmapMosaic::Scale::Diverging : HeatmapMosaic::Scale::Sequential);
    row.map->setFixedRange(type.unitOutput ? std::optional<QCPRange>(QCPRange(0, 1)) : std::nullopt);
    row.map->setTitle(title);
    row.map->setAccessibleName(title);
    row.map->setTiles(tiles, int(std::min<std::size_t>(a.shape.depth, 8)), names);
  } else {
    row.bars->setTitle(title);
    row.bars->setAccessibleName(title);
    row.bars->setValues(a.values, {}, -1,
                        entryOf(a.type).unitOutput ? std::optional<QCPRange>(QCPRange(0, 1.05)) : std::nullopt);
  }
}

void FeatureMapView::drawSide(const TrainingSnapshot& s) {
  const bool colour = test_ && test_->shape.depth == 3 && s.input.n_elem == test_->shape.size();
  input_->setVisible(!colour);
  colourInput_->setVisible(colour);
  if (colour) colourInput_->setImages({sampleImage(s.input, test_->shape)}, 1);
  else if (test_ && !s.input.is_empty())
    input_->setTiles({arma::reshape(s.input.head(test_->shape.height * test_->shape.width), test_->shape.height, test_->shape.width)}, 1);
  const LayerActivation& out = s.activations.back();
  QStringList labels;
  const std::vector<int> classes = s.model ? s.model->classes : std::vector<int>{};
  for (std::size_t c = 0; c < out.values.n_elem; ++c)
    labels << (c < classes.size() ? QString::number(classes[c]) : QString::number(c));
  const int predicted = out.values.is_empty() ? -1 : int(out.values.index_max());
  output_->setTitle(entryOf(out.type).probabilities ? tr("Probabilities (softmax)")
                                          : tr("Output (%1)").arg(QString::fromStdString(out.description)));
  output_->setValues(out.values, labels, predicted, QCPRange(0, 1.05));
  if (test_ && !s.input.is_empty() && s.saliency.n_elem == s.input.n_elem && s.saliencyClass >= 0) {
    // One map over the image: a pixel matters as much as its most sensitive channel.
    const Shape& shape = test_->shape;
    const arma::fmat perChannel = arma::reshape(s.saliency, shape.height * shape.width, shape.depth);
    saliency_->setMap(sampleImage(s.input, shape, false),
                      arma::reshape(arma::max(perChannel, 1), shape.height, shape.width),
                      s.saliencyClass < labels.size() ? labels[s.saliencyClass] : QString::number(s.saliencyClass));
  }
  if (test_ && s.image >= 0 && std::size_t(s.image) < test_->size() && predicted >= 0) {
    const int truth = test_->classes[test_->labels[std::size_t(s.image)]];
    const QString label = labels.value(predicted);
    const bool right = label == QString::number(truth);
    prediction_->setText(tr("true <b>%1</b> · predicted <b><span style='color:%2'>%3</span></b><br>(p = %4)")
                             .arg(truth)
                             .arg((right ? palette::right : palette::wrong).name())
                             .arg(label)
                             .arg(double(out.values[arma::uword(predicted)]), 0, 'f', 3));
  }
}

void FeatureMapView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  QFont f = prediction_->font();
  f.setPixelSize(titlePixels(presenter));
  prediction_->setFont(f);
  input_->setPresenterMode(presenter);
  colourInput_->setPresenterMode(presenter);
  output_->setPresenterMode(presenter);
  for (Row& r : rows_) {
    if (r.map) r.map->setPresenterMode(presenter);
    if (r.bars) r.bars->setPresenterMode(presenter);
  }
}

}  // namespace cnnlab
