// The classroom's WebSocket messages, named once for the server (docs/classroom-protocol.md has
// their fields). resources/web/protocol.js names the same for the page, and
// tests/ui/classroom/test_classroom_protocol.cpp fails when the two, or the document, disagree.
#pragma once

namespace cnnlab::protocol {

// Server → page, on /live.
inline constexpr char kFull[] = "full";             // the whole live state, on joining and after a reset
inline constexpr char kDelta[] = "delta";           // only the parts that changed since the last message
inline constexpr char kQuiz[] = "quiz";             // the open question, or "question": null when closed
inline constexpr char kQuizReply[] = "quiz-reply";  // this page's answer was taken or refused: ok, message

// Page → server: the one thing a page may send.
inline constexpr char kAnswer[] = "answer";  // question, answer, nickname

}  // namespace cnnlab::protocol
