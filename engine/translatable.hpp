// The engine's words in the user's language, without Qt (issue #27). The engine writes English; every
// word a view shows is marked so that Qt's lupdate puts it into the catalogue (context "engine" of
// resources/i18n/cnnlab_de.ts), and the UI translates it (ui/i18n/engine_text.hpp):
//   - a fixed text: QT_TRANSLATE_NOOP("engine", "Slide the kernel over the input, …");
//   - a text with values: a Phrase, an English template marked the same way, with %1, %2 … where the
//     values go, and the values, filled in after the template is translated. A value is a number or
//     the notes' notation (the same in every language), or a Phrase of its own.
// The notes' formulas, symbols and numbers are never marked: they stay as they are in every language.
// The CLI, the classroom's JSON, the handouts and the tests read the English, as before.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Qt's own definition (qglobal.h): a file that also includes Qt sees the same macro, defined twice alike.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace cnnlab {

// text with each %1 … %99 replaced by values[0] …, once (a value's own % is not read again); a
// placeholder with no value stays as written. "%1 of %2", {"3", "7"} → "3 of 7".
inline std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& values) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string filled;
  filled.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // %1 … %99, as QString::arg reads them: one or two digits, the first not 0.
    if (text[i] == '%' && i + 1 < text.size() && digit(text[i + 1]) && text[i + 1] != '0') {
      std::size_t end = i + 2, n = std::size_t(text[i + 1] - '0');
      if (end < text.size() && digit(text[end])) n = n * 10 + std::size_t(text[end++] - '0');
      if (n <= values.size()) {
        filled += values[n - 1];
        i = end - 1;
        continue;
      }
    }
    filled += text[i];
  }
  return filled;
}

// An English text that remembers how it was made, for the UI to translate: it *is* the English (a
// std::string, read as before), and a Phrase made from a template keeps the template and its values.
// Changing the string afterwards (+=) forgets nothing but makes the record stale: composed() is then
// false, and the UI looks the whole text up instead.
class Phrase : public std::string {
 public:
  Phrase() = default;
  Phrase(const char* text) : std::string(text) {}
  Phrase(std::string text) : std::string(std::move(text)) {}
  // source: the English template with %1, %2 …, marked QT_TRANSLATE_NOOP("engine", …) when it has
  // words (a template of notation alone, "%1   (%2)", is not marked).
  Phrase(const char* source, std::vector<Phrase> values)
      : std::string(fillPlaceholders(source, english(values))), source_(source), values_(std::move(values)), made_(true) {}

  // The parts one after the other, each keeping its own template: the template "%1%2…" (past 99
  // parts, more than a placeholder can number, plain text).
  static Phrase joined(std::vector<Phrase> parts) {
    if (parts.size() > 99) return Phrase(concatenated(parts));
    std::string source;
    for (std::size_t i = 0; i < parts.size(); ++i) source += "%" + std::to_string(i + 1);
    return Phrase(source.c_str(), std::move(parts));
  }

  // True when made from a template, and the text is still that template filled with the values.
  bool composed() const { return made_ && fillPlaceholders(source_, english(values_)) == *this; }
  // The template (the text itself when not composed) and its values (none when not composed).
  const std::string& source() const { return composed() ? source_ : *this; }
  const std::vector<Phrase>& values() const {
    static const std::vector<Phrase> none;
    return composed() ? values_ : none;
  }

 private:
  static std::string concatenated(const std::vector<Phrase>& parts) {
    std::string text;
    for (const std::string& part : parts) text += part;
    return text;
  }
  static std::vector<std::string> english(const std::vector<Phrase>& values) {
    return std::vector<std::string>(values.begin(), values.end());
  }

  std::string source_;
  std::vector<Phrase> values_;
  bool made_ = false;
};

}  // namespace cnnlab
