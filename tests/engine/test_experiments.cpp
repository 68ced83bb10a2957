// Tests for engine/experiments: every built-in experiment runs to completion headless and its
// verdict is computed from its own numbers (made-up results that do and do not support each
// claim get different verdicts), and Comparison's runs take turns.
#include <QtTest>

#include "engine/experiments.hpp"
#include "tests/experiment_runs.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {
using testing::run;
bool supports(const std::string& verdict) { return verdict.find("the numbers support the claim") != std::string::npos; }
bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

class TestExperiments : public QObject {
  Q_OBJECT

 private slots:
  void namesAndRuns() {
    QCOMPARE(experiments().size(), std::size_t(5));
    for (const Experiment& e : experiments()) {
      QVERIFY2(e.runs.size() >= 2 && e.runs.size() <= 4, e.name.c_str());
      QVERIFY(!e.claim.empty() && !e.source.empty() && e.verdict);
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findExperiment("nope"));
  }

  // Every experiment, 2 epochs, to the end: a history per run, a verdict that quotes its numbers.
  void runsHeadless_data() {
    QTest::addColumn<QString>("name");
    for (const Experiment& e : experiments()) QTest::newRow(e.name.c_str()) << QString::fromStdString(e.name);
  }
  void runsHeadless() {
    QFETCH(QString, name);
    Comparison comparison(findExperiment(name.toStdString()), 2);
    QVERIFY(comparison.verdict().empty());
    comparison.runToEnd();
    QVERIFY(comparison.finished());
    QCOMPARE(comparison.progress(), 1.0);
    const std::string verdict = comparison.verdict();
    QVERIFY(!verdict.empty());
    for (std::size_t r = 0; r < comparison.runCount(); ++r)
      QVERIFY(comparison.result(r).history.size() == 3 || comparison.json()["runs"][r]["diverged"].get<bool>());
    const nlohmann::json j = comparison.json();
    QCOMPARE(j["verdict"].get<std::string>(), verdict);
    QCOMPARE(j["runs"].size(), comparison.runCount());
    QCOMPARE(j["runs"][0]["test_accuracy"].get<double>(), comparison.result(0).finalTestAccuracy());
    // the verdict is recomputed from the same numbers
    QCOMPARE(findExperiment(name.toStdString()).verdict(comparison.results()), verdict);
  }

  void gdVersusSgdVerdict() {
    const auto verdict = findExperiment("gd-vs-sgd").verdict;
    const RunResult plateau = run("sgd", {0.1, 0.6, 0.8, 0.81, 0.81});
    const RunResult climbing = run("sgd", {0.1, 0.3, 0.5, 0.7, 0.9});
    const RunResult steadyGd = run("gd", {0.1, 0.15, 0.2, 0.25, 0.3});
    const RunResult fallingGd = run("gd", {0.1, 0.15, 0.12, 0.25, 0.3});
    const std::string yes = verdict({plateau, plateau, steadyGd});
    QVERIFY2(supports(yes), yes.c_str());
    QVERIFY(contains(yes, "rose in 4 of 4 epochs (10 % → 30 %)"));
    QVERIFY(contains(yes, "70 points in the first half and 1.0 points in the second"));
    QVERIFY(!supports(verdict({climbing, climbing, steadyGd})));
    QVERIFY(contains(verdict({climbing, climbing, steadyGd}), "still climbing"));
    QVERIFY(contains(verdict({plateau, plateau, fallingGd}), "falling in 1"));
    QVERIFY(!supports(verdict({plateau, plateau, fallingGd})));
  }

  void reluVersusSigmoidVerdict() {
    const auto verdict = findExperiment("relu-vs-sigmoid").verdict;
    const RunResult sigmoid = run("sigmoid", {0.1, 0.5, 0.8}, {0.01, 0.01, 0.01});
    const RunResult bigRelu = run("ReLU", {0.1, 0.7, 0.8}, {0.03, 0.03, 0.03});
    const RunResult smallRelu = run("ReLU", {0.1, 0.5, 0.8}, {0.011, 0.011, 0.011});
    const std::string yes = verdict({sigmoid, bigRelu});
    QVERIFY2(supports(yes), yes.c_str());
    QVERIFY(contains(yes, "was 3× sigmoid's"));
    QVERIFY(contains(verdict({sigmoid, smallRelu}), "do not support"));
  }

  void temperatureVerdict() {
    const auto verdict = findExperiment("temperature").verdict;
    const std::string yes = verdict({run("T = 0.5", {0.1, 0.8}, {}, {0.3, 0.9}), run("T = 1", {0.1, 0.8}, {}, {0.2, 0.8}),
                                     run("T = 2", {0.1, 0.8}, {}, {0.1, 0.7})});
    QVERIFY2(supports(yes), yes.c_str());
    QVERIFY(contains(yes, "30 % (T = 0.5), 20 % (T = 1), 10 % (T = 2)"));
    const std::string no = verdict({run("T = 0.5", {0.1, 0.8}, {}, {0.1, 0.7}), run("T = 2", {0.1, 0.8}, {}, {0.3, 0.9})});
    QVERIFY2(contains(no, "do not support"), no.c_str());
  }

  void learningRateVerdict() {
    const auto verdict = findExperiment("learning-rate").verdict;
    const std::string yes = verdict({run("small", {0.1, 0.5}), run("mid", {0.1, 0.86}), run("large", {0.1, 0.3})});
    QVERIFY2(supports(yes), yes.c_str());
    QVERIFY(contains(yes, "the largest rate ended 56 points below the best (mid)"));
    const std::string flat = verdict({run("small", {0.1, 0.85}), run("mid", {0.1, 0.86}), run("large", {0.1, 0.855})});
    QVERIFY2(contains(flat, "do not support"), flat.c_str());
  }

  void initVerdict() {
    const auto verdict = findExperiment("init").verdict;
    const RunResult notes = run("notes", {0.5, 0.5, 0.6}, {}, {}, {0.88, 0.9, 0.9});
    const RunResult scaled = run("scaled", {0.5, 0.9, 0.99}, {}, {}, {0.0, 0.0, 0.0});
    const std::string better = verdict({notes, scaled});
    QVERIFY2(contains(better, "the scaled init learned faster"), better.c_str());
    QVERIFY(contains(better, "left 88 %"));
    QVERIFY(contains(verdict({scaled, notes}), "the notes' init did better here"));
  }

  // advance() trains the run furthest behind, at most maxSteps steps at a time.
  void runsTakeTurns() {
    Comparison comparison(findExperiment("relu-vs-sigmoid"), 1);
    QCOMPARE(comparison.advance(10), std::size_t(0));
    QCOMPARE(comparison.advance(10), std::size_t(1));
    QCOMPARE(comparison.advance(10), std::size_t(0));
    double last = comparison.progress();
    QVERIFY(last > 0 && last < 1);
    while (comparison.advance(50) < comparison.runCount()) {
      QVERIFY(comparison.progress() >= last);
      last = comparison.progress();
    }
    QVERIFY(comparison.finished());
    QCOMPARE(comparison.advance(10), comparison.runCount());
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestExperiments)
#include "test_experiments.moc"
