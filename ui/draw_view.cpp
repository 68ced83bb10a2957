// PLACEHOLDER, to be replaced by its owner: DrawView.
#include "ui/draw_view.hpp"

namespace cnnlab {

DrawView::DrawView(QWidget* parent) : QWidget(parent) {}

}  // namespace cnnlab
