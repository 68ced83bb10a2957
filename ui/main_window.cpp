// Main window: tabs, menus, status bar and the wiring between views.
#include "ui/main_window.hpp"
#include "ui/app_style.hpp"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include "ui/accessibility/keyboard_help_dialog.hpp"
#include "ui/classroom/share_dialog.hpp"
#include "ui/current_page_size.hpp"
#include "ui/concepts/concepts_view.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/data/dataset_view.hpp"
#include "ui/designer/designer_view.hpp"
#include "ui/draw/draw_view.hpp"
#include "ui/experiments/compare_view.hpp"
#include "ui/experiments/profile_view.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/type_scale.hpp"

namespace cnnlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), session_(std::make_unique<TrainingSession>()) {
  installAppStyle();  // before any widget: combo boxes elide what does not fit
  setWindowTitle(tr("cnnlab — convolutional neural networks from scratch"));
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  dashboard_ = new DashboardView(*session_, this);
  stepper_ = new StepperView(*session_, this);
  concepts_ = new ConceptsView(this);
  designer_ = new DesignerView(*session_, this);
  draw_ = new DrawView(*session_, this);
  datasets_ = new DatasetView(*session_, this);
  tabs_->addTab(dashboard_, tr("Train"));
  tabs_->addTab(stepper_, tr("Step through"));
  tabs_->addTab(concepts_, tr("Concepts"));
  tabs_->addTab(designer_, tr("Design"));
  tabs_->addTab(draw_, tr("Draw a digit"));
  tabs_->addTab(datasets_, tr("Data"));
  compare_ = new CompareView(this);
  efficiency_ = new ProfileView(this);
  tabs_->addTab(compare_, tr("Compare"));
  tabs_->addTab(efficiency_, tr("Efficiency"));
  setCentralWidget(tabs_);
  sizeByCurrentPage(tabs_);
  // Each page is named as its tab, for a screen reader (the dashboard itself takes the focus: Space, →).
  for (int t = 0; t < tabs_->count(); ++t)
    if (tabs_->widget(t)->accessibleName().isEmpty()) tabs_->widget(t)->setAccessibleName(tabs_->tabText(t));
  // The tab names and the status line are read from the back of a classroom: bigger and bolder.
  tabs_->tabBar()->setStyleSheet("QTabBar::tab { padding: 3px 18px; }");
  type_scale::setTextPixels(tabs_->tabBar(), 20, true);

  status_ = new QLabel(this);
  type_scale::setTextPixels(status_, 17);
  status_->setObjectName("trainingStatus");
  statusBar()->addPermanentWidget(status_, 1);
  status_->setText(dashboard_->statusText());
  connect(dashboard_, &DashboardView::statusChanged, status_, &QLabel::setText);
  // Presenter mode is the whole window's: the dashboard's switch, F5 and --presenter all end here.
  // One type scale for every tab, menu and dialog (ui/type_scale.hpp), sized by the window's height.
  connect(dashboard_, &DashboardView::presenterModeChanged, this, &MainWindow::applyTypeScale);
  connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::focusCurrentTab);
  // The tabs never reach each other: they ask, and the window wires.
  connect(designer_, &DesignerView::showViewRequested, this, &MainWindow::showView);
  connect(datasets_, &DatasetView::showViewRequested, this, &MainWindow::showView);
  connect(draw_, &DrawView::drawingOffered, this, [this](const arma::fmat& image, int label) {
    QString message;
    const bool added = datasets_->addDrawing(image, label, &message);
    draw_->showDrawingResult(added, message);
  });
  buildMenus();
  type_scale::apply(false, height());  // plots' normal sizes are recorded before a saved presenter mode
  restoreSettings();
  focusTab();  // the first key goes to the tab (Space starts training), not to the tab bar
}

MainWindow::~MainWindow() {
  if (type_scale::presenter()) type_scale::apply(false, height());  // the application's font is not ours alone
  delete takeCentralWidget();  // the tabs hold references to the session: they go first
  delete share_;               // so does the classroom server
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Save model…"), QKeySequence::Save, dashboard_, &DashboardView::saveModelWithDialog);
  file->addAction(tr("&Load model…"), QKeySequence::Open, dashboard_, &DashboardView::loadModelWithDialog);
  file->addSeparator();
  file->addAction(tr("&Export current view (PNG, SVG, PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_E), dashboard_,
                  &DashboardView::exportViewWithDialog);
  file->addAction(tr("Export &metrics as CSV…"), dashboard_, &DashboardView::exportMetricsWithDialog);
  file->addSeparator();
  share_ = new ShareDialog(*session_, this);  // a second click stops sharing
  QAction* share = file->addAction(tr("S&hare with class…"), share_, &ShareDialog::toggle);
  share->setCheckable(true);
  share->setObjectName("shareWithClass");
  connect(share_, &ShareDialog::sharingChanged, share, &QAction::setChecked);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* presenter = view->addAction(tr("&Presenter mode"));
  presenter->setCheckable(true);
  presenter->setShortcut(QKeySequence(Qt::Key_F5));
  connect(presenter, &QAction::toggled, dashboard_, &DashboardView::setPresenterMode);
  connect(view, &QMenu::aboutToShow, presenter, [this, presenter] {
    const QSignalBlocker block(presenter);
    presenter->setChecked(dashboard_->presenterMode());
  });
  view->addSeparator();
  const std::pair<const char*, const char*> sections[] = {
      {"dashboard", QT_TR_NOOP("Training &dashboard")}, {"kernels", QT_TR_NOOP("&Kernels")},
      {"feature-maps", QT_TR_NOOP("&Feature maps")},    {"predictions", QT_TR_NOOP("P&redictions")},
      {"health", QT_TR_NOOP("&Health")}};
  for (const auto& [name, label] : sections) {
    const QString key = name;
    view->addAction(tr(label), this, [this, key] { showView(key); });
  }
  // The Train tab's buttons from the menu bar (Alt+T): on the dashboard, Space and → belong to its
  // own shortcuts (start or pause, one batch), so a focused button there cannot be pressed with Space.
  QMenu* training = menuBar()->addMenu(tr("&Training"));
  const std::pair<QString, void (DashboardView::*)()> commands[] = {
      {tr("&Start, pause or resume\tSpace"), &DashboardView::startOrPause},
      {tr("S&top"), &DashboardView::stop},
      {tr("&Reset to new weights"), &DashboardView::reset},
      {tr("Train one s&ample"), &DashboardView::stepSample},
      {tr("Train one &batch\t→"), &DashboardView::stepBatch},
      {tr("Train to the end of the &epoch"), &DashboardView::stepEpoch}};
  for (const auto& [text, command] : commands) training->addAction(text, dashboard_, command);

  // Every tab from the keyboard: Ctrl+1 is Train, Ctrl+2 Step through, … in the tabs' order.
  view->addSeparator();
  QMenu* go = view->addMenu(tr("&Go to tab"));
  for (int t = 0; t < tabs_->count() && t < 9; ++t) {
    QAction* action = go->addAction(tabs_->tabText(t), this, [this, t] {
      tabs_->setCurrentIndex(t);
      focusTab();  // into the tab, even from the tab bar: the student asked for it
    });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + t)));
    action->setObjectName(QString("goToTab%1").arg(t + 1));
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* keyboard = help->addAction(tr("&Keyboard…"), QKeySequence::HelpContents, this, &MainWindow::showKeyboardHelp);
  keyboard->setObjectName("keyboardHelp");
}

void MainWindow::showKeyboardHelp() {
  if (!keyboardHelp_) keyboardHelp_ = new KeyboardHelpDialog(this);
  keyboardHelp_->show();
  keyboardHelp_->raise();
  keyboardHelp_->activateWindow();
}

// A tab shown lets the keyboard in, unless the focus is on the tab bar: there the arrows go on
// choosing tabs, and → would otherwise train a batch on the way past Train.
void MainWindow::focusCurrentTab() {
  if (focusWidget() != tabs_->tabBar()) focusTab();
}

// The keyboard lands in the tab shown: on Train the dashboard itself (Space and → at once), on any
// other tab its first control.
void MainWindow::focusTab() {
  QWidget* page = tabs_->currentWidget();
  const QWidget* focused = focusWidget();  // the window's, also while another window is active
  if (!page) return;
  if (page == dashboard_) {
    dashboard_->setFocus(Qt::TabFocusReason);
    return;
  }
  if (focused && page->isAncestorOf(focused)) return;  // already there (the stack moved it)
  for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
    if (!page->isAncestorOf(w)) continue;
    if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(page) && w->isEnabled() && !w->focusProxy()) {
      w->setFocus(Qt::TabFocusReason);
      return;
    }
  }
}

bool MainWindow::showView(const QString& name) {
  if (name == "dashboard" || name == "kernels" || name == "feature-maps" || name == "predictions" || name == "health") {
    tabs_->setCurrentWidget(dashboard_);
    return dashboard_->showSection(name);
  }
  if (name.startsWith("concepts-")) {  // concepts-jacobian, concepts-errata: one page of Concepts
    tabs_->setCurrentWidget(concepts_);
    return concepts_->showPage(name.mid(9));
  }
  if (name == "stepper") tabs_->setCurrentWidget(stepper_);
  else if (name == "concepts") tabs_->setCurrentWidget(concepts_);
  else if (name == "designer") tabs_->setCurrentWidget(designer_);
  else if (name == "draw") tabs_->setCurrentWidget(draw_);
  else if (name == "data") tabs_->setCurrentWidget(datasets_);
  else if (name == "compare") tabs_->setCurrentWidget(compare_);
  else if (name == "efficiency") tabs_->setCurrentWidget(efficiency_);
  else return false;
  return true;
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  settings.setValue("window/tab", tabs_->currentIndex());
  dashboard_->saveSettings(settings);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  const QRect available = screen()->availableGeometry();
  if (restoreGeometry(settings.value("window/geometry").toByteArray())) {
    // Saved on a larger screen (a laptop's), restored on a projector: keep it all visible.
    if (!isMaximized() && !isFullScreen()) setGeometry(clampedToScreen(geometry(), available));
  } else if (available.width() < kPreferredSize.width() || available.height() < kPreferredSize.height()) {
    setGeometry(available);
    setWindowState(windowState() | Qt::WindowMaximized);
  } else {
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, kPreferredSize, available));
  }
  restoreState(settings.value("window/state").toByteArray());
  tabs_->setCurrentIndex(std::clamp(settings.value("window/tab", 0).toInt(), 0, tabs_->count() - 1));
  dashboard_->restoreSettings(settings);
}

QRect MainWindow::clampedToScreen(QRect geometry, const QRect& available) {
  geometry.setSize(geometry.size().boundedTo(available.size()));
  geometry.moveLeft(std::clamp(geometry.left(), available.left(), available.right() + 1 - geometry.width()));
  geometry.moveTop(std::clamp(geometry.top(), available.top(), available.bottom() + 1 - geometry.height()));
  return geometry;
}

// The dashboard's switch has applied the type scale to the whole app at this window's height; the
// stepper's board lays itself out for it.
void MainWindow::applyTypeScale(bool presenter) { stepper_->setPresenterMode(presenter); }

// Presenter sizes follow the window's height: a 1080p projector gets text half as large again as a
// 720p one. Every view restyles from the type scale (the dashboard's plots through its notifier).
void MainWindow::resizeEvent(QResizeEvent* event) {
  QMainWindow::resizeEvent(event);
  const int before = type_scale::windowHeight();
  type_scale::setWindowHeight(height());
  if (type_scale::presenter() && height() != before) {
    type_scale::apply(true, height());
    stepper_->setPresenterMode(true);
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  QMainWindow::closeEvent(event);
}

}  // namespace cnnlab
