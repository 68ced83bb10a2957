// Tests for the engine's WorkerPool: every chunk runs exactly once per run(), whether the workers
// are still spinning or have gone to sleep, and the thread index passed names the thread running
// it; a held-up thread holds up one chunk only (the others take the rest); idle workers sleep
// rather than spin; concurrent run() calls take turns; a run() inside a chunk runs inline.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "engine/threads.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {
// The ids of this process's threads.
std::set<std::string> threadIds() {
  std::set<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) ids.insert(entry.path().filename());
  return ids;
}

// CPU seconds these threads of this process have run (the first field of each one's schedstat, in ns).
double threadsCpuSeconds(const std::vector<std::string>& ids) {
  double ns = 0;
  for (const std::string& id : ids) {
    std::ifstream stat("/proc/self/task/" + id + "/schedstat");
    double run = -1;
    stat >> run;
    if (!stat || run < 0) qFatal("cannot read /proc/self/task/%s/schedstat", id.c_str());
    ns += run;
  }
  return ns * 1e-9;
}

// Sleeps in 1 ms steps until done() holds, for 30 s at most (then the caller's checks fail).
template <class Done>
void waitUntil(Done done) {
  for (int i = 0; i < 30000 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}
}  // namespace

class TestThreads : public QObject {
  Q_OBJECT

 private slots:
  // Back-to-back runs (workers spinning) and runs after a pause longer than the spin (workers
  // asleep, woken through the futex).
  void everyChunkRunsOncePerRun() {
    WorkerPool pool(2);
    constexpr std::size_t K = 8;
    std::vector<std::atomic<long>> counts(K);
    std::atomic<std::thread::id> ids[2];
    std::atomic<bool> mismatch{false};
    auto task = [&](std::size_t k, std::size_t thread) {
      ++counts[k];
      std::thread::id expected{};
      if (!ids[thread].compare_exchange_strong(expected, std::this_thread::get_id()) &&
          expected != std::this_thread::get_id())
        mismatch = true;  // one index, two threads
    };
    for (int i = 0; i < 20000; ++i) {
      pool.run(K, task);
      if (i % 2000 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (std::size_t k = 0; k < K; ++k) QCOMPARE(counts[k].load(), 20000L);
    QVERIFY(!mismatch);
    QCOMPARE(ids[0].load(), std::this_thread::get_id());  // thread 0 is the caller
  }

  // A worker stuck in its first chunk (as when the OS deschedules it) holds up that chunk only:
  // the caller takes every other one, its own share and the worker's. The stuck thread waits for
  // the other to finish the rest, not for a fixed time, so a loaded machine cannot fail the test;
  // a pool that gave each thread a fixed share would leave it waiting out waitUntil's 30 s.
  void aHeldUpThreadHoldsUpOneChunk() {
    WorkerPool pool(2);
    constexpr std::size_t K = 8;
    std::vector<std::size_t> ranOn(K, 99);
    std::atomic<std::size_t> byCaller{0};
    std::atomic<bool> held{false};
    auto task = [&](std::size_t k, std::size_t thread) {
      ranOn[k] = thread;
      if (thread == 0) ++byCaller;
      if (thread == 1 && !held.exchange(true)) waitUntil([&] { return byCaller.load() >= K - 1; });
    };
    pool.run(K, task);
    for (std::size_t t : ranOn) QVERIFY(t < 2);
    QVERIFY2(byCaller.load() >= K - 1, qPrintable(QString::number(byCaller.load())));
    // And the other way round: the caller held up in its first chunk, the worker takes the rest.
    std::atomic<std::size_t> byWorker{0};
    std::atomic<bool> callerHeld{false};
    auto slowCaller = [&](std::size_t, std::size_t thread) {
      if (thread == 1) ++byWorker;
      else if (!callerHeld.exchange(true)) waitUntil([&] { return byWorker.load() >= K - 1; });
    };
    pool.run(K, slowCaller);
    QVERIFY2(byWorker.load() >= K - 1, qPrintable(QString::number(byWorker.load())));
  }

  // Between runs the workers spin briefly, then sleep: 200 ms idle cost next to no CPU time.
  // Spinning workers would burn 2 × 200 ms. Only the pool's own threads are measured: OpenBLAS's
  // thread, started with the process, busy-waits for its first ~100 ms (2^28 cycles), which made a
  // whole-process measure fail on a quiet machine (0.109 s).
  void idleWorkersSleep() {
    const std::set<std::string> others = threadIds();
    WorkerPool pool(3);
    std::atomic<long> total{0};
    auto task = [&](std::size_t) { ++total; };
    for (int i = 0; i < 100; ++i) pool.run(6, task);
    std::vector<std::string> workers;
    for (const std::string& id : threadIds())
      if (!others.count(id)) workers.push_back(id);
    QCOMPARE(workers.size(), std::size_t(2));
    const double before = threadsCpuSeconds(workers);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double idle = threadsCpuSeconds(workers) - before;
    QVERIFY2(idle < 0.04, qPrintable(QString("%1 s of the workers' CPU while idle").arg(idle)));
    QCOMPARE(total.load(), 600L);
  }

  void concurrentRunsTakeTurns() {
    WorkerPool pool(2);
    std::atomic<long> total{0};
    std::atomic<int> inside{0}, most{0};
    auto task = [&](std::size_t) {
      const int now = ++inside;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      ++total;
      --inside;
    };
    auto caller = [&] {
      for (int i = 0; i < 3000; ++i) pool.run(4, task);
    };
    std::thread a(caller), b(caller);
    a.join();
    b.join();
    QCOMPARE(total.load(), 2L * 3000 * 4);
    QVERIFY(most.load() <= 2);  // one run at a time: its caller and the worker, never a third thread
  }

  void runInsideAChunkRunsInline() {
    WorkerPool pool(2);
    std::vector<int> inner(4, 0);
    std::atomic<bool> wrongThread{false};
    auto task = [&](std::size_t t, std::size_t thread) {
      auto nested = [&](std::size_t i, std::size_t innerThread) {
        inner[2 * t + i] += 1;
        if (innerThread != thread) wrongThread = true;
      };
      pool.run(2, nested);
    };
    pool.run(2, task);
    QCOMPARE(inner, (std::vector<int>{1, 1, 1, 1}));
    QVERIFY(!wrongThread);
  }

  void fewerChunksThanThreads() {
    WorkerPool pool(3);
    std::vector<std::atomic<int>> counts(3);
    auto task = [&](std::size_t t) { ++counts[t]; };
    for (int i = 0; i < 1000; ++i) pool.run(2, task);
    QCOMPARE(counts[0].load(), 1000);
    QCOMPARE(counts[1].load(), 1000);
    QCOMPARE(counts[2].load(), 0);
  }

  void defaultsFollowTheCores() {
    const int cores = int(std::max(std::thread::hardware_concurrency(), 1u));
    QCOMPARE(defaultComputeThreads(), std::min(cores, 64));
    QCOMPARE(defaultAppComputeThreads(), std::max(std::min(cores, 64) - 1, 1));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestThreads)
#include "test_threads.moc"
