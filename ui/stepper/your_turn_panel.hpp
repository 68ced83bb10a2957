// "Your turn" in Step through (#17): the stepper hides the cell on screen, the student types it, and
// the panel checks it, names the most likely mistake and marks the cells it came from.
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QHBoxLayout;

#include <optional>

#include "engine/teaching/exercises.hpp"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cnnlab {

class Board;

class YourTurnPanel : public QWidget {
  Q_OBJECT

 public:
  // It knows the example and the step only through follow(), asks for steps with stepRequested(),
  // and marks a wrong answer's cells on the board its owner passes to decorate(): no reaching into
  // the stepper.
  explicit YourTurnPanel(QWidget* parent = nullptr);

  // The example on screen (which must outlive the panel or be followed again first) and its step.
  // The owner calls it before it draws, so asking() and prompt() read the step being drawn.
  void follow(const TeachingExample& example, int step);
  // The owner calls it once a new step is on screen: a fresh cell clears the answer field.
  void stepShown();

  // The "Your turn" switch, for the view to place in its top row: the panel itself takes no room
  // until it is on (the stepper must still fit a 1280×720 projector).
  QCheckBox* toggle() const { return toggle_; }
  // The switch at the end of the answer row (presenter mode, whose side column is gone), or handed
  // back to whoever placed it (false: the caller lays it out again).
  void setToggleInRow(bool inRow);

  bool isActive() const { return active_; }
  // On: the cell on screen (step 1 if none yet) is hidden until answered right.
  void setActive(bool on);
  // True while the cell on screen is the student's to compute: its value, products and formula hidden.
  bool asking() const;
  // The line the board shows instead of the formula while asking: "Your turn: b = ?".
  QString prompt() const;

  // Checks text as the value of the cell on screen. Right: the formula is shown, score and streak
  // grow. Wrong: the reply names the mistake and decorate() marks its cells. Not a number (or over
  // 32 characters): the reply says so and nothing is counted. Returns true when right.
  bool submit(const QString& text);
  // The next hint for the cell on screen: first the window, then the products.
  void hint();

  QString replyText() const;
  const std::optional<Diagnosis>& diagnosis() const { return diagnosis_; }  // of the last wrong answer on this step
  // Per example (by name): answers checked, right answers, and right answers in a row.
  struct Score {
    int answers = 0, right = 0, streak = 0;
  };
  Score score() const;

  // Marks the last wrong answer's cells on the board's grids (after the board has drawn the step).
  void decorate(Board& board);

 signals:
  void stepRequested(int step);  // go to this step (or draw the current one again)

 private:
  void showScore();
  int stepCount() const;

  const TeachingExample* example_ = nullptr;
  int step_ = 0;
  bool active_ = false;
  int answeredStep_ = -1;   // the step answered right (no longer asking)
  int diagnosedStep_ = -1;  // the step diagnosis_ belongs to
  int hintStep_ = -1, hintLevel_ = 0;
  std::optional<Diagnosis> diagnosis_;
  QHash<QString, Score> scores_;

  QHBoxLayout* row_ = nullptr;  // the answer, Check, Hint and the score
  QCheckBox* toggle_ = nullptr;
  QLineEdit* answer_ = nullptr;
  QPushButton* check_ = nullptr;
  QPushButton* hintButton_ = nullptr;
  QLabel* reply_ = nullptr;
  QLabel* score_ = nullptr;
};

}  // namespace cnnlab
