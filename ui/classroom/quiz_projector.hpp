// The class quiz on the projector (#24): the question and every given large, a live count ("12 of
// 25 answered"), a countdown, bars labelled in words ("forgot to flip the kernel 40 %"), and after
// Reveal the worked formula. Everything is painted to the window's size: no text is smaller than
// 1/40 of its height, so the back row reads it at 720p and at 1080p alike. R reveals, Esc closes.
#pragma once

#include <QTimer>
#include <QWidget>

#include <utility>
#include <vector>

class QPushButton;

namespace cnnlab {

class ClassroomServer;

class QuizProjector : public QWidget {
  Q_OBJECT

 public:
  explicit QuizProjector(ClassroomServer& server, QWidget* parent = nullptr);

  // What the view says, for tests and for screen readers: "3 of 8 answered · 0:20 left".
  QString countText() const;
  // One line per bar: "forgot to flip the kernel 38 %", the right answers first.
  QStringList barTexts() const;
  // The smallest text the last paint drew, in pixels (the room's type-scale check).
  int smallestTextPx() const { return smallestTextPx_; }

  // A mistake as the room says it: "forgot to flip the kernel".
  static QString mistakeWords(const QString& name);
  // An exercise's title, statement or given's name as the quiz's JSON carries it (the engine's
  // English, which every page reads) in the application's language: a text of the generated
  // exercises is translated as the engine made it, template and values (ui/i18n/engine_text.hpp);
  // any other is looked up whole.
  static QString exerciseWords(const QString& english);

 protected:
  void paintEvent(QPaintEvent*) override;
  void keyPressEvent(QKeyEvent* event) override;
  void resizeEvent(QResizeEvent*) override;

 private:
  std::vector<std::pair<QString, double>> sortedShares() const;  // right first, then by share

  ClassroomServer& server_;
  QPushButton* reveal_;
  QTimer tick_;  // the countdown
  int smallestTextPx_ = 0;
};

}  // namespace cnnlab
