// A second language (#27): which language a user, a system or a browser asks for, the catalogue that
// answers it, and the window speaking it: German words, the notes' numbers (0.1, never 0,1), and
// English again when asked.
#include <QtTest>

#include <QAction>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include "tests/test_main.hpp"
#include "tests/ui/isolated_settings.hpp"
#include "ui/i18n/language.hpp"
#include "ui/main_window.hpp"

using namespace cnnlab;

class TestLanguage : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  static QStringList tabTexts(const MainWindow& window) {
    QStringList texts;
    for (int i = 0; i < window.tabs()->count(); ++i) texts << window.tabs()->tabText(i);
    return texts;
  }

 private slots:
  void initTestCase() { testing::useSettingsIn(dir_, "test_language"); }
  void cleanup() { QVERIFY(i18n::install("en")); }

  void normalise_data() {
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("de") << "de" << "de";
    QTest::newRow("de_DE") << "de_DE" << "de";
    QTest::newRow("de-AT") << "de-AT" << "de";
    QTest::newRow("upper case") << "DE" << "de";
    QTest::newRow("en-GB") << "en-GB" << "en";
    QTest::newRow("spaces") << " de " << "de";
    QTest::newRow("French: not spoken") << "fr" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("nonsense") << "d e" << "";
  }
  void normalise() {
    QFETCH(QString, asked);
    QFETCH(QString, spoken);
    QCOMPARE(i18n::normalise(asked), spoken);
  }

  void acceptLanguage_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("German browser") << "de-DE,de;q=0.9,en;q=0.8" << "de";
    QTest::newRow("English first") << "en-US,en;q=0.9,de;q=0.8" << "en";
    QTest::newRow("q decides, not order") << "en;q=0.5,de;q=0.9" << "de";
    QTest::newRow("French, then German") << "fr-FR,fr;q=0.9,de;q=0.7" << "de";
    QTest::newRow("French only") << "fr-FR,fr;q=0.9" << "en";
    QTest::newRow("German refused") << "de;q=0,en;q=0.1" << "en";
    QTest::newRow("wildcard") << "*" << "en";
    QTest::newRow("empty") << "" << "en";
    QTest::newRow("garbage") << ";;;,,,q=x;de" << "en";
    QTest::newRow("bad q") << "de;q=abc" << "en";
    QTest::newRow("huge") << QString("xx,").repeated(5000) + "de" << "en";  // read up to 1 KiB and 32 ranges
  }
  void acceptLanguage() {
    QFETCH(QString, header);
    QFETCH(QString, language);
    QCOMPARE(i18n::fromAcceptLanguage(header), language);
  }

  void catalogueIsCompiledIn() {
    QVERIFY(!i18n::catalogue("en"));  // the source language needs none
    QVERIFY(!i18n::catalogue("fr"));
    const std::unique_ptr<QTranslator> german = i18n::catalogue("de-DE");
    QVERIFY(german);
    QCOMPARE(german->translate("cnnlab::MainWindow", "&File"), QString("&Datei"));
  }

  void unknownLanguageInstallsNothing() {
    QVERIFY(!i18n::install("fr"));
    QCOMPARE(i18n::current(), QString("en"));
  }

  void windowSpeaksGermanThenEnglish() {
    {
      MainWindow english;
      QVERIFY(tabTexts(english).contains("Train"));
    }
    QVERIFY(i18n::install("de"));
    QCOMPARE(i18n::current(), QString("de"));
    MainWindow german;
    const QStringList tabs = tabTexts(german);
    QVERIFY2(tabs.contains("Training") && tabs.contains("Schritt für Schritt") && !tabs.contains("Step through"),
             qPrintable(tabs.join(", ")));
    QStringList menus;
    for (QAction* action : german.menuBar()->actions()) menus << action->text();
    QVERIFY2(menus.contains("&Datei") && menus.contains("&Hilfe"), qPrintable(menus.join(", ")));
    // Qt's own words (the standard buttons) in German too, from Debian's qt6-translations-l10n.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Abbrechen"));

    // The notes' notation for numbers in every language: a German system would write 0,1.
    QDoubleSpinBox rate;
    rate.setDecimals(2);
    rate.setValue(0.1);
    QCOMPARE(rate.text(), QString("0.10"));
    QCOMPARE(QLocale().toString(1234.5), QString("1234.5"));

    QVERIFY(i18n::install("en"));
    MainWindow again;
    QVERIFY(tabTexts(again).contains("Step through"));
  }
};

CNNLAB_TEST_MAIN(TestLanguage)
#include "test_language.moc"
