// The "Concepts" tab (second notes): activations with their derivatives at a movable x, softmax with
// temperature on editable logits, the softmax Jacobian, the losses as functions of the prediction,
// and the notes' errata. Values come from the engine's layers and losses.
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemStraightLine;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTabWidget;

namespace cnnlab {

class NotesErrataPage;
class SoftmaxJacobianPage;

class ConceptsView : public QWidget {
  Q_OBJECT

 public:
  explicit ConceptsView(QWidget* parent = nullptr);

  // "activations", "softmax", "jacobian", "losses" or "errata"; false if unknown.
  bool showPage(const QString& name);

  // "sigmoid", "tanh" or "relu"; false if unknown (the current one stays).
  bool setActivation(const QString& name);
  void setX(double x);
  double x() const;
  QString activationText() const;  // the formula line under the plot

  // Logits as "2 1 0.1"; false with a one-line reason (on screen too) and the bars unchanged.
  bool setLogits(const QString& text, QString* error = nullptr);
  void setTemperature(double t);  // clamped to the slider's 0.1 … 5
  const std::vector<double>& probabilities() const { return probabilities_; }
  QString softmaxText() const;
  QString softmaxError() const;

  void setPrediction(double p);  // clamped to 0.01 … 0.99
  QString lossText() const;

  QCustomPlot* activationPlot() const { return activationPlot_; }
  QCustomPlot* softmaxPlot() const { return softmaxPlot_; }
  QCustomPlot* lossPlot() const { return lossPlot_; }
  SoftmaxJacobianPage* jacobianPage() const { return jacobianPage_; }
  NotesErrataPage* errataPage() const { return errataPage_; }

 private:
  QWidget* buildActivations();
  QWidget* buildSoftmax();
  QWidget* buildLosses();
  void plotActivation();
  void updateActivationMarker();
  void updateSoftmax();
  void updateLossMarker();

  QTabWidget* pages_ = nullptr;
  SoftmaxJacobianPage* jacobianPage_ = nullptr;
  NotesErrataPage* errataPage_ = nullptr;
  // Activations
  QComboBox* activationBox_ = nullptr;
  QSlider* xSlider_ = nullptr;
  QDoubleSpinBox* xSpin_ = nullptr;
  QCustomPlot* activationPlot_ = nullptr;
  QCPItemStraightLine* xLine_ = nullptr;
  QLabel* activationLabel_ = nullptr;
  // Softmax
  QLineEdit* logitsEdit_ = nullptr;
  QSlider* temperatureSlider_ = nullptr;
  QLabel* temperatureLabel_ = nullptr;
  QCustomPlot* softmaxPlot_ = nullptr;
  QCPBars* bars_ = nullptr;
  QLabel* softmaxLabel_ = nullptr;
  QLabel* softmaxError_ = nullptr;
  std::vector<double> logits_, probabilities_;
  // Losses
  QSlider* pSlider_ = nullptr;
  QCustomPlot* lossPlot_ = nullptr;
  QCPItemStraightLine* pLine_ = nullptr;
  QLabel* lossLabel_ = nullptr;
};

}  // namespace cnnlab
