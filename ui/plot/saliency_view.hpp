// A saliency map drawn over its image: the digit in grey (a colour image faded), |∂Y_c/∂X| on top in its own colour scale
// (transparent at 0, yellow to red at the largest value), with the scale and what it means.
#pragma once

#include <QImage>
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
  // The same over a picture (grey or colour, H × W pixels: light = 1, as sampleImage(…, false) makes it).
  void setMap(const QImage& image, const arma::fmat& saliency, const QString& className);
  const arma::fmat& saliency() const { return saliency_; }
  QString caption() const;
  QSize sizeHint() const override { return {300, 340}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage image_;  // faded for the map on top
  arma::fmat saliency_;
  QString className_;
};

}  // namespace cnnlab
