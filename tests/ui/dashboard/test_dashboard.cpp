// The training dashboard in the real main window with the real worker thread, offscreen: start,
// pause, step, learning rate, stop, close mid-run, model files, exports, divergence, and every view
// following the training.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <cstring>
#include <fstream>
#include <random>

#include "engine/presets.hpp"
#include "tests/sanitizers.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/isolated_settings.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/dashboard/confusion_view.hpp"
#include "ui/dashboard/curves_view.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/dashboard/feature_map_view.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/dashboard/kernel_view.hpp"
#include "ui/dashboard/last_step_view.hpp"
#include "ui/main_window.hpp"
#include "ui/dashboard/prediction_gallery.hpp"
#include "tests/ui/full_size_data.hpp"

using namespace cnnlab;
using cnnlab::testing::fullSizeData;

class TestDashboard : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::unique_ptr<MainWindow> window_;

  DashboardView* dash() const { return window_->dashboard(); }
  std::size_t steps() const { return dash()->lastSnapshot() ? dash()->lastSnapshot()->steps : 0; }
  QPushButton* button(const char* name) const { return dash()->findChild<QPushButton*>(name); }
  QString path(const QString& name) const { return dir_.filePath(name); }

  // Trains one seed-binary epoch and waits for it.
  void trainOneEpoch() {
    QSignalSpy done(&window_->session(), &TrainingSession::epochsCompleted);
    dash()->runEpochs(1);
    QVERIFY(done.wait(60000));
    QTRY_COMPARE(dash()->history().size(), std::size_t(1));
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    testing::useSettingsIn(dir_, "test_dashboard");
  }

  void init() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTRY_VERIFY(dash()->lastSnapshot() != nullptr);
  }

  void cleanup() { window_.reset(); }

  void opensOnSeedBinary() {
    QCOMPARE(dash()->presetName(), QString("seed-binary"));
    QVERIFY(dash()->currentModel() != nullptr);
    QCOMPARE(dash()->currentModel()->classes, (std::vector<int>{0, 1}));
    QCOMPARE(dash()->testSet()->size(), std::size_t(200));
    QVERIFY(dash()->statusText().contains("seed-binary"));
    QCOMPARE(window_->statusLabel()->text(), dash()->statusText());
    // No step yet, so no loss: "—", not a perfect-looking 0.0000.
    QVERIFY2(dash()->statusText().contains(QString::fromUtf8("loss —")), qPrintable(dash()->statusText()));
    QVERIFY(!dash()->statusText().contains("0.0000"));
  }

  void startPauseResumeStepWithButtons() {
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QCOMPARE(dash()->state(), RunState::Running);
    QTRY_VERIFY(steps() > 5);
    QTest::mouseClick(button("startButton"), Qt::LeftButton);  // pause
    QCOMPARE(button("startButton")->text(), QString("▶ Resume"));
    QTRY_VERIFY(dash()->lastSnapshot()->state == RunState::Paused);
    const std::size_t held = steps();
    QTest::qWait(200);
    QCOMPARE(steps(), held);
    QTest::mouseClick(button("stepBatchButton"), Qt::LeftButton);
    QTRY_COMPARE(steps(), held + 1);
    QVERIFY(dash()->curves()->stepPointCount() == held + 1);
    QTest::mouseClick(button("startButton"), Qt::LeftButton);  // resume
    QTRY_VERIFY(steps() > held + 3);
  }

  void keyboardShortcuts() {
    dash()->setFocus();
    QTest::keyClick(dash(), Qt::Key_Right);
    QTRY_COMPARE(steps(), std::size_t(1));
    QTest::keyClick(dash(), Qt::Key_Space);
    QCOMPARE(dash()->state(), RunState::Running);
    QTRY_VERIFY(steps() > 3);
    QTest::keyClick(dash(), Qt::Key_Space);
    QCOMPARE(dash()->state(), RunState::Paused);
  }

  void stepSampleAndEpoch() {
    QTest::mouseClick(button("stepSampleButton"), Qt::LeftButton);
    QTRY_COMPARE(steps(), std::size_t(1));
    QTest::mouseClick(button("stepEpochButton"), Qt::LeftButton);
    QTRY_COMPARE(dash()->history().size(), std::size_t(1));
    QCOMPARE(dash()->lastSnapshot()->epochsDone, std::size_t(1));
    QCOMPARE(dash()->lastSnapshot()->position, std::size_t(0));
  }

  void learningRateChangeApplies() {
    auto* spin = dash()->findChild<QDoubleSpinBox*>("rateSpin");
    QVERIFY(spin);
    spin->setValue(0.0375);
    QTest::mouseClick(button("stepBatchButton"), Qt::LeftButton);
    QTRY_COMPARE(steps(), std::size_t(1));
    QCOMPARE(dash()->lastSnapshot()->learningRate, 0.0375);
    QString error;
    QVERIFY(!dash()->setLearningRate(-1, &error));
    QVERIFY(error.contains("learning rate"));
    QCOMPARE(spin->value(), 0.0375);
  }

  // Stop shows Idle at once (the button's click sets it on the GUI thread), but the worker may be
  // inside a step then, and the snapshots it published up to that moment are still queued for the
  // GUI thread: the steps the dashboard shows may grow after Idle. That is late news, not training
  // (under ThreadSanitizer, 4 steps shown 100 ms after Idle became 7 by 300 ms). The worker's own
  // answer to the stop is a snapshot whose state is Idle, carrying its final count; from then on
  // no step may be added.
  void stopEndsRun() {
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_VERIFY(steps() > 3);
    QTest::mouseClick(button("stopButton"), Qt::LeftButton);
    QCOMPARE(dash()->state(), RunState::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(dash()->lastSnapshot()->state == RunState::Idle, 30000);
    const std::size_t held = steps();
    QVERIFY(held > 3);
    QTest::qWait(300);
    QCOMPARE(steps(), held);
    QCOMPARE(dash()->lastSnapshot()->state, RunState::Idle);
    QCOMPARE(button("startButton")->text(), QString("▶ Start"));
  }

  void closeMidRunIsClean() {
    QVERIFY(dash()->selectPreset("lenet5"));
    dash()->runEpochs(3);
    QTRY_VERIFY(steps() > 2);
    window_->close();
    window_.reset();  // the destructor stops the worker and joins its thread
    QVERIFY(!window_);
  }

  void resetKeepsPreviousRunAsOverlay() {
    trainOneEpoch();
    const std::size_t points = dash()->curves()->stepPointCount();
    QCOMPARE(points, std::size_t(200));
    QTest::mouseClick(button("resetButton"), Qt::LeftButton);
    QCOMPARE(dash()->curves()->stepPointCount(), std::size_t(0));
    QCOMPARE(dash()->curves()->previousStepPointCount(), points);
    QTRY_COMPARE(steps(), std::size_t(0));
  }

  void saveLoadRoundTrip() {
    trainOneEpoch();
    const ModelSnapshotPtr trained = dash()->currentModel();
    QCOMPARE(trained->step, std::size_t(200));
    QString error;
    QVERIFY2(dash()->saveModel(path("m.cnnlab"), &error), qPrintable(error));
    dash()->reset();
    QVERIFY(!arma::approx_equal(dash()->currentModel()->parameters, trained->parameters, "absdiff", 0));
    QVERIFY2(dash()->loadModel(path("m.cnnlab"), &error), qPrintable(error));
    QVERIFY(arma::approx_equal(dash()->currentModel()->parameters, trained->parameters, "absdiff", 0));
    QCOMPARE(dash()->currentModel()->spec, trained->spec);
    // The loaded weights are what the worker trains next: its first snapshot shows them.
    QTRY_VERIFY(dash()->lastSnapshot() && dash()->lastSnapshot()->model &&
                arma::approx_equal(dash()->lastSnapshot()->model->parameters, trained->parameters, "absdiff", 0));
  }

  void corruptFileRefused_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << "missing";
    QTest::newRow("empty") << "empty";
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("flipped byte") << "flipped";
  }

  void corruptFileRefused() {
    QFETCH(QString, kind);
    QString error;
    QVERIFY(dash()->saveModel(path("good.cnnlab"), &error));
    std::ifstream in(path("good.cnnlab").toStdString(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    QVERIFY(bytes.size() > 100);
    const QString bad = path("bad-" + kind + ".cnnlab");
    if (kind != "missing") {
      if (kind == "empty") bytes.clear();
      if (kind == "garbage") bytes = std::string(300, 'x');
      if (kind == "truncated") bytes.resize(bytes.size() / 2);
      if (kind == "flipped") bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
      std::ofstream(bad.toStdString(), std::ios::binary) << bytes;
    }
    const ModelSnapshotPtr before = dash()->currentModel();
    QVERIFY(!dash()->loadModel(bad, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(dash()->errorMessage().contains(error));
    QVERIFY(dash()->findChild<QLabel*>("errorBanner")->isVisible());
    QCOMPARE(dash()->currentModel(), before);  // the current model stays
    QCOMPARE(dash()->presetName(), QString("seed-binary"));
  }

  void divergenceShowsMessage() {
    QVERIFY(dash()->selectPreset("lenet5"));
    QVERIFY(dash()->setLearningRate(1e12));
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dash()->state() == RunState::Diverged, 60000);
    // state() reads the worker's state as it is; the message comes after it, as a queued signal.
    QTRY_VERIFY(dash()->errorMessage().contains("diverged"));
    QVERIFY(dash()->findChild<QLabel*>("errorBanner")->isVisible());
    QVERIFY(dash()->statusText().contains("diverged"));
    QTest::mouseClick(button("resetButton"), Qt::LeftButton);  // a reset clears the message
    QVERIFY(dash()->errorMessage().isEmpty());
  }

  void exportViews_data() {
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("file");
    QTest::newRow("dashboard png") << "dashboard" << "d.png";
    QTest::newRow("dashboard svg") << "dashboard" << "d.svg";
    QTest::newRow("dashboard pdf") << "dashboard" << "d.pdf";
    QTest::newRow("kernels svg") << "kernels" << "k.svg";
    QTest::newRow("feature maps pdf") << "feature-maps" << "f.pdf";
    QTest::newRow("predictions png") << "predictions" << "p.png";
  }

  void exportViews() {
    QFETCH(QString, section);
    QFETCH(QString, file);
    QVERIFY(window_->showView(section));
    QCOMPARE(dash()->currentSection(), section);
    QString error;
    QVERIFY2(dash()->exportView(path(file), &error), qPrintable(error));
    QFile out(path(file));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray head = out.read(8);
    if (file.endsWith(".png")) QVERIFY(head.startsWith("\x89PNG"));
    if (file.endsWith(".pdf")) QVERIFY(head.startsWith("%PDF"));
    if (file.endsWith(".svg")) QVERIFY(head.startsWith("<?xml"));
    QVERIFY(out.size() > 1000);
  }

  void exportRefusesUnknownType() {
    QString error;
    QVERIFY(!dash()->exportView(path("x.bmpx"), &error));
    QVERIFY(error.contains("png"));
    QVERIFY(!dash()->exportMetricsCsv(path("no/such/dir/m.csv"), &error));
    QVERIFY(error.contains("cannot write"));
  }

  void metricsCsv() {
    trainOneEpoch();
    QString error;
    QVERIFY2(dash()->exportMetricsCsv(path("m.csv"), &error), qPrintable(error));
    QFile f(path("m.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString(f.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("epoch,train_loss,train_accuracy,test_loss,test_accuracy"));
    const QStringList cells = lines[1].split(',');
    QCOMPARE(cells[0], QString("1"));
    QCOMPARE(cells[4].toDouble(), dash()->history()[0].testAccuracy);
  }

  void featureMapsFollowChosenImage() {
    QVERIFY(window_->showView("feature-maps"));
    dash()->selectImage(150);
    QTRY_COMPARE(dash()->lastSnapshot()->image, 150);
    QTRY_COMPARE(dash()->featureMaps()->image(), 150);
    QVERIFY(dash()->featureMaps()->rowCount() >= 4);  // conv, sigmoid, dense, sigmoid
    QVERIFY(dash()->featureMaps()->predictionText().contains("true"));
    dash()->selectImage(5000);  // out of range: ignored
    QTest::qWait(50);
    QCOMPARE(dash()->lastSnapshot()->image, 150);
  }

  void galleryMarksMistakes() {
    QVERIFY(window_->showView("predictions"));
    trainOneEpoch();
    const TrainingSnapshotPtr s = dash()->lastSnapshot();
    QVERIFY(s->hasEvaluation || dash()->gallery()->shownCount() == 200);
    std::size_t wrong = 0;
    for (const auto& h : dash()->history()) wrong = std::size_t(std::lround((1 - h.testAccuracy) * 200));
    QCOMPARE(dash()->gallery()->mistakeCount(), wrong);
    dash()->findChild<QCheckBox*>("mistakesCheck")->setChecked(true);
    QCOMPARE(dash()->gallery()->shownCount(), wrong);
  }

  void useNetworkAndData() {
    QString error;
    nlohmann::json bad = findPreset("lenet5").network;
    bad["input"]["height"] = 32;
    QVERIFY(!window_->session().useNetwork(bad, "too tall", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(dash()->presetName(), QString("seed-binary"));
    nlohmann::json mlp = findPreset("mlp").network;
    mlp["layers"][3]["units"] = 2;  // two classes, as the current data
    QVERIFY2(window_->session().useNetwork(mlp, "small mlp", &error), qPrintable(error));
    // No convolution: the Kernels view shows what each of the 100 hidden units looks for, its
    // 784 incoming weights (row i of the first W) drawn as a 28×28 image.
    QTRY_VERIFY(dash()->lastSnapshot() && dash()->lastSnapshot()->kernels.size() == 1 &&
                dash()->lastSnapshot()->kernels.front().denseUnits && dash()->lastSnapshot()->model);
    const TrainingSnapshotPtr snapshot = dash()->lastSnapshot();
    const KernelSet& units = snapshot->kernels.front();
    QVERIFY(units.denseUnits);
    QCOMPARE(units.layer, std::size_t(1));
    QCOMPARE(units.count, std::size_t(100));
    QCOMPARE(units.size, std::size_t(28));
    QCOMPARE(units.columns(), std::size_t(28));
    const arma::fmat W(const_cast<float*>(snapshot->model->parameters.memptr()), 100, 784, false, true);
    for (std::size_t i : {std::size_t(0), std::size_t(57), std::size_t(99)}) {
      const arma::fmat image = units.kernel(i, 0);
      QCOMPARE(image(3, 20), W(i, 3 + 28 * 20));  // pixel (row 3, column 20), column-major like the input
      QCOMPARE(image(27, 0), W(i, 27));
    }
    // Drawn at once although the Kernels section is hidden: a new network is never shown stale.
    QTRY_VERIFY(dash()->kernels()->mosaics().size() == 1 && dash()->kernels()->mosaics().front()->tileCount() == 100);
    // The last-step panel follows a convolutional layer; without one it says so.
    QTRY_VERIFY(dash()->findChild<LastStepView*>("lastStep")->noConvolution());
    QVERIFY(dash()->selectPreset("seed-binary"));  // back to a convolution: the panel returns
    QTRY_VERIFY(!dash()->findChild<LastStepView*>("lastStep")->noConvolution());
    QVERIFY(dash()->findChild<LastStepView*>("lastStep")->caption().contains("Take a step"));
    QVERIFY2(window_->session().useNetwork(mlp, "small mlp", &error), qPrintable(error));
    const RawSplit raw = embeddedMnist();
    Selection three{.classes = {3, 5, 8}, .perClassLimit = 30};
    QVERIFY2(window_->session().useData(raw, three, three, "3-5-8", &error), qPrintable(error));
    QCOMPARE(dash()->currentModel()->classes, (std::vector<int>{3, 5, 8}));
    Selection none{.classes = {42}};
    QVERIFY(!window_->session().useData(raw, none, none, "nothing", &error));
    QCOMPARE(dash()->currentModel()->classes, (std::vector<int>{3, 5, 8}));
  }

  void presenterModeEnlargesFonts() {
    const int normal = QFontInfo(dash()->font()).pixelSize();
    dash()->findChild<QCheckBox*>("presenterCheck")->setChecked(true);
    QVERIFY(dash()->presenterMode());
    QVERIFY2(QFontInfo(dash()->font()).pixelSize() >= normal + 5, qPrintable(QString("%1 px, was %2").arg(QFontInfo(dash()->font()).pixelSize()).arg(normal)));
    window_->saveSettings();
    window_.reset();
    window_ = std::make_unique<MainWindow>();  // settings remembered
    QVERIFY(dash()->presenterMode());
    dash()->setPresenterMode(false);
    window_->saveSettings();
  }

  // The confusion matrix names its classes: digits on both axes; an image folder's short names on
  // both; longer names on the rows as "name (i)", with the columns by index (a column is one cell wide).
  void confusionNamesItsClasses() {
    ConfusionView view;
    const arma::umat counts = {{5, 1}, {2, 7}};
    auto ticks = [&](QCPAxis* axis) {
      QStringList labels;
      for (const QString& label : qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker())->ticks()) labels << label;
      return labels;
    };
    view.setConfusion(counts, {"0", "1"});
    QCOMPARE(ticks(view.xAxis), QStringList({"0", "1"}));
    view.setConfusion(counts, {"cat", "dog"});
    QCOMPARE(ticks(view.xAxis), QStringList({"cat", "dog"}));
    QCOMPARE(ticks(view.yAxis).size(), 2);
    QVERIFY(ticks(view.yAxis).contains("cat") && ticks(view.yAxis).contains("dog"));
    view.setConfusion(counts, {"ripe", "unripe"});
    QCOMPARE(ticks(view.xAxis), QStringList({"0", "1"}));
    QVERIFY(ticks(view.yAxis).contains("ripe (0)") && ticks(view.yAxis).contains("unripe (1)"));
    QCOMPARE(view.names(), QStringList({"ripe", "unripe"}));
  }

  // Presenter mode shows one panel of each pair; Page Down (a clicker) shows the other; the stepper
  // follows the window's mode.
  void presenterModeShowsFewerPanels() {
    window_->resize(1280, 720);
    window_->show();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    window_->showView("predictions");
    dash()->setFocus();
    auto* gallery = dash()->gallery();
    ConfusionView* confusion = dash()->confusion();
    QVERIFY(gallery->isVisible() && confusion->isVisible());
    dash()->setPresenterMode(true);
    QVERIFY(window_->stepper()->presenterMode());
    QVERIFY(gallery->isVisible() != confusion->isVisible());
    const bool galleryFirst = gallery->isVisible();
    QTest::keyClick(dash(), Qt::Key_PageDown);
    QCOMPARE(gallery->isVisible(), !galleryFirst);
    QCOMPARE(confusion->isVisible(), galleryFirst);
    QVERIFY(!dash()->findChild<QWidget*>("nextPanelButton")->isHidden());
    dash()->setPresenterMode(false);
    QVERIFY(!window_->stepper()->presenterMode());
    QVERIFY(gallery->isVisible() && confusion->isVisible());
    QVERIFY(dash()->findChild<QWidget*>("nextPanelButton")->isHidden());
    window_->saveSettings();
  }

  // Each view follows LeNet-5's training, on the preset's data and on a full MNIST-sized set. How
  // quickly the GUI thread answers meanwhile (the worst event-loop gap, 50 ms at most) is a
  // wall-clock figure: bench_latency measures it and .ci/timings checks it (BENCHMARKS.md).
  void viewsFollowTraining_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("trainImages");  // 0: the preset's data; else generated, full MNIST's size
    QTest::newRow("dashboard") << "dashboard" << 0;
    QTest::newRow("kernels") << "kernels" << 0;
    QTest::newRow("feature maps") << "feature-maps" << 0;
    QTest::newRow("predictions") << "predictions" << 0;
    QTest::newRow("predictions, 60,000 images") << "predictions" << 60000;
  }

  void viewsFollowTraining() {
    QFETCH(QString, view);
    QFETCH(int, trainImages);
#ifdef CNNLAB_TEST_TSAN
    // The same worker and snapshots as the rows above; only the data's size differs, and making
    // 60,000 images takes TSan half a minute.
    if (trainImages > 0) QSKIP("full-size data runs in Release; TSan checks the threads with the rows above");
#endif
    QVERIFY(dash()->selectPreset("lenet5"));
    if (trainImages > 0) {
      QString error;
      QVERIFY2(window_->session().useData(fullSizeData(std::size_t(trainImages)), {}, {}, "generated", &error),
               qPrintable(error));
      QCOMPARE(dash()->testSet()->size(), std::size_t(10000));
      QCOMPARE(window_->session().trainSet()->size(), std::size_t(trainImages));
    }
    QVERIFY(window_->showView(view));
    dash()->runEpochs(3);
    QTRY_VERIFY_WITH_TIMEOUT(steps() > 0, 120000);  // a first LeNet-5 step under TSan: 5.7 s
    // The GUI thread keeps turning while the worker trains: a 5 ms timer fires, and snapshot after
    // snapshot reaches the dashboard (however slowly a loaded machine or a sanitizer lets them come).
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start();
    const std::size_t first = steps();
    QTRY_VERIFY_WITH_TIMEOUT(steps() > first + 10 && ticks > 10, 120000);
    dash()->stop();
  }
};

CNNLAB_TEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
