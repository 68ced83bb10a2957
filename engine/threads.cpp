// OpenBLAS thread control (declared here to avoid depending on one distribution's cblas.h path).
#include "engine/threads.hpp"

extern "C" {
void openblas_set_num_threads(int);
int openblas_get_num_threads(void);
}

namespace cnnlab {

int setComputeThreads(int n) {
  openblas_set_num_threads(n < 1 ? 1 : n);
  return openblas_get_num_threads();
}

int computeThreads() { return openblas_get_num_threads(); }

}  // namespace cnnlab
