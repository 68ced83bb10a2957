// The app's one type scale: sizes by mode and window height, and restyling everything on a switch.
#include "ui/type_scale.hpp"

#include <QApplication>
#include <QPointer>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include <qcustomplot.h>

namespace cnnlab::type_scale {

namespace {

bool gPresenter = false;
int gHeight = 720;
std::optional<QFont> gNormalAppFont;  // the application's font before presenter mode first changed it

constexpr const char* kPixelsProperty = "cnnlabNormalPixels";
constexpr const char* kLabelPixelsProperty = "cnnlabNormalLabelPixels";
constexpr const char* kBoldProperty = "cnnlabBold";
constexpr const char* kOwnPlotsProperty = "cnnlabStylesOwnPlots";

bool stylesOwnPlots(const QWidget* w) {
  for (const QWidget* p = w; p; p = p->parentWidget())
    if (p->property(kOwnPlotsProperty).toBool()) return true;
  return false;
}

QFont sized(QFont f, int normalPixels) {
  f.setPixelSize(px(normalPixels));
  return f;
}

// A font of a plot part sized by the part's normal size under `property`: recorded by the code that
// made it, or here, the first time the part is seen in normal mode. Unknown in presenter mode: kept.
QFont rescaled(QObject* part, const char* property, const QFont& font) {
  QVariant normal = part->property(property);
  if (!normal.isValid()) {
    if (gPresenter) return font;
    normal = QFontInfo(font).pixelSize();
    part->setProperty(property, normal);
  }
  return sized(font, normal.toInt());
}

// Axes, legends, titles and text items of a plot no view restyles itself.
void restylePlot(QCustomPlot* plot) {
  auto restyleAxis = [](QCPAxis* axis) {
    axis->setTickLabelFont(rescaled(axis, kPixelsProperty, axis->tickLabelFont()));
    axis->setLabelFont(rescaled(axis, kLabelPixelsProperty, axis->labelFont()));
  };
  for (QCPAxisRect* rect : plot->axisRects())
    for (QCPAxis* axis : rect->axes()) restyleAxis(axis);
  if (plot->legend) plot->legend->setFont(rescaled(plot->legend, kPixelsProperty, plot->legend->font()));
  for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
    if (auto* title = dynamic_cast<QCPTextElement*>(element))
      title->setFont(rescaled(title, kPixelsProperty, title->font()));
    else if (auto* scale = dynamic_cast<QCPColorScale*>(element))
      restyleAxis(scale->axis());
  }
  for (int i = 0; i < plot->itemCount(); ++i)
    if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) text->setFont(rescaled(text, kPixelsProperty, text->font()));
  plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace

int minimumPixels(int height) { return std::max(21, (height + 39) / 40); }

int px(int normalPixels, bool presenter) {
  if (!presenter) return normalPixels;
  const int minimum = minimumPixels(gHeight);
  return std::max(minimum, int(std::lround(double(normalPixels) * gHeight / 720.0)));
}

int px(int normalPixels) { return px(normalPixels, gPresenter); }
bool presenter() { return gPresenter; }
int windowHeight() { return gHeight; }
int smallestCellPixels(int normalPixels) { return gPresenter ? (gHeight + 39) / 40 : normalPixels; }

QFont font(QFont base, int normalPixels, bool bold) {
  base.setPixelSize(px(normalPixels));
  base.setBold(bold);
  return base;
}

void setTextPixels(QWidget* w, int normalPixels, bool bold) {
  w->setProperty(kPixelsProperty, normalPixels);
  w->setProperty(kBoldProperty, bold);
  w->setFont(font(w->font(), normalPixels, bold));
}

void setTextPixels(QObject* plotPart, int normalPixels) {
  plotPart->setProperty(kPixelsProperty, normalPixels);
  if (auto* text = qobject_cast<QCPItemText*>(plotPart)) text->setFont(sized(text->font(), normalPixels));
  else if (auto* title = qobject_cast<QCPTextElement*>(plotPart)) title->setFont(sized(title->font(), normalPixels));
  else if (auto* legend = qobject_cast<QCPLegend*>(plotPart)) legend->setFont(sized(legend->font(), normalPixels));
}

void setAxisTextPixels(QCPAxis* axis, int tickPixels, int labelPixels) {
  axis->setProperty(kPixelsProperty, tickPixels);
  axis->setProperty(kLabelPixelsProperty, labelPixels);
  axis->setTickLabelFont(sized(axis->tickLabelFont(), tickPixels));
  axis->setLabelFont(sized(axis->labelFont(), labelPixels));
}

void setWindowHeight(int height) { gHeight = std::max(1, height); }

void markStylesOwnPlots(QWidget* w) { w->setProperty(kOwnPlotsProperty, true); }

Notifier& notifier() {
  static Notifier* instance = new Notifier;  // lives as long as the application's widgets
  return *instance;
}

void apply(bool presenter, int windowHeight) {
  gPresenter = presenter;
  setWindowHeight(windowHeight);
  if (!gNormalAppFont) gNormalAppFont = QApplication::font();
  QFont app = *gNormalAppFont;
  if (presenter) app.setPixelSize(px(kSmall));
  QApplication::setFont(app);
  const QList<QWidget*> widgets = QApplication::allWidgets();
  // QApplication tells the windows only while its event loop runs, and a window not yet shown does
  // not pass the font on to every child (a table's header kept 12 px): tell every widget here,
  // parents before children, so that each child takes its font from a parent already changed
  // (allWidgets() comes in no order: told child first, a header kept 12 px one run in two).
  std::vector<std::pair<int, QWidget*>> byDepth;  // each depth counted once, not in every comparison
  byDepth.reserve(std::size_t(widgets.size()));
  for (QWidget* w : widgets) {
    int depth = 0;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) ++depth;
    byDepth.emplace_back(depth, w);
  }
  std::stable_sort(byDepth.begin(), byDepth.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [depth, w] : byDepth) {
    QEvent changed(QEvent::ApplicationFontChange);
    QCoreApplication::sendEvent(w, &changed);
  }
  for (QWidget* w : widgets) {
    if (const QVariant normal = w->property(kPixelsProperty); normal.isValid())
      w->setFont(font(w->font(), normal.toInt(), w->property(kBoldProperty).toBool()));
    if (auto* plot = qobject_cast<QCustomPlot*>(w); plot && !stylesOwnPlots(plot)) restylePlot(plot);
    w->update();
  }
  emit notifier().changed(presenter);
}

}  // namespace cnnlab::type_scale
