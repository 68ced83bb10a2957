// Draw a digit: a canvas, the drawing turned into an MNIST-style 28×28 input, the current network's
// prediction and probabilities, and the feature maps of every layer, all updated live.
#pragma once

#include <QWidget>
#include <armadillo>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "engine/network.hpp"
#include "ui/training/model_snapshot.hpp"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace cnnlab {

class ActivationBars;
class TrainingSession;
class DigitCanvas;
class HeatmapMosaic;
class SaliencyView;

class DrawView : public QWidget {
  Q_OBJECT

 public:
  // Classifies with session's model, followed live; session must outlive the view.
  explicit DrawView(TrainingSession& session, QWidget* parent = nullptr);
  ~DrawView() override;

  // Classifies with this model from now on (null: none). Returns false, keeping the previous model,
  // when its spec cannot be built, its weights do not fit it, or its input is not one square
  // grayscale image (1 × H × H).
  bool setModel(ModelSnapshotPtr model, QString* error = nullptr);
  bool hasModel() const { return network_ != nullptr; }

  DigitCanvas* canvas() const { return canvas_; }
  // The network input made from the drawing: H × H in [0, 1] (zeros when nothing is drawn).
  const arma::fmat& networkInput() const { return input_; }
  // Index of the predicted output, −1 without a drawing or a model; its class label; the outputs.
  int predictedIndex() const { return predicted_; }
  QString predictedLabel() const;
  const arma::fvec& outputs() const { return outputs_; }
  // |∂Y_c/∂X| of the predicted class over the drawing (engine/saliency.hpp), drawn over it.
  SaliencyView* saliency() const { return saliency_; }
  // Shown when the network expects colour (depth 3): the grey drawing goes to R, G and B alike.
  QLabel* colourNote() const { return colourNote_; }
  // The column the network was last given: the drawing, once per input channel (D·H·W).
  const arma::fvec& networkColumn() const { return column_; }
  // One heatmap or bar row per layer shown (every layer except reshapes).
  std::size_t layerRowCount() const { return rows_.size(); }

  // Offers the current drawing (its 28×28 network input) with this label to whoever keeps the
  // training set (drawingOffered), and returns what it answered through showDrawingResult.
  bool addToTrainingSet(int label, QString* error = nullptr);
  // The answer to drawingOffered: shown under the canvas.
  void showDrawingResult(bool added, const QString& message);

 signals:
  void predictionChanged();
  // A drawing for the training set; the receiver answers with showDrawingResult (at once).
  void drawingOffered(const arma::fmat& image, int label);

 private:
  void classify();          // preprocess, forward, refresh every panel
  void rebuildLayerRows();  // one row per layer of the current network
  void restylePlots();      // the type scale changed: the plots here follow it

  ModelSnapshotPtr model_;
  std::unique_ptr<Network<float>> network_;
  std::vector<int> classes_;
  arma::fmat input_;
  arma::fvec column_;
  arma::fvec outputs_;
  int predicted_ = -1;
  std::optional<std::pair<bool, QString>> drawingAnswer_;  // set by showDrawingResult

  struct LayerRow {
    std::size_t layer;
    HeatmapMosaic* map = nullptr;
    ActivationBars* bars = nullptr;
  };
  std::vector<LayerRow> rows_;

  DigitCanvas* canvas_;
  QComboBox* exampleBox_;
  QSpinBox* labelBox_;
  QPushButton* addButton_;
  QLabel *status_, *prediction_, *confidence_, *modelLabel_, *colourNote_;
  HeatmapMosaic* seen_;
  SaliencyView* saliency_;
  ActivationBars* probabilities_;
  QWidget* rowsHost_;
  QVBoxLayout* rowsLayout_;
};

}  // namespace cnnlab
