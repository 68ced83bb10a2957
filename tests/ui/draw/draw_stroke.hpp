// Drawing in tests: a stroke sent through DigitCanvas's own mouse handlers, as a student's would be.
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QPointF>
#include <QVector>

#include <algorithm>

#include "ui/draw/digit_canvas.hpp"

namespace cnnlab::testing {

// A press, moves and a release through the canvas' event handlers, points relative to its side.
inline void drawStroke(DigitCanvas* canvas, const QVector<QPointF>& points) {
  const double side = std::min(canvas->width(), canvas->height());
  const QPointF origin((canvas->width() - side) / 2, (canvas->height() - side) / 2);
  auto at = [&](const QPointF& p) { return origin + p * side; };
  QMouseEvent press(QEvent::MouseButtonPress, at(points.front()), canvas->mapToGlobal(at(points.front())),
                    Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(canvas, &press);
  for (qsizetype i = 1; i < points.size(); ++i) {
    QMouseEvent move(QEvent::MouseMove, at(points[i]), canvas->mapToGlobal(at(points[i])), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
  }
  QMouseEvent release(QEvent::MouseButtonRelease, at(points.back()), canvas->mapToGlobal(at(points.back())),
                      Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(canvas, &release);
}

}  // namespace cnnlab::testing
