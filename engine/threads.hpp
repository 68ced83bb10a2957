// One owner for threads. With n > 1 compute threads the engine splits a batch's samples over
// its own pool of n threads (data parallel, see Trainer), and OpenBLAS runs single-threaded
// inside each of them, so two busy pools never compete for the cores. With n = 1 nothing runs
// in parallel (OpenBLAS single-threaded too).
#pragma once

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

// A fixed set of worker threads that run task i of count on thread i (the caller runs task 0).
// run() blocks until every task is done; concurrent run() calls from different threads take
// turns (a task must not call run() itself).
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
  std::size_t generation_ = 0, count_ = 0, pending_ = 0;
  bool stopping_ = false;
  void (*function_)(void*, std::size_t) = nullptr;
  void* context_ = nullptr;
};

// The engine's pool, sized by setComputeThreads (one thread: no workers).
WorkerPool& computePool();

}  // namespace cnnlab
