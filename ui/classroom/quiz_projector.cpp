// The class quiz, painted for the projector (see quiz_projector.hpp).
#include "ui/classroom/quiz_projector.hpp"

#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "engine/teaching/correlation.hpp"
#include "engine/teaching/exercises.hpp"
#include "engine/translatable.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/palette.hpp"

namespace cnnlab {

namespace {

struct Grid {
  QString name;
  std::vector<std::vector<double>> rows;
};

std::vector<Grid> givensOf(const QJsonObject& q) {
  std::vector<Grid> grids;
  for (const QJsonValue& g : q.value("givens").toArray()) {
    Grid grid{g.toObject().value("name").toString(), {}};
    for (const QJsonValue& row : g.toObject().value("matrix").toArray()) {
      grid.rows.emplace_back();
      for (const QJsonValue& v : row.toArray()) grid.rows.back().push_back(v.toDouble());
    }
    grids.push_back(std::move(grid));
  }
  return grids;
}

QString shownNumber(double v) { return QString::fromStdString(formatNumber(v)); }

}  // namespace

QuizProjector::QuizProjector(ClassroomServer& server, QWidget* parent) : QWidget(parent, Qt::Window), server_(server) {
  setObjectName("quizProjector");
  setWindowTitle(tr("Quiz — cnnlab"));
  setAttribute(Qt::WA_DeleteOnClose, false);
  reveal_ = new QPushButton(tr("Reveal (R)"), this);
  reveal_->setObjectName("quizProjectorReveal");
  connect(reveal_, &QPushButton::clicked, this, [this] { server_.revealQuiz(); });
  connect(&server_, &ClassroomServer::quizChanged, this, qOverload<>(&QWidget::update));
  connect(&server_, &ClassroomServer::clientCountChanged, this, qOverload<>(&QWidget::update));
  connect(&tick_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
  tick_.start(500);
  resize(1280, 720);
}

QString QuizProjector::mistakeWords(const QString& name) {
  if (name == "right") return tr("right");
  if (name == "kernel_not_flipped") return tr("forgot to flip the kernel");
  if (name == "kernel_flipped") return tr("flipped the kernel (correlation does not)");
  if (name == "window_shifted") return tr("window one step off");
  if (name == "sign_error") return tr("lost a minus sign");
  if (name == "term_missing") return tr("left out a product");
  if (name == "wrong_extent") return tr("mixed up valid and full");
  return tr("other answers");
}

QString QuizProjector::exerciseWords(const QString& english) {
  // The texts of every level's exercise, by their English: none depends on the seed (the numbers are
  // in the givens), so one exercise per level has them all.
  static const std::map<std::string, Phrase> known = [] {
    std::map<std::string, Phrase> texts;
    const auto add = [&texts](const Phrase& text) { texts.emplace(text, text); };
    for (int level = kMinExerciseLevel; level <= kMaxExerciseLevel; ++level) {
      const Exercise exercise = generateExercise(level, 0);
      add(exercise.title);
      add(exercise.statement);
      for (const auto& [name, matrix] : exercise.givens) add(Phrase(name));
      for (const ExercisePart& part : exercise.parts) add(part.title);
    }
    return texts;
  }();
  const std::string text = english.toStdString();
  const auto found = known.find(text);
  return found != known.end() ? engineText(found->second) : engineText(text);
}

QString QuizProjector::countText() const {
  const ClassQuiz& quiz = server_.quiz();
  if (!quiz.hasQuestion()) return tr("No question yet");
  const int answered = int(quiz.answers().size());
  QString text = tr("%1 of %2 answered").arg(answered).arg(std::max(answered, server_.clientCount()));
  const QJsonObject q = quiz.questionJson(server_.quizClock());
  if (q.contains("answer")) return text + tr(" · revealed");
  if (!q.value("open").toBool()) return text + tr(" · closed");
  const double left = q.value("secondsLeft").toDouble();
  if (left >= 0) {
    const int s = int(std::ceil(left));
    text += tr(" · %1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
  }
  return text;
}

std::vector<std::pair<QString, double>> QuizProjector::sortedShares() const {
  const auto shares = server_.quiz().mistakeShares();
  std::vector<std::pair<QString, double>> sorted(shares.begin(), shares.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    if ((a.first == "right") != (b.first == "right")) return a.first == "right";
    return a.second > b.second;
  });
  return sorted;
}

QStringList QuizProjector::barTexts() const {
  QStringList lines;
  for (const auto& [name, share] : sortedShares()) lines << QStringLiteral("%1 %2 %").arg(mistakeWords(name)).arg(qRound(100 * share));
  return lines;
}

void QuizProjector::resizeEvent(QResizeEvent*) {
  QFont f = font();
  f.setPixelSize(std::max(18, height() / 30));
  f.setBold(true);
  reveal_->setFont(f);
  reveal_->adjustSize();
  reveal_->move(width() - reveal_->width() - height() / 40, height() - reveal_->height() - height() / 40);
}

void QuizProjector::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_R) server_.revealQuiz();
  else if (event->key() == Qt::Key_Escape) close();
  else QWidget::keyPressEvent(event);
}

void QuizProjector::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), Qt::white);
  const int H = height(), W = width(), margin = H / 30;
  smallestTextPx_ = 1 << 20;
  const auto fontOf = [&](int px, bool bold) {
    px = std::max(px, (H + 39) / 40);  // never under 1/40 of the screen
    smallestTextPx_ = std::min(smallestTextPx_, px);
    QFont f = font();
    f.setPixelSize(px);
    f.setBold(bold);
    p.setFont(f);
    return px;
  };
  const ClassQuiz& quiz = server_.quiz();
  reveal_->setEnabled(quiz.hasQuestion() && !quiz.questionJson(0).contains("answer"));
  int y = margin;
  if (!quiz.hasQuestion()) {
    fontOf(H / 16, true);
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No question yet: start one in Share with class."));
    return;
  }
  const QJsonObject q = quiz.questionJson(server_.quizClock());
  // The question: its title, then what to compute.
  int px = fontOf(H / 30, false);
  p.setPen(QColor(0x455a64));
  QRect box(margin, y, W - 2 * margin, 2 * px + px / 2);
  p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, exerciseWords(q.value("title").toString()), &box);
  y = box.bottom() + px / 2;
  px = fontOf(H / 18, true);
  p.setPen(Qt::black);
  box = QRect(margin, y, W - 2 * margin, 3 * px);
  p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap,
             tr("%1: what is %2[%3][%4]?").arg(exerciseWords(q.value("statement").toString()), q.value("resultName").toString())
                 .arg(q.value("row").toInt()).arg(q.value("col").toInt()), &box);
  y = box.bottom() + px / 2;

  // The givens, as large as the space allows (cells up to 1/8 of the height).
  const std::vector<Grid> grids = givensOf(q);
  const int gridTop = y, gridHeight = H * 2 / 5;
  int columns = 0, rowsMax = 1;
  for (const Grid& g : grids) {
    columns += g.rows.empty() ? 0 : int(g.rows[0].size());
    rowsMax = std::max(rowsMax, int(g.rows.size()));
  }
  const int gaps = int(grids.size()) + 1;
  const int captionPx = std::max(H / 28, (H + 39) / 40);
  int cell = std::min({H / 8, (gridHeight - captionPx * 2) / rowsMax, (W - 2 * margin - gaps * H / 20) / std::max(columns, 1)});
  cell = std::max(cell, H / 20);
  int x = margin;
  for (const Grid& g : grids) {
    const int cols = g.rows.empty() ? 0 : int(g.rows[0].size());
    fontOf(captionPx, true);
    p.setPen(Qt::black);
    p.drawText(QRect(x, gridTop, std::max(cols * cell, 4 * captionPx), captionPx * 3 / 2), Qt::AlignLeft | Qt::AlignVCenter,
               exerciseWords(g.name));
    fontOf(std::min(cell * 2 / 5, H / 16), false);
    for (int r = 0; r < int(g.rows.size()); ++r)
      for (int c = 0; c < cols; ++c) {
        const QRect rc(x + c * cell, gridTop + captionPx * 3 / 2 + r * cell, cell, cell);
        p.setPen(QPen(QColor(0x334155), std::max(2, H / 360)));
        p.drawRect(rc);
        p.drawText(rc, Qt::AlignCenter, shownNumber(g.rows[std::size_t(r)][std::size_t(c)]).replace('-', QChar(0x2212)));
      }
    x += std::max(cols * cell, 4 * captionPx) + H / 20;
  }
  y = gridTop + captionPx * 3 / 2 + rowsMax * cell + H / 40;

  // The count and the clock, then the bars in words.
  px = fontOf(H / 22, true);
  p.setPen(Qt::black);
  p.drawText(QRect(margin, y, W - 2 * margin, px * 3 / 2), Qt::AlignLeft | Qt::AlignVCenter, countText());
  y += px * 3 / 2 + H / 60;
  if (q.contains("answer")) {
    // Revealed: the worked formula, as the notes write it.
    px = fontOf(H / 18, true);
    const QString formula = q.value("formula").toString().isEmpty()
                                ? QStringLiteral("%1[%2][%3] = %4").arg(q.value("resultName").toString()).arg(q.value("row").toInt())
                                      .arg(q.value("col").toInt()).arg(shownNumber(q.value("answer").toDouble()))
                                : q.value("formula").toString();
    QRect band(margin, y, W - 2 * margin, px * 2);
    p.fillRect(band, QColor(0xfef9c3));
    p.drawText(band.adjusted(px / 2, 0, -px / 2, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, formula);
    y = band.bottom() + H / 60;
  }
  const auto sorted = sortedShares();
  px = fontOf(H / 32, false);
  const int barHeight = px * 3 / 2, labelWidth = W * 2 / 5;
  for (std::size_t i = 0; i < sorted.size() && y + barHeight < H - margin - reveal_->height(); ++i) {
    const bool right = sorted[i].first == "right";
    // Right or wrong is said by the mark and the words as well as the colour.
    p.setPen(Qt::black);
    p.drawText(QRect(margin, y, labelWidth, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
               (right ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + mistakeWords(sorted[i].first));
    const int full = W - 2 * margin - labelWidth - 4 * px;
    p.fillRect(QRect(margin + labelWidth, y + barHeight / 6, int(full * sorted[i].second), barHeight * 2 / 3),
               QColor(right ? palette::kRight : palette::kError));
    p.drawText(QRect(margin + labelWidth + int(full * sorted[i].second) + px / 2, y, 4 * px, barHeight),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(qRound(100 * sorted[i].second)));
    y += barHeight + px / 3;
  }
  if (sorted.empty()) {
    p.setPen(QColor(0x455a64));
    p.drawText(QRect(margin, y, W - 2 * margin, barHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("The answers appear here as they come in."));
  }
}

}  // namespace cnnlab
