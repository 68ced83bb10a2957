// The Step-through controls of a correlation: the input and kernel matrices and the operation's
// options (mode, correlate or convolve, padding, stride), with the registry's limits.
#pragma once

#include <QString>
#include <QWidget>

#include "engine/teaching/correlation.hpp"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cnnlab {

class MatrixEdit;
struct TeachingStage;

class CorrelationPanel : public QWidget {
  Q_OBJECT

 public:
  explicit CorrelationPanel(QWidget* parent = nullptr);

  QString inputText() const;
  QString kernelText() const;
  CorrelationOptions options() const;

  // Shows a correlation's operands and options (the first stage of the example on screen),
  // without emitting optionsChanged.
  void showStage(const TeachingStage& stage);

 signals:
  void applyRequested();  // Apply, or Enter in a matrix field
  void optionsChanged();  // mode, operation, padding or stride changed by the user

 private:
  MatrixEdit* inputEdit_ = nullptr;
  MatrixEdit* kernelEdit_ = nullptr;
  QComboBox* modeBox_ = nullptr;
  QComboBox* operationBox_ = nullptr;
  QSpinBox* paddingBox_ = nullptr;
  QSpinBox* strideBox_ = nullptr;
};

// "1 6 2; 5 3 1; 7 0 9" with ASCII minus, so parseMatrix reads it back.
QString matrixToText(const arma::mat& m);

// A spin box's range is its parameter's, from the example registry (the CLI and the classroom
// refuse the same values).
template <typename SpinBox>
void setRegistryRange(SpinBox* box, std::string_view parameter);

}  // namespace cnnlab
