// A token bucket per key (a student's token, or an address): each key may spend `burst` requests at
// once and gets `perSecond` back each second. The number of keys kept is capped, so a flood of new
// keys costs bounded memory: when full, the keys idle longest are forgotten first.
#pragma once

#include <QByteArray>
#include <QHash>

namespace cnnlab {

class RateLimiter {
 public:
  RateLimiter(double burst, double perSecond, int maxKeys = 4096) : burst_(burst), perSecond_(perSecond), maxKeys_(maxKeys) {}
  // True (and one token spent) when key may make a request at nowMs, a monotonic clock in ms.
  bool allow(const QByteArray& key, qint64 nowMs);
  int keys() const { return int(buckets_.size()); }

 private:
  struct Bucket {
    double tokens;
    qint64 at;  // when tokens was last brought up to date
  };
  void forgetIdle();

  double burst_, perSecond_;
  int maxKeys_;
  QHash<QByteArray, Bucket> buckets_;
};

}  // namespace cnnlab
