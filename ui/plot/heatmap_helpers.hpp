// Shared look of every plot: colour scales for heatmaps (diverging around 0 for weights), the one
// place where Armadillo's top-row-first matrices are flipped into QCPColorMap's bottom-left cells,
// and fonts and pens for normal and presenter mode.
#pragma once

#include <armadillo>

#include "ui/palette.hpp"
#include <qcustomplot.h>

namespace cnnlab {

// Colours used throughout the dashboard (colour-blind safe, readable on a projector).
namespace palette {
inline const QColor train{QColor(kTrain)};        // blue (ui/palette.hpp: shared with the page)
inline const QColor test{QColor(kTest)};          // orange
inline const QColor previous{QColor(kPrevious)};  // grey, the previous run
// Right and wrong: ui/palette.hpp's, the one definition the page shares (safe for colour-blind eyes).
inline const QColor wrong{QColor(kError)};       // misclassified
inline const QColor right{QColor(kRight)};       // correct
}  // namespace palette

// ui/palette.hpp's kDiverging: blue (negative) – white (0) – red (positive), on a range symmetric about 0.
QCPColorGradient divergingGradient();
// ui/palette.hpp's kSequential: light yellow (low) to dark brown (high), no blue: activations, counts.
QCPColorGradient sequentialGradient();
// White (0) to black (1): digits as ink on paper.
QCPColorGradient inkGradient();

// The cell row of matrix row `row` in a map `rows` cells tall: Armadillo's row 0 is the top,
// QCPColorMap's cell row 0 is the bottom.
inline int flippedRow(int row, int rows) { return rows - 1 - row; }
// Writes m into data with its top-left entry at cell column `left`, matrix row `top` of the map.
void setMatrixCells(QCPColorMapData* data, const arma::fmat& m, int left = 0, int top = 0);

// max |v| over m, at least a tiny positive number so a zero range never occurs.
double symmetricLimit(const arma::fmat& m);

// Fonts, pens and margins for a plot; presenter mode doubles line widths and enlarges text.
void stylePlot(QCustomPlot* plot, bool presenter);
// A plot's text sizes in pixels, from the app's type scale (ui/type_scale.hpp): axis labels, the
// smallest text (tick labels, colour bars, counts) and titles. In presenter mode the smallest is
// 1/40 of the window's height and at least 21 px: lines 24 px high, what the back row reads (#18).
int basePixels(bool presenter);
int smallPixels(bool presenter);
int titlePixels(bool presenter);
double lineWidth(bool presenter);

// A plot's title ("Layer 4 · Dense 3380→100 · before activation · 100") on one line if it fits in
// width, else broken at its " · " into as few lines as fit; a part too wide for a line on its own
// ("What the network sees (28×28)" on a projector) is broken at its words.
QString wrappedTitle(const QString& title, const QFontMetrics& metrics, int width);
// The widest " · " part of a title: the narrowest a plot can be with its title whole.
int widestTitlePart(const QString& title, const QFontMetrics& metrics);
// Shows `unwrapped` in `title` broken for `width` pixels; true when its lines changed.
bool fitTitle(QCPTextElement* title, const QString& unwrapped, int width);
// A plot's minimum size (its own hint) with a title that wraps: no wider than the title's widest
// part plus `margin` (at least 120 px) and what the plot has `besides` it (a colour bar), and one
// line of the title high: a plot laid out narrow once must not ask for the height of those lines
// ever after (a window grown by it stays grown).
// In a view that scrolls down (scrollingHeight > 0): at least scrollingHeight, and every line.
QSize minimumSizeWithTitle(QSize hint, const QCPTextElement* title, const QString& unwrapped, int margin,
                           int besides, int scrollingHeight);

}  // namespace cnnlab
