// ConfusionView: a C × C colour map with counts.
#include "ui/dashboard/confusion_view.hpp"

#include <algorithm>
#include "ui/type_scale.hpp"

#include "ui/plot/heatmap_helpers.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

ConfusionView::ConfusionView(QWidget* parent) : QCustomPlot(parent) {
  setObjectName("confusionMatrix");
  plotLayout()->insertRow(0);
  title_ = new QCPTextElement(this, tr("Confusion matrix (test set)"), QFont(font().family(), 12, QFont::Bold));
  plotLayout()->addElement(0, 0, title_);
  map_ = new QCPColorMap(xAxis, yAxis);
  map_->setInterpolate(false);
  map_->setGradient(sequentialGradient());
  xAxis->setLabel(tr("predicted"));
  yAxis->setLabel(tr("true"));
  xAxis->grid()->setVisible(false);
  yAxis->grid()->setVisible(false);
  xAxis->setSubTicks(false);
  yAxis->setSubTicks(false);
  xAxis->setTickLength(0, 0);
  yAxis->setTickLength(0, 0);
  connect(this, &QCustomPlot::afterLayout, this, &ConfusionView::fitRanges);
  PlotExport::addContextMenu(this);
  setPresenterMode(false);
}

void ConfusionView::setConfusion(const arma::umat& confusion, const QStringList& names) {
  confusion_ = confusion;
  names_ = names;
  const int C = int(confusion.n_rows);
  QCPColorMapData* data = map_->data();
  data->setSize(C, C);
  data->setRange(QCPRange(0, C - 1), QCPRange(0, C - 1));
  // Colour by the share of each true class, so small classes read as clearly as big ones.
  arma::fmat share(C, C, arma::fill::zeros);
  for (int r = 0; r < C; ++r) {
    const double total = double(arma::accu(confusion.row(r)));
    for (int c = 0; c < C; ++c) share(r, c) = total > 0 ? float(double(confusion(r, c)) / total) : 0.f;
  }
  setMatrixCells(data, share);
  map_->setDataRange(QCPRange(0, 1));

  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
  // Class names where they fit: a column is as wide as a cell, a row label has the room to its left.
  const bool shortNames = std::all_of(names.begin(), names.end(), [](const QString& n) { return n.size() <= kShortName; });
  for (int c = 0; c < C; ++c) {
    const QString name = names.value(c, QString::number(c));
    ticker->addTick(c, shortNames ? name : QString::number(c));
    yTicker->addTick(flippedRow(c, C), shortNames ? name : QString("%1 (%2)").arg(name).arg(c));
  }
  xAxis->setTicker(ticker);
  yAxis->setTicker(yTicker);

  for (QCPItemText* t : labels_) removeItem(t);
  labels_.clear();
  // Text and font are chosen in fitRanges, once the cells' size is known.
  for (int r = 0; r < C; ++r)
    for (int c = 0; c < C; ++c) {
      if (confusion(r, c) == 0 && r != c) continue;
      auto* t = new QCPItemText(this);
      t->position->setCoords(c, flippedRow(r, C));
      t->setColor(share(r, c) > 0.55f ? Qt::white : (r == c ? Qt::black : palette::wrong));
      labels_.push_back(t);
    }
  cellPixels_ = -1;
  if (isVisible()) replot(QCustomPlot::rpQueuedReplot);  // a hidden one is redrawn when shown
}

std::vector<ConfusionView::CellText> ConfusionView::cellTexts() const {
  std::vector<CellText> texts;
  for (const QCPItemText* t : labels_) {
    if (!t->visible()) continue;
    const QPointF centre = t->position->pixelPosition();
    const QPointF coords = t->position->coords();
    const QFontMetricsF metrics(t->font());
    QRectF needed(0, 0, metrics.horizontalAdvance(t->text()), metrics.height());
    needed.moveCenter(centre);
    const QRectF cell(QPointF(xAxis->coordToPixel(coords.x() - 0.5), yAxis->coordToPixel(coords.y() + 0.5)),
                      QPointF(xAxis->coordToPixel(coords.x() + 0.5), yAxis->coordToPixel(coords.y() - 0.5)));
    texts.push_back({t->text(), needed, cell.normalized()});
  }
  return texts;
}

void ConfusionView::showEvent(QShowEvent* event) {
  QCustomPlot::showEvent(event);
  replot(QCustomPlot::rpQueuedReplot);
}

void ConfusionView::fitRanges() {
  const int C = std::max(1, map_->data()->keySize());
  const QRect r = axisRect()->rect();
  if (r.width() <= 0 || r.height() <= 0) return;
  const double scale = std::min(r.width(), r.height()) / double(C);
  const double halfW = r.width() / scale / 2, halfH = r.height() / scale / 2;
  xAxis->setRange((C - 1) / 2.0 - halfW, (C - 1) / 2.0 + halfW);
  yAxis->setRange((C - 1) / 2.0 - halfH, (C - 1) / 2.0 + halfH);
  fitCellTexts(int(scale));
}

// The counts at the largest size that fits every cell, down to a floor that stays readable (in
// presenter mode 16 pt); then each true class's percentages, which are shorter than 3-digit counts;
// then no numbers at all, the colour alone. Never a number wider than its cell (#18).
void ConfusionView::fitCellTexts(int cellPixels) {
  if (cellPixels == cellPixels_ || labels_.empty()) return;
  cellPixels_ = cellPixels;
  const int C = int(confusion_.n_rows);
  auto count = [&](const QCPItemText* t) {
    const QPointF at = t->position->coords();
    return confusion_(std::size_t(flippedRow(int(std::lround(at.y())), C)), std::size_t(std::lround(at.x())));
  };
  auto percent = [&](const QCPItemText* t) {
    const QPointF at = t->position->coords();
    const arma::uword row = arma::uword(flippedRow(int(std::lround(at.y())), C));
    const double total = double(arma::accu(confusion_.row(row)));
    return total > 0 ? QString::number(std::lround(100.0 * double(count(t)) / total)) : QString("0");
  };
  const int preferred = presenter_ ? type_scale::px(C > 6 ? 15 : 20, true) : (C > 6 ? 12 : 17);
  const int floor = presenter_ ? smallPixels(true) : 9;
  QFont f = font();
  f.setBold(true);
  auto fits = [&](bool percentages, int points) {
    f.setPixelSize(points);
    const QFontMetricsF metrics(f);
    if (metrics.height() > cellPixels - 2) return false;
    for (const QCPItemText* t : labels_)
      if (metrics.horizontalAdvance(percentages ? percent(t) : QString::number(count(t))) > cellPixels - 4) return false;
    return true;
  };
  Numbers shown = Numbers::None;
  int points = preferred;
  for (const Numbers mode : {Numbers::Counts, Numbers::Percentages}) {
    for (points = preferred; points >= floor && !fits(mode == Numbers::Percentages, points); --points) {
    }
    if (points >= floor) {
      shown = mode;
      break;
    }
  }
  numbers_ = shown;
  f.setPixelSize(std::max(points, floor));
  for (QCPItemText* t : labels_) {
    t->setVisible(shown != Numbers::None);
    t->setText(shown == Numbers::Percentages ? percent(t) : QString::number(count(t)));
    t->setFont(f);
  }
  title_->setText(shown == Numbers::Counts        ? tr("Confusion matrix (test set)")
                  : shown == Numbers::Percentages ? tr("Confusion matrix (test set, % of each true class)")
                                                  : tr("Confusion matrix (test set; enlarge for numbers)"));
}

void ConfusionView::setPresenterMode(bool presenter) {
  presenter_ = presenter;
  stylePlot(this, presenter);
  xAxis->grid()->setVisible(false);
  yAxis->grid()->setVisible(false);
  xAxis->setBasePen(Qt::NoPen);
  yAxis->setBasePen(Qt::NoPen);
  QFont f = title_->font();
  f.setPixelSize(titlePixels(presenter));
  title_->setFont(f);
  cellPixels_ = -1;
  if (!confusion_.is_empty()) setConfusion(arma::umat(confusion_), QStringList(names_));
}

}  // namespace cnnlab
