// The colours that carry a meaning, once for the whole app and the classroom page: a message that
// something was refused or is wrong, an answer that is right, and the two colour scales of every
// heat map. Colour never says it alone: the text says "wrong", "error" or ✓ as well.
#pragma once

#include <QColor>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace cnnlab::palette {

// Right and wrong are teal-green and orange-red, not the usual green and red: those two are 16–19
// apart (CIE ΔE) for a protanope or deuteranope, these 40 and 58 (test_palette simulates it). Text
// says "wrong" or ✗ as well all the same. Both read at 5.6:1 or more on white.
inline constexpr QRgb kError = 0xbf360c;  // refused input, a wrong answer, a failed check
inline constexpr QRgb kRight = 0x00695c;  // a right answer, a check that holds
inline constexpr QRgb kWarning = 0xffb300;  // a warning's background (amber, under black text): training in trouble

// The two series every curve plot has, on the desktop and the page: train blue, test orange. The
// orange is dark enough for text on white (4.7:1) and 23 ΔE from kError, so a test curve does not
// read as "wrong" (the page's earlier #c2410c was 4 ΔE from it). For a protanope or deuteranope no
// such orange stays apart from kError: that is why "wrong" always comes with its word or ✗.
inline constexpr QRgb kTrain = 0x1f77b4;
inline constexpr QRgb kTest = 0xb35c00;
inline constexpr QRgb kPrevious = 0x9a9a9a;  // the previous run, under the current one

// A colour scale's stops: position in [0, 1] and colour. The desktop's plots (ui/plot/heatmap_helpers)
// and the page (GET /palette.js, which the server writes from these) interpolate the same stops.
struct Stop {
  double at;
  QRgb colour;
};

// Signed values (weights, kernels, pre-activations, gradients): ColorBrewer RdBu, reversed, so
// negative is blue, 0 is white and positive is red, on a scale symmetric about 0.
inline constexpr Stop kDiverging[] = {{0.0, 0x053061}, {0.2, 0x4393c3}, {0.4, 0xd1e5f0}, {0.5, 0xf7f7f7},
                                      {0.6, 0xfddbc7}, {0.8, 0xd6604d}, {1.0, 0x67001f}};
// Values that cannot be negative (activations after ReLU, pooling, counts, saliency, probabilities):
// ColorBrewer YlOrBr, light to dark, with no blue in it, so it is never read as "negative".
inline constexpr Stop kSequential[] = {{0.0, 0xffffe5}, {0.25, 0xfee391}, {0.5, 0xfe9929}, {0.75, 0xcc4c02}, {1.0, 0x662506}};

// The colour at t in [0, 1] of a scale, interpolated between its stops in RGB, as the plots'
// gradients and the page's palette.js do.
template <std::size_t N>
QColor colourAt(const Stop (&stops)[N], double t) {
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  for (std::size_t i = 1; i < N; ++i)
    if (t <= stops[i].at) {
      const double f = (t - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
      const QColor a(stops[i - 1].colour), b(stops[i].colour);
      return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())), float(a.greenF() + f * (b.greenF() - a.greenF())),
                              float(a.blueF() + f * (b.blueF() - a.blueF())));
    }
  return QColor(stops[N - 1].colour);
}

// A signed value on the diverging scale symmetric about 0: ±limit are its ends, 0 is white.
inline QColor divergingColour(double value, double limit) {
  return colourAt(kDiverging, limit > 0 ? 0.5 + 0.5 * value / limit : 0.5);
}

// WCAG's relative luminance of a colour, and the contrast ratio of two (1 … 21).
inline double luminance(const QColor& c) {
  auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}
inline double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The board's dark ink (#212121) or white, whichever reads better on `fill`.
inline QColor readableInk(const QColor& fill) {
  const QColor dark(0x212121), light(Qt::white);
  return contrast(fill, dark) >= contrast(fill, light) ? dark : light;
}

// "color: #c62828;" for a label's style sheet.
inline QString textColour(QRgb colour) { return QStringLiteral("color: %1;").arg(QColor(colour).name()); }
inline QString name(QRgb colour) { return QColor(colour).name(); }

}  // namespace cnnlab::palette
