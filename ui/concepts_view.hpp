// PLACEHOLDER, to be replaced by its owner: ConceptsView.
#pragma once

#include <QWidget>

namespace cnnlab {

class ConceptsView : public QWidget {
  Q_OBJECT

 public:
  explicit ConceptsView(QWidget* parent = nullptr);
};

}  // namespace cnnlab
