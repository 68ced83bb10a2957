// Drawing with the mouse, rendering strokes antialiased, and the built-in example digits.
#include "ui/draw/digit_canvas.hpp"
#include "ui/type_scale.hpp"

#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace cnnlab {

namespace {

// An arc of an ellipse centred at (cx, cy) with radii (rx, ry) from angle a to b (radians, y down).
DigitCanvas::Stroke arc(double cx, double cy, double rx, double ry, double a, double b, int points = 40) {
  DigitCanvas::Stroke stroke;
  for (int i = 0; i <= points; ++i) {
    const double t = a + (b - a) * i / points;
    stroke << QPointF(cx + rx * std::cos(t), cy + ry * std::sin(t));
  }
  return stroke;
}

}  // namespace

DigitCanvas::DigitCanvas(QWidget* parent) : QWidget(parent) {
  setMinimumSize(420, 420);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setCursor(Qt::CrossCursor);
  setToolTip(tr("Draw a digit with the mouse"));
  setAccessibleName(tr("Drawing canvas"));
  setAccessibleDescription(tr("Draw a digit with the mouse. From the keyboard: 0 to 9 draw an example of that digit, "
                              "Backspace undoes a stroke, Delete clears"));
  setFocusPolicy(Qt::StrongFocus);
}

void DigitCanvas::keyPressEvent(QKeyEvent* event) {
  const int key = event->key();
  if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
    if (event->matches(QKeySequence::Undo)) undo();
    else QWidget::keyPressEvent(event);
    return;
  }
  if (key >= Qt::Key_0 && key <= Qt::Key_9) drawExample(key - Qt::Key_0);
  else if (key == Qt::Key_Backspace) undo();
  else if (key == Qt::Key_Delete) clear();
  else QWidget::keyPressEvent(event);
}

QRectF DigitCanvas::square() const {
  const double side = std::min(width(), height());
  return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

QPointF DigitCanvas::relative(const QPointF& position) const {
  const QRectF area = square();
  return {std::clamp((position.x() - area.left()) / area.width(), 0.0, 1.0),
          std::clamp((position.y() - area.top()) / area.height(), 0.0, 1.0)};
}

void DigitCanvas::paintStrokes(QPainter& painter, double side) const {
  painter.setRenderHint(QPainter::Antialiasing);
  QPen pen(Qt::white, kPenWidth * side, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  painter.setPen(pen);
  painter.setBrush(Qt::NoBrush);
  for (const Stroke& stroke : strokes_) {
    if (stroke.size() == 1) {
      painter.drawPoint(stroke.front() * side);
      continue;
    }
    QPainterPath path(stroke.front() * side);
    for (qsizetype i = 1; i < stroke.size(); ++i) path.lineTo(stroke[i] * side);
    painter.drawPath(path);
  }
}

arma::fmat DigitCanvas::image(int side) const {
  QImage picture(side, side, QImage::Format_Grayscale8);
  picture.fill(Qt::black);
  {
    QPainter painter(&picture);
    paintStrokes(painter, side);
  }
  arma::fmat pixels(side, side);
  for (int r = 0; r < side; ++r) {
    const uchar* line = picture.constScanLine(r);
    for (int c = 0; c < side; ++c) pixels(r, c) = float(line[c]) / 255.0f;
  }
  return pixels;
}

void DigitCanvas::addStroke(const Stroke& stroke) {
  if (stroke.isEmpty()) return;
  strokes_ << stroke;
  update();
  emit changed();
}

void DigitCanvas::drawExample(int digit) {
  using std::numbers::pi;
  strokes_.clear();
  switch (digit) {
    case 0: strokes_ << arc(0.5, 0.5, 0.2, 0.3, 0, 2 * pi, 60); break;
    case 1: strokes_ << Stroke{{0.42, 0.3}, {0.53, 0.2}, {0.53, 0.8}}; break;
    case 2:
      strokes_ << (arc(0.5, 0.36, 0.17, 0.15, pi * 1.05, pi * 2.2) + Stroke{{0.34, 0.78}, {0.68, 0.78}});
      break;
    case 3:
      strokes_ << (arc(0.5, 0.35, 0.16, 0.14, pi * 1.1, pi * 2.5) + arc(0.5, 0.63, 0.18, 0.16, pi * 1.5, pi * 2.85));
      break;
    case 4: strokes_ << Stroke{{0.58, 0.2}, {0.32, 0.6}, {0.7, 0.6}} << Stroke{{0.6, 0.38}, {0.6, 0.82}}; break;
    case 5:
      strokes_ << (Stroke{{0.66, 0.22}, {0.4, 0.22}, {0.37, 0.47}} + arc(0.5, 0.6, 0.18, 0.17, pi * 1.25, pi * 2.75));
      break;
    case 6: strokes_ << (Stroke{{0.62, 0.2}, {0.4, 0.45}} + arc(0.5, 0.62, 0.16, 0.17, pi, pi * 3)); break;
    case 7: strokes_ << Stroke{{0.3, 0.22}, {0.7, 0.22}, {0.45, 0.8}}; break;
    case 8:
      strokes_ << arc(0.5, 0.34, 0.14, 0.13, 0, 2 * pi) << arc(0.5, 0.63, 0.17, 0.16, 0, 2 * pi);
      break;
    default: strokes_ << (arc(0.48, 0.37, 0.15, 0.15, 0, 2 * pi) + Stroke{{0.63, 0.37}, {0.6, 0.8}}); break;
  }
  update();
  emit changed();
}

void DigitCanvas::clear() {
  if (strokes_.isEmpty()) return;
  strokes_.clear();
  update();
  emit changed();
}

void DigitCanvas::undo() {
  if (strokes_.isEmpty()) return;
  strokes_.removeLast();
  update();
  emit changed();
}

void DigitCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const QRectF area = square();
  painter.fillRect(rect(), palette().window());
  painter.fillRect(area, Qt::black);
  // The 20 × 20 box of a 28 × 28 field, faintly: where MNIST's digits sit.
  painter.setPen(QPen(QColor(70, 70, 70), 1, Qt::DashLine));
  painter.drawRect(QRectF(area.left() + area.width() * 4 / 28, area.top() + area.height() * 4 / 28,
                          area.width() * 20 / 28, area.height() * 20 / 28));
  painter.save();
  painter.translate(area.topLeft());
  paintStrokes(painter, area.width());
  painter.restore();
  if (strokes_.isEmpty()) {
    painter.setPen(QColor(170, 170, 170));
    QFont f = font();
    f.setPixelSize(type_scale::px(24));
    painter.setFont(f);
    painter.drawText(area, Qt::AlignCenter, tr("Draw a digit here"));
  }
}

void DigitCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  drawing_ = true;
  strokes_ << Stroke{relative(event->position())};
  update();
  emit changed();
}

void DigitCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (!drawing_ || strokes_.isEmpty()) return;
  strokes_.last() << relative(event->position());
  update();
  emit changed();
}

void DigitCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !drawing_) return;
  drawing_ = false;
  emit changed();
}

}  // namespace cnnlab
