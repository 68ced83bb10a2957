// The Concepts page of the softmax Jacobian (second notes, §0.3.2.3): J_ij = ∂S_i/∂z_j for an
// editable z and temperature T as a labelled n × n heatmap with every value written in its cell.
#pragma once

#include <QString>
#include <QWidget>

#include <armadillo>
#include <cstddef>

#include "engine/teaching/example_registry.hpp"

class QCustomPlot;
class QCPColorMap;
class QLabel;
class QLineEdit;
class QSlider;

namespace cnnlab {

// The most logits the Concepts pages take: the softmax-jacobian example's limit on z, from the
// example registry (a 12 × 12 Jacobian still fits its cells).
inline std::size_t maxLogits() { return std::size_t(exampleParameter("z").highest); }

class SoftmaxJacobianPage : public QWidget {
  Q_OBJECT

 public:
  explicit SoftmaxJacobianPage(QWidget* parent = nullptr);

  // z as "2 1 0.1" (1 … 12 values); false with a one-line reason (on screen too), the matrix kept.
  bool setLogits(const QString& text, QString* error = nullptr);
  void setTemperature(double t);  // clamped to the slider's 0.1 … 5
  double temperature() const;

  const arma::vec& softmax() const { return softmax_; }
  const arma::mat& jacobian() const { return jacobian_; }  // n × n, from engine softmaxJacobian
  QString cellText(int row, int col) const;               // the value written in cell (i, j)
  QString rowSumsText() const;                            // "row sums: 0, 0, 0"
  QString errorText() const;
  QCustomPlot* plot() const { return plot_; }

 private:
  void update();

  arma::vec logits_, softmax_;
  arma::mat jacobian_;
  QLineEdit* logitsEdit_ = nullptr;
  QSlider* temperatureSlider_ = nullptr;
  QLabel* temperatureLabel_ = nullptr;
  QLabel* errorLabel_ = nullptr;
  QCustomPlot* plot_ = nullptr;
  QCPColorMap* map_ = nullptr;
  QLabel* explainLabel_ = nullptr;
  QLabel* rowSumsLabel_ = nullptr;
};

}  // namespace cnnlab
