// The classroom page's words (resources/web/*.html and *.js), in the desktop app's Qt Linguist
// catalogue: every text the page shows is listed once, in English, in page_strings.cpp (context
// "page"), so lupdate puts them into resources/i18n/cnnlab_<lang>.ts beside the desktop's strings
// and one translator translates both. The server answers them as GET /strings.json; the page's
// i18n.js translates with them. Texts with values carry %1, %2, … (the page fills them in); the
// notes' formulas, symbols and numbers are not in the table: they read the same in every language.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <span>

namespace cnnlab {

// Every English text of the page, each once.
std::span<const char* const> pageStrings();

// {english: translation} for every page string the catalogue of `language` translates (one of
// i18n::languages()); empty for English, whose words are the page's own.
QJsonObject pageTranslations(const QString& language);

// GET /strings.json's body: {"lang": language, "strings": pageTranslations(language)}, compact.
QByteArray pageStringsJson(const QString& language);

}  // namespace cnnlab
