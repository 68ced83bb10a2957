// The engine's words in the application's language, or in one catalogue's (engine_text.hpp).
#include "ui/i18n/engine_text.hpp"

#include <QCoreApplication>
#include <QTranslator>

#include <functional>
#include <string>
#include <vector>

namespace cnnlab {

namespace {

// One fixed text of the context "engine" in some language: the application's, or one catalogue's.
using LookUp = std::function<QString(const std::string&)>;

// A Phrase through lookUp: its template translated, then filled with its values translated the same way.
QString phraseText(const Phrase& text, const LookUp& lookUp) {
  if (!text.composed()) return lookUp(text);
  std::vector<std::string> values;
  for (const Phrase& value : text.values()) values.push_back(phraseText(value, lookUp).toStdString());
  // Filled after translation: a value is never read as the template's words, nor its % as a placeholder.
  return QString::fromStdString(fillPlaceholders(lookUp(text.source()).toStdString(), values));
}

QString applicationText(const std::string& text) { return QCoreApplication::translate("engine", text.c_str()); }

LookUp catalogueLookUp(const QTranslator* catalogue) {
  return [catalogue](const std::string& text) {
    if (catalogue == nullptr) return QString::fromStdString(text);
    const QString translated = catalogue->translate("engine", text.c_str());
    return translated.isEmpty() ? QString::fromStdString(text) : translated;  // English when the catalogue lacks it
  };
}

}  // namespace

QString engineText(const std::string& text) { return applicationText(text); }

QString engineText(const Phrase& text) { return phraseText(text, applicationText); }

QString engineText(const std::string& text, const QTranslator* catalogue) { return catalogueLookUp(catalogue)(text); }

QString engineText(const Phrase& text, const QTranslator* catalogue) { return phraseText(text, catalogueLookUp(catalogue)); }

}  // namespace cnnlab
