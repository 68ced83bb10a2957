// The main window: one tab per way of learning (train, step through, concepts, design, draw, data).
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace cnnlab {

class DashboardView;
class StepperView;
class ConceptsView;
class DesignerView;
class DrawView;
class DatasetView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Shows a view by its command-line name: dashboard, kernels, feature-maps, stepper, concepts,
  // designer, draw, data. Returns false for an unknown name.
  bool showView(const QString& name);

  DashboardView* dashboard() const { return dashboard_; }
  StepperView* stepper() const { return stepper_; }
  ConceptsView* concepts() const { return concepts_; }
  DesignerView* designer() const { return designer_; }
  DrawView* draw() const { return draw_; }
  DatasetView* datasets() const { return datasets_; }
  QTabWidget* tabs() const { return tabs_; }

 private:
  QTabWidget* tabs_ = nullptr;
  DashboardView* dashboard_ = nullptr;
  StepperView* stepper_ = nullptr;
  ConceptsView* concepts_ = nullptr;
  DesignerView* designer_ = nullptr;
  DrawView* draw_ = nullptr;
  DatasetView* datasets_ = nullptr;
};

}  // namespace cnnlab
