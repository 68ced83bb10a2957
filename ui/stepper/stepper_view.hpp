// The "Step through" tab: the notes' worked examples (correlation, convolution, conv-layer forward and
// backward, max pooling, a kernel from the trained network, the MLP's passes) animated one output
// cell at a time. It holds the example and the step, and wires its parts: the Board draws, the
// CorrelationPanel and the MlpPanel edit an example's arguments, Your turn asks for the cell, and
// the registry (engine/teaching/example_registry) says what each example is and takes.
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <string_view>

#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QVariantAnimation;

class QVBoxLayout;

namespace cnnlab {

class Board;
class CorrelationPanel;
class FormulaList;
class MatrixGrid;
class MlpPanel;
class YourTurnPanel;
class TrainingSession;

class StepperView : public QWidget {
  Q_OBJECT

 public:
  // The from-network example takes its model from session, which must outlive the view.
  explicit StepperView(TrainingSession& session, QWidget* parent = nullptr);
  ~StepperView() override;

  // Opens a built-in example (notebook-valid, …, from-network) advanced by step steps; false if unknown.
  bool openExample(const QString& name, int step);
  // The user's own matrices ("1 6 2; 5 3 1; 7 0 9") with the mode/operation/padding/stride controls.
  // On bad input: false, a one-line reason in *error and on screen, the current example kept.
  bool applyMatrices(const QString& input, const QString& kernel, QString* error = nullptr);

  // The MLP examples (mlp-forward, mlp-backward) rebuilt from the network fields (x, w¹, b¹, w², b²,
  // y, hidden, output, T, loss, a); softmax-jacobian from z and T. Keeps the step where it can.
  // On bad input: false, a one-line reason naming the field in *error and on screen, the example kept.
  bool applyMlp(QString* error = nullptr);
  const MlpNetwork& mlpNetwork() const { return mlp_; }

  // from-network on a colour network: which input channel's kernel slice and image plane are
  // stepped through (0 R, 1 G, 2 B). The selector shows when the network reads more than one channel.
  QComboBox* channelBox() const { return channelBox_; }
  int channel() const;

  const TeachingExample& example() const { return example_; }
  // 0 = nothing computed yet; k = the first k cells are computed and cell k is on screen.
  int step() const { return step_; }
  int stepCount() const { return int(example_.stepCount()); }
  void setStep(int step, bool animate = false);
  void stepForward();
  void stepBack();
  void reset();
  void play();
  void pause();
  bool isPlaying() const;

  // Presenter mode: no text under 22 px, and the board alone, without the list of formulas.
  void setPresenterMode(bool on);
  bool presenterMode() const { return presenter_; }

  QString formulaText() const;  // the large formula line as shown
  QString errorText() const;    // the last one-line error ("" when none)
  Board* board() const { return board_; }
  MatrixGrid* leftGrid() const;
  MatrixGrid* kernelGrid() const;
  MatrixGrid* resultGrid() const;
  YourTurnPanel* yourTurn() const { return yourTurn_; }  // "Your turn": the student computes the cell

  // The worked board (grids and formulas) as PNG, SVG or PDF, chosen by the file's suffix.
  bool exportView(const QString& file, QString* error = nullptr);
  // The whole example as Markdown (.md) or LaTeX (.tex), every cell's formula.
  bool exportHandout(const QString& file, QString* error = nullptr);

 signals:
  void stepChanged(int step);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void buildUi();
  QHBoxLayout* buildPlayback();
  void setExample(TeachingExample example, int step);
  void refresh();
  void showError(const QString& message);
  void rebuildFromControls();  // mode / operation / padding / stride changed
  bool loadFromNetwork(QString* error);
  bool loadMlpFromNetwork(QString* error);
  void followModel();  // the example that reads a model, again from the current one, at the same step
  bool currentTakes(std::string_view parameter) const;  // the example on screen takes it (registry)
  void exampleChosen(int index);
  void editCell(bool kernel, int row, int col);
  void syncControls();
  void chooseViewExport();
  void chooseHandoutExport();

  TeachingExample example_;
  int step_ = 0;
  TrainingSession& session_;
  MlpNetwork mlp_ = defaultMlpNetwork();
  arma::vec softmaxZ_ = defaultSoftmaxLogits();

  QComboBox* exampleBox_ = nullptr;
  CorrelationPanel* correlationControls_ = nullptr;  // input, kernel, mode, operation, padding, stride
  MlpPanel* mlpControls_ = nullptr;                  // the MLP's network, or softmax-jacobian's z and T
  QComboBox* channelBox_ = nullptr;  // from-network: the input channel
  std::size_t inputDepth_ = 1;       // from-network: the network's input channels
  Board* board_ = nullptr;
  QLabel* errorLabel_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* speedLabel_ = nullptr;
  bool presenter_ = false;
  bool modelStale_ = false;  // the model changed while the tab was hidden
  FormulaList* formulaList_ = nullptr;
  QVBoxLayout* side_ = nullptr;  // the Your turn switch over the formula list
  QPushButton* playButton_ = nullptr;
  QSlider* speedSlider_ = nullptr;
  QTimer* timer_ = nullptr;
  QVariantAnimation* flip_ = nullptr;
  YourTurnPanel* yourTurn_ = nullptr;
};

}  // namespace cnnlab
