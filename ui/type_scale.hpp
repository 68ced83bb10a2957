// One type scale for the whole app (#23). Every text size in the UI is written as its size in normal
// mode, in pixels, and passed through px(). Presenter mode scales the sizes with the window's height:
// no text is smaller than 1/40 of it (and never under 21 px, lines 24 px high, what the back row of
// a classroom reads at 720p), and text that is larger in normal mode stays larger in proportion.
// Menus, dialogs and every tab follow: apply() sets the application's font too.
#pragma once

#include <QFont>
#include <QObject>

class QWidget;
class QCPAxis;

namespace cnnlab::type_scale {

// Normal-mode sizes of the roles text plays, in pixels (96 dpi: 10 pt = 13 px, 13 pt = 17 px).
inline constexpr int kSmall = 13;     // tick labels, counts, captions
inline constexpr int kBody = 17;      // the tabs' text
inline constexpr int kHeading = 22;   // a panel's title
inline constexpr int kHeadline = 27;  // a view's punch line: a verdict, a diagnosis, a warning

// The smallest text presenter mode shows in a window `height` pixels high: max(21, ⌈height/40⌉).
int minimumPixels(int height);
// The size of text whose normal size is normalPixels: itself in normal mode; in presenter mode at
// least minimumPixels, and normalPixels × height / 720 above that: text already sized for a 720p
// room keeps its size there, and everything grows with the screen (half as large again at 1080p),
// so a view that fits 1280×720 in presenter mode fits 1920×1080 the same way.
int px(int normalPixels, bool presenter);
int px(int normalPixels);  // in the current mode
bool presenter();
int windowHeight();
// The smallest size a number packed into a cell (a board grid's value, a kernel's weight) may
// shrink to: normalPixels in normal mode; in presenter mode 1/40 of the window's height (18 px at
// 720p, 27 px at 1080p). A number that does not fit at that size is not drawn small: it is left to
// the formula line or the tooltip.
int smallestCellPixels(int normalPixels);

// base at px(normalPixels), bold or not.
QFont font(QFont base, int normalPixels, bool bold = false);
// Gives w a font of px(normalPixels), and keeps it so whenever the mode changes.
void setTextPixels(QWidget* w, int normalPixels, bool bold = false);

// The window's height, recorded without restyling (normal mode does not depend on it).
void setWindowHeight(int height);
// Switches the whole app: the application font (menus, dialogs, every widget that inherits it),
// every widget given a size with setTextPixels, and every plot that is not under a widget marked
// with markStylesOwnPlots (those restyle themselves, as the dashboard does). Widgets are repainted.
void apply(bool presenter, int windowHeight);
void markStylesOwnPlots(QWidget* w);

// Tells the views that style their own plots (markStylesOwnPlots) that apply() ran.
class Notifier : public QObject {
  Q_OBJECT
 signals:
  void changed(bool presenter);
};
Notifier& notifier();

// A plot item's, title's or legend's normal-mode size, set now and kept so by apply(). A part not
// given one keeps the size it had when apply() first saw it in normal mode; one first seen in
// presenter mode without a size is left as its plot made it.
void setTextPixels(QObject* plotPart, int normalPixels);
// An axis's tick labels and label at their normal sizes, kept so by apply().
void setAxisTextPixels(QCPAxis* axis, int tickPixels, int labelPixels);

}  // namespace cnnlab::type_scale
