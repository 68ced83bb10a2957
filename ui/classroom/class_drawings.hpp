// The class's drawings on the projector (#24, the second notes' web application): every picture
// the students drew on the page's Draw tab, with what the teacher's network says it is now and
// which digit the student meant. The teacher hides any drawing with a click, adds the labelled ones
// to the training data with one button (then trains, and watches the class's own digits move in
// the table of meant against said), and exports them as an image folder cnnlab reads back.
#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace cnnlab {

class ClassroomServer;
class TrainingSession;
struct ClassDrawing;

class ClassDrawingsView : public QWidget {
  Q_OBJECT

 public:
  ClassDrawingsView(ClassroomServer& server, TrainingSession& session, QWidget* parent = nullptr);

  // "12 drawings · 8 say which digit they are: 6 of them right (75 %)".
  QString summary() const;
  // Meant (rows) against what the network says (columns), over the visible drawings that say what
  // they are; labels() names both.
  const std::vector<std::vector<int>>& confusion() const { return confusion_; }
  const QStringList& labels() const { return labels_; }
  int visibleCount() const { return int(tiles_.size()); }

  // The visible drawings that say what they are, into the session's training data. False, with a
  // reason, when there are none or the network is a served model file.
  bool addToTrainingData(QString* error = nullptr);
  // DIR/<class>/drawing-<id>.png (28 × 28 grey, as the network saw it), each written atomically.
  bool exportFolder(const QString& directory, QString* error = nullptr) const;

 protected:
  void paintEvent(QPaintEvent*) override;
  void mousePressEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent*) override;
  void showEvent(QShowEvent*) override;

 private:
  struct Tile {
    int id;
    QImage image;
    QString says, meant;
    bool right;
    QRect rect;
  };
  void refresh();   // re-predicts every drawing with the current network
  void layoutTiles();

  ClassroomServer& server_;
  TrainingSession& session_;
  std::vector<Tile> tiles_;
  std::vector<std::vector<int>> confusion_;
  QStringList labels_;
  int hidden_ = 0;
  QPushButton *add_, *export_, *unhide_;
  QLabel* summary_;
};

}  // namespace cnnlab
