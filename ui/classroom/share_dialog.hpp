// File ▸ Share with class…: starts the classroom server and shows its address and join code big
// enough to read from the back of the room, with a live count of the students connected. The
// menu entry's second click (or Stop sharing) stops it.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cnnlab {

class ClassroomServer;
class TrainingSession;

class ShareDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ShareDialog(TrainingSession& session, QWidget* parent = nullptr);
  ~ShareDialog() override;

  bool isSharing() const;
  ClassroomServer& server() { return *server_; }

 public slots:
  void toggle();         // start sharing and show, or stop sharing and hide
  bool startSharing();   // false (with the reason shown) when the port cannot be opened
  void stopSharing();

 signals:
  void sharingChanged(bool sharing);

 private:
  void refresh();
  void refreshPractice();

  TrainingSession& session_;
  ClassroomServer* server_;
  QLabel* qr_ = nullptr;  // the join address with its code, as a QR code
  QLabel* address_;
  QLabel* code_;
  QLabel* count_;
  QLabel* practice_;  // how many practise on their phones, and the class's most common mistake
  QLabel* note_;
  QCheckBox* network_;
  QPushButton* stop_;
  QPushButton* drawings_;
  class ClassDrawingsView* drawingsView_ = nullptr;  // made on the first Class drawings…
};

}  // namespace cnnlab
