// The classroom page speaks the desktop's catalogue (issue #27): every text the page shows
// (resources/web/*.html and *.js) is in the table of ui/classroom/page_strings.cpp, so lupdate puts it
// into resources/i18n/cnnlab_de.ts, and a text added to the page without the table fails here; the
// table holds nothing the page no longer shows; German translates every string (bar a few words that
// are the same in German) and keeps its placeholders; and the server answers GET /strings.json in the
// language of ?lang=, else of Accept-Language, also to a browser without the join code.
#include <QByteArray>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <map>
#include <memory>

#include "tests/test_main.hpp"
#include "tests/ui/classroom/raw_http.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/page_strings.hpp"
#include "ui/i18n/language.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace cnnlab::testing::pagetext {

QString webFolder() { return QString::fromUtf8(qgetenv("CNNLAB_SOURCE_DIR")) + QStringLiteral("/resources/web"); }

// name → contents of every resources/web file matching `pattern` ("*.js").
std::map<QString, QString> webFiles(const QString& pattern) {
  std::map<QString, QString> files;
  const QDir folder(webFolder());
  for (const QString& name : folder.entryList({pattern}, QDir::Files, QDir::Name)) {
    QFile file(folder.filePath(name));
    if (file.open(QIODevice::ReadOnly)) files[name] = QString::fromUtf8(file.readAll());
  }
  return files;
}

// As the page looks a text up (i18n.js): runs of white space as one space, none at either end.
QString collapsed(const QString& text) { return text.simplified(); }

bool hasLetter(const QString& text) {
  static const QRegularExpression letter(QStringLiteral("\\p{L}"));
  return letter.match(text).hasMatch();
}

QString decodeEntities(QString text) {
  text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
  text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
  text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
  return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// A JavaScript string literal's contents, its escapes undone.
QString unescapeJs(const QString& literal) {
  QString out;
  for (qsizetype i = 0; i < literal.size(); ++i) {
    if (literal[i] != '\\' || i + 1 == literal.size()) {
      out += literal[i];
      continue;
    }
    const QChar next = literal[++i];
    if (next == 'n') out += '\n';
    else if (next == 't') out += '\t';
    else if (next == 'u' && i + 4 < literal.size()) {
      out += QChar(literal.mid(i + 1, 4).toUShort(nullptr, 16));
      i += 4;
    } else out += next;
  }
  return out;
}

// Code without its comments: a line comment starts at "//" after white space or at the start of a
// line ("ws://" in a string is not one), a block comment is /* … */.
QString withoutComments(QString code) {
  code.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
  code.remove(QRegularExpression(QStringLiteral("(^|(?<=\\s))//[^\\n]*"), QRegularExpression::MultilineOption));
  return code;
}

struct Found {
  QString text;   // as the table must hold it
  QString where;  // "live.js:12"
};

QString where(const QString& file, const QString& contents, qsizetype at) {
  return QStringLiteral("%1:%2").arg(file).arg(contents.left(at).count('\n') + 1);
}

// The literal of every t("…") call in `code`; a call whose first argument is not a "…" literal is an
// error (lupdate cannot list a text the page computes).
void scriptTexts(const QString& file, const QString& source, QList<Found>& texts, QStringList& errors) {
  const QString code = withoutComments(source);
  static const QRegularExpression call(QStringLiteral("(?<![\\w.$])(?<!function )t\\(\\s*"));
  static const QRegularExpression literal(QStringLiteral("\\G\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*[,)]"));
  for (auto it = call.globalMatch(code); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    const QRegularExpressionMatch text = literal.match(code, m.capturedEnd());
    if (!text.hasMatch()) {
      errors << where(file, code, m.capturedStart()) + ": t() must take a \"…\" literal: " + code.mid(m.capturedStart(), 60);
      continue;
    }
    texts.append({unescapeJs(text.captured(1)), where(file, code, m.capturedStart())});
  }
  // A text set straight on the page, not through t(): el.textContent = "Words", el.title = `Words ${x}`.
  static const QRegularExpression direct(QStringLiteral(
      "(?:\\.(?:textContent|innerText|innerHTML|title|placeholder|alt)\\s*=\\s*|setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,\\s*)"
      "(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|`(?:[^`\\\\]|\\\\.)*`)"));
  static const QRegularExpression interpolation(QStringLiteral("\\$\\{[^}]*\\}"));
  for (auto it = direct.globalMatch(code); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    if (hasLetter(QString(m.captured(1)).remove(interpolation)))
      errors << where(file, code, m.capturedStart()) + ": a text not through t(): " + m.captured(0);
  }
}

// The texts of a static HTML page: its text nodes and the attributes a screen reader or a tooltip
// reads, whitespace collapsed, those with a letter (numbers and symbols read the same everywhere). An
// element marked data-i18n is one sentence: its inner elements become %1, %2, … (i18n.js).
void htmlTexts(const QString& file, QString html, QList<Found>& texts) {
  // Comments and scripts go, their line breaks stay (for the line numbers of what is found).
  static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
  static const QRegularExpression code(QStringLiteral("<(script|style)\\b[^>]*>(.*?)</\\1>"),
                                       QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
  for (QRegularExpressionMatch m = comment.match(html); m.hasMatch(); m = comment.match(html, m.capturedStart()))
    html.replace(m.capturedStart(), m.capturedLength(), QString(m.captured(0).count('\n'), '\n'));
  for (QRegularExpressionMatch m = code.match(html); m.hasMatch(); m = code.match(html, m.capturedStart(2)))
    html.replace(m.capturedStart(2), m.capturedLength(2), QString(m.captured(2).count('\n'), '\n'));
  static const QRegularExpression sentence(QStringLiteral("(<(\\w+)\\b[^>]*\\sdata-i18n\\b[^>]*>)(.*?)</\\2>"),
                                           QRegularExpression::DotMatchesEverythingOption);
  static const QRegularExpression inner(QStringLiteral("<(\\w+)\\b[^>]*>.*?</\\1>"), QRegularExpression::DotMatchesEverythingOption);
  for (QRegularExpressionMatch m = sentence.match(html); m.hasMatch(); m = sentence.match(html, m.capturedStart() + 1)) {
    QString key = m.captured(3);
    int n = 0;
    for (QRegularExpressionMatch e = inner.match(key); e.hasMatch(); e = inner.match(key, e.capturedStart() + 1)) {
      const QString placeholder = QStringLiteral("%%1").arg(++n);
      key.replace(e.capturedStart(), e.capturedLength(), placeholder);
    }
    texts.append({collapsed(decodeEntities(key)), where(file, html, m.capturedStart())});
    html.replace(m.capturedStart(3), m.capturedLength(3), QString(m.captured(3).count('\n'), '\n'));  // lines kept
  }
  static const QRegularExpression textNode(QStringLiteral(">([^<]+)<"));
  static const QRegularExpression nonSpace(QStringLiteral("\\S"));
  for (auto it = textNode.globalMatch(html); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    const QString text = collapsed(decodeEntities(m.captured(1)));
    const qsizetype start = m.capturedStart(1) + std::max<qsizetype>(0, m.captured(1).indexOf(nonSpace));  // its line
    if (hasLetter(text)) texts.append({text, where(file, html, start)});
  }
  static const QRegularExpression attribute(QStringLiteral("\\s(aria-label|title|placeholder|alt)=\"([^\"]*)\""));
  for (auto it = attribute.globalMatch(html); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    const QString text = collapsed(decodeEntities(m.captured(2)));
    if (hasLetter(text)) texts.append({text, where(file, html, m.capturedStart()) + " " + m.captured(1)});
  }
}

// Every text of the page, with where it is.
QList<Found> pageTexts(QStringList& errors) {
  QList<Found> texts;
  for (const auto& [name, contents] : webFiles(QStringLiteral("*.js"))) scriptTexts(name, contents, texts, errors);
  for (const auto& [name, contents] : webFiles(QStringLiteral("*.html"))) htmlTexts(name, contents, texts);
  return texts;
}

QSet<QString> table() {
  QSet<QString> strings;
  for (const char* s : pageStrings()) strings.insert(QString::fromUtf8(s));
  return strings;
}

QStringList placeholders(const QString& text) {
  static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
  QStringList found;
  for (auto it = placeholder.globalMatch(text); it.hasNext();) found << it.next().captured(0);
  found.sort();
  found.removeDuplicates();
  return found;
}

struct Answer {
  int status = 0;
  QByteArray head, body;
  QJsonObject json;
};

Answer fetch(quint16 port, const QByteArray& target, const QByteArray& acceptLanguage = {}) {
  QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  if (!acceptLanguage.isEmpty()) request += "Accept-Language: " + acceptLanguage + "\r\n";
  const QByteArray answer = rawAnswer(port, request + "\r\n");
  Answer a;
  const qsizetype end = answer.indexOf("\r\n\r\n");
  a.head = answer.left(end);
  a.body = end < 0 ? QByteArray() : answer.mid(end + 4);
  const QList<QByteArray> first = a.head.left(a.head.indexOf("\r\n")).split(' ');
  a.status = first.size() >= 2 ? first[1].toInt() : 0;
  a.json = QJsonDocument::fromJson(a.body).object();
  return a;
}

}  // namespace cnnlab::testing::pagetext

// A classroom server on a free port, for the tests that ask it over HTTP.
struct RunningServer {
  TrainingSession session;
  ClassroomServer server{session};
  bool start() {
    QString error;
    const bool started = server.start({}, &error);
    if (!started) qWarning().noquote() << error;
    return started;
  }
};

class TestPageStrings : public QObject {
  Q_OBJECT

  // Words German writes as English does: names, and the notes' terms kept in every language.
  const QSet<QString> sameInGerman_ = {"cnnlab", "Quiz", "Batch", "Live", "live", "Kernel", "Padding", "Operation",
                                       "valid", "full", "❚❚ Pause"};

 private slots:
  void initTestCase() { QVERIFY2(!qgetenv("CNNLAB_SOURCE_DIR").isEmpty(), "ctest sets CNNLAB_SOURCE_DIR"); }

  // Each text once, as the page looks it up (collapsed), and not empty.
  void theTableListsEachTextOnce() {
    QSet<QString> seen;
    for (const char* s : pageStrings()) {
      const QString text = QString::fromUtf8(s);
      QVERIFY2(!text.isEmpty() && text == testing::pagetext::collapsed(text), qPrintable("not as the page looks it up: '" + text + "'"));
      QVERIFY2(!seen.contains(text), qPrintable("listed twice: " + text));
      seen.insert(text);
    }
    QVERIFY(seen.size() > 100);
  }

  // What the extraction finds, on samples of each kind.
  void theExtractionFindsEveryKindOfText() {
    using namespace testing::pagetext;
    QList<Found> texts;
    QStringList errors;
    scriptTexts("a.js", "x.textContent = t(\"Hint %1 of %2\", a, b); // t(\"comment\")\n"
                        "const url = \"ws://\" + t(\"Say \\\"hi\\\"\"); /* t(\"block\") */ t(variable);\n"
                        "function t(text) {} y.title = `Words ${x}`; z.setAttribute(\"aria-label\", \"Named\"); w.textContent = `${n} %`;",
                texts, errors);
    QStringList found;
    for (const Found& f : texts) found << f.text;
    QCOMPARE(found, QStringList({"Hint %1 of %2", "Say \"hi\""}));
    QCOMPARE(errors.size(), 3);  // t(variable), the title and the aria-label; not `${n} %`
    QVERIFY2(errors[0].contains("t(variable)"), qPrintable(errors.join("\n")));
    texts.clear();
    htmlTexts("a.html", "<!-- Comment --><title>A &amp; B</title><script>const x = \"<b>no</b>\";</script>\n"
                        "<label>Your answer <input placeholder=\"1 2; 3 4\" title=\"Type it\"></label><span>−</span>\n"
                        "<p id=\"h\" data-i18n>Letters, like <span class=\"s\">k7</span>. Or\n   scan.</p><img alt=\"A QR code\">",
              texts);
    found.clear();
    for (const Found& f : texts) found << f.text;
    QCOMPARE(found, QStringList({"Letters, like %1. Or scan.", "A & B", "Your answer", "Type it", "A QR code"}));
  }

  // (a) Every text the page shows is in the table: a text added to the page alone fails here.
  void everyTextOfThePageIsInTheTable() {
    QStringList errors;
    const QList<testing::pagetext::Found> texts = testing::pagetext::pageTexts(errors);
    QVERIFY2(texts.size() > 100, qPrintable(QString::number(texts.size()) + " texts found in " + testing::pagetext::webFolder()));
    const QSet<QString> strings = testing::pagetext::table();
    for (const auto& found : texts)
      if (!strings.contains(found.text)) errors << found.where + ": not in ui/classroom/page_strings.cpp: \"" + found.text + "\"";
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join("\n")));
  }

  // … and the table holds nothing the page no longer shows.
  void everyTextOfTheTableIsShown() {
    QStringList errors;
    QSet<QString> shown;
    for (const auto& found : testing::pagetext::pageTexts(errors)) shown.insert(found.text);
    QStringList stale;
    for (const char* s : pageStrings())
      if (!shown.contains(QString::fromUtf8(s))) stale << QString::fromUtf8(s);
    QVERIFY2(stale.isEmpty(), qPrintable("in the table, not on the page: " + stale.join(" | ")));
  }

  // (b) German has every string, its own words (bar sameInGerman_), and the same placeholders.
  void germanTranslatesEveryString() {
    const std::unique_ptr<QTranslator> german = i18n::catalogue(QStringLiteral("de"));
    QVERIFY2(german, "no :/i18n/cnnlab_de.qm");
    QStringList problems;
    for (const char* s : pageStrings()) {
      const QString english = QString::fromUtf8(s);
      const QString translated = german->translate("page", s);
      if (translated.isEmpty()) problems << "no German: " + english;
      else if (translated == english && !sameInGerman_.contains(english)) problems << "German is the English: " + english;
      else if (testing::pagetext::placeholders(translated) != testing::pagetext::placeholders(english))
        problems << "placeholders differ: " + english + " → " + translated;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
    QCOMPARE(german->translate("page", "Step through"), QStringLiteral("Schritt für Schritt"));
    // English needs no catalogue: the page's own words.
    QVERIFY(pageTranslations(QStringLiteral("en")).isEmpty());
    QCOMPARE(pageTranslations(QStringLiteral("de")).size(), qsizetype(pageStrings().size()));
  }

  // (c) GET /strings.json: ?lang= if cnnlab speaks it, else Accept-Language; also without the code
  // (the landing page translates itself), with Vary: Accept-Language.
  void theServerAnswersInThePagesLanguage() {
    using testing::pagetext::fetch;
    RunningServer running;
    QVERIFY(running.start());
    ClassroomServer& server = running.server;
    const quint16 port = server.port();

    const auto checkGerman = [](const testing::pagetext::Answer& a) {
      QCOMPARE(a.status, 200);
      QCOMPARE(a.json.value("lang").toString(), QStringLiteral("de"));
      const QJsonObject strings = a.json.value("strings").toObject();
      QCOMPARE(strings.size(), qsizetype(pageStrings().size()));
      QCOMPARE(strings.value("Practice").toString(), QStringLiteral("Üben"));
      QCOMPARE(strings.value("The network says").toString(), QStringLiteral("Das Netz sagt"));
      QCOMPARE(strings.value("%1: what is %2[%3][%4]?").toString(), QStringLiteral("%1: Was ist %2[%3][%4]?"));
    };
    const auto checkEnglish = [](const testing::pagetext::Answer& a) {
      QCOMPARE(a.status, 200);
      QCOMPARE(a.json.value("lang").toString(), QStringLiteral("en"));
      QVERIFY(a.json.value("strings").isObject());
      QVERIFY(a.json.value("strings").toObject().isEmpty());
    };

    const testing::pagetext::Answer asked = fetch(port, "/strings.json?lang=de");
    checkGerman(asked);
    QVERIFY2(asked.head.contains("Content-Type: application/json"), asked.head.constData());
    QVERIFY2(asked.head.contains("\r\nVary: Accept-Language"), asked.head.constData());
    QCOMPARE(asked.body, pageStringsJson(QStringLiteral("de")));
    checkGerman(fetch(port, "/strings.json?lang=de-AT"));
    checkGerman(fetch(port, "/strings.json", "de-DE,de;q=0.9"));
    checkGerman(fetch(port, "/strings.json", "fr-FR,de;q=0.7,en;q=0.5"));
    checkGerman(fetch(port, "/strings.json?lang=xx", "de-DE,de;q=0.9"));  // not spoken: the browser's
    checkGerman(fetch(port, "/strings.json?code=" + server.code().toUtf8() + "&lang=de"));  // with the code too

    checkEnglish(fetch(port, "/strings.json"));
    checkEnglish(fetch(port, "/strings.json", "en-US,en;q=0.9"));
    checkEnglish(fetch(port, "/strings.json", "fr-FR"));
    checkEnglish(fetch(port, "/strings.json?lang=en", "de-DE,de;q=0.9"));  // the address wins
    const testing::pagetext::Answer english = fetch(port, "/strings.json?lang=en");
    QVERIFY2(english.head.contains("\r\nVary: Accept-Language"), english.head.constData());

    // The landing page and what translates it, without the code; the page's own script stays closed.
    const testing::pagetext::Answer landing = fetch(port, "/");
    QCOMPARE(landing.status, 200);
    QVERIFY(landing.body.contains("landing.js"));
    QCOMPARE(fetch(port, "/landing.js").status, 200);
    QCOMPARE(fetch(port, "/i18n.js").status, 200);
    QVERIFY(fetch(port, "/i18n.js").body.contains("export function t("));
    QCOMPARE(fetch(port, "/main.js").status, 403);
    QCOMPARE(fetch(port, "/api/examples").status, 403);
  }

  // (d) The engine's words in the API's JSON (titles, descriptions, hints, the diagnosis) in the
  // request's language, as /strings.json picks it; formulas and numbers as they are; Vary says so.
  void theApiAnswersInTheRequestsLanguage() {
    using testing::pagetext::Answer;
    using testing::pagetext::fetch;
    RunningServer running;
    QVERIFY(running.start());
    ClassroomServer& server = running.server;
    const quint16 port = server.port();
    const QByteArray code = "code=" + server.code().toUtf8();
    const QString germanTitle = QStringLiteral("Kreuzkorrelation (valid): I ★ K");
    const QString englishTitle = QStringLiteral("Valid cross-correlation: I ★ K");
    const QString formula = QStringLiteral("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8");
    const auto firstFormula = [](const Answer& a) {
      return a.json.value("stages").toArray().at(0).toObject().value("cells").toArray().at(0).toObject().value("formula").toString();
    };

    const Answer german = fetch(port, "/api/example/notebook-valid?" + code + "&lang=de");
    QCOMPARE(german.status, 200);
    QCOMPARE(german.json.value("title").toString(), germanTitle);
    QVERIFY2(german.json.value("description").toString().startsWith(QStringLiteral("Schiebe den Kernel über die Eingabe")),
             qPrintable(german.json.value("description").toString()));
    QCOMPARE(firstFormula(german), formula);
    QVERIFY2(german.head.contains("\r\nVary: Accept-Language"), german.head.constData());
    const Answer english = fetch(port, "/api/example/notebook-valid?" + code, "en-US,en;q=0.9");
    QCOMPARE(english.status, 200);
    QCOMPARE(english.json.value("title").toString(), englishTitle);
    QCOMPARE(firstFormula(english), formula);
    QVERIFY2(english.head.contains("\r\nVary: Accept-Language"), english.head.constData());
    QCOMPARE(fetch(port, "/api/example/notebook-valid?" + code).json.value("title").toString(), englishTitle);
    QCOMPARE(fetch(port, "/api/example/notebook-valid?" + code, "de-DE,de;q=0.9").json.value("title").toString(), germanTitle);
    QCOMPARE(fetch(port, "/api/example/notebook-valid?" + code + "&lang=en", "de-DE").json.value("title").toString(), englishTitle);
    // Edited matrices keep the example's words, in German too.
    QCOMPARE(fetch(port, "/api/example/notebook-valid?" + code + "&lang=de&input=1%202%3B3%204&kernel=1").json.value("title").toString(),
             germanTitle);

    // The list, cached per language.
    const auto titleOf = [](const Answer& a, const QString& name) {
      for (const QJsonValue& e : QJsonDocument::fromJson(a.body).array())
        if (e.toObject().value("name").toString() == name) return e.toObject().value("title").toString();
      return QString();
    };
    for (int twice = 0; twice < 2; ++twice) {
      const Answer list = fetch(port, "/api/examples?" + code + "&lang=de");
      QCOMPARE(list.status, 200);
      QCOMPARE(titleOf(list, "notebook-valid"), germanTitle);
      QVERIFY2(list.head.contains("\r\nVary: Accept-Language"), list.head.constData());
      QCOMPARE(titleOf(fetch(port, "/api/examples?" + code), "notebook-valid"), englishTitle);
      QCOMPARE(titleOf(fetch(port, "/api/examples?" + code, "de"), "notebook-valid"), germanTitle);
    }

    // Practice: the exercise's words, the hints and the diagnosis.
    const std::unique_ptr<QTranslator> catalogue = i18n::catalogue(QStringLiteral("de"));
    QVERIFY(catalogue);
    const Answer exercise = fetch(port, "/api/practice?level=1&seed=0&" + code + "&lang=de");
    QCOMPARE(exercise.status, 200);
    QCOMPARE(exercise.json.value("title").toString(), QStringLiteral("Stufe 1: eine 3×3 mit einer 2×2 kreuzkorrelieren (valid)"));
    QVERIFY2(exercise.json.value("statement").toString().startsWith(QStringLiteral("Berechne ")),
             qPrintable(exercise.json.value("statement").toString()));
    QVERIFY2(exercise.head.contains("\r\nVary: Accept-Language"), exercise.head.constData());
    QCOMPARE(fetch(port, "/api/practice?level=1&seed=0&" + code).json.value("title").toString(),
             QStringLiteral("Level 1: cross-correlate a 3×3 with a 2×2 (valid)"));
    const QByteArray check = "/api/practice/check?level=1&seed=0&part=0&row=0&col=0&answer=98765&" + code;
    const Answer wrong = fetch(port, check + "&lang=de"), wrongInEnglish = fetch(port, check);
    QCOMPARE(wrong.status, 200);
    QCOMPARE(wrongInEnglish.status, 200);
    QVERIFY2(wrong.head.contains("\r\nVary: Accept-Language"), wrong.head.constData());
    QCOMPARE(wrong.json.value("mistake").toString(), wrongInEnglish.json.value("mistake").toString());  // a name, not words
    const QString sentence = wrongInEnglish.json.value("sentence").toString();
    QCOMPARE(wrong.json.value("sentence").toString(), catalogue->translate("engine", sentence.toUtf8().constData()));
    QVERIFY(wrong.json.value("sentence").toString() != sentence);
    const QJsonArray hints = wrong.json.value("hints").toArray(), englishHints = wrongInEnglish.json.value("hints").toArray();
    QVERIFY(hints.size() >= 2);
    QCOMPARE(hints.size(), englishHints.size());
    QVERIFY2(hints[1].toString().startsWith(QStringLiteral("Die Produkte: ")), qPrintable(hints[1].toString()));
    QVERIFY2(englishHints[1].toString().startsWith(QStringLiteral("The products: ")), qPrintable(englishHints[1].toString()));
    // The products themselves stay as the notes write them.
    QCOMPARE(hints[1].toString().mid(QStringLiteral("Die Produkte: ").size()),
             englishHints[1].toString().mid(QStringLiteral("The products: ").size()));
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestPageStrings)
#include "test_page_strings.moc"
