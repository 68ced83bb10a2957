// ComparisonWorker: the loop of turns, paused on a wait condition.
#include "ui/experiments/comparison_worker.hpp"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace cnnlab {

ComparisonWorker::ComparisonWorker(const Experiment& experiment, std::size_t epochs)
    : experiment_(experiment), epochs_(epochs) {
  qRegisterMetaType<ComparisonSnapshotPtr>();
}

void ComparisonWorker::pause() {
  QMutexLocker lock(&mutex_);
  paused_ = true;
}

void ComparisonWorker::resume() {
  QMutexLocker lock(&mutex_);
  paused_ = false;
  condition_.wakeAll();
}

void ComparisonWorker::stop() {
  QMutexLocker lock(&mutex_);
  stop_ = true;
  condition_.wakeAll();
}

bool ComparisonWorker::paused() const {
  QMutexLocker lock(&mutex_);
  return paused_;
}

ComparisonSnapshotPtr ComparisonWorker::snapshot(const Comparison& comparison) const {
  auto s = std::make_shared<ComparisonSnapshot>();
  s->runs = comparison.results();
  s->progress = comparison.progress();
  s->finished = comparison.finished();
  s->verdict = comparison.verdict();
  return s;
}

void ComparisonWorker::run() {
  try {
    Comparison comparison(experiment_, epochs_);
    emit progressed(snapshot(comparison));
    QElapsedTimer sincePublish;
    sincePublish.start();
    while (!comparison.finished()) {
      {
        QMutexLocker lock(&mutex_);
        bool wasPaused = false;
        while (paused_ && !stop_) {
          if (!wasPaused) {
            lock.unlock();
            emit progressed(snapshot(comparison));  // what the pause froze
            lock.relock();
            wasPaused = true;
            continue;
          }
          condition_.wait(&mutex_);
        }
        if (stop_) break;
      }
      comparison.advance(kStepsPerTurn);
      if (sincePublish.elapsed() >= kPublishIntervalMs) {
        emit progressed(snapshot(comparison));
        sincePublish.restart();
      }
    }
    if (comparison.finished()) emit progressed(snapshot(comparison));
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
  emit done();
}

}  // namespace cnnlab
