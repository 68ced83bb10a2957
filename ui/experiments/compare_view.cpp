// CompareView: controls, two overlaid plots, the final-numbers table and the verdict.
#include "ui/experiments/compare_view.hpp"
#include "ui/plot/tick_spacing.hpp"
#include "ui/type_scale.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "ui/i18n/engine_text.hpp"
#include "ui/plot/line_labels.hpp"
#include "ui/plot/plot_export.hpp"

namespace cnnlab {

namespace {

// One colour per run (matplotlib's tab10), in the runs' order.
const QColor kRunColours[] = {{0x1f, 0x77, 0xb4}, {0xe6, 0x6a, 0x00}, {0x2c, 0xa0, 0x2c}, {0xd6, 0x27, 0x28}};

QCustomPlot* makePlot(const QString& title, const QString& y, QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  keepTickLabelsApart(plot);
  plot->plotLayout()->insertRow(0);
  auto* heading = new QCPTextElement(plot, title, QFont(plot->font().family(), 12, QFont::Bold));
  type_scale::setTextPixels(heading, 20);
  plot->plotLayout()->addElement(0, 0, heading);
  plot->xAxis->setLabel(QObject::tr("epoch"));
  auto epochs = QSharedPointer<QCPAxisTickerFixed>::create();  // whole epochs: no 1.5 or 7.5
  epochs->setTickStep(1);
  epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot->xAxis->setTicker(epochs);
  plot->yAxis->setLabel(y);
  // The legend in a row of its own under the axes, one entry beside the next: a box over the data
  // hid the SGD plateau the claim is about. Before a run, the plot says what to press.
  auto* labels = new LineLabels(plot);
  labels->setLineLabelsShown(false);  // the runs' names are the legend's
  labels->setEmptyText(QObject::tr("Press ▶ Run experiment to train the runs side by side"));
  legendUnderTheAxes(plot, 2);
  plot->setMinimumHeight(220);
  PlotExport::addContextMenu(plot);
  return plot;
}

enum RunTableColumn { RunColumn, EpochsColumn, AccuracyColumn, LossColumn, SecondsColumn, ColumnCount };

}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
  setObjectName("compare");
  experimentBox_ = new QComboBox(this);
  experimentBox_->setObjectName("experimentBox");
  for (const Experiment& e : experiments())
    experimentBox_->addItem(engineText(e.title), QString::fromStdString(e.name));
  // As wide as the room allows, not as the longest title (German's run past 1280 px in presenter
  // mode): a title that does not fit is elided in the box and whole in its list.
  experimentBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  experimentBox_->setMinimumContentsLength(24);
  experimentBox_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  epochsSpin_ = new QSpinBox(this);
  epochsSpin_->setObjectName("epochsSpin");
  epochsSpin_->setRange(1, 200);
  startButton_ = new QPushButton(tr("▶ Run experiment"), this);
  startButton_->setObjectName("compareStart");
  startButton_->setAccessibleName(tr("Run experiment"));
  pauseButton_ = new QPushButton(tr("❚❚ Pause"), this);
  pauseButton_->setObjectName("comparePause");
  pauseButton_->setAccessibleName(tr("Pause"));
  progress_ = new QProgressBar(this);
  progress_->setAccessibleName(tr("Progress of the experiment"));
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);

  claim_ = new QLabel(this);
  claim_->setObjectName("claim");
  claim_->setWordWrap(true);
  verdict_ = new QLabel(this);
  verdict_->setObjectName("verdict");
  verdict_->setWordWrap(true);
  verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  type_scale::setTextPixels(verdict_, type_scale::kHeading, true);  // the experiment's verdict is its headline
  verdict_->setStyleSheet("QLabel { background: #eef4fb; padding: 8px 12px; border-radius: 4px; }");
  verdict_->hide();

  accuracyPlot_ = makePlot(tr("Test accuracy"), tr("accuracy (%)"), this);
  accuracyPlot_->setObjectName("compareAccuracyPlot");
  lossPlot_ = makePlot(tr("Training loss"), tr("loss"), this);
  lossPlot_->setObjectName("compareLossPlot");
  accuracyPlot_->setAccessibleName(tr("Test accuracy per epoch"));
  lossPlot_->setAccessibleName(tr("Training loss per epoch"));
  for (QCustomPlot* plot : {accuracyPlot_, lossPlot_})
    plot->setAccessibleDescription(tr("One line per run; the table under the plots gives each run's numbers"));

  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName("compareTable");
  table_->setAccessibleName(tr("Runs"));
  table_->setHorizontalHeaderLabels({tr("Run"), tr("Epochs"), tr("Test accuracy"), tr("Training loss"), tr("Training time")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setMaximumHeight(150);

  auto* controls = new QHBoxLayout;
  auto* experimentLabel = new QLabel(tr("Experiment"), this);
  experimentLabel->setBuddy(experimentBox_);  // the box's name for a screen reader
  auto* epochsLabel = new QLabel(tr("Epochs"), this);
  epochsLabel->setBuddy(epochsSpin_);
  controls->addWidget(experimentLabel);
  controls->addWidget(experimentBox_, 1);
  controls->addWidget(epochsLabel);
  controls->addWidget(epochsSpin_);
  controls->addWidget(startButton_);
  controls->addWidget(pauseButton_);
  controls->addWidget(progress_, 1);
  auto* plots = new QHBoxLayout;
  plots->addWidget(accuracyPlot_);
  plots->addWidget(lossPlot_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(claim_);
  layout->addLayout(plots, 1);
  layout->addWidget(table_);
  layout->addWidget(verdict_);

  // In presenter mode the runs' table gives its height to the plots, which it squeezed to 45 px at
  // 720p (one tick label on the loss axis); the verdict, the headline, says the runs' numbers.
  table_->setVisible(!type_scale::presenter());
  connect(&type_scale::notifier(), &type_scale::Notifier::changed, this, [this](bool presenter) { table_->setVisible(!presenter); });

  connect(experimentBox_, &QComboBox::currentIndexChanged, this, &CompareView::showExperiment);
  connect(startButton_, &QPushButton::clicked, this, &CompareView::start);
  connect(pauseButton_, &QPushButton::clicked, this, [this] { isPaused() ? resume() : pause(); });
  showExperiment();
}

CompareView::~CompareView() { stopWorker(); }

bool CompareView::selectExperiment(const QString& name) {
  const int index = experimentBox_->findData(name);
  if (index < 0) return false;
  experimentBox_->setCurrentIndex(index);
  return true;
}

void CompareView::setEpochs(int epochs) { epochsSpin_->setValue(epochs); }

bool CompareView::isPaused() const { return worker_ && worker_->paused(); }

QString CompareView::verdict() const { return verdict_->isVisible() ? verdict_->text() : QString(); }

void CompareView::showExperiment() {
  if (thread_) stopWorker();
  const Experiment& e = findExperiment(experimentBox_->currentData().toString().toStdString());
  epochsSpin_->setValue(int(e.epochs));
  QString runs;
  for (const RunSetting& run : e.runs) runs += (runs.isEmpty() ? "" : ", ") + engineText(run.label);
  // The notes' words, quoted word for word in English; another language shows its rendering of them,
  // in the same quotation marks.
  const QString claim = engineText(e.claim).toHtmlEscaped();
  claim_->setText(tr("<b>Claim</b> (%1): %2<br>%3 runs on the same digits and seed, differing in %4: %5.")
                      .arg(engineText(e.source), e.quoted ? "“" + claim + "”" : claim)
                      .arg(e.runs.size())
                      .arg(engineText(e.setting), runs.toHtmlEscaped()));
  clearResults();
}

void CompareView::clearResults() {
  accuracyPlot_->clearGraphs();
  lossPlot_->clearGraphs();
  accuracyPlot_->replot();
  lossPlot_->replot();
  table_->setRowCount(0);
  verdict_->hide();
  progress_->setValue(0);
  last_.reset();
  updateButtons();
}

void CompareView::start() {
  stopWorker();
  clearResults();
  const Experiment& e = findExperiment(experimentBox_->currentData().toString().toStdString());
  finished_ = false;
  thread_ = new QThread(this);
  worker_ = new ComparisonWorker(e, std::size_t(epochsSpin_->value()));
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::started, worker_, &ComparisonWorker::run);
  connect(worker_, &ComparisonWorker::progressed, this, &CompareView::onProgress);
  connect(worker_, &ComparisonWorker::failed, this, [this](const QString& message) {
    verdict_->setText(tr("The comparison failed: %1").arg(message));
    verdict_->show();
  });
  connect(worker_, &ComparisonWorker::done, this, [this] {
    finished_ = true;
    updateButtons();
    emit finished();
  });
  connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
  thread_->start();
  updateButtons();
}

void CompareView::pause() {
  if (worker_) worker_->pause();
  updateButtons();
}

void CompareView::resume() {
  if (worker_) worker_->resume();
  updateButtons();
}

void CompareView::stopWorker() {
  if (!thread_) return;
  worker_->stop();
  thread_->quit();
  thread_->wait();
  delete thread_;  // the worker goes with its thread (finished → deleteLater)
  thread_ = nullptr;
  worker_ = nullptr;
}

void CompareView::updateButtons() {
  const bool active = thread_ && !finished_;
  pauseButton_->setEnabled(active);
  pauseButton_->setText(isPaused() ? tr("▶ Resume") : tr("❚❚ Pause"));
  startButton_->setText(active ? tr("↺ Restart") : tr("▶ Run experiment"));
  pauseButton_->setAccessibleName(isPaused() ? tr("Resume") : tr("Pause"));
  startButton_->setAccessibleName(active ? tr("Restart") : tr("Run experiment"));
}

void CompareView::onProgress(ComparisonSnapshotPtr s) {
  if (!s || sender() != worker_) return;  // a stopped worker's late results
  last_ = s;
  progress_->setValue(int(1000 * s->progress));
  if (accuracyPlot_->graphCount() != int(s->runs.size())) {
    accuracyPlot_->clearGraphs();
    lossPlot_->clearGraphs();
    for (std::size_t r = 0; r < s->runs.size(); ++r) {
      const QColor colour = kRunColours[r % 4];
      for (QCustomPlot* plot : {accuracyPlot_, lossPlot_}) {
        QCPGraph* g = plot->addGraph();
        g->setName(engineText(s->runs[r].label));
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
      }
    }
    table_->setRowCount(int(s->runs.size()));
  }
  double maxEpoch = 1, maxLoss = 0;
  for (std::size_t r = 0; r < s->runs.size(); ++r) {
    const RunResult& run = s->runs[r];
    QVector<double> x, accuracy, lx, loss;
    for (const ExperimentEpoch& e : run.history) {
      x << double(e.stats.epoch);
      accuracy << 100 * e.stats.testAccuracy;
      if (e.stats.epoch > 0) {
        lx << double(e.stats.epoch);
        loss << e.stats.trainLoss;
        maxLoss = std::max(maxLoss, e.stats.trainLoss);
      }
    }
    maxEpoch = std::max(maxEpoch, x.isEmpty() ? 1.0 : x.back());
    accuracyPlot_->graph(int(r))->setData(x, accuracy, true);
    lossPlot_->graph(int(r))->setData(lx, loss, true);
    auto set = [&](int column, const QString& text) {
      auto* item = table_->item(int(r), column);
      if (!item) table_->setItem(int(r), column, item = new QTableWidgetItem);
      item->setText(text);
      item->setForeground(column == RunColumn ? kRunColours[r % 4] : palette().text().color());
    };
    const ExperimentEpoch& last = run.history.back();
    set(RunColumn, engineText(run.label));
    set(EpochsColumn, QString::number(last.stats.epoch));
    set(AccuracyColumn, QString::number(100 * last.stats.testAccuracy, 'f', 1) + " %");
    set(LossColumn, last.stats.epoch > 0 ? QString::number(last.stats.trainLoss, 'f', 4) : QString("–"));
    set(SecondsColumn, QString::number(run.seconds, 'f', 2) + " s");
  }
  accuracyPlot_->xAxis->setRange(-0.2, maxEpoch + 0.2);
  accuracyPlot_->yAxis->setRange(0, 100);
  lossPlot_->xAxis->setRange(0.8, maxEpoch + 0.2);
  lossPlot_->yAxis->setRange(0, std::max(maxLoss * 1.1, 1e-3));
  accuracyPlot_->replot(QCustomPlot::rpQueuedReplot);
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
  if (s->finished) {
    verdict_->setText(tr("Verdict: %1").arg(engineText(s->verdict)));
    verdict_->show();
  }
  updateButtons();
}

}  // namespace cnnlab
