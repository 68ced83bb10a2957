// One owner for threads. With n > 1 compute threads the engine splits a batch's samples over
// its own pool of n threads (data parallel, see Trainer), and OpenBLAS runs single-threaded
// inside each of them, so two busy pools never compete for the cores. With n = 1 nothing runs
// in parallel (OpenBLAS single-threaded too).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace cnnlab {

// n ≥ 1 (clamped); returns the count in force. Resizes the engine's pool (call it while no
// training runs); OpenBLAS gets 1 thread.
int setComputeThreads(int n);
int computeThreads();
// OpenBLAS's own pool, for measuring the GEMM ceiling only (bench); set it back to 1 after.
void setBlasThreads(int n);

// A fixed set of worker threads that run task i of count on thread i (the caller runs task 0),
// so a task index always lands on the same thread and its data stays in that core's caches.
// run() blocks until every task is done; concurrent run() calls from different threads take
// turns, and a run() from inside a task runs its tasks one after another on that thread.
// Workers and the caller spin for a few tens of microseconds before sleeping: a per-sample
// step hands out work every ~30 µs, about what one sleep and wake-up costs here.
class WorkerPool {
 public:
  explicit WorkerPool(std::size_t threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  std::size_t size() const { return workers_.size() + 1; }

  // task(i) for i in [0, count), count ≤ size(). No allocation (the callable is not copied).
  template <typename F>
  void run(std::size_t count, F& task) {
    runTasks(count, [](void* context, std::size_t i) { (*static_cast<F*>(context))(i); }, &task);
  }

 private:
  void runTasks(std::size_t count, void (*function)(void*, std::size_t), void* context);
  void work(std::size_t index);

  std::vector<std::thread> workers_;
  std::mutex turn_;  // one run() at a time
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  // Written under mutex_, read without it while spinning:
  std::atomic<std::size_t> generation_{0}, pending_{0};
  std::atomic<bool> stopping_{false};
  std::size_t count_ = 0;
  void (*function_)(void*, std::size_t) = nullptr;
  void* context_ = nullptr;
};

// The engine's pool, sized by setComputeThreads (one thread: no workers).
WorkerPool& computePool();

}  // namespace cnnlab
