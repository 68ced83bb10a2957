// PLACEHOLDER, to be replaced by its owner: DesignerView.
#include "ui/designer_view.hpp"

namespace cnnlab {

DesignerView::DesignerView(QWidget* parent) : QWidget(parent) {}

}  // namespace cnnlab
