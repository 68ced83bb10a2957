// Main window: tabs and the wiring between views.
#include "ui/main_window.hpp"

#include <QTabWidget>

#include "ui/concepts_view.hpp"
#include "ui/dashboard_view.hpp"
#include "ui/dataset_view.hpp"
#include "ui/designer_view.hpp"
#include "ui/draw_view.hpp"
#include "ui/stepper_view.hpp"

namespace cnnlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle("cnnlab — convolutional neural networks from scratch");
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  dashboard_ = new DashboardView(this);
  stepper_ = new StepperView(this);
  concepts_ = new ConceptsView(this);
  designer_ = new DesignerView(this);
  draw_ = new DrawView(this);
  datasets_ = new DatasetView(this);
  tabs_->addTab(dashboard_, tr("Train"));
  tabs_->addTab(stepper_, tr("Step through"));
  tabs_->addTab(concepts_, tr("Concepts"));
  tabs_->addTab(designer_, tr("Design"));
  tabs_->addTab(draw_, tr("Draw a digit"));
  tabs_->addTab(datasets_, tr("Data"));
  setCentralWidget(tabs_);
}

MainWindow::~MainWindow() = default;

bool MainWindow::showView(const QString& name) {
  if (name == "dashboard" || name == "kernels" || name == "feature-maps") {
    tabs_->setCurrentWidget(dashboard_);
    return dashboard_->showSection(name);
  }
  if (name == "stepper") tabs_->setCurrentWidget(stepper_);
  else if (name == "concepts") tabs_->setCurrentWidget(concepts_);
  else if (name == "designer") tabs_->setCurrentWidget(designer_);
  else if (name == "draw") tabs_->setCurrentWidget(draw_);
  else if (name == "data") tabs_->setCurrentWidget(datasets_);
  else return false;
  return true;
}

}  // namespace cnnlab
