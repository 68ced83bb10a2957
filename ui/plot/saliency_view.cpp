// SaliencyView: QPainter over a QImage of the digit and a QImage of the map.
#include "ui/plot/saliency_view.hpp"

#include <QImage>
#include <QPainter>

#include <cmath>

namespace cnnlab {

namespace {

// 0 → transparent, then yellow to red as t → 1: the colour scale of the map alone.
QColor heat(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(1.0, 1.0 - 0.85 * t, 0.1 * (1 - t), 0.15 + 0.8 * t);
}

}  // namespace

SaliencyView::SaliencyView(QWidget* parent) : QWidget(parent) {
  setObjectName("saliency");
  setMinimumSize(120, 190);  // beside the input image, within a 1280×720 projector
}

void SaliencyView::setMap(const arma::fmat& image, const arma::fmat& saliency, const QString& className) {
  QImage picture(int(image.n_cols), int(image.n_rows), QImage::Format_Grayscale8);
  for (arma::uword r = 0; r < image.n_rows; ++r)
    for (arma::uword c = 0; c < image.n_cols; ++c)
      picture.scanLine(int(r))[c] = uchar(std::lround(255 * std::clamp(double(image(r, c)), 0.0, 1.0)));
  setMap(image.is_empty() ? QImage() : picture, saliency, className);
}

void SaliencyView::setMap(const QImage& image, const arma::fmat& saliency, const QString& className) {
  // Grey digits as dark grey ink on white, colour images faded towards white: the map on top reads first.
  image_ = image.isNull() ? QImage() : image.convertToFormat(QImage::Format_RGB32);
  const bool grey = image.format() == QImage::Format_Grayscale8;
  for (int r = 0; r < image_.height(); ++r) {
    auto* line = reinterpret_cast<QRgb*>(image_.scanLine(r));
    for (int c = 0; c < image_.width(); ++c) {
      if (grey) {
        const int ink = int(255 * (1 - qRed(line[c]) / 255.0) * 0.6 + 255 * 0.4);
        line[c] = qRgb(ink, ink, ink);
      } else {
        line[c] = qRgb(qRed(line[c]) * 6 / 10 + 102, qGreen(line[c]) * 6 / 10 + 102, qBlue(line[c]) * 6 / 10 + 102);
      }
    }
  }
  saliency_ = saliency;
  className_ = className;
  update();
}

QString SaliencyView::caption() const {
  return tr("Which pixels matter for “%1”: |∂Y/∂X|, the notes' ∂E/∂X carried back to the image").arg(className_);
}

void SaliencyView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().window());
  const int captionHeight = 40, scaleHeight = 34;
  QRect text(4, 0, width() - 8, captionHeight);
  p.setPen(palette().text().color());
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() * 0.9);
  p.setFont(small);
  if (saliency_.n_elem == 0 || image_.height() != int(saliency_.n_rows) || image_.width() != int(saliency_.n_cols)) {
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No saliency map yet"));
    return;
  }
  p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
  const int H = int(saliency_.n_rows), W = int(saliency_.n_cols);
  const int side = std::max(10, std::min(width() - 8, height() - captionHeight - scaleHeight - 8));
  const QRect target((width() - side) / 2, captionHeight + 2, side, side);

  QImage map(W, H, QImage::Format_ARGB32);
  const double top = std::max(1e-30f, saliency_.max());
  for (int r = 0; r < H; ++r)
    for (int c = 0; c < W; ++c) map.setPixelColor(c, r, heat(saliency_(r, c) / top));
  p.drawImage(target, image_);
  p.drawImage(target, map);
  p.setPen(QColor(0xcc, 0xcc, 0xcc));
  p.drawRect(target.adjusted(0, 0, -1, -1));

  // its own scale: 0 … the largest |∂Y/∂X|
  const QRect bar(target.left(), target.bottom() + 8, target.width(), 10);
  QLinearGradient gradient(bar.topLeft(), bar.topRight());
  for (int i = 0; i <= 10; ++i) gradient.setColorAt(i / 10.0, heat(i / 10.0));
  p.fillRect(bar, QColor(255, 255, 255));
  p.fillRect(bar, gradient);
  p.setPen(palette().text().color());
  p.drawText(QRect(bar.left(), bar.bottom() + 1, bar.width(), 16), Qt::AlignLeft, "0");
  p.drawText(QRect(bar.left(), bar.bottom() + 1, bar.width(), 16), Qt::AlignRight, QString::number(top, 'g', 2));
}

}  // namespace cnnlab
