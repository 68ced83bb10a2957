// Token buckets with a bounded number of keys.
#include "ui/classroom/rate_limit.hpp"

#include <algorithm>
#include <vector>

namespace cnnlab {

bool RateLimiter::allow(const QByteArray& key, qint64 nowMs) {
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= maxKeys_) forgetIdle();
    it = buckets_.insert(key, {burst_, nowMs});
  }
  Bucket& b = *it;
  b.tokens = std::min(burst_, b.tokens + double(std::max<qint64>(0, nowMs - b.at)) * perSecond_ / 1000.0);
  b.at = nowMs;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

void RateLimiter::forgetIdle() {
  // The half idle longest goes (a key idle long enough to be full again loses nothing by it).
  std::vector<qint64> times;
  times.reserve(std::size_t(buckets_.size()));
  for (const Bucket& b : buckets_) times.push_back(b.at);
  std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
  const qint64 cut = times[times.size() / 2];
  for (auto it = buckets_.begin(); it != buckets_.end();) it = it->at <= cut ? buckets_.erase(it) : std::next(it);
}

}  // namespace cnnlab
