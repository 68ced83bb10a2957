// The main window: every view reachable by its command-line name, the status bar follows the
// dashboard, and the menus offer the file actions.
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/train/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/main_window.hpp"

using namespace cnnlab;

class TestMainWindow : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

 private slots:
  void initTestCase() {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath("settings"));
    QCoreApplication::setOrganizationName("cnnlab-test");
    QCoreApplication::setApplicationName("test_main_window");
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

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
