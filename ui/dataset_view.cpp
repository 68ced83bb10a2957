// PLACEHOLDER, to be replaced by its owner: DatasetView.
#include "ui/dataset_view.hpp"

namespace cnnlab {

DatasetView::DatasetView(QWidget* parent) : QWidget(parent) {}

}  // namespace cnnlab
