// PLACEHOLDER, to be replaced by its owner: StepperView.
#include "ui/stepper_view.hpp"

namespace cnnlab {

StepperView::StepperView(QWidget* parent) : QWidget(parent) {}
bool StepperView::openExample(const QString&, int) { return false; }

}  // namespace cnnlab
