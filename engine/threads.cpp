// The engine's worker pool and OpenBLAS thread control (declared here to avoid depending on one
// distribution's cblas.h path).
#include "engine/threads.hpp"

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

extern "C" {
void openblas_set_num_threads(int);
int openblas_get_num_threads(void);
}

namespace cnnlab {

namespace {
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

void setBlasThreads(int n) { openblas_set_num_threads(std::max(n, 1)); }

WorkerPool& computePool() { return *poolSlot(); }

WorkerPool::WorkerPool(std::size_t threads) {
  for (std::size_t i = 1; i < std::max<std::size_t>(threads, 1); ++i) workers_.emplace_back([this, i] { work(i); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : workers_) t.join();
}

namespace {

thread_local bool insideTask = false;  // this thread is running a WorkerPool task

// Polls ready() for up to 200 µs (about what OpenMP runtimes spin); true as soon as it holds.
template <typename Ready>
bool spinUntil(Ready ready) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
  for (unsigned i = 1;; ++i) {
    if (ready()) return true;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if (i % 64 == 0) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::yield();  // should the other thread share this core, let it run
    }
  }
}

struct TaskScope {
  TaskScope() { insideTask = true; }
  ~TaskScope() { insideTask = false; }
};

}  // namespace

void WorkerPool::runTasks(std::size_t count, void (*function)(void*, std::size_t), void* context) {
  count = std::min(count, size());
  if (count == 0) return;
  if (count == 1 || insideTask) {  // nothing to share, or already inside a task: run them here
    for (std::size_t i = 0; i < count; ++i) function(context, i);
    return;
  }
  std::lock_guard turn(turn_);
  {
    std::lock_guard lock(mutex_);
    function_ = function;
    context_ = context;
    count_ = count;
    pending_.store(count - 1);
    generation_.fetch_add(1);
  }
  wake_.notify_all();
  {
    TaskScope scope;
    function(context, 0);
  }
  if (spinUntil([this] { return pending_.load() == 0; })) return;
  std::unique_lock lock(mutex_);
  done_.wait(lock, [this] { return pending_.load() == 0; });
}

void WorkerPool::work(std::size_t index) {
  std::size_t seen = 0;
  for (;;) {
    spinUntil([&] { return generation_.load() != seen || stopping_.load(); });
    void (*function)(void*, std::size_t);
    void* context;
    std::size_t count;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_.load() || generation_.load() != seen; });
      if (stopping_) return;
      seen = generation_.load();
      count = count_;
      function = function_;
      context = context_;
    }
    if (index >= count) continue;
    {
      TaskScope scope;
      function(context, index);
    }
    if (pending_.fetch_sub(1) == 1) {
      std::lock_guard lock(mutex_);  // the caller checks pending_ under mutex_ before it sleeps
      done_.notify_one();
    }
  }
}

}  // namespace cnnlab
