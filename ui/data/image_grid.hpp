// A dataset at a glance: one row per class with its label, its image counts and its first images.
#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/data/dataset.hpp"

namespace cnnlab {

class ImageGrid : public QWidget {
  Q_OBJECT

 public:
  explicit ImageGrid(QWidget* parent = nullptr);

  struct ClassRow {
    int label = 0;
    QString name;
    std::size_t trainCount = 0, testCount = 0;
    std::vector<std::size_t> images;  // indices into the train images shown
  };

  // Shows these classes of split->train, up to perRow images each (null: nothing). The split is
  // shared, not copied: a full MNIST is 47 MB.
  void setData(std::shared_ptr<const RawSplit> split, const std::vector<int>& classes, int perRow = 14);
  const std::vector<ClassRow>& rows() const { return rows_; }
  int imagesShown() const;

  QSize sizeHint() const override;
  int firstTileX() const { return labelWidth(); }  // where each row's thumbnails start

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::vector<ClassRow> rows_;
  std::shared_ptr<const RawSplit> split_;  // shared with the Data tab, so the grid never dangles
  static constexpr int kLabelWidth = 190, kGap = 6, kRowGap = 10;
  int tileSide() const;
  int labelWidth() const;                         // the names and counts' column
  int rowHeight() const;                          // a class's row, its gap not counted
  QFont nameFont() const;                         // "7"
  QFont countFont() const;                        // "873 train · 197 test"
  QString countText(const ClassRow& row) const;  // "806 train · 195 test"
};

}  // namespace cnnlab
