// The engine's hot inner loops as plain functions over raw arrays, compiled for several x86
// instruction sets (SSE2, AVX2, AVX-512) and picked at load time, so a portable build still
// runs at the speed of the CPU it is on. The layers stay readable; the arithmetic they cite
// lives here once.
#pragma once

#include <cstddef>

namespace cnnlab::kernels {

// y = 1 / (1 + e^(−x)) for n values (y may alias x). Float uses a polynomial e^x accurate to
// about 2 ulp that the compiler can vectorise; double calls std::exp.
void sigmoid(const float* x, float* y, std::size_t n);
void sigmoid(const double* x, double* y, std::size_t n);

// One sweep over a dense layer's W (O × I, column-major) for one sample (second notes,
// eqs. 25–28, fused with the SGD update θ ← θ − η ∂E/∂θ):
//   dx_j = Σ_i W_ij g_i   with W before the update (skipped when dx is null)
//   W_ij ← W_ij − η g_i x_j
// g: ∂E/∂Y (O), x: the layer's input (I). Reads and writes W once instead of three times.
void denseBackwardUpdate(float* W, std::size_t O, std::size_t I, const float* g, const float* x, float rate,
                         float* dx);
void denseBackwardUpdate(double* W, std::size_t O, std::size_t I, const double* g, const double* x, double rate,
                         double* dx);

}  // namespace cnnlab::kernels
