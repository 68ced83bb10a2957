// The dashboard's Health section: per layer, the fraction of saturated sigmoid/tanh outputs or
// dead ReLUs, the gradient norm and the update/weight ratio, as the worker measured them on a
// probe batch; and the stuck-run banner, shown above every section. A value in trouble is flagged
// on amber (a warning) or in the app's "wrong" colour (an alarm), with its reason in plain words.
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

  // What the table says of one layer: fine, a warning or an alarm, the column of the value to
  // flag (−1: none) and the reason in plain words ("⚠ 31.2 % of its units are 0 for every image: …").
  enum class Level { Fine, Warning, Alarm };
  struct Flag {
    Level level = Level::Fine;
    int column = -1;
    QString reason;
  };
  static Flag flagOf(const LayerHealth& health);

 private:
  QLabel* banner_;
  QLabel* caption_;
  QTableWidget* table_;
};

}  // namespace cnnlab
