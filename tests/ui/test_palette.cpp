// One palette (#23): the desktop's colour scales and the classroom page's come from one definition,
// ui/palette.hpp. The page gets it as /palette.js, written by the server from the same constants;
// the desktop's gradients interpolate the same stops; and the page's scripts draw heat maps only
// through it (no colour scale of their own).
#include <QtTest>
#include <algorithm>
#include <cmath>
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

// Colour-vision deficiency, simulated (Machado, Oliveira & Fernandes 2009, severity 1, in linear
// sRGB), and CIE L*a*b* distances (ΔE 1976) between what such a viewer sees.
enum class Vision { Normal, Protanopia, Deuteranopia };
constexpr Vision kVisions[] = {Vision::Normal, Vision::Protanopia, Vision::Deuteranopia};
const char* name(Vision v) { return v == Vision::Normal ? "normal" : v == Vision::Protanopia ? "protanopia" : "deuteranopia"; }

struct Lab {
  double l, a, b;
};

Lab seen(QRgb rgb, Vision vision) {
  static constexpr double kProtan[3][3] = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
  static constexpr double kDeutan[3][3] = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
  auto linear = [](int c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  const double in[3] = {linear(qRed(rgb)), linear(qGreen(rgb)), linear(qBlue(rgb))};
  double c[3] = {in[0], in[1], in[2]};
  if (vision != Vision::Normal) {
    const auto& m = vision == Vision::Protanopia ? kProtan : kDeutan;
    for (int i = 0; i < 3; ++i) c[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
  }
  const double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
  const double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  const double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(QRgb a, QRgb b, Vision vision) {
  const Lab p = seen(a, vision), q = seen(b, vision);
  return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
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

  // Safe for colour-blind viewers (#23, #27): for a protanope and a deuteranope as for everyone, the
  // ends of each scale stay far apart and far from the diverging scale's white 0, the sequential
  // scale still darkens step by step, the series colours stay apart, and right and wrong do too.
  void theColoursSurviveColourBlindness() {
    const QRgb low = palette::kDiverging[0].colour, high = palette::kDiverging[std::size(palette::kDiverging) - 1].colour;
    const QRgb zero = palette::kDiverging[std::size(palette::kDiverging) / 2].colour;
    const QRgb light = palette::kSequential[0].colour, dark = palette::kSequential[std::size(palette::kSequential) - 1].colour;
    const std::pair<QColor, QColor> series[] = {{palette::train, palette::test}, {palette::train, palette::previous},
                                                {palette::test, palette::previous}};
    for (const Vision v : kVisions) {
      const QString who = name(v);
      QVERIFY2(distance(low, high, v) >= 30, qPrintable(who + QString(": diverging ends %1 apart").arg(distance(low, high, v))));
      QVERIFY2(distance(low, zero, v) >= 60 && distance(high, zero, v) >= 60, qPrintable(who + ": an end too close to 0's white"));
      QVERIFY2(distance(light, dark, v) >= 60, qPrintable(who + ": sequential ends too close"));
      for (std::size_t i = 1; i < std::size(palette::kSequential); ++i)
        QVERIFY2(seen(palette::kSequential[i].colour, v).l < seen(palette::kSequential[i - 1].colour, v).l - 5,
                 qPrintable(who + QString(": sequential stop %1 is not darker than the one before").arg(i)));
      for (const auto& [a, b] : series)
        QVERIFY2(distance(a.rgb(), b.rgb(), v) >= 20, qPrintable(who + ": series " + a.name() + " and " + b.name() + " too close"));
      QVERIFY2(distance(palette::kRight, palette::kError, v) >= 30,
               qPrintable(who + QString(": right and wrong %1 apart").arg(distance(palette::kRight, palette::kError, v))));
    }
    // The old green and red, to show what the check catches: 16–19 apart for these viewers.
    QVERIFY(distance(0x2e7d32, 0xc62828, Vision::Deuteranopia) < 30);
    QVERIFY(distance(0x2e7d32, 0xc62828, Vision::Protanopia) < 30);
  }

  // The page's right and wrong are the app's: palette.js sets them, style.css only reads them.
  void thePageSaysRightAndWrongInTheAppsColours() {
    const QString js = QString::fromUtf8(paletteJs());
    QVERIFY(js.contains("export const wrong = \"" + QColor(palette::kError).name() + "\";"));
    QFile css(":/web/style.css");
    QVERIFY(css.open(QIODevice::ReadOnly));
    const QString style = QString::fromUtf8(css.readAll());
    for (const char* rule : {".error { color: var(--wrong)", "#quiz-reply.ok { color: var(--right)", "#quiz-reply.error { color: var(--wrong)",
                             "#practice-reply.ok { color: var(--right)"})
      QVERIFY2(style.contains(rule), rule);
    QFile main(":/web/main.js");
    QVERIFY(main.open(QIODevice::ReadOnly));
    QVERIFY(main.readAll().contains("setProperty(\"--wrong\", wrong)"));
  }

  // The curves' series are one definition too: the page's train and test are the desktop's (the
  // page's test orange was 4 ΔE from "wrong"), far from "wrong" for every viewer, and readable
  // as text on white; live.js draws with them, not with colours of its own.
  void theSeriesAreTheDesktopsOnThePage() {
    const QString js = QString::fromUtf8(paletteJs());
    QVERIFY(js.contains("export const train = \"" + QColor(palette::kTrain).name() + "\";"));
    QVERIFY(js.contains("export const test = \"" + QColor(palette::kTest).name() + "\";"));
    QCOMPARE(palette::test, QColor(palette::kTest));
    QCOMPARE(palette::train, QColor(palette::kTrain));
    // For a protanope or deuteranope every orange dark enough for text is within 2–10 of "wrong";
    // "wrong" never appears without its word or ✗ (ui/palette.hpp), and the series stay apart from
    // each other for them (theColoursSurviveColourBlindness).
    QVERIFY2(distance(palette::kTest, palette::kError, Vision::Normal) >= 20,
             qPrintable(QString("test and wrong %1 apart").arg(distance(palette::kTest, palette::kError, Vision::Normal))));
    QVERIFY(distance(0xc2410c, palette::kError, Vision::Normal) < 20);  // the page's old test orange: caught
    QVERIFY(palette::contrast(QColor(palette::kTest), Qt::white) >= 4.5);
    QVERIFY(palette::contrast(QColor(palette::kTrain), Qt::white) >= 4.5);
    QFile live(":/web/live.js");
    QVERIFY(live.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(live.readAll());
    QVERIFY(code.contains("colour: train") && code.contains("colour: test"));
    QVERIFY2(!code.contains(QRegularExpression("colour: \"#")), "live.js draws a curve in a colour of its own");
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
