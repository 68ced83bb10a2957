// What the classroom server parses of a browser's bytes, without a server (ui/classroom/http_head,
// ui/classroom/requests; tests/fuzz/fuzz_classroom feeds the same functions): the request head's
// caps and syntax, the join-code cookie, the example parameters and the page's quiz answers.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include "tests/test_main.hpp"
#include "ui/classroom/http_head.hpp"
#include "ui/classroom/requests.hpp"

using namespace cnnlab;

class TestRequestParsing : public QObject {
  Q_OBJECT

 private slots:
  void completeHead() {
    const QByteArray bytes = "GET /api/example/notebook-valid?code=ab%2Bc&input=1+2%3B+3+4 HTTP/1.1\r\n"
                             "Host: localhost\r\nCookie: theme=dark;  cnnlab_code=xyz ; other=1\r\n\r\nrest";
    const HttpHead head = parseHttpHead(bytes);
    QCOMPARE(head.result, HttpHead::Result::Complete);
    QCOMPARE(head.size, bytes.size() - 4);
    QCOMPARE(head.method, QByteArray("GET"));
    QCOMPARE(head.path, QByteArray("/api/example/notebook-valid"));
    QCOMPARE(head.header("host"), QByteArray("localhost"));
    QCOMPARE(head.queryValue("code"), QByteArray("ab+c"));
    QCOMPARE(head.cookie("cnnlab_code"), QByteArray("xyz"));
    QCOMPARE(head.cookie("theme"), QByteArray("dark"));
    QVERIFY(head.cookie("cnnlab").isEmpty());  // a prefix of a name is not the name
    QVERIFY(head.cookie("missing").isEmpty());

    const ExampleRequest request = exampleRequest(head, "notebook-valid");
    QCOMPARE(request.name, std::string("notebook-valid"));
    QCOMPARE(request.input, std::string("1 2; 3 4"));
    QVERIFY(request.kernel.empty() && request.op.empty() && request.stride.empty());
  }

  void badHeads_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") << 413;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n") << 400;
    QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +0\r\n\r\n") << 400;
    QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 400;
    QTest::newRow("long target") << "GET /" + QByteArray(3000, 'a') + " HTTP/1.1\r\n\r\n" << 414;
    QTest::newRow("long first line, unfinished") << "GET /" + QByteArray(3000, 'a') << 414;
    QTest::newRow("huge head") << "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n" << 431;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
  }
  void badHeads() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const HttpHead head = parseHttpHead(bytes);
    QCOMPARE(head.result, HttpHead::Result::Error);
    QCOMPARE(head.status, status);
  }

  // A body is allowed up to HttpLimits::maxBody (the server's predict API), its length exact.
  void bodiesWithinTheCap() {
    const HttpLimits limits{.maxBody = 10};
    HttpHead head = parseHttpHead("POST /api/predict HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123", limits);
    QCOMPARE(head.result, HttpHead::Result::Complete);
    QCOMPARE(head.contentLength, qsizetype(10));
    head = parseHttpHead("POST /api/predict HTTP/1.1\r\nContent-Length: 11\r\n\r\n", limits);
    QCOMPARE(head.result, HttpHead::Result::Error);
    QCOMPARE(head.status, 413);
  }

  void unfinishedHeadWaits() {
    QCOMPARE(parseHttpHead("GET / HTTP/1.1\r\nHost: x\r\n").result, HttpHead::Result::Incomplete);
  }

  void quizAnswer() {
    const auto answer = parseQuizAnswer(R"({"type":"answer","question":3,"answer":"-2.5","nickname":"Ada"})");
    QVERIFY(answer.has_value());
    QCOMPARE(answer->question, 3);
    QCOMPARE(answer->answer, QString("-2.5"));
    QCOMPARE(answer->nickname, QString("Ada"));
    // Wrong types are emptied, not converted: the quiz then says "not a number".
    const auto odd = parseQuizAnswer(R"({"type":"answer","question":"3","answer":7,"nickname":["x"]})");
    QVERIFY(odd.has_value());
    QCOMPARE(odd->question, -1);
    QVERIFY(odd->answer.isEmpty() && odd->nickname.isEmpty());
  }

  void notAQuizAnswer_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("answer 7");
    QTest::newRow("array") << QByteArray(R"([{"type":"answer"}])");
    QTest::newRow("other type") << QByteArray(R"({"type":"join","answer":"7"})");
    QTest::newRow("no type") << QByteArray(R"({"answer":"7"})");
  }
  void notAQuizAnswer() {
    QFETCH(QByteArray, message);
    QVERIFY(!parseQuizAnswer(message).has_value());
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestRequestParsing)
#include "test_request_parsing.moc"
