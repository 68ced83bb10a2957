// The teacher's quiz controls, live histogram and mistake shares (see quiz_panel.hpp).
#include "ui/classroom/quiz_panel.hpp"
#include "ui/palette.hpp"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/teaching/correlation.hpp"
#include "engine/teaching/exercises.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/quiz_projector.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

namespace {

// A diagnosed mistake's name ("kernel_not_flipped", mistakeName) as the teacher reads it: "kernel not flipped".
QString spokenMistake(const QString& name) {
  if (name == "right") return QuizPanel::tr("right");
  if (name == "kernel_not_flipped") return QuizPanel::tr("kernel not flipped");
  if (name == "kernel_flipped") return QuizPanel::tr("kernel flipped");
  if (name == "window_shifted") return QuizPanel::tr("window shifted");
  if (name == "sign_error") return QuizPanel::tr("sign error");
  if (name == "term_missing") return QuizPanel::tr("term missing");
  if (name == "wrong_extent") return QuizPanel::tr("wrong extent");
  if (name == "unknown") return QuizPanel::tr("unknown");
  return QString(name).replace('_', ' ');
}

}  // namespace

QuizHistogram::QuizHistogram(const ClassroomServer& server, QWidget* parent) : QWidget(parent), server_(server) {
  setObjectName("quizHistogram");
  setMinimumHeight(160);
}

void QuizHistogram::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::white);
  const ClassQuiz& quiz = server_.quiz();
  const auto histogram = quiz.histogram();
  if (histogram.empty()) {
    p.setPen(QColor(0x607d8b));
    p.drawText(rect(), Qt::AlignCenter, tr("The answers appear here as they come in."));
    return;
  }
  int most = 1;
  for (const auto& [value, count] : histogram) most = std::max(most, count);
  const int n = int(histogram.size());
  const int label = 24, top = 20;
  const double width = double(this->width()) / n;
  int i = 0;
  for (const auto& [value, count] : histogram) {
    const bool right = withinTolerance(value, quiz.expected());
    const int h = int((height() - label - top) * double(count) / most);
    const QRectF bar(i * width + 4, height() - label - h, width - 8, h);
    p.fillRect(bar, QColor(right ? palette::kRight : palette::kError));
    p.setPen(Qt::black);
    // The right answer is marked as well as coloured: green against red alone is lost on a deuteranope.
    p.drawText(QRectF(i * width, height() - label, width, label), Qt::AlignCenter,
               QString::fromStdString(formatNumber(value)) + (right ? QString::fromUtf8(" ✓") : QString()));
    p.drawText(QRectF(i * width, bar.top() - top, width, top), Qt::AlignCenter, QString::number(count));
    ++i;
  }
}

QuizPanel::QuizPanel(ClassroomServer& server, QWidget* parent) : QWidget(parent), server_(server) {
  setObjectName("quizPanel");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* controls = new QHBoxLayout;
  auto spin = [&](const QString& name, const QString& prefix, int lo, int hi, int value) {
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(lo, hi);
    box->setValue(value);
    box->setPrefix(prefix);
    controls->addWidget(box);
    return box;
  };
  level_ = spin("quizLevel", tr("level "), kMinExerciseLevel, kMaxExerciseLevel, 4);
  seed_ = spin("quizSeed", tr("seed "), 0, 1000000, 1);
  seconds_ = spin("quizSeconds", tr("timer "), 0, 3600, 0);
  seconds_->setSuffix(tr(" s"));
  seconds_->setSpecialValueText(tr("no timer"));
  auto button = [&](const QString& text, const QString& name) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    controls->addWidget(b);
    return b;
  };
  start_ = button(tr("Start question"), "quizStart");
  close_ = button(tr("Close"), "quizClose");
  reveal_ = button(tr("Reveal"), "quizReveal");
  export_ = button(tr("Export CSV…"), "quizExport");
  project_ = button(tr("Project…"), "quizProject");
  layout->addLayout(controls);
  question_ = new QLabel;
  question_->setObjectName("quizQuestion");
  question_->setWordWrap(true);
  question_->setTextFormat(Qt::PlainText);
  layout->addWidget(question_);
  histogram_ = new QuizHistogram(server_);
  layout->addWidget(histogram_, 1);
  shares_ = new QLabel;
  shares_->setObjectName("quizShares");
  shares_->setWordWrap(true);
  shares_->setTextFormat(Qt::PlainText);
  layout->addWidget(shares_);

  connect(start_, &QPushButton::clicked, this, &QuizPanel::startQuestion);
  connect(close_, &QPushButton::clicked, this, [this] { server_.closeQuiz(); });
  connect(reveal_, &QPushButton::clicked, this, [this] { server_.revealQuiz(); });
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the quiz results"), "quiz.csv", tr("CSV (*.csv)"));
    if (!file.isEmpty()) exportCsv(file);
  });
  connect(project_, &QPushButton::clicked, this, [this] {
    // The room's view of the question: large, with the count, the clock and the bars in words.
    if (!projector_) projector_ = new QuizProjector(server_, this);
    projector_->showMaximized();
    projector_->raise();
  });
  connect(&server_, &ClassroomServer::quizChanged, this, &QuizPanel::refresh);
  refresh();
}

void QuizPanel::startQuestion() {
  const Exercise exercise = generateExercise(level_->value(), std::uint64_t(seed_->value()));
  server_.startQuiz(exercise, 0, 0, qint64(seconds_->value()) * 1000);
}

QString QuizPanel::sharesText() const {
  QStringList parts;
  for (const auto& [name, share] : server_.quiz().mistakeShares())
    parts << QString("%1 %2 %").arg(spokenMistake(name)).arg(qRound(100 * share));
  return parts.isEmpty() ? tr("No answers yet.")
                         : tr("%1 answers: %2").arg(server_.quiz().answers().size()).arg(parts.join(" · "));
}

bool QuizPanel::exportCsv(const QString& file, QString* error) const {
  return PlotExport::writeFile(file, server_.quiz().csv(), error);  // atomic: the old file stays whole on failure
}

void QuizPanel::refresh() {
  const ClassQuiz& quiz = server_.quiz();
  const bool has = quiz.hasQuestion();
  close_->setEnabled(has);
  reveal_->setEnabled(has);
  export_->setEnabled(has);
  if (has) {
    const QJsonObject q = quiz.questionJson(0);
    // The teacher's screen may be the projector: the answer shows only after Reveal.
    QString text = tr("Question %1: %2 — cell [%3][%4]")
                       .arg(quiz.questionId())
                       .arg(QuizProjector::exerciseWords(q.value("statement").toString()))
                       .arg(q.value("row").toInt())
                       .arg(q.value("col").toInt());
    if (q.contains("answer")) text += tr("; answer %1").arg(QString::fromStdString(formatNumber(quiz.expected())));
    else if (!quiz.isOpen(server_.quizClock())) text += tr(" (closed)");
    question_->setText(text);
  } else {
    question_->setText(tr("Pick a level and start a question: every connected page shows it."));
  }
  shares_->setText(sharesText());
  histogram_->update();
}

}  // namespace cnnlab
