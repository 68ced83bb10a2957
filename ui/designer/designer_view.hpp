// The network designer: a JSON network spec (docs/network-format.md) edited layer by layer, with
// every layer's output shape and parameter count inferred live and an impossible network
// explained on the offending layer before it can be trained.
#pragma once

#include <QWidget>
#include <nlohmann/json.hpp>

#include "engine/network_spec.hpp"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cnnlab {

class TrainingSession;
class NetworkFlow;

class DesignerView : public QWidget {
  Q_OBJECT

 public:
  // Opens on session's current network and follows it until the user edits; "Train this
  // network" hands the spec to session, which must outlive the view.
  explicit DesignerView(TrainingSession& session, QWidget* parent = nullptr);

  // The spec being designed, exactly as it would be saved.
  const nlohmann::json& spec() const { return spec_; }
  // Replaces the whole spec (kept even when invalid: the table explains what is wrong).
  void setSpec(const nlohmann::json& spec, const QString& name = {});
  // Starts from a preset's network (seed-binary, mlp, lenet5); false for an unknown name.
  bool loadPreset(const QString& name);
  // Layers' shapes and parameters and the first problem, against classCount() outputs.
  const SpecCheck& check() const { return check_; }
  QString name() const { return name_; }

  // The number of classes the network's last layer must produce.
  void setClassCount(int classes);
  int classCount() const;

  // Editing; rows are 0-based layer indices. The buttons and the layer editor call these.
  void addLayer(const QString& type, int at = -1);  // at −1: after the selected layer (or at the end)
  bool removeLayer(int row);
  bool moveLayer(int row, int delta);               // −1 up, +1 down
  void setLayerType(int row, const QString& type);  // resets the layer to that type's defaults
  void setLayerField(int row, const std::string& key, const nlohmann::json& value);
  void setInputField(const std::string& key, const nlohmann::json& value);  // depth, height, width
  void setTopField(const std::string& key, const std::string& value);       // loss, init
  void selectLayer(int row);
  int selectedLayer() const;

  // Files; on error the current spec stays and *error holds one line.
  bool loadFile(const QString& path, QString* error = nullptr);
  bool saveFile(const QString& path, QString* error = nullptr) const;

  // Hands the spec to the session (TrainingSession::useNetwork) and asks for the Train tab. Refused,
  // with the reason in the status line and *error, while the spec is invalid or does not fit the data.
  bool trainInDashboard(QString* error = nullptr);

  QTableWidget* table() const { return table_; }
  QPushButton* trainButton() const { return trainButton_; }
  QLabel* statusLabel() const { return status_; }
  QGroupBox* layerEditor() const { return editorBox_; }

 signals:
  void specChanged();
  // Asks the window to show a view by its command-line name ("dashboard").
  void showViewRequested(const QString& name);

 protected:
  void showEvent(QShowEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void changed();             // re-check, refresh the table, the totals and the status
  void refreshTable();
  void rebuildEditor();       // the form for the selected layer's fields
  void refreshTopControls();  // input, loss, init widgets from spec_
  void refreshEditorShapes(); // the selected layer's shapes or error under its form
  void followSession();        // take the session's network, unless the user changed ours
  nlohmann::json& layers() { return spec_["layers"]; }
  int layerCount() const;

  nlohmann::json spec_;
  SpecCheck check_;
  QString name_;
  TrainingSession& session_;
  nlohmann::json followedSpec_;  // the session's spec we last took; spec_ differs once edited
  bool updating_ = false;

  QComboBox* presetBox_;
  QSpinBox *depthBox_, *heightBox_, *widthBox_, *classesBox_;
  QComboBox *lossBox_, *initBox_, *addTypeBox_;
  QTableWidget* table_;
  NetworkFlow* flow_;
  QGroupBox* editorBox_;
  QFormLayout* editorForm_;
  QLabel *totalLabel_, *status_, *editorShapes_ = nullptr;
  QPushButton *addButton_, *removeButton_, *upButton_, *downButton_, *trainButton_;
};

}  // namespace cnnlab
