// The main window: one tab per way of learning (train, step through, concepts, design, draw, data),
// a menu for files and presenter mode, a status bar, and the layout remembered between runs. It
// creates the one TrainingSession and hands it to every tab; it alone wires tabs to each other.
// Ctrl+1 … Ctrl+8 go to the tabs, and Help ▸ Keyboard (F1) lists every key the app answers.
#pragma once

#include <QMainWindow>
#include <QRect>
#include <memory>

class QLabel;
class QTabWidget;

namespace cnnlab {

class DashboardView;
class StepperView;
class ConceptsView;
class DesignerView;
class DrawView;
class DatasetView;
class TrainingSession;
class ShareDialog;
class CompareView;
class ProfileView;
class KeyboardHelpDialog;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Shows a view by its command-line name: dashboard, kernels, feature-maps, predictions, health, stepper,
  // concepts (or concepts-PAGE: concepts-jacobian, concepts-errata, …), designer, draw, data.
  // Returns false for an unknown name.
  bool showView(const QString& name);

  TrainingSession& session() const { return *session_; }
  DashboardView* dashboard() const { return dashboard_; }
  StepperView* stepper() const { return stepper_; }
  CompareView* compare() const { return compare_; }
  ConceptsView* concepts() const { return concepts_; }
  DesignerView* designer() const { return designer_; }
  DrawView* draw() const { return draw_; }
  DatasetView* datasets() const { return datasets_; }
  QTabWidget* tabs() const { return tabs_; }
  QLabel* statusLabel() const { return status_; }

  // Help ▸ Keyboard… (F1): the shortcuts, in a dialog that stays open beside the window.
  void showKeyboardHelp();
  KeyboardHelpDialog* keyboardHelp() const { return keyboardHelp_; }  // null until first shown

  // Window geometry, the open tab and the dashboard's settings (QSettings, organization "cnnlab").
  // The first start opens at kPreferredSize on the available screen, maximised when the screen is
  // smaller; later starts restore the saved geometry, clamped to the screen the window is on now.
  void saveSettings() const;
  void restoreSettings();
  static constexpr QSize kPreferredSize{1600, 1000};
  // geometry moved and, if need be, shrunk to lie inside available (a screen's available area).
  static QRect clampedToScreen(QRect geometry, const QRect& available);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void buildMenus();
  void applyTypeScale(bool presenter);
  void focusCurrentTab();  // after a tab change
  void focusTab();         // the keyboard into the tab shown

  std::unique_ptr<TrainingSession> session_;  // outlives the tabs: ~MainWindow deletes them first
  QTabWidget* tabs_ = nullptr;
  DashboardView* dashboard_ = nullptr;
  StepperView* stepper_ = nullptr;
  ConceptsView* concepts_ = nullptr;
  DesignerView* designer_ = nullptr;
  DrawView* draw_ = nullptr;
  DatasetView* datasets_ = nullptr;
  CompareView* compare_ = nullptr;
  ProfileView* efficiency_ = nullptr;
  ShareDialog* share_ = nullptr;  // File ▸ Share with class…: the classroom server
  KeyboardHelpDialog* keyboardHelp_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace cnnlab
