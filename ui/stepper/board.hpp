// The Step-through board: what a projector shows and what "Export view…" saves. It draws any
// TeachingExample at a step (the title, the left operand with its window and products, the
// operator, the kernel, the result filling in cell by cell, and the notes' formula line) and
// knows nothing of which example it is or where its numbers came from.
#pragma once

#include <QFrame>
#include <QString>

#include "engine/teaching/teaching_examples.hpp"

class QHBoxLayout;
class QLabel;

namespace cnnlab {

class MatrixGrid;

class Board : public QFrame {
  Q_OBJECT

 public:
  explicit Board(QWidget* parent = nullptr);

  // What is drawn: the example (which must outlive the board or be replaced first) at a step
  // (0 = nothing computed yet). While asking, the step's cell is the student's: its value, its
  // products and its formula stay hidden and `prompt` takes the formula line.
  struct View {
    const TeachingExample* example = nullptr;
    int step = 0;
    bool asking = false;
    QString prompt;
  };
  void show(const View& view);

  // Presenter mode: the formula line summarises a sum too long for the room.
  void setPresenterMode(bool on);

  QString formulaText() const;  // the large formula line as shown (all its lines when it is paged)

  // A formula with more lines than the board has room for is shown a page of lines at a time,
  // with "lines 1–3 of 8" under them: Page Down shows the next page before the next step.
  // Each returns false when there is no page to go to.
  bool nextFormulaPage();
  bool previousFormulaPage();
  int formulaPage() const { return formulaPage_; }
  int formulaPages() const { return formulaPages_; }
  MatrixGrid* leftGrid() const { return leftGrid_; }
  MatrixGrid* kernelGrid() const { return kernelGrid_; }
  MatrixGrid* resultGrid() const { return resultGrid_; }
  QLabel* hoverLabel() const { return hoverLabel_; }
  QLabel* operatorLabel() const { return operatorLabel_; }
  QLabel* equalsLabel() const { return equalsLabel_; }
  QLabel* descriptionLabel() const { return descriptionLabel_; }

 signals:
  void stepRequested(int step);                        // a result cell was clicked: its step
  void cellEditRequested(bool kernel, int row, int col);  // a double click on the input or the kernel
  void shown();  // drawn again (a new step, or a resize): marks over the board's go on now

 protected:
  // The formula's size is fitted to the board's width, which is known only once laid out.
  void resizeEvent(QResizeEvent* event) override;

 private:
  void showFormula(const TeachingStage& stage, const TeachingCell* cell);
  // A word-wrapped label's size: the largest from `largest` down to `smallest` (normal-mode pixels)
  // at which its text takes at most `lines` lines, else `smallest`, and it wraps further.
  void fitLines(QLabel* label, int largest, int smallest, bool bold, int lines);
  void leftHovered(int row, int col);
  void lightTerm(int row, int col);  // the pointed cell's product lit in the formula line
  void resultClicked(int row, int col);
  const TeachingStage* currentStage(std::size_t* index = nullptr) const;

  View view_;
  bool presenter_ = false;
  int formulaPage_ = 0, formulaPages_ = 1;
  QString fullFormula_;  // every line of a paged formula
  QString shownFormula_;  // the formula line's plain text (the label holds rich text while a term is lit)
  std::pair<const TeachingExample*, int> formulaShownFor_{nullptr, -1};  // the page resets on a new step
  QLabel* titleLabel_ = nullptr;
  QLabel* stageLabel_ = nullptr;
  QLabel* descriptionLabel_ = nullptr;
  QLabel* operatorLabel_ = nullptr;
  QLabel* equalsLabel_ = nullptr;
  QWidget* kernelColumn_ = nullptr;
  QHBoxLayout* grids_ = nullptr;  // the operands, the operators and the result, side by side
  MatrixGrid* leftGrid_ = nullptr;
  MatrixGrid* kernelGrid_ = nullptr;
  MatrixGrid* resultGrid_ = nullptr;
  QLabel* formulaLabel_ = nullptr;
  QLabel* symbolicLabel_ = nullptr;
  QLabel* hoverLabel_ = nullptr;
};

// A label in the board's type: a pixel size, bold or not, a colour.
QLabel* boardLabel(const QString& text, int pixels, bool bold = false, const QString& colour = "#212121");

// Sets a widget's font to a pixel size (presenter mode and the board's fixed sizes).
void setPixelFont(QWidget* widget, int pixels);

}  // namespace cnnlab
