// The dataset browser: loading through the engine (and QImage for folders), never replacing good
// data with a failed load.
#include "ui/plot/heading_label.hpp"
#include "ui/palette.hpp"
#include "ui/type_scale.hpp"
#include "ui/data/dataset_view.hpp"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/data/digit_preprocess.hpp"
#include "ui/qt_text.hpp"
#include "ui/training/training_session.hpp"
#include "ui/imageio/image_folder.hpp"
#include "ui/data/image_grid.hpp"

namespace cnnlab {

namespace {



}  // namespace

DatasetView::DatasetView(TrainingSession& session, QWidget* parent) : QWidget(parent), session_(session) {
  type_scale::setTextPixels(this, 17);

  sourceLabel_ = new QLabel;
  type_scale::setTextPixels(sourceLabel_, 20);
  sourceLabel_->setWordWrap(true);
  auto* embeddedButton = new QPushButton(tr("Embedded MNIST"));
  embeddedButton->setToolTip(tr("The 10,000 MNIST digits built into cnnlab"));
  auto* openButton = new QPushButton(tr("Open a folder…"));
  openButton->setToolTip(tr("MNIST-layout IDX files (train-*/t10k-*, or one images/labels pair), plain or .gz,\n"
                            "or one subfolder of PNG/JPEG images per class"));
  connect(embeddedButton, &QPushButton::clicked, this, &DatasetView::loadEmbedded);
  connect(openButton, &QPushButton::clicked, this, [this] {
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"));
    if (!directory.isEmpty()) loadDirectory(directory);
  });
  fraction_ = new QDoubleSpinBox;
  fraction_->setRange(0.05, 0.95);
  fraction_->setSingleStep(0.05);
  fraction_->setValue(0.8);
  fraction_->setToolTip(tr("Share of the images used for training when the source has no separate test files"));
  sizeBox_ = new QSpinBox;
  sizeBox_->setRange(8, 256);
  sizeBox_->setValue(28);
  sizeBox_->setToolTip(tr("Image folders are resized to this × this (the network's input), grey unless Keep colour is ticked"));
  invert_ = new QCheckBox(tr("Invert (dark ink on light paper)"));
  colour_ = new QCheckBox(tr("Keep colour"));
  colour_->setObjectName("keepColour");
  colour_->setToolTip(tr("Read a folder of PNG/JPEG images as colour: three input channels (R, G, B), so the\n"
                         "network can use what separates ripe from unripe fruit. Unticked: grey, one channel.\n"
                         "IDX files (MNIST, Fashion-MNIST) are grey and ignore this. Applies to the next folder opened."));
  reader_ = [](const std::string& directory, double fraction, const ImageFolderOptions& options) {
    return readDataDirectory(directory, fraction, options);
  };
  auto* top = new QHBoxLayout;
  top->addWidget(makeHeading(tr("Data"), 20));
  top->addSpacing(16);
  top->addWidget(sourceLabel_, 1);
  top->addWidget(embeddedButton);
  top->addWidget(openButton);
  auto* options = new QHBoxLayout;
  // Each box's label is its name for a screen reader.
  auto* fractionLabel = new QLabel(tr("Train fraction"));
  fractionLabel->setBuddy(fraction_);
  auto* sizeLabel = new QLabel(tr("Folder images resized to"));
  sizeLabel->setBuddy(sizeBox_);
  options->addWidget(fractionLabel);
  options->addWidget(fraction_);
  options->addSpacing(16);
  options->addWidget(sizeLabel);
  options->addWidget(sizeBox_);
  options->addSpacing(16);
  options->addWidget(invert_);
  options->addSpacing(16);
  options->addWidget(colour_);
  options->addStretch();

  error_ = new QLabel;
  error_->setObjectName("datasetError");
  error_->setWordWrap(true);
  type_scale::setTextPixels(error_, 17, true);
  error_->setStyleSheet(QString("QLabel { background: #fde2df; color: %1; padding: 8px 12px; border-radius: 4px; }")
                            .arg(palette::name(palette::kError)));
  error_->hide();

  classList_ = new QListWidget;
  classList_->setMinimumWidth(300);
  classList_->setAccessibleName(tr("Classes"));
  classList_->setAccessibleDescription(tr("The classes to train on: Space ticks or unticks the one selected"));
  connect(classList_, &QListWidget::itemChanged, this, [this] { if (!updating_) refresh(); });
  auto* allButton = new QPushButton(tr("All"));
  auto* noneButton = new QPushButton(tr("None"));
  allButton->setAccessibleName(tr("All classes"));
  noneButton->setAccessibleName(tr("No classes"));
  connect(allButton, &QPushButton::clicked, this, [this] { setSelectedClasses({}); });
  connect(noneButton, &QPushButton::clicked, this, [this] {
    updating_ = true;
    for (int i = 0; i < classList_->count(); ++i) classList_->item(i)->setCheckState(Qt::Unchecked);
    updating_ = false;
    refresh();
  });
  trainLimit_ = new QSpinBox;
  testLimit_ = new QSpinBox;
  for (QSpinBox* box : {trainLimit_, testLimit_}) {
    box->setRange(0, 1000000);
    box->setSpecialValueText(tr("all"));
    box->setMinimumWidth(110);
    connect(box, &QSpinBox::valueChanged, this, [this] { if (!updating_) refresh(); });
  }
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  dashboardData_ = new QLabel;
  dashboardData_->setObjectName("dashboardDataLabel");
  dashboardData_->setWordWrap(true);
  QPalette muted = dashboardData_->palette();
  muted.setColor(QPalette::WindowText, QColor(0x50, 0x50, 0x50));
  dashboardData_->setPalette(muted);
  useButton_ = new QPushButton(tr("Train on this data  ▶"));
  useButton_->setObjectName("useDataButton");
  useButton_->setAccessibleName(tr("Train on this data"));
  useButton_->setMinimumHeight(44);
  type_scale::setTextPixels(useButton_, 16, true);
  useButton_->setStyleSheet(
      "QPushButton { background: #2ca02c; color: white; padding: 6px 18px; border-radius: 5px; }"
      "QPushButton:disabled { background: #b9c7b9; color: #eef2ee; }");
  connect(useButton_, &QPushButton::clicked, this, [this] { useInDashboard(); });

  auto* left = new QVBoxLayout;
  left->addWidget(makeHeading(tr("Classes"), 15));
  auto* allNone = new QHBoxLayout;
  allNone->addWidget(allButton);
  allNone->addWidget(noneButton);
  left->addLayout(allNone);
  left->addWidget(classList_, 1);
  auto* limits = new QGridLayout;
  auto* trainLabel = new QLabel(tr("Per class, train"));
  trainLabel->setBuddy(trainLimit_);
  auto* testLabel = new QLabel(tr("Per class, test"));
  testLabel->setBuddy(testLimit_);
  limits->addWidget(trainLabel, 0, 0);
  limits->addWidget(trainLimit_, 0, 1);
  limits->addWidget(testLabel, 1, 0);
  limits->addWidget(testLimit_, 1, 1);
  left->addLayout(limits);
  left->addWidget(summary_);
  left->addWidget(useButton_);
  left->addWidget(dashboardData_);
  const auto showSessionData = [this](const QString& description) {
    dashboardData_->setText(tr("The dashboard is training on: %1.").arg(description));
  };
  connect(&session_, &TrainingSession::dataChanged, this, showSessionData);
  showSessionData(session_.dataDescription());

  grid_ = new ImageGrid;
  auto* scroll = new QScrollArea;
  scroll->setAccessibleName(tr("Sample images"));
  scroll->setWidget(grid_);
  scroll->setWidgetResizable(true);
  auto* body = new QHBoxLayout;
  body->addLayout(left);
  body->addWidget(scroll, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  layout->addLayout(top);
  layout->addLayout(options);
  layout->addWidget(error_);
  layout->addLayout(body, 1);

  loadEmbedded();
}

void DatasetView::loadEmbedded() {
  try {
    setData(embeddedMnist(), tr("Embedded MNIST subset"));
  } catch (const std::exception& e) {
    showError(QString::fromUtf8(e.what()));
  }
}

bool DatasetView::loadDirectory(const QString& directory, QString* error) {
  try {
    ImageFolderOptions options{.height = std::size_t(sizeBox_->value()), .width = std::size_t(sizeBox_->value()),
                               .invert = invert_->isChecked(), .color = colour_->isChecked()};
    RawSplit split = reader_(directory.toStdString(), fraction_->value(), options);
    if (split.train.count == 0 || split.test.count == 0)
      throw std::invalid_argument(directory.toStdString() + ": the split leaves no " +
                                  (split.train.count == 0 ? "training" : "test") + " images");
    setData(std::move(split), QFileInfo(directory).fileName());
    return true;
  } catch (const std::exception& e) {
    const QString message = QString::fromUtf8(e.what());
    showError(tr("Could not load: %1  (the previous data stays)").arg(message));
    if (error) *error = message;
    return false;
  }
}

void DatasetView::setData(RawSplit data, const QString& source) {
  data_ = std::make_shared<RawSplit>(std::move(data));
  source_ = source;
  drawings_ = 0;
  error_->hide();
  updating_ = true;
  classList_->clear();
  const std::vector<std::size_t> train = countLabels(data_->train), test = countLabels(data_->test);
  for (std::size_t label = 0; label < std::max(train.size(), test.size()); ++label) {
    const std::size_t trainCount = label < train.size() ? train[label] : 0;
    const std::size_t testCount = label < test.size() ? test[label] : 0;
    if (trainCount + testCount == 0) continue;
    auto* item = new QListWidgetItem(tr("%1   ·   %2 train · %3 test")
                                         .arg(QString::fromStdString(labelName(data_->train, int(label))))
                                         .arg(groupedNumber(trainCount), groupedNumber(testCount)));
    item->setData(Qt::UserRole, int(label));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    classList_->addItem(item);
  }
  updating_ = false;
  sourceLabel_->setText(tr("%1  —  %2×%3 %4 images")
                            .arg(source_)
                            .arg(data_->train.height)
                            .arg(data_->train.width)
                            .arg(data_->train.depth == 3 ? tr("colour") : tr("grey")));
  refresh();
}

void DatasetView::showError(const QString& message) {
  error_->setText("✗ " + message);
  error_->show();
}

std::vector<int> DatasetView::selectedClasses() const {
  std::vector<int> classes;
  for (int i = 0; i < classList_->count(); ++i)
    if (classList_->item(i)->checkState() == Qt::Checked) classes.push_back(classList_->item(i)->data(Qt::UserRole).toInt());
  return classes;
}

void DatasetView::setSelectedClasses(const std::vector<int>& classes) {
  updating_ = true;
  for (int i = 0; i < classList_->count(); ++i) {
    const int label = classList_->item(i)->data(Qt::UserRole).toInt();
    const bool on = classes.empty() || std::find(classes.begin(), classes.end(), label) != classes.end();
    classList_->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
  }
  updating_ = false;
  refresh();
}

void DatasetView::setPerClassLimits(int train, int test) {
  updating_ = true;
  trainLimit_->setValue(train);
  testLimit_->setValue(test);
  updating_ = false;
  refresh();
}

void DatasetView::setKeepColour(bool keep) { colour_->setChecked(keep); }
bool DatasetView::keepColour() const { return colour_->isChecked(); }

void DatasetView::setTrainFraction(double fraction) { fraction_->setValue(fraction); }
double DatasetView::trainFraction() const { return fraction_->value(); }

Selection DatasetView::trainSelection() const {
  return {.classes = selectedClasses(), .perClassLimit = std::size_t(trainLimit_->value()), .shuffle = true, .seed = 0};
}

Selection DatasetView::testSelection() const {
  return {.classes = selectedClasses(), .perClassLimit = std::size_t(testLimit_->value()), .shuffle = true, .seed = 1};
}

void DatasetView::refresh() {
  const std::vector<int> classes = selectedClasses();
  grid_->setData(data_, classes, 40);  // as many as fit the width
  std::size_t train = 0, test = 0;
  const auto limit = [](std::size_t count, int cap) { return cap > 0 ? std::min<std::size_t>(count, std::size_t(cap)) : count; };
  for (const ImageGrid::ClassRow& row : grid_->rows()) {
    train += limit(row.trainCount, trainLimit_->value());
    test += limit(row.testCount, testLimit_->value());
  }
  summary_->setText(classes.empty() ? tr("Select at least one class.")
                                    : tr("%1 classes: %2 training and %3 test images%4")
                                          .arg(classes.size())
                                          .arg(groupedNumber(train), groupedNumber(test))
                                          .arg(drawings_ ? tr(", including %1 of your drawings").arg(drawings_) : QString()));
  useButton_->setEnabled(!classes.empty());
}

bool DatasetView::useInDashboard(QString* error) {
  QString reason;
  if (selectedClasses().empty()) {
    reason = tr("Select at least one class.");
  } else if (session_.useData(data_, trainSelection(), testSelection(), source_, &reason)) {
    error_->hide();
    emit showViewRequested("dashboard");
    return true;
  }
  showError(reason);
  if (error) *error = reason;
  return false;
}

bool DatasetView::addDrawing(const arma::fmat& image, int label, QString* message) {
  QString text;
  if (image.is_empty() || label < 0 || label > 255) {
    text = tr("A drawing needs an image and a label 0–255.");
  } else {
    const std::vector<int> classes = selectedClasses();
    const bool known = std::find(classes.begin(), classes.end(), label) != classes.end();
    if (!known) {
      QStringList names;
      for (int c : classes) names << QString::fromStdString(labelName(data_->train, c));
      text = tr("Label %1 is not one of the selected classes (%2); choose one of those, or select it in the Data tab.")
                 .arg(label)
                 .arg(names.join(", "));
    } else {
      const arma::fmat sized = image.n_rows == data_->train.height && image.n_cols == data_->train.width
                                   ? image
                                   : resizeArea(image, data_->train.height, data_->train.width);
      // The session may be training on this split: change a copy then (the grid lets go first;
      // refresh() below shows the new split).
      grid_->setData(nullptr, {});
      if (data_.use_count() > 1) data_ = std::make_shared<RawSplit>(*data_);
      // A grey drawing in a colour set: the same plane on R, G and B.
      std::vector<std::uint8_t> bytes(sized.n_elem * data_->train.depth);
      for (std::size_t d = 0; d < data_->train.depth; ++d)
        for (arma::uword r = 0; r < sized.n_rows; ++r)
          for (arma::uword c = 0; c < sized.n_cols; ++c)
            bytes[d * sized.n_elem + r * sized.n_cols + c] = std::uint8_t(std::clamp(sized(r, c), 0.0f, 1.0f) * 255.0f + 0.5f);
      data_->train.pixels.insert(data_->train.pixels.begin(), bytes.begin(), bytes.end());
      data_->train.labels.insert(data_->train.labels.begin(), std::uint8_t(label));
      ++data_->train.count;
      ++drawings_;
      refresh();
      text = tr("Added as a %1 (%2 drawing%3 in the training set). Press “Train on this data” in the Data tab to train with it.")
                 .arg(QString::fromStdString(labelName(data_->train, label)))
                 .arg(drawings_)
                 .arg(drawings_ == 1 ? "" : "s");
      if (message) *message = text;
      return true;
    }
  }
  if (message) *message = text;
  return false;
}

}  // namespace cnnlab
