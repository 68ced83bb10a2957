// Tick labels that never run into each other, whatever size the type scale gives them (#23): in
// presenter mode a 90 px bar chart drew "75 50 25 0 −25 −50 −75" on top of one another.
#pragma once

class QCustomPlot;

namespace cnnlab {

// After each layout, every visible axis with a numeric ticker asks for the most ticks, never more
// than the ticker asked for before, whose labels stay apart on the axis as laid out (the ticker is
// asked for them: its "nice" steps can be finer than the count suggests), and the plot is drawn
// again if a count changed. Text tickers (class names) are left alone.
void keepTickLabelsApart(QCustomPlot* plot);

}  // namespace cnnlab
