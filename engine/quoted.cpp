#include "engine/quoted.hpp"

#include <cstdio>

namespace cnnlab {

namespace {

// The length of the UTF-8 sequence at text[i] and its code point, or 0 when the bytes there are
// not a well-formed sequence (a stray continuation byte, a truncated or overlong one).
std::size_t sequence(std::string_view text, std::size_t i, char32_t* point) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  char32_t value = length == 1 ? lead : lead & (0x7f >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
    value = (value << 6) | (byte(i + k) & 0x3f);
  }
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kSmallest[length] || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return 0;
  *point = value;
  return length;
}

}  // namespace

std::string oneLine(std::string_view text, bool doubleBackslash) {
  std::string line;
  line.reserve(text.size());
  char escape[16];
  for (std::size_t i = 0; i < text.size();) {
    char32_t point = 0;
    const std::size_t length = sequence(text, i, &point);
    if (length == 0) {  // not UTF-8: the byte, visibly
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(text[i]));
      line += escape;
      ++i;
      continue;
    }
    if (point == '\n') line += "\\n";
    else if (point == '\r') line += "\\r";
    else if (point == '\t') line += "\\t";
    else if (point == '\\' && doubleBackslash) line += "\\\\";  // so a typed backslash-n is not read as a newline
    else if (point < 0x20 || point == 0x7f) std::snprintf(escape, sizeof escape, "\\x%02x", unsigned(point)), line += escape;
    // C1 controls (0x9b is a terminal's CSI), and the line and paragraph separators.
    else if ((point >= 0x80 && point <= 0x9f) || point == 0x2028 || point == 0x2029)
      std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(point)), line += escape;
    else line.append(text.substr(i, length));
    i += length;
  }
  return line;
}

namespace {
std::string quotedWith(std::string_view text, std::size_t most, const char* mark) {
  if (text.size() <= most) return mark + oneLine(text) + mark;
  std::size_t cut = most;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;  // not inside a character
  return mark + oneLine(text.substr(0, cut)) + "\u2026" + mark;
}
}  // namespace

std::string inQuotes(std::string_view text, std::size_t most) { return quotedWith(text, most, "'"); }
std::string inDoubleQuotes(std::string_view text, std::size_t most) { return quotedWith(text, most, "\""); }

}  // namespace cnnlab
