// Tests for the experiments' command-line side: train's one stuck-run line, cnnlab-cli profile
// and cnnlab-cli experiment (their JSON last lines and their errors).
#include <QtTest>

#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_main.hpp"

namespace {
std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

class TestCliExperiments : public QObject {
  Q_OBJECT

 private slots:
  // lr 20 saturates the seed network's sigmoids within the first epoch: train says so once.
  void trainSaysOnceWhenStuck() {
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", "4", "--lr", "20"});
    QCOMPARE(r.code, 0);
    QCOMPARE(count(r.err, "Stuck: "), std::size_t(1));
    QVERIFY2(r.err.find("saturated") != std::string::npos, r.err.c_str());
  }
  void trainSilentWhenLearning() {
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", "3"});
    QCOMPARE(r.code, 0);
    QCOMPARE(count(r.err, "Stuck"), std::size_t(0));
    QVERIFY(r.err.find("epoch 3/3") != std::string::npos);
  }

  void profileJsonHasOneObjectPerLayer() {
    const Run r = cli({"profile", "--preset", "mlp", "--batch", "4", "--repeats", "3", "--steps", "5", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = r.json();
    QCOMPARE(j["layers"].size(), std::size_t(5));  // reshape, dense, sigmoid, dense, softmax
    for (const auto& layer : j["layers"])
      for (const char* key : {"name", "forward_us", "backward_us", "update_us", "flops"}) QVERIFY2(layer.contains(key), key);
    QCOMPARE(j["layers"][1]["name"].get<std::string>(), std::string("2 Dense 784→100"));
    QCOMPARE(j["batch"].get<int>(), 4);
    QVERIFY(j["step_us"].get<double>() > 0);
    QVERIFY(r.out.find("share") != std::string::npos);
  }
  void profileRefusesUnknownPreset() {
    const Run r = cli({"profile", "--preset", "nope"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("unknown preset 'nope'") != std::string::npos, r.err.c_str());
  }

  void helpOnTheNewCommands() {
    for (const char* command : {"profile", "experiment"}) {
      const Run r = cli({command, "--help"});
      QCOMPARE(r.code, 0);
      QVERIFY2(r.out.find("--json") != std::string::npos, command);
    }
  }

  void experimentList() {
    const Run r = cli({"experiment", "--list"});
    QCOMPARE(r.code, 0);
    for (const char* name : {"gd-vs-sgd", "relu-vs-sigmoid", "temperature", "learning-rate", "init"})
      QVERIFY2(r.out.find(name) != std::string::npos, name);
  }
  void experimentJson() {
    const Run r = cli({"experiment", "learning-rate", "--epochs", "2", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = r.json();
    QCOMPARE(j["runs"].size(), std::size_t(4));
    for (const auto& run : j["runs"]) {
      QVERIFY(run.contains("label") && run.contains("test_accuracy"));
      QCOMPARE(run["history"].size(), std::size_t(3));  // epoch 0 (before training), 1, 2
    }
    const std::string verdict = j["verdict"];
    QVERIFY(!verdict.empty());
    QVERIFY(r.err.find(verdict + "\n") != std::string::npos);  // printed for people too, on stderr
    QVERIFY(r.err.find("η = 0.05\n  epoch") != std::string::npos);
  }
  void experimentErrors() {
    Run r = cli({"experiment", "nope"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("unknown experiment 'nope' (known: gd-vs-sgd") != std::string::npos, r.err.c_str());
    r = cli({"experiment"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.find("--list") != std::string::npos);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestCliExperiments)
#include "test_cli_experiments.moc"
