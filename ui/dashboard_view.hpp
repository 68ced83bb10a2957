// PLACEHOLDER, to be replaced by its owner: DashboardView (the training dashboard). The public
// API below is the contract other views and app/gui_main.cpp rely on; keep it.
#pragma once

#include <QWidget>
#include <nlohmann/json.hpp>

#include "engine/dataset.hpp"
#include "ui/model_snapshot.hpp"

namespace cnnlab {

class DashboardView : public QWidget {
  Q_OBJECT

 public:
  explicit DashboardView(QWidget* parent = nullptr);

  // "dashboard", "kernels" or "feature-maps": brings that part of the dashboard to the front.
  bool showSection(const QString& name);
  // Loads a preset by name (seed-binary, mlp, lenet5); false if unknown.
  bool selectPreset(const QString& name);
  // Starts training (the current preset) for n epochs through the worker; emits epochsCompleted.
  void runEpochs(int n);

  // Stops any run and trains this network next (from the designer). Returns false and leaves
  // everything as it was, with the reason in *error, when it does not fit the current data.
  bool useNetwork(const nlohmann::json& spec, const QString& name, QString* error = nullptr);
  // Stops any run and uses this data next (from the dataset browser); classes/limits as given.
  bool useData(const RawSplit& data, const Selection& train, const Selection& test, const QString& name,
               QString* error = nullptr);
  // The current model (spec + weights + class labels), or null before one exists.
  ModelSnapshotPtr currentModel() const;

 signals:
  void epochsCompleted();
  // The weights changed (throttled: at most a few times per second).
  void modelChanged(cnnlab::ModelSnapshotPtr model);
};

}  // namespace cnnlab
