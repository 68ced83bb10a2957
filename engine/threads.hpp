// One owner for threads. With n > 1 compute threads the engine splits a batch's samples over
// its own pool of n threads (data parallel, see Trainer), and OpenBLAS runs single-threaded
// inside each of them, so two busy pools never compete for the cores. With n = 1 nothing runs
// in parallel (OpenBLAS single-threaded too).
//
// Results never depend on the thread count or on timing: callers cut their work into chunks
// whose boundaries depend on the work only (never on the number of threads), keep each chunk's
// result apart and combine them in chunk order. Which thread runs a chunk is then invisible.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace cnnlab {

// n ≥ 1 (clamped); returns the count in force. Resizes the engine's pool (call it while no
// training runs); OpenBLAS gets 1 thread.
int setComputeThreads(int n);
int computeThreads();
// The default thread counts: the machine's cores (std::thread::hardware_concurrency(), at least
// 1) for cnnlab-cli, one fewer (at least 1) for the desktop app so its UI keeps a core.
int defaultComputeThreads();
int defaultAppComputeThreads();
// OpenBLAS's own pool, for measuring the GEMM ceiling only (bench); set it back to 1 after.
void setBlasThreads(int n);

// A fixed set of worker threads that run the chunks 0 … count − 1 of a job, each exactly once.
// Chunks are handed out dynamically, so a thread the OS has descheduled (another process holds
// its core) holds up at most the one chunk it is running: the others take the rest. Each thread
// starts with its own contiguous share of the chunks (the same share every run, so that data
// stays in its core's cache), then takes the remaining chunks of the others, from their far end.
// The caller runs chunks too. run() blocks until every chunk is done; concurrent run() calls
// from different threads take turns, and a run() from inside a chunk runs its chunks one after
// another on that thread, in order.
// Idle workers and the waiting caller spin for a short while (spinMicroseconds()), then sleep on
// a futex (std::atomic::wait), so a thread never burns a core another process needs for long.
class WorkerPool {
 public:
  explicit WorkerPool(std::size_t threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  std::size_t size() const { return workers_.size() + 1; }
  static constexpr std::size_t kMaxChunks = 0xFFFF;

  // task(chunk) or task(chunk, thread) for every chunk in [0, count), count ≤ kMaxChunks;
  // thread in [0, size()) names the thread running it (0 = the caller), for per-thread scratch.
  // No allocation (the callable is not copied).
  template <typename F>
  void run(std::size_t count, F& task) {
    if constexpr (std::is_invocable_v<F&, std::size_t, std::size_t>)
      runTasks(count, [](void* c, std::size_t i, std::size_t t) { (*static_cast<F*>(c))(i, t); }, &task);
    else
      runTasks(count, [](void* c, std::size_t i, std::size_t) { (*static_cast<F*>(c))(i); }, &task);
  }

  // How long idle threads poll before they sleep (see threads.cpp for the measurement).
  static unsigned spinMicroseconds();

 private:
  using Function = void (*)(void*, std::size_t, std::size_t);
  void runTasks(std::size_t count, Function function, void* context);
  void work(std::size_t thread);
  // Runs chunks of job `generation` until none are left to take; false when the job was
  // replaced by a newer one.
  void takeChunks(std::size_t thread, std::uint32_t generation);
  std::size_t claim(std::size_t range, std::uint32_t generation, bool own);
  void finishChunk();

  // One share of the chunks: generation (32 bits) | next (16) | end (16). The owner takes from
  // next upwards, others from end downwards, each with one compare-and-swap.
  struct alignas(64) Range {
    std::atomic<std::uint64_t> word{0};
  };

  std::vector<std::thread> workers_;
  std::vector<Range> ranges_;
  std::mutex turn_;  // one run() at a time
  // The job. function_ and context_ are written before generation_ is published and read only
  // after a chunk was claimed, while the caller waits for it, so they need no lock.
  Function function_ = nullptr;
  void* context_ = nullptr;
  std::uint32_t nextGeneration_ = 0;                  // caller's side
  alignas(64) std::atomic<std::uint32_t> generation_{0};  // workers wait on it
  alignas(64) std::atomic<std::uint32_t> remaining_{0};   // chunks not yet finished; the caller waits on it
  std::atomic<std::uint32_t> sleepers_{0};             // workers asleep (or about to be) on generation_
  std::atomic<bool> callerAsleep_{false};
  std::atomic<bool> stopping_{false};
};

// The engine's pool, sized by setComputeThreads (one thread: no workers).
WorkerPool& computePool();

// For a call site with very short jobs (one sample's sweep over a dense layer: ~10 µs, twice a
// step). Splitting them pays on an idle machine, but when another process holds a core the
// workers (spinning between jobs, or descheduled mid-chunk) cost the caller more than they save.
// So the site times itself both ways: phases of 256 jobs, timed from the first job's start to the
// next phase's (the whole steps, not only the jobs), over the pool or on the calling thread alone
// in chunk order (the same results). It keeps the faster way and tries the other one phase in 8.
// One per call site; not thread-safe.
class AdaptiveSplit {
 public:
  template <typename F>
  void run(std::size_t count, F& task) {
    if (computePool().size() > 1 && tick()) {
      computePool().run(count, task);
      return;
    }
    for (std::size_t i = 0; i < count; ++i) task(i);
  }
  bool parallel() const { return parallel_; }

 private:
  bool tick();  // counts a job; true when it runs over the pool
  static constexpr std::size_t kPhaseJobs = 256, kExploreEvery = 8;
  bool parallel_ = true, clean_ = true;
  std::size_t jobs_ = 0, phases_ = 0;
  double seconds_[2] = {-1, -1};        // smoothed phase time: [0] alone, [1] over the pool
  std::int64_t phaseStart_ = 0, last_ = 0;  // steady_clock ticks
};

}  // namespace cnnlab
