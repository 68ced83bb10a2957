// CPU time, the tests' measure of "bounded time": unlike wall time it does not grow when other
// programs share the cores, so a bound on it fails for runaway work, never for a busy machine.
// (A wait that burns no CPU, such as a blocked open(), is caught by ctest's per-test timeout.)
#pragma once

#include <sys/resource.h>

#include <ctime>

namespace cnnlab::testing {

// CPU seconds used by this process so far, all its threads together.
inline double processCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

// CPU seconds (user + system) used so far by this process's children that have ended and been
// waited for (QProcess waits for its own).
inline double childrenCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  const auto seconds = [](const timeval& t) { return double(t.tv_sec) + 1e-6 * double(t.tv_usec); };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

}  // namespace cnnlab::testing
