// PredictionGallery: thumbnails painted directly (thousands stay cheap: only visible cells draw).
#include "ui/dashboard/prediction_gallery.hpp"

#include <QFontMetrics>
#include <algorithm>

#include <QMouseEvent>
#include <QPainter>

#include "ui/plot/color_images.hpp"
#include "ui/plot/heatmap_helpers.hpp"

namespace cnnlab {

PredictionGallery::PredictionGallery(QWidget* parent) : QWidget(parent) {
  setObjectName("predictionGallery");
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

void PredictionGallery::setTestSet(std::shared_ptr<const Dataset> test) {
  test_ = std::move(test);
  thumbnails_.assign(test_ ? test_->size() : 0, QImage());
  predictions_.clear();
  selected_ = -1;
  updateShown();
}

void PredictionGallery::setPredictions(const std::vector<std::uint32_t>& predictions) {
  if (!test_ || predictions.size() != test_->size()) return;
  predictions_ = predictions;
  updateShown();
}

void PredictionGallery::setMistakesOnly(bool on) {
  mistakesOnly_ = on;
  updateShown();
}

void PredictionGallery::setSelected(int index) {
  selected_ = index;
  update();
}

void PredictionGallery::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  QFont f = font();
  f.setPixelSize(basePixels(presenter));
  setFont(f);
  updateGeometry();
  update();
}

std::size_t PredictionGallery::mistakeCount() const {
  if (!test_ || predictions_.empty()) return 0;
  std::size_t n = 0;
  for (std::size_t i = 0; i < predictions_.size(); ++i) n += predictions_[i] != test_->labels[i];
  return n;
}

void PredictionGallery::updateShown() {
  shown_.clear();
  if (test_)
    for (std::size_t i = 0; i < test_->size(); ++i)
      if (!mistakesOnly_ || (!predictions_.empty() && predictions_[i] != test_->labels[i])) shown_.push_back(i);
  updateGeometry();
  update();
}

QString PredictionGallery::mistakeText(const QString& predicted, const QString& truth) {
  return tr("%1 ✗ true %2").arg(predicted, truth);
}

QSize PredictionGallery::cellSize() const {
  const int thumb = presenter_ ? 112 : 84;
  int width = thumb + 34;
  if (presenter_ && test_) {
    // Wide enough for "8 ✗ true 1" at the presenter size, up to twice the thumbnail: fitLabel shrank it
    // to 0.6 of that, 23 px on a 1080p screen (under 1/40 of its height).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QString widest;
    for (std::uint32_t c = 0; c < std::uint32_t(test_->classCount()); ++c) {
      const QString name = QString::fromStdString(test_->className(c));
      if (metrics.horizontalAdvance(name) > metrics.horizontalAdvance(widest)) widest = name;
    }
    width = std::clamp(metrics.horizontalAdvance(mistakeText(widest, widest)) + 14, width, 2 * thumb + 34);
  }
  return {width, thumb + fontMetrics().height() + 16};
}

int PredictionGallery::columns(int width) const { return std::max(1, width / cellSize().width()); }

int PredictionGallery::heightForWidth(int width) const {
  const int rows = int((shown_.size() + std::size_t(columns(width)) - 1) / std::size_t(columns(width)));
  return std::max(1, rows) * cellSize().height();
}

QSize PredictionGallery::sizeHint() const { return {cellSize().width() * 8, heightForWidth(cellSize().width() * 8)}; }

const QImage& PredictionGallery::thumbnail(std::size_t index) {
  QImage& image = thumbnails_[index];
  if (image.isNull()) image = sampleImage(test_->sample(index), test_->shape);  // grey as ink on paper, colour as is
  return image;
}

int PredictionGallery::indexAt(const QPoint& p) const {
  const QSize cell = cellSize();
  const int column = p.x() / cell.width(), row = p.y() / cell.height();
  if (column >= columns(width())) return -1;
  const std::size_t i = std::size_t(row) * std::size_t(columns(width())) + std::size_t(column);
  return i < shown_.size() ? int(shown_[i]) : -1;
}

void PredictionGallery::paintEvent(QPaintEvent* event) {
  QPainter painter(this);
  painter.fillRect(event->rect(), Qt::white);
  if (!test_) return;
  const QSize cell = cellSize();
  const int cols = columns(width());
  const int thumb = cell.height() - fontMetrics().height() - 16;
  const int firstRow = event->rect().top() / cell.height();
  const int lastRow = event->rect().bottom() / cell.height();
  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);
  for (int row = firstRow; row <= lastRow; ++row)
    for (int col = 0; col < cols; ++col) {
      const std::size_t i = std::size_t(row) * std::size_t(cols) + std::size_t(col);
      if (i >= shown_.size()) return;
      const std::size_t index = shown_[i];
      const QRect box(col * cell.width() + 4, row * cell.height() + 4, cell.width() - 8, cell.height() - 8);
      const QRect imageRect(box.left() + (box.width() - thumb) / 2, box.top() + 3, thumb, thumb);
      painter.drawImage(imageRect, thumbnail(index));
      const QString truth = QString::fromStdString(test_->className(test_->labels[index]));
      QString text = truth;
      QColor frame(0xcc, 0xcc, 0xcc), ink(0x33, 0x33, 0x33);
      if (!predictions_.empty()) {
        const bool right = predictions_[index] == test_->labels[index];
        const QString predicted = QString::fromStdString(test_->className(predictions_[index]));
        text = right ? QString("%1 ✓").arg(predicted) : mistakeText(predicted, truth);
        frame = right ? QColor(0xcc, 0xcc, 0xcc) : palette::wrong;
        ink = right ? palette::right.darker(130) : palette::wrong;
      }
      if (int(index) == selected_) frame = palette::test;
      painter.setPen(QPen(frame, frame == QColor(0xcc, 0xcc, 0xcc) ? 1 : 4));
      painter.drawRect(box.adjusted(1, 1, -1, -1));
      painter.setPen(ink);
      const FittedLabel label = fitLabel(text, bold, box.width() - 6);
      painter.setFont(label.font);
      painter.drawText(QRect(box.left(), imageRect.bottom() + 2, box.width(), box.bottom() - imageRect.bottom() - 2),
                       Qt::AlignCenter, label.text);
    }
}

PredictionGallery::FittedLabel PredictionGallery::fitLabel(const QString& text, QFont font, int width) {
  const int full = QFontMetrics(font).horizontalAdvance(text);
  if (full > width && width > 0) {
    const int pixels = QFontInfo(font).pixelSize();
    font.setPixelSize(std::max(1, int(std::max(pixels * 0.6, pixels * double(width) / double(full)))));
  }
  const QFontMetrics metrics(font);
  // Shrinking by the ratio can leave a pixel or two of rounding: a last check elides what is left.
  return {font, metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideMiddle, width)};
}

void PredictionGallery::mousePressEvent(QMouseEvent* event) {
  const int index = indexAt(event->pos());
  if (index >= 0) {
    setSelected(index);
    emit imageClicked(index);
  }
}

}  // namespace cnnlab
