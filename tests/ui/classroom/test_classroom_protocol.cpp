// The classroom protocol is written once a side: the message types of ui/classroom/protocol.hpp and
// resources/web/protocol.js are the same, no other file spells a type by hand, and
// docs/classroom-protocol.md describes each one.
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <regex>
#include <set>
#include <string>

#include "tests/test_main.hpp"
#include "ui/classroom/protocol.hpp"

using namespace cnnlab;

namespace {

std::string readSource(const QString& relative) {
  QFile file(QString::fromUtf8(qgetenv("CNNLAB_SOURCE_DIR")) + "/" + relative);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll().toStdString();
}

// Every first capture group of pattern in text.
std::set<std::string> captures(const std::string& text, const std::regex& pattern) {
  std::set<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    found.insert((*it)[1].str());
  return found;
}

QString joined(const std::set<std::string>& names) {
  QStringList list;
  for (const std::string& n : names) list << QString::fromStdString(n);
  return list.join(", ");
}

}  // namespace

class TestClassroomProtocol : public QObject {
  Q_OBJECT

  std::set<std::string> serverTypes() {
    return captures(readSource("ui/classroom/protocol.hpp"), std::regex(R"re(inline constexpr char k\w+\[\] = "([a-z-]+)")re"));
  }

 private slots:
  void initTestCase() { QVERIFY2(!qgetenv("CNNLAB_SOURCE_DIR").isEmpty(), "ctest sets CNNLAB_SOURCE_DIR"); }

  // The header's names are the ones the server compiles with.
  void theHeaderIsReadRight() {
    const std::set<std::string> expected = {protocol::kFull, protocol::kDelta, protocol::kQuiz, protocol::kQuizReply,
                                            protocol::kAnswer};
    QCOMPARE(serverTypes(), expected);
  }

  void theServerAndThePageNameTheSameTypes() {
    const std::string js = readSource("resources/web/protocol.js");
    QVERIFY(!js.empty());
    const std::set<std::string> page = captures(js, std::regex(R"re(^\s*\w+: "([a-z-]+)",)re", std::regex::multiline));
    QVERIFY2(page == serverTypes(), qPrintable("page: " + joined(page) + "; server: " + joined(serverTypes())));
  }

  // A type spelled by hand (type === "quiz", {"type", "quiz"}) would drift from the named ones.
  void noOtherFileSpellsAType() {
    std::string names;
    for (const std::string& t : serverTypes()) names += (names.empty() ? "" : "|") + t;
    const std::regex byHand("type\"?\\s*(===?|!==?|:|,)\\s*[\"'](" + names + ")[\"']");
    QStringList offenders;
    int files = 0;
    for (const char* folder : {"ui/classroom", "resources/web", "app"}) {
      QDirIterator it(QString::fromUtf8(qgetenv("CNNLAB_SOURCE_DIR")) + "/" + folder, {"*.cpp", "*.hpp", "*.js"},
                      QDir::Files, QDirIterator::Subdirectories);
      while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith("/protocol.js") || path.endsWith("/protocol.hpp")) continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        // Code only: a comment may show a message as it travels.
        std::string code;
        for (const QByteArray& line : file.readAll().split('\n')) {
          const int comment = line.indexOf("//");
          code += (comment < 0 ? line : line.left(comment)).toStdString() + "\n";
        }
        if (std::regex_search(code, byHand)) offenders << path;
      }
    }
    QVERIFY(files > 20);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(", ")));
    // The pattern finds what it should.
    QVERIFY(std::regex_search(std::string("if (m.type === \"quiz\")"), byHand));
    QVERIFY(std::regex_search(std::string("QJsonObject{{\"type\", \"quiz-reply\"}"), byHand));
    QVERIFY(std::regex_search(std::string("sendLive({ type: 'answer' })"), byHand));
  }

  void theDocumentDescribesEveryType() {
    const std::string doc = readSource("docs/classroom-protocol.md");
    QVERIFY(!doc.empty());
    const std::set<std::string> headed = captures(doc, std::regex("^### `([a-z-]+)`", std::regex::multiline));
    QVERIFY2(headed == serverTypes(), qPrintable("document: " + joined(headed) + "; server: " + joined(serverTypes())));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestClassroomProtocol)
#include "test_classroom_protocol.moc"
