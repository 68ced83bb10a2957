// Beside the board: every formula of the example, stage by stage, those still to compute as
// "a = …", the current one highlighted. A click on a row asks for its step.
#pragma once

#include <QListWidget>

#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

class FormulaList : public QListWidget {
  Q_OBJECT

 public:
  explicit FormulaList(QWidget* parent = nullptr);

  void setExample(const TeachingExample& example);  // one row per stage and per cell
  // Rows up to step show their formula (the step's own only when not asking: Your turn hides it).
  void showStep(const TeachingExample& example, int step, bool asking);
  // A row's text as drawn: numbers held whole (U+2060 inside them), a break allowed after × and /
  // (U+200B). Only the drawing has these: the rows' text (copied, read aloud) stays plain.
  static QString drawnText(QString text);

 signals:
  void stepRequested(int step);
};

}  // namespace cnnlab
