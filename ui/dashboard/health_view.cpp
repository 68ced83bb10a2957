// HealthView: a table of the worker's health probe, and the stuck banner.
#include "ui/dashboard/health_view.hpp"
#include "ui/palette.hpp"
#include "ui/type_scale.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cnnlab {

namespace {

enum Column { LayerColumn, UnitsColumn, SaturatedColumn, GradientColumn, RatioColumn, ColumnCount };

QString percent(double fraction) { return QString::number(100 * fraction, 'f', 1) + " %"; }

// Light red from half saturated/dead on, the detector's threshold.
QColor warning(double fraction) { return fraction >= 0.5 ? QColor(255, 205, 200) : QColor(Qt::transparent); }

}  // namespace

HealthView::HealthView(QWidget* parent) : QWidget(parent) {
  banner_ = new QLabel;
  banner_->setObjectName("stuckBanner");
  banner_->setWordWrap(true);
  type_scale::setTextPixels(banner_, type_scale::kHeadline, true);  // a Health warning is the view's punch line
  banner_->setStyleSheet(QString("QLabel { background: %1; color: black; padding: 8px 12px; border-radius: 4px; }")
                             .arg(palette::name(palette::kWarning)));
  banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  banner_->hide();

  caption_ = new QLabel(tr("Measured by the training thread on 16 training images, at most four times a second. "
                           "Saturated: σ' = σ(1 − σ) or tanh' = 1 − y² below 0.01, so almost no gradient passes "
                           "(notes, eq. 45). Dead: a ReLU that is 0 for all 16 images. ‖∂E/∂θ‖: the layer's "
                           "gradient norm. Update/weight: ‖η ∂E/∂θ‖ / ‖θ‖, healthy near 0.001."));
  caption_->setWordWrap(true);

  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName("healthTable");
  table_->setHorizontalHeaderLabels({tr("Layer"), tr("Outputs"), tr("Saturated / dead"), tr("‖∂E/∂θ‖"), tr("Update / weight")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(caption_);
  layout->addWidget(table_, 1);
}

void HealthView::showSnapshot(const TrainingSnapshot& s) {
  banner_->setText(QString::fromStdString(s.stuck));
  banner_->setVisible(!s.stuck.empty());
  if (!s.parts.testFlag(SnapshotPart::Health) || !isVisible()) return;
  const auto& layers = s.health.layers;
  table_->setRowCount(int(layers.size()));
  for (int row = 0; row < int(layers.size()); ++row) {
    const LayerHealth& h = layers[std::size_t(row)];
    auto set = [&](int column, const QString& text, QColor background = Qt::transparent) {
      auto* item = table_->item(row, column);
      if (!item) table_->setItem(row, column, item = new QTableWidgetItem);
      item->setText(text);
      item->setBackground(background);
      item->setTextAlignment(column == LayerColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    };
    set(LayerColumn, QString("%1 %2").arg(row + 1).arg(QString::fromStdString(h.name)));
    set(UnitsColumn, QString::number(h.units));
    if (h.kind == ActivationKind::Saturating)
      set(SaturatedColumn, tr("%1 saturated").arg(percent(h.saturated)), warning(h.saturated));
    else if (h.kind == ActivationKind::DeadAtZero)
      set(SaturatedColumn, tr("%1 dead").arg(percent(h.dead)), warning(h.dead));
    else
      set(SaturatedColumn, "");
    set(GradientColumn, h.hasParameters ? QString::number(h.gradientNorm, 'g', 3) : "");
    set(RatioColumn, h.hasParameters ? QString::number(h.updateRatio, 'g', 3) : "", h.updateRatio > 0.1 ? warning(1) : Qt::transparent);
  }
}

}  // namespace cnnlab
