// Small conversions every view uses when it puts the engine's text and counts on screen.
#pragma once

#include <QLocale>
#include <QString>

#include <cstddef>
#include <string>

namespace cnnlab {

// The engine's UTF-8 std::string as a QString.
inline QString qs(const std::string& text) { return QString::fromStdString(text); }

// A count with thousands separators, the same in every locale: 60,000.
inline QString groupedNumber(std::size_t n) { return QLocale(QLocale::English).toString(qulonglong(n)); }

}  // namespace cnnlab
