// cnnlab-cli exercise (app/cli_exercise.cpp): new LEVEL prints a reproducible exercise with its
// answers; diagnose names the mistake, with the JSON line the issue asks for; bad input gets a
// one-line error and exit code 1.
#include <QtTest>

#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "tests/app/cli_run.hpp"
#include "engine/teaching/exercises.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

std::vector<std::string> diagnose(std::vector<std::string> extra) {
  std::vector<std::string> args{"exercise", "diagnose", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

}  // namespace

class TestCliExercise : public QObject {
  Q_OBJECT

 private slots:
  void diagnoseJson_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("mistake");  // "" = null
    QTest::addColumn<QStringList>("also");
    QTest::newRow("right") << QStringList{"--cell", "0,0", "--answer", "8"} << true << 8.0 << "" << QStringList{};
    QTest::newRow("sign") << QStringList{"--cell", "0,0", "--answer", "18"} << false << 8.0 << "sign_error" << QStringList{};
    // Notes' convolution a = 7; 8 is the unrotated kernel's.
    QTest::newRow("not flipped") << QStringList{"--op", "convolve", "--cell", "0,0", "--answer", "8"} << false << 7.0
                                 << "kernel_not_flipped" << QStringList{};
    // Full cell (1,1) is the notes' f = 8; 4 is the window one row down (valid c), 5 is valid d.
    QTest::newRow("full, shifted") << QStringList{"--mode", "full", "--cell", "1,1", "--answer", "4"} << false << 8.0
                                   << "window_shifted" << QStringList{};
    QTest::newRow("full, valid's cell") << QStringList{"--mode", "full", "--cell", "1,1", "--answer", "5"} << false
                                        << 8.0 << "wrong_extent" << QStringList{};
    // Padding 1, stride 2: cell (1,1)'s window starts at input (1,1): 3×1 + 1×2 + 0×(−1) + 9×0.
    QTest::newRow("stride, padding") << QStringList{"--padding", "1", "--stride", "2", "--cell", "1,1", "--answer", "5"}
                                     << true << 5.0 << "" << QStringList{};
    QTest::newRow("unknown") << QStringList{"--cell", "1,1", "--answer", "-77"} << false << 5.0 << "unknown" << QStringList{};
  }
  void diagnoseJson() {
    QFETCH(QStringList, extra);
    QFETCH(bool, correct);
    QFETCH(double, expected);
    QFETCH(QString, mistake);
    QFETCH(QStringList, also);
    std::vector<std::string> e;
    for (const QString& s : extra) e.push_back(s.toStdString());
    e.push_back("--json");
    const Run run = cli(diagnose(e));
    QCOMPARE(run.code, 0);
    const nlohmann::json j = run.json();
    QCOMPARE(j.at("correct").get<bool>(), correct);
    QCOMPARE(j.at("expected").get<double>(), expected);
    if (mistake.isEmpty())
      QVERIFY(j.at("mistake").is_null());
    else
      QCOMPARE(QString::fromStdString(j.at("mistake").get<std::string>()), mistake);
    QStringList got;
    for (const auto& m : j.at("also")) got << QString::fromStdString(m.get<std::string>());
    QCOMPARE(got, also);
    if (!correct) QVERIFY(run.err.find("mistake: " + mistake.toStdString()) != std::string::npos);
  }

  void badInput_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QStringList{"--cell", "0,0", "--answer", "eight"} << "--answer: 'eight' is not a number";
    QTest::newRow("NaN") << QStringList{"--cell", "0,0", "--answer", "NaN"} << "--answer: 'NaN' is not a number";
    QTest::newRow("overlong") << QStringList{"--cell", "0,0", "--answer", QString(40, '1')} << "--answer: too long";
    QTest::newRow("outside") << QStringList{"--cell", "2,0", "--answer", "1"} << "--cell: cell (2,0) is outside the 2×2 output";
    QTest::newRow("cell not a pair") << QStringList{"--cell", "1", "--answer", "1"} << "--cell: '1' is not ROW,COL";
    QTest::newRow("negative cell") << QStringList{"--cell", "-1,0", "--answer", "1"} << "--cell: '-1' is not a whole number";
    QTest::newRow("bad op") << QStringList{"--op", "multiply", "--cell", "0,0", "--answer", "1"} << "--op: must be correlate or convolve";
    QTest::newRow("bad mode") << QStringList{"--mode", "same", "--cell", "0,0", "--answer", "1"} << "--mode: must be valid or full";
    QTest::newRow("stride 0") << QStringList{"--stride", "0", "--cell", "0,0", "--answer", "1"} << "--stride: must be at least 1";
  }
  void badInput() {
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    std::vector<std::string> e;
    for (const QString& s : extra) e.push_back(s.toStdString());
    const Run run = cli(diagnose(e));
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.empty());
    QVERIFY2(run.err.rfind("error: " + message.toStdString(), 0) == 0, run.err.c_str());
    QCOMPARE(std::count(run.err.begin(), run.err.end(), '\n'), 1);
  }

  void newExercise() {
    for (int level = 1; level <= 7; ++level) {
      const Run a = cli({"exercise", "new", std::to_string(level), "--seed", "9", "--json"});
      const Run b = cli({"exercise", "new", std::to_string(level), "--seed", "9", "--json"});
      QCOMPARE(a.code, 0);
      QCOMPARE(a.out, b.out);
      const nlohmann::json j = a.json();
      QCOMPARE(j.at("level").get<int>(), level);
      const Exercise ex = generateExercise(level, 9);
      QCOMPARE(j.at("parts").size(), ex.parts.size());
      QCOMPARE(j.at("parts")[0].at("answer")[0][0].get<double>(), ex.parts[0].answer(0, 0));
    }
    const Run six = cli({"exercise", "new", "6"});
    QVERIFY(six.out.find("\u2202E/\u2202K =") != std::string::npos);
    QVERIFY(six.out.find("\u2202E/\u2202X =") != std::string::npos);
    for (const char* level : {"0", "8", "x"}) {
      const Run bad = cli({"exercise", "new", level});
      QCOMPARE(bad.code, 1);
      QVERIFY(bad.err.rfind("error: LEVEL: ", 0) == 0);
    }
    QCOMPARE(cli({"exercise", "new", "1", "--seed", "-3"}).code, 1);
  }

  // Losing the sign of −1 and leaving out −2 both give −1: mistake and also.
  void twoExplanations() {
    const Run run = cli({"exercise", "diagnose", "--input", "1 1; 0 0", "--kernel", "-1 -2; 0 0", "--cell", "0,0",
                         "--answer", "−1", "--json"});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.json().at("mistake").get<std::string>(), std::string("sign_error"));
    QCOMPARE(run.json().at("also"), nlohmann::json::array({"term_missing"}));
    QVERIFY(run.err.find("also explained by: term_missing") != std::string::npos);
  }

  // An exercise's cell diagnosed from the CLI with the values `new` printed.
  void newThenDiagnose() {
    const nlohmann::json part = cli({"exercise", "new", "4", "--seed", "2", "--json"}).json().at("parts")[0];
    auto text = [](const nlohmann::json& rows) {
      std::string s;
      for (const auto& row : rows) {
        if (!s.empty()) s += "; ";
        for (const auto& v : row) s += std::to_string(v.get<double>()) + " ";
      }
      return s;
    };
    const double right = part.at("answer")[1][1].get<double>();
    const Run run = cli({"exercise", "diagnose", "--op", "convolve", "--input", text(part.at("input")), "--kernel",
                         text(part.at("kernel")), "--cell", "1,1", "--answer", std::to_string(right), "--json"});
    QCOMPARE(run.code, 0);
    QVERIFY(run.json().at("correct").get<bool>());
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestCliExercise)
#include "test_cli_exercise.moc"
