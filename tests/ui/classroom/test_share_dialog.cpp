// File ▸ Share with class…: the first click starts the server and shows the address and the join
// code, the student count follows the WebSockets, the second click stops sharing.
// With CNNLAB_SHARE_SCREENSHOT=FILE.png the dialog is saved there (the README's picture).
#include <QAction>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
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

    // Practice on the phones: the teacher sees how many practise and what the class gets wrong.
    QVERIFY(dialog->findChild<QLabel*>("sharePractice")->text().startsWith("Nobody is practising yet"));
    QNetworkAccessManager http;
    QNetworkRequest check(QUrl(QStringLiteral("http://127.0.0.1:%1/api/practice/check?level=1&answer=1000&code=%2")
                                   .arg(server.port()).arg(server.code())));
    check.setRawHeader("X-Student", "anna");
    std::unique_ptr<QNetworkReply> reply(http.get(check));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(dialog->findChild<QLabel*>("sharePractice")->text(), QStringLiteral("1 practising · most common mistake: unknown (1)"));

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

  // The QR code in a capture of the dialog, read back by zbar (Debian's zbar-tools) as a phone's camera
  // would, holds the full join address with the code, and that address opens the page. The page's
  // projector view draws the server's /join.svg, which reads back the same.
  void theQrCodeOpensThePage() {
    MainWindow window;
    auto* dialog = window.findChild<ShareDialog*>();
    window.findChild<QAction*>("shareWithClass")->trigger();
    QVERIFY(dialog->isSharing());
    ClassroomServer& server = dialog->server();
    auto* qr = dialog->findChild<QLabel*>("shareQr");
    QVERIFY(qr && qr->isVisible());
    QVERIFY2(qr->pixmap().width() >= 300, "large enough to scan from the back of a room");
    QTemporaryDir dir;
    dialog->adjustSize();
    const QString capture = dir.filePath("share.png");
    QVERIFY(dialog->grab().save(capture));
    const QString url = server.url().toString(QUrl::FullyEncoded);
    QCOMPARE(decodeQr(capture), url);
    QVERIFY(url.contains("code=" + server.code()));

    QNetworkAccessManager http;
    QNetworkReply* page = http.get(QNetworkRequest(QUrl(decodeQr(capture))));
    QSignalSpy done(page, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("Step through"));
    page->deleteLater();

    QNetworkReply* svg = http.get(QNetworkRequest(QUrl(QString(url).replace("/?code=", "/join.svg?code="))));
    QSignalSpy svgDone(svg, &QNetworkReply::finished);
    QVERIFY(svgDone.wait(10000));
    QCOMPARE(svg->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("image/svg+xml"));
    QSvgRenderer renderer(svg->readAll());
    QVERIFY(renderer.isValid());
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QString drawn = dir.filePath("join.png");
    QVERIFY(image.save(drawn));
    QCOMPARE(decodeQr(drawn), server.url().toString(QUrl::FullyEncoded));
    svg->deleteLater();
  }

 private:
  // What zbarimg reads in an image ("" when it finds no code).
  static QString decodeQr(const QString& file) {
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    if (!zbar.waitForFinished(60000) || zbar.exitCode() != 0) return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
  }
};

CNNLAB_TEST_MAIN(TestShareDialog)
#include "test_share_dialog.moc"
