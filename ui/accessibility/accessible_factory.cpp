// The accessibility factory: cnnlab's own interfaces for its custom-painted widgets.
#include "ui/accessibility/accessible_factory.hpp"

#include <QAccessible>

#include "ui/accessibility/heatmap_mosaic_accessible.hpp"
#include "ui/accessibility/matrix_grid_accessible.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/stepper/matrix_grid.hpp"

namespace cnnlab {

QAccessibleInterface* accessibleInterfaceFor(const QString& className, QObject* object) {
  if (className == QLatin1String(MatrixGrid::staticMetaObject.className()))
    if (auto* grid = qobject_cast<MatrixGrid*>(object)) return new MatrixGridAccessible(grid);
  if (className == QLatin1String(HeatmapMosaic::staticMetaObject.className()))
    if (auto* mosaic = qobject_cast<HeatmapMosaic*>(object)) return new HeatmapMosaicAccessible(mosaic);
  return nullptr;
}

void installAccessibleFactory() { QAccessible::installFactory(&accessibleInterfaceFor); }

}  // namespace cnnlab
