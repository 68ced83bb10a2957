// The Efficiency tab (the notes' §0.4): where a preset's training step spends its time, per layer,
// as stacked bars of forward, backward and update µs, with each layer's share and GFLOP/s. The
// profile (engine/profile.hpp) runs on a pool thread; the view stays responsive.
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

#include "engine/profile.hpp"

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cnnlab {

class ProfileView : public QWidget {
  Q_OBJECT

 public:
  explicit ProfileView(QWidget* parent = nullptr);
  ~ProfileView() override;  // waits for a profile under way

  bool selectPreset(const QString& name);
  void setBatch(int batch);  // 0: the preset's
  // Starts profiling; profiled() follows.
  void profile();
  bool busy() const;
  const std::optional<ProfileResult>& result() const { return result_; }
  QCustomPlot* plot() const { return plot_; }
  QString summary() const;

 signals:
  void profiled();

 private:
  void showResult(const ProfileResult& result);

  QComboBox* presetBox_;
  QSpinBox* batchSpin_;
  QPushButton* runButton_;
  QLabel* summary_;
  QCustomPlot* plot_;
  QFutureWatcher<ProfileResult> watcher_;
  std::optional<ProfileResult> result_;
};

}  // namespace cnnlab
