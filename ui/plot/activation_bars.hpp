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
  // labels: one per value (class names) or empty for 1…n; highlight: index to colour, or −1.
  void setValues(const arma::fvec& values, const QStringList& labels = {}, int highlight = -1,
                 std::optional<QCPRange> range = std::nullopt);
  void setPresenterMode(bool presenter);
  std::size_t valueCount() const { return count_; }

 private:
  QCPTextElement* title_;
  QCPBars* bars_;
  QCPBars* highlighted_;
  std::size_t count_ = 0;
  QStringList labels_;
};

}  // namespace cnnlab
