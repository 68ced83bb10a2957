// What every layer makes of one test image: each conv output before and after its activation and
// each pooling output as heatmaps, dense activations as bars, and the output probabilities.
#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "engine/data/dataset.hpp"
#include "ui/training/training_snapshot.hpp"

class QLabel;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace cnnlab {

class ActivationBars;
class HeatmapMosaic;
class ImageMosaic;
class SaliencyView;

class FeatureMapView : public QWidget {
  Q_OBJECT

 public:
  explicit FeatureMapView(QWidget* parent = nullptr);

  void setTestSet(std::shared_ptr<const Dataset> test);
  // Redraws the rows one per event-loop turn (a deep network's rows together would block it).
  void setSnapshot(TrainingSnapshotPtr snapshot);
  void setPresenterMode(bool presenter);
  // The index shown in the picker (the worker's selection once a snapshot arrives).
  int image() const;
  void setImage(int index);
  std::size_t rowCount() const { return rows_.size(); }
  ActivationBars* output() const { return output_; }
  SaliencyView* saliency() const { return saliency_; }
  HeatmapMosaic* greyInput() const { return input_; }
  ImageMosaic* colourInput() const { return colourInput_; }  // shown instead for a colour (depth 3) input
  QString predictionText() const;

 signals:
  void imageRequested(int index);

 private:
  struct Row {
    std::size_t layer;
    HeatmapMosaic* map = nullptr;
    ActivationBars* bars = nullptr;
  };
  void rebuild(const TrainingSnapshot& snapshot);
  void drawNext();
  void drawSide(const TrainingSnapshot& snapshot);
  void drawRow(Row& row, const TrainingSnapshot& snapshot);

  std::shared_ptr<const Dataset> test_;
  QSpinBox* picker_;
  HeatmapMosaic* input_;
  ImageMosaic* colourInput_;
  QLabel* prediction_;
  ActivationBars* output_;
  SaliencyView* saliency_;
  QWidget* rowsHost_;
  QVBoxLayout* rowsLayout_;
  std::vector<Row> rows_;
  std::string signature_;
  TrainingSnapshotPtr pending_;
  std::size_t next_ = 0;  // 0: the input and output, r + 1: rows_[r]
  QTimer* drawTimer_;
  bool presenter_ = false;
};

}  // namespace cnnlab
