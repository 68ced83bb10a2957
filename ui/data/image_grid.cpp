// Painting the class rows: label and counts on the left, thumbnails (nearest-neighbour) on the right.
#include "ui/data/image_grid.hpp"
#include "ui/type_scale.hpp"

#include <QImage>
#include <QPainter>
#include <QStringList>

#include <algorithm>

#include "ui/plot/color_images.hpp"

namespace cnnlab {

ImageGrid::ImageGrid(QWidget* parent) : QWidget(parent) {
  // Never shorter than its rows: in the Data tab's scroll area a shorter grid cut the last classes
  // off with no scroll bar to reach them (8 and 9 at 1280×720).
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
  setAccessibleName(tr("Sample images"));
}

int ImageGrid::tileSide() const {
  const std::size_t side = split_ ? std::max(split_->train.height, split_->train.width) : 0;
  if (side == 0) return 56;
  return int(std::clamp<std::size_t>(side * 2, 48, 84));  // 28 px → 56 px: readable from the back
}

void ImageGrid::setData(std::shared_ptr<const RawSplit> split, const std::vector<int>& classes, int perRow) {
  split_ = std::move(split);
  rows_.clear();
  if (!split_) {
    setAccessibleDescription({});
    updateGeometry();
    update();
    return;
  }
  const RawSplit& data = *split_;
  const RawImages& images = data.train;
  const std::vector<std::size_t> train = countLabels(data.train), test = countLabels(data.test);
  for (int label : classes) {
    ClassRow row;
    row.label = label;
    row.name = QString::fromStdString(labelName(data.train, label));
    row.trainCount = std::size_t(label) < train.size() ? train[std::size_t(label)] : 0;
    row.testCount = std::size_t(label) < test.size() ? test[std::size_t(label)] : 0;
    for (std::size_t i = 0; i < images.count && int(row.images.size()) < perRow; ++i)
      if (images.labels[i] == label) row.images.push_back(i);
    rows_.push_back(row);
  }
  // The rows in words for a screen reader (the pictures themselves it cannot say).
  QStringList spoken;
  for (const ClassRow& row : rows_)
    spoken << tr("%1: %2 train, %3 test").arg(row.name).arg(row.trainCount).arg(row.testCount);
  setAccessibleDescription(spoken.join("; "));
  updateGeometry();
  update();
}

int ImageGrid::imagesShown() const {
  int total = 0;
  for (const ClassRow& row : rows_) total += int(row.images.size());
  return total;
}

QString ImageGrid::countText(const ClassRow& row) const {
  return tr("%1 train · %2 test").arg(row.trainCount).arg(row.testCount);
}

// The label column: as wide as its widest count at the type scale's size (presenter mode's 25 px
// cut "806 train · 195 test" off at 190 px), up to a third of the grid.
int ImageGrid::labelWidth() const {
  const QFontMetrics metrics(countFont());
  int widest = 0;
  for (const ClassRow& row : rows_) widest = std::max(widest, metrics.horizontalAdvance(countText(row)));
  return std::clamp(widest + 24, kLabelWidth, std::max(kLabelWidth, width() / 3));
}

QFont ImageGrid::nameFont() const { return type_scale::font(font(), 24, true); }
QFont ImageGrid::countFont() const { return type_scale::font(font(), 15); }

// A row is as tall as its thumbnails, or as its name over its counts where presenter mode's type
// is taller (a 36 px "0" over 23 px counts at 1080p: the name was cut at the top).
int ImageGrid::rowHeight() const {
  return std::max(tileSide(), QFontMetrics(nameFont()).height() + 2 + QFontMetrics(countFont()).height());
}

QSize ImageGrid::sizeHint() const {
  return {labelWidth() + 14 * (tileSide() + kGap), int(rows_.size()) * (rowHeight() + kRowGap) + kRowGap};
}

void ImageGrid::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  const int side = tileSide();
  if (!split_) return;
  const RawImages& images = split_->train;
  const QFont names = nameFont(), counts = countFont();
  const int nameHeight = QFontMetrics(names).height(), height = rowHeight();
  const int labels = labelWidth();
  int y = kRowGap;
  for (const ClassRow& row : rows_) {
    painter.setPen(palette().text().color());
    painter.setFont(names);
    painter.drawText(QRect(8, y, labels - 16, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(row.name, Qt::ElideRight, labels - 16));
    painter.setFont(counts);
    painter.setPen(palette().placeholderText().color());
    painter.drawText(QRect(8, y + nameHeight + 2, labels - 16, height - nameHeight - 2), Qt::AlignLeft | Qt::AlignTop,
                     painter.fontMetrics().elidedText(countText(row), Qt::ElideRight, labels - 16));
    int x = labels;
    for (std::size_t index : row.images) {
      if (x + side > width()) break;
      painter.drawImage(QRect(x, y, side, side), rawImage(images, index));  // colour images in colour
      x += side + kGap;
    }
    y += height + kRowGap;
  }
}

}  // namespace cnnlab
