// The classroom's WebSocket message types (docs/classroom-protocol.md). ui/classroom/protocol.hpp
// names the same for the server; tests/ui/classroom/test_classroom_protocol.cpp fails when they disagree.
export const Message = Object.freeze({
  full: "full",             // server → page: the whole live state
  delta: "delta",           // server → page: the parts that changed
  quiz: "quiz",             // server → page: the open question (null when closed)
  quizReply: "quiz-reply",  // server → page: this page's answer was taken or refused
  answer: "answer",         // page → server: a quiz answer
});
