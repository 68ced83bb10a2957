// The network designer: a table of layers over a JSON spec, checked on every edit by checkSpec.
#include "ui/designer/designer_view.hpp"
#include "ui/palette.hpp"
#include "ui/type_scale.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "engine/layers/layer_registry.hpp"
#include "engine/presets.hpp"
#include "ui/training/training_session.hpp"
#include "ui/designer/network_flow.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/qt_text.hpp"

namespace cnnlab {

namespace {

// The layer types the designer offers, in the registry's order.
QStringList typeNames() {
  QStringList names;
  for (const LayerType& type : layerTypes()) names << QString::fromStdString(type.name);
  return names;
}

enum Column { kIndex, kType, kSettings, kShape, kParameters, kCheck, kColumns };

// A new layer of this type with the registry's starting values (docs/network-format.md).
nlohmann::json defaultLayer(const QString& type) {
  if (const LayerType* entry = findLayerType(type.toStdString())) return entry->newLayer();
  return {{"type", type.toStdString()}};
}


long long intField(const nlohmann::json& layer, const char* key, long long fallback) {
  return layer.contains(key) && layer[key].is_number_integer() ? layer[key].get<long long>() : fallback;
}

// "5 kernels 3×3, stride 2, bias per kernel": the layer's settings in words, from the registry.
QString settingsText(const nlohmann::json& layer) {
  if (!layer.is_object() || !layer.contains("type") || !layer["type"].is_string()) return {};
  const LayerType* entry = findLayerType(layer["type"].get<std::string>());
  return entry ? engineText(entry->settingsText(layer)) : QString();
}

// What the editor shows for a field: the layer's own value when it has a usable one, else the
// field's default (or the value of the field it defaults to), else the designer's starting value.
nlohmann::json editorValue(const LayerType& type, const LayerField& field, const nlohmann::json& layer) {
  const bool numeric = field.kind != FieldKind::Choice;
  auto usable = [&](const nlohmann::json& value) {
    return field.kind == FieldKind::Integer ? value.is_number_integer()
           : numeric                        ? value.is_number()
                                            : value.is_string();
  };
  if (layer.contains(field.key) && usable(layer[field.key])) return layer[field.key];
  if (!field.defaultsTo.empty())
    if (const LayerField* other = type.field(field.defaultsTo)) return editorValue(type, *other, layer);
  if (!field.defaultValue.is_null()) return field.defaultValue;
  if (!field.initialValue.is_null()) return field.initialValue;
  if (field.kind == FieldKind::Choice) return field.choices.empty() ? nlohmann::json("") : nlohmann::json(field.choices.front().value);
  return field.minimum;
}

QSpinBox* spinBox(int minimum, int maximum, int value) {
  auto* box = new QSpinBox;
  box->setRange(minimum, maximum);
  box->setValue(value);
  box->setMinimumWidth(110);
  return box;
}

}  // namespace

DesignerView::DesignerView(TrainingSession& session, QWidget* parent) : QWidget(parent), session_(session) {
  type_scale::setTextPixels(this, 17);

  auto* title = new QLabel(tr("Design a network"));
  type_scale::setTextPixels(title, 27, true);

  presetBox_ = new QComboBox;
  presetBox_->setAccessibleName(tr("Start from a preset"));
  presetBox_->addItem(tr("Start from…"));
  for (const Preset& preset : presets()) presetBox_->addItem(QString::fromStdString(preset.name));
  connect(presetBox_, &QComboBox::activated, this, [this](int index) {
    if (index > 0) loadPreset(presetBox_->itemText(index));
    presetBox_->setCurrentIndex(0);
  });
  auto* loadButton = new QPushButton(tr("Open…"));
  auto* saveButton = new QPushButton(tr("Save…"));
  loadButton->setAccessibleName(tr("Open a network"));
  saveButton->setAccessibleName(tr("Save the network"));
  loadButton->setToolTip(tr("Open a network from a JSON file"));
  saveButton->setToolTip(tr("Save this network as a JSON file"));
  connect(loadButton, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a network"), {}, tr("Network JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !loadFile(path, &error)) QMessageBox::warning(this, tr("Cannot open the network"), error);
  });
  connect(saveButton, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the network"), name_ + ".json",
                                                      tr("Network JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error)) QMessageBox::warning(this, tr("Cannot save the network"), error);
  });
  trainButton_ = new QPushButton(tr("Train this network  ▶"));
  trainButton_->setObjectName("trainButton");
  trainButton_->setAccessibleName(tr("Train this network"));
  trainButton_->setMinimumHeight(44);
  type_scale::setTextPixels(trainButton_, 17, true);  // not in the style sheet: that would fix its size
  trainButton_->setStyleSheet(
      "QPushButton { background: #2ca02c; color: white; padding: 6px 18px; border-radius: 5px; }"
      "QPushButton:disabled { background: #b9c7b9; color: #eef2ee; }");
  connect(trainButton_, &QPushButton::clicked, this, [this] { trainInDashboard(); });

  auto* top = new QHBoxLayout;
  top->addWidget(title);
  top->addStretch();
  top->addWidget(presetBox_);
  top->addWidget(loadButton);
  top->addWidget(saveButton);
  top->addSpacing(12);
  top->addWidget(trainButton_);

  // Input, loss, init and the classes the data has.
  depthBox_ = spinBox(1, 64, 1);
  heightBox_ = spinBox(1, 1024, 28);
  widthBox_ = spinBox(1, 1024, 28);
  classesBox_ = spinBox(1, 256, 2);
  classesBox_->setToolTip(tr("How many classes the data has: the last layer must have this many outputs"));
  lossBox_ = new QComboBox;
  lossBox_->addItems({"binary_cross_entropy", "cross_entropy", "mean_squared_error"});
  initBox_ = new QComboBox;
  initBox_->addItems({"uniform_fan_in", "normal"});
  // Two rows, the input's shape and what the network ends with: one row of six would not fit a
  // 1280-pixel projector in presenter mode.
  auto* settings = new QVBoxLayout;
  auto* shapeRow = new QHBoxLayout;
  auto* endRow = new QHBoxLayout;
  settings->addLayout(shapeRow);
  settings->addLayout(endRow);
  auto addLabelled = [&](QHBoxLayout* row, const QString& text, QWidget* widget) {
    auto* label = new QLabel(text);
    label->setBuddy(widget);  // the box's name for a screen reader
    row->addWidget(label);
    row->addWidget(widget);
    row->addSpacing(8);
  };
  addLabelled(shapeRow, tr("Input depth"), depthBox_);
  addLabelled(shapeRow, tr("height"), heightBox_);
  addLabelled(shapeRow, tr("width"), widthBox_);
  // "height" alone does not say of what.
  heightBox_->setAccessibleName(tr("Input height"));
  widthBox_->setAccessibleName(tr("Input width"));
  addLabelled(endRow, tr("Classes"), classesBox_);
  addLabelled(endRow, tr("Loss"), lossBox_);
  addLabelled(endRow, tr("Init"), initBox_);
  shapeRow->addStretch();
  endRow->addStretch();
  connect(depthBox_, &QSpinBox::valueChanged, this, [this](int v) { if (!updating_) setInputField("depth", v); });
  connect(heightBox_, &QSpinBox::valueChanged, this, [this](int v) { if (!updating_) setInputField("height", v); });
  connect(widthBox_, &QSpinBox::valueChanged, this, [this](int v) { if (!updating_) setInputField("width", v); });
  connect(classesBox_, &QSpinBox::valueChanged, this, [this] { if (!updating_) changed(); });
  connect(lossBox_, &QComboBox::currentTextChanged, this,
          [this](const QString& t) { if (!updating_) setTopField("loss", t.toStdString()); });
  connect(initBox_, &QComboBox::currentTextChanged, this,
          [this](const QString& t) { if (!updating_) setTopField("init", t.toStdString()); });

  // The layer table.
  table_ = new QTableWidget(0, kColumns);
  table_->setAccessibleName(tr("Layers"));
  table_->setAccessibleDescription(tr("One row per layer, input to output; the arrow keys select one to edit"));
  table_->setHorizontalHeaderLabels({"#", tr("Layer"), tr("Settings"), tr("Output shape"), tr("Parameters"), tr("Check")});
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(false);  // a long setting elides in its one line (resizeEvent)
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(kCheck, QHeaderView::Stretch);
  table_->verticalHeader()->setDefaultSectionSize(42);
  connect(table_, &QTableWidget::itemSelectionChanged, this, [this] { if (!updating_) rebuildEditor(); });

  addTypeBox_ = new QComboBox;
  addTypeBox_->setObjectName("addTypeBox");
  addTypeBox_->addItems(typeNames());
  addButton_ = new QPushButton(tr("+ Add"));
  removeButton_ = new QPushButton(tr("− Remove"));
  upButton_ = new QPushButton(tr("▲ Up"));
  downButton_ = new QPushButton(tr("▼ Down"));
  addButton_->setObjectName("addButton");
  removeButton_->setObjectName("removeButton");
  upButton_->setObjectName("upButton");
  downButton_->setObjectName("downButton");
  // The signs are for the eye; a screen reader says what the button does.
  addButton_->setAccessibleName(tr("Add layer"));
  removeButton_->setAccessibleName(tr("Remove layer"));
  upButton_->setAccessibleName(tr("Move layer up"));
  downButton_->setAccessibleName(tr("Move layer down"));
  addButton_->setToolTip(tr("Add a layer of the type chosen after the selected one"));
  removeButton_->setToolTip(tr("Remove the selected layer"));
  upButton_->setToolTip(tr("Move the selected layer one place towards the input"));
  downButton_->setToolTip(tr("Move the selected layer one place towards the output"));
  connect(addButton_, &QPushButton::clicked, this, [this] { addLayer(addTypeBox_->currentText()); });
  connect(removeButton_, &QPushButton::clicked, this, [this] { removeLayer(selectedLayer()); });
  connect(upButton_, &QPushButton::clicked, this, [this] { moveLayer(selectedLayer(), -1); });
  connect(downButton_, &QPushButton::clicked, this, [this] { moveLayer(selectedLayer(), +1); });
  auto* edits = new QHBoxLayout;
  auto* newLayerLabel = new QLabel(tr("New layer:"));
  newLayerLabel->setBuddy(addTypeBox_);
  edits->addWidget(newLayerLabel);
  edits->addWidget(addTypeBox_);
  edits->addWidget(addButton_);
  edits->addSpacing(16);
  edits->addWidget(removeButton_);
  edits->addWidget(upButton_);
  edits->addWidget(downButton_);
  edits->addStretch();

  editorBox_ = new QGroupBox(tr("Selected layer"));
  editorForm_ = new QFormLayout(editorBox_);
  editorBox_->setMinimumWidth(330);

  auto* middle = new QHBoxLayout;
  flow_ = new NetworkFlow;
  auto* left = new QVBoxLayout;
  left->addWidget(table_, 1);
  left->addLayout(edits);
  left->addWidget(flow_);
  middle->addLayout(left, 1);
  auto* right = new QVBoxLayout;
  right->addWidget(editorBox_);
  right->addStretch();
  middle->addLayout(right);

  totalLabel_ = new QLabel;
  type_scale::setTextPixels(totalLabel_, 21, true);
  status_ = new QLabel;
  status_->setObjectName("designerStatus");
  status_->setWordWrap(true);
  type_scale::setTextPixels(status_, 21, true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  layout->addLayout(top);
  layout->addLayout(settings);
  layout->addLayout(middle, 1);
  layout->addWidget(totalLabel_);
  layout->addWidget(status_);

  connect(&session_, &TrainingSession::configured, this, &DesignerView::followSession);
  followSession();
}

void DesignerView::followSession() {
  const SessionConfig& config = session_.config();
  const bool edited = !followedSpec_.is_null() && spec_ != followedSpec_;
  if (config.train) setClassCount(int(config.train->classCount()));
  if (edited) return;
  followedSpec_ = config.spec;
  setSpec(config.spec, session_.networkName());
}

int DesignerView::layerCount() const {
  return spec_.is_object() && spec_.contains("layers") && spec_["layers"].is_array() ? int(spec_["layers"].size()) : 0;
}

void DesignerView::setSpec(const nlohmann::json& spec, const QString& name) {
  spec_ = spec;
  if (!spec_.is_object()) spec_ = nlohmann::json::object();
  if (!spec_.contains("layers") || !spec_["layers"].is_array()) spec_["layers"] = nlohmann::json::array();
  if (!name.isEmpty()) name_ = name;
  refreshTopControls();
  changed();
  selectLayer(layerCount() > 0 ? 0 : -1);
}

bool DesignerView::loadPreset(const QString& name) {
  for (const Preset& preset : presets())
    if (QString::fromStdString(preset.name) == name) {
      setClassCount(preset.classes.empty() ? 10 : int(preset.classes.size()));
      setSpec(preset.network, name);
      return true;
    }
  return false;
}

void DesignerView::setClassCount(int classes) {
  classesBox_->setValue(classes);  // valueChanged → changed()
}

int DesignerView::classCount() const { return classesBox_->value(); }

void DesignerView::addLayer(const QString& type, int at) {
  if (at < 0) at = selectedLayer() >= 0 ? selectedLayer() + 1 : layerCount();
  at = std::clamp(at, 0, layerCount());
  layers().insert(layers().begin() + at, defaultLayer(type));
  changed();
  selectLayer(at);
}

bool DesignerView::removeLayer(int row) {
  if (row < 0 || row >= layerCount()) return false;
  layers().erase(layers().begin() + row);
  changed();
  selectLayer(std::min(row, layerCount() - 1));
  return true;
}

bool DesignerView::moveLayer(int row, int delta) {
  const int to = row + delta;
  if (row < 0 || row >= layerCount() || to < 0 || to >= layerCount()) return false;
  std::swap(layers()[std::size_t(row)], layers()[std::size_t(to)]);
  changed();
  selectLayer(to);
  return true;
}

void DesignerView::setLayerType(int row, const QString& type) {
  if (row < 0 || row >= layerCount()) return;
  layers()[std::size_t(row)] = defaultLayer(type);
  changed();
  rebuildEditor();
}

void DesignerView::setLayerField(int row, const std::string& key, const nlohmann::json& value) {
  if (row < 0 || row >= layerCount()) return;
  auto& layer = layers()[std::size_t(row)];
  if (value.is_null()) layer.erase(key);
  else layer[key] = value;
  changed();
}

void DesignerView::setInputField(const std::string& key, const nlohmann::json& value) {
  spec_["input"][key] = value;
  refreshTopControls();
  changed();
}

void DesignerView::setTopField(const std::string& key, const std::string& value) {
  spec_[key] = value;
  refreshTopControls();
  changed();
}

void DesignerView::selectLayer(int row) {
  {
    const QSignalBlocker block(table_);
    table_->clearSelection();
    if (row >= 0 && row < table_->rowCount()) table_->selectRow(row);
  }
  rebuildEditor();
}

int DesignerView::selectedLayer() const {
  const auto rows = table_->selectionModel()->selectedRows();
  return rows.isEmpty() ? -1 : rows.front().row();
}

bool DesignerView::loadFile(const QString& path, QString* error) {
  try {
    const nlohmann::json spec = readSpecFile(path.toStdString());
    inspectSpec(spec);  // a document without input or layers is refused, not half-loaded
    setSpec(spec, QFileInfo(path).completeBaseName());
    return true;
  } catch (const std::exception& e) {
    if (error) *error = engineText(std::string(e.what()));
    return false;
  }
}

bool DesignerView::saveFile(const QString& path, QString* error) const {
  const std::string text = spec_.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return PlotExport::writeFile(path, QByteArray::fromStdString(text), error);
}

bool DesignerView::trainInDashboard(QString* error) {
  QString reason;
  if (!check_.ok()) {
    reason = tr("Cannot train yet: %1").arg(engineText(check_.error));
  } else if (session_.useNetwork(spec_, name_.isEmpty() ? tr("designed network") : name_, &reason)) {
    followedSpec_ = session_.config().spec;
    emit showViewRequested("dashboard");
    return true;
  }
  status_->setText("✗ " + reason);
  status_->setStyleSheet("QLabel { color: #b3261e; }");
  if (error) *error = reason;
  return false;
}

// No column wider than a sixth of the view (the table has about two thirds of it): the settings
// ("5 kernels 3×3, bias per output") elide, their whole text the cell's tooltip, where at 1280×720
// in presenter mode they pushed Parameters and Check behind a sideways scroll bar.
void DesignerView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  table_->horizontalHeader()->setMaximumSectionSize(std::max(150, event->size().width() / 6));
}

void DesignerView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  // Follow the data the session trains on: its classes are the class count.
  if (const auto train = session_.trainSet()) setClassCount(int(train->classCount()));
}

void DesignerView::changed() {
  check_ = checkSpec(spec_, std::size_t(classCount()));
  refreshTable();
  const nlohmann::json input = spec_.contains("input") && spec_["input"].is_object() ? spec_["input"] : nlohmann::json::object();
  const Shape inputShape{std::size_t(std::max(0LL, intField(input, "depth", 1))),
                         std::size_t(std::max(0LL, intField(input, "height", 0))),
                         std::size_t(std::max(0LL, intField(input, "width", 0)))};
  flow_->setCheck(inputShape, check_);
  refreshEditorShapes();
  totalLabel_->setText(check_.layers.empty()
                           ? QString()
                           : tr("Total: %1 parameters   ·   %2 layers   ·   %3 → %4")
                                 .arg(groupedNumber(check_.parameters))
                                 .arg(layerCount())
                                 .arg(QString::fromStdString(inputShape.str()))
                                 .arg(check_.ok() ? QString::fromStdString(check_.outputShape.str()) : "?"));
  if (check_.ok()) {
    status_->setText(tr("✓ Ready to train: every shape fits and the network ends with %1 outputs for %2 classes.")
                         .arg(check_.outputShape.size())
                         .arg(classCount()));
    status_->setStyleSheet("QLabel { color: #1e7b1e; }");
  } else {
    status_->setText("✗ " + engineText(check_.error));
    status_->setStyleSheet("QLabel { color: #b3261e; }");
  }
  trainButton_->setEnabled(check_.ok());
  trainButton_->setToolTip(check_.ok() ? tr("Train this network in the Train tab")
                                       : tr("Fix the problem first: %1").arg(engineText(check_.error)));
  emit specChanged();
}

void DesignerView::refreshTable() {
  const int selected = selectedLayer();
  updating_ = true;
  table_->setRowCount(layerCount());
  for (int row = 0; row < layerCount(); ++row) {
    const nlohmann::json& layer = spec_["layers"][std::size_t(row)];
    const LayerInfo* info = std::size_t(row) < check_.layers.size() ? &check_.layers[std::size_t(row)] : nullptr;
    const bool bad = info && !info->error.empty() && info->error != "after an invalid layer";
    const bool unknown = !info || info->error == "after an invalid layer";
    QStringList cells(kColumns);
    cells[kIndex] = QString::number(row + 1);
    cells[kType] = layer.is_object() && layer.contains("type") && layer["type"].is_string()
                       ? QString::fromStdString(layer["type"].get<std::string>())
                       : "?";
    cells[kSettings] = settingsText(layer);
    cells[kShape] = info && !bad && !unknown ? QString::fromStdString(info->outputShape.str()) : "?";
    cells[kParameters] = info && !bad && !unknown ? groupedNumber(info->parameters) : "";
    if (bad) {
      // The reason without the "layer N (type): " prefix the row already shows.
      QString reason = QString::fromStdString(info->error);
      const int colon = reason.indexOf("): ");
      cells[kCheck] = "✗ " + (colon >= 0 ? reason.mid(colon + 3) : reason);
    } else {
      cells[kCheck] = unknown ? tr("(after the problem)") : "✓";
    }
    for (int column = 0; column < kColumns; ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      item->setToolTip(cells[column]);  // whole, where the column elides it
      if (column == kIndex || column == kParameters) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (bad) {
        item->setBackground(QColor("#fde2df"));
        item->setForeground(QColor("#b3261e"));
        item->setToolTip(QString::fromStdString(info->error));
      } else if (unknown) {
        item->setForeground(QColor("#8a8a8a"));
      } else if (column == kCheck) {
        item->setForeground(QColor("#1e7b1e"));
      }
      if (column == kType || (bad && column == kCheck)) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
      }
      table_->setItem(row, column, item);
    }
  }
  if (selected >= 0 && selected < layerCount()) table_->selectRow(selected);
  updating_ = false;
  const int current = selectedLayer();
  removeButton_->setEnabled(current >= 0);
  upButton_->setEnabled(current > 0);
  downButton_->setEnabled(current >= 0 && current + 1 < layerCount());
}

void DesignerView::refreshTopControls() {
  updating_ = true;
  const nlohmann::json input = spec_.contains("input") && spec_["input"].is_object() ? spec_["input"] : nlohmann::json::object();
  depthBox_->setValue(int(intField(input, "depth", 1)));
  heightBox_->setValue(int(intField(input, "height", 28)));
  widthBox_->setValue(int(intField(input, "width", 28)));
  const std::string loss = spec_.value("loss", nlohmann::json("binary_cross_entropy")).is_string()
                               ? spec_.value("loss", std::string("binary_cross_entropy"))
                               : "";
  lossBox_->setCurrentText(QString::fromStdString(loss));
  const std::string init = spec_.value("init", nlohmann::json("uniform_fan_in")).is_string()
                               ? spec_.value("init", std::string("uniform_fan_in"))
                               : "";
  initBox_->setCurrentText(QString::fromStdString(init));
  updating_ = false;
}

void DesignerView::refreshEditorShapes() {
  const int row = selectedLayer();
  if (!editorShapes_ || row < 0 || std::size_t(row) >= check_.layers.size()) return;
  const LayerInfo& info = check_.layers[std::size_t(row)];
  editorShapes_->setText(info.error.empty() ? tr("%1  →  %2\n%3 parameters")
                                                  .arg(QString::fromStdString(info.inputShape.str()),
                                                       QString::fromStdString(info.outputShape.str()),
                                                       groupedNumber(info.parameters))
                                            : QString::fromStdString(info.error));
  editorShapes_->setStyleSheet(palette::textColour(info.error.empty() ? palette::kRight : palette::kError));
  type_scale::setTextPixels(editorShapes_, 17, !info.error.empty());
}

void DesignerView::rebuildEditor() {
  // A field the keyboard was in comes back with the focus (a new type rebuilds every field).
  const QWidget* focused = QApplication::focusWidget();
  const QString focusedField = focused && editorBox_->isAncestorOf(focused) ? focused->objectName() : QString();
  editorShapes_ = nullptr;
  while (editorForm_->rowCount() > 0) editorForm_->removeRow(0);
  const int row = selectedLayer();
  removeButton_->setEnabled(row >= 0);
  upButton_->setEnabled(row > 0);
  downButton_->setEnabled(row >= 0 && row + 1 < layerCount());
  if (row < 0) {
    editorBox_->setTitle(tr("Selected layer"));
    editorForm_->addRow(new QLabel(tr("Select a layer in the table to edit it.")));
    return;
  }
  const nlohmann::json layer = spec_["layers"][std::size_t(row)];
  const QString type = layer.is_object() && layer.contains("type") && layer["type"].is_string()
                           ? QString::fromStdString(layer["type"].get<std::string>())
                           : QString();
  editorBox_->setTitle(tr("Layer %1").arg(row + 1));

  auto* typeBox = new QComboBox;
  typeBox->setObjectName("field_type");
  const QStringList types = typeNames();
  typeBox->addItems(types);
  if (!types.contains(type)) typeBox->addItem(type.isEmpty() ? "?" : type);
  typeBox->setCurrentText(type.isEmpty() ? "?" : type);
  connect(typeBox, &QComboBox::currentTextChanged, this, [this, row](const QString& t) {
    // Queued: the combo box is deleted by the rebuild that the type change causes.
    QMetaObject::invokeMethod(this, [this, row, t] { setLayerType(row, t); }, Qt::QueuedConnection);
  });
  editorForm_->addRow(tr("Type"), typeBox);

  // One editor per registry field: integer → spin box over its limits, number → double spin box,
  // choice → combo box of its labelled values.
  const LayerType* entry = findLayerType(type.toStdString());
  if (entry) {
    for (const LayerField& field : entry->fields) {
      const nlohmann::json value = editorValue(*entry, field, layer);
      QWidget* editor = nullptr;
      switch (field.kind) {
        case FieldKind::Integer: {
          auto* box = spinBox(int(field.minimum), int(field.maximum), int(value.get<long long>()));
          connect(box, &QSpinBox::valueChanged, this, [this, row, key = field.key](int v) { setLayerField(row, key, v); });
          editor = box;
          break;
        }
        case FieldKind::Number: {
          auto* box = new QDoubleSpinBox;
          box->setRange(field.editorMinimum, field.editorMaximum);
          box->setSingleStep(field.step);
          box->setValue(value.get<double>());
          connect(box, &QDoubleSpinBox::valueChanged, this,
                  [this, row, key = field.key](double v) { setLayerField(row, key, v); });
          editor = box;
          break;
        }
        case FieldKind::Choice: {
          auto* box = new QComboBox;
          for (const FieldChoice& choice : field.choices)
            box->addItem(engineText(choice.label), QString::fromStdString(choice.value));
          box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(value.get<std::string>()))));
          connect(box, &QComboBox::currentIndexChanged, this, [this, row, box, key = field.key] {
            setLayerField(row, key, box->currentData().toString().toStdString());
          });
          editor = box;
          break;
        }
      }
      editor->setObjectName(QString::fromStdString("field_" + field.key));
      editor->setToolTip(engineText(field.help));
      editorForm_->addRow(engineText(field.label), editor);
    }
  }
  if (!entry || entry->fields.empty()) {
    auto* note = new QLabel(entry ? engineText(entry->summary) : tr("Unknown layer type."));
    note->setWordWrap(true);
    editorForm_->addRow(note);
  }
  editorShapes_ = new QLabel;
  editorShapes_->setWordWrap(true);
  editorForm_->addRow(editorShapes_);
  refreshEditorShapes();
  if (!focusedField.isEmpty())
    if (QWidget* again = editorBox_->findChild<QWidget*>(focusedField)) again->setFocus(Qt::OtherFocusReason);
}

}  // namespace cnnlab
