// One run record (engine/run_recorder.hpp) for every surface that trains: the same seed, data and
// settings give the same per-epoch numbers, bit for bit, from `cnnlab-cli train`, the desktop's
// training worker and a Compare run (issue #22). Before the RunRecorder each kept its own sums, and
// Compare evaluated its test set in one batch, so the three could disagree.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include "engine/data/preset_data.hpp"
#include "engine/experiments.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/qtry_timeout.hpp"
#include "tests/test_main.hpp"
#include "ui/training/training_worker.hpp"

using namespace cnnlab;

namespace {

constexpr std::uint64_t kSeed = 3;
constexpr std::size_t kEpochs = 3;

struct Numbers {
  std::size_t epoch;
  double trainLoss, trainAccuracy, testLoss, testAccuracy;
  bool operator==(const Numbers&) const = default;
};

QString shown(const std::vector<Numbers>& history) {
  QStringList epochs;
  for (const Numbers& n : history)
    epochs << QString("%5: (%1, %2, %3, %4)").arg(n.trainLoss, 0, 'g', 17).arg(n.trainAccuracy, 0, 'g', 17)
                  .arg(n.testLoss, 0, 'g', 17).arg(n.testAccuracy, 0, 'g', 17).arg(n.epoch);
  return epochs.join(' ');
}

std::vector<Numbers> numbers(const std::vector<EpochStats>& history) {
  std::vector<Numbers> all;
  for (const EpochStats& s : history) all.push_back({s.epoch, s.trainLoss, s.trainAccuracy, s.testLoss, s.testAccuracy});
  return all;
}

const Preset& seedBinary() { return findPreset("seed-binary"); }

TrainerOptions presetOptions() {
  const Preset& p = seedBinary();
  return {.learningRate = p.learningRate, .batchSize = p.batchSize, .momentum = p.momentum,
          .shuffle = p.shuffleEachEpoch, .seed = kSeed};
}

}  // namespace

class TestSameRunEverywhere : public QObject {
  Q_OBJECT

  bool workerFinished_ = false;

  std::vector<Numbers> cliHistory() {
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", std::to_string(kEpochs), "--seed",
                       std::to_string(kSeed), "--json"});
    if (r.code != 0) qWarning("%s", r.err.c_str());
    std::vector<Numbers> all;
    const nlohmann::json document = r.json();
    for (const auto& e : document.at("history"))
      all.push_back({e.at("epoch"), e.at("train_loss"), e.at("train_accuracy"), e.at("test_loss"), e.at("test_accuracy")});
    return all;
  }

  std::vector<Numbers> workerHistory() {
    PresetData data = preparePresetData(seedBinary(), embeddedMnist(), {}, {}, kSeed);
    auto setup = std::make_shared<TrainingSetup>();
    setup->train = std::make_shared<const Dataset>(std::move(data.train));
    setup->test = std::make_shared<const Dataset>(std::move(data.test));
    setup->network = std::make_unique<Network<float>>(buildNetwork<float>(seedBinary().network, setup->train->classCount()));
    setup->network->initialize(kSeed);
    setup->options = presetOptions();
    setup->generation = 1;

    TrainingWorker worker;
    QThread thread;
    worker.moveToThread(&thread);
    std::vector<EpochStats> epochs;
    bool finished = false;
    connect(&thread, &QThread::started, &worker, &TrainingWorker::run);
    connect(&worker, &TrainingWorker::snapshotsReady, this, [&] {
      for (const TrainingSnapshotPtr& s : worker.takeSnapshots()) epochs.insert(epochs.end(), s->epochs.begin(), s->epochs.end());
    });
    connect(&worker, &TrainingWorker::runFinished, this, [&] { finished = true; }, Qt::QueuedConnection);
    thread.start();
    worker.configure(setup);
    worker.start(kEpochs);
    workerFinished_ = QTest::qWaitFor([&] { return finished && epochs.size() >= kEpochs; }, 120000);
    worker.shutdown();
    thread.quit();
    thread.wait();
    return numbers(epochs);
  }

  std::vector<Numbers> compareHistory() {
    const Preset& p = seedBinary();
    const Experiment experiment{.name = "same-run", .classes = p.classes, .perClass = p.trainPerClass, .epochs = kEpochs,
                                .runs = {{.label = "seed-binary", .network = p.network, .options = presetOptions()}}};
    Comparison comparison(experiment, kEpochs, kSeed);
    comparison.runToEnd();
    std::vector<EpochStats> history;
    for (const ExperimentEpoch& e : comparison.result(0).history)
      if (e.stats.epoch > 0) history.push_back(e.stats);  // epoch 0 is the network before training
    return numbers(history);
  }

 private slots:
  void theCliTheWorkerAndCompareRecordTheSameEpochs() {
    const Preset& p = seedBinary();
    QCOMPARE(p.trainPerClass, p.testPerClass);  // Compare takes one count for both
    const std::vector<Numbers> fromCli = cliHistory(), fromWorker = workerHistory(), fromCompare = compareHistory();
    QVERIFY2(workerFinished_, "the worker did not finish its epochs");
    QCOMPARE(fromCli.size(), kEpochs);
    QCOMPARE(fromCli.back().epoch, kEpochs);
    QVERIFY2(fromCli.front().testAccuracy > 0.5, qPrintable(shown(fromCli)));  // it trained: not a run of zeros
    QVERIFY2(fromWorker == fromCli, qPrintable("worker " + shown(fromWorker) + "\ncli    " + shown(fromCli)));
    QVERIFY2(fromCompare == fromCli, qPrintable("compare " + shown(fromCompare) + "\ncli     " + shown(fromCli)));
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestSameRunEverywhere)
#include "test_same_run_everywhere.moc"
