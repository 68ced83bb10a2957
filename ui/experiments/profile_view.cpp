// ProfileView: a horizontal stacked bar per layer (forward, backward, update), top layer first.
#include "ui/experiments/profile_view.hpp"
#include "ui/plot/tick_spacing.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <qcustomplot.h>

#include "engine/presets.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/plot/line_labels.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

ProfileView::ProfileView(QWidget* parent) : QWidget(parent) {
  setObjectName("profile");
  presetBox_ = new QComboBox(this);
  presetBox_->setObjectName("profilePreset");
  for (const Preset& p : presets())
    presetBox_->addItem(QString::fromStdString(p.name) + QString::fromUtf8(" — ") + engineText(p.description),
                        QString::fromStdString(p.name));
  // The longest description would set the row's width past a 1280-pixel projector's: the box takes
  // the room the row has and its list shows each description whole.
  presetBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  presetBox_->setMinimumContentsLength(16);
  batchSpin_ = new QSpinBox(this);
  batchSpin_->setObjectName("profileBatch");
  batchSpin_->setRange(0, 256);
  batchSpin_->setSpecialValueText(tr("preset's"));
  runButton_ = new QPushButton(tr("Profile one training step"), this);
  runButton_->setObjectName("profileRun");
  summary_ = new QLabel(this);
  summary_->setObjectName("profileSummary");
  summary_->setWordWrap(true);
  summary_->setText(tr("Times forward, backward and update of every layer over a few hundred training steps of the "
                       "preset (the notes' §0.4, “Efficiency Testing”, is an empty heading: this fills it in)."));

  plot_ = new QCustomPlot(this);
  keepTickLabelsApart(plot_);
  plot_->setObjectName("profilePlot");
  plot_->setAccessibleName(tr("Time per layer"));
  plot_->xAxis->setLabel(tr("µs per training step"));
  // Before a profile: what to press, not empty 0–5 axes with an empty legend box (#23). After it,
  // the bars' legend in a row under the axes, never over the bars.
  auto* labels = new LineLabels(plot_);
  labels->setEmptyText(tr("Press “Profile one training step” to time forward, backward and update of every layer"));
  legendUnderTheAxes(plot_, 3);
  PlotExport::addContextMenu(plot_);

  auto* controls = new QHBoxLayout;
  auto* presetLabel = new QLabel(tr("Preset"), this);
  presetLabel->setBuddy(presetBox_);  // the box's name for a screen reader
  auto* batchLabel = new QLabel(tr("Batch"), this);
  batchLabel->setBuddy(batchSpin_);
  controls->addWidget(presetLabel);
  controls->addWidget(presetBox_, 1);
  controls->addWidget(batchLabel);
  controls->addWidget(batchSpin_);
  controls->addWidget(runButton_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(summary_);
  layout->addWidget(plot_, 1);

  connect(runButton_, &QPushButton::clicked, this, &ProfileView::profile);
  connect(&watcher_, &QFutureWatcher<ProfileResult>::finished, this, [this] {
    runButton_->setEnabled(true);
    try {
      showResult(watcher_.result());
    } catch (const std::exception& e) {
      summary_->setText(tr("The profile failed: %1").arg(QString::fromUtf8(e.what())));
    }
    emit profiled();
  });
}

ProfileView::~ProfileView() { watcher_.waitForFinished(); }

bool ProfileView::selectPreset(const QString& name) {
  const int index = presetBox_->findData(name);
  if (index >= 0) presetBox_->setCurrentIndex(index);
  return index >= 0;
}

void ProfileView::setBatch(int batch) { batchSpin_->setValue(batch); }

bool ProfileView::busy() const { return watcher_.isRunning(); }

QString ProfileView::summary() const { return summary_->text(); }

void ProfileView::profile() {
  if (busy()) return;
  runButton_->setEnabled(false);
  summary_->setText(tr("Profiling…"));
  const Preset& preset = findPreset(presetBox_->currentData().toString().toStdString());
  const std::size_t batch = std::size_t(batchSpin_->value());
  watcher_.setFuture(QtConcurrent::run([&preset, batch] { return profilePreset(preset, {.batch = batch}); }));
}

void ProfileView::showResult(const ProfileResult& r) {
  result_ = r;
  plot_->clearPlottables();
  const QColor colours[] = {{0x1f, 0x77, 0xb4}, {0xe6, 0x6a, 0x00}, {0x2c, 0xa0, 0x2c}};
  const QString names[] = {tr("forward"), tr("backward"), tr("update")};
  QCPBars* below = nullptr;
  QVector<double> ticks;
  QVector<QString> labels;
  const int L = int(r.layers.size());
  for (int i = 0; i < L; ++i) {
    const LayerProfile& p = r.layers[std::size_t(i)];
    ticks << double(L - i);  // the first layer at the top
    labels << QString("%1   %2 %  %3 GFLOP/s")
                  .arg(QString::fromStdString(p.name))
                  .arg(100 * r.share(p), 0, 'f', 1)
                  .arg(p.gflops(), 0, 'f', 1);
  }
  for (int part = 0; part < 3; ++part) {
    auto* bars = new QCPBars(plot_->yAxis, plot_->xAxis);
    bars->setName(names[part]);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colours[part]);
    bars->setWidth(0.7);
    QVector<double> values;
    for (const LayerProfile& p : r.layers) values << (part == 0 ? p.forwardUs : part == 1 ? p.backwardUs : p.updateUs);
    bars->setData(ticks, values);  // ticks descend: let QCustomPlot sort them, or stacking cannot find the bar below
    if (below) bars->moveAbove(below);
    below = bars;
  }
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  ticker->addTicks(ticks, labels);
  plot_->yAxis->setTicker(ticker);
  plot_->yAxis->setRange(0.3, L + 0.7);
  double longest = 0;
  for (const LayerProfile& p : r.layers) longest = std::max(longest, p.totalUs());
  plot_->xAxis->setRange(0, longest * 1.1 + 1e-3);
  plot_->replot();
  // The bars in words, for a screen reader.
  QStringList spoken;
  for (const LayerProfile& p : r.layers)
    spoken << tr("%1: forward %2 µs, backward %3 µs, update %4 µs")
                  .arg(QString::fromStdString(p.name))
                  .arg(p.forwardUs, 0, 'f', 1)
                  .arg(p.backwardUs, 0, 'f', 1)
                  .arg(p.updateUs, 0, 'f', 1);
  plot_->setAccessibleDescription(spoken.join("; "));
  summary_->setText(tr("%1, batch %2: the layers and the loss add up to %3 µs; one step timed whole took %4 µs "
                       "(backward, then update), the default fused step %5 µs. Medians of 15 rounds.%6")
                        .arg(QString::fromStdString(r.preset))
                        .arg(r.batch)
                        .arg(r.layerSumUs, 0, 'f', 1)
                        .arg(r.stepUs, 0, 'f', 1)
                        .arg(r.fusedStepUs, 0, 'f', 1)
                        .arg(r.threads > 1 ? tr(" The whole steps split each batch over %1 compute threads; the layers "
                                                "are timed on one, so the two need not add up.").arg(r.threads)
                                           : QString()));
}

}  // namespace cnnlab
