// Tick labels that never run into each other, whatever size the type scale gives them (#23): in
// presenter mode a 90 px bar chart drew "75 50 25 0 −25 −50 −75" on top of one another.
#pragma once

class QCustomPlot;

namespace cnnlab {

// Before each replot, every visible axis with a numeric ticker asks for as many ticks as its length
// holds with its labels apart (a label and a half of height on a vertical axis, the widest label
// and a half on a horizontal one), never more than the ticker asked for before. Text tickers
// (class names) are left alone.
void keepTickLabelsApart(QCustomPlot* plot);

}  // namespace cnnlab
