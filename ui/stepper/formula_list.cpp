#include "ui/stepper/formula_list.hpp"

#include "ui/i18n/engine_text.hpp"
#include "ui/stepper/board.hpp"

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace cnnlab {

namespace {

// Draws each row's drawnText: sizing asks the same option, so the rows are as tall as drawn.
class DrawnTextDelegate : public QStyledItemDelegate {
 public:
  using QStyledItemDelegate::QStyledItemDelegate;

 protected:
  void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = FormulaList::drawnText(option->text);
  }
};

}  // namespace

FormulaList::FormulaList(QWidget* parent) : QListWidget(parent) {
  setObjectName("formulas");
  setPixelFont(this, 19);
  setMaximumWidth(430);
  setMinimumWidth(200);  // the window still fits a 1280-pixel projector, with the matrix fields' grid buttons
  setWordWrap(true);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // it wraps: a line never needs a sideways scroll
  setItemDelegate(new DrawnTextDelegate(this));
  // A click, or Enter on the row the arrow keys reached (asking twice for a step is harmless).
  auto jump = [this](QListWidgetItem* item) {
    if (const int step = item->data(Qt::UserRole).toInt(); step > 0) emit stepRequested(step);
  };
  connect(this, &QListWidget::itemClicked, this, jump);
  connect(this, &QListWidget::itemActivated, this, jump);
}

void FormulaList::setExample(const TeachingExample& example) {
  clear();
  for (std::size_t s = 0; s < example.stages.size(); ++s) {
    const TeachingStage& stage = example.stages[s];
    auto* header = new QListWidgetItem(QString("%1. %2").arg(s + 1).arg(engineText(stage.title)));
    QFont bold = font();
    bold.setBold(true);
    header->setFont(bold);
    header->setForeground(QColor(0x0d47a1));
    header->setData(Qt::UserRole, int(example.stepOf(s, 0)));
    addItem(header);
    for (std::size_t c = 0; c < stage.cells.size(); ++c) {
      auto* row = new QListWidgetItem;
      row->setData(Qt::UserRole, int(example.stepOf(s, c)));
      addItem(row);
    }
  }
}

void FormulaList::showStep(const TeachingExample& example, int step, bool asking) {
  int row = 0;
  for (std::size_t s = 0; s < example.stages.size(); ++s) {
    ++row;  // the stage header
    for (std::size_t c = 0; c < example.stages[s].cells.size(); ++c, ++row) {
      QListWidgetItem* line = item(row);
      if (!line) continue;
      const int lineStep = int(example.stepOf(s, c));
      const TeachingCell& cell = example.stages[s].cells[c];
      const bool done = lineStep < step || (lineStep == step && !asking);
      line->setText(done ? engineText(cell.formula) : engineText(cell.label) + " = …");
      line->setForeground(done ? QColor(0x212121) : QColor(0x9e9e9e));
      line->setBackground(lineStep == step ? QColor(0xc5cae9) : QColor(Qt::transparent));
      if (lineStep == step) scrollToItem(line);
    }
  }
}

// The list's item views wrap a line anywhere once a word does not fit, and Qt's line breaking
// allows a break after a decimal point: "0.5×(−0." | "5)". Word joiners hold each number together;
// a long sum wraps at its spaces, a long product after its × (German's narrower list scrolled
// sideways without that).
QString FormulaList::drawnText(QString text) {
  static const QRegularExpression inside(QString::fromUtf8("(?<=[0-9−.])(?=[0-9.])"));
  text.replace(inside, QString(QChar(0x2060)));
  return text.replace(QString::fromUtf8("×"), QString::fromUtf8("×\u200B")).replace("/", QString::fromUtf8("/\u200B"));
}

}  // namespace cnnlab
