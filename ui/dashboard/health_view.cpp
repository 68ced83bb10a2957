// HealthView: a table of the worker's health probe, and the stuck banner.
#include "ui/dashboard/health_view.hpp"
#include "ui/palette.hpp"
#include "ui/type_scale.hpp"

#include <QHeaderView>
#include <cmath>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cnnlab {

namespace {

enum Column { LayerColumn, UnitsColumn, SaturatedColumn, GradientColumn, RatioColumn, ReasonColumn, ColumnCount };

QString percent(double fraction) { return QString::number(100 * fraction, 'f', 1) + " %"; }

}  // namespace

HealthView::Flag HealthView::flagOf(const LayerHealth& h) {
  const bool hidden = h.hidden;
  if (h.hasParameters && !std::isfinite(h.gradientNorm))
    return {Level::Alarm, GradientColumn, tr("✗ the gradient is not a number: training has diverged; lower η and reset")};
  // From half on, the stuck-run detector's threshold (a convolution's border positions are 0 for every
  // digit and are not a problem: a third dead is normal for LeNet-5 on MNIST).
  if (hidden && h.kind == ActivationKind::DeadAtZero && h.dead >= 0.5)
    return {h.dead >= 0.8 ? Level::Alarm : Level::Warning, SaturatedColumn,
            tr("%1 %2 of its units are 0 for every image: they pass no gradient back, so what feeds them stops learning")
                .arg(h.dead >= 0.8 ? QString::fromUtf8("✗") : QString::fromUtf8("⚠"), percent(h.dead))};
  if (hidden && h.kind == ActivationKind::Saturating && h.saturated >= 0.5)
    return {h.saturated >= 0.8 ? Level::Alarm : Level::Warning, SaturatedColumn,
            tr("%1 %2 of its outputs sit where σ' ≈ 0: almost no gradient gets through (eq. 45)")
                .arg(h.saturated >= 0.8 ? QString::fromUtf8("✗") : QString::fromUtf8("⚠"), percent(h.saturated))};
  if (h.hasParameters && h.updateRatio > 0.1)
    return {Level::Alarm, RatioColumn, tr("✗ each step changes its weights by more than a tenth: η is too large")};
  if (h.hasParameters && h.weightNorm > 0 && h.updateRatio < 1e-6)
    return {Level::Warning, RatioColumn, tr("⚠ its weights barely move (under a millionth a step): η may be too small")};
  return {Level::Fine, -1, QString()};
}

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
  table_->setAccessibleName(tr("Each layer's health"));
  table_->setHorizontalHeaderLabels({tr("Layer"), tr("Outputs"), tr("Saturated / dead"), tr("‖∂E/∂θ‖"), tr("Update / weight"),
                                     tr("In plain words")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setWordWrap(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

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
    // A flagged value is drawn on amber (a warning) or in the app's "wrong" colour (an alarm), and
    // its reason is written out: colour never says it alone.
    const Flag flag = flagOf(h);
    auto set = [&](int column, const QString& text) {
      auto* item = table_->item(row, column);
      if (!item) table_->setItem(row, column, item = new QTableWidgetItem);
      item->setText(text);
      const bool flagged = column == flag.column || (column == ReasonColumn && flag.level != Level::Fine);
      item->setBackground(!flagged || flag.level == Level::Fine ? QBrush(Qt::transparent)
                          : flag.level == Level::Warning        ? QBrush(QColor(palette::kWarning))
                                                                : QBrush(QColor(palette::kError)));
      item->setForeground(flagged && flag.level == Level::Alarm ? QBrush(Qt::white) : QBrush(palette().text()));
      QFont font = table_->font();
      font.setBold(flagged);
      item->setFont(font);
      item->setTextAlignment(column == LayerColumn || column == ReasonColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                             : Qt::AlignRight | Qt::AlignVCenter);
    };
    set(LayerColumn, QString("%1 %2").arg(row + 1).arg(QString::fromStdString(h.name)));
    set(UnitsColumn, QString::number(h.units));
    if (h.kind == ActivationKind::Saturating)
      set(SaturatedColumn, tr("%1 saturated").arg(percent(h.saturated)));
    else if (h.kind == ActivationKind::DeadAtZero)
      set(SaturatedColumn, tr("%1 dead").arg(percent(h.dead)));
    else
      set(SaturatedColumn, "");
    set(GradientColumn, h.hasParameters ? QString::number(h.gradientNorm, 'g', 3) : "");
    set(RatioColumn, h.hasParameters ? QString::number(h.updateRatio, 'g', 3) : "");
    set(ReasonColumn, flag.reason.isEmpty() ? tr("fine") : flag.reason);
  }
  table_->resizeRowsToContents();
}

}  // namespace cnnlab
