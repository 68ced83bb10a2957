// What a student's browser sends, parsed without a server (Qt Core only, so tests/fuzz/
// fuzz_classroom reaches it directly): the parameters of GET /api/example/NAME and a page's
// WebSocket message. The request head itself is ui/classroom/http_head.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "ui/classroom/example_json.hpp"
#include "ui/classroom/http_head.hpp"

namespace cnnlab {

// GET /api/example/NAME?input=…&kernel=…&op=…&mode=…&padding=…&stride=…: NAME raw (an encoded name
// matches nothing), the parameters percent-decoded. buildExample checks them.
ExampleRequest exampleRequest(const HttpHead& head, const QByteArray& name);

// A page's quiz answer: {"type": "answer", "question": id, "answer": "7", "nickname": "…"}.
// question is -1 when absent or not a number; answer and nickname are empty unless strings.
struct QuizAnswer {
  int question = -1;
  QString answer, nickname;
  QString student;  // the page's token ("student" field: 16–64 of A–Z a–z 0–9 - _), "" when absent or malformed
};
// nullopt for anything else: not JSON, not an object, or another type.
std::optional<QuizAnswer> parseQuizAnswer(const QByteArray& message);

}  // namespace cnnlab
