// A gallery of test images with their predicted and true labels; misclassified ones are framed
// in red. Clicking an image selects it (for the feature maps).
#pragma once

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

#include "engine/data/dataset.hpp"

namespace cnnlab {

class PredictionGallery : public QWidget {
  Q_OBJECT

 public:
  explicit PredictionGallery(QWidget* parent = nullptr);

  void setTestSet(std::shared_ptr<const Dataset> test);
  // Predicted class index per test sample (Evaluation::predictions).
  void setPredictions(const std::vector<std::uint32_t>& predictions);
  void setMistakesOnly(bool on);
  void setSelected(int index);
  void setPresenterMode(bool presenter);

  std::size_t shownCount() const { return shown_.size(); }
  std::size_t mistakeCount() const;
  // The test index drawn at a widget position, or −1.
  int indexAt(const QPoint& position) const;
  QSize sizeHint() const override;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;

  // A cell's label in `width` pixels: the font shrunk (to 60 % at least) until the text fits, and
  // only then elided in the middle, so "ripe ✗ true unripe" stays readable in a narrow cell.
  struct FittedLabel {
    QFont font;
    QString text;
  };
  static FittedLabel fitLabel(const QString& text, QFont font, int width);
  static QString mistakeText(const QString& predicted, const QString& truth);  // "8 ✗ true 1"

 signals:
  void imageClicked(int index);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  void updateShown();
  QSize cellSize() const;
  int columns(int width) const;
  const QImage& thumbnail(std::size_t index);

  std::shared_ptr<const Dataset> test_;
  std::vector<std::uint32_t> predictions_;
  std::vector<std::size_t> shown_;
  std::vector<QImage> thumbnails_;
  bool mistakesOnly_ = false, presenter_ = false;
  int selected_ = -1;
};

}  // namespace cnnlab
