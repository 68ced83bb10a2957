// The teacher's side of the class quiz (#17), in the Share with class dialog: start a generated
// question (level, seed, optional timer) on every page, watch the answers' histogram and the share
// of each diagnosed mistake live, close it, Reveal the solution, export the results as CSV.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace cnnlab {

class ClassroomServer;

// The answers as bars: one per distinct value, green when right, red when wrong.
class QuizHistogram : public QWidget {
  Q_OBJECT

 public:
  explicit QuizHistogram(const ClassroomServer& server, QWidget* parent = nullptr);
  QSize sizeHint() const override { return {520, 200}; }

 protected:
  void paintEvent(QPaintEvent*) override;

 private:
  const ClassroomServer& server_;
};

class QuizPanel : public QWidget {
  Q_OBJECT

 public:
  explicit QuizPanel(ClassroomServer& server, QWidget* parent = nullptr);

  void startQuestion();  // from the level, seed and timer fields; cell (0, 0) of the first part
  QString sharesText() const;
  bool exportCsv(const QString& file, QString* error = nullptr) const;

 private:
  void refresh();

  ClassroomServer& server_;
  QSpinBox *level_, *seed_, *seconds_;
  QPushButton *start_, *close_, *reveal_, *export_, *project_;
  class QuizProjector* projector_ = nullptr;  // made on the first Project…
  QLabel* question_;
  QLabel* shares_;
  QuizHistogram* histogram_;
};

}  // namespace cnnlab
