// A saliency map drawn over its digit: the image in grey, |∂Y_c/∂X| on top in its own colour scale
// (transparent at 0, yellow to red at the largest value), with the scale and what it means.
#pragma once

#include <QWidget>
#include <armadillo>

namespace cnnlab {

class SaliencyView : public QWidget {
  Q_OBJECT

 public:
  explicit SaliencyView(QWidget* parent = nullptr);

  // image, saliency: H × W (row 0 = top), image in [0, 1]; saliency ≥ 0 (|∂Y_c/∂X|). className:
  // the class whose output was differentiated. Empty matrices clear the view.
  void setMap(const arma::fmat& image, const arma::fmat& saliency, const QString& className);
  const arma::fmat& saliency() const { return saliency_; }
  QString caption() const;
  QSize sizeHint() const override { return {300, 340}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  arma::fmat image_, saliency_;
  QString className_;
};

}  // namespace cnnlab
