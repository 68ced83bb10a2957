// PLACEHOLDER, to be replaced by its owner: DatasetView.
#pragma once

#include <QWidget>

namespace cnnlab {

class DatasetView : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetView(QWidget* parent = nullptr);
};

}  // namespace cnnlab
