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

void LineLabels::setLineLabelsShown(bool shown) {
  lineLabels_ = shown;
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LineLabels::setEmptyText(const QString& text) {
  emptyText_ = text;
  empty_->setText(text);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString LineLabels::labelOf(const QCPGraph* graph) const {
  const QCPItemText* label = labels_.value(graph);
  return label && label->visible() ? label->text() : QString();
}

QString LineLabels::emptyTextShown() const { return empty_->visible() ? emptyText_ : QString(); }

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
    const bool shown = lineLabels_ && hasPoint && !skipped_.contains(graph) && !graph->name().isEmpty();
    label->setVisible(shown);
    if (!shown) continue;
    // The last point in sight: a curve that leaves the plot (BCE towards p = 1) is named where it
    // leaves, not above the plot's top edge.
    QCPGraphData last = *(graph->data()->constEnd() - 1);
    const QCPRange keys = graph->keyAxis()->range(), values = graph->valueAxis()->range();
    for (auto it = graph->data()->constEnd(); it != graph->data()->constBegin();) {
      --it;
      if (keys.contains(it->key) && values.contains(it->value)) {
        last = *it;
        break;
      }
    }
    label->setText(graph->name());
    label->setFont(font);
    label->setColor(graph->pen().color().darker(115));
    placed.push_back({label, graph->keyAxis()->coordToPixel(last.key), graph->valueAxis()->coordToPixel(last.value)});
  }
  // Bars count as points too (the Efficiency tab's), though only lines are labelled.
  for (int i = 0; i < plot_->plottableCount() && !anyPoint; ++i)
    if (QCPAbstractPlottable* p = plot_->plottable(i); p->visible() && !qobject_cast<QCPGraph*>(p) && p->interface1D())
      anyPoint = p->interface1D()->dataCount() > 0;
  empty_->setVisible(!anyPoint && !emptyText_.isEmpty());
  empty_->setFont(font);
  // Right of each end where the plot has room (the epoch plots keep half an epoch free), else just
  // above-left of it, so a label never leaves the plot; labels that would overlap are moved apart.
  const QRect area = plot_->axisRect()->rect();
  const QFontMetricsF metrics(font);
  // The empty state's words wrap inside the axes (presenter mode's "Press ▶ Run experiment …" was
  // wider than a half-screen plot and lost both ends).
  QStringList lines;
  for (const QString& word : emptyText_.split(' ', Qt::SkipEmptyParts)) {
    if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + ' ' + word) <= area.width() - 16) lines.back() += ' ' + word;
    else lines << word;
  }
  if (const QString wrapped = lines.join('\n'); wrapped != empty_->text()) empty_->setText(wrapped);
  empty_->setTextAlignment(Qt::AlignCenter);
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
  // Pushed past the bottom: the labels move up from the bottom, each only as far as the one under
  // it needs (moving the whole stack up pushed a label at the top over the plot's edge).
  for (std::size_t i = boxes.size(); i-- > 0;) {
    const double lowest = i + 1 == boxes.size() ? area.bottom() - height / 2 : boxes[i + 1].centre - height;
    boxes[i].centre = std::max(std::min(boxes[i].centre, lowest), area.top() + height / 2);
  }
  for (const Box& b : boxes) {
    b.label->setPositionAlignment(b.horizontal | Qt::AlignVCenter);
    b.label->position->setCoords(b.x, b.centre);
  }
}

void legendUnderTheAxes(QCustomPlot* plot, int perRow) {
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot->legend->setWrap(perRow);
  plot->legend->setBrush(Qt::NoBrush);
  plot->legend->setBorderPen(Qt::NoPen);
  // In the layout only while it has entries: an empty legend's maximum width (its margins) caps
  // the column it shares with the axes, which then shrank to 50 px (Compare and Efficiency before
  // their first run).
  auto place = [plot] {
    QCPLayoutGrid* layout = plot->plotLayout();
    const bool inLayout = plot->legend->layout() == layout, wanted = plot->legend->itemCount() > 0;
    if (wanted && !inLayout) {
      layout->addElement(layout->rowCount(), 0, plot->legend);
      layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    } else if (!wanted && inLayout) {
      layout->take(plot->legend);
      layout->simplify();
    }
    plot->legend->setVisible(wanted);
  };
  QObject::connect(plot, &QCustomPlot::beforeReplot, plot, place);
  place();
}

}  // namespace cnnlab
