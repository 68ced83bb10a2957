// File ▸ Share with class…: the first click starts the server and shows the address and the join
// code, the student count follows the WebSockets, the second click stops sharing.
// With CNNLAB_SHARE_SCREENSHOT=FILE.png the dialog is saved there (the README's picture).
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include "tests/test_main.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/share_dialog.hpp"
#include "ui/main_window.hpp"

using namespace cnnlab;

class TestShareDialog : public QObject {
  Q_OBJECT

 private slots:
  void menuStartsAndStopsSharing() {
    MainWindow window;
    auto* action = window.findChild<QAction*>("shareWithClass");
    auto* dialog = window.findChild<ShareDialog*>();
    QVERIFY(action && dialog);
    QVERIFY(!dialog->isSharing());

    action->trigger();
    QVERIFY(dialog->isSharing());
    QVERIFY(action->isChecked());
    QVERIFY(dialog->isVisible());
    ClassroomServer& server = dialog->server();
    QVERIFY(server.code().size() >= 6);
    QCOMPARE(dialog->findChild<QLabel*>("shareCode")->text(), server.code());
    QVERIFY(dialog->findChild<QLabel*>("shareAddress")->text().contains(QString::number(server.port())));
    QVERIFY(dialog->findChild<QLabel*>("shareAddress")->text().contains("127.0.0.1"));  // only this computer by default
    QCOMPARE(dialog->findChild<QLabel*>("shareCount")->text(), QStringLiteral("0 students connected"));

    // The count is live.
    QWebSocket a, b;
    const QUrl live(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));
    a.open(live);
    b.open(live);
    QTRY_COMPARE(dialog->findChild<QLabel*>("shareCount")->text(), QStringLiteral("2 students connected"));
    if (const QString shot = qEnvironmentVariable("CNNLAB_SHARE_SCREENSHOT"); !shot.isEmpty()) {
      dialog->adjustSize();
      QVERIFY(dialog->grab().save(shot));
    }
    b.close();
    QTRY_COMPARE(dialog->findChild<QLabel*>("shareCount")->text(), QStringLiteral("1 student connected"));

    // The second click stops sharing: the student is told, the code dies.
    QSignalSpy closed(&a, &QWebSocket::disconnected);
    action->trigger();
    QVERIFY(!dialog->isSharing());
    QVERIFY(!action->isChecked());
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE(closed.count(), 1);

    // Sharing again gives a fresh code; the window closes cleanly while sharing.
    action->trigger();
    QVERIFY(dialog->isSharing());
  }
};

CNNLAB_TEST_MAIN(TestShareDialog)
#include "test_share_dialog.moc"
