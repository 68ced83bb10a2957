// PLACEHOLDER, to be replaced by its owner: StepperView.
#pragma once

#include <QWidget>

namespace cnnlab {

class StepperView : public QWidget {
  Q_OBJECT

 public:
  explicit StepperView(QWidget* parent = nullptr);
  // Opens a built-in example (notebook-valid, …) advanced by step steps; false if unknown.
  bool openExample(const QString& name, int step);
};

}  // namespace cnnlab
