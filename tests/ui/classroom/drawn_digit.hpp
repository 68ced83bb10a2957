// Digits drawn as a phone's page draws them, for the tests of the predict API and the class's
// drawings: a 0 (an ellipse) or a 1 (a stroke), larger than 28 × 28, and as PNG bytes.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>

namespace cnnlab::testing {

inline QImage drawnDigit(int which, QColor paper, QColor ink, int shift = 0) {
  QImage image(200, 200, QImage::Format_RGB32);
  image.fill(paper);
  QPainter painter(&image);
  painter.setPen(QPen(ink, 18, Qt::SolidLine, Qt::RoundCap));
  if (which == 0) painter.drawEllipse(50 + shift, 30, 100, 140);
  else painter.drawLine(100 + shift, 30, 100 + shift, 170);
  painter.end();
  return image;
}

inline QByteArray png(const QImage& image) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

}  // namespace cnnlab::testing
