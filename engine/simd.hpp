// The engine's hot inner loops as plain functions over raw arrays, compiled for several x86
// instruction sets (SSE2, AVX2, AVX-512) and picked at load time, so a portable build still
// runs at the speed of the CPU it is on. The layers stay readable; the arithmetic they cite
// lives here once.
#pragma once

#include <cstddef>

namespace cnnlab::simd {

// y = 1 / (1 + e^(−x)) for n values (y may alias x). Float uses a polynomial e^x accurate to
// about 2 ulp that the compiler can vectorise; double calls std::exp.
void sigmoid(const float* x, float* y, std::size_t n);
void sigmoid(const double* x, double* y, std::size_t n);

// One sample through a dense layer (second notes, eq. 25): y = b + W x, W O × I column-major,
// first column first. For 16 to 143 outputs every output's sum stays in a register.
void denseForward(const float* W, std::size_t O, std::size_t I, const float* x, const float* b, float* y);
void denseForward(const double* W, std::size_t O, std::size_t I, const double* x, const double* b, double* y);

// One sweep over a dense layer's W (O × I, column-major) for one sample (second notes,
// eqs. 25–28, fused with the SGD update θ ← θ − η ∂E/∂θ):
//   dx_j = Σ_i W_ij g_i   with W before the update (skipped when dx is null)
//   W_ij ← W_ij − η g_i x_j
// g: ∂E/∂Y (O), x: the layer's input (I). Reads and writes W once instead of three times.
void denseBackwardUpdate(float* W, std::size_t O, std::size_t I, const float* g, const float* x, float rate,
                         float* dx);
void denseBackwardUpdate(double* W, std::size_t O, std::size_t I, const double* g, const double* x, double rate,
                         double* dx);

// im2col and col2im for stride 1 without padding, one sample of C channels H × W (column-major,
// channel after channel), a k × k kernel, Ho = H − k + 1, Wo = W − k + 1:
//   im2colValid:  patches[(r + Ho·c) + ld·q]  = x_j(r + u, c + v)   for q = u + k·(v + k·j)
//   col2imValid:  x_j(r + u, c + v)          += patches[(r + Ho·c) + ld·q]
// Each (q, c) is a run of Ho values (8 to 28 in practice), copied in whole vector blocks.
void im2colValid(const float* x, std::size_t C, std::size_t H, std::size_t W, std::size_t k, float* patches,
                 std::size_t ld);
void im2colValid(const double* x, std::size_t C, std::size_t H, std::size_t W, std::size_t k, double* patches,
                 std::size_t ld);
void col2imValid(const float* patches, std::size_t ld, std::size_t C, std::size_t H, std::size_t W, std::size_t k,
                 float* x);
void col2imValid(const double* patches, std::size_t ld, std::size_t C, std::size_t H, std::size_t W, std::size_t k,
                 double* x);

// C (m × n) = A (m × k) · B (k × n), all column-major (A's columns lda apart, B's k apart, C's
// ldc apart), for the narrow products of a convolution's forward pass: m = output cells of a
// slab of samples (hundreds to thousands), k = patch size, n = kernel count (5, 6, 16). 16 rows
// at a time with up to 8 columns of C in registers, so A is read once per 8 columns of C and C
// written once. OpenBLAS's general sgemm spends more time packing such shapes than multiplying.
void gemmNarrow(const float* A, std::size_t lda, std::size_t m, std::size_t k, const float* B, std::size_t n,
                float* C, std::size_t ldc);
void gemmNarrow(const double* A, std::size_t lda, std::size_t m, std::size_t k, const double* B, std::size_t n,
                double* C, std::size_t ldc);

// A stride-1, unpadded convolution's forward pass straight from its input, without im2col's
// copy, for Ho = H − k + 1 a multiple of 8: for each of N samples (x's columns ldx apart, y's ldy)
//   y[cells·i + p] = (Σ_q patch(p, q) · kernels[q + C·k·k·i]) + bias(i, p)
// with patch(p, q) as im2colValid lays it out, the sum over q = 0, 1, … in order from 0 (so the
// same values as gemmNarrow over im2colValid's patches, plus the bias), cells = Ho·Wo, and
// bias(i, p) = bias[cells·i + p] (biasPerOutput) or bias[i]. 8 output cells at a time: 8
// consecutive rows of one output column, whose windows start on 8 consecutive input rows.
void convValidForward(const float* x, std::size_t ldx, std::size_t N, std::size_t C, std::size_t H, std::size_t W,
                      std::size_t k, const float* kernels, std::size_t K, const float* bias, bool biasPerOutput,
                      float* y, std::size_t ldy);

// ∂E/∂K (and, if biasGradient is not null, the per-kernel ∂E/∂b) of that convolution over N
// samples, straight from the input x and ∂E/∂Y (dY, columns ldy apart, kernel i's cells at
// cells·i), without im2col's copy or a general GEMM:
//   G[q + C·k·k·i] = Σ_n Σ_p patch_n(p, q) · dY_n[cells·i + p],   biasGradient[i] = Σ_n Σ_p dY_n[cells·i + p]
// Each sum runs in 8 lanes (p mod 8) over the samples, then the cells, in order, and the lanes are
// added pairwise at the end. Only for k = 3 or 5 and Ho a multiple of 8: returns false (and does
// nothing) otherwise.
bool convValidKernelGradient(const float* x, std::size_t ldx, const float* dY, std::size_t ldy, std::size_t N,
                             std::size_t C, std::size_t H, std::size_t W, std::size_t k, std::size_t K, float* G,
                             float* biasGradient);

// 2×2 max pooling with stride 2 of `channels` column-major H × W channels (H even), one sample:
// y(r, c) = max of x(2r, 2c), x(2r + 1, 2c), x(2r, 2c + 1), x(2r + 1, 2c + 1). First the
// vertical pairs of the whole sample into `pairs` (channels·H·W/2 values; H is even, so no pair
// straddles two columns), then the horizontal pairs of those; when H is a multiple of 8, the same
// comparisons in one pass, four outputs at a time (`pairs` unused).
void maxPool2x2(const float* x, float* y, std::size_t H, std::size_t W, std::size_t channels, float* pairs);
void maxPool2x2(const double* x, double* y, std::size_t H, std::size_t W, std::size_t channels, double* pairs);

// maxPool2x2's backward pass for H a multiple of 8, one sample: each window's cells get ∂E/∂y at
// the cell the scalar scan picks (the first of the largest, in the order (2r, 2c), (2r + 1, 2c),
// (2r, 2c + 1), (2r + 1, 2c + 1)) and 0 at the other three; g is ∂E/∂y (channels·Ho·Wo, column-
// major). The cells of an odd W's last column are not written.
void maxPool2x2Backward(const float* x, const float* g, float* dx, std::size_t H, std::size_t W,
                        std::size_t channels);

// The plainest streaming loops, for measuring the cache bandwidth the dense sweeps are bound by
// (bench): the sum of n values, and x ← s·x in place.
float streamSum(const float* x, std::size_t n);
void streamScale(float* x, std::size_t n, float s);

}  // namespace cnnlab::simd
