// Board: draws a TeachingExample at a step; every number on it comes from the engine's trace.
#include "ui/stepper/board.hpp"
#include "ui/type_scale.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/operators.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/qt_text.hpp"
#include "ui/stepper/matrix_grid.hpp"

namespace cnnlab {

namespace {

// The board shows operands up to the registry's limit on an input legibly; larger ones (from-network)
// get smaller cells.
std::size_t maxSide() { return std::size_t(exampleParameter("input").highest); }

// "a = p1 + p2 + … + p25 = r" → "a = p1 + p2 + … (25 products) = r" when longer than `longer`
// characters; anything else unchanged.
QString summarisedSum(const QString& formula, int longer = 110) {
  const QString equals = " = ", plus = " + ";
  const int first = formula.indexOf(equals), last = formula.lastIndexOf(equals);
  if (formula.size() <= longer || first < 0 || last <= first) return formula;
  const QStringList terms = formula.mid(first + equals.size(), last - first - equals.size()).split(plus);
  if (terms.size() < 5) return formula;
  return formula.left(first) + equals + QStringList(terms.mid(0, 2)).join(plus) + plus +
         QObject::tr("… (%1 products)").arg(terms.size()) + formula.mid(last);
}

// The height `text` takes, word-wrapped in `width` pixels at `font`: what every fit on the board asks.
int wrappedHeight(const QFont& font, int width, const QString& text) {
  return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

}  // namespace

QLabel* boardLabel(const QString& text, int pixels, bool bold, const QString& colour) {
  auto* label = new QLabel(text);
  type_scale::setTextPixels(label, pixels, bold);
  label->setStyleSheet("color: " + colour + ";");
  return label;
}

void setPixelFont(QWidget* widget, int pixels) { type_scale::setTextPixels(widget, pixels); }

void Board::fitLines(QLabel* label, int largest, int smallest, bool bold, int lines) {
  const int room = std::max(label->contentsRect().width(), width() - 40);
  int pixels = largest;
  for (; pixels > smallest; pixels -= 1) {
    const QFont font = type_scale::font(label->font(), pixels, bold);
    if (wrappedHeight(font, room, label->text()) <= lines * QFontMetrics(font).lineSpacing()) break;
  }
  type_scale::setTextPixels(label, pixels, bold);
}

Board::Board(QWidget* parent) : QFrame(parent) {
  setObjectName("board");
  setAutoFillBackground(true);
  QPalette palette = this->palette();
  palette.setColor(QPalette::Window, Qt::white);
  setPalette(palette);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 10, 16, 10);
  titleLabel_ = boardLabel({}, 30, true, "#0d47a1");
  titleLabel_->setWordWrap(true);
  descriptionLabel_ = boardLabel({}, 19, false, "#455a64");
  descriptionLabel_->setWordWrap(true);
  stageLabel_ = boardLabel({}, 26, true, "#e65100");
  stageLabel_->setObjectName("stage");
  stageLabel_->setWordWrap(true);
  layout->addWidget(titleLabel_);
  layout->addWidget(stageLabel_);
  layout->addWidget(descriptionLabel_);

  auto* grids = grids_ = new QHBoxLayout;
  auto column = [](MatrixGrid* grid) {
    auto* widget = new QWidget;
    auto* box = new QVBoxLayout(widget);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(grid, 1);
    return widget;
  };
  leftGrid_ = new MatrixGrid;
  leftGrid_->setMaxCellSize(130);
  leftGrid_->setObjectName("leftGrid");
  kernelGrid_ = new MatrixGrid;
  kernelGrid_->setObjectName("kernelGrid");
  resultGrid_ = new MatrixGrid;
  resultGrid_->setObjectName("resultGrid");
  operatorLabel_ = boardLabel({}, 48, true, "#e65100");
  equalsLabel_ = boardLabel("=", 48, true, "#e65100");
  operatorLabel_->setAlignment(Qt::AlignCenter);
  equalsLabel_->setAlignment(Qt::AlignCenter);
  kernelColumn_ = column(kernelGrid_);
  grids->addWidget(column(leftGrid_), 5);
  grids->addWidget(operatorLabel_);
  grids->addWidget(kernelColumn_, 3);
  grids->addWidget(equalsLabel_);
  grids->addWidget(column(resultGrid_), 4);
  layout->addLayout(grids, 1);

  // The formula line, large: the notes' form of the current cell.
  formulaLabel_ = boardLabel({}, 40, true, "#1a237e");
  formulaLabel_->setObjectName("formula");
  formulaLabel_->setWordWrap(true);
  formulaLabel_->setAlignment(Qt::AlignCenter);
  formulaLabel_->setMinimumHeight(64);
  formulaLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 8px;");
  symbolicLabel_ = boardLabel({}, 24, false, "#4a148c");
  symbolicLabel_->setWordWrap(true);
  symbolicLabel_->setAlignment(Qt::AlignCenter);
  hoverLabel_ = boardLabel({}, 20, false, "#2e7d32");
  hoverLabel_->setAlignment(Qt::AlignCenter);
  hoverLabel_->setMinimumHeight(28);
  hoverLabel_->setWordWrap(true);  // a long "used by" list wraps instead of widening the board
  layout->addWidget(formulaLabel_);
  layout->addWidget(symbolicLabel_);
  layout->addWidget(hoverLabel_);

  connect(leftGrid_, &MatrixGrid::cellHovered, this, &Board::leftHovered);
  connect(resultGrid_, &MatrixGrid::cellClicked, this, &Board::resultClicked);
  connect(leftGrid_, &MatrixGrid::cellDoubleClicked, this, [this](int r, int c) { emit cellEditRequested(false, r, c); });
  connect(kernelGrid_, &MatrixGrid::cellDoubleClicked, this, [this](int r, int c) { emit cellEditRequested(true, r, c); });
}

void Board::setPresenterMode(bool on) {
  presenter_ = on;
  show(view_);  // the formula line's font depends on the mode
}

QString Board::formulaText() const { return formulaPages_ > 1 && !view_.asking ? fullFormula_ : shownFormula_; }

// The pointed input cell's product lit in the formula line, as its cell is framed on the grid (#23):
// "a = 1×1 + [6×2] + 5×(−1) + 3×0 = 8". Only on a one-line sum written in full (not a prompt, a
// summarised sum or an MLP's lines), where each product appears in the terms' order.
void Board::lightTerm(int row, int col) {
  formulaLabel_->setTextFormat(Qt::PlainText);
  formulaLabel_->setText(shownFormula_);
  if (row < 0 || view_.asking || !view_.example || view_.step <= 0 || formulaPages_ > 1) return;
  const auto [stageIndex, cellIndex] = view_.example->locate(std::size_t(view_.step));
  const TeachingCell& cell = view_.example->stages[stageIndex].cells[cellIndex];
  if (!cell.lines.empty()) return;
  int from = int(shownFormula_.indexOf(" = ")), start = -1, length = 0;
  if (from < 0) return;
  for (const TeachingCell::Term& term : cell.terms) {
    const QString text = qs(term.text);
    const int at = int(shownFormula_.indexOf(text, from));
    if (at < 0) return;  // not written term by term (a summarised sum)
    if (term.row == std::size_t(row) && term.col == std::size_t(col)) {
      start = at;
      length = int(text.size());
    }
    from = at + int(text.size());
  }
  if (start < 0) return;
  formulaLabel_->setTextFormat(Qt::RichText);
  formulaLabel_->setText(shownFormula_.left(start).toHtmlEscaped() + QStringLiteral("<span style=\"background: #c8e6c9;\">") +
                         shownFormula_.mid(start, length).toHtmlEscaped() + QStringLiteral("</span>") +
                         shownFormula_.mid(start + length).toHtmlEscaped());
}

bool Board::nextFormulaPage() {
  if (formulaPage_ + 1 >= formulaPages_) return false;
  ++formulaPage_;
  show(view_);
  return true;
}

bool Board::previousFormulaPage() {
  if (formulaPage_ == 0) return false;
  --formulaPage_;
  show(view_);
  return true;
}

void Board::resizeEvent(QResizeEvent* event) {
  QFrame::resizeEvent(event);
  show(view_);
}

const TeachingStage* Board::currentStage(std::size_t* index) const {
  if (!view_.example || view_.example->stages.empty()) return nullptr;
  const std::size_t stage = view_.step > 0 ? view_.example->locate(std::size_t(view_.step)).first : 0;
  if (index) *index = stage;
  return &view_.example->stages[stage];
}

void Board::show(const View& view) {
  view_ = view;
  if (!view.example || view.example->stages.empty()) return;
  const TeachingExample& example = *view.example;
  // A resize may redraw between the owner's replacing the example and its showing the new step.
  view_.step = std::clamp(view_.step, 0, int(example.stepCount()));
  std::size_t stageIndex = 0, cellIndex = 0;
  const bool started = view_.step > 0;
  if (started) std::tie(stageIndex, cellIndex) = example.locate(std::size_t(view_.step));
  const TeachingStage& stage = example.stages[stageIndex];
  const TeachingCell* cell = started ? &stage.cells[cellIndex] : nullptr;
  const bool asking = view_.asking;

  titleLabel_->setText(engineText(example.title));
  stageLabel_->setText(tr("Stage %1 of %2:   %3").arg(stageIndex + 1).arg(example.stages.size()).arg(engineText(stage.title)));
  stageLabel_->setVisible(example.stages.size() > 1);
  // A long title (mlp-from-network's) or stage (German ones) takes a smaller size before it takes
  // a second line: the board's height goes to the grids.
  fitLines(titleLabel_, 30, 22, true, 1);
  fitLines(stageLabel_, 26, 20, true, 1);
  const QString description = engineText(example.description);
  descriptionLabel_->setText(description);
  descriptionLabel_->setToolTip(description);
  fitLines(descriptionLabel_, 19, 16, false, 2);
  // In presenter mode a board of six rows needs the height (from-network's 6×6 patch fell to 41 px
  // cells under a two-line description): one line there, the rest on hover. Shorter boards keep
  // both lines: what they say (add the bias, the backward rule, "Forward: Y = …") is the lesson.
  const std::size_t rows = std::max({stage.left.n_rows + 2 * stage.paddingRows, stage.kernel.n_rows, stage.result.n_rows});
  if (presenter_ && rows >= 6) {
    const int room = std::max(descriptionLabel_->contentsRect().width(), width() - 40);
    descriptionLabel_->setText(QFontMetrics(descriptionLabel_->font()).elidedText(description, Qt::ElideRight, room));
  }

  // Left operand with its padding, the window and the products on their cells.
  // A whole image (the MLP's 784 inputs) is drawn as a picture, not as 784 numbers.
  const bool picture = std::max(stage.left.n_rows, stage.left.n_cols) > maxSide();
  // A 28×28 picture still reads at 3 px a pixel; a 10×10 grid of a hundred hidden units may shrink
  // to 10 px cells (their values then stay in the formula line) rather than push the board off screen.
  const bool manyCells = std::max(stage.left.n_rows, stage.left.n_cols) > 6;
  leftGrid_->setMinCellSize(picture ? 3 : manyCells ? 10 : 24);
  leftGrid_->setMatrix(stage.left, stage.paddingRows, stage.paddingCols);
  leftGrid_->clearMarks();
  QString leftTitle = engineText(stage.leftName);
  if (stage.paddingRows || stage.paddingCols) leftTitle += tr("  (zero-padded)");
  leftGrid_->setTitle(leftTitle);
  const TeachingCell& shownCell = cell ? *cell : stage.cells.front();
  if (shownCell.windowHeight > 0)
    leftGrid_->setWindow(shownCell.windowRow, shownCell.windowCol, shownCell.windowHeight, shownCell.windowWidth);
  if (cell) {
    QHash<QPoint, QString> notes;
    for (const auto& term : cell->terms)
      if (!term.text.empty()) notes.insert(QPoint(int(term.col), int(term.row)), qs(term.text));
    if (!asking) leftGrid_->setAnnotations(notes);
    if (cell->highlightRow >= 0) leftGrid_->setEmphasis({QPoint(int(cell->highlightCol), int(cell->highlightRow))});
    // A picture-sized operand cannot show its products on the cells: mark the cells instead.
    if (picture) {
      QSet<QPoint> marked;
      for (const auto& term : cell->terms) marked.insert(QPoint(int(term.col), int(term.row)));
      leftGrid_->setEmphasis(marked);
    }
  }

  // The kernel as applied (rot180 for a convolution once the first cell is computed).
  const bool hasKernel = !stage.appliedKernel.is_empty();
  kernelColumn_->setVisible(hasKernel);
  // One vocabulary of operators (engine/teaching/operators): two operands take the symbol between
  // them and "="; a function of one operand is written over the arrow to its result ("max" over
  // "⟶"), never "max →", "= →" or "→ →" (#23). The tooltip says what the symbol does.
  const OperatorMeaning op = operatorMeaning(stage.operatorSymbol);
  const QString symbol = op.shown == std::string_view(stage.operatorSymbol) ? engineText(stage.operatorSymbol) : qs(std::string(op.shown));
  const QString meaning = engineText(std::string(op.meaning));
  if (op.unary && !symbol.isEmpty()) {
    operatorLabel_->setTextFormat(Qt::RichText);
    operatorLabel_->setText(QStringLiteral("<div align=\"center\" style=\"font-size: %1px;\">%2</div><div align=\"center\">\u27f6</div>")
                                .arg(type_scale::px(30)).arg(symbol.toHtmlEscaped()));
  } else {
    operatorLabel_->setTextFormat(Qt::PlainText);
    operatorLabel_->setText(symbol.isEmpty() ? QStringLiteral("\u27f6") : symbol);
  }
  // "=" ends a two-operand line; a one-operand one ends with its operator ("∂E/∂Y = ∂E/∂B").
  equalsLabel_->setVisible(hasKernel && !op.unary);
  operatorLabel_->setToolTip(meaning);
  operatorLabel_->setAccessibleName(tr("Operation: %1").arg(meaning));
  if (hasKernel) {
    const bool showRotated = stage.kernelRotated && started;
    kernelGrid_->setMatrix(showRotated ? stage.appliedKernel : stage.kernel);
    kernelGrid_->clearMarks();
    kernelGrid_->setTitle(stage.kernelRotated ? (showRotated ? QString("rot180(%1)").arg(engineText(stage.kernelName))
                                                             : engineText(stage.kernelName) + tr(" → rotate 180°"))
                                              : engineText(stage.kernelName));
    if (cell && cell->kernelHighlightRow >= 0)
      kernelGrid_->setCurrent({QPoint(int(cell->kernelHighlightCol), int(cell->kernelHighlightRow))}, QColor(0x6a1b9a));
  }

  // The result fills in cell by cell; cells still to come show their letter.
  resultGrid_->setMatrix(stage.result);
  resultGrid_->clearMarks();
  resultGrid_->setTitle(engineText(stage.resultName));
  QSet<QPoint> hidden;
  QHash<QPoint, QString> placeholders;
  for (std::size_t r = 0; r < stage.result.n_rows; ++r)
    for (std::size_t c = 0; c < stage.result.n_cols; ++c) hidden.insert(QPoint(int(c), int(r)));
  for (std::size_t i = 0; i < stage.cells.size(); ++i) {
    const TeachingCell& other = stage.cells[i];
    const bool done = started && (i < cellIndex || (i == cellIndex && !asking));
    for (const auto& [r, c] : other.writes) {
      if (done) hidden.remove(QPoint(int(c), int(r)));
      else if (other.label.size() <= 2 && other.writes.size() == 1) placeholders.insert(QPoint(int(c), int(r)), engineText(other.label));
    }
  }
  resultGrid_->setHidden(hidden, placeholders);
  // Each grid's share of the width follows its columns, so that the cells of one board come out
  // the same size where the height allows (before: 5 : 3 : 4, which gave a 5×5 kernel 41 px cells
  // beside a 4×4 result's 60 at 720p).
  // A picture (784 inputs) is drawn in small cells and takes no more than 8 columns' share.
  auto columns = [](const arma::mat& m, std::size_t padding) { return std::clamp(int(m.n_cols + 2 * padding), 1, 8); };
  grids_->setStretch(0, columns(stage.left, stage.paddingCols));
  grids_->setStretch(2, hasKernel ? columns(stage.appliedKernel, 0) : 0);
  grids_->setStretch(4, columns(stage.result, 0));
  if (cell) {
    if (stage.kind == StageKind::MaxPoolBackward) {
      resultGrid_->setWindow(cell->windowRow, cell->windowCol, cell->windowHeight, cell->windowWidth);
      resultGrid_->setCurrent({QPoint(int(cell->highlightCol), int(cell->highlightRow))});
    } else {
      resultGrid_->setCurrent({QPoint(int(cell->outputCol), int(cell->outputRow))});
    }
  }

  showFormula(stage, cell);
  if (asking) {
    formulaLabel_->setText(view_.prompt);
    shownFormula_ = view_.prompt;
    symbolicLabel_->clear();
  }
  symbolicLabel_->setVisible(!symbolicLabel_->text().isEmpty());
  // The hint is for the one at the mouse. On a projector the line is hidden and its height goes to
  // the grids: a hover there still lights the term in the formula and frames the results it feeds.
  hoverLabel_->setText(tr("Hover over a cell of %1 to see which results use it; click a result cell to jump to it.")
                           .arg(engineText(stage.leftName)));
  fitLines(hoverLabel_, 20, 16, false, 1);
  hoverLabel_->setVisible(!presenter_);
  emit shown();
}

// The formula line, the symbolic form, the list and the counter.
// The formula line stays on at most three lines: long sums (a trained kernel's) get a smaller font.
// A cell written one term per line (the MLP's) keeps every line on its own row, sized by the longest.
// A sum too long for the room (always in presenter mode, else when it would take more than the
// formula's share of the height) is summarised: its first products, how many there are, and the
// result, at 24 px or more; the list and the handout keep every product.
void Board::showFormula(const TeachingStage& stage, const TeachingCell* cell) {
  QString formula = cell ? engineText(cell->formula) : QString();
  const int budget = int(window()->height() * 0.15) - 20;
  const int room = std::max(formulaLabel_->contentsRect().width(), width() - 40) - 24;  // minus the padding
  // A sum too long for the room is summarised: on a projector always, otherwise when even 18 px
  // needs more than the formula's share of the height (a trained 5×5 kernel's 25 products at
  // 720p). The list beside the board, the handout and the export keep every product.
  if (cell && cell->lines.empty()) {
    QFont smallest = formulaLabel_->font(), oneLine = formulaLabel_->font();
    smallest.setPixelSize(type_scale::px(18));
    oneLine.setPixelSize(type_scale::px(24));
    // In presenter mode a sum that takes a second line even at 24 px is summarised whatever its
    // length: a trained kernel's nine products (108 characters) on two lines at 40 px cost
    // from-network's 6×6 patch its 48 px cells.
    if (presenter_ && room > 200 && wrappedHeight(oneLine, room, formula) > QFontMetrics(oneLine).lineSpacing())
      formula = summarisedSum(formula, 0);
    else if (presenter_ || (room > 200 && wrappedHeight(smallest, room, formula) > std::max(budget, 64)))
      formula = summarisedSum(formula);
  }
  int longest = int(formula.size());
  if (cell && !cell->lines.empty()) {
    QStringList lines;
    longest = 0;
    for (const Phrase& line : cell->lines) {
      lines << engineText(line);
      longest = std::max(longest, int(lines.back().size()));
    }
    formula = lines.join('\n');
  }
  // The largest size at which the widest line fits the board (a projector's 1600 px included);
  // a trained kernel's 25 products need a smaller font still.
  // The formula's share of the height: 15 % of the window's, whatever the board's own height (which
  // the formula's height would otherwise feed back into). Lines shrink to fit it, then are paged.
  // Its minimum height asks for no more than that share of 720 px in normal mode, whose window must
  // fit a 720p projector.
  const int minimumBudget = presenter_ ? budget : std::min(budget, int(720 * 0.15) - 20);
  QFont font = formulaLabel_->font();
  const int start = longest <= 60 ? 40 : longest <= 110 ? 32 : longest <= 220 ? 24 : 18;
  font.setPixelSize(type_scale::px(start));
  if (room > 200 && cell && cell->lines.empty() && start > 24) {
    // A one-sum formula takes the largest size that keeps it on as few lines as 24 px would: a
    // second line at 40 px costs the grids the height of a row of 48 px cells (#23).
    auto lines = [&](int pixels) {
      font.setPixelSize(type_scale::px(pixels));
      return wrappedHeight(font, room, formula) / QFontMetrics(font).lineSpacing();
    };
    const int fewest = lines(24);
    int pixels = start;
    while (pixels > 24 && lines(pixels) > fewest) pixels -= 2;
    font.setPixelSize(type_scale::px(pixels));
  }
  if (room > 200 && cell && !cell->lines.empty())
    for (int pixels : {40, 36, 32, 30, 28, 26, 24, 22, 20, 18}) {
      font.setPixelSize(type_scale::px(pixels));
      const QFontMetrics metrics(font);
      int widest = 0;
      const QStringList lines = formula.split('\n');
      for (const QString& line : lines) widest = std::max(widest, metrics.horizontalAdvance(line));
      if (widest <= room && int(lines.size()) * metrics.lineSpacing() <= budget) break;
    }
  formulaLabel_->setFont(font);
  if (formulaShownFor_ != std::pair{view_.example, view_.step}) formulaPage_ = 0;
  formulaShownFor_ = {view_.example, view_.step};
  formulaPages_ = 1;
  fullFormula_ = formula;
  if (cell && !cell->lines.empty()) {
    const QStringList lines = formula.split('\n');
    const int lineHeight = QFontMetrics(font).lineSpacing();
    const int room = std::max(3 * lineHeight, budget);
    if (int(lines.size()) * lineHeight > room) {
      const int perPage = std::max(1, room / lineHeight - 1);  // one line for "lines 1–3 of 8"
      formulaPages_ = int((lines.size() + perPage - 1) / perPage);
      formulaPage_ = std::clamp(formulaPage_, 0, formulaPages_ - 1);
      const int first = formulaPage_ * perPage, last = std::min(int(lines.size()), first + perPage);
      formula = QStringList(lines.mid(first, last - first)).join('\n') + '\n' +
                tr("lines %1–%2 of %3 · Page Down: %4").arg(first + 1).arg(last).arg(lines.size())
                    .arg(formulaPage_ + 1 < formulaPages_ ? tr("more") : tr("next step"));
    }
  }
  formulaLabel_->setTextFormat(Qt::PlainText);
  if (cell) {
    formulaLabel_->setText(formula);
    symbolicLabel_->setText(cell->lines.empty() ? engineText(cell->symbolic) : QString());
  } else {
    formulaLabel_->setText(tr("Press Step ▶ to compute %1").arg(engineText(stage.cells.front().label)));
  }
  shownFormula_ = formulaLabel_->text();
  if (!cell) {
    symbolicLabel_->setText(stage.kernelRotated ? tr("Convolution first rotates the kernel by 180°: horizontal flip, then vertical flip")
                                                : QString());
  }
  // The formula takes the height its lines need and the grids the rest: a formula is never cut.
  const int needed = wrappedHeight(font, std::max(room, 200), formulaLabel_->text());
  formulaLabel_->setMinimumHeight(std::max(64, std::min(needed, std::max(minimumBudget, 64)) + 2 * 8 + 4));  // + padding
}

void Board::leftHovered(int row, int col) {
  lightTerm(row, col);
  if (row < 0) {
    resultGrid_->setLinked({});
    hoverLabel_->setText({});
    return;
  }
  const TeachingStage* stage = currentStage();
  if (!stage) return;
  QSet<QPoint> linked;
  QStringList labels;
  for (std::size_t i : cellsUsing(*stage, std::size_t(row), std::size_t(col))) {
    const TeachingCell& cell = stage->cells[i];
    if (stage->kind == StageKind::MaxPoolBackward) linked.insert(QPoint(int(cell.highlightCol), int(cell.highlightRow)));
    else for (const auto& [r, c] : cell.writes) linked.insert(QPoint(int(c), int(r)));
    labels << engineText(cell.label);
  }
  resultGrid_->setLinked(linked);
  const QString name = engineText(stage->leftName) + QString("(%1,%2) = %3").arg(row + 1).arg(col + 1)
                                                 .arg(qs(formatNumber(stage->left(std::size_t(row), std::size_t(col)))));
  hoverLabel_->setText(labels.isEmpty() ? tr("%1 is not used by any result").arg(name)
                                        : tr("%1 is used by %2").arg(name, labels.join(", ")));
  fitLines(hoverLabel_, 20, 16, false, 1);  // as the hint was: the grids do not move under the mouse
}

void Board::resultClicked(int row, int col) {
  std::size_t stageIndex = 0;
  const TeachingStage* stage = currentStage(&stageIndex);
  if (!stage) return;
  for (std::size_t i = 0; i < stage->cells.size(); ++i) {
    const TeachingCell& cell = stage->cells[i];
    const bool hit = stage->kind == StageKind::MaxPoolBackward
                         ? (long(row) == cell.highlightRow && long(col) == cell.highlightCol)
                         : (std::size_t(row) == cell.outputRow && std::size_t(col) == cell.outputCol);
    if (hit) {
      emit stepRequested(int(view_.example->stepOf(stageIndex, i)));
      return;
    }
  }
}

}  // namespace cnnlab
