// The class quiz (#17): ClassQuiz's rules (one capped answer per client per question, rate limit,
// closed questions, CSV), and a quiz run through ClassroomServer with 30 WebSocket students on
// 127.0.0.1: the histogram and mistake shares, one answer per client, a <script> nickname kept as text.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>
#include <QJsonArray>

#include "tests/qtry_timeout.hpp"

#include <memory>
#include <nlohmann/json.hpp>

#include "tests/test_main.hpp"
#include "ui/classroom/class_quiz.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/quiz_panel.hpp"
#include "ui/classroom/quiz_projector.hpp"
#include "ui/classroom/requests.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

struct QuizStudent {
  QWebSocket socket;
  std::vector<nlohmann::json> received;
  QuizStudent() {
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket, [this](const QByteArray& m) {
      received.push_back(nlohmann::json::parse(m.toStdString(), nullptr, false));
    });
  }
  int count(const std::string& type) const {
    int n = 0;
    for (const auto& m : received) n += m.is_object() && m.value("type", "") == type;
    return n;
  }
  const nlohmann::json* lastOf(const std::string& type) const {
    for (auto it = received.rbegin(); it != received.rend(); ++it)
      if (it->is_object() && it->value("type", "") == type) return &*it;
    return nullptr;
  }
  void answer(int question, const QString& value, const QString& nickname = {}, const QString& student = {}) {
    nlohmann::json m{{"type", "answer"}, {"question", question}, {"answer", value.toStdString()},
                     {"nickname", nickname.toStdString()}};
    if (!student.isEmpty()) m["student"] = student.toStdString();
    socket.sendTextMessage(QString::fromStdString(m.dump()));
  }
};

// A convolution exercise whose cell (0,0) has a kernel_not_flipped answer unlike the right one.
std::pair<Exercise, double> convolutionQuestion() {
  for (std::uint64_t seed = 0;; ++seed) {
    Exercise ex = generateExercise(4, seed);
    const ExercisePart& p = ex.parts[0];
    const auto wrong = applyMistake(p.left, p.kernel, p.options, 0, 0, Mistake::KernelNotFlipped);
    if (wrong && std::abs(*wrong - p.answer(0, 0)) > 1) return {ex, *wrong};
  }
}

// A whole class simulated on loopback comes from one address: the per-address caps (which stop one
// host from answering many times) are lifted for it.
ClassroomServer::Options oneAddressClass() {
  ClassroomServer::Options options;
  options.quiz.maxPerAddress = 1000;
  options.maxPendingPerAddress = 1000;
  return options;
}

}  // namespace

class TestClassQuiz : public QObject {
  Q_OBJECT

 private slots:
  void rules() {
    ClassQuiz quiz(ClassQuiz::Limits{.maxClients = 3});
    const auto [ex, notFlipped] = convolutionQuestion();
    const int id = quiz.start(ex, 0, 0, 0);
    const double right = ex.parts[0].answer(0, 0);
    QString message;
    QCOMPARE(quiz.submit("s1", id + 1, "1", {}, 0, &message), ClassQuiz::Result::WrongQuestion);
    QCOMPARE(quiz.submit("s1", id, "seven", {}, 0, &message), ClassQuiz::Result::NotANumber);
    QCOMPARE(quiz.submit("s1", id, QString::number(right), {}, 10, &message), ClassQuiz::Result::TooSoon);
    QCOMPARE(quiz.submit("s1", id, QString(40, '1'), {}, 1100, &message), ClassQuiz::Result::NotANumber);
    QCOMPARE(quiz.submit("s1", id, "nan", {}, 2200, &message), ClassQuiz::Result::NotANumber);
    QCOMPARE(quiz.submit("s1", id, QString::number(right), QString(40, 'x'), 3300, &message), ClassQuiz::Result::Accepted);
    QCOMPARE(quiz.answers().at("s1").nickname.size(), 32);
    QCOMPARE(quiz.submit("s1", id, QString::number(right), {}, 9000, &message), ClassQuiz::Result::AlreadyAnswered);
    QCOMPARE(quiz.submit("s2", id, QString::number(notFlipped), "=HYPERLINK(\"x\"),1", 0, &message),
             ClassQuiz::Result::Accepted);
    QCOMPARE(quiz.answers().at("s2").diagnosis.mistake, Mistake::KernelNotFlipped);
    QCOMPARE(quiz.submit("s3", id, "5e3", {}, 0), ClassQuiz::Result::Accepted);
    QCOMPARE(quiz.submit("s4", id, "1", {}, 0), ClassQuiz::Result::Full);
    // CSV: quoted, and a formula-like nickname defused with a leading '.
    const QByteArray csv = quiz.csv();
    QVERIFY(csv.startsWith("nickname,answer,correct,mistake\r\n"));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\"),1\"," + QByteArray::number(notFlipped, 'g', 12) + ",no,kernel_not_flipped\r\n"),
             csv.constData());
    QVERIFY(csv.contains(",5000,no,unknown\r\n"));
    quiz.close();
    QCOMPARE(quiz.submit("s5", id, "1", {}, 99999), ClassQuiz::Result::Closed);
    QVERIFY(!quiz.questionJson(0).contains("answer"));
    quiz.reveal();
    QCOMPARE(quiz.questionJson(0).value("answer").toDouble(), right);
    QVERIFY(quiz.questionJson(0).value("formula").toString().endsWith(QString::number(right)));
  }

  // #24: one address may answer a question at most maxPerAddress times, whatever tokens it sends
  // (a script minting a token per answer); another address is not affected. A level-7 question
  // carries all three givens, and its reveal is the cell's product formula.
  void capsPerAddressAndLevelSevenGivens() {
    ClassQuiz quiz(ClassQuiz::Limits{.maxPerAddress = 2});
    const Exercise ex = generateExercise(7, 0);
    const int id = quiz.start(ex, 0, 1, 0);
    QCOMPARE(quiz.submit("student a", id, "1", {}, 0, nullptr, "10.0.0.5"), ClassQuiz::Result::Accepted);
    QCOMPARE(quiz.submit("student b", id, "1", {}, 0, nullptr, "10.0.0.5"), ClassQuiz::Result::Accepted);
    QString message;
    QCOMPARE(quiz.submit("student c", id, "1", {}, 0, &message, "10.0.0.5"), ClassQuiz::Result::TooManyFromAddress);
    QVERIFY2(message.contains("answered this question 2 times"), qPrintable(message));
    QCOMPARE(quiz.submit("student c", id, "1", {}, 2000, nullptr, "10.0.0.6"), ClassQuiz::Result::Accepted);
    QCOMPARE(quiz.start(ex, 0, 1, 0), id + 1);  // a new question: a new count
    QCOMPARE(quiz.submit("student d", id + 1, "1", {}, 0, nullptr, "10.0.0.5"), ClassQuiz::Result::Accepted);

    const QJsonArray givens = quiz.questionJson(0).value("givens").toArray();
    QCOMPARE(givens.size(), qsizetype(ex.givens.size()));
    QCOMPARE(givens.size(), qsizetype(3));
    for (qsizetype i = 0; i < givens.size(); ++i) {
      QCOMPARE(givens[i].toObject().value("name").toString(), QString::fromStdString(ex.givens[std::size_t(i)].first));
      QCOMPARE(givens[i].toObject().value("matrix").toArray().size(), qsizetype(ex.givens[std::size_t(i)].second.n_rows));
    }
    quiz.reveal();
    QCOMPARE(quiz.questionJson(0).value("formula").toString(), QString::fromStdString(ex.parts[0].formulas[1]));
  }

  void timer() {
    ClassQuiz quiz;
    const int id = quiz.start(generateExercise(1, 0), 0, 0, 1000, 30000);
    QVERIFY(quiz.isOpen(30999));
    QVERIFY(!quiz.isOpen(31000));
    QCOMPARE(quiz.submit("s1", id, "1", {}, 31000), ClassQuiz::Result::Closed);
  }

  // 30 students on loopback: 15 right, 10 with the kernel not rotated, 5 unexplained.
  void thirtyStudents() {
    TrainingSession session;
    ClassroomServer server(session);
    QString error;
    QVERIFY2(server.start(oneAddressClass(), &error), qPrintable(error));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));
    std::vector<std::unique_ptr<QuizStudent>> students;
    for (int i = 0; i < 30; ++i) {
      students.push_back(std::make_unique<QuizStudent>());
      students.back()->socket.open(url);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 30, 10000);

    const auto [ex, notFlipped] = convolutionQuestion();
    const double right = ex.parts[0].answer(0, 0);
    const int id = server.startQuiz(ex, 0, 0);
    for (auto& s : students) QTRY_VERIFY_WITH_TIMEOUT(s->count("quiz") == 1, 5000);
    QCOMPARE(students[0]->lastOf("quiz")->at("question").at("id").get<int>(), id);
    QVERIFY(!students[0]->lastOf("quiz")->at("question").contains("answer"));  // not before Reveal

    for (int i = 0; i < 30; ++i) {
      const double value = i < 15 ? right : i < 25 ? notFlipped : 1000.5;
      students[i]->answer(id, QString::number(value), i == 29 ? "<script>alert(1)</script>" : QString("s%1").arg(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(server.quiz().answers().size()), 30, 10000);
    for (auto& s : students) QTRY_VERIFY_WITH_TIMEOUT(s->count("quiz-reply") == 1, 5000);
    QVERIFY(students[3]->lastOf("quiz-reply")->at("ok").get<bool>());

    // One answer per client: a second one is refused and changes nothing.
    students[0]->answer(id, QString::number(notFlipped));
    QTRY_VERIFY_WITH_TIMEOUT(students[0]->count("quiz-reply") == 2, 5000);
    QVERIFY(!students[0]->lastOf("quiz-reply")->at("ok").get<bool>());
    QVERIFY(QString::fromStdString(students[0]->lastOf("quiz-reply")->at("message").get<std::string>()).contains("already"));

    const std::map<double, int> histogram = server.quiz().histogram();
    QCOMPARE(histogram.size(), 3u);
    QCOMPARE(histogram.at(std::round(right * 100) / 100), 15);
    QCOMPARE(histogram.at(std::round(notFlipped * 100) / 100), 10);
    QCOMPARE(histogram.at(1000.5), 5);
    const auto shares = server.quiz().mistakeShares();
    QCOMPARE(shares.at("right"), 0.5);
    QVERIFY(std::abs(shares.at("kernel_not_flipped") - 10.0 / 30) < 1e-12);
    QVERIFY(std::abs(shares.at("unknown") - 5.0 / 30) < 1e-12);

    // The nickname is kept as the text it is, never as markup.
    bool found = false;
    for (const auto& [client, entry] : server.quiz().answers()) found = found || entry.nickname == "<script>alert(1)</script>";
    QVERIFY(found);
    QVERIFY(server.quiz().csv().contains("<script>alert(1)</script>,1000.5,no,unknown"));

    // After the close: a clear refusal. Reveal sends every page the answer.
    server.closeQuiz();
    students[1]->answer(id, "3");
    QTRY_VERIFY_WITH_TIMEOUT(students[1]->count("quiz-reply") == 2, 5000);
    QVERIFY(QString::fromStdString(students[1]->lastOf("quiz-reply")->at("message").get<std::string>()).contains("closed"));
    server.revealQuiz();
    for (auto& s : students)
      QTRY_VERIFY_WITH_TIMEOUT(s->lastOf("quiz") && s->lastOf("quiz")->at("question").contains("answer"), 5000);
    QCOMPARE(students[7]->lastOf("quiz")->at("question").at("answer").get<double>(), right);
    QCOMPARE(int(server.quiz().answers().size()), 30);
  }

  // A student is their browser's token, not their connection: a reload (a new connection, the same
  // token) cannot answer again, while fresh pages without a token each count once, even when the
  // next connection reuses the last one's memory (the old key, the connection's address, did).
  void aStudentAnswersOnce() {
    TrainingSession session;
    ClassroomServer server(session);
    QVERIFY(server.start(oneAddressClass()));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));
    const auto [ex, notFlipped] = convolutionQuestion();
    const int id = server.startQuiz(ex, 0, 0);
    const QString token = QStringLiteral("Abcdefgh_ijklmnop-1234");
    for (int reload = 0; reload < 3; ++reload) {
      QuizStudent page;
      page.socket.open(url);
      QTRY_VERIFY_WITH_TIMEOUT(page.count("quiz") == 1, 5000);
      page.answer(id, QString::number(notFlipped), {}, token);
      QTRY_VERIFY_WITH_TIMEOUT(page.count("quiz-reply") == 1, 5000);
      QCOMPARE(page.lastOf("quiz-reply")->at("ok").get<bool>(), reload == 0);
      page.socket.close();
      QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, 5000);
    }
    for (int fresh = 0; fresh < 12; ++fresh) {  // one after another: the allocator hands out the same memory
      QuizStudent page;
      page.socket.open(url);
      QTRY_VERIFY_WITH_TIMEOUT(page.count("quiz") == 1, 5000);
      page.answer(id, QString::number(notFlipped));
      QTRY_VERIFY_WITH_TIMEOUT(page.count("quiz-reply") == 1, 5000);
      QVERIFY2(page.lastOf("quiz-reply")->at("ok").get<bool>(), page.lastOf("quiz-reply")->dump().c_str());
      page.socket.close();
      QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, 5000);
    }
    QCOMPARE(int(server.quiz().answers().size()), 13);
    // A malformed token is no token: the page answers as its connection.
    QCOMPARE(parseQuizAnswer(R"({"type":"answer","question":1,"answer":"1","student":"short"})")->student, QString());
    QCOMPARE(parseQuizAnswer(R"({"type":"answer","question":1,"answer":"1","student":"a b c d e f g h i j k"})")->student, QString());
    QCOMPARE(parseQuizAnswer(R"({"type":"answer","question":1,"answer":"1","student":"Abcdefgh_ijklmnop-1234"})")->student,
             QStringLiteral("Abcdefgh_ijklmnop-1234"));
  }

  // The projector's view (#24): the count, the bars in words (the right ones first, marked), the
  // countdown, and after Reveal the worked formula; no text under 1/40 of the height, at 720p and
  // 1080p. CNNLAB_SCREENSHOT_DIR set: saves quiz-projector-720.png and quiz-projector-1080.png.
  void projectorView() {
    TrainingSession session;
    ClassroomServer server(session);
    QVERIFY(server.start(oneAddressClass()));
    QuizProjector view(server);
    QCOMPARE(view.countText(), QString("No question yet"));
    const auto [ex, notFlipped] = convolutionQuestion();
    server.startQuiz(ex, 0, 0, 60000);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));
    std::vector<std::unique_ptr<QuizStudent>> students;
    for (int i = 0; i < 5; ++i) {
      students.push_back(std::make_unique<QuizStudent>());
      students.back()->socket.open(url);
    }
    for (auto& s : students) QTRY_VERIFY_WITH_TIMEOUT(s->count("quiz") == 1, 5000);
    const double right = server.quiz().expected();
    for (int i = 0; i < 4; ++i)
      students[std::size_t(i)]->answer(server.quiz().questionId(), QString::number(i < 2 ? notFlipped : right));
    QTRY_COMPARE_WITH_TIMEOUT(int(server.quiz().answers().size()), 4, 10000);
    QVERIFY2(view.countText().startsWith("4 of 5 answered · 0:5") || view.countText().startsWith("4 of 5 answered · 1:00"), qPrintable(view.countText()));
    QVERIFY2(view.countText().endsWith(" left"), qPrintable(view.countText()));
    QCOMPARE(view.barTexts(), QStringList({"right 50 %", "forgot to flip the kernel 50 %"}));
    server.revealQuiz();
    QVERIFY(view.countText().endsWith("revealed"));
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
      view.resize(size);
      const QImage shot = view.grab().toImage();
      QCOMPARE(shot.size(), size);
      QVERIFY2(view.smallestTextPx() >= size.height() / 40, qPrintable(QString::number(view.smallestTextPx())));
      if (const QString dir = qEnvironmentVariable("CNNLAB_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/quiz-projector-%1.png").arg(size.height())));
    }
  }

  // The teacher's panel, through its widgets: start a level-4 question, see the histogram and the
  // shares as answers arrive, reveal, export CSV. CNNLAB_SCREENSHOT_DIR set: saves quiz-histogram.png.
  void teacherPanel() {
    TrainingSession session;
    ClassroomServer server(session);
    QVERIFY(server.start(oneAddressClass()));
    QuizPanel panel(server);
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto [ex, notFlipped] = convolutionQuestion();
    panel.findChild<QSpinBox*>("quizLevel")->setValue(4);
    panel.findChild<QSpinBox*>("quizSeed")->setValue(int(ex.seed));
    QTest::mouseClick(panel.findChild<QPushButton*>("quizStart"), Qt::LeftButton);
    QVERIFY(server.quiz().hasQuestion());
    QCOMPARE(server.quiz().expected(), ex.parts[0].answer(0, 0));
    QCOMPARE(panel.findChild<QLabel*>("quizShares")->text(), QString("No answers yet."));

    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));
    std::vector<std::unique_ptr<QuizStudent>> students;
    for (int i = 0; i < 8; ++i) {
      students.push_back(std::make_unique<QuizStudent>());
      students.back()->socket.open(url);
    }
    for (auto& s : students) QTRY_VERIFY_WITH_TIMEOUT(s->count("quiz") == 1, 5000);
    const double right = server.quiz().expected();
    for (int i = 0; i < 8; ++i)
      students[i]->answer(server.quiz().questionId(), QString::number(i < 4 ? right : i < 7 ? notFlipped : right + 0.5));
    QTRY_COMPARE_WITH_TIMEOUT(int(server.quiz().answers().size()), 8, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.findChild<QLabel*>("quizShares")->text(),
                              QString("8 answers: kernel not flipped 38 % · right 50 % · unknown 13 %"), 5000);
    if (qEnvironmentVariableIsSet("CNNLAB_SCREENSHOT_DIR"))
      panel.grab().save(qEnvironmentVariable("CNNLAB_SCREENSHOT_DIR") + "/quiz-histogram.png");
    QTest::mouseClick(panel.findChild<QPushButton*>("quizReveal"), Qt::LeftButton);
    for (auto& s : students) QTRY_VERIFY_WITH_TIMEOUT(s->lastOf("quiz")->at("question").contains("answer"), 5000);
    QTemporaryDir dir;
    QVERIFY(panel.exportCsv(dir.filePath("quiz.csv")));
    QFile file(dir.filePath("quiz.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 9);  // the header and 8 answers
  }
};

CNNLAB_TEST_MAIN(TestClassQuiz)
#include "test_class_quiz.moc"
