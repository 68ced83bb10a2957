// HeatmapMosaicAccessible: a mosaic's title, range and pointed value for screen readers.
#include "ui/accessibility/heatmap_mosaic_accessible.hpp"

#include <QCoreApplication>
#include <QStringList>

#include "ui/plot/heatmap_mosaic.hpp"

namespace cnnlab {

HeatmapMosaicAccessible::HeatmapMosaicAccessible(HeatmapMosaic* mosaic) : QAccessibleWidget(mosaic, QAccessible::Chart) {}

HeatmapMosaic* HeatmapMosaicAccessible::mosaic() const { return static_cast<HeatmapMosaic*>(widget()); }

QString HeatmapMosaicAccessible::text(QAccessible::Text text) const {
  const HeatmapMosaic* m = mosaic();
  switch (text) {
    case QAccessible::Name:  // none without a title: the accessibility test then names the mosaic that needs one
      return m->accessibleName().isEmpty() ? m->title() : m->accessibleName();
    case QAccessible::Description: {
      QStringList parts;
      if (!m->accessibleDescription().isEmpty()) parts << m->accessibleDescription();
      if (m->tileCount() == 0) {
        parts << tr("empty");
      } else {
        const QCPRange range = m->dataRange();
        const QString scale = m->scale() == HeatmapMosaic::Scale::Diverging    ? tr("diverging colours centred on 0")
                              : m->scale() == HeatmapMosaic::Scale::Sequential ? tr("sequential colours")
                                                                               : tr("ink from white to black");
        parts << tr("%n tiles", nullptr, int(m->tileCount()))
              << tr("%1 from %2 to %3").arg(scale).arg(range.lower, 0, 'g', 4).arg(range.upper, 0, 'g', 4);
        if (m->selectedTile() >= 0) parts << tr("selected: %1").arg(m->tileName(m->selectedTile()));
      }
      return parts.join(QStringLiteral("; "));
    }
    case QAccessible::Value:
      if (!m->hoveredText().isEmpty()) return m->hoveredText();
      return m->selectedTile() >= 0 ? m->tileName(m->selectedTile()) : QString();
    default:
      return QAccessibleWidget::text(text);
  }
}

}  // namespace cnnlab
