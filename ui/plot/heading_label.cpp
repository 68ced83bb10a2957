// Bold heading labels.
#include "ui/plot/heading_label.hpp"

#include <QLabel>

namespace cnnlab {

QLabel* makeHeading(const QString& text, int points) {
  auto* label = new QLabel(text);
  QFont font = label->font();
  font.setPointSize(points);
  font.setBold(true);
  label->setFont(font);
  return label;
}

}  // namespace cnnlab
