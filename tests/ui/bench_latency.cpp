// The GUI thread's responsiveness while training (BENCHMARKS.md, "Event-loop latency"): the worst
// gap between two turns of a 5 ms timer over 2 s, after the views' first full redraw, with LeNet-5
// training in each dashboard view (on its own data and on a generated full-MNIST-sized set) and
// with the Compare tab running four experiments at once. A wall-clock figure, so a benchmark and
// not a test: .ci/timings runs it on a quiet machine before a submission and checks the 50 ms
// guarantee; ctest's functional twins (test_dashboard, test_compare_view) check only that the
// views follow the training.
//
//   bench_latency [--seconds S]     one JSON line per case: {"case", "worst_ms", "ticks", "steps"}
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>

#include "tests/ui/isolated_settings.hpp"
#include "ui/experiments/compare_view.hpp"
#include "ui/main_window.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "tests/ui/full_size_data.hpp"

using namespace cnnlab;

namespace {

void wait(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

// Waits (processing events) until done() holds, for 60 s at most.
bool waitUntil(const std::function<bool()>& done) {
  QElapsedTimer clock;
  clock.start();
  while (!done()) {
    if (clock.elapsed() > 60000) return false;
    wait(10);
  }
  return true;
}

struct Gap {
  qint64 worstMs = 0;
  int ticks = 0;
};

// The worst gap between turns of a 5 ms timer over `ms` of a real event loop (QTest::qWait would
// sleep between its processEvents calls and measure that sleep as latency).
Gap measure(int ms) {
  Gap gap;
  QElapsedTimer clock;
  QTimer timer;
  timer.setInterval(5);
  clock.start();
  QObject::connect(&timer, &QTimer::timeout, [&] {
    gap.worstMs = std::max(gap.worstMs, clock.restart());
    ++gap.ticks;
  });
  timer.start();
  wait(ms);
  timer.stop();
  return gap;
}

void report(const char* name, const Gap& gap, std::size_t steps) {
  std::printf("{\"case\": \"%s\", \"worst_ms\": %lld, \"ticks\": %d, \"steps\": %zu}\n", name,
              static_cast<long long>(gap.worstMs), gap.ticks, steps);
  std::fflush(stdout);
}

// LeNet-5 training in one view of a fresh main window.
bool dashboardCase(const char* name, const QString& view, bool fullSize, int ms) {
  MainWindow window;
  window.resize(1400, 900);
  window.show();
  DashboardView* dash = window.dashboard();
  const auto steps = [dash] { return dash->lastSnapshot() ? dash->lastSnapshot()->steps : std::size_t(0); };
  if (!waitUntil([dash] { return dash->lastSnapshot() != nullptr; }) || !dash->selectPreset("lenet5")) return false;
  if (fullSize) {
    QString error;
    if (!window.session().useData(testing::fullSizeData(60000), {}, {}, "generated", &error)) {
      std::fprintf(stderr, "bench_latency: %s\n", qPrintable(error));
      return false;
    }
  }
  if (!window.showView(view)) return false;
  dash->runEpochs(3);
  if (!waitUntil([&] { return steps() > 0; })) return false;
  wait(300);  // the views' first full redraw is not part of steady training
  const std::size_t before = steps();
  const Gap gap = measure(ms);
  report(name, gap, steps() - before);
  dash->stop();
  return true;
}

// The Compare tab's learning-rate experiment: four runs taking turns on one worker thread.
bool compareCase(int ms) {
  CompareView view;
  view.resize(1200, 800);
  view.show();
  if (!view.selectExperiment("learning-rate")) return false;
  view.setEpochs(200);
  view.start();
  if (!waitUntil([&] { return view.lastSnapshot() && view.lastSnapshot()->runs.size() == 4; })) return false;
  wait(300);
  const double before = view.lastSnapshot()->progress;
  const Gap gap = measure(ms);
  report("compare, four runs", gap, std::size_t(1000 * (view.lastSnapshot()->progress - before)));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  int ms = 2000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--seconds") == 0) ms = std::max(1, std::atoi(argv[i + 1])) * 1000;
  QTemporaryDir settings;  // the window's saved geometry and choices stay out of the user's
  cnnlab::testing::useSettingsIn(settings, "bench_latency", "cnnlab-bench");
  const bool ok = dashboardCase("dashboard", "dashboard", false, ms) && dashboardCase("kernels", "kernels", false, ms) &&
                  dashboardCase("feature maps", "feature-maps", false, ms) &&
                  dashboardCase("predictions", "predictions", false, ms) &&
                  dashboardCase("dashboard, 60,000 images", "dashboard", true, ms) &&
                  dashboardCase("predictions, 60,000 images", "predictions", true, ms) && compareCase(ms);
  if (!ok) std::fprintf(stderr, "bench_latency: a case could not be set up\n");
  return ok ? 0 : 1;
}
