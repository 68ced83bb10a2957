// One owner for threads: the engine computes on OpenBLAS's pool only; this sets its size.
#pragma once

namespace cnnlab {

// n ≥ 1 threads for OpenBLAS (the engine's only thread pool); returns the count in force.
int setComputeThreads(int n);
int computeThreads();

}  // namespace cnnlab
