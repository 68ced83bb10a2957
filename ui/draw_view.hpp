// PLACEHOLDER, to be replaced by its owner: DrawView.
#pragma once

#include <QWidget>

namespace cnnlab {

class DrawView : public QWidget {
  Q_OBJECT

 public:
  explicit DrawView(QWidget* parent = nullptr);
};

}  // namespace cnnlab
