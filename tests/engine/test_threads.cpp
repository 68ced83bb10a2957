// Tests for the engine's WorkerPool: every task runs exactly once per run(), on the thread of its
// index, whether the workers are still spinning or have gone to sleep; concurrent run() calls
// take turns; a run() inside a task runs inline.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "engine/threads.hpp"

using namespace cnnlab;

class TestThreads : public QObject {
  Q_OBJECT

 private slots:
  // Back-to-back runs (workers spinning) and runs after a pause longer than the spin (workers
  // asleep, woken through the condition variable).
  void everyTaskRunsOncePerRun() {
    WorkerPool pool(2);
    std::vector<long> counts(2, 0);
    std::vector<std::thread::id> ids(2);
    auto task = [&](std::size_t t) {
      ++counts[t];
      ids[t] = std::this_thread::get_id();
    };
    const std::thread::id caller = std::this_thread::get_id();
    for (int i = 0; i < 20000; ++i) {
      pool.run(2, task);
      if (i % 2000 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    QCOMPARE(counts[0], 20000L);
    QCOMPARE(counts[1], 20000L);
    QCOMPARE(ids[0], caller);  // task 0 on the caller
    QVERIFY(ids[1] != caller);
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
      for (int i = 0; i < 3000; ++i) pool.run(2, task);
    };
    std::thread a(caller), b(caller);
    a.join();
    b.join();
    QCOMPARE(total.load(), 2L * 3000 * 2);
    QVERIFY(most.load() <= 2);  // never two runs' tasks at once
  }

  void runInsideATaskRunsInline() {
    WorkerPool pool(2);
    std::vector<int> inner(4, 0);
    auto task = [&](std::size_t t) {
      auto nested = [&](std::size_t i) { inner[2 * t + i] += 1; };
      pool.run(2, nested);
    };
    pool.run(2, task);
    QCOMPARE(inner, (std::vector<int>{1, 1, 1, 1}));
  }

  void fewerTasksThanThreads() {
    WorkerPool pool(3);
    std::vector<int> counts(3, 0);
    auto task = [&](std::size_t t) { ++counts[t]; };
    for (int i = 0; i < 1000; ++i) pool.run(2, task);
    QCOMPARE(counts, (std::vector<int>{1000, 1000, 0}));
  }
};

QTEST_APPLESS_MAIN(TestThreads)
#include "test_threads.moc"
