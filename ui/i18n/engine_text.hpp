// The engine's words in the language the application speaks (issue #27). The engine marks them with
// QT_TRANSLATE_NOOP("engine", …) (engine/translatable.hpp), so they are in the catalogue under the
// context "engine"; a view shows every engine text through engineText instead of qs(). The notes'
// formulas, symbols and numbers are not in the catalogue and come back as they are.
#pragma once

#include <QString>

#include <string>

#include "engine/translatable.hpp"

class QTranslator;

namespace cnnlab {

// A fixed text, translated whole (English, unchanged, when the catalogue does not have it).
QString engineText(const std::string& text);

// A text made from a template: the template translated, then its %1, %2 … filled with the values,
// each translated the same way. A Phrase that is not (or no longer) its template filled in is
// translated whole, as above.
QString engineText(const Phrase& text);

// The same in one catalogue's language rather than the application's (i18n::catalogue; nullptr:
// English): the classroom server answers each browser in its own language.
QString engineText(const std::string& text, const QTranslator* catalogue);
QString engineText(const Phrase& text, const QTranslator* catalogue);

}  // namespace cnnlab
