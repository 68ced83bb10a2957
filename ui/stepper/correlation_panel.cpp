#include "ui/stepper/correlation_panel.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringList>
#include <QToolButton>

#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "ui/stepper/matrix_edit.hpp"

namespace cnnlab {

QString matrixToText(const arma::mat& m) {
  QStringList rows;
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    QStringList values;
    for (std::size_t c = 0; c < m.n_cols; ++c) values << QString::number(m(r, c), 'g', 6);
    rows << values.join(' ');
  }
  return rows.join("; ");
}

template <typename SpinBox>
void setRegistryRange(SpinBox* box, std::string_view parameter) {
  const ExampleParameter& p = exampleParameter(parameter);
  box->setRange(p.lowest, p.highest);
}
template void setRegistryRange(QSpinBox*, std::string_view);
template void setRegistryRange(QDoubleSpinBox*, std::string_view);

CorrelationPanel::CorrelationPanel(QWidget* parent) : QWidget(parent) {
  const int side = int(exampleParameter("input").highest);
  inputEdit_ = new MatrixEdit(tr("Rows separated by ';', e.g. 1 6 2; 5 3 1; 7 0 9 (up to %1×%1)").arg(side), side);
  inputEdit_->setObjectName("input");
  kernelEdit_ = new MatrixEdit(tr("Rows separated by ';', e.g. 1 2; -1 0 (up to %1×%1)").arg(side), side);
  kernelEdit_->setObjectName("kernel");
  kernelEdit_->setMaximumWidth(200);
  modeBox_ = new QComboBox;
  modeBox_->setObjectName("mode");
  modeBox_->addItem(tr("valid"));
  modeBox_->addItem(tr("full"));
  operationBox_ = new QComboBox;
  operationBox_->setObjectName("operation");
  operationBox_->addItem(tr("★ correlate"));
  operationBox_->addItem(tr("* convolve"));
  paddingBox_ = new QSpinBox;
  paddingBox_->setObjectName("padding");
  setRegistryRange(paddingBox_, "padding");
  paddingBox_->setPrefix(tr("pad "));
  strideBox_ = new QSpinBox;
  strideBox_->setObjectName("stride");
  setRegistryRange(strideBox_, "stride");
  strideBox_->setPrefix(tr("stride "));
  // A tool button is as wide as its word; a push button is at least 80 px, which German's row lacks.
  auto* apply = new QToolButton;
  apply->setText(tr("Apply"));
  apply->setObjectName("apply");
  apply->setToolTip(tr("Step through these matrices (Enter in a matrix field)"));
  // Names for a screen reader: the labels for the fields, and what the boxes choose (their text
  // alone is only the choice: "valid", "pad 0").
  modeBox_->setAccessibleName(tr("Mode"));
  modeBox_->setAccessibleDescription(tr("valid: the kernel stays inside the input; full: it slides over the zero border too"));
  operationBox_->setAccessibleName(tr("Operation"));
  operationBox_->setAccessibleDescription(tr("Correlate, or convolve (correlate with the kernel rotated by 180°)"));
  paddingBox_->setAccessibleName(tr("Padding"));
  paddingBox_->setAccessibleDescription(tr("Rings of zeros around the input (valid mode)"));
  strideBox_->setAccessibleName(tr("Stride"));
  strideBox_->setAccessibleDescription(tr("Cells the window moves at each step"));
  auto* inputLabel = new QLabel(tr("Input"));
  inputLabel->setBuddy(inputEdit_);
  auto* kernelLabel = new QLabel(tr("Kernel"));
  kernelLabel->setBuddy(kernelEdit_);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(inputLabel);
  layout->addWidget(inputEdit_, 2);
  layout->addWidget(kernelLabel);
  layout->addWidget(kernelEdit_, 1);
  layout->addWidget(modeBox_);
  layout->addWidget(operationBox_);
  layout->addWidget(paddingBox_);
  layout->addWidget(strideBox_);
  layout->addWidget(apply);

  connect(apply, &QToolButton::clicked, this, &CorrelationPanel::applyRequested);
  connect(inputEdit_, &QLineEdit::returnPressed, apply, &QToolButton::click);
  connect(kernelEdit_, &QLineEdit::returnPressed, apply, &QToolButton::click);
  connect(modeBox_, &QComboBox::currentIndexChanged, this, [this] {
    paddingBox_->setEnabled(modeBox_->currentIndex() == 0);
    emit optionsChanged();
  });
  connect(operationBox_, &QComboBox::currentIndexChanged, this, &CorrelationPanel::optionsChanged);
  connect(paddingBox_, &QSpinBox::valueChanged, this, &CorrelationPanel::optionsChanged);
  connect(strideBox_, &QSpinBox::valueChanged, this, &CorrelationPanel::optionsChanged);
}

QString CorrelationPanel::inputText() const { return inputEdit_->text(); }
QString CorrelationPanel::kernelText() const { return kernelEdit_->text(); }

CorrelationOptions CorrelationPanel::options() const {
  CorrelationOptions options;
  options.mode = modeBox_->currentIndex() == 1 ? CorrelationMode::Full : CorrelationMode::Valid;
  options.operation = operationBox_->currentIndex() == 1 ? Operation::Convolve : Operation::Correlate;
  options.padding = options.mode == CorrelationMode::Full ? 0 : std::size_t(paddingBox_->value());
  options.stride = std::size_t(strideBox_->value());
  return options;
}

void CorrelationPanel::showStage(const TeachingStage& stage) {
  const QSignalBlocker a(modeBox_), b(operationBox_), c(paddingBox_), d(strideBox_);
  inputEdit_->setMatrixText(matrixToText(stage.left));
  kernelEdit_->setMatrixText(stage.kernel.is_empty() ? QString() : matrixToText(stage.kernel));
  if (stage.trace) {
    const CorrelationOptions& o = stage.trace->options;
    modeBox_->setCurrentIndex(o.mode == CorrelationMode::Full ? 1 : 0);
    operationBox_->setCurrentIndex(o.operation == Operation::Convolve ? 1 : 0);
    paddingBox_->setValue(int(o.padding));
    strideBox_->setValue(int(o.stride));
  }
  paddingBox_->setEnabled(modeBox_->currentIndex() == 0);
}

}  // namespace cnnlab
