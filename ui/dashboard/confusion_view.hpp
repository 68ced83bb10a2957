// The test set's confusion matrix as a heatmap (row = true class, column = predicted), with the
// count in every cell; updated after every epoch.
#pragma once

#include <armadillo>
#include <qcustomplot.h>
#include <QStringList>
#include <vector>

namespace cnnlab {

class ConfusionView : public QCustomPlot {
  Q_OBJECT

 public:
  explicit ConfusionView(QWidget* parent = nullptr);

  // confusion: C × C counts; names: each class's name (a digit, or an image folder's name). Names
  // longer than kShortName characters label the rows as "name (i)" and the columns by i alone.
  void setConfusion(const arma::umat& confusion, const QStringList& names);
  static constexpr int kShortName = 4;
  const QStringList& names() const { return names_; }
  void setPresenterMode(bool presenter);
  const arma::umat& confusion() const { return confusion_; }

  // Every text drawn in a cell with the rectangle it needs and its cell's, in widget pixels as of
  // the last layout: a text fits when the first lies inside the second. For tests.
  struct CellText {
    QString text;
    QRectF needed, cell;
  };
  std::vector<CellText> cellTexts() const;  // the visible ones

  // What the cells say: their counts, each true class's percentages when the counts do not fit,
  // or nothing when neither fits at a readable size.
  enum class Numbers { Counts, Percentages, None };
  Numbers numbers() const { return numbers_; }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void fitRanges();
  void fitCellTexts(int cellPixels);

  QCPTextElement* title_;
  QCPColorMap* map_;
  std::vector<QCPItemText*> labels_;
  arma::umat confusion_;
  QStringList names_;
  bool presenter_ = false;
  int cellPixels_ = -1;  // the cell size the texts were last fitted to
  Numbers numbers_ = Numbers::Counts;
};

}  // namespace cnnlab
