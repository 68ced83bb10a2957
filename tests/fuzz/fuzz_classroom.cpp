// libFuzzer target: what the classroom server parses of a browser's bytes, without a server.
// Each input is read twice, as the server would meet it:
//  - as the head of an HTTP request (parseHttpHead on what the socket's capped buffer holds), then,
//    for a complete head, the join-code lookups, and for GET /api/example/NAME the example the
//    engine builds from the query (buildExample + exampleJson, as ClassroomServer::example does);
//  - as a page's WebSocket message (at most ClientLimits::maxIncomingBytes), parsed as a quiz answer
//    and submitted to a fresh class quiz, whose CSV and revealed question are then written.
// Anything but the documented outcomes (a one-line std::invalid_argument, the listed statuses)
// aborts, so the fuzzer reports it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

#include "engine/teaching/exercises.hpp"
#include "ui/classroom/class_quiz.hpp"
#include "ui/classroom/example_json.hpp"
#include "ui/classroom/classroom_client.hpp"
#include "ui/classroom/http_head.hpp"
#include "ui/classroom/requests.hpp"

namespace {

using namespace cnnlab;

void check(bool condition) {
  if (!condition) std::abort();
}

void request(const QByteArray& bytes) {
  const HttpLimits limits{.maxBody = 4096};  // as the server's: a body only within the cap
  const HttpHead head = parseHttpHead(bytes.left(limits.maxHead + 1), limits);  // the socket's peek
  if (head.result == HttpHead::Result::Error) {
    static const int statuses[] = {400, 411, 413, 414, 431, 505};
    check(std::find(std::begin(statuses), std::end(statuses), head.status) != std::end(statuses));
    return;
  }
  if (head.result == HttpHead::Result::Incomplete) {
    check(bytes.size() <= limits.maxHead);
    return;
  }
  check(head.size > 0 && head.size <= limits.maxHead && head.size <= bytes.size());
  check(head.path.startsWith('/') && head.path.size() <= limits.maxTarget);
  check(head.headers.size() <= limits.maxHeaders);
  check(head.contentLength >= 0 && head.contentLength <= limits.maxBody);
  (void)head.header("upgrade").toLower();
  (void)head.cookie("cnnlab_code");
  (void)head.hasQueryValue("code");
  (void)head.queryValue("code");
  static const QByteArray prefix = "/api/example/";
  if (!head.path.startsWith(prefix)) return;
  const ExampleRequest example = exampleRequest(head, head.path.mid(prefix.size()));
  const auto& names = teachingExampleNames();
  if (std::find(names.begin(), names.end(), example.name) == names.end()) return;  // the server's 404
  try {
    (void)exampleJson(buildExample(example)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (const std::invalid_argument& e) {
    check(std::string(e.what()).find('\n') == std::string::npos);
  }
}

void pageMessage(const QByteArray& bytes) {
  if (quint64(bytes.size()) > ClientLimits{}.maxIncomingBytes) return;  // QWebSocket refuses it
  const std::optional<QuizAnswer> answer = parseQuizAnswer(bytes);
  if (!answer) return;
  static const Exercise exercise = generateExercise(1, 0);
  ClassQuiz quiz;
  quiz.start(exercise, 0, 0, 0);  // question 1
  QString reply;
  quiz.submit(answer->student.isEmpty() ? QStringLiteral("connection 1") : answer->student, answer->question,
              answer->answer, answer->nickname, 0, &reply);
  check(!reply.isEmpty());
  (void)quiz.csv();
  (void)quiz.histogram();
  (void)quiz.mistakeShares();
  quiz.reveal();
  (void)quiz.questionJson(0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  request(bytes);
  pageMessage(bytes);
  return 0;
}
