// A saliency map drawn over its image, titled "What the network looked at": the digit in grey (a
// colour image faded), |∂Y_c/∂X| on top in the app's one non-negative scale (ui/palette.hpp's
// kSequential: transparent and light at 0, dark at the largest value), with a 0 … max bar labelled
// low and high and a line on what the map is.
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
  QString title() const;    // "What the network looked at (“7”)"
  QString caption() const;  // what the map is: |∂Y/∂X|, the notes' ∂E/∂X carried back to the image
  QSize sizeHint() const override;
  // Never so short that the title, a map and its labelled bar would be cut (presenter mode's type
  // in a narrow column); the caption is drawn only where it leaves the map room, and is always the
  // tooltip.
  QSize minimumSizeHint() const override;
  bool captionShown() const;  // at the current size

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // Where everything goes at the current size and type scale.
  struct Layout {
    QRect title, caption;  // caption: empty when it is left to the tooltip
    QRect map, bar, labels;
  };
  Layout layout() const;
  // The wrapped title's, the wrapped caption's and a label's heights at the current width and type.
  struct TextHeights {
    int title, caption, label;
  };
  TextHeights textHeights() const;
  static int neededHeight(const TextHeights& text, bool withCaption);

  QImage image_;  // faded for the map on top
  arma::fmat saliency_;
  QString className_;
};

}  // namespace cnnlab
