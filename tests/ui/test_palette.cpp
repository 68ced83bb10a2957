// One palette (#23): the desktop's colour scales and the classroom page's come from one definition,
// ui/palette.hpp. The page gets it as /palette.js, written by the server from the same constants;
// the desktop's gradients interpolate the same stops; and the page's scripts draw heat maps only
// through it (no colour scale of their own).
#include <QtTest>
#include <QFile>
#include <QRegularExpression>

#include "tests/test_main.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/palette.hpp"
#include "ui/plot/heatmap_helpers.hpp"

using namespace cnnlab;

namespace {

// [[at, "#rrggbb"], …] of `export const NAME = …;` in palette.js.
std::vector<std::pair<double, QString>> stopsIn(const QString& js, const QString& name) {
  std::vector<std::pair<double, QString>> stops;
  const QRegularExpression line("export const " + name + " = \\[(.*)\\];");
  const QString list = line.match(js).captured(1);
  const QRegularExpression stop("\\[([0-9.]+), \"(#[0-9a-f]{6})\"\\]");
  for (auto it = stop.globalMatch(list); it.hasNext();) {
    const auto m = it.next();
    stops.emplace_back(m.captured(1).toDouble(), m.captured(2));
  }
  return stops;
}

template <std::size_t N>
void compare(const std::vector<std::pair<double, QString>>& web, const palette::Stop (&desktop)[N], QCPColorGradient gradient) {
  QCOMPARE(web.size(), N);
  for (std::size_t i = 0; i < N; ++i) {
    QCOMPARE(web[i].first, desktop[i].at);
    QCOMPARE(web[i].second, QColor(desktop[i].colour).name());
    // The desktop's gradient passes through each stop (to within its 350 levels' rounding).
    const QColor drawn = QColor::fromRgb(gradient.color(desktop[i].at, QCPRange(0, 1)));
    const QColor stop(desktop[i].colour);
    QVERIFY2(std::abs(drawn.red() - stop.red()) <= 3 && std::abs(drawn.green() - stop.green()) <= 3 &&
                 std::abs(drawn.blue() - stop.blue()) <= 3,
             qPrintable(drawn.name() + " ≠ " + stop.name()));
  }
}

}  // namespace

class TestPalette : public QObject {
  Q_OBJECT

 private slots:
  void desktopAndPageShareOneDefinition() {
    const QString js = QString::fromUtf8(paletteJs());
    compare(stopsIn(js, "diverging"), palette::kDiverging, divergingGradient());
    compare(stopsIn(js, "sequential"), palette::kSequential, sequentialGradient());
    QVERIFY(js.contains("export const right = \"" + QColor(palette::kRight).name() + "\";"));
  }

  // Signed values on white-centred blue–red; values that cannot be negative on a scale without
  // blue, so a dark cell never reads as "negative" in either.
  void theScalesSayWhatTheyMean() {
    const QColor middle(palette::kDiverging[std::size(palette::kDiverging) / 2].colour);
    QVERIFY(middle.lightness() > 240);  // 0 is white
    QVERIFY(QColor(palette::kDiverging[0].colour).blue() > QColor(palette::kDiverging[0].colour).red());
    const QColor top(palette::kDiverging[std::size(palette::kDiverging) - 1].colour);
    QVERIFY(top.red() > top.blue());
    for (const palette::Stop& s : palette::kSequential) QVERIFY2(QColor(s.colour).blue() <= QColor(s.colour).red(), qPrintable(QColor(s.colour).name()));
    for (std::size_t i = 1; i < std::size(palette::kSequential); ++i)  // light to dark, evenly ordered
      QVERIFY(QColor(palette::kSequential[i].colour).lightness() < QColor(palette::kSequential[i - 1].colour).lightness());
  }

  // The page draws heat maps only through chart.js, which takes its stops from palette.js.
  void thePageHasNoScaleOfItsOwn() {
    QFile chart(":/web/chart.js");
    QVERIFY(chart.open(QIODevice::ReadOnly));
    QVERIFY(chart.readAll().contains("from \"./palette.js\""));
    for (const char* file : {":/web/live.js", ":/web/draw.js", ":/web/style.css"}) {
      QFile f(file);
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QString text = QString::fromUtf8(f.readAll());
      QVERIFY2(!text.contains("rgba("), file);                      // no hand-mixed heat colours
      QVERIFY2(!text.contains("linear-gradient(90deg, #"), file);   // no scale key of its own
    }
  }
};

CNNLAB_TEST_MAIN(TestPalette)
#include "test_palette.moc"
