// The engine's worker pool and OpenBLAS thread control (declared here to avoid depending on one
// distribution's cblas.h path).
#include "engine/threads.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

extern "C" {
void openblas_set_num_threads(int);
int openblas_get_num_threads(void);
}

namespace cnnlab {

namespace {
// OpenBLAS starts with one thread per core. The engine's pool owns the parallelism, so OpenBLAS
// runs single-threaded from the start, not only once someone calls setComputeThreads: a program
// (or a test) that trains without calling it would otherwise have OpenBLAS's threads competing
// with the training and the UI thread for the cores (seen as 40–56 ms event-loop gaps).
[[maybe_unused]] const bool blasSingleThreaded = (openblas_set_num_threads(1), true);

std::unique_ptr<WorkerPool>& poolSlot() {
  static std::unique_ptr<WorkerPool> pool = std::make_unique<WorkerPool>(1);
  return pool;
}
}  // namespace

int setComputeThreads(int n) {
  n = std::clamp(n, 1, 64);
  openblas_set_num_threads(1);  // the engine's pool owns the parallelism
  if (poolSlot()->size() != std::size_t(n)) poolSlot() = std::make_unique<WorkerPool>(std::size_t(n));
  return n;
}

int computeThreads() { return int(poolSlot()->size()); }

int defaultComputeThreads() { return int(std::clamp(std::thread::hardware_concurrency(), 1u, 64u)); }

int defaultAppComputeThreads() { return std::max(defaultComputeThreads() - 1, 1); }

void setBlasThreads(int n) { openblas_set_num_threads(std::max(n, 1)); }

WorkerPool& computePool() { return *poolSlot(); }

// 50 µs: 0–50 µs measured the same beside a busy core, 200 µs worse (BENCHMARKS.md). Fixed, not
// read from the environment: engine/ takes no settings behind the caller's back.
unsigned WorkerPool::spinMicroseconds() { return 50u; }

namespace {

constexpr std::size_t kNone = std::size_t(-1);
thread_local std::size_t taskThread = kNone;  // inside a WorkerPool chunk: that thread's index

// Polls ready() for up to spinMicroseconds(); true as soon as it holds.
template <typename Ready>
bool spinUntil(Ready ready) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(WorkerPool::spinMicroseconds());
  for (unsigned i = 1;; ++i) {
    if (ready()) return true;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if (i % 32 == 0 && std::chrono::steady_clock::now() > deadline) return ready();
  }
}

std::uint64_t pack(std::uint32_t generation, std::size_t next, std::size_t end) {
  return std::uint64_t(generation) << 32 | std::uint64_t(next) << 16 | std::uint64_t(end);
}

}  // namespace

WorkerPool::WorkerPool(std::size_t threads) : ranges_(std::max<std::size_t>(threads, 1)) {
  for (std::size_t t = 1; t < ranges_.size(); ++t) workers_.emplace_back([this, t] { work(t); });
}

WorkerPool::~WorkerPool() {
  stopping_.store(true);
  generation_.fetch_add(1);
  generation_.notify_all();
  for (std::thread& t : workers_) t.join();
}

std::size_t WorkerPool::claim(std::size_t range, std::uint32_t generation, bool own) {
  std::atomic<std::uint64_t>& word = ranges_[range].word;
  std::uint64_t w = word.load(std::memory_order_acquire);
  for (;;) {
    if (std::uint32_t(w >> 32) != generation) return kNone;  // a newer job: this one is done
    const std::size_t next = (w >> 16) & 0xFFFF, end = w & 0xFFFF;
    if (next >= end) return kNone;
    const std::uint64_t taken = own ? w + (std::uint64_t(1) << 16) : w - 1;
    if (word.compare_exchange_weak(w, taken, std::memory_order_acq_rel, std::memory_order_acquire))
      return own ? next : end - 1;
  }
}

void WorkerPool::finishChunk() {
  if (remaining_.fetch_sub(1) == 1 && callerAsleep_.load()) remaining_.notify_one();
}

void WorkerPool::takeChunks(std::size_t thread, std::uint32_t generation) {
  const std::size_t T = ranges_.size();
  taskThread = thread;
  for (std::size_t k = 0; k < T; ++k) {  // its own share first, then the others', from their far end
    const std::size_t range = (thread + k) % T;
    for (std::size_t chunk; (chunk = claim(range, generation, k == 0)) != kNone;) {
      // Read after the claim: the caller cannot start another job before this chunk is finished.
      function_(context_, chunk, thread);
      finishChunk();
    }
  }
  taskThread = kNone;
}

void WorkerPool::runTasks(std::size_t count, Function function, void* context) {
  if (count == 0) return;
  // Nothing to share, nested, or more chunks than a range word counts: run them here, in order.
  if (count == 1 || size() == 1 || taskThread != kNone || count > kMaxChunks) {
    const std::size_t thread = taskThread == kNone ? 0 : taskThread;
    const std::size_t outer = taskThread;
    taskThread = thread;
    for (std::size_t i = 0; i < count; ++i) function(context, i, thread);
    taskThread = outer;
    return;
  }
  std::lock_guard turn(turn_);
  std::uint32_t generation = ++nextGeneration_;
  if (generation == 0) generation = ++nextGeneration_;  // 0 is what new workers have seen
  function_ = function;
  context_ = context;
  remaining_.store(std::uint32_t(count), std::memory_order_relaxed);
  const std::size_t T = ranges_.size();
  for (std::size_t r = 0; r < T; ++r)
    ranges_[r].word.store(pack(generation, count * r / T, count * (r + 1) / T), std::memory_order_release);
  generation_.store(generation);
  if (sleepers_.load() > 0) generation_.notify_all();
  takeChunks(0, generation);
  // Every chunk is taken; wait for those still running on other threads.
  if (spinUntil([this] { return remaining_.load(std::memory_order_acquire) == 0; })) return;
  callerAsleep_.store(true);
  for (std::uint32_t left; (left = remaining_.load()) != 0;) remaining_.wait(left);
  callerAsleep_.store(false, std::memory_order_relaxed);
}

bool AdaptiveSplit::tick() {
  const std::int64_t now = std::chrono::steady_clock::now().time_since_epoch().count();
  using Ticks = std::chrono::steady_clock::duration;
  if (jobs_ > 0 && Ticks(now - last_) > std::chrono::milliseconds(10)) clean_ = false;  // paused: not a fair sample
  last_ = now;
  if (jobs_ == kPhaseJobs) {  // a phase is over: its time, then the next phase's way
    if (clean_) {
      double& smoothed = seconds_[parallel_];
      const double seconds = std::chrono::duration<double>(Ticks(now - phaseStart_)).count();
      smoothed = smoothed < 0 ? seconds : 0.5 * smoothed + 0.5 * seconds;
    }
    ++phases_;
    if (seconds_[1] < 0 || seconds_[0] < 0) {
      parallel_ = seconds_[1] < 0;  // time each way once first
    } else {
      const bool parallelFaster = seconds_[1] <= seconds_[0];
      parallel_ = phases_ % kExploreEvery == 0 ? !parallelFaster : parallelFaster;
    }
    jobs_ = 0;
    clean_ = true;
  }
  if (jobs_++ == 0) phaseStart_ = now;
  return parallel_;
}

void WorkerPool::work(std::size_t thread) {
  std::uint32_t seen = 0;
  for (;;) {
    if (!spinUntil([&] { return generation_.load(std::memory_order_acquire) != seen; })) {
      sleepers_.fetch_add(1);
      while (generation_.load() == seen) generation_.wait(seen);
      sleepers_.fetch_sub(1, std::memory_order_relaxed);
    }
    if (stopping_.load()) return;
    seen = generation_.load(std::memory_order_acquire);
    takeChunks(thread, seen);
  }
}

}  // namespace cnnlab
