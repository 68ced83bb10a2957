// PLACEHOLDER, to be replaced by its owner: DashboardView.
#include "ui/dashboard_view.hpp"

namespace cnnlab {

DashboardView::DashboardView(QWidget* parent) : QWidget(parent) {}
bool DashboardView::showSection(const QString&) { return true; }
bool DashboardView::selectPreset(const QString& n) { return n == "seed-binary" || n == "mlp" || n == "lenet5"; }
void DashboardView::runEpochs(int) { emit epochsCompleted(); }
bool DashboardView::useNetwork(const nlohmann::json&, const QString&, QString*) { return false; }
bool DashboardView::useData(const RawSplit&, const Selection&, const Selection&, const QString&, QString*) { return false; }
ModelSnapshotPtr DashboardView::currentModel() const { return nullptr; }

}  // namespace cnnlab
