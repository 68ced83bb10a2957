// Direct labels for a plot's lines (#23): each named, visible graph is labelled in its own colour
// at the end of its line, where the eye already is, instead of in a boxed legend over the data; and
// while no line has a point, the plot says in words what to do to get one (its empty state).
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QCustomPlot;
class QCPGraph;
class QCPItemText;

namespace cnnlab {

class LineLabels : public QObject {
  Q_OBJECT

 public:
  // Hides plot's legend and places the labels after each of its layouts (so a resize moves them).
  explicit LineLabels(QCustomPlot* plot);

  void skip(QCPGraph* graph);             // left unlabelled (the raw per-step loss under its average)
  void setEmptyText(const QString& text);  // shown in the middle while no graph has a point
  void setLineLabelsShown(bool shown);     // false: only the empty state (a legend names the lines)

  // For tests: the label of a graph ("" when it has none shown) and the empty state shown.
  QString labelOf(const QCPGraph* graph) const;
  QString emptyTextShown() const;

 private:
  void place();

  QCustomPlot* plot_;
  QSet<const QCPGraph*> skipped_;
  bool lineLabels_ = true;
  QHash<const QCPGraph*, QCPItemText*> labels_;
  QString emptyText_;  // as set; shown wrapped to the axes' width
  QCPItemText* empty_ = nullptr;
};

// A legend (of bars, which have no line end to label) in a row of its own under the axes, `perRow`
// entries side by side, with no box: never over the data. Shown, and in the layout, only while it
// has entries.
void legendUnderTheAxes(QCustomPlot* plot, int perRow);

}  // namespace cnnlab
