// A bold heading label at a given point size, the way the Data and Draw tabs title their panels.
#pragma once

#include <QString>

class QLabel;

namespace cnnlab {

QLabel* makeHeading(const QString& text, int points);

}  // namespace cnnlab
