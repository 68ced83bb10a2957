// The "Step through" tab: the notes' worked examples (correlation, convolution, conv-layer forward and
// backward, max pooling, a kernel from the trained network) animated one output cell at a time.
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <string_view>

#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;
class QVariantAnimation;

namespace cnnlab {

class MatrixGrid;
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
  MatrixGrid* leftGrid() const { return leftGrid_; }
  MatrixGrid* kernelGrid() const { return kernelGrid_; }
  MatrixGrid* resultGrid() const { return resultGrid_; }
  YourTurnPanel* yourTurn() const { return yourTurn_; }  // "Your turn": the student computes the cell

  // The worked board (grids and formulas) as PNG, SVG or PDF, chosen by the file's suffix.
  bool exportView(const QString& file, QString* error = nullptr);
  // The whole example as Markdown (.md) or LaTeX (.tex), every cell's formula.
  bool exportHandout(const QString& file, QString* error = nullptr);

 signals:
  void stepChanged(int step);

 protected:
  // The formula's size is fitted to the board's width, which is known only once laid out.
  void resizeEvent(QResizeEvent* event) override;

 private:
  void buildUi();
  void setExample(TeachingExample example, int step);
  void refresh();
  void rebuildFormulaList();
  void showError(const QString& message);
  void rebuildFromControls();  // mode / operation / padding / stride changed
  bool loadFromNetwork(QString* error);
  bool loadMlpFromNetwork(QString* error);
  void loadTestImage();
  bool isMlpExample(const std::string& name) const;
  bool currentTakes(std::string_view parameter) const;  // the example on screen takes it (registry)
  void exampleChosen(int index);
  void leftHovered(int row, int col);
  void resultClicked(int row, int col);
  void editCell(MatrixGrid* grid, int row, int col);
  void syncControls();
  void chooseViewExport();
  void chooseHandoutExport();

  TeachingExample example_;
  int step_ = 0;
  TrainingSession& session_;
  std::optional<arma::mat> testImage_;
  std::size_t testLabel_ = 0;
  MlpNetwork mlp_ = defaultMlpNetwork();
  arma::vec softmaxZ_ = defaultSoftmaxLogits();

  QComboBox* exampleBox_ = nullptr;
  QWidget* correlationControls_ = nullptr;  // input, kernel, mode, operation, padding, stride
  QWidget* mlpControls_ = nullptr;          // the MLP's network, or softmax-jacobian's z and T
  QLineEdit *mlpX_ = nullptr, *mlpW1_ = nullptr, *mlpB1_ = nullptr, *mlpW2_ = nullptr, *mlpB2_ = nullptr,
            *mlpTarget_ = nullptr, *mlpZ_ = nullptr;
  QComboBox *mlpHidden_ = nullptr, *mlpOutput_ = nullptr, *mlpLoss_ = nullptr;
  QDoubleSpinBox *mlpTemperature_ = nullptr, *mlpRate_ = nullptr;
  QSpinBox* mlpUnit_ = nullptr;  // mlp-from-network: the output unit
  QComboBox* channelBox_ = nullptr;  // from-network: the input channel
  std::size_t inputDepth_ = 1;       // from-network: the network's input channels
  QLineEdit* inputEdit_ = nullptr;
  QLineEdit* kernelEdit_ = nullptr;
  QComboBox* modeBox_ = nullptr;
  QComboBox* operationBox_ = nullptr;
  QSpinBox* paddingBox_ = nullptr;
  QSpinBox* strideBox_ = nullptr;
  QWidget* board_ = nullptr;
  QLabel* titleLabel_ = nullptr;
  QLabel* stageLabel_ = nullptr;
  QLabel* descriptionLabel_ = nullptr;
  QLabel* operatorLabel_ = nullptr;
  QLabel* equalsLabel_ = nullptr;
  QWidget* kernelColumn_ = nullptr;
  MatrixGrid* leftGrid_ = nullptr;
  MatrixGrid* kernelGrid_ = nullptr;
  MatrixGrid* resultGrid_ = nullptr;
  QLabel* formulaLabel_ = nullptr;
  QLabel* symbolicLabel_ = nullptr;
  QLabel* hoverLabel_ = nullptr;
  QLabel* errorLabel_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* speedLabel_ = nullptr;
  bool presenter_ = false;
  QListWidget* formulaList_ = nullptr;
  QPushButton* playButton_ = nullptr;
  QSlider* speedSlider_ = nullptr;
  QTimer* timer_ = nullptr;
  QVariantAnimation* flip_ = nullptr;
  YourTurnPanel* yourTurn_ = nullptr;
};

}  // namespace cnnlab
