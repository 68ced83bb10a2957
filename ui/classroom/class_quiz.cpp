// The class quiz: questions, capped one-per-client answers, histogram, mistake shares, CSV.
#include "ui/classroom/class_quiz.hpp"

#include <QJsonArray>

#include <cmath>

#include "ui/qt_text.hpp"

namespace cnnlab {

namespace {

QJsonArray matrixJson(const arma::mat& m) {
  QJsonArray rows;
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    QJsonArray row;
    for (std::size_t c = 0; c < m.n_cols; ++c) row.append(m(r, c));
    rows.append(row);
  }
  return rows;
}

QByteArray csvField(QString text) {
  if (!text.isEmpty() && QString("=+-@").contains(text.front())) text.prepend('\'');
  if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r'))
    text = '"' + text.replace("\"", "\"\"") + '"';
  return text.toUtf8();
}

}  // namespace

int ClassQuiz::start(const Exercise& exercise, std::size_t row, std::size_t col, qint64 nowMs, qint64 durationMs) {
  exercise_ = exercise;
  row_ = std::min<std::size_t>(row, part().answer.n_rows - 1);
  col_ = std::min<std::size_t>(col, part().answer.n_cols - 1);
  ++id_;
  open_ = true;
  revealed_ = false;
  closesAtMs_ = durationMs > 0 ? nowMs + durationMs : 0;
  answers_.clear();
  lastTry_.clear();
  perAddress_.clear();
  return id_;
}

bool ClassQuiz::isOpen(qint64 nowMs) const { return open_ && (closesAtMs_ == 0 || nowMs < closesAtMs_); }

ClassQuiz::Result ClassQuiz::submit(const QString& client, int questionId, const QString& answer, const QString& nickname,
                                    qint64 nowMs, QString* message, const QString& address) {
  auto say = [&](Result r, const QString& text) {
    if (message) *message = text;
    return r;
  };
  if (!exercise_ || questionId != id_) return say(Result::WrongQuestion, QObject::tr("That question is no longer asked."));
  if (!isOpen(nowMs)) return say(Result::Closed, QObject::tr("The question is closed."));
  if (answers_.count(client)) return say(Result::AlreadyAnswered, QObject::tr("You have answered this question already."));
  const auto last = lastTry_.constFind(client);
  if (last != lastTry_.constEnd() && nowMs - *last < limits_.minIntervalMs)
    return say(Result::TooSoon, QObject::tr("Too fast: wait a second and try again."));
  lastTry_.insert(client, nowMs);
  if (int(answers_.size()) >= limits_.maxClients) return say(Result::Full, QObject::tr("The quiz is full."));
  if (!address.isEmpty() && perAddress_.value(address) >= limits_.maxPerAddress)
    return say(Result::TooManyFromAddress, QObject::tr("This computer has answered this question %n times already.", "", limits_.maxPerAddress));
  double value = 0;
  try {
    if (answer.size() > limits_.maxAnswerChars) throw std::invalid_argument("too long");
    value = parseAnswer(answer.toStdString());
  } catch (const std::invalid_argument&) {
    return say(Result::NotANumber, QObject::tr("Please type one number, e.g. 7 or -2.5."));
  }
  Entry entry;
  entry.nickname = nickname.left(limits_.maxNicknameChars);
  entry.value = value;
  entry.diagnosis = diagnosePart(part(), row_, col_, value);
  answers_.emplace(client, std::move(entry));
  if (!address.isEmpty()) ++perAddress_[address];
  return say(Result::Accepted, QObject::tr("Thank you: your answer is in."));
}

std::map<double, int> ClassQuiz::histogram() const {
  std::map<double, int> counts;
  for (const auto& [client, e] : answers_) ++counts[std::round(e.value * 100) / 100];
  return counts;
}

std::map<QString, double> ClassQuiz::mistakeShares() const {
  std::map<QString, double> shares;
  if (answers_.empty()) return shares;
  for (const auto& [client, e] : answers_)
    shares[e.diagnosis.correct ? QString("right") : qs(mistakeName(e.diagnosis.mistake))] += 1.0 / double(answers_.size());
  return shares;
}

double ClassQuiz::expected() const { return exercise_ ? part().answer(row_, col_) : 0; }

QJsonObject ClassQuiz::questionJson(qint64 nowMs) const {
  if (!exercise_) return {};
  const ExercisePart& p = part();
  QJsonObject q{{"id", id_},
                {"title", qs(exercise_->title)},
                {"statement", qs(p.title)},
                {"left", matrixJson(p.left)},
                {"leftName", qs(p.leftName)},
                {"kernel", matrixJson(p.kernel)},
                {"kernelName", qs(p.kernelName)},
                {"resultName", qs(p.resultName)},
                {"row", int(row_)},
                {"col", int(col_)},
                {"open", isOpen(nowMs)},
                {"secondsLeft", closesAtMs_ ? double(std::max<qint64>(0, closesAtMs_ - nowMs)) / 1000 : -1.0}};
  // Every given of the exercise, in its order and with its name, as cnnlab-cli exercise new lists
  // them: level 7's δ² and learning rate are givens beside α¹, not operands of a correlation.
  QJsonArray givens;
  for (const auto& [name, m] : exercise_->givens) givens.append(QJsonObject{{"name", qs(name)}, {"matrix", matrixJson(m)}});
  q["givens"] = givens;
  if (revealed_) {
    q["answer"] = expected();
    q["result"] = matrixJson(p.answer);
    if (p.isCorrelation()) {
      const CorrelationTrace trace = traceCorrelation(p.left, p.kernel, p.options);
      q["formula"] = qs(formatCell(trace.cells.at(row_ * trace.output.n_cols + col_)));
    } else if (row_ * p.answer.n_cols + col_ < p.formulas.size()) {
      q["formula"] = qs(p.formulas[row_ * p.answer.n_cols + col_]);  // level 7: "−a·Δw₁₂ = −0.5·0.679·0.05 = …"
    }
  }
  return q;
}

QByteArray ClassQuiz::csv() const {
  QByteArray out = "nickname,answer,correct,mistake\r\n";
  for (const auto& [client, e] : answers_) {
    out += csvField(e.nickname) + ',' + QByteArray::number(e.value, 'g', 12) + ',' +
           (e.diagnosis.correct ? "yes" : "no") + ',' +
           (e.diagnosis.correct ? QByteArray() : QByteArray::fromStdString(mistakeName(e.diagnosis.mistake))) + "\r\n";
  }
  return out;
}

}  // namespace cnnlab
