// The dashboard's Health section: per layer, the fraction of saturated sigmoid/tanh outputs or
// dead ReLUs, the gradient norm and the update/weight ratio, as the worker measured them on a
// probe batch; and the stuck-run banner, shown above every section.
#pragma once

#include <QWidget>

#include "ui/training/training_snapshot.hpp"

class QLabel;
class QTableWidget;

namespace cnnlab {

class HealthView : public QWidget {
  Q_OBJECT

 public:
  explicit HealthView(QWidget* parent = nullptr);

  // The stuck-run banner: a separate widget so the dashboard can place it above its sections.
  // Hidden until the detector fires; it says what is wrong and what to try.
  QLabel* banner() const { return banner_; }
  // Draws the snapshot's health (when it has the Health part) and its stuck sentence.
  void showSnapshot(const TrainingSnapshot& snapshot);
  QTableWidget* table() const { return table_; }

 private:
  QLabel* banner_;
  QLabel* caption_;
  QTableWidget* table_;
};

}  // namespace cnnlab
