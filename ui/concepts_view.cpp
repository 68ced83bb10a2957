// PLACEHOLDER, to be replaced by its owner: ConceptsView.
#include "ui/concepts_view.hpp"

namespace cnnlab {

ConceptsView::ConceptsView(QWidget* parent) : QWidget(parent) {}

}  // namespace cnnlab
