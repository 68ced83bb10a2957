// The engine's worker pool and OpenBLAS thread control (declared here to avoid depending on one
// distribution's cblas.h path).
#include "engine/threads.hpp"

#include <algorithm>
#include <memory>

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

void WorkerPool::runTasks(std::size_t count, void (*function)(void*, std::size_t), void* context) {
  count = std::min(count, size());
  if (count == 0) return;
  if (count == 1) {
    function(context, 0);
    return;
  }
  std::lock_guard turn(turn_);
  {
    std::lock_guard lock(mutex_);
    function_ = function;
    context_ = context;
    count_ = count;
    pending_ = count - 1;
    ++generation_;
  }
  wake_.notify_all();
  function(context, 0);
  std::unique_lock lock(mutex_);
  done_.wait(lock, [this] { return pending_ == 0; });
}

void WorkerPool::work(std::size_t index) {
  std::size_t seen = 0;
  for (;;) {
    void (*function)(void*, std::size_t);
    void* context;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
      if (index >= count_) continue;
      function = function_;
      context = context_;
    }
    function(context, index);
    {
      std::lock_guard lock(mutex_);
      --pending_;
    }
    done_.notify_one();
  }
}

}  // namespace cnnlab
