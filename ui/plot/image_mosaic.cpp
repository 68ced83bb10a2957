// ImageMosaic: colour tiles scaled up by one factor, nearest neighbour, centred under the title.
#include "ui/plot/image_mosaic.hpp"
#include "ui/plot/color_images.hpp"
#include "ui/type_scale.hpp"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

#include "ui/plot/heatmap_helpers.hpp"

namespace cnnlab {

ImageMosaic::ImageMosaic(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setPresenterMode(false);
}

void ImageMosaic::setTitle(const QString& title) {
  title_ = title;
  update();
}

void ImageMosaic::setLegend(const QString& legend) {
  legend_ = legend;
  update();
}

void ImageMosaic::setChannelScale(double limit) {
  channelLimit_ = limit > 0 ? limit : 0;
  update();
}

QFont ImageMosaic::smallFont() const {
  QFont small = font();
  small.setPixelSize(type_scale::px(12, presenter_));
  return small;
}

// The room for "−0.37" (and up to "−0.00e-00") beside a channel's bar.
int ImageMosaic::channelNumbersWidth() const {
  return QFontMetrics(smallFont()).horizontalAdvance(QString::fromUtf8("−0.00e-00")) + 8;
}

int ImageMosaic::channelLegendHeight() const {
  if (channelLimit_ <= 0) return 0;
  return 3 * (QFontMetrics(smallFont()).height() + 4) + 4;
}

QRect ImageMosaic::channelBarRect(int channel) const {
  if (channelLimit_ <= 0 || channel < 0 || channel > 2) return {};
  const QFont small = smallFont();
  const int rowHeight = QFontMetrics(small).height() + 4;
  QFont bold = small;
  bold.setBold(true);
  const QRect legend = textRect(legend_, small, 0);
  const int top = height() - 2 - legend.height() - channelLegendHeight() + channel * rowHeight;
  // "R  −0.37 [bar] +0.37", centred: the bar a third of the width, at most 360 px.
  const int bar = std::min(360, width() / 3);
  const int numbers = channelNumbersWidth();
  const int whole = QFontMetrics(bold).horizontalAdvance("R") + 8 + 2 * numbers + bar;
  const int left = (width() - whole) / 2 + QFontMetrics(bold).horizontalAdvance("R") + 8 + numbers;
  return QRect(left, top + 2, bar, rowHeight - 4);
}

void ImageMosaic::setImages(const std::vector<QImage>& images, int columns, const QStringList& names) {
  images_ = images;
  names_ = names;
  columns_ = std::max(1, std::min(columns, int(images.size())));
  update();
}

void ImageMosaic::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  QFont f = font();
  f.setPixelSize(type_scale::px(13, presenter));
  setFont(f);
  update();
}

// The wrapped text's box from `top`, as wide as the widget.
QRect ImageMosaic::textRect(const QString& text, const QFont& font, int top) const {
  if (text.isEmpty()) return QRect(4, top, width() - 8, 0);
  const QRect bound = QFontMetrics(font).boundingRect(QRect(4, top, width() - 8, 10000), Qt::TextWordWrap, text);
  return QRect(4, top, width() - 8, bound.height() + 4);
}

QRect ImageMosaic::tilesArea() const {
  QFont bold = font();
  bold.setBold(true);
  const QFont small = smallFont();
  const QRect title = textRect(title_, bold, 2);
  const QRect legend = textRect(legend_, small, 0);
  return QRect(4, title.bottom() + 4, width() - 8,
               std::max(0, height() - title.bottom() - 8 - legend.height() - channelLegendHeight()));
}

double ImageMosaic::pixelSide() const {
  if (images_.empty()) return 0;
  const QRect area = tilesArea();
  const int rows = int((images_.size() + std::size_t(columns_) - 1) / std::size_t(columns_));
  const int w = images_.front().width(), h = images_.front().height();
  if (w == 0 || h == 0) return 0;
  const double across = (area.width() - (columns_ - 1) * kGap) / double(columns_ * w);
  const double down = (area.height() - (rows - 1) * kGap) / double(rows * h);
  const double side = std::min(across, down);
  return side >= 2 ? std::floor(side) : std::max(0.0, side);  // whole screen pixels per image pixel when there is room
}

QRect ImageMosaic::tileRect(std::size_t t) const {
  const double side = pixelSide();
  if (t >= images_.size() || side <= 0) return {};
  const QRect area = tilesArea();
  const int rows = int((images_.size() + std::size_t(columns_) - 1) / std::size_t(columns_));
  const int tw = int(side * images_.front().width()), th = int(side * images_.front().height());
  const int totalW = columns_ * tw + (columns_ - 1) * kGap, totalH = rows * th + (rows - 1) * kGap;
  const int left = area.left() + (area.width() - totalW) / 2, top = area.top() + (area.height() - totalH) / 2;
  const int col = int(t % std::size_t(columns_)), row = int(t / std::size_t(columns_));
  return QRect(left + col * (tw + kGap), top + row * (th + kGap), tw, th);
}

void ImageMosaic::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::white);
  p.setPen(QColor(0x22, 0x22, 0x22));
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  const QRect title = textRect(title_, bold, 2);
  p.drawText(title, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title_);
  for (std::size_t t = 0; t < images_.size(); ++t) {
    const QRect target = tileRect(t);
    if (target.isEmpty()) continue;
    p.drawImage(target, images_[t]);  // no SmoothPixmapTransform: each image pixel a sharp square
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.drawRect(target.adjusted(-1, -1, 0, 0));
  }
  if (channelLimit_ > 0) {
    const QFont small = smallFont();
    QFont bold = small;
    bold.setBold(true);
    const QString channels[] = {"R", "G", "B"};
    const QString low = QString::number(-channelLimit_, 'g', 2).replace('-', QChar(0x2212));
    const QString high = "+" + QString::number(channelLimit_, 'g', 2);
    for (int c = 0; c < 3; ++c) {
      const QRect bar = channelBarRect(c);
      // The kernels' own mapping (kernelByte), sampled across the bar: the legend cannot drift from it.
      for (int x = 0; x < bar.width(); ++x) {
        const double w = channelLimit_ * (2.0 * (x + 0.5) / bar.width() - 1);
        int rgb[3] = {128, 128, 128};
        rgb[c] = kernelByte(w, channelLimit_);
        p.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), QColor(rgb[0], rgb[1], rgb[2]));
      }
      p.setPen(QColor(0x90, 0x90, 0x90));
      p.drawRect(bar.adjusted(-1, -1, 0, 0));
      p.drawLine(bar.center().x(), bar.top() - 2, bar.center().x(), bar.bottom() + 2);  // 0: mid grey
      p.setPen(QColor(0x33, 0x33, 0x33));
      p.setFont(small);
      p.drawText(QRect(bar.left() - 200 - 6, bar.top() - 2, 200, bar.height() + 4), Qt::AlignRight | Qt::AlignVCenter, low);
      p.drawText(QRect(bar.right() + 6, bar.top() - 2, 200, bar.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, high);
      p.setFont(bold);
      p.drawText(QRect(bar.left() - channelNumbersWidth() - 40, bar.top() - 2, 32, bar.height() + 4), Qt::AlignRight | Qt::AlignVCenter, channels[c]);
    }
  }
  if (!legend_.isEmpty()) {
    const QFont small = smallFont();
    p.setFont(small);
    p.setPen(QColor(0x33, 0x33, 0x33));
    const QRect legend = textRect(legend_, small, 0);
    p.drawText(QRect(4, height() - legend.height() - 2, width() - 8, legend.height()),
               Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, legend_);
  }
}

QString ImageMosaic::valueTextAt(const QPoint& position) const {
  for (std::size_t t = 0; t < images_.size(); ++t) {
    const QRect r = tileRect(t);
    if (!r.contains(position)) continue;
    const int col = (position.x() - r.left()) * images_[t].width() / std::max(1, r.width());
    const int row = (position.y() - r.top()) * images_[t].height() / std::max(1, r.height());
    const QColor c = images_[t].pixelColor(col, row);
    const QString name = t < std::size_t(names_.size()) ? names_[int(t)] + " · " : QString();
    return tr("%1row %2, col %3: R %4 G %5 B %6").arg(name).arg(row).arg(col).arg(c.red()).arg(c.green()).arg(c.blue());
  }
  return {};
}

void ImageMosaic::mouseMoveEvent(QMouseEvent* event) {
  const QString text = valueTextAt(event->pos());
  if (text.isEmpty()) QToolTip::hideText();
  else QToolTip::showText(event->globalPosition().toPoint(), text, this);
  QWidget::mouseMoveEvent(event);
}

}  // namespace cnnlab
