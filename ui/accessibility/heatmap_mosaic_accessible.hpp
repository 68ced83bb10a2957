// A HeatmapMosaic for a screen reader (QAccessible::Chart): named by its title (or its accessible
// name), described by its tiles, colour scale and range, and valued by the tile cell under the
// pointer ("kernel 2 · row 1, col 0: −0.4312") or, without one, the selected tile.
#pragma once

#include <QCoreApplication>
#include <QAccessibleWidget>

namespace cnnlab {

class HeatmapMosaic;

class HeatmapMosaicAccessible : public QAccessibleWidget {
  Q_DECLARE_TR_FUNCTIONS(HeatmapMosaicAccessible)

 public:
  explicit HeatmapMosaicAccessible(HeatmapMosaic* mosaic);

  QString text(QAccessible::Text text) const override;

 private:
  HeatmapMosaic* mosaic() const;
};

}  // namespace cnnlab
