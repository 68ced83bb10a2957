// SaliencyView: QPainter over a QImage of the digit and a QImage of the map.
#include "ui/plot/saliency_view.hpp"
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/type_scale.hpp"

#include <QImage>
#include <QEvent>
#include <QPainter>

#include <cmath>

namespace cnnlab {

namespace {

// The map's colour at t ∈ [0, 1] of the largest value: the sequential palette, more opaque as it grows.
QColor heat(double t) {
  t = std::clamp(t, 0.0, 1.0);
  static QCPColorGradient gradient = sequentialGradient();  // color() is not const
  QColor c = QColor::fromRgb(gradient.color(t, QCPRange(0, 1)));
  c.setAlphaF(0.1 + 0.85 * t);
  return c;
}

constexpr int kSmallestMap = 64;  // px: a 28×28 map still shows its strokes
constexpr int kBarHeight = 12;

}  // namespace

SaliencyView::SaliencyView(QWidget* parent) : QWidget(parent) {
  setObjectName("saliency");
  setToolTip(caption());
}

SaliencyView::TextHeights SaliencyView::textHeights() const {
  const int textWidth = std::max(60, width() - 8);
  const QFontMetrics title(type_scale::font(font(), 17, true)), small(type_scale::font(font(), 13));
  return {title.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, this->title()).height(),
          small.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, caption()).height(), small.height()};
}

int SaliencyView::neededHeight(const TextHeights& text, bool withCaption) {
  return text.title + (withCaption ? 2 + text.caption : 0) + 6 + kSmallestMap + 6 + kBarHeight + 2 + text.label + 4;
}

QSize SaliencyView::sizeHint() const { return {300, std::max(340, neededHeight(textHeights(), true))}; }
QSize SaliencyView::minimumSizeHint() const { return {120, neededHeight(textHeights(), false)}; }
bool SaliencyView::captionShown() const { return height() >= neededHeight(textHeights(), true); }

void SaliencyView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateGeometry();  // the title wraps to the new width: the minimum height follows
}

void SaliencyView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) updateGeometry();  // presenter mode's type
  if (event->type() == QEvent::LanguageChange) setToolTip(caption());
}

SaliencyView::Layout SaliencyView::layout() const {
  const TextHeights text = textHeights();
  const int textWidth = width() - 8;
  Layout l;
  l.title = QRect(4, 0, textWidth, text.title);
  int top = l.title.bottom() + 1;
  if (height() >= neededHeight(text, true)) {  // captionShown()
    l.caption = QRect(4, top + 2, textWidth, text.caption);
    top = l.caption.bottom() + 1;
  }
  top += 6;
  const int side = std::max(10, std::min(width() - 8, height() - top - 6 - kBarHeight - 2 - text.label - 4));
  l.map = QRect((width() - side) / 2, top, side, side);
  l.bar = QRect(l.map.left(), l.map.bottom() + 6, l.map.width(), kBarHeight);
  l.labels = QRect(l.bar.left(), l.bar.bottom() + 2, l.bar.width(), text.label);
  return l;
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
  updateGeometry();  // the title (with the class) may wrap differently
  update();
}

QString SaliencyView::title() const { return tr("What the network looked at (“%1”)").arg(className_); }

QString SaliencyView::caption() const {
  return tr("|∂Y/∂X|: the notes' ∂E/∂X carried back to the image. Darker pixels changed the answer more.");
}

void SaliencyView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().window());
  p.setPen(palette().text().color());
  const QFont titleFont = type_scale::font(font(), 17, true);
  const QFont smallFont = type_scale::font(font(), 13);
  if (saliency_.n_elem == 0 || image_.height() != int(saliency_.n_rows) || image_.width() != int(saliency_.n_cols)) {
    p.setFont(smallFont);
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No saliency map yet: draw a digit or train a network"));
    return;
  }
  // Title and caption take the height their wrapped lines need; the map and its bar the rest.
  const Layout l = layout();
  p.setFont(titleFont);
  p.drawText(l.title, Qt::AlignLeft | Qt::TextWordWrap, title());
  p.setFont(smallFont);
  if (!l.caption.isEmpty()) p.drawText(l.caption, Qt::AlignLeft | Qt::TextWordWrap, caption());
  const int H = int(saliency_.n_rows), W = int(saliency_.n_cols);
  const QRect target = l.map;

  QImage map(W, H, QImage::Format_ARGB32);
  const double largest = std::max(1e-30f, saliency_.max());
  for (int r = 0; r < H; ++r)
    for (int c = 0; c < W; ++c) map.setPixelColor(c, r, heat(saliency_(r, c) / largest));
  p.drawImage(target, image_);
  p.drawImage(target, map);
  p.setPen(QColor(0xcc, 0xcc, 0xcc));
  p.drawRect(target.adjusted(0, 0, -1, -1));

  // Its own scale, 0 … the largest |∂Y/∂X|, in words: the raw magnitudes (1e-30 …) mean nothing to a class.
  const QRect bar = l.bar;
  QLinearGradient gradient(bar.topLeft(), bar.topRight());
  for (int i = 0; i <= 10; ++i) gradient.setColorAt(i / 10.0, heat(i / 10.0));
  p.fillRect(bar, QColor(255, 255, 255));
  p.fillRect(bar, gradient);
  p.setPen(palette().text().color());
  // Under the bar's ends; a bar narrower than its two words (a small map, German's "niedrig") lends
  // them the widget's width on both sides, so they never run into each other.
  const QString low = tr("low (0)"), high = tr("high");
  const QFontMetrics metrics(smallFont);
  QRect labels = l.labels;
  if (const int short_ = metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + 8 - labels.width(); short_ > 0)
    labels = labels.adjusted(-(short_ + 1) / 2, 0, (short_ + 1) / 2, 0).intersected(QRect(0, labels.top(), width(), labels.height()));
  p.drawText(labels, Qt::AlignLeft, low);
  p.drawText(labels, Qt::AlignRight, high);
}

}  // namespace cnnlab
