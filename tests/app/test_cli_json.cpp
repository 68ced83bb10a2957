// The CLI's contract for scripts (cnnlab-cli(1), OUTPUT and EXIT STATUS; issue #26): with --json,
// standard output is exactly one JSON document, so `cnnlab-cli CMD … --json | jq .` works, and the
// text for people goes to standard error. Every command that takes --json is run here, and the
// list is checked against the commands' own --help, so a new --json command cannot be left out.
// An empty "--opt=" and a newline in a value end in one "error:" line.
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <iostream>
#include <set>
#include <sstream>

#include "engine/quoted.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_main.hpp"

namespace {

// Anything written to std::cout or std::cerr directly, past runCli's streams, while f runs.
template <typename F>
std::string strayOutput(F&& f) {
  std::ostringstream stray;
  std::streambuf* const out = std::cout.rdbuf(stray.rdbuf());
  std::streambuf* const err = std::cerr.rdbuf(stray.rdbuf());
  f();
  std::cout.rdbuf(out);
  std::cerr.rdbuf(err);
  return stray.str();
}

// The subcommands a --help text lists under "Subcommands:".
std::vector<std::string> subcommandsIn(const std::string& help) {
  std::vector<std::string> names;
  std::istringstream lines(help.substr(help.find("Subcommands:") + 1));
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    if (line.size() < 3 || line[0] != ' ' || line[2] == ' ') break;
    names.push_back(line.substr(2, line.find(' ', 2) - 2));
  }
  return names;
}

}  // namespace

class TestCliJson : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

  // One invocation per command that takes --json (the model first: evaluate and predict read it).
  std::vector<std::vector<std::string>> invocations() const {
    return {
        {"train", "--preset", "seed-binary", "--per-class", "20", "--epochs", "1", "--seed", "2", "--show-predictions",
         "--save", path("m.cnnlab"), "--json"},
        {"correlate", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0", "--trace", "--json"},
        {"gradcheck", "--preset", "seed-binary", "--entries", "2", "--json"},
        {"net", "--preset", "lenet5", "--export", path("lenet5.json"), "--json"},
        {"bench", "--preset", "seed-binary", "--repeats", "1", "--steps", "2", "--json"},
        {"example", "mlp-backward", "--handout", path("h.md"), "--json"},
        {"exercise", "new", "7", "--json"},
        {"exercise", "diagnose", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0", "--cell", "0,0", "--answer",
         "9", "--json"},
        {"evaluate", "--model", path("m.cnnlab"), "--json"},
        {"predict", "--model", path("m.cnnlab"), path("digit.png"), "--json"},
        {"profile", "--preset", "seed-binary", "--repeats", "1", "--steps", "1", "--json"},
        {"experiment", "gd-vs-sgd", "--epochs", "1", "--json"},
        {"experiment", "--list", "--json"},
    };
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QImage digit(28, 28, QImage::Format_Grayscale8);
    digit.fill(0);
    for (int r = 6; r < 22; ++r) digit.setPixel(14, r, 255);  // a 1
    QVERIFY(digit.save(dir_.filePath("digit.png")));
  }

  // stdout parses whole as one JSON document (Run::json throws on anything else), nothing is written
  // past runCli's streams, and the text for people is still there, on stderr.
  void everyJsonCommandPrintsOneDocument() {
    for (const std::vector<std::string>& args : invocations()) {
      const std::string command = args[0] + (args[0] == "exercise" ? " " + args[1] : "");
      Run r{};
      const std::string stray = strayOutput([&] { r = cli(args); });
      QVERIFY2(r.code == 0, (command + ": " + r.err).c_str());
      QVERIFY2(stray.empty(), (command + " wrote past its streams: " + stray).c_str());
      nlohmann::json document;
      try {
        document = r.json();
      } catch (const nlohmann::json::exception& e) {
        QFAIL((command + ": stdout is not one JSON document (" + e.what() + "): " + r.out).c_str());
      }
      QVERIFY2(document.is_object() && !document.empty(), command.c_str());
      QVERIFY2(!r.err.empty(), (command + ": the text for people is gone").c_str());
    }
  }

  // The same commands without --json print their text on stdout, as before.
  void withoutJsonTheTextIsOnStdout() {
    for (std::vector<std::string> args : invocations()) {
      args.pop_back();
      if (args[0] == "bench" || args[0] == "profile" || args[0] == "experiment" || args[0] == "train") continue;  // slow twice
      const Run r = cli(args);
      QVERIFY2(r.code == 0, r.err.c_str());
      QVERIFY2(!r.out.empty() && r.out.front() != '{', (args[0] + ": " + r.out).c_str());
    }
  }

  // Every command whose --help offers --json is in invocations(): none is left out of the contract.
  void theListCoversEveryJsonCommand() {
    std::set<std::string> listed;
    for (const auto& args : invocations()) listed.insert(args[0] == "exercise" ? "exercise " + args[1] : args[0]);
    const Run top = cli({"--help"});
    QCOMPARE(top.code, 0);
    const std::vector<std::string> commands = subcommandsIn(top.out);
    QVERIFY(commands.size() >= 12);
    int withJson = 0;
    for (const std::string& command : commands) {
      const Run help = cli({command, "--help"});
      std::vector<std::string> names{command};
      if (help.out.find("Subcommands:") != std::string::npos) {
        names.clear();
        for (const std::string& sub : subcommandsIn(help.out)) names.push_back(command + " " + sub);
      }
      for (const std::string& name : names) {
        std::vector<std::string> args;
        std::istringstream words(name);
        for (std::string w; words >> w;) args.push_back(w);
        args.push_back("--help");
        if (cli(args).out.find("--json") == std::string::npos) continue;
        ++withJson;
        if (name == "serve") continue;  // a server: its one line {"url", "code"} is read by the browser tests
        QVERIFY2(listed.count(name), (name + " takes --json but is not checked here").c_str());
      }
    }
    QCOMPARE(withJson, int(listed.size()) + 1);
  }

  // "--threads=" took the next argument as its value; a newline in a value split the error line.
  void emptyValuesAndNewlinesEndInOneErrorLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::newRow("--threads=") << QStringList{"train", "--threads=", "--epochs", "1"} << 2
                                << "error: --threads: an empty value (see --help)";
    QTest::newRow("--model=") << QStringList{"evaluate", "--model=", "--json"} << 2
                              << "error: --model: an empty value (see --help)";
    QTest::newRow("newline in --model") << QStringList{"evaluate", "--model", "/nonexistent/a\nb.cnnlab"} << 1
                                        << "error: /nonexistent/a\\nb.cnnlab";
    QTest::newRow("newline in a command") << QStringList{"fly\naway"} << 2 << "error: unknown command 'fly\\naway'";
    QTest::newRow("escape in --preset") << QStringList{"net", "--preset", "x\x1b[2J"} << 1
                                        << "error: unknown preset 'x\\x1b[2J'";
    QTest::newRow("C1 CSI and a line separator") << QStringList{"net", "--preset", QString::fromUtf8("a\u009b2J\u2028b")} << 1
                                                 << "error: unknown preset 'a\\u009b2J\\u2028b'";
    QTest::newRow("newline in --listen") << QStringList{"serve", "--listen", "1\n2"} << 1
                                         << "error: --listen: '1\\n2' is not an IP address";
    QTest::newRow("an empty --overhead") << QStringList{"profile", "--overhead", ""} << 2 << "error: --overhead: an empty value";
    QTest::newRow("an empty --seed of exercise new") << QStringList{"exercise", "new", "3", "--seed", ""} << 2
                                                     << "error: --seed: an empty value";
  }
  // What oneLine makes of bytes a terminal would act on, and of text that is not UTF-8.
  void oneLineEscapesWhatATerminalWouldActOn() {
    QCOMPARE(cnnlab::oneLine(std::string("a\xff" "b\xc3")), std::string("a\\xffb\\xc3"));  // a stray byte, a cut character
    QCOMPARE(cnnlab::oneLine("\xc0\x8a"), std::string("\\xc0\\x8a"));                    // an overlong newline
    QCOMPARE(cnnlab::oneLine("x\\ny"), std::string("x\\\\ny"));                          // a typed backslash-n
    QCOMPARE(cnnlab::oneLine("x\\ny", false), std::string("x\\ny"));
    QCOMPARE(cnnlab::oneLine("é → ∂"), std::string("é → ∂"));
    QCOMPARE(cnnlab::inQuotes(std::string(39, 'v') + "éé"), "'" + std::string(39, 'v') + "…'");
  }

  void emptyValuesAndNewlinesEndInOneErrorLine() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, error);
    std::vector<std::string> argv;
    for (const QString& a : args) argv.push_back(a.toStdString());
    const Run r = cli(argv);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.starts_with(error.toStdString()), r.err.c_str());
    QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1);
    QVERIFY2(r.out.empty(), r.out.c_str());
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestCliJson)
#include "test_cli_json.moc"
