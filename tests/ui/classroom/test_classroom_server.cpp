// ClassroomServer driven by real clients on 127.0.0.1: raw TCP for what a browser would never send,
// QNetworkAccessManager for ordinary requests, QWebSocket for students. Covers the join code, the
// 404s, the size caps, the client cap, the read-only API, a stalled client dropped while the others
// keep receiving, and a clean shutdown with clients connected.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QElapsedTimer>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "tests/test_main.hpp"
#include "tests/ui/classroom/raw_http.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

// A WebSocket client that counts what it receives.
struct Student {
  QWebSocket socket;
  int messages = 0;
  nlohmann::json last;
  Student() {
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket, [this](const QByteArray& m) {
      ++messages;
      last = nlohmann::json::parse(m.toStdString(), nullptr, false);
    });
  }
  bool join(const QUrl& url) {
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(url);
    return connected.wait(5000) || connected.count() > 0;
  }
};

QUrl liveUrl(const ClassroomServer& server, const QString& code) {
  return QUrl(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(code));
}

// A student whose browser stopped reading: a tiny receive buffer, a handshake, then nothing.
int stalledStudent(quint16 port, const QString& code) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int small = 1024;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return -1;
  const QByteArray handshake = "GET /live?code=" + code.toUtf8() +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  if (::write(fd, handshake.constData(), size_t(handshake.size())) != handshake.size()) return -1;
  return fd;
}

}  // namespace

class TestClassroomServer : public QObject {
  Q_OBJECT

  std::unique_ptr<TrainingSession> session_;
  std::unique_ptr<ClassroomServer> server_;

  void startServer(ClassroomServer::Options options = {}) {
    server_ = std::make_unique<ClassroomServer>(*session_);
    QString error;
    QVERIFY2(server_->start(options, &error), qPrintable(error));
  }
  QByteArray withCode(const QByteArray& target) const {
    return target + (target.contains('?') ? "&" : "?") + "code=" + server_->code().toUtf8();
  }

 private slots:
  void init() { session_ = std::make_unique<TrainingSession>(); }
  void cleanup() {
    server_.reset();
    session_.reset();
  }

  void codeIsFreshAndRequired() {
    startServer();
    const QString first = server_->code();
    QVERIFY(first.size() >= 6);
    // Without the code: the landing page with one field for it (200), or the same page told that the
    // code was wrong (403); nothing of the class's data.
    QByteArray landing;
    QCOMPARE(rawStatus(server_->port(), get("/"), &landing), 200);
    QVERIFY2(landing.contains("name=\"code\"") && !landing.contains("Step through"), landing.constData());
    QCOMPARE(rawStatus(server_->port(), get("/style.css")), 200);
    QCOMPARE(rawStatus(server_->port(), get("/join.svg")), 403);
    QCOMPARE(rawStatus(server_->port(), get("/api/join")), 403);
    QCOMPARE(rawStatus(server_->port(), get("/main.js")), 403);
    QByteArray wrong;
    QCOMPARE(rawStatus(server_->port(), get("/?code=wrong1"), &wrong), 403);
    QVERIFY(wrong.contains("name=\"code\""));
    // As a student types it: capitals and spaces do not matter.
    QCOMPARE(rawStatus(server_->port(), get("/?code=" + QUrl::toPercentEncoding(" " + first.toUpper() + " "))), 200);
    // No look-alike characters in a code.
    for (int i = 0; i < 50; ++i)
      for (QChar c : ClassroomServer::makeCode(8)) QVERIFY2(!QStringLiteral("0o1liIuU").contains(c), qPrintable(QString(c)));
    QCOMPARE(rawStatus(server_->port(), get("/api/examples")), 403);
    QCOMPARE(rawStatus(server_->port(), get("/?code=" + first.left(first.size() - 1).toUtf8())), 403);
    QCOMPARE(rawStatus(server_->port(), get(withCode("/"))), 200);
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/examples"))), 200);

    // The page sets a cookie; with it, the code may be left out (a reload, the page's own fetches).
    QNetworkAccessManager http;
    QNetworkReply* page = http.get(QNetworkRequest(server_->url()));
    QSignalSpy done(page, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("Step through"));
    QCOMPARE(rawStatus(server_->port(), "GET /api/examples HTTP/1.1\r\nHost: x\r\nCookie: cnnlab_code=" +
                                            first.toUtf8() + "\r\n\r\n"),
             200);
    page->deleteLater();

    // The WebSocket is refused without the code.
    QWebSocket refused;
    QSignalSpy refusedError(&refused, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    refused.open(liveUrl(*server_, QStringLiteral("nope42")));
    QVERIFY(refusedError.wait(5000));
    QCOMPARE(server_->clientCount(), 0);

    // A fresh code at each start; the old one no longer works.
    const quint16 port = server_->port();
    ClassroomServer::Options again;
    again.port = port;
    QVERIFY(server_->start(again));
    QVERIFY(server_->code() != first);
    QCOMPARE(rawStatus(port, get("/?code=" + first.toUtf8())), 403);
  }

  void notFound_data() {
    QTest::addColumn<QByteArray>("path");
    for (const char* path : {"/../etc/passwd", "/%2e%2e/etc/passwd", "/.%2e/.%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
                             "/index.html/..", "/./index.html", "//index.html", "/web/index.html", "/style.css/",
                             "/STYLE.CSS", "/main.js%00", "/nothing", "/api", "/api/example/..%2F..%2Fetc",
                             "/api/example/from-network", "/api/example/mlp-from-network", "/api/example/nope", "/api/start", "/live"})
      QTest::newRow(path) << QByteArray(path);
  }
  void notFound() {
    QFETCH(QByteArray, path);
    startServer();
    const int status = rawStatus(server_->port(), get(withCode(path)));
    // from-network needs the teacher's model: it is a known name, refused with 400.
    QCOMPARE(status, path.endsWith("from-network") ? 400 : 404);
  }

  void assetsAreServed() {
    startServer();
    QByteArray body;
    for (const char* path : {"/style.css", "/main.js", "/live.js", "/stepper.js", "/chart.js"}) {
      QCOMPARE(rawStatus(server_->port(), get(withCode(path)), &body), 200);
      QVERIFY2(body.size() > 100, path);
    }
  }

  // #24: 300 slow sockets from one host held every pending slot. One address may hold at most
  // maxPendingPerAddress of them; a request from another address is still answered meanwhile.
  void pendingConnectionsAreCappedPerAddress() {
    ClassroomServer::Options options;
    options.maxPendingPerAddress = 3;
    options.address = QHostAddress::Any;  // so that 127.0.0.2 reaches it too
    startServer(options);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 3; ++i) {
      idle.push_back(std::make_unique<QTcpSocket>());
      idle.back()->connectToHost(QHostAddress("127.0.0.1"), server_->port());
      QTRY_VERIFY(idle.back()->state() == QAbstractSocket::ConnectedState);
    }
    QTest::qWait(100);  // the server has taken them as pending
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/join"))), 0);  // a fourth from 127.0.0.1: closed unanswered
    QTcpSocket other;  // another host (a loopback alias stands in for it)
    QVERIFY(other.bind(QHostAddress("127.0.0.2")));
    QByteArray answer;
    QObject::connect(&other, &QTcpSocket::connected, &other, [&] { other.write(get(withCode("/api/join"))); });
    QObject::connect(&other, &QTcpSocket::readyRead, &other, [&] { answer += other.readAll(); });
    other.connectToHost(QHostAddress("127.0.0.1"), server_->port());
    QTRY_VERIFY(answer.startsWith("HTTP/1.1 200"));
    idle.clear();  // once they go, 127.0.0.1 is served again
    QTRY_COMPARE(rawStatus(server_->port(), get(withCode("/api/join"))), 200);
  }

  void sizeCaps() {
    startServer();
    const quint16 port = server_->port();
    QCOMPARE(rawStatus(port, "GET " + withCode("/") + " HTTP/1.1\r\nX-Big: " + QByteArray(9000, 'a') + "\r\n\r\n"), 431);
    QCOMPARE(rawStatus(port, get(withCode("/?q=" + QByteArray(3000, 'a')))), 414);
    QCOMPARE(rawStatus(port, "GET /" + QByteArray(20000, 'a')), 414);  // no line end at all
    QCOMPARE(rawStatus(port, "POST " + withCode("/") + " HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"), 413);
    QCOMPARE(rawStatus(port, "GET " + withCode("/") + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), 411);
    QByteArray headers;
    for (int i = 0; i < 100; ++i) headers += "X-" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(rawStatus(port, "GET " + withCode("/") + " HTTP/1.1\r\n" + headers + "\r\n"), 431);

    // Example matrices at most 12 × 12 (the registry's limit, the stepper's too), options in range.
    QByteArray body;
    QByteArray row12 = "1", row13;
    for (int i = 1; i < 12; ++i) row12 += "%201";
    row13 = row12 + "%201";
    QByteArray square12 = row12;
    for (int i = 1; i < 12; ++i) square12 += "%3B" + row12;
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?input=" + square12)), &body), 200);
    QCOMPARE(nlohmann::json::parse(body.toStdString())["steps"].get<int>(), 11 * 11);
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?input=" + row13)), &body), 400);
    QVERIFY(body.contains("input: at most 12"));
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?padding=9"))), 400);
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?stride=0"))), 400);
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?kernel=1%202%3B3"))), 400);  // ragged
    QCOMPARE(rawStatus(port, get(withCode("/api/example/notebook-valid?input=nan"))), 400);
    QCOMPARE(rawStatus(port, get(withCode("/api/example/maxpool?input=1"))), 400);  // takes no parameters

    // Malformed requests: an error answer or a close, never a crash.
    for (const QByteArray& junk : {QByteArray("GARBAGE\r\n\r\n"), QByteArray("GET / HTTP/9.9\r\n\r\n"),
                                   QByteArray("GET nohost HTTP/1.1\r\n\r\n"), QByteArray("\x00\x01\x02\r\n\r\n", 7),
                                   QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n")})
      QVERIFY(rawStatus(port, junk) >= 400 || rawStatus(port, junk) == 0);
    QCOMPARE(rawStatus(port, get(withCode("/"))), 200);  // and the server still answers

    // A WebSocket message over the cap (or a flood) closes that student's socket.
    Student big;
    QVERIFY(big.join(liveUrl(*server_, server_->code())));
    QSignalSpy bigClosed(&big.socket, &QWebSocket::disconnected);
    big.socket.sendTextMessage(QString(4096, 'x'));
    QVERIFY(bigClosed.wait(5000));
    Student flood;
    QVERIFY(flood.join(liveUrl(*server_, server_->code())));
    QSignalSpy floodClosed(&flood.socket, &QWebSocket::disconnected);
    for (int i = 0; i < 100; ++i) flood.socket.sendTextMessage(QStringLiteral("hi"));
    QVERIFY(floodClosed.wait(5000));
    QTRY_COMPARE(server_->clientCount(), 0);
  }

  void readOnly() {
    startServer();
    const quint16 port = server_->port();
    for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
      QCOMPARE(rawStatus(port, QByteArray(method) + " " + withCode("/api/examples") + " HTTP/1.1\r\n\r\n"), 405);
    QCOMPARE(rawStatus(port, "HEAD " + withCode("/") + " HTTP/1.1\r\n\r\n"), 200);
    // Nothing a student sends changes the run: a student's messages are ignored.
    Student s;
    QVERIFY(s.join(liveUrl(*server_, server_->code())));
    for (const char* command : {"start", "{\"start\":true}", "stop", "{\"lr\":10}"}) s.socket.sendTextMessage(command);
    QTest::qWait(300);
    QCOMPARE(session_->state(), RunState::Idle);
    QCOMPARE(session_->config().learningRate, 0.1);
    QCOMPARE(server_->clientCount(), 1);
  }

  void exampleApi() {
    startServer();
    QByteArray body;
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/examples")), &body), 200);
    const auto list = nlohmann::json::parse(body.toStdString());
    QVERIFY(list.size() >= 6);
    QCOMPARE(list[0]["name"].get<std::string>(), std::string("notebook-valid"));
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/example/notebook-valid")), &body), 200);
    const auto e = nlohmann::json::parse(body.toStdString());
    QCOMPARE(e["steps"].get<int>(), 4);
    QCOMPARE(e["stages"][0]["cells"][0]["formula"].get<std::string>(), std::string("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));
    // Edited: the notes' convolution of the same input (README: 7 5; 11 3).
    QCOMPARE(rawStatus(server_->port(),
                       get(withCode("/api/example/notebook-valid?input=1+6+2%3B5+3+1%3B7+0+4&kernel=1+2%3B-1+0&op=convolve")),
                       &body),
             200);
    const auto c = nlohmann::json::parse(body.toStdString());
    QCOMPARE(c["stages"][0]["result"]["values"], nlohmann::json::parse("[[7.0,5.0],[11.0,3.0]]"));
    // The board's operator vocabulary, for the page's titles (#23).
    QCOMPARE(c["stages"][0]["operatorShown"].get<std::string>(), std::string("*"));
    QVERIFY(c["stages"][0]["operatorMeaning"].get<std::string>().starts_with("* convolution"));
    QCOMPARE(c["stages"][0]["operatorUnary"].get<bool>(), false);
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/example/maxpool")), &body), 200);
    const auto pool = nlohmann::json::parse(body.toStdString());
    QCOMPARE(pool["stages"][0]["operatorShown"].get<std::string>(), std::string("max"));
    QCOMPARE(pool["stages"][0]["operatorUnary"].get<bool>(), true);
    QVERIFY(pool["stages"][0]["operatorMeaning"].get<std::string>().starts_with("max: "));
  }

  void sharingMidRunKeepsTheEpochs() {
    QSignalSpy done(session_.get(), &TrainingSession::epochsCompleted);
    session_->runEpochs(2);
    QVERIFY(done.wait(60000));
    startServer();  // the teacher starts sharing after two epochs
    Student s;
    QVERIFY(s.join(liveUrl(*server_, server_->code())));
    QTRY_VERIFY(s.messages >= 1);
    QCOMPARE(s.last["epochs"].size(), std::size_t(2));
    QVERIFY(s.last.contains("confusion"));
  }

  void liveMessagesAreThrottled() {
    startServer();
    Student s;
    QVERIFY(s.join(liveUrl(*server_, server_->code())));
    QTRY_VERIFY(s.messages >= 1);
    QCOMPARE(s.last["type"].get<std::string>(), std::string("full"));
    QVERIFY(s.last["status"]["network"].get<std::string>() == "seed-binary");
    session_->setEpochs(100000);
    session_->start();
    QTest::qWait(300);
    const int before = s.messages;
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.messages - before >= 5, 60000);  // pushes keep coming, however slowly
    const int pushes = s.messages - before;
    const qint64 allowed = clock.elapsed() / 100 + 2;  // at most ten a second, over the time it took
    session_->stop();
    QVERIFY2(pushes <= allowed, qPrintable(QString("%1 pushes, %2 allowed").arg(pushes).arg(allowed)));
    QCOMPARE(s.last["type"].get<std::string>(), std::string("delta"));
    QVERIFY(s.last.contains("status"));
  }

  void clientCap() {
    ClassroomServer::Options options;
    options.maxClients = 3;
    startServer(options);
    std::vector<std::unique_ptr<Student>> students;
    for (int i = 0; i < 3; ++i) {
      students.push_back(std::make_unique<Student>());
      QVERIFY(students.back()->join(liveUrl(*server_, server_->code())));
    }
    QTRY_COMPARE(server_->clientCount(), 3);
    Student fourth;
    QSignalSpy refused(&fourth.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    fourth.socket.open(liveUrl(*server_, server_->code()));
    QVERIFY(refused.wait(5000));
    QCOMPARE(server_->clientCount(), 3);
    students.pop_back();  // one leaves: a place is free again
    QTRY_COMPARE(server_->clientCount(), 2);
    Student fifth;
    QVERIFY(fifth.join(liveUrl(*server_, server_->code())));
    QTRY_COMPARE(server_->clientCount(), 3);
  }

  void wholeClassJoinsAtOnce() {
    ClassroomServer::Options options;  // the default cap of 200 students
    options.maxPendingPerAddress = 1000;  // all of them from this one address
    startServer(options);
    std::vector<std::unique_ptr<QWebSocket>> students;
    for (int i = 0; i < 150; ++i) {  // everyone opens the link when the teacher says so
      students.push_back(std::make_unique<QWebSocket>());
      students.back()->open(liveUrl(*server_, server_->code()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server_->clientCount(), 150, 30000);
  }

  void stalledClientIsDropped() {
    ClassroomServer::Options options;
    options.pushIntervalMs = 20;
    options.client.maxQueuedBytes = 64 * 1024;
    options.client.stallMs = 1000;
    startServer(options);
    std::vector<std::unique_ptr<Student>> students;
    for (int i = 0; i < 3; ++i) {
      students.push_back(std::make_unique<Student>());
      QVERIFY(students.back()->join(liveUrl(*server_, server_->code())));
    }
    const int stalled = stalledStudent(server_->port(), server_->code());
    QVERIFY(stalled >= 0);
    QTRY_COMPARE(server_->clientCount(), 4);
    QSignalSpy dropped(server_.get(), &ClassroomServer::clientDropped);
    QVERIFY(session_->selectPreset("lenet5"));  // larger messages: its kernels change at every push
    session_->setEpochs(1000);
    session_->start();
    QTRY_VERIFY_WITH_TIMEOUT(dropped.count() == 1, 60000);
    QCOMPARE(server_->clientCount(), 3);
    // The others keep receiving after the drop.
    std::vector<int> before;
    for (auto& s : students) before.push_back(s->messages);
    for (std::size_t i = 0; i < students.size(); ++i)
      QTRY_VERIFY_WITH_TIMEOUT(students[i]->messages > before[i] + 3, 60000);
    session_->stop();
    ::close(stalled);
  }

  void cleanShutdownWithClients() {
    startServer();
    std::vector<std::unique_ptr<Student>> students;
    for (int i = 0; i < 5; ++i) {
      students.push_back(std::make_unique<Student>());
      QVERIFY(students.back()->join(liveUrl(*server_, server_->code())));
    }
    QTRY_COMPARE(server_->clientCount(), 5);
    session_->setEpochs(100000);
    session_->start();
    QTest::qWait(300);
    std::vector<std::unique_ptr<QSignalSpy>> closed;
    for (auto& s : students) closed.push_back(std::make_unique<QSignalSpy>(&s->socket, &QWebSocket::disconnected));
    QSignalSpy count(server_.get(), &ClassroomServer::clientCountChanged);
    server_->stop();
    QVERIFY(!server_->isRunning());
    QCOMPARE(server_->clientCount(), 0);
    for (std::size_t i = 0; i < students.size(); ++i) {
      QTRY_COMPARE(closed[i]->count(), 1);
      QCOMPARE(students[i]->socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);  // told, not cut off
    }
    QCOMPARE(count.last().at(0).toInt(), 0);
    // Training went on untouched; the session and a new server outlive the old one's clients.
    QCOMPARE(session_->state(), RunState::Running);
    session_->stop();
    // Destroying a running server with students connected is clean too.
    startServer();
    Student last;
    QVERIFY(last.join(liveUrl(*server_, server_->code())));
    QSignalSpy lastClosed(&last.socket, &QWebSocket::disconnected);
    server_.reset();
    QTRY_COMPARE(lastClosed.count(), 1);
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestClassroomServer)
#include "test_classroom_server.moc"
