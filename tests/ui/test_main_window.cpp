// The main window: every view reachable by its command-line name, the status bar follows the
// dashboard, and the menus offer the file actions.
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDir>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include "tests/test_main.hpp"
#include "tests/ui/isolated_settings.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/designer/designer_view.hpp"
#include "ui/main_window.hpp"

using namespace cnnlab;

class TestMainWindow : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

 private slots:
  void initTestCase() {
    testing::useSettingsIn(dir_, "test_main_window");
  }

  void showView_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("section");
    QTest::newRow("dashboard") << "dashboard" << 0 << "dashboard";
    QTest::newRow("kernels") << "kernels" << 0 << "kernels";
    QTest::newRow("feature-maps") << "feature-maps" << 0 << "feature-maps";
    QTest::newRow("predictions") << "predictions" << 0 << "predictions";
    QTest::newRow("stepper") << "stepper" << 1 << "";
    QTest::newRow("concepts") << "concepts" << 2 << "";
    QTest::newRow("designer") << "designer" << 3 << "";
    QTest::newRow("draw") << "draw" << 4 << "";
    QTest::newRow("data") << "data" << 5 << "";
  }

  void showView() {
    QFETCH(QString, name);
    QFETCH(int, tab);
    QFETCH(QString, section);
    MainWindow window;
    QVERIFY(window.showView(name));
    QCOMPARE(window.tabs()->currentIndex(), tab);
    if (!section.isEmpty()) QCOMPARE(window.dashboard()->currentSection(), section);
  }

  void unknownViewRefused() {
    MainWindow window;
    window.showView("kernels");
    QVERIFY(!window.showView("no-such-view"));
    QCOMPARE(window.dashboard()->currentSection(), QString("kernels"));  // unchanged
  }

  void statusBarFollowsDashboard() {
    MainWindow window;
    window.show();
    QSignalSpy done(&window.session(), &TrainingSession::epochsCompleted);
    window.dashboard()->runEpochs(1);
    QVERIFY(done.wait(60000));
    QTRY_VERIFY(window.statusLabel()->text().contains("test accuracy"));
    QCOMPARE(window.statusLabel()->text(), window.dashboard()->statusText());
    // A stopped run has no speed: no "0 samples/s" once training has ended.
    QTRY_VERIFY(window.statusLabel()->text().endsWith("stopped"));
    QVERIFY2(!window.statusLabel()->text().contains("samples/s"), qPrintable(window.statusLabel()->text()));
  }

  // Every tab is handed the one session: the Design tab opens on, and follows, the network the
  // session trains, so LeNet-5 in the dashboard never meets a seed network with a class-count error.
  void designerFollowsTheSession() {
    MainWindow window;
    QVERIFY(window.session().selectPreset("lenet5"));
    QCOMPARE(window.designer()->spec(), window.session().config().spec);
    QCOMPARE(window.designer()->classCount(), 10);
    QVERIFY2(window.designer()->check().ok(), window.designer()->check().error.c_str());
    // Once the user edits, the designer keeps the edit when the session changes.
    window.designer()->setLayerField(0, "kernels", 8);
    QVERIFY(window.session().selectPreset("mlp"));
    QCOMPARE(window.designer()->spec()["layers"][0]["kernels"].get<int>(), 8);
  }

  // cnnlab --help and --version answer without a display, like cnnlab-cli.
  void helpWithoutADisplay_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << "--help" << "--train-epochs";
    QTest::newRow("--version") << "--version" << "0.1.0";
  }

  void helpWithoutADisplay() {
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(name);
    gui.setProcessEnvironment(env);
    gui.start(qEnvironmentVariable("CNNLAB_GUI"), {option});
    QVERIFY(gui.waitForFinished(20000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY2(gui.readAllStandardOutput().contains(expected.toUtf8()), qPrintable(option));
  }

  // cnnlab --size WxH --screenshot captures the window at that size (the README's projector view).
  void screenshotAtSize_data() {
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("720p projector") << "1280x720" << 0;
    QTest::newRow("1080p projector") << "1920x1080" << 0;
    QTest::newRow("not WxH") << "1280by720" << 1;
    QTest::newRow("too small") << "100x100" << 1;
  }

  void screenshotAtSize() {
    QFETCH(QString, size);
    QFETCH(int, exitCode);
    const QString file = dir_.filePath("size-" + size + ".png");
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", dir_.filePath("config"));  // no saved geometry of the user's
    gui.setProcessEnvironment(env);
    gui.start(qEnvironmentVariable("CNNLAB_GUI"), {"--size", size, "--presenter", "--view", "stepper", "--screenshot", file});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), exitCode);
    if (exitCode != 0) {
      QVERIFY2(gui.readAllStandardError().contains("error: --size"), qPrintable(size));
      return;
    }
    const QStringList wh = size.split('x');
    QCOMPARE(QImage(file).size(), QSize(wh[0].toInt(), wh[1].toInt()));
  }

  // Bad options and outputs that cannot be written: a one-line error and a non-zero exit, at once.
  void badGuiOptions_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("epochs abc") << QStringList{"--train-epochs", "abc"} << "--train-epochs must be a whole number";
    QTest::newRow("epochs -1") << QStringList{"--train-epochs", "-1"} << "--train-epochs must be a whole number";
    QTest::newRow("threads 0") << QStringList{"--threads", "0"} << "--threads must be a whole number from 1 to 64";
    QTest::newRow("threads -3") << QStringList{"--threads", "-3"} << "--threads must be a whole number from 1 to 64";
    QTest::newRow("csv folder missing") << QStringList{"--train-epochs", "1", "--metrics-csv", "/nonexistent/m.csv"}
                                        << "does not exist";
    QTest::newRow("csv is a directory") << QStringList{"--train-epochs", "1", "--metrics-csv", "/tmp"} << "a directory";
    QTest::newRow("screenshot folder missing") << QStringList{"--screenshot", "/nonexistent/s.png"} << "does not exist";
    QTest::newRow("color without data") << QStringList{"--color"} << "give the folder with --data DIR";
    QTest::newRow("next panel without presenter") << QStringList{"--next-panel"} << "--next-panel needs --presenter";
    QTest::newRow("data folder missing") << QStringList{"--data", "/nonexistent", "--color"} << "--data /nonexistent:";
  }

  // cnnlab --data DIR [--color] opens an image folder and trains on it (colour once the reader keeps it).
  void dataFolderFromTheCommandLine() {
    QTemporaryDir dir;
    for (const auto& [name, ink] : {std::pair{"red", QColor(220, 60, 40)}, {"blue", QColor(40, 80, 220)}}) {
      QVERIFY(QDir(dir.path()).mkpath(name));
      for (int i = 0; i < 5; ++i) {
        QImage image(28, 28, QImage::Format_RGB32);
        image.fill(QColor(128, 128, 128));
        for (int y = 8; y < 20; ++y)
          for (int x = 8 - i / 2; x < 20; ++x) image.setPixelColor(x, y, ink);
        QVERIFY(image.save(dir.path() + "/" + name + "/" + QString::number(i) + ".png"));
      }
    }
    const QString file = dir.path() + "/data.png";
    QProcess gui;
    gui.start(qEnvironmentVariable("CNNLAB_GUI"), {"--data", dir.path(), "--color", "--view", "data", "--screenshot", file});
    QVERIFY(gui.waitForFinished(60000));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
    QVERIFY(!QImage(file).isNull());
  }
  void badGuiOptions() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess gui;
    gui.start(qEnvironmentVariable("CNNLAB_GUI"), args);
    QVERIFY(gui.waitForFinished(20000));
    QCOMPARE(gui.exitCode(), 1);
    // Qt may warn first (XDG_RUNTIME_DIR); the error is one line, the last.
    const QStringList lines = QString::fromUtf8(gui.readAllStandardError()).trimmed().split('\n');
    QVERIFY2(lines.last().startsWith("error: ") && lines.last().contains(message), qPrintable(lines.join('\n')));
    QCOMPARE(lines.filter("error: ").size(), 1);
  }

  void fileMenuOffersModelAndExports() {
    MainWindow window;
    QStringList actions;
    for (QAction* menu : window.menuBar()->actions())
      for (QAction* a : menu->menu()->actions()) actions << a->text();
    for (const char* expected : {"&Save model…", "&Load model…", "Export &metrics as CSV…", "&Presenter mode"})
      QVERIFY2(actions.contains(expected), expected);
  }
};

CNNLAB_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
