// Practice on the classroom page: the engine's exercises and diagnosis, as JSON.
#include "ui/classroom/practice.hpp"

#include <algorithm>
#include <charconv>

#include "engine/quoted.hpp"
#include "ui/classroom/http_head.hpp"
#include "ui/i18n/engine_text.hpp"

namespace cnnlab {

namespace {

std::uint64_t number(const HttpHead& head, const char* name, std::uint64_t max, std::uint64_t fallback) {
  if (!head.hasQueryValue(name)) return fallback;
  const QByteArray text = head.queryValue(name);
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.constData(), text.constData() + text.size(), value);
  if (text.isEmpty() || error != std::errc() || end != text.constData() + text.size() || value > max)
    throw std::invalid_argument(std::string(name) + ": " + inQuotes(text.toStdString()) + " is not a whole number from 0 to " +
                                std::to_string(max));
  return value;
}

nlohmann::json rowsOf(const arma::mat& m) {
  nlohmann::json rows = nlohmann::json::array();
  for (arma::uword r = 0; r < m.n_rows; ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (arma::uword c = 0; c < m.n_cols; ++c) row.push_back(m(r, c));
    rows.push_back(row);
  }
  return rows;
}

const ExercisePart& partOf(const Exercise& ex, const PracticeRequest& r) {
  if (r.part >= ex.parts.size())
    throw std::invalid_argument("part: " + std::to_string(r.part) + " is not a part of this exercise (it has " +
                                std::to_string(ex.parts.size()) + ")");
  const ExercisePart& p = ex.parts[r.part];
  if (r.row >= p.answer.n_rows || r.col >= p.answer.n_cols)
    throw std::invalid_argument("cell (" + std::to_string(r.row) + "," + std::to_string(r.col) + ") is outside the " +
                                std::to_string(p.answer.n_rows) + "×" + std::to_string(p.answer.n_cols) + " result");
  return p;
}

}  // namespace

PracticeRequest practiceRequest(const HttpHead& head, bool withAnswer) {
  PracticeRequest r;
  r.level = int(number(head, "level", kMaxExerciseLevel, 1));
  if (r.level < kMinExerciseLevel) throw std::invalid_argument("level: from 1 to 7");
  r.seed = number(head, "seed", 0xffffffffu, 0);
  r.part = std::size_t(number(head, "part", 16, 0));
  r.row = std::size_t(number(head, "row", 64, 0));
  r.col = std::size_t(number(head, "col", 64, 0));
  if (withAnswer) {
    if (!head.hasQueryValue("answer")) throw std::invalid_argument("answer: missing");
    r.answer = head.queryValue("answer").toStdString();
  }
  return r;
}

nlohmann::json practiceExerciseJson(const PracticeRequest& request, const QTranslator* catalogue) {
  const auto text = [catalogue](const Phrase& words) { return engineText(words, catalogue).toStdString(); };
  const Exercise ex = generateExercise(request.level, request.seed);
  nlohmann::json givens = nlohmann::json::array();
  for (const auto& [name, m] : ex.givens) givens.push_back(nlohmann::json{{"name", text(name)}, {"matrix", rowsOf(m)}});
  nlohmann::json parts = nlohmann::json::array();
  for (const ExercisePart& p : ex.parts)
    parts.push_back(nlohmann::json{{"title", text(p.title)}, {"resultName", p.resultName}, {"rows", p.answer.n_rows}, {"cols", p.answer.n_cols}});
  // The cell this seed asks for: the same for the same seed, spread over the result.
  const std::size_t part = std::size_t(request.seed % ex.parts.size());
  const arma::mat& answer = ex.parts[part].answer;
  const std::size_t cell = std::size_t((request.seed / ex.parts.size()) % answer.n_elem);
  return {{"level", ex.level},
          {"seed", ex.seed},
          {"title", text(ex.title)},
          {"statement", text(ex.statement)},
          {"givens", givens},
          {"parts", parts},
          {"ask", {{"part", part}, {"row", cell / answer.n_cols}, {"col", cell % answer.n_cols}}}};
}

PracticeCheck practiceCheck(const PracticeRequest& request, const QTranslator* catalogue) {
  const auto text = [catalogue](const Phrase& words) { return engineText(words, catalogue).toStdString(); };
  const Exercise ex = generateExercise(request.level, request.seed);
  const ExercisePart& p = partOf(ex, request);
  const double answer = parseAnswer(request.answer);
  const Diagnosis d = diagnosePart(p, request.row, request.col, answer);
  // The stepped hints of the desktop's Your turn: the window, then the products; for a product
  // table the cell's formula without its result.
  std::vector<std::string> hints;
  if (p.isCorrelation()) {
    for (const Phrase& hint : cellHintPhrases(p.left, p.kernel, p.options, request.row, request.col)) hints.push_back(text(hint));
  } else {
    const std::string& formula = p.formulas.at(request.row * p.answer.n_cols + request.col);
    hints.push_back(formula.substr(0, formula.rfind(" = ")));
  }
  PracticeCheck check;
  check.correct = d.correct;
  check.mistake = d.correct ? Mistake::None : d.mistake;
  check.json = {{"correct", d.correct}, {"mistake", mistakeName(check.mistake)}, {"sentence", text(mistakeSentence(check.mistake))},
                {"hints", hints}};
  if (d.correct) check.json["expected"] = d.expected;
  return check;
}

std::string mistakeWords(Mistake mistake) {
  std::string words = mistakeName(mistake);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

}  // namespace cnnlab
