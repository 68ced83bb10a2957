// Fit the room's screen (#18, #23): every tab and every stepper example at 1280×720 and 1920×1080,
// normal and presenter mode, checked from widget geometry and font metrics, not pixels: no label cut
// off, every number inside its cell, colour-bar labels apart, the window no larger than a 720p
// projector needs, and in presenter mode, on every tab, no text smaller than 1/40 of the window's
// height (18 px at 720p, 27 px at 1080p) in lines under 24 px, what the back row reads.
// In German (#27), at 1280×720 normal and presenter: the same checks with the longer words, and no
// English left in what a widget or a plot shows.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <cmath>
#include <limits>

#include "tests/qtry_timeout.hpp"

#include <qcustomplot.h>

#include "tests/test_main.hpp"
#include "tests/ui/painted_text.hpp"
#include "engine/teaching/example_registry.hpp"
#include "ui/main_window.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/dashboard/confusion_view.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/i18n/language.hpp"
#include "ui/plot/heatmap_helpers.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

constexpr int kPresenterLinePixels = 24;  // the smallest line height the back row reads (#18)
int gWindowHeight = 720;                   // the window being checked

// A presenter-mode problem with a font, or an empty string: its pixel size (the em, as QFontInfo
// resolves it) under 1/40 of the window's height, or its lines under 24 px.
QString smallFont(const QFont& font) {
  const int pixels = QFontInfo(font).pixelSize();
  const int line = QFontMetrics(font).height();
  const int minimum = (gWindowHeight + 39) / 40;
  if (pixels < minimum) return QString("is %1 px, under 1/40 of %2 px").arg(pixels).arg(gWindowHeight);
  if (line < kPresenterLinePixels) return QString("has %1 px lines").arg(line);
  return {};
}

QString where(const QWidget* w) {
  QStringList path;
  for (const QWidget* p = w; p; p = p->parentWidget())
    if (!p->objectName().isEmpty()) path.prepend(p->objectName());
  return path.join('/') + " (" + w->metaObject()->className() + ")";
}

// The size a label's text needs inside its contents rectangle.
QSize neededSize(const QLabel* label, int width) {
  const QString text = label->text();
  const bool rich = label->textFormat() == Qt::RichText ||
                    (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
  if (rich) {
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(label->font());
    doc.setHtml(text);
    if (label->wordWrap()) doc.setTextWidth(width);
    return QSize(int(std::ceil(label->wordWrap() ? doc.idealWidth() : doc.size().width())),
                 int(std::ceil(doc.size().height())));
  }
  const QFontMetrics metrics(label->font());
  const int flags = label->wordWrap() ? int(Qt::TextWordWrap) : 0;
  return metrics.boundingRect(QRect(0, 0, label->wordWrap() ? width : 100000, 100000), flags, text).size();
}

QStringList labelProblems(QWidget* root, bool presenter) {
  QStringList problems;
  for (QLabel* label : root->findChildren<QLabel*>()) {
    if (!label->isVisible() || label->text().isEmpty()) continue;
    const int m = label->margin();
    const QRect area = label->contentsRect().adjusted(m, m, -m, -m);
    const QSize needed = neededSize(label, area.width());
    if (needed.width() > area.width() + 1 || needed.height() > area.height() + 1)
      problems << QString("%1 '%2' needs %3×%4, has %5×%6")
                      .arg(where(label), label->text().left(60))
                      .arg(needed.width())
                      .arg(needed.height())
                      .arg(area.width())
                      .arg(area.height());
    if (const QString small = presenter ? smallFont(label->font()) : QString(); !small.isEmpty())
      problems << QString("%1 '%2' %3 in presenter mode").arg(where(label), label->text().left(60), small);
  }
  return problems;
}

QStringList cellProblems(QWidget* root) {
  QStringList problems;
  // The notes' worked examples (matrices of up to 6×6) are read from the back of the room: at least
  // 48 px a cell at 720p, more on a larger screen (#23), on every example, the MLP's and a trained
  // network's included.
  const int smallestCell = 48 * gWindowHeight / 720;
  for (MatrixGrid* grid : root->findChildren<MatrixGrid*>())
    if (grid->isVisible() && !grid->matrix().is_empty() &&
        std::max(grid->matrix().n_rows, grid->matrix().n_cols) <= 6 && grid->cellSize() < smallestCell)
      problems << QString("%1: %2 px cells for a %3×%4 matrix, under %5 px").arg(where(grid)).arg(grid->cellSize())
                      .arg(grid->matrix().n_rows).arg(grid->matrix().n_cols).arg(smallestCell);
  for (ConfusionView* view : root->findChildren<ConfusionView*>()) {
    if (!view->isVisible()) continue;
    view->replot(QCustomPlot::rpImmediateRefresh);
    view->replot(QCustomPlot::rpImmediateRefresh);  // fitRanges runs after the first layout
    // Hiding every number would pass the check below; a confusion matrix with room must show them.
    if (view->numbers() == ConfusionView::Numbers::None && std::min(view->width(), view->height()) >= 400)
      problems << QString("%1: %2×%3 px and no numbers").arg(where(view)).arg(view->width()).arg(view->height());
    for (const ConfusionView::CellText& t : view->cellTexts())
      if (!t.cell.adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.needed))
        problems << QString("%1: '%2' needs %3×%4 px, its cell is %5×%6")
                        .arg(where(view), t.text)
                        .arg(t.needed.width(), 0, 'f', 1)
                        .arg(t.needed.height(), 0, 'f', 1)
                        .arg(t.cell.width(), 0, 'f', 1)
                        .arg(t.cell.height(), 0, 'f', 1);
  }
  for (MatrixGrid* grid : root->findChildren<MatrixGrid*>()) {
    if (!grid->isVisible()) continue;
    // Squeezed below its minimum, a grid paints its title above its own top edge: cut off.
    if (grid->height() < grid->minimumSizeHint().height() || grid->width() < grid->minimumSizeHint().width())
      problems << QString("%1: squeezed to %2×%3, it needs %4×%5").arg(where(grid)).arg(grid->width()).arg(grid->height())
                      .arg(grid->minimumSizeHint().width()).arg(grid->minimumSizeHint().height());
    for (const MatrixGrid::CellText& t : grid->cellTexts())
      if (!grid->rect().contains(t.box))
        problems << QString("%1: the cell of '%2' lies outside the %3×%4 grid").arg(where(grid), t.text).arg(grid->width()).arg(grid->height());
      else if (!t.box.contains(t.needed))
        problems << QString("%1: '%2' needs %3×%4 px, its cell is %5×%6")
                        .arg(where(grid), t.text)
                        .arg(t.needed.width())
                        .arg(t.needed.height())
                        .arg(t.box.width())
                        .arg(t.box.height());
  }
  return problems;
}

// Text that widgets paint themselves (#23): the board's cells and notes, the designer's diagram,
// the Data grid, kernel mosaics, the quiz projector, every plot's ticks, titles and numbers, and
// every label, button and header as Qt draws it. In presenter mode none is under 1/40 of the
// window's height (the rule; a number in a cell is one short word, so the 24 px lines asked
// of labels' text are not asked of it); in every mode none is cut by its widget's edge or by the
// clip its painter set. Editors and item views scroll their text on purpose: only their size is
// checked.
QStringList paintedTextProblems(QWidget* w, bool presenter, bool scrolls) {
  QStringList problems;
  const int minimum = (gWindowHeight + 39) / 40;
  for (const test::PaintedText& t : test::TextRecorder::of(w)) {
    if (const int pixels = QFontInfo(t.font).pixelSize(); presenter && pixels < minimum)
      problems << QString("%1 paints '%2' at %3 px, under 1/40 of %4 px in presenter mode")
                      .arg(where(w), t.text.left(60)).arg(pixels).arg(gWindowHeight);
    if (scrolls) continue;
    QRectF area = QRectF(w->rect());
    if (t.clip) area &= *t.clip;
    // Cut means a glyph's pixels outside: the line box's empty space above the capitals may go.
    if (!area.adjusted(-2, -2, 2, 2).contains(t.ink))  // a J's hook may reach 2 px left of its origin
      problems << QString("%1 paints '%2' cut off: its letters cover %3,%4 %5×%6, the painter shows %7,%8 %9×%10")
                      .arg(where(w), t.text.left(60))
                      .arg(t.ink.x(), 0, 'f', 0).arg(t.ink.y(), 0, 'f', 0)
                      .arg(t.ink.width(), 0, 'f', 0).arg(t.ink.height(), 0, 'f', 0)
                      .arg(area.x(), 0, 'f', 0).arg(area.y(), 0, 'f', 0)
                      .arg(area.width(), 0, 'f', 0).arg(area.height(), 0, 'f', 0);
  }
  return problems;
}

QStringList paintedTextProblems(QWidget* root, bool presenter) {
  QStringList problems;
  // Content wider than its scroll area is cut at the right edge until scrolled sideways: a view
  // scrolls down, never across (a plot's whole title asked for it in presenter mode's narrow columns).
  // A table's or a list's columns behind a sideways scroll bar are as cut as the rest.
  for (QAbstractScrollArea* area : root->findChildren<QAbstractScrollArea*>())
    if (area->isVisible() && area->horizontalScrollBar()->isVisible())
      problems << QString("%1 scrolls sideways: %2 px more than its %3 px")
                      .arg(where(area)).arg(area->horizontalScrollBar()->maximum()).arg(area->viewport()->width());
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible() || w->width() <= 0 || w->height() <= 0) continue;
    bool scrolls = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w);
    if (auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w &&
        !qobject_cast<QScrollArea*>(area) && !qobject_cast<QHeaderView*>(area))
      scrolls = true;  // an item view's or a text editor's rows, scrolled (a header's titles are checked)
    problems << paintedTextProblems(w, presenter, scrolls);
  }
  return problems;
}

// Two neighbouring tick labels of an axis that run into each other (a 90 px bar chart's "75 50 25 0
// −25 −50 −75" in presenter mode), or an empty string.
QString tickLabelOverlap(QCPAxis* axis) {
  if (axis->tickLabelRotation() != 0) return {};
  const QFontMetricsF metrics(axis->tickLabelFont());
  const QVector<double> ticks = axis->tickVector();
  const QVector<QString> labels = axis->tickVectorLabels();
  struct Label {
    double at, extent;
    QString text;
  };
  QList<Label> shown;
  const bool vertical = axis->orientation() == Qt::Vertical;
  for (int i = 0; i < ticks.size() && i < labels.size(); ++i)
    if (axis->range().contains(ticks[i]) && !labels[i].isEmpty())
      shown.append({axis->coordToPixel(ticks[i]), vertical ? metrics.height() : metrics.horizontalAdvance(labels[i]), labels[i]});
  std::sort(shown.begin(), shown.end(), [](const Label& a, const Label& b) { return a.at < b.at; });
  for (int i = 1; i < shown.size(); ++i)
    if (shown[i].at - shown[i - 1].at < (shown[i].extent + shown[i - 1].extent) / 2)
      return QString("tick labels '%1' and '%2' overlap (%3 px apart, %4 px %5)")
          .arg(shown[i - 1].text, shown[i].text)
          .arg(shown[i].at - shown[i - 1].at, 0, 'f', 1)
          .arg((shown[i].extent + shown[i - 1].extent) / 2, 0, 'f', 1)
          .arg(vertical ? "high" : "wide");
  return {};
}

// Colour-bar tick labels must not overlap; in presenter mode every plot text is ≥ 24 px high.
QStringList plotProblems(QWidget* root, bool presenter) {
  QStringList problems;
  for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
    if (!plot->isVisible()) continue;
    plot->replot(QCustomPlot::rpImmediateRefresh);
    plot->replot(QCustomPlot::rpImmediateRefresh);  // a colour bar's ticks follow its first layout
    auto small = [&](const QFont& font, const QString& what) {
      if (const QString s = presenter ? smallFont(font) : QString(); !s.isEmpty())
        problems << QString("%1: %2 %3 in presenter mode").arg(where(plot), what, s);
    };
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
      if (!element || !element->visible()) continue;
      if (auto* text = dynamic_cast<QCPTextElement*>(element); text && !text->text().isEmpty()) {
        small(text->font(), "title '" + text->text() + "'");
        const int needed = QFontMetrics(text->font()).boundingRect(QRect(), Qt::AlignCenter, text->text()).width();
        if (needed > text->outerRect().width())
          problems << QString("%1: title '%2' needs %3 px, has %4").arg(where(plot), text->text()).arg(needed).arg(text->outerRect().width());
      }
      if (auto* scale = dynamic_cast<QCPColorScale*>(element)) {
        QCPAxis* axis = scale->axis();
        small(axis->tickLabelFont(), "colour-bar tick labels");
        const QFontMetricsF metrics(axis->tickLabelFont());
        QList<double> ys;
        for (double v : axis->tickVector()) ys << axis->coordToPixel(v);
        std::sort(ys.begin(), ys.end());
        // QCustomPlot silently drops a label that the widget's edge would cut.
        if (!ys.isEmpty() && (ys.front() - metrics.height() / 2 < 0 || ys.back() + metrics.height() / 2 > plot->height()))
          problems << QString("%1: a colour-bar label is cut off by the plot's edge (ticks at %2 … %3 px of %4)")
                          .arg(where(plot)).arg(ys.front(), 0, 'f', 0).arg(ys.back(), 0, 'f', 0).arg(plot->height());
        for (int i = 1; i < ys.size(); ++i)
          if (ys[i] - ys[i - 1] < metrics.height())
            problems << QString("%1: colour-bar labels %2 px apart, %3 px high")
                            .arg(where(plot))
                            .arg(ys[i] - ys[i - 1], 0, 'f', 1)
                            .arg(metrics.height(), 0, 'f', 1);
      }
      if (auto* rect = dynamic_cast<QCPAxisRect*>(element))
        for (QCPAxis* axis : rect->axes())
          if (axis->visible() && axis->tickLabels()) {
            small(axis->tickLabelFont(), "tick labels");
            if (const QString overlap = tickLabelOverlap(axis); !overlap.isEmpty())
              problems << QString("%1: %2").arg(where(plot), overlap);
          }
    }
    for (int i = 0; i < plot->itemCount(); ++i)
      if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible())
        small(text->font(), "'" + text->text() + "'");
  }
  return problems;
}

// The window's and every tab's minimum size within 1280×720 (in presenter mode, whose text grows
// with the window, within the window's size), and the window at the size asked for.
QStringList sizeProblems(MainWindow& window, const QSize& size, bool presenter) {
  QStringList problems;
  const QSize hint = window.minimumSizeHint();
  const QSize room = presenter ? size : QSize(1280, 720);
  if (hint.width() > room.width() || hint.height() > room.height())
    problems << QString("the window's minimum size hint is %1×%2").arg(hint.width()).arg(hint.height());
  for (int t = 0; t < window.tabs()->count(); ++t) {
    const QSize tab = window.tabs()->widget(t)->minimumSizeHint();
    if (hint.width() > room.width() || hint.height() > room.height() || tab.width() > room.width() || tab.height() > room.height())
      problems << QString("tab '%1' needs %2×%3").arg(window.tabs()->tabText(t)).arg(tab.width()).arg(tab.height());
  }
  // CNNLAB_FIT_DEBUG=1 lists the widgets that make the window too large.
  if (qEnvironmentVariableIsSet("CNNLAB_FIT_DEBUG") && (qEnvironmentVariableIsSet("CNNLAB_FIT_DEBUG_ALL") || hint.width() > room.width() || hint.height() > room.height()))
    for (QWidget* w : window.findChildren<QWidget*>())
      if (w->isVisible() && (window.tabs()->currentWidget()->isAncestorOf(w) || w->isWindow()) &&
          (w->minimumSizeHint().width() > room.width() / 2 || w->minimumSizeHint().height() > room.height() / 2))
      {
        qInfo().noquote() << "wide:" << where(w) << w->minimumSizeHint();
        if (QString(w->metaObject()->className()) == "QWidget")
          for (QWidget* c : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            qInfo().noquote() << "   child" << c->metaObject()->className() << c->objectName() << c->minimumSizeHint() << c->sizeHint();
      }
  if (window.size() != size)
    problems << QString("the window is %1×%2, not %3×%4").arg(window.width()).arg(window.height()).arg(size.width()).arg(size.height());

  return problems;
}

// A LeNet-5-like confusion matrix of 2,000 test images: three-digit counts on the diagonal.
arma::umat lenetConfusion() {
  arma::umat c(10, 10, arma::fill::zeros);
  const arma::uword diagonal[] = {190, 203, 188, 197, 181, 176, 192, 199, 170, 184};
  for (arma::uword r = 0; r < 10; ++r) {
    c(r, r) = diagonal[r];
    c(r, (r + 3) % 10) = 7;
    c(r, (r + 5) % 10) = 12;
  }
  return c;
}

struct View {
  QString name;
  QString example;  // stepper example, or empty
  int step = 0;     // -1: the example's last step
};

// Every tab and every Concepts page, and every stepper example at its first and its last step.
QList<View> allViews() {
  QList<View> views;
  for (const char* name : {"dashboard", "kernels", "feature-maps", "predictions", "health", "concepts-activations", "concepts-softmax",
                           "concepts-jacobian", "concepts-losses", "concepts-errata", "designer", "draw", "data", "compare",
                           "efficiency"})
    views.append({name, {}, 0});
  for (const ExampleInfo& example : exampleRegistry())
    for (int step : {1, -1}) views.append({"stepper", QString::fromStdString(example.name), step});
  return views;
}

// Text a widget shows that the room must read: buttons, fields, lists, tables, tabs.
bool showsText(const QWidget* w) {
  return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
         qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QLineEdit*>(w) ||
         qobject_cast<const QTabBar*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
         qobject_cast<const QHeaderView*>(w) || qobject_cast<const QGroupBox*>(w) || qobject_cast<const QMenuBar*>(w);
}

// In presenter mode every control's text is large enough; a button never cuts its text.
QStringList widgetProblems(QWidget* root, bool presenter) {
  QStringList problems;
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible() || !showsText(w)) continue;
    if (const QString small = presenter ? smallFont(w->font()) : QString(); !small.isEmpty())
      problems << QString("%1 %2 in presenter mode").arg(where(w), small);
    if (auto* button = qobject_cast<QPushButton*>(w); button && !button->text().isEmpty()) {
      const int needed = QFontMetrics(button->font()).horizontalAdvance(button->text());
      if (needed > button->contentsRect().width())
        problems << QString("%1 '%2' needs %3 px, has %4").arg(where(w), button->text()).arg(needed).arg(button->contentsRect().width());
    }
  }
  return problems;
}

// Every heat map on the palette its values call for (#23), from ui/palette.hpp's one definition:
// signed values (a negative among them) on the diverging scale, on a range symmetric about 0; the
// sequential scale only for values that cannot be negative; ink only for images. Kernels that happen
// to be all positive stay diverging: the quantity is signed.
QStringList paletteProblems(QWidget* root) {
  QStringList problems;
  const auto diverging = divergingGradient().colorStops(), sequential = sequentialGradient().colorStops(),
             ink = inkGradient().colorStops();
  for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
    if (!plot->isVisible()) continue;
    for (int i = 0; i < plot->plottableCount(); ++i) {
      auto* map = qobject_cast<QCPColorMap*>(plot->plottable(i));
      if (!map || !map->visible()) continue;
      QCPColorMapData* data = map->data();  // cell() is not const
      double lowest = std::numeric_limits<double>::infinity();
      for (int x = 0; x < data->keySize(); ++x)
        for (int y = 0; y < data->valueSize(); ++y)
          if (const double v = data->cell(x, y); std::isfinite(v)) lowest = std::min(lowest, v);
      if (!std::isfinite(lowest)) continue;  // nothing drawn yet
      const auto stops = map->gradient().colorStops();
      const QCPRange range = map->dataRange();
      const QString what = QString("%1 '%2'").arg(where(plot), map->name());
      if (stops != diverging && stops != sequential && stops != ink)
        problems << what + " uses a colour scale that is not one of ui/palette.hpp's";
      else if (lowest < 0 && stops != diverging)
        problems << what + QString(" shows a negative value (%1) on a scale for values ≥ 0").arg(lowest);
      else if (stops == diverging && std::abs(range.lower + range.upper) > 1e-6 * std::max(1.0, range.upper))
        problems << what + QString(" is diverging on %1…%2, not symmetric about 0").arg(range.lower).arg(range.upper);
    }
  }
  return problems;
}

// Words only English has: a text that shows one in German mode was not translated. (Not "in", "an",
// "so", "was", "see", "die", "full", "valid": German words, or the notes' mode names.)
const QSet<QString> kEnglishOnly = {
    "the", "and", "of", "with", "from", "this", "that", "is", "are", "your", "you", "to", "or", "on", "at", "for",
    "as", "by", "it", "its", "each", "every", "yet", "into", "after", "before", "when", "which", "what", "shows",
    "press", "click", "step", "steps", "back", "play", "reset", "speed", "network", "layer", "loss", "accuracy",
    "epoch", "epochs", "weights", "weight", "output", "input", "correlate", "convolve", "rotating", "model", "train"};

QString englishIn(QString text) {
  // A name the notes and the command line share (notebook-convolve, mlp-from-network) stays as it is,
  // alone or inside a German sentence.
  static const QRegularExpression identifier(QStringLiteral("\\b[a-z0-9]+(-[a-z0-9]+)+\\b"));
  text.remove(identifier);
  if (Qt::mightBeRichText(text)) {
    QTextDocument document;
    document.setHtml(text);
    text = document.toPlainText();
  }
  static const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]+"));
  QStringList found;
  for (auto it = word.globalMatch(text); it.hasNext();)
    if (const QString w = it.next().captured(); kEnglishOnly.contains(w.toLower())) found << w;
  return found.isEmpty() ? QString() : QString("'%1' (English: %2)").arg(text.simplified().left(120), found.join(", "));
}

// In German mode, the texts a student reads: labels, buttons, lists, tabs, group titles, menus, table
// headers and cells, plot titles and axis labels. Each one with an English word is a problem.
QStringList englishProblems(QWidget* root) {
  QStringList problems;
  auto check = [&](const QWidget* w, const QString& text) {
    if (const QString english = englishIn(text); !english.isEmpty()) problems << where(w) + " shows " + english;
  };
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible()) continue;
    if (auto* label = qobject_cast<QLabel*>(w)) check(w, label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(w)) check(w, button->text());
    if (auto* box = qobject_cast<QComboBox*>(w))
      for (int i = 0; i < box->count(); ++i) check(w, box->itemText(i));
    if (auto* tabs = qobject_cast<QTabBar*>(w))
      for (int i = 0; i < tabs->count(); ++i) check(w, tabs->tabText(i));
    if (auto* group = qobject_cast<QGroupBox*>(w)) check(w, group->title());
    if (auto* bar = qobject_cast<QMenuBar*>(w))
      for (QAction* action : bar->actions()) check(w, action->text());
    if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
      const QAbstractItemModel* model = view->model();
      for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
        for (int c = 0; c < std::min(model->columnCount(), 12); ++c) check(w, model->index(r, c).data().toString());
      for (int c = 0; c < std::min(model->columnCount(), 12); ++c) check(w, model->headerData(c, Qt::Horizontal).toString());
    }
    if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
      for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (auto* text = dynamic_cast<QCPTextElement*>(element); text && text->visible()) check(w, text->text());
      for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
          if (axis->visible()) check(w, axis->label());
    }
  }
  return problems;
}

}  // namespace

class TestScreenFit : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

 private slots:
  // The recorder sees what a paint event draws, where it lands: a word translated, a word cut by
  // its clip, and one painted past the widget's edge.
  void recordsPaintedText() {
    class Painter : public QWidget {
     public:
      void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        QFont f = font();
        f.setPixelSize(15);
        p.setFont(f);
        p.translate(5, 0);
        p.drawText(QPoint(10, 30), "inside");
        p.setClipRect(QRect(0, 40, 30, 30));
        p.drawText(QPoint(10, 60), "clipped words");
        p.setClipping(false);
        p.drawText(QPoint(width() - 20, 90), "past the edge");
      }
    } widget;
    widget.resize(200, 100);
    const std::vector<test::PaintedText> texts = test::TextRecorder::of(&widget);
    QCOMPARE(int(texts.size()), 3);
    QCOMPARE(texts[0].text, QString("inside"));
    QCOMPARE(QFontInfo(texts[0].font).pixelSize(), 15);
    const QFontMetricsF metrics(texts[0].font);
    QCOMPARE(texts[0].box.left(), 15.0);
    QCOMPARE(texts[0].box.top(), 30 - metrics.ascent());
    QVERIFY(std::abs(texts[0].box.width() - metrics.horizontalAdvance("inside")) < 1);
    QVERIFY(!texts[0].clip);
    QVERIFY(texts[1].clip);
    QCOMPARE(*texts[1].clip, QRectF(5, 40, 30, 30));
    gWindowHeight = 720;
    const QStringList problems = paintedTextProblems(&widget, true, false);
    qInfo().noquote() << problems.join("\n");
    QCOMPARE(problems.filter("cut off").size(), 2);  // the clipped words and those past the edge
    QCOMPARE(problems.filter("at 15 px, under 1/40 of 720 px").size(), 3);

    // A plot paints a cached image of itself: its text is recorded through toPainter.
    QCustomPlot plot;
    plot.resize(300, 200);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, "a plot's title"));
    plot.xAxis->setRange(0, 10);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QStringList plotTexts;
    for (const test::PaintedText& t : test::TextRecorder::of(&plot)) plotTexts << t.text;
    QVERIFY2(plotTexts.contains("a plot's title") && plotTexts.contains("10"), qPrintable(plotTexts.join(" | ")));
  }

  void clampedToScreen_data() {
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect projector(0, 0, 1280, 720);
    QTest::newRow("fits") << QRect(10, 20, 800, 600) << projector << QRect(10, 20, 800, 600);
    QTest::newRow("laptop's window on a projector") << QRect(100, 50, 1600, 1000) << projector << projector;
    QTest::newRow("off to the right") << QRect(1000, 100, 800, 600) << projector << QRect(480, 100, 800, 600);
    QTest::newRow("second screen") << QRect(0, 0, 1000, 900) << QRect(1920, 0, 1280, 800) << QRect(1920, 0, 1000, 800);
  }

  void clampedToScreen() {
    QFETCH(QRect, saved);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    QCOMPARE(MainWindow::clampedToScreen(saved, available), expected);
  }

  // First start: the preferred size if the screen has room, else maximised. Later starts: the saved
  // geometry, clamped to the screen.
  void opensAtTheRightSize() {
    QSettings().clear();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const bool small = available.width() < MainWindow::kPreferredSize.width() ||
                       available.height() < MainWindow::kPreferredSize.height();
    {
      MainWindow first;
      QCOMPARE(bool(first.windowState() & Qt::WindowMaximized), small);
      if (!small) QCOMPARE(first.size(), MainWindow::kPreferredSize);
      QVERIFY(available.contains(first.geometry()));
      first.setWindowState(Qt::WindowNoState);
      first.setGeometry(available.left() + 200, available.top() + 100, available.width() + 300, available.height() + 200);
      first.saveSettings();
    }
    MainWindow later;
    QVERIFY(!(later.windowState() & Qt::WindowMaximized));
    QVERIFY2(available.contains(later.geometry()), qPrintable(QString("%1,%2 %3×%4")
                                                                 .arg(later.x())
                                                                 .arg(later.y())
                                                                 .arg(later.width())
                                                                 .arg(later.height())));
    QSettings().clear();
  }

  void everyViewFits_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("preset");
    QTest::newRow("1280x720") << QSize(1280, 720) << false << "en" << "lenet5";
    QTest::newRow("1280x720 presenter") << QSize(1280, 720) << true << "en" << "lenet5";
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false << "en" << "lenet5";
    QTest::newRow("1920x1080 presenter") << QSize(1920, 1080) << true << "en" << "lenet5";
    // German's longer words, where the room is smallest.
    QTest::newRow("1280x720 de") << QSize(1280, 720) << false << "de" << "lenet5";
    QTest::newRow("1280x720 presenter de") << QSize(1280, 720) << true << "de" << "lenet5";
    // The network the app opens with: its dense layer's longer title ("Dense 3380→100") and two outputs.
    QTest::newRow("1280x720 presenter seed-binary") << QSize(1280, 720) << true << "en" << "seed-binary";
  }

  void everyViewFits() {
    QFETCH(QSize, size);
    QFETCH(bool, presenter);
    QFETCH(QString, language);
    QFETCH(QString, preset);
    QVERIFY(i18n::install(language));
    struct English {
      ~English() { i18n::install("en"); }  // the next row, whatever this one's outcome
    } english;
    MainWindow window;
    QVERIFY(window.session().selectPreset(preset));
    window.dashboard()->setPresenterMode(presenter);  // the whole window's, through the dashboard's switch
    window.setWindowState(Qt::WindowNoState);          // the offscreen screen is small: it opens maximised
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.dashboard()->lastSnapshot());
    // One epoch of training: the views as a class sees them once training has begun (the last
    // step's kernels, curves with points, a confusion matrix, a longer status line).
    window.dashboard()->runEpochs(1);
    QTRY_VERIFY(window.dashboard()->lastSnapshot() && window.dashboard()->lastSnapshot()->epochsDone >= 1 &&
                window.session().state() != RunState::Running);

    // Every problem is collected, so one run shows all that does not fit.
    QStringList problems, shownNumbers;
    gWindowHeight = size.height();
    for (const View& view : allViews()) {
      QVERIFY2(window.showView(view.name), qPrintable(view.name));
      if (!view.example.isEmpty()) {
        QVERIFY2(window.stepper()->openExample(view.example, 1), qPrintable(view.example));
        if (view.step < 0) window.stepper()->setStep(window.stepper()->stepCount());
      }
      if (view.name == "predictions" || view.name == "dashboard")
        for (ConfusionView* c : window.dashboard()->findChildren<ConfusionView*>())
          c->setConfusion(lenetConfusion(), {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
      QWidget* shown = window.tabs()->currentWidget();
      const bool presenterView = presenter;  // every tab (#23)
      // In presenter mode each dashboard section shows one of two panels at a time: check both.
      const int panels = presenter && shown == window.dashboard() ? 2 : 1;
      for (int panel = 0; panel < panels; ++panel) {
        if (panel > 0) window.dashboard()->nextPanel();
        QTest::qWait(120);  // queued replots and the dashboard's heavy-view timer
        // A snapshot that arrives late (a loaded machine) can set a label's text just before the
        // check, with its layout still pending ("needs 167×40, has 436×20"): apply pending layouts.
        for (int i = 0; i < 10; ++i) QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString label = QString("[%1%2%3] ")
                                  .arg(view.name)
                                  .arg(view.example.isEmpty() ? QString() : QString(" %1 step %2").arg(view.example).arg(window.stepper()->step()))
                                  .arg(presenter ? QString(" panel %1").arg(window.dashboard()->presenterPanel()) : QString());
        // Checked in every view: a view's content (feature maps, kernels) can raise the minimum.
        for (const QString& p : sizeProblems(window, size, presenter)) problems << label + p;
        for (ConfusionView* c : window.findChildren<ConfusionView*>())
          if (c->isVisible())
            shownNumbers << QString("%1 %2×%3 at %5 in %6: %4").arg(view.name).arg(c->width()).arg(c->height())
                                .arg(c->numbers() == ConfusionView::Numbers::Counts ? "counts" : c->numbers() == ConfusionView::Numbers::Percentages ? "percentages" : "none").arg(c->mapTo(&window, QPoint()).x()).arg(c->parentWidget()->width());
        for (const QString& p : labelProblems(&window, presenterView) + widgetProblems(&window, presenterView) + cellProblems(&window) +
                                     plotProblems(&window, presenterView) + paletteProblems(&window) +
                                     paintedTextProblems(&window, presenterView) +
                                     (language == "de" ? englishProblems(&window) : QStringList()))
          problems << label + p;
      }
    }
    problems.removeDuplicates();
    qInfo().noquote() << "confusion matrices show" << shownNumbers.join(", ");
    for (const QString& p : problems) qWarning().noquote() << p;  // QVERIFY2 cuts long messages short
    QVERIFY2(problems.isEmpty(), qPrintable(QString("%1 problems, listed above").arg(problems.size())));
  }
};

CNNLAB_TEST_MAIN(TestScreenFit)
#include "test_screen_fit.moc"
