// A grid of small colour images (a colour input, RGB kernels) drawn pixel for pixel (no smoothing),
// with a title above, a legend below and the RGB of a pixel on hover. HeatmapMosaic's colour-image
// counterpart: a heatmap maps one value per cell, this shows three.
#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace cnnlab {

class ImageMosaic : public QWidget {
  Q_OBJECT

 public:
  explicit ImageMosaic(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  QString title() const { return title_; }
  // Plain words under the tiles (how the colours were made); empty: none.
  void setLegend(const QString& legend);
  QString legend() const { return legend_; }
  // RGB kernels: a drawn legend of the three channels, each a bar from −limit (its complement:
  // cyan, magenta, yellow) through mid grey (0) to +limit (red, green, blue), numbered; 0: none.
  void setChannelScale(double limit);
  QRect channelBarRect(int channel) const;  // where channel 0, 1 or 2's bar is drawn (empty: none)
  // Images of equal size, `columns` per row; names label them in the hover text.
  void setImages(const std::vector<QImage>& images, int columns, const QStringList& names = {});
  const std::vector<QImage>& images() const { return images_; }
  void setPresenterMode(bool presenter);

  // Where tile t is drawn, in widget coordinates (empty before a layout or for no such tile).
  QRect tileRect(std::size_t t) const;
  // "kernel 2 · row 1, col 0: R 200 G 128 B 40", empty outside every tile.
  QString valueTextAt(const QPoint& position) const;

  QSize minimumSizeHint() const override { return {120, 120}; }
  QSize sizeHint() const override { return {320, 280}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

 private:
  QRect textRect(const QString& text, const QFont& font, int top) const;
  QRect tilesArea() const;
  int channelLegendHeight() const;
  int channelNumbersWidth() const;
  QFont smallFont() const;  // the legends' text, at the type scale's small size
  double pixelSide() const;  // screen pixels per image pixel

  QString title_, legend_;
  std::vector<QImage> images_;
  QStringList names_;
  int columns_ = 1;
  bool presenter_ = false;
  double channelLimit_ = 0;
  static constexpr int kGap = 6;
};

}  // namespace cnnlab
