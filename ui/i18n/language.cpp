// The languages cnnlab speaks (language.hpp).
#include "ui/i18n/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <vector>

namespace cnnlab::i18n {

namespace {

QString& currentLanguage() {
  static QString language = QStringLiteral("en");
  return language;
}

}  // namespace

const QStringList& languages() {
  static const QStringList all = {QStringLiteral("en"), QStringLiteral("de")};
  return all;
}

QString normalise(const QString& language) {
  // The primary subtag: "de_DE", "de-AT" and "DE" are all German.
  const QString primary = language.trimmed().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).toLower();
  return languages().contains(primary) ? primary : QString();
}

QString systemLanguage() {
  for (const QString& language : QLocale::system().uiLanguages()) {
    const QString spoken = normalise(language);
    if (!spoken.isEmpty()) return spoken;
  }
  return QStringLiteral("en");
}

QString fromAcceptLanguage(const QString& header) {
  // "de-DE,de;q=0.9,en;q=0.8": the highest q that cnnlab speaks; the first listed wins a tie.
  QString best = QStringLiteral("en");
  double bestQ = -1;
  const QStringList ranges = header.left(1024).split(',', Qt::SkipEmptyParts);
  for (const QString& range : ranges.mid(0, 32)) {
    const QStringList parts = range.split(';');
    double q = 1;
    for (const QString& parameter : parts.mid(1)) {
      const QString p = parameter.trimmed();
      if (!p.startsWith(QLatin1String("q="))) continue;
      bool ok = false;
      q = p.mid(2).toDouble(&ok);
      if (!ok) q = 0;
    }
    const QString spoken = normalise(parts.front());
    if (!spoken.isEmpty() && q > 0 && q > bestQ) {
      best = spoken;
      bestQ = q;
    }
  }
  return best;
}

std::unique_ptr<QTranslator> catalogue(const QString& language) {
  if (normalise(language).isEmpty() || normalise(language) == QLatin1String("en")) return nullptr;
  auto translator = std::make_unique<QTranslator>();
  if (!translator->load(QStringLiteral(":/i18n/cnnlab_%1.qm").arg(normalise(language)))) return nullptr;
  return translator;
}

bool install(const QString& language) {
  const QString spoken = normalise(language);
  if (spoken.isEmpty()) return false;
  // The notes' notation for every number a widget reads or writes, whatever the system's locale.
  QLocale c = QLocale::c();
  c.setNumberOptions(QLocale::OmitGroupSeparator);
  QLocale::setDefault(c);

  static std::vector<std::unique_ptr<QTranslator>> installed;
  std::vector<std::unique_ptr<QTranslator>> next;
  if (spoken != QLatin1String("en")) {
    std::unique_ptr<QTranslator> own = catalogue(spoken);
    if (!own) return false;
    next.push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + spoken, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      next.push_back(std::move(qt));
  }
  for (const auto& translator : installed) QCoreApplication::removeTranslator(translator.get());
  installed = std::move(next);
  for (const auto& translator : installed) QCoreApplication::installTranslator(translator.get());
  currentLanguage() = spoken;
  return true;
}

QString current() { return currentLanguage(); }

}  // namespace cnnlab::i18n
