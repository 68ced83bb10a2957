// The class quiz (#17): one question (a cell of a generated exercise) that every student's page
// shows, one numeric answer per client per question, the answers' histogram and the share of each
// diagnosed mistake, and a CSV of the results. No network here: the classroom server feeds it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

#include "engine/teaching/exercises.hpp"

namespace cnnlab {

class ClassQuiz {
 public:
  struct Limits {
    int maxAnswerChars = 32;    // the answer as typed
    int maxNicknameChars = 32;  // longer nicknames are cut
    int minIntervalMs = 1000;   // a client's refused tries (not numbers, too early) count too
    int maxClients = 500;       // answers kept per question
    int maxPerAddress = 4;      // answers per question from one network address (a script minting tokens)
  };
  enum class Result { Accepted, NotANumber, Closed, AlreadyAnswered, TooSoon, WrongQuestion, Full, TooManyFromAddress };

  explicit ClassQuiz(const Limits& limits) : limits_(limits) {}
  ClassQuiz() : ClassQuiz(Limits{}) {}

  // A new question: cell (row, col) of the exercise's first part; durationMs 0 = no timer.
  // Previous answers are dropped (export them first). Returns the question's id.
  int start(const Exercise& exercise, std::size_t row, std::size_t col, qint64 nowMs, qint64 durationMs = 0);
  void close() { open_ = false; }
  void reveal() { revealed_ = true; open_ = false; }
  bool isOpen(qint64 nowMs) const;
  bool hasQuestion() const { return exercise_.has_value(); }
  int questionId() const { return id_; }

  // One answer from a student: their page's own token (kept in the browser, so a reload or a
  // reconnect is the same student), or the server's id of the connection for a page without one.
  // message: a sentence for the student.
  // address: the page's network address; at most Limits::maxPerAddress answers come from one
  // (empty: not counted).
  Result submit(const QString& student, int questionId, const QString& answer, const QString& nickname, qint64 nowMs,
                QString* message = nullptr, const QString& address = {});

  struct Entry {
    QString nickname;  // as given, cut to maxNicknameChars: shown as text only
    double value = 0;
    Diagnosis diagnosis;
  };
  const std::map<QString, Entry>& answers() const { return answers_; }
  // Answers rounded to 2 decimals → how many gave it, in increasing order.
  std::map<double, int> histogram() const;
  // "right", "kernel_not_flipped", …, "unknown" → share of the answers (0–1).
  std::map<QString, double> mistakeShares() const;
  double expected() const;
  // What every page shows: the question (and, once revealed, the answer and its formula).
  QJsonObject questionJson(qint64 nowMs) const;
  // nickname,answer,correct,mistake with RFC 4180 quoting; a cell starting with = + - @ gets a
  // leading ' so a spreadsheet does not run it as a formula.
  QByteArray csv() const;

 private:
  const ExercisePart& part() const { return exercise_->parts.front(); }

  Limits limits_;
  std::optional<Exercise> exercise_;
  std::size_t row_ = 0, col_ = 0;
  int id_ = 0;
  bool open_ = false, revealed_ = false;
  qint64 closesAtMs_ = 0;
  std::map<QString, Entry> answers_;  // by student
  QHash<QString, qint64> lastTry_;
  QHash<QString, int> perAddress_;  // accepted answers to this question from each address
};

}  // namespace cnnlab
