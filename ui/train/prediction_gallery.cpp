// PredictionGallery: thumbnails painted directly (thousands stay cheap: only visible cells draw).
#include "ui/train/prediction_gallery.hpp"

#include <QMouseEvent>
#include <QPainter>

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
  f.setPointSize(basePointSize(presenter));
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

QSize PredictionGallery::cellSize() const {
  const int thumb = presenter_ ? 112 : 84;
  return {thumb + 34, thumb + fontMetrics().height() + 16};
}

int PredictionGallery::columns(int width) const { return std::max(1, width / cellSize().width()); }

int PredictionGallery::heightForWidth(int width) const {
  const int rows = int((shown_.size() + std::size_t(columns(width)) - 1) / std::size_t(columns(width)));
  return std::max(1, rows) * cellSize().height();
}

QSize PredictionGallery::sizeHint() const { return {cellSize().width() * 8, heightForWidth(cellSize().width() * 8)}; }

const QImage& PredictionGallery::thumbnail(std::size_t index) {
  QImage& image = thumbnails_[index];
  if (image.isNull()) {
    const std::size_t h = test_->shape.height, w = test_->shape.width;
    image = QImage(int(w), int(h), QImage::Format_Grayscale8);
    const std::uint8_t* pixels = test_->bytes(index);  // column-major: (r, c) at r + h·c
    for (std::size_t r = 0; r < h; ++r) {
      uchar* line = image.scanLine(int(r));
      for (std::size_t c = 0; c < w; ++c) line[c] = uchar(255 - pixels[r + h * c]);
    }
  }
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
        text = right ? QString("%1 ✓").arg(predicted) : tr("%1 ✗ true %2").arg(predicted, truth);
        frame = right ? QColor(0xcc, 0xcc, 0xcc) : palette::wrong;
        ink = right ? palette::right.darker(130) : palette::wrong;
      }
      if (int(index) == selected_) frame = palette::test;
      painter.setPen(QPen(frame, frame == QColor(0xcc, 0xcc, 0xcc) ? 1 : 4));
      painter.drawRect(box.adjusted(1, 1, -1, -1));
      painter.setPen(ink);
      painter.drawText(QRect(box.left(), imageRect.bottom() + 2, box.width(), box.bottom() - imageRect.bottom() - 2),
                       Qt::AlignCenter, text);
    }
}

void PredictionGallery::mousePressEvent(QMouseEvent* event) {
  const int index = indexAt(event->pos());
  if (index >= 0) {
    setSelected(index);
    emit imageClicked(index);
  }
}

}  // namespace cnnlab
