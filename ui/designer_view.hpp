// PLACEHOLDER, to be replaced by its owner: DesignerView.
#pragma once

#include <QWidget>

namespace cnnlab {

class DesignerView : public QWidget {
  Q_OBJECT

 public:
  explicit DesignerView(QWidget* parent = nullptr);
};

}  // namespace cnnlab
