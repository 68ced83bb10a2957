// Your turn on phones (#24): a student practises at their own pace on the classroom page. The
// exercise is the engine's (engine/teaching/exercises.hpp), rebuilt from its level and seed on every
// request, so the server keeps no state per exercise; the answer never leaves the server until it is
// given right. The page only draws.
#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>
#include <string>

#include "engine/teaching/exercises.hpp"

class QTranslator;

namespace cnnlab {

// The words (titles, the statement, the givens' names, hints, the diagnosis) are in the language of
// `catalogue` (i18n::catalogue; nullptr: English); numbers, formulas and the mistake's name stay.

struct HttpHead;

// The request's level (1–7), seed (0 … 2^32−1) and, for a check, part/row/col/answer, read from the
// query. Throws std::invalid_argument naming the parameter.
struct PracticeRequest {
  int level = 1;
  std::uint64_t seed = 0;
  std::size_t part = 0, row = 0, col = 0;
  std::string answer;
};
PracticeRequest practiceRequest(const HttpHead& head, bool withAnswer);

// {"level", "seed", "title", "statement", "givens": [{"name", "matrix"}], "parts": [{"title",
// "resultName", "rows", "cols"}], "ask": {"part", "row", "col"}}: the exercise without its answers,
// and the one cell this seed asks for.
nlohmann::json practiceExerciseJson(const PracticeRequest& request, const QTranslator* catalogue = nullptr);

// {"correct", "mistake" (snake_case), "sentence", "hints": [...], "expected" (only when right)}:
// the same diagnosis and stepped hints as the desktop's Your turn. Throws std::invalid_argument for
// a cell outside the part or an answer that is not one number.
struct PracticeCheck {
  nlohmann::json json;
  Mistake mistake = Mistake::Unknown;
  bool correct = false;
};
PracticeCheck practiceCheck(const PracticeRequest& request, const QTranslator* catalogue = nullptr);

// "kernel not flipped": a mistake for the teacher's summary.
std::string mistakeWords(Mistake mistake);

}  // namespace cnnlab
