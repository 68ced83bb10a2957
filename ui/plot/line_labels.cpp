// LineLabels: QCPItemTexts at the lines' last points, moved apart when they would overlap.
#include "ui/plot/line_labels.hpp"

#include <algorithm>
#include <vector>

#include <qcustomplot.h>

namespace cnnlab {

LineLabels::LineLabels(QCustomPlot* plot) : QObject(plot), plot_(plot) {
  plot->legend->setVisible(false);
  empty_ = new QCPItemText(plot);
  empty_->position->setType(QCPItemPosition::ptAxisRectRatio);
  empty_->position->setCoords(0.5, 0.45);
  empty_->setPositionAlignment(Qt::AlignCenter);
  empty_->setColor(QColor(0x55, 0x55, 0x55));
  empty_->setVisible(false);
  connect(plot, &QCustomPlot::afterLayout, this, &LineLabels::place);
}

void LineLabels::skip(QCPGraph* graph) { skipped_.insert(graph); }

void LineLabels::setEmptyText(const QString& text) {
  empty_->setText(text);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString LineLabels::labelOf(const QCPGraph* graph) const {
  const QCPItemText* label = labels_.value(graph);
  return label && label->visible() ? label->text() : QString();
}

QString LineLabels::emptyTextShown() const { return empty_->visible() ? empty_->text() : QString(); }

void LineLabels::place() {
  struct Placed {
    QCPItemText* label;
    double x, y;  // pixels of the line's last point
  };
  std::vector<Placed> placed;
  const QFont font = [&] {
    QFont f = plot_->xAxis->tickLabelFont();
    f.setBold(true);
    return f;
  }();
  bool anyPoint = false;
  for (int i = 0; i < plot_->graphCount(); ++i) {
    QCPGraph* graph = plot_->graph(i);
    QCPItemText*& label = labels_[graph];
    if (!label) {
      label = new QCPItemText(plot_);
      label->position->setType(QCPItemPosition::ptAbsolute);
      label->setPadding(QMargins(3, 0, 3, 0));
      label->setBrush(QColor(255, 255, 255, 200));  // legible over a grid line or another curve
    }
    const bool hasPoint = graph->visible() && !graph->data()->isEmpty();
    anyPoint = anyPoint || hasPoint;
    const bool shown = hasPoint && !skipped_.contains(graph) && !graph->name().isEmpty();
    label->setVisible(shown);
    if (!shown) continue;
    const QCPGraphData last = *(graph->data()->constEnd() - 1);
    label->setText(graph->name());
    label->setFont(font);
    label->setColor(graph->pen().color().darker(115));
    placed.push_back({label, graph->keyAxis()->coordToPixel(last.key), graph->valueAxis()->coordToPixel(last.value)});
  }
  empty_->setVisible(!anyPoint && !empty_->text().isEmpty());
  empty_->setFont(font);
  // Right of each end where the plot has room (the epoch plots keep half an epoch free), else just
  // above-left of it, so a label never leaves the plot; labels that would overlap are moved apart.
  const QRect area = plot_->axisRect()->rect();
  const QFontMetricsF metrics(font);
  const double height = metrics.height() + 2;
  struct Box {
    QCPItemText* label;
    double x, centre;
    Qt::Alignment horizontal;
  };
  std::vector<Box> boxes;
  for (const Placed& p : placed) {
    const double width = metrics.horizontalAdvance(p.label->text()) + 8;
    if (p.x + 8 + width <= area.right()) boxes.push_back({p.label, p.x + 8, p.y, Qt::AlignLeft});
    else boxes.push_back({p.label, std::max(p.x - 6, area.left() + width), p.y - height / 2 - 4, Qt::AlignRight});
  }
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.centre < b.centre; });
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    double& centre = boxes[i].centre;
    centre = std::max(centre, area.top() + height / 2);
    if (i > 0) centre = std::max(centre, boxes[i - 1].centre + height);
  }
  // Pushed past the bottom: the stack moves up as a whole.
  if (!boxes.empty() && boxes.back().centre > area.bottom() - height / 2) {
    const double shift = boxes.back().centre - (area.bottom() - height / 2);
    for (Box& b : boxes) b.centre -= shift;
  }
  for (const Box& b : boxes) {
    b.label->setPositionAlignment(b.horizontal | Qt::AlignVCenter);
    b.label->position->setCoords(b.x, b.centre);
  }
}

}  // namespace cnnlab
