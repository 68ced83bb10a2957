// Bold heading labels.
#include "ui/plot/heading_label.hpp"
#include "ui/type_scale.hpp"

#include <QLabel>
#include <cmath>

namespace cnnlab {

QLabel* makeHeading(const QString& text, int points) {
  auto* label = new QLabel(text);
  type_scale::setTextPixels(label, int(std::lround(points * 4.0 / 3.0)), true);
  return label;
}

}  // namespace cnnlab
