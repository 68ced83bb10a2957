// "Your turn" in Step through (#17): hides the cell on screen, checks the student's number with the
// engine's diagnosis (engine/teaching/exercises) and marks the mistake on the grids.
#include "ui/stepper/your_turn_panel.hpp"
#include "ui/type_scale.hpp"
#include "ui/palette.hpp"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <stdexcept>

#include "ui/i18n/engine_text.hpp"
#include "ui/qt_text.hpp"
#include "ui/stepper/matrix_grid.hpp"
#include "ui/stepper/board.hpp"

namespace cnnlab {

namespace {

QString rows(long first, std::size_t count) {
  return count <= 1 ? QString::number(first) : QString("%1–%2").arg(first).arg(first + long(count) - 1);
}

// A mistake's name as a student reads it: "kernel not flipped".
QString spoken(Mistake m) {
  switch (m) {
    case Mistake::KernelNotFlipped: return YourTurnPanel::tr("kernel not flipped");
    case Mistake::KernelFlipped: return YourTurnPanel::tr("kernel flipped");
    case Mistake::WindowShifted: return YourTurnPanel::tr("window shifted");
    case Mistake::SignError: return YourTurnPanel::tr("sign error");
    case Mistake::TermMissing: return YourTurnPanel::tr("term missing");
    case Mistake::WrongExtent: return YourTurnPanel::tr("wrong extent");
    case Mistake::None:
    case Mistake::Unknown: break;
  }
  return qs(mistakeName(m)).replace('_', ' ');
}

}  // namespace

YourTurnPanel::YourTurnPanel(QWidget* parent) : QWidget(parent) {
  setObjectName("yourTurnPanel");
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  auto* row = row_ = new QHBoxLayout;
  toggle_ = new QCheckBox(tr("Your turn"));
  toggle_->setObjectName("yourTurn");
  toggle_->setToolTip(tr("Hide the cell on screen and compute it yourself"));
  answer_ = new QLineEdit;
  answer_->setObjectName("answer");
  answer_->setPlaceholderText(tr("your value"));
  answer_->setAccessibleName(tr("Your answer"));
  answer_->setAccessibleDescription(tr("The value of the highlighted cell; Enter checks it"));
  answer_->setMaxLength(32);
  answer_->setMaximumWidth(160);
  check_ = new QPushButton(tr("Check"));
  check_->setObjectName("check");
  check_->setToolTip(tr("Check your answer (Enter in the field)"));
  hintButton_ = new QPushButton(tr("Hint"));
  hintButton_->setObjectName("hint");
  hintButton_->setToolTip(tr("First the window, then the products"));
  score_ = new QLabel;
  score_->setObjectName("score");
  row->addWidget(answer_);
  row->addWidget(check_);
  row->addWidget(hintButton_);
  row->addSpacing(12);
  row->addWidget(score_);
  row->addStretch(1);
  outer->addLayout(row);
  reply_ = new QLabel;
  reply_->setObjectName("reply");
  reply_->setWordWrap(true);
  // The diagnosis is the moment the lesson is for: a headline, not body text.
  type_scale::setTextPixels(reply_, 26, true);
  reply_->hide();
  outer->addWidget(reply_);

  connect(toggle_, &QCheckBox::toggled, this, &YourTurnPanel::setActive);
  connect(check_, &QPushButton::clicked, this, [this] { submit(answer_->text()); });
  connect(answer_, &QLineEdit::returnPressed, this, [this] { submit(answer_->text()); });
  connect(hintButton_, &QPushButton::clicked, this, &YourTurnPanel::hint);
  // Off at first; not setActive(false), which redraws a view still being built.
  hide();
}

void YourTurnPanel::setActive(bool on) {
  active_ = on;
  if (toggle_->isChecked() != on) toggle_->setChecked(on);
  setVisible(on);
  reply_->clear();
  reply_->setVisible(false);
  diagnosis_.reset();
  answeredStep_ = -1;
  if (on && step_ == 0 && stepCount() > 0) emit stepRequested(1);  // the owner moves, draws and calls stepShown()
  else emit stepRequested(step_);                                    // redraw with or without the answer
  showScore();
  if (on && toggle_->hasFocus()) answer_->setFocus(Qt::OtherFocusReason);  // ticked by the keyboard: type at once
}

void YourTurnPanel::follow(const TeachingExample& example, int step) {
  example_ = &example;
  step_ = step;
}

int YourTurnPanel::stepCount() const { return example_ ? int(example_->stepCount()) : 0; }

bool YourTurnPanel::asking() const { return active_ && example_ && step_ > 0 && answeredStep_ != step_; }

QString YourTurnPanel::prompt() const {
  const TeachingExample& ex = *example_;
  const auto [s, c] = ex.locate(std::size_t(step_));
  const Phrase& label = ex.stages[s].cells[c].label;
  return tr("Your turn: %1 = ?").arg(label.empty() ? tr("the highlighted cell") : engineText(label));
}

bool YourTurnPanel::submit(const QString& text) {
  if (!asking()) {
    reply_->setText(active_ ? tr("Right already: press Step ▶ for the next cell.") : QString());
    reply_->setVisible(active_);
    return false;
  }
  if (answer_->text() != text) answer_->setText(text);  // the number checked stays on screen
  double value = 0;
  try {
    value = parseAnswer(text.toStdString());
  } catch (const std::invalid_argument& e) {
    reply_->setStyleSheet(palette::textColour(palette::kError));
    reply_->setText(tr("I can only check a number: %1").arg(qs(e.what()).remove("answer: ")));
    reply_->show();
    return false;
  }
  const int step = step_;
  const TeachingExample& ex = *example_;
  const auto [s, c] = ex.locate(std::size_t(step));
  const TeachingStage& stage = ex.stages[s];
  const TeachingCell& cell = stage.cells[c];
  // A correlation stage is diagnosed from its trace; any other cell (a sum, the MLP's) as one number.
  Diagnosis d = stage.trace ? diagnoseCell(stage.trace->input, stage.trace->kernel, stage.trace->options,
                                           cell.outputRow, cell.outputCol, value)
                            : diagnoseSum({cell.value}, value);
  if (!withinTolerance(d.expected, cell.value)) d = diagnoseSum({cell.value}, value);

  Score& score = scores_[qs(ex.name)];
  ++score.answers;
  if (d.correct) {
    ++score.right;
    ++score.streak;
    answeredStep_ = step;
    diagnosis_.reset();
    reply_->setStyleSheet(palette::textColour(palette::kRight));
    reply_->setText(tr("Right: %1").arg(engineText(cell.formula)));
  } else {
    score.streak = 0;
    diagnosis_ = d;
    diagnosedStep_ = step;
    QString reply = tr("Not %1. %2").arg(qs(formatNumber(value)), engineText(mistakeSentence(d.mistake)));
    const DiagnosisDetail& detail = d.detail;
    if ((d.mistake == Mistake::SignError || d.mistake == Mistake::TermMissing) && stage.trace && detail.termIndex >= 0) {
      const TraceProduct& p =
          stage.trace->cells.at(cell.outputRow * stage.trace->output.n_cols + cell.outputCol).products.at(std::size_t(detail.termIndex));
      const std::string k = formatNumber(p.kernelValue);
      reply += " " + tr("(%1×%2)").arg(qs(formatNumber(p.inputValue)), qs(p.kernelValue < 0 ? "(" + k + ")" : k));
    } else if (d.mistake == Mistake::WindowShifted || d.mistake == Mistake::WrongExtent) {
      reply += " " + tr("You used rows %1, columns %2; %3 needs rows %4, columns %5.")
                         .arg(rows(detail.windowRow, detail.windowHeight), rows(detail.windowCol, detail.windowWidth),
                              engineText(cell.label), rows(d.windowRow, d.windowHeight), rows(d.windowCol, d.windowWidth));
    }
    if (!d.also.empty()) {
      QStringList also;
      for (Mistake m : d.also) also << spoken(m);
      reply += " " + tr("It could also be: %1.").arg(also.join(", "));
    }
    reply_->setStyleSheet(palette::textColour(palette::kError));
    reply_->setText(reply);
  }
  reply_->show();
  answer_->selectAll();
  showScore();
  emit stepRequested(step);  // redraws: the formula when right, the mistake's cells when wrong
  return d.correct;
}

void YourTurnPanel::hint() {
  if (!asking()) return;
  const int step = step_;
  if (hintStep_ != step) {
    hintStep_ = step;
    hintLevel_ = 0;
  }
  const TeachingExample& ex = *example_;
  const auto [s, c] = ex.locate(std::size_t(step));
  const TeachingStage& stage = ex.stages[s];
  const TeachingCell& cell = stage.cells[c];
  QStringList hints;
  if (stage.trace) {
    for (const Phrase& h : cellHintPhrases(stage.trace->input, stage.trace->kernel, stage.trace->options,
                                           cell.outputRow, cell.outputCol))
      hints << engineText(h);
  } else {
    hints << (cell.symbolic.empty() ? tr("The cells it reads are marked on the board.")
                                    : tr("The formula: %1").arg(engineText(cell.symbolic)));
    const QString formula = engineText(cell.formula);
    const int last = formula.lastIndexOf(" = ");
    hints << tr("The terms: %1").arg(last > 0 ? formula.left(last) : formula);
  }
  hintLevel_ = std::min(hintLevel_ + 1, int(hints.size()));
  reply_->setStyleSheet("color: #0d47a1;");
  reply_->setText(QStringList(hints.mid(0, hintLevel_)).join("  "));
  reply_->show();
}

QString YourTurnPanel::replyText() const { return reply_->text(); }

YourTurnPanel::Score YourTurnPanel::score() const { return example_ ? scores_.value(qs(example_->name)) : Score{}; }

void YourTurnPanel::stepShown() {
  if (active_ && step_ == 0 && stepCount() > 0) {
    emit stepRequested(1);
    return;
  }
  if (diagnosedStep_ != step_) diagnosis_.reset();
  if (asking()) {
    answer_->clear();
    reply_->clear();
    reply_->hide();
    if (active_) answer_->setFocus();
  }
  showScore();
}

void YourTurnPanel::showScore() {
  const Score s = score();
  score_->setText(tr("Score %1 of %2 · streak %3").arg(s.right).arg(s.answers).arg(s.streak));
}

void YourTurnPanel::decorate(Board& board) {
  if (!active_ || !diagnosis_ || diagnosedStep_ != step_ || !asking()) return;
  const TeachingExample& ex = *example_;
  const auto [s, c] = ex.locate(std::size_t(step_));
  const TeachingStage& stage = ex.stages[s];
  const TeachingCell& cell = stage.cells[c];
  const Diagnosis& d = *diagnosis_;
  board.resultGrid()->setMistake({QPoint(int(cell.outputCol), int(cell.outputRow))});
  const DiagnosisDetail& detail = d.detail;
  switch (d.mistake) {
    case Mistake::WindowShifted:
    case Mistake::WrongExtent: {
      board.leftGrid()->setMistakeWindow(detail.windowRow, detail.windowCol, detail.windowHeight, detail.windowWidth);
      QSet<QPoint> used;
      const arma::mat& left = stage.left;
      for (long r = detail.windowRow; r < detail.windowRow + long(detail.windowHeight); ++r)
        for (long k = detail.windowCol; k < detail.windowCol + long(detail.windowWidth); ++k)
          if (r >= 0 && k >= 0 && r < long(left.n_rows) && k < long(left.n_cols)) used.insert(QPoint(int(k), int(r)));
      board.leftGrid()->setMistake(used);
      break;
    }
    case Mistake::SignError:
    case Mistake::TermMissing:
      if (stage.trace && detail.termIndex >= 0) {
        const TraceProduct& p = stage.trace->cells.at(cell.outputRow * stage.trace->output.n_cols + cell.outputCol)
                                    .products.at(std::size_t(detail.termIndex));
        board.leftGrid()->setMistake({QPoint(int(p.inputCol), int(p.inputRow))});
        board.kernelGrid()->setMistake({QPoint(int(p.kernelCol), int(p.kernelRow))});
      }
      break;
    case Mistake::KernelNotFlipped:
    case Mistake::KernelFlipped: {
      QSet<QPoint> all;
      const arma::mat& k = board.kernelGrid()->matrix();
      for (std::size_t r = 0; r < k.n_rows; ++r)
        for (std::size_t q = 0; q < k.n_cols; ++q) all.insert(QPoint(int(q), int(r)));
      board.kernelGrid()->setMistake(all);
      break;
    }
    default:
      break;
  }
}

void YourTurnPanel::setToggleInRow(bool inRow) {
  if (inRow == (row_->indexOf(toggle_) >= 0)) return;
  if (inRow) row_->addWidget(toggle_);
  else row_->removeWidget(toggle_);
}

}  // namespace cnnlab
