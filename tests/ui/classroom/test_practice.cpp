// Your turn on phones (#24): GET /api/practice gives an exercise without its answers, and
// /api/practice/check gives the engine's diagnosis and stepped hints; the teacher sees how many
// practise and the class's most common mistake.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "engine/teaching/exercises.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/classroom/raw_http.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/practice.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

class TestPractice : public QObject {
  Q_OBJECT
  std::unique_ptr<TrainingSession> session_;
  std::unique_ptr<ClassroomServer> server_;

  nlohmann::json getJson(const QByteArray& target, int expectedStatus = 200, const QByteArray& student = {}) {
    QByteArray body;
    const QByteArray request = "GET " + target + (target.contains('?') ? "&" : "?") + "code=" + server_->code().toUtf8() +
                               " HTTP/1.1\r\n" + (student.isEmpty() ? QByteArray() : "X-Student: " + student + "\r\n") + "\r\n";
    const int status = rawStatus(server_->port(), request, &body);
    if (status != expectedStatus) qWarning("%s: %d %s", target.constData(), status, body.constData());
    return status == expectedStatus ? nlohmann::json::parse(body.toStdString(), nullptr, false) : nlohmann::json();
  }

 private slots:
  void init() {
    session_ = std::make_unique<TrainingSession>();
    server_ = std::make_unique<ClassroomServer>(*session_);
    QVERIFY(server_->start({}));
  }
  void cleanup() {
    server_.reset();
    session_.reset();
  }

  // Every level: the exercise's givens as exercise new has them, no answer in it, a cell inside the
  // result; its right answer is right, and a wrong one gets a sentence and hints, never the answer.
  void everyLevel() {
    for (int level = 1; level <= 7; ++level)
      for (std::uint64_t seed : {0ull, 7ull, 4294967295ull}) {
        const QByteArray query = "/api/practice?level=" + QByteArray::number(level) + "&seed=" + QByteArray::number(seed);
        const nlohmann::json ex = getJson(query);
        QVERIFY2(ex.is_object(), query.constData());
        const Exercise engine = generateExercise(level, seed);
        QCOMPARE(ex["givens"].size(), engine.givens.size());
        QVERIFY2(ex.dump().find("answer") == std::string::npos, ex.dump().c_str());
        const std::size_t part = ex["ask"]["part"], row = ex["ask"]["row"], col = ex["ask"]["col"];
        QVERIFY(part < engine.parts.size());
        const arma::mat& result = engine.parts[part].answer;
        QVERIFY(row < result.n_rows && col < result.n_cols);
        const QByteArray cell = "&part=" + QByteArray::number(qulonglong(part)) + "&row=" + QByteArray::number(qulonglong(row)) +
                                "&col=" + QByteArray::number(qulonglong(col));
        const QByteArray check = "/api/practice/check?level=" + QByteArray::number(level) + "&seed=" + QByteArray::number(seed) + cell;
        const nlohmann::json right = getJson(check + "&answer=" + QByteArray::number(result(row, col), 'g', 17), 200, "s1");
        QCOMPARE(right["correct"].get<bool>(), true);
        QCOMPARE(right["expected"].get<double>(), result(row, col));
        const nlohmann::json wrong = getJson(check + "&answer=" + QByteArray::number(result(row, col) + 1000, 'g', 17), 200, "s2");
        QCOMPARE(wrong["correct"].get<bool>(), false);
        QVERIFY(!wrong.contains("expected"));
        QVERIFY(!wrong["sentence"].get<std::string>().empty());
        QCOMPARE(wrong["hints"].size(), std::size_t(engine.parts[part].isCorrelation() ? 2 : 1));
      }
  }

  // The same diagnosis as the desktop's: a convolution answered without flipping the kernel is
  // named; the teacher's summary counts the students and the mistake.
  void diagnosisAndTheTeachersSummary() {
    QCOMPARE(server_->practisingCount(), 0);
    QVERIFY(server_->commonMistake().isEmpty());
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
      const Exercise ex = generateExercise(4, seed);
      const ExercisePart& p = ex.parts[0];
      const auto notFlipped = applyMistake(p.left, p.kernel, p.options, 0, 0, Mistake::KernelNotFlipped);
      if (!notFlipped || diagnosePart(p, 0, 0, *notFlipped).mistake != Mistake::KernelNotFlipped) continue;
      const QByteArray check = "/api/practice/check?level=4&seed=" + QByteArray::number(seed) + "&row=0&col=0&answer=" +
                               QByteArray::number(*notFlipped, 'g', 17);
      for (const QByteArray student : {"anna", "ben", "anna"}) {
        const nlohmann::json reply = getJson(check, 200, student);
        QCOMPARE(reply["mistake"].get<std::string>(), std::string("kernel_not_flipped"));
        QCOMPARE(reply["sentence"].get<std::string>(), mistakeSentence(Mistake::KernelNotFlipped));
      }
      QCOMPARE(server_->practisingCount(), 2);
      QCOMPARE(server_->commonMistake(), QString("kernel not flipped (3)"));
      return;
    }
    QFAIL("no seed gave a convolution whose unflipped answer is told apart");
  }

  void badRequests() {
    for (const QByteArray& q : {QByteArray("/api/practice?level=9"), QByteArray("/api/practice?level=0"),
                                QByteArray("/api/practice?seed=-1"), QByteArray("/api/practice?seed=99999999999"),
                                QByteArray("/api/practice/check?level=1&answer=abc"), QByteArray("/api/practice/check?level=1"),
                                QByteArray("/api/practice/check?level=1&row=9&answer=1"), QByteArray("/api/practice/check?level=1&part=3&answer=1")}) {
      const nlohmann::json error = getJson(q, 400);
      QVERIFY2(error.contains("error"), q.constData());
      QVERIFY(error["error"].get<std::string>().find('\n') == std::string::npos);
    }
    QByteArray body;
    QCOMPARE(rawStatus(server_->port(), get("/api/practice?level=1")), 403);  // the join code, as everywhere
  }
};

CNNLAB_TEST_MAIN(TestPractice)
#include "test_practice.moc"
