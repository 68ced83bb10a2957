// TrainingSession: apply() takes a configuration whole or leaves everything as it was; the worker
// owns the run state; snapshots carry only the parts some viewer wants.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <fstream>

#include "engine/model_file.hpp"
#include "engine/data/embedded_mnist.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

// What a failed change must leave untouched.
struct Before {
  std::string preset;
  nlohmann::json spec;
  QString networkName, dataName;
  std::shared_ptr<const Dataset> train, test;
  ModelSnapshotPtr model;
  double learningRate;
  std::size_t batchSize;

  explicit Before(const TrainingSession& s)
      : preset(s.config().preset), spec(s.config().spec), networkName(s.config().networkName),
        dataName(s.config().dataName), train(s.trainSet()), test(s.testSet()), model(s.currentModel()),
        learningRate(s.config().learningRate), batchSize(s.config().batchSize) {}

  void expectSame(const TrainingSession& s) const {
    QCOMPARE(s.config().preset, preset);
    QCOMPARE(s.config().spec, spec);
    QCOMPARE(s.config().networkName, networkName);
    QCOMPARE(s.config().dataName, dataName);
    QCOMPARE(s.trainSet(), train);
    QCOMPARE(s.testSet(), test);
    QCOMPARE(s.currentModel(), model);
    QCOMPARE(s.config().learningRate, learningRate);
    QCOMPARE(s.config().batchSize, batchSize);
  }
};

// count images per class of two classes, depth 3 (R, G, B planes), 28×28, random pixels.
RawImages colourImages(std::size_t perClass, std::uint64_t seed) {
  RawImages raw;
  raw.height = raw.width = 28;
  raw.depth = 3;
  raw.source = "colour test images";
  arma::arma_rng::set_seed(seed);
  for (std::uint8_t label = 0; label < 2; ++label)
    for (std::size_t i = 0; i < perClass; ++i) {
      const arma::Col<unsigned> pixels = arma::randi<arma::Col<unsigned>>(raw.imageBytes(), arma::distr_param(0, 255));
      raw.pixels.insert(raw.pixels.end(), pixels.begin(), pixels.end());
      raw.labels.push_back(label);
      ++raw.count;
    }
  return raw;
}

}  // namespace

class TestTrainingSession : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { qRegisterMetaType<cnnlab::RunState>(); }

  void startsOnTheSeedNetwork() {
    TrainingSession session;
    QCOMPARE(session.config().preset, std::string("seed-binary"));
    QCOMPARE(session.trainSet()->classes, (std::vector<int>{0, 1}));
    QVERIFY(session.currentModel());
    QCOMPARE(session.state(), RunState::Idle);
    QTRY_VERIFY(session.lastSnapshot());
  }

  void badChangesLeaveEverythingAsItWas_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown preset") << "preset" << "unknown preset";
    QTest::newRow("network that does not fit the classes") << "network" << "outputs but the data has 10 classes";
    QTest::newRow("malformed network") << "malformed" << "unknown type";
    QTest::newRow("learning rate NaN") << "rate" << "learning rate";
    QTest::newRow("batch size 0") << "batch" << "batch size";
    QTest::newRow("a class the data does not have") << "data" << "class 42";
    QTest::newRow("missing model file") << "missing-model" << "";
    QTest::newRow("corrupt model file") << "corrupt-model" << "";
    QTest::newRow("no training data") << "no-data" << "no training data";
  }

  void badChangesLeaveEverythingAsItWas() {
    QFETCH(QString, change);
    QFETCH(QString, reason);
    TrainingSession session;
    QVERIFY(session.selectPreset("mlp"));  // not the start-up state, so "as it was" means something
    QVERIFY(session.setLearningRate(0.25));
    const Before before(session);
    QSignalSpy configured(&session, &TrainingSession::configured);
    QSignalSpy data(&session, &TrainingSession::dataChanged);
    QTemporaryDir dir;
    QString error;
    bool ok = true;
    if (change == "preset") {
      ok = session.selectPreset("resnet", &error);
    } else if (change == "network") {
      ok = session.useNetwork(findPreset("seed-binary").network, "two outputs", &error);
    } else if (change == "malformed") {
      nlohmann::json spec = findPreset("mlp").network;
      spec["layers"][0]["type"] = "dens";
      ok = session.useNetwork(spec, "typo", &error);
    } else if (change == "rate") {
      SessionConfig config = session.config();
      config.learningRate = std::nan("");
      ok = session.apply(config, &error);
    } else if (change == "batch") {
      SessionConfig config = session.config();
      config.batchSize = 0;
      ok = session.apply(config, &error);
    } else if (change == "data") {
      const RawSplit raw = embeddedMnist();
      ok = session.useData(raw, {.classes = {42}}, {.classes = {42}}, "nothing", &error);
    } else if (change == "missing-model") {
      ok = session.loadModel(dir.filePath("absent.cnnlab"), &error);
    } else if (change == "corrupt-model") {
      const QString path = dir.filePath("corrupt.cnnlab");
      std::ofstream(path.toStdString()) << "CNNLAB not really a model";
      ok = session.loadModel(path, &error);
    } else if (change == "no-data") {
      SessionConfig config = session.config();
      config.train.reset();
      ok = session.apply(config, &error);
    }
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(!error.contains('\n'), qPrintable(error));
    before.expectSame(session);
    QCOMPARE(configured.count(), 0);
    QCOMPARE(data.count(), 0);
    // And the run still works on the old configuration.
    QSignalSpy done(&session, &TrainingSession::epochsCompleted);
    session.stepBatches(1);
    QTRY_VERIFY(session.lastSnapshot() && session.lastSnapshot()->steps == 1);
  }

  void aGoodChangeIsTakenWhole() {
    TrainingSession session;
    QSignalSpy configured(&session, &TrainingSession::configured);
    QSignalSpy data(&session, &TrainingSession::dataChanged);
    QSignalSpy models(&session, &TrainingSession::modelChanged);
    const RawSplit raw = embeddedMnist();
    QString error;
    QVERIFY2(session.useData(raw, {.classes = {2, 3, 7}, .perClassLimit = 20}, {.classes = {2, 3, 7}, .perClassLimit = 10},
                             "three digits", &error),
             qPrintable(error));
    QCOMPARE(configured.count(), 1);
    QCOMPARE(data.count(), 1);
    QTRY_VERIFY(models.count() >= 1);
    QCOMPARE(session.trainSet()->classes, (std::vector<int>{2, 3, 7}));
    QCOMPARE(session.currentModel()->classes, (std::vector<int>{2, 3, 7}));
    // The seed network's last dense layer was resized to three outputs.
    QCOMPARE(session.config().spec["layers"][5]["units"].get<int>(), 3);
    QVERIFY(session.dataDescription().startsWith("three digits — classes 2, 3, 7 · 60 training and 30 test images"));
    QVERIFY(!session.config().presetData);
  }

  void theWorkerOwnsTheRunState() {
    TrainingSession session;
    QVERIFY(session.selectPreset("lenet5"));
    QSignalSpy states(&session, &TrainingSession::stateChanged);
    session.start();
    QCOMPARE(session.state(), RunState::Running);
    session.pause();
    QCOMPARE(session.state(), RunState::Paused);
    session.startOrPause();
    QCOMPARE(session.state(), RunState::Running);
    session.stop();
    QCOMPARE(session.state(), RunState::Idle);
    QVERIFY(states.count() >= 4);
    // A run of one epoch ends by itself: Idle again, and epochsCompleted.
    QVERIFY(session.selectPreset("seed-binary"));
    QSignalSpy done(&session, &TrainingSession::epochsCompleted);
    session.runEpochs(1);
    QVERIFY(done.wait(60000));
    QTRY_COMPARE(session.state(), RunState::Idle);
    QTRY_COMPARE(session.history().size(), std::size_t(1));
  }

  void snapshotsCarryOnlyWhatIsShown() {
    TrainingSession session;
    QObject nobody, kernelsViewer;
    session.setSnapshotParts(&nobody, {});
    QCOMPARE(session.snapshotParts(), SnapshotParts{});
    session.stepBatches(1);
    QTRY_VERIFY(session.lastSnapshot() && session.lastSnapshot()->steps == 1);
    TrainingSnapshotPtr s = session.lastSnapshot();
    QVERIFY(s->kernels.empty());
    QVERIFY(s->activations.empty());
    QVERIFY(!s->lastStep.valid);
    {
      QObject viewer;
      session.setSnapshotParts(&viewer, SnapshotPart::Kernels);
      QCOMPARE(session.snapshotParts(), SnapshotParts(SnapshotPart::Kernels));
      // A new wish is answered at once, without a training step.
      QTRY_VERIFY(session.lastSnapshot()->parts.testFlag(SnapshotPart::Kernels));
      QCOMPARE(session.lastSnapshot()->kernels.size(), std::size_t(1));
      QVERIFY(session.lastSnapshot()->activations.empty());
    }
    // The viewer is gone, and its wish with it.
    QCOMPARE(session.snapshotParts(), SnapshotParts{});
    session.setSnapshotParts(&nobody, SnapshotParts{SnapshotPart::Activations, SnapshotPart::LastStep});
    session.stepBatches(1);
    QTRY_VERIFY(session.lastSnapshot()->steps == 2 && session.lastSnapshot()->parts.testFlag(SnapshotPart::Activations));
    s = session.lastSnapshot();
    QCOMPARE(s->activations.size(), std::size_t(7));  // every layer of the seed network
    QVERIFY(s->lastStep.valid);
    QCOMPARE(s->lastStep.step, std::size_t(2));
    QVERIFY(s->kernels.empty());
  }

  // A preset adapts to colour data with another class count (engine adaptToData, as the CLI);
  // a grey model is then refused on that data, and the refusal changes nothing.
  void aPresetAdaptsToColourDataAndAGreyModelIsRefused() {
    TrainingSession session;
    QTemporaryDir dir;
    const QString grey = dir.filePath("grey.cnnlab");
    QString error;
    QVERIFY2(session.saveModel(grey, &error), qPrintable(error));
    QVERIFY(session.selectPreset("lenet5"));
    const RawSplit colour{colourImages(20, 1), colourImages(5, 2)};
    QVERIFY2(session.useData(colour, {.classes = {0, 1}}, {.classes = {0, 1}}, "colour", &error), qPrintable(error));
    QCOMPARE(session.config().spec["input"]["depth"].get<int>(), 3);
    QCOMPARE(session.config().spec["layers"][11]["units"].get<int>(), 2);
    QCOMPARE(session.trainSet()->shape.depth, std::size_t(3));
    // The app says what it changed, as cnnlab-cli's first line does.
    QVERIFY2(session.dataDescription().endsWith("lenet5 adapted: input depth 1 → 3, outputs 10 → 2"),
             qPrintable(session.dataDescription()));
    const Before before(session);
    QVERIFY(!session.loadModel(grey, &error));
    QVERIFY2(error.contains("input depth 1 (grey)") && error.contains("depth 3 (colour)") && error.contains("grey.cnnlab"),
             qPrintable(error));
    before.expectSame(session);
    // It trains: one step on the 3-channel network.
    session.stepBatches(1);
    QTRY_VERIFY(session.lastSnapshot() && session.lastSnapshot()->steps == 1);
  }

  // Round 3, #2: a model trained on {cat, dog} scored a {dog, zebra} folder by label number. The
  // app refuses a model whose class names are not the loaded data's, and takes one whose are.
  void aModelWithOtherClassNamesIsRefused() {
    TrainingSession session;
    QTemporaryDir dir;
    const QString file = dir.filePath("pets.cnnlab");
    QString error;
    QVERIFY2(session.saveModel(file, &error), qPrintable(error));
    cnnlab::LoadedModel pets = cnnlab::loadModel(file.toStdString());
    pets.metadata["class_names"] = {"cat", "dog"};
    cnnlab::saveModel(pets.network, file.toStdString(), pets.metadata);

    const Before before(session);  // the embedded digits, which have no names
    QVERIFY(!session.loadModel(file, &error));
    QVERIFY2(error.contains("knows the classes cat, dog, but the loaded data's are digits"), qPrintable(error));
    before.expectSame(session);

    RawSplit folder{colourImages(20, 1), colourImages(5, 2)};
    for (RawImages* half : {&folder.train, &folder.test}) {
      half->depth = 1;  // grey, as the model takes
      half->pixels.resize(half->count * half->imageBytes());
      half->classNames = {"dog", "zebra"};
    }
    QVERIFY2(session.useData(folder, {.classes = {0, 1}}, {.classes = {0, 1}}, "pets", &error), qPrintable(error));
    QVERIFY(!session.loadModel(file, &error));
    QVERIFY2(error.contains("cat, dog") && error.contains("dog, zebra"), qPrintable(error));
    for (RawImages* half : {&folder.train, &folder.test}) half->classNames = {"cat", "dog"};
    QVERIFY2(session.useData(folder, {.classes = {0, 1}}, {.classes = {0, 1}}, "pets", &error), qPrintable(error));
    QVERIFY2(session.loadModel(file, &error), qPrintable(error));
  }
};

CNNLAB_TEST_MAIN(TestTrainingSession)
#include "test_training_session.moc"
