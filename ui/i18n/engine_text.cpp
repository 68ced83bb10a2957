// The engine's words in the application's language (engine_text.hpp).
#include "ui/i18n/engine_text.hpp"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace cnnlab {

QString engineText(const std::string& text) { return QCoreApplication::translate("engine", text.c_str()); }

QString engineText(const Phrase& text) {
  if (!text.composed()) return engineText(static_cast<const std::string&>(text));
  std::vector<std::string> values;
  for (const Phrase& value : text.values()) values.push_back(engineText(value).toStdString());
  // Filled after translation: a value is never read as the template's words, nor its % as a placeholder.
  return QString::fromStdString(fillPlaceholders(engineText(text.source()).toStdString(), values));
}

}  // namespace cnnlab
