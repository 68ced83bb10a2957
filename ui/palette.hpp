// The colours that carry a meaning, once for the whole app: a message that something was refused
// or is wrong, and an answer that is right. Colour never says it alone: the text says "wrong",
// "error" or ✓ as well.
#pragma once

#include <QColor>
#include <QString>

namespace cnnlab::palette {

inline constexpr QRgb kError = 0xc62828;  // refused input, a wrong answer, a failed check
inline constexpr QRgb kRight = 0x2e7d32;  // a right answer, a check that holds

// "color: #c62828;" for a label's style sheet.
inline QString textColour(QRgb colour) { return QStringLiteral("color: %1;").arg(QColor(colour).name()); }
inline QString name(QRgb colour) { return QColor(colour).name(); }

}  // namespace cnnlab::palette
