// TrainingWorker on its own thread: runs, steps, throttled snapshots, learning-rate changes,
// divergence, and a clean shutdown mid-run.
#include <QSignalSpy>
#include <QThread>
#include <QElapsedTimer>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include "engine/network_spec.hpp"
#include "engine/data/preset_data.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"
#include "ui/training/training_worker.hpp"

using namespace cnnlab;

// QSignalSpy appends on the emitting thread (a direct connection), which races with the test reading
// it (ThreadSanitizer saw it); the relay lives on the test's thread, so the worker's signals reach it
// queued, and the spies watch the relay.
class Relay : public QObject {
  Q_OBJECT
 signals:
  void runFinished(bool completed);
  void failed(const QString& message);
};

class TestTrainingWorker : public QObject {
  Q_OBJECT

  RawSplit raw_ = embeddedMnist();
  std::unique_ptr<TrainingWorker> worker_;
  QThread thread_;
  Relay relay_;
  std::vector<TrainingSnapshotPtr> snapshots_;

  std::shared_ptr<TrainingSetup> setup(const std::string& presetName, double rate = 0, std::size_t batch = 0) {
    const Preset& preset = findPreset(presetName);
    PresetData data = preparePresetData(preset, raw_);
    auto s = std::make_shared<TrainingSetup>();
    s->train = std::make_shared<const Dataset>(std::move(data.train));
    s->test = std::make_shared<const Dataset>(std::move(data.test));
    s->network = std::make_unique<Network<float>>(buildNetwork<float>(preset.network, s->train->classCount()));
    s->network->initialize(0);
    s->options = {.learningRate = rate > 0 ? rate : preset.learningRate,
                  .batchSize = batch ? batch : preset.batchSize,
                  .momentum = preset.momentum};
    s->generation = 1;
    return s;
  }

  // Steps whose losses arrived, summed over every snapshot received so far.
  std::size_t lossesReceived() const {
    std::size_t n = 0;
    for (const auto& s : snapshots_) n += s->stepLosses.size();
    return n;
  }

 private slots:
  void init() {
    snapshots_.clear();
    worker_ = std::make_unique<TrainingWorker>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::started, worker_.get(), &TrainingWorker::run);
    connect(worker_.get(), &TrainingWorker::snapshotsReady, this, [this] {
      for (const TrainingSnapshotPtr& s : worker_->takeSnapshots()) snapshots_.push_back(s);
    });
    connect(worker_.get(), &TrainingWorker::runFinished, &relay_, &Relay::runFinished);
    connect(worker_.get(), &TrainingWorker::failed, &relay_, &Relay::failed);
    thread_.start();
  }

  void cleanup() {
    worker_->shutdown();
    thread_.quit();
    QVERIFY(thread_.wait(10000));
    worker_.reset();
  }

  void configurePublishesEvaluation() {
    worker_->configure(setup("seed-binary"));
    QTRY_VERIFY(!snapshots_.empty());
    const TrainingSnapshot& s = *snapshots_.back();
    QVERIFY(s.hasEvaluation);
    QCOMPARE(s.evaluation.predictions.size(), std::size_t(200));
    QCOMPARE(s.kernels.size(), std::size_t(1));
    QCOMPARE(s.kernels[0].count, std::size_t(5));
    QCOMPARE(s.activations.size(), std::size_t(7));
    QCOMPARE(s.activations[0].shape, (Shape{5, 26, 26}));
    QVERIFY(s.model != nullptr);
    QCOMPARE(s.steps, std::size_t(0));
  }

  void runEpochDeliversEveryLossThrottled() {
    worker_->configure(setup("seed-binary"));
    QSignalSpy finished(&relay_, &Relay::runFinished);
    QElapsedTimer clock;
    clock.start();
    worker_->start(2);
    QVERIFY(finished.wait(60000));
    const double ms = double(clock.elapsed());
    QCOMPARE(finished.first().first().toBool(), true);
    const TrainingSnapshot& last = *snapshots_.back();
    QCOMPARE(last.epochsDone, std::size_t(2));
    QCOMPARE(last.steps, std::size_t(400));
    QCOMPARE(lossesReceived(), std::size_t(400));  // no step lost between snapshots
    std::size_t epochs = 0;
    for (const auto& s : snapshots_) epochs += s->epochs.size();
    QCOMPARE(epochs, std::size_t(2));
    // At most one snapshot per 30 ms while running, plus the configure/start/finish ones.
    QVERIFY2(double(snapshots_.size()) <= ms / TrainingWorker::kPublishIntervalMs + 4,
             qPrintable(QString("%1 snapshots in %2 ms").arg(snapshots_.size()).arg(ms)));
    QVERIFY(!worker_->isRunning());
  }

  void stepSampleWithBatch() {
    worker_->configure(setup("lenet5", 0.05, 32));
    QTRY_VERIFY(!snapshots_.empty());
    worker_->stepSamples(1);
    QTRY_COMPARE(snapshots_.back()->steps, std::size_t(1));
    QCOMPARE(snapshots_.back()->position, std::size_t(1));  // one sample, not a batch of 32
    QCOMPARE(snapshots_.back()->batchSize, std::size_t(32));
    worker_->stepBatches(2);
    QTRY_COMPARE(snapshots_.back()->steps, std::size_t(3));
    QCOMPARE(snapshots_.back()->position, std::size_t(65));
    QVERIFY(snapshots_.back()->lastStep.valid);
    const LastStep& ls = snapshots_.back()->lastStep;
    QVERIFY(arma::accu(arma::abs(ls.after.kernels - ls.before.kernels)) > 0);
  }

  void learningRateAppliesFromNextStep() {
    worker_->configure(setup("seed-binary", 0.1));
    QTRY_VERIFY(!snapshots_.empty());
    worker_->setLearningRate(0.025);
    worker_->stepBatches(1);
    QTRY_COMPARE(snapshots_.back()->steps, std::size_t(1));
    QCOMPARE(snapshots_.back()->learningRate, 0.025);
    // Plain SGD: K_after = K_before − η ∂E/∂K with the new η.
    const LastStep& ls = snapshots_.back()->lastStep;
    QVERIFY(ls.valid);
    const arma::fmat expected = ls.before.kernels - 0.025f * ls.gradient.kernels;
    QVERIFY(arma::approx_equal(ls.after.kernels, expected, "absdiff", 1e-6));
  }

  void pauseHoldsAndStopEnds() {
    worker_->configure(setup("mlp"));
    worker_->start(0);
    QTRY_VERIFY(!snapshots_.empty() && snapshots_.back()->steps > 20);
    worker_->pause();
    QTRY_VERIFY(snapshots_.back()->state == RunState::Paused);
    const std::size_t held = snapshots_.back()->steps;
    QTest::qWait(150);
    const std::size_t count = snapshots_.size();
    worker_->requestSnapshot();
    QTRY_VERIFY(snapshots_.size() > count);
    QCOMPARE(snapshots_.back()->steps, held);
    worker_->resume();
    QTRY_VERIFY(snapshots_.back()->steps > held);
    QSignalSpy finished(&relay_, &Relay::runFinished);
    worker_->stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!worker_->isRunning());
    // The stop's snapshot (queued before runFinished) is the last word: no step follows it.
    QCOMPARE(snapshots_.back()->state, RunState::Idle);
    const std::size_t stopped = snapshots_.back()->steps;
    QTest::qWait(200);
    const std::size_t before = snapshots_.size();
    worker_->requestSnapshot();
    QTRY_VERIFY(snapshots_.size() > before);
    QCOMPARE(snapshots_.back()->steps, stopped);
  }

  void divergenceStopsWithMessage() {
    worker_->configure(setup("lenet5", 1e12, 32));
    QSignalSpy failed(&relay_, &Relay::failed);
    worker_->start(1);
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.first().first().toString().contains("diverged"));
    QTRY_VERIFY(snapshots_.back()->state == RunState::Diverged);
    QVERIFY(!worker_->isRunning());
  }

  // 20 steps/s: however long the run lasted (a loaded machine stretches it), it took no more steps
  // than 20 a second allow, far below full speed (hundreds a second).
  void slowSpeedLimitsSteps() {
    worker_->configure(setup("seed-binary"));
    QTRY_VERIFY(!snapshots_.empty());
    worker_->setStepsPerSecond(20);
    QElapsedTimer clock;
    clock.start();
    worker_->start(0);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots_.back()->steps >= 3, 60000);
    worker_->pause();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots_.back()->state == RunState::Paused, 60000);
    const std::size_t allowed = std::size_t(clock.elapsed() / 50 + 2);
    QVERIFY2(snapshots_.back()->steps <= allowed,
             qPrintable(QString("%1 steps, %2 allowed").arg(snapshots_.back()->steps).arg(allowed)));
  }

  void shutdownMidRunReturns() {
    worker_->configure(setup("lenet5"));
    worker_->start(0);
    QTRY_VERIFY(!snapshots_.empty() && snapshots_.back()->steps > 2);
    // cleanup() shuts down while the run is under way; it must not hang.
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestTrainingWorker)
#include "test_training_worker.moc"
