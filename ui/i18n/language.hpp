// The languages cnnlab speaks: English (the source text) and German, from one Qt Linguist catalogue,
// resources/i18n/cnnlab_de.ts, compiled into the programs (":/i18n/cnnlab_de.qm").
//
// What is translated: every word the desktop app and the classroom page show. What is not: the
// notes' formulas, symbols and numbers (always 1.5, never 1,5, whatever the locale: the board writes
// sums as the notes write them), the command line's text (scripts read it), and file contents.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cnnlab::i18n {

// "en", "de": the first is the source language and needs no catalogue.
const QStringList& languages();

// A user's or a browser's language ("de", "de_DE", "de-AT", "EN") as one of languages(), or an empty
// string when cnnlab does not speak it.
QString normalise(const QString& language);

// The first of the system's UI languages that cnnlab speaks, else "en".
QString systemLanguage();

// The language of a browser's Accept-Language header ("de-DE,de;q=0.9,en;q=0.8" → "de"), by its
// q-values; "en" when it names nothing cnnlab speaks.
QString fromAcceptLanguage(const QString& header);

// cnnlab's catalogue for `language` (not installed), or nullptr for English. A server answering
// browsers in several languages at once holds one per language.
std::unique_ptr<QTranslator> catalogue(const QString& language);

// Makes the application speak `language` (one of languages()): installs cnnlab's catalogue and Qt's
// own (qtbase_de.qm: the standard buttons and dialogs) when the system has it. Numbers keep the notes'
// notation: the default QLocale becomes C, so spin boxes read and write 0.01, not 0,01.
// Returns false, and installs nothing, when cnnlab's catalogue for `language` is missing.
bool install(const QString& language);

// The language install() last made the application speak ("en" before any call).
QString current();

}  // namespace cnnlab::i18n
