// A vector of activations as bars: dense-layer outputs, or the output probabilities with the
// predicted class highlighted.
#pragma once

#include <QStringList>
#include <armadillo>
#include <qcustomplot.h>

namespace cnnlab {

class ActivationBars : public QCustomPlot {
  Q_OBJECT

 public:
  explicit ActivationBars(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  QString title() const { return titleText_; }  // as set; shown broken at its " · " where narrow
  // labels: one per value (class names) or empty for 1…n; highlight: index to colour, or −1.
  void setValues(const arma::fvec& values, const QStringList& labels = {}, int highlight = -1,
                 std::optional<QCPRange> range = std::nullopt);
  void setPresenterMode(bool presenter);
  std::size_t valueCount() const { return count_; }
  // As narrow as its title's widest " · " part (the title wraps): in the Draw tab's and the feature
  // maps' narrow columns of presenter mode the whole title asked for a sideways scroll.
  QSize minimumSizeHint() const override;
  // As HeatmapMosaic::setScrollingHeight: at least plotHeight, taller by the title's extra lines.
  void setScrollingHeight(int plotHeight);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitTitle(int width);
  QString titleText_;
  int scrollingHeight_ = 0;
  QCPTextElement* title_;
  QCPBars* bars_;
  QCPBars* highlighted_;
  std::size_t count_ = 0;
  QStringList labels_;
};

}  // namespace cnnlab
