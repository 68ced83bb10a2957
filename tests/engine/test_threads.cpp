// Tests for the engine's WorkerPool: every chunk runs exactly once per run(), whether the workers
// are still spinning or have gone to sleep, and the thread index passed names the thread running
// it; a held-up thread holds up one chunk only (the others take the rest); idle workers sleep
// rather than spin; concurrent run() calls take turns; a run() inside a chunk runs inline.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <ctime>
#include <thread>
#include <vector>

#include "engine/threads.hpp"

using namespace cnnlab;

namespace {
double processCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
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
  // the caller takes every other one, its own share and the worker's.
  void aHeldUpThreadHoldsUpOneChunk() {
    WorkerPool pool(2);
    constexpr std::size_t K = 8;
    std::vector<std::size_t> ranOn(K, 99);
    std::atomic<bool> held{false};
    auto task = [&](std::size_t k, std::size_t thread) {
      ranOn[k] = thread;
      if (thread == 1 && !held.exchange(true)) std::this_thread::sleep_for(std::chrono::milliseconds(300));
    };
    pool.run(K, task);
    std::size_t byCaller = 0;
    for (std::size_t t : ranOn) {
      QVERIFY(t < 2);
      byCaller += t == 0;
    }
    QVERIFY2(byCaller >= K - 1, qPrintable(QString::number(byCaller)));
    // And the other way round: the caller held up in chunk 0, the worker takes the rest.
    std::atomic<std::size_t> byWorker{0};
    std::atomic<bool> workerStarted{false};
    auto slowCaller = [&](std::size_t k, std::size_t thread) {
      if (thread == 1) {
        workerStarted = true;
        ++byWorker;
      } else if (k == 0) {
        for (int i = 0; i < 1000 && !workerStarted; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        // Long enough that a worker descheduled by a loaded machine (parallel ctest) still gets there.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
      }
    };
    pool.run(K, slowCaller);
    QVERIFY2(byWorker.load() >= K - 1, qPrintable(QString::number(byWorker.load())));
  }

  // Between runs the workers spin briefly, then sleep: 200 ms idle cost next to no CPU time.
  // Spinning workers would burn 2–3 × 200 ms; a tenth of one core's 600 ms leaves room for a
  // loaded machine's accounting noise (20 ms failed once beside a parallel ctest).
  void idleWorkersSleep() {
    WorkerPool pool(3);
    std::atomic<long> total{0};
    auto task = [&](std::size_t) { ++total; };
    for (int i = 0; i < 100; ++i) pool.run(6, task);
    const double before = processCpuSeconds();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double idle = processCpuSeconds() - before;
    QVERIFY2(idle < 0.06, qPrintable(QString("%1 s of CPU while idle").arg(idle)));
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

QTEST_APPLESS_MAIN(TestThreads)
#include "test_threads.moc"
