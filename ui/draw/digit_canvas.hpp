// A square canvas to draw a digit on with the mouse: white ink on black, as MNIST. Strokes are kept
// (in coordinates relative to the canvas side) so they can be undone and rendered at any size. The
// keyboard draws the built-in examples, undoes and clears.
#pragma once

#include <QPointF>
#include <QVector>
#include <QWidget>
#include <armadillo>

namespace cnnlab {

class DigitCanvas : public QWidget {
  Q_OBJECT

 public:
  using Stroke = QVector<QPointF>;  // points in [0, 1]², (0, 0) = top left

  explicit DigitCanvas(QWidget* parent = nullptr);

  // The drawing as a side × side image in [0, 1] (1 = ink), row 0 at the top.
  arma::fmat image(int side = 280) const;
  bool isEmpty() const { return strokes_.isEmpty(); }
  int strokeCount() const { return int(strokes_.size()); }
  const QVector<Stroke>& strokes() const { return strokes_; }

  // Adds a whole stroke (relative coordinates), e.g. from a test or the examples.
  void addStroke(const Stroke& stroke);
  // Replaces the drawing by a built-in example of the digit 0–9.
  void drawExample(int digit);
  void clear();
  void undo();

  // Pen width as a fraction of the side (MNIST strokes are about 2 px of the 20 px box).
  static constexpr double kPenWidth = 0.085;

  QSize sizeHint() const override { return {420, 420}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return width; }

 signals:
  // The drawing changed (while drawing: at every mouse move).
  void changed();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  // Without a mouse: 0–9 draw that example, Backspace (or Ctrl+Z) undoes a stroke, Delete clears.
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QRectF square() const;  // the drawing area inside the widget
  QPointF relative(const QPointF& position) const;
  void paintStrokes(QPainter& painter, double side) const;

  QVector<Stroke> strokes_;
  bool drawing_ = false;
};

}  // namespace cnnlab
