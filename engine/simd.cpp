// Hot loops written so GCC vectorises them (fixed-width partial sums instead of a serial
// reduction, a polynomial instead of a libm call), cloned per instruction set.
#include "engine/simd.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

// One clone per instruction set, chosen by the loader (GNU ifunc). Sanitizer builds keep one
// plain version: they measure correctness, not speed, and under TSan the ifunc resolvers run
// before its runtime is up and crash at load.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__) && \
    !defined(__SANITIZE_THREAD__)
// Feature names, not "arch=…": an arch clone is only taken on that exact CPU family.
#define CNNLAB_CLONES __attribute__((target_clones("default", "avx2", "avx512f")))
#else
#define CNNLAB_CLONES
#endif
// Helpers are inlined into each clone so they are compiled for its instruction set too.
#define CNNLAB_INLINE inline __attribute__((always_inline))
#define CNNLAB_INLINE_LAMBDA __attribute__((always_inline))

namespace cnnlab::simd {

namespace {

// e^t for t in [−87, 88] (callers clamp), after Cephes' expf: t = n·ln2 + r with |r| ≤ ln2/2,
// e^r from a degree-7 polynomial, 2^n put straight into the exponent bits. Relative error ~2 ulp.
CNNLAB_INLINE float expClamped(float t) {
  constexpr float log2e = 1.44269504088896341f, ln2High = 0.693359375f, ln2Low = -2.12194440e-4f;
  constexpr float round = 12582912.0f;  // 1.5·2^23: adding and subtracting it rounds to an integer
  const float shifted = t * log2e + round;  // n, the integer, in its low mantissa bits
  const float n = shifted - round;
  const float r = (t - n * ln2High) - n * ln2Low;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r * r + r + 1.0f;
  // 2^n: n + 127 into the exponent bits, n read from shifted's bits rather than cast from float (a
  // NaN t, as a diverging run gives, must not be converted to int: undefined behaviour, which
  // clang's UBSan reported). Unsigned arithmetic; for finite t the same bits as before.
  const std::uint32_t exponent = std::bit_cast<std::uint32_t>(shifted) - std::bit_cast<std::uint32_t>(round) + 127u;
  const float scale = std::bit_cast<float>(exponent << 23);
  return p * scale;
}

// The same steps on 8 floats at once. GCC left the scalar loop scalar (its clamps became branches
// and the division a vdivss per value: 9 % of seed-binary's step, #28); these are the same
// operations lane by lane, so the values are the same bits.
using Float8 = float __attribute__((vector_size(32)));
using Uint8 = std::uint32_t __attribute__((vector_size(32)));

CNNLAB_INLINE Float8 sigmoid8(Float8 x) {
  constexpr float log2e = 1.44269504088896341f, ln2High = 0.693359375f, ln2Low = -2.12194440e-4f;
  constexpr float round = 12582912.0f;
  const Float8 low = Float8{} - 87.0f, high = Float8{} + 88.0f;
  Float8 t = -x;
  t = t < low ? low : t;
  t = t > high ? high : t;
  const Float8 shifted = t * log2e + round;
  const Float8 n = shifted - round;
  const Float8 r = (t - n * ln2High) - n * ln2Low;
  Float8 p = Float8{} + 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r * r + r + 1.0f;
  const Uint8 exponent = std::bit_cast<Uint8>(shifted) - std::bit_cast<std::uint32_t>(round) + 127u;
  const Float8 scale = std::bit_cast<Float8>(exponent << 23);
  return 1.0f / (1.0f + p * scale);
}

}  // namespace

CNNLAB_CLONES void sigmoid(const float* x, float* y, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {  // y may alias x: each block is read whole before it is written
    Float8 v;
    std::memcpy(&v, x + i, sizeof v);
    v = sigmoid8(v);
    std::memcpy(y + i, &v, sizeof v);
  }
  for (; i < n; ++i) {
    // e^(−x) clamped so 2^n stays a normal float: σ is then exactly 1 (x ≥ 87) or < 7e−39 (x ≤ −88)
    float t = -x[i];
    t = t < -87.0f ? -87.0f : t;
    t = t > 88.0f ? 88.0f : t;
    y[i] = 1.0f / (1.0f + expClamped(t));
  }
}

void sigmoid(const double* x, double* y, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) y[i] = 1.0 / (1.0 + std::exp(-x[i]));
}

namespace {

// 16 floats: one AVX-512 register, two AVX2 or four SSE registers (GCC splits it as needed).
using Float16 = float __attribute__((vector_size(64)));
using Float8 = float __attribute__((vector_size(32)));
using Float4 = float __attribute__((vector_size(16)));

CNNLAB_INLINE Float16 load16(const float* p) {
  Float16 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

CNNLAB_INLINE float sum16(Float16 v) {  // pairwise: four dependent adds, not fifteen
  const Float8 a = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7) +
                   __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
  const Float4 b = __builtin_shufflevector(a, a, 0, 1, 2, 3) + __builtin_shufflevector(a, a, 4, 5, 6, 7);
  return (b[0] + b[2]) + (b[1] + b[3]);
}

}  // namespace

namespace {

CNNLAB_INLINE Float4 load4(const float* p) {
  Float4 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The last n < 16 values of a column in the backward sweep: blocks of 4, then one by one.
CNNLAB_INLINE float backwardUpdateTail(float* __restrict w, const float* __restrict g, std::size_t n, float step) {
  float sum = 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const Float4 wi = load4(w + i), gi = load4(g + i);
    const Float4 p = wi * gi;
    sum += (p[0] + p[2]) + (p[1] + p[3]);
    const Float4 updated = wi - step * gi;
    std::memcpy(w + i, &updated, sizeof updated);
  }
  for (; i < n; ++i) {
    sum += w[i] * g[i];
    w[i] -= step * g[i];
  }
  return sum;
}

// hasAvx512 (below, with gemmNarrow) picks the vectors the dense sweeps run on: 16 floats, one
// AVX-512 register; or, without AVX-512, 8 floats, one AVX2 register (two SSE ones). GCC splits a
// 16-float vector for AVX2 but keeps the halves in stack slots, not registers: the kernels that
// kept every output's sum in 16-float vectors did most of their work in stores and loads at %rsp
// offsets (#28: 76 % of seed-binary's step). A block of 16 values is 16 / L vectors of L floats
// here, and every sum below adds the same terms in the same order whatever L is: every width
// gives the same bits.
bool hasAvx512();

template <class V>
constexpr std::size_t kLanes = sizeof(V) / sizeof(float);

template <class V>
CNNLAB_INLINE V loadV(const float* p) {
  V v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class V>
CNNLAB_INLINE void storeV(float* p, V v) {
  std::memcpy(p, &v, sizeof v);
}

// sum16 of the block of 16 made of the parts v[0], …, v[16 / L − 1]: the halves' sum first, then
// the quarters', then (b0 + b2) + (b1 + b3).
template <class V>
CNNLAB_INLINE float sumParts(const V* v) {
  if constexpr (kLanes<V> == 16) {
    return sum16(v[0]);
  } else {
    static_assert(kLanes<V> == 8);
    const Float8 a = v[0] + v[1];
    const Float4 b = __builtin_shufflevector(a, a, 0, 1, 2, 3) + __builtin_shufflevector(a, a, 4, 5, 6, 7);
    return (b[0] + b[2]) + (b[1] + b[3]);
  }
}

// Any O: blocks of 16 in a loop of runtime length.
template <class V>
CNNLAB_INLINE void denseBackwardUpdateAny(float* __restrict W, std::size_t O, std::size_t I,
                                          const float* __restrict g, const float* __restrict x, float rate,
                                          float* __restrict dx) {
  constexpr std::size_t L = kLanes<V>, P = 16 / L;
  const std::size_t blocked = O - O % 16;
  for (std::size_t j = I; j-- > 0;) {
    float* w = W + O * j;
    const float step = rate * x[j];
    V partial[P] = {};
    for (std::size_t i = 0; i < blocked; i += 16) {
#pragma GCC unroll 2
      for (std::size_t p = 0; p < P; ++p) {
        const V wi = loadV<V>(w + i + L * p), gi = loadV<V>(g + i + L * p);
        partial[p] += wi * gi;
        storeV(w + i + L * p, wi - step * gi);
      }
    }
    const float tail = backwardUpdateTail(w + blocked, g + blocked, O - blocked, step);
    if (dx) dx[j] = sumParts(partial) + tail;
  }
}

// O = 16·NB + (O mod 16) with NB known when compiling: the block loop is unrolled and two partial
// sums alternate (block 0, 2, 4… and block 1, 3, 5…). A loop of runtime length waited on one
// accumulator: ~40% slower for a 100-output layer. With AVX-512's 32 registers g's blocks stay in
// registers for the whole sweep; AVX2's 16 cannot hold them beside the rest, and g (O floats) is
// read from the L1 cache on every column instead.
template <class V, int NB>
CNNLAB_INLINE void denseBackwardUpdateFixed(float* __restrict W, std::size_t O, std::size_t I,
                                            const float* __restrict g, const float* __restrict x, float rate,
                                            float* __restrict dx) {
  constexpr std::size_t L = kLanes<V>, P = 16 / L;
  constexpr bool keepG = L == 16;
  V gv[keepG ? NB : 1];
  if constexpr (keepG)
    for (int b = 0; b < NB; ++b) gv[b] = loadV<V>(g + 16 * b);
  const std::size_t rest = O - 16 * NB;
  for (std::size_t j = I; j-- > 0;) {
    float* w = W + O * j;
    const float step = rate * x[j];
    V even[P] = {}, odd[P] = {};
#pragma GCC unroll 16
    for (int b = 0; b < NB; ++b) {
#pragma GCC unroll 2
      for (std::size_t p = 0; p < P; ++p) {
        const std::size_t at = 16 * b + L * p;
        const V wi = loadV<V>(w + at);
        V gi;
        if constexpr (keepG) gi = gv[b];
        else gi = loadV<V>(g + at);
        if (b % 2) {
          odd[p] += wi * gi;
        } else {
          even[p] += wi * gi;
        }
        storeV(w + at, wi - step * gi);
      }
    }
    const float tail = rest ? backwardUpdateTail(w + 16 * NB, g + 16 * NB, rest, step) : 0.0f;
    if (dx) {
      V both[P];
      for (std::size_t p = 0; p < P; ++p) both[p] = even[p] + odd[p];
      dx[j] = sumParts(both) + tail;
    }
  }
}

// y = b + W x, column after column, vectorised over the outputs.
template <typename eT>
CNNLAB_INLINE void denseForwardPlain(const eT* W, std::size_t O, std::size_t I, const eT* x, const eT* b, eT* y) {
  std::copy(b, b + O, y);
  for (std::size_t j = 0; j < I; ++j)
    for (std::size_t i = 0; i < O; ++i) y[i] += W[i + O * j] * x[j];
}

// Outputs [o0, o0 + L·NV + 4·Q + S) of y = b + W x in one sweep over the columns: the first
// L·NV + 4·Q sums in NV + Q registers, the last S < 4 in memory. Each output's sum is b_i, then
// + W_ij x_j for j = 0, 1, … in order, whichever block, width or register holds it.
template <class V, int NV, int Q>
CNNLAB_INLINE void denseForwardBlock(const float* W, std::size_t O, std::size_t I, const float* x, const float* b,
                                     float* y, std::size_t o0, std::size_t S) {
  constexpr std::size_t L = kLanes<V>, quads = L * NV, singles = quads + 4 * Q;
  V sum[NV > 0 ? NV : 1];
  Float4 quad[Q > 0 ? Q : 1];
  b += o0;
  y += o0;
  for (int k = 0; k < NV; ++k) sum[k] = loadV<V>(b + L * k);
  for (int q = 0; q < Q; ++q) quad[q] = load4(b + quads + 4 * q);
  std::copy(b + singles, b + singles + S, y + singles);
  for (std::size_t j = 0; j < I; ++j) {
    const float* w = W + O * j + o0;
    const float xj = x[j];
#pragma GCC unroll 16
    for (int k = 0; k < NV; ++k) sum[k] += loadV<V>(w + L * k) * xj;
#pragma GCC unroll 4
    for (int q = 0; q < Q; ++q) quad[q] += load4(w + quads + 4 * q) * xj;
    for (std::size_t i = singles; i < singles + S; ++i) y[i] += w[i] * xj;
  }
  for (int k = 0; k < NV; ++k) storeV(y + L * k, sum[k]);
  for (int q = 0; q < Q; ++q) storeV(y + quads + 4 * q, quad[q]);
}

// The most vectors one block keeps in registers beside x_j and a loaded column part: 8 of
// AVX-512's 32 (143 outputs), 12 of AVX2's 16 (96 outputs; 100 with a quad).
template <class V>
constexpr int kMaxBlock = kLanes<V> == 16 ? 8 : 12;

template <class V, int Q, int NV = 0>
CNNLAB_INLINE void denseForwardLast(std::size_t nv, const float* W, std::size_t O, std::size_t I, const float* x,
                                    const float* b, float* y, std::size_t o0, std::size_t S) {
  if constexpr (NV <= kMaxBlock<V>) {
    if (nv == NV) return denseForwardBlock<V, NV, Q>(W, O, I, x, b, y, o0, S);
    return denseForwardLast<V, Q, NV + 1>(nv, W, O, I, x, b, y, o0, S);
  }
}

// Blocks of kMaxBlock vectors, each one sweep over its rows of W, then the rest: vectors, up to
// 3 quads (AVX2: 1), up to 3 single outputs.
template <class V>
CNNLAB_INLINE void denseForwardVectors(const float* W, std::size_t O, std::size_t I, const float* x, const float* b,
                                       float* y) {
  constexpr std::size_t L = kLanes<V>, M = kMaxBlock<V>;
  std::size_t nv = O / L, o0 = 0;
  const std::size_t quads = O % L / 4, S = O % 4;
  for (; nv > M; nv -= M, o0 += L * M) denseForwardBlock<V, M, 0>(W, O, I, x, b, y, o0, 0);
  switch (quads) {
    case 0: return denseForwardLast<V, 0>(nv, W, O, I, x, b, y, o0, S);
    case 1: return denseForwardLast<V, 1>(nv, W, O, I, x, b, y, o0, S);
    case 2: return denseForwardLast<V, 2>(nv, W, O, I, x, b, y, o0, S);
    default: return denseForwardLast<V, 3>(nv, W, O, I, x, b, y, o0, S);
  }
}

template <class V>
CNNLAB_INLINE void denseBackwardUpdateVectors(float* W, std::size_t O, std::size_t I, const float* g, const float* x,
                                              float rate, float* dx) {
  switch (O / 16) {
    case 1: return denseBackwardUpdateFixed<V, 1>(W, O, I, g, x, rate, dx);
    case 2: return denseBackwardUpdateFixed<V, 2>(W, O, I, g, x, rate, dx);
    case 3: return denseBackwardUpdateFixed<V, 3>(W, O, I, g, x, rate, dx);
    case 4: return denseBackwardUpdateFixed<V, 4>(W, O, I, g, x, rate, dx);
    case 5: return denseBackwardUpdateFixed<V, 5>(W, O, I, g, x, rate, dx);
    case 6: return denseBackwardUpdateFixed<V, 6>(W, O, I, g, x, rate, dx);
    case 7: return denseBackwardUpdateFixed<V, 7>(W, O, I, g, x, rate, dx);
    case 8: return denseBackwardUpdateFixed<V, 8>(W, O, I, g, x, rate, dx);
    default: return denseBackwardUpdateAny<V>(W, O, I, g, x, rate, dx);
  }
}

}  // namespace

CNNLAB_CLONES void denseForward(const float* W, std::size_t O, std::size_t I, const float* x, const float* b,
                                float* y) {
  if (O < 16) return denseForwardPlain(W, O, I, x, b, y);
  if (hasAvx512()) denseForwardVectors<Float16>(W, O, I, x, b, y);
  else denseForwardVectors<Float8>(W, O, I, x, b, y);
}

void denseForward(const double* W, std::size_t O, std::size_t I, const double* x, const double* b, double* y) {
  denseForwardPlain(W, O, I, x, b, y);
}
CNNLAB_CLONES void denseBackwardUpdate(float* W, std::size_t O, std::size_t I, const float* g, const float* x,
                                       float rate, float* dx) {
  // Last column first: the forward pass (denseForward) has just read W first column first, so
  // its last columns are still in the L2 cache; a 3380 × 100 W (1.35 MB) does not fit entirely.
  if (hasAvx512()) denseBackwardUpdateVectors<Float16>(W, O, I, g, x, rate, dx);
  else denseBackwardUpdateVectors<Float8>(W, O, I, g, x, rate, dx);
}

void denseBackwardUpdate(double* W, std::size_t O, std::size_t I, const double* g, const double* x, double rate,
                         double* dx) {
  for (std::size_t j = 0; j < I; ++j) {
    double* w = W + O * j;
    const double step = rate * x[j];
    double sum = 0;
    for (std::size_t i = 0; i < O; ++i) {
      sum += w[i] * g[i];
      w[i] -= step * g[i];
    }
    if (dx) dx[j] = sum;
  }
}

namespace {

constexpr std::size_t kBlock = 8;  // floats per copied block: one AVX register, two SSE ones

CNNLAB_INLINE void copyBlock(const float* src, float* dst) { std::memcpy(dst, src, kBlock * sizeof(float)); }

template <typename eT>
CNNLAB_INLINE void maxPool2x2Plain(const eT* x, eT* y, std::size_t H, std::size_t W, std::size_t channels,
                                   eT* pairs) {
  const std::size_t half = channels * H * W / 2, Ho = H / 2, Wo = W / 2;
  for (std::size_t t = 0; t < half; ++t) {  // selects, not branches: the max is unpredictable
    const eT a = x[2 * t], b = x[2 * t + 1];
    pairs[t] = b > a ? b : a;
  }
  // pairs holds channels × W columns of Ho values; output column c of channel d takes the
  // larger of its columns 2c and 2c + 1.
  for (std::size_t d = 0; d < channels; ++d)
    for (std::size_t c = 0; c < Wo; ++c) {
      const eT* left = pairs + Ho * (2 * c + W * d);
      const eT* right = left + Ho;
      eT* out = y + Ho * (c + Wo * d);
      for (std::size_t r = 0; r < Ho; ++r) out[r] = right[r] > left[r] ? right[r] : left[r];
    }
}

template <typename eT>
CNNLAB_INLINE void gatherRunsPlain(const eT* src, std::size_t stride, eT* dst, std::size_t length, std::size_t runs) {
  for (std::size_t c = 0; c < runs; ++c)
    for (std::size_t r = 0; r < length; ++r) dst[r + length * c] = src[r + stride * c];
}

template <typename eT>
CNNLAB_INLINE void scatterAddRunsPlain(const eT* src, eT* dst, std::size_t stride, std::size_t length,
                                       std::size_t runs) {
  for (std::size_t c = 0; c < runs; ++c)
    for (std::size_t r = 0; r < length; ++r) dst[r + stride * c] += src[r + length * c];
}

// dst[r + length·c] = src[r + stride·c] for `runs` runs: whole blocks, then, if the length is not
// a multiple of the block, one last block flush with the run's end (it overlaps the one before:
// it writes the same values again).
CNNLAB_INLINE void gatherRuns(const float* src, std::size_t stride, float* dst, std::size_t length,
                              std::size_t runs) {
  if (length < kBlock) return gatherRunsPlain(src, stride, dst, length, runs);
  const std::size_t blocked = length - length % kBlock;
  for (std::size_t c = 0; c < runs; ++c, src += stride, dst += length) {
    for (std::size_t r = 0; r < blocked; r += kBlock) copyBlock(src + r, dst + r);
    if (blocked != length) copyBlock(src + length - kBlock, dst + length - kBlock);
  }
}

// dst[r + stride·c] += src[r + length·c]: whole blocks, then the rest one by one (an overlapping
// block would add twice).
CNNLAB_INLINE void scatterAddRuns(const float* src, float* dst, std::size_t stride, std::size_t length,
                                  std::size_t runs) {
  const std::size_t blocked = length - length % kBlock;
  for (std::size_t c = 0; c < runs; ++c, src += length, dst += stride) {
    for (std::size_t r = 0; r < blocked; r += kBlock) {
      Float8 a, b;
      std::memcpy(&a, dst + r, sizeof a);
      std::memcpy(&b, src + r, sizeof b);
      a += b;
      std::memcpy(dst + r, &a, sizeof a);
    }
    for (std::size_t r = blocked; r < length; ++r) dst[r] += src[r];
  }
}

// The (j, v, u) loops of im2col and col2im around a run copy.
template <typename eT, typename Runs>
CNNLAB_INLINE void forEachPatchColumn(std::size_t C, std::size_t H, std::size_t W, std::size_t k, std::size_t ld,
                                      Runs runs) {
  for (std::size_t j = 0; j < C; ++j)
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t u = 0; u < k; ++u) runs(H * W * j + H * v + u, ld * (u + k * (v + k * j)));
}

}  // namespace

CNNLAB_CLONES void im2colValid(const float* x, std::size_t C, std::size_t H, std::size_t W, std::size_t k,
                               float* patches, std::size_t ld) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1;
  forEachPatchColumn<float>(C, H, W, k, ld, [&](std::size_t in, std::size_t column) CNNLAB_INLINE_LAMBDA {
    gatherRuns(x + in, H, patches + column, Ho, Wo);
  });
}

void im2colValid(const double* x, std::size_t C, std::size_t H, std::size_t W, std::size_t k, double* patches,
                 std::size_t ld) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1;
  forEachPatchColumn<double>(C, H, W, k, ld, [&](std::size_t in, std::size_t column) CNNLAB_INLINE_LAMBDA {
    gatherRunsPlain(x + in, H, patches + column, Ho, Wo);
  });
}

CNNLAB_CLONES void col2imValid(const float* patches, std::size_t ld, std::size_t C, std::size_t H, std::size_t W,
                               std::size_t k, float* x) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1;
  forEachPatchColumn<float>(C, H, W, k, ld, [&](std::size_t in, std::size_t column) CNNLAB_INLINE_LAMBDA {
    scatterAddRuns(patches + column, x + in, H, Ho, Wo);
  });
}

void col2imValid(const double* patches, std::size_t ld, std::size_t C, std::size_t H, std::size_t W, std::size_t k,
                 double* x) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1;
  forEachPatchColumn<double>(C, H, W, k, ld, [&](std::size_t in, std::size_t column) CNNLAB_INLINE_LAMBDA {
    scatterAddRunsPlain(patches + column, x + in, H, Ho, Wo);
  });
}

namespace {

// Columns [0, NC) of C for rows [r0, r0 + W), W = the vector's floats: each element's sum runs over
// q in order, whatever W is, so every width gives the same bits.
template <class Vector, int NC>
CNNLAB_INLINE void gemmNarrowBlock(const float* A, std::size_t lda, std::size_t k, const float* B, float* C,
                                   std::size_t ldc, std::size_t r0) {
  // Every loop over the accumulators unrolled: one of runtime length kept them in a stack array,
  // zeroed with rep stos and copied out through it (a quarter of this kernel's time, #28).
  Vector acc[NC];
#pragma GCC unroll 8
  for (int c = 0; c < NC; ++c) acc[c] = Vector{};
  for (std::size_t q = 0; q < k; ++q) {
    Vector a;
    std::memcpy(&a, A + r0 + lda * q, sizeof a);
#pragma GCC unroll 8
    for (int c = 0; c < NC; ++c) acc[c] += a * B[q + k * std::size_t(c)];
  }
#pragma GCC unroll 8
  for (int c = 0; c < NC; ++c) std::memcpy(C + r0 + ldc * std::size_t(c), &acc[c], sizeof acc[c]);
}

template <class Vector, int NC>
CNNLAB_INLINE void gemmNarrowColumns(const float* A, std::size_t lda, std::size_t m, std::size_t k, const float* B,
                                     float* C, std::size_t ldc) {
  constexpr std::size_t W = sizeof(Vector) / sizeof(float);
  const std::size_t blocked = m - m % W;
  for (std::size_t r0 = 0; r0 < blocked; r0 += W) gemmNarrowBlock<Vector, NC>(A, lda, k, B, C, ldc, r0);
  for (std::size_t r = blocked; r < m; ++r)  // the last m mod W rows
    for (int c = 0; c < NC; ++c) {
      float sum = 0;
      for (std::size_t q = 0; q < k; ++q) sum += A[r + lda * q] * B[q + k * std::size_t(c)];
      C[r + ldc * std::size_t(c)] = sum;
    }
}

template <class Vector>
CNNLAB_INLINE void gemmNarrowWith(const float* A, std::size_t lda, std::size_t m, std::size_t k, const float* B,
                                  std::size_t n, float* C, std::size_t ldc) {
  for (std::size_t c0 = 0; c0 < n; c0 += 8) {
    const float* b = B + k * c0;
    float* out = C + ldc * c0;
    switch (std::min<std::size_t>(8, n - c0)) {
      case 1: gemmNarrowColumns<Vector, 1>(A, lda, m, k, b, out, ldc); break;
      case 2: gemmNarrowColumns<Vector, 2>(A, lda, m, k, b, out, ldc); break;
      case 3: gemmNarrowColumns<Vector, 3>(A, lda, m, k, b, out, ldc); break;
      case 4: gemmNarrowColumns<Vector, 4>(A, lda, m, k, b, out, ldc); break;
      case 5: gemmNarrowColumns<Vector, 5>(A, lda, m, k, b, out, ldc); break;
      case 6: gemmNarrowColumns<Vector, 6>(A, lda, m, k, b, out, ldc); break;
      case 7: gemmNarrowColumns<Vector, 7>(A, lda, m, k, b, out, ldc); break;
      default: gemmNarrowColumns<Vector, 8>(A, lda, m, k, b, out, ldc); break;
    }
  }
}

using Float8 = float __attribute__((vector_size(32)));

// Eight 16-float accumulators fit AVX-512's 32 registers; with AVX2 each takes two of its 16, and
// the block spilled to the stack on every step (53 % of lenet5's training and 88 % of its
// inference, #28): without AVX-512 the rows go 8 at a time.
bool hasAvx512() {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool has = __builtin_cpu_supports("avx512f");
  return has;
#else
  return false;
#endif
}

}  // namespace

CNNLAB_CLONES void gemmNarrow(const float* A, std::size_t lda, std::size_t m, std::size_t k, const float* B,
                              std::size_t n, float* C, std::size_t ldc) {
  if (hasAvx512()) gemmNarrowWith<Float16>(A, lda, m, k, B, n, C, ldc);
  else gemmNarrowWith<Float8>(A, lda, m, k, B, n, C, ldc);
}

void gemmNarrow(const double* A, std::size_t lda, std::size_t m, std::size_t k, const double* B, std::size_t n,
                double* C, std::size_t ldc) {
  for (std::size_t c = 0; c < n; ++c) {  // column c of C: Σ_q B(q, c) · column q of A, rows innermost
    double* out = C + ldc * c;
    std::fill(out, out + m, 0.0);
    for (std::size_t q = 0; q < k; ++q)
      for (std::size_t r = 0; r < m; ++r) out[r] += A[r + lda * q] * B[q + k * c];
  }
}

namespace {

// Output rows [p0, p0 + 8) of columns [c0, c0 + NC) of NR samples' convolutions (rows: the cells
// r + Ho·c, 8 of them in one column c of the output, so their windows are 8 consecutive input
// rows): for each q = u + k·(v + k·j) in order, acc += x(the 8 cells' window entry q) · kernel q.
// The same terms in the same order as gemmNarrow over im2col's patches: the same bits.
template <int NR, int NC>
CNNLAB_INLINE void convValidBlock(const float* const* base, std::size_t C, std::size_t H, std::size_t W,
                                  std::size_t k, const float* B, std::size_t P, Float8 (&acc)[NR][NC]) {
#pragma GCC unroll 2
  for (int r = 0; r < NR; ++r)
#pragma GCC unroll 8
    for (int c = 0; c < NC; ++c) acc[r][c] = Float8{};
  for (std::size_t j = 0; j < C; ++j)
    for (std::size_t v = 0; v < k; ++v) {
      const std::size_t at = H * W * j + H * v;
      const float* b = B + k * (v + k * j);
      for (std::size_t u = 0; u < k; ++u) {
        Float8 a[NR];
#pragma GCC unroll 2
        for (int r = 0; r < NR; ++r) std::memcpy(&a[r], base[r] + at + u, sizeof a[r]);
#pragma GCC unroll 8
        for (int c = 0; c < NC; ++c) {
          const float w = b[u + P * std::size_t(c)];
#pragma GCC unroll 2
          for (int r = 0; r < NR; ++r) acc[r][c] += a[r] * w;
        }
      }
    }
}

// Kernels [c0, c0 + NC) for every block of 8 output cells of every sample; NR blocks (of the same
// or the next samples) share each kernel value loaded.
template <int NR, int NC>
CNNLAB_INLINE void convValidColumns(const float* x, std::size_t ldx, std::size_t N, std::size_t C, std::size_t H,
                                    std::size_t W, std::size_t k, const float* kernels, std::size_t c0,
                                    const float* bias, bool biasPerOutput, float* y, std::size_t ldy) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1, cells = Ho * Wo, P = C * k * k, perSample = cells / 8;
  const std::size_t blocks = N * perSample;
  const float* B = kernels + P * c0;
  auto where = [&](std::size_t block, std::size_t& n, std::size_t& p) CNNLAB_INLINE_LAMBDA {
    n = block / perSample;
    p = 8 * (block % perSample);
  };
  auto store = [&](std::size_t n, std::size_t p, const Float8* acc) CNNLAB_INLINE_LAMBDA {
#pragma GCC unroll 8
    for (int c = 0; c < NC; ++c) {
      const std::size_t i = c0 + std::size_t(c);
      float* out = y + ldy * n + cells * i + p;
      Float8 sum = acc[c];
      if (biasPerOutput) {
        Float8 b;
        std::memcpy(&b, bias + cells * i + p, sizeof b);
        sum = sum + b;
      } else {
        sum = sum + bias[i];
      }
      std::memcpy(out, &sum, sizeof sum);
    }
  };
  std::size_t block = 0;
  for (; block + NR <= blocks; block += NR) {
    const float* base[NR];
    std::size_t n[NR], p[NR];
#pragma GCC unroll 2
    for (int r = 0; r < NR; ++r) {
      where(block + r, n[r], p[r]);
      base[r] = x + ldx * n[r] + H * (p[r] / Ho) + p[r] % Ho;
    }
    Float8 acc[NR][NC];
    convValidBlock<NR, NC>(base, C, H, W, k, B, P, acc);
#pragma GCC unroll 2
    for (int r = 0; r < NR; ++r) store(n[r], p[r], acc[r]);
  }
  for (; block < blocks; ++block) {
    const float* base[1];
    std::size_t n, p;
    where(block, n, p);
    base[0] = x + ldx * n + H * (p / Ho) + p % Ho;
    Float8 acc[1][NC];
    convValidBlock<1, NC>(base, C, H, W, k, B, P, acc);
    store(n, p, acc[0]);
  }
}

}  // namespace

CNNLAB_CLONES void convValidForward(const float* x, std::size_t ldx, std::size_t N, std::size_t C, std::size_t H,
                                    std::size_t W, std::size_t k, const float* kernels, std::size_t K,
                                    const float* bias, bool biasPerOutput, float* y, std::size_t ldy) {
  // Groups of 6 kernels, two blocks of 8 cells at a time: 12 accumulators, and per window entry
  // 2 loads of x and 6 of kernel values for 12 products. 8 kernels on one block (as gemmNarrow)
  // needed 9 loads for 8 products, and the loads, not the arithmetic, set the pace.
  for (std::size_t c0 = 0; c0 < K; c0 += 6) {
    auto run = [&]<int NC>() CNNLAB_INLINE_LAMBDA {
      convValidColumns<2, NC>(x, ldx, N, C, H, W, k, kernels, c0, bias, biasPerOutput, y, ldy);
    };
    switch (std::min<std::size_t>(6, K - c0)) {
      case 1: run.template operator()<1>(); break;
      case 2: run.template operator()<2>(); break;
      case 3: run.template operator()<3>(); break;
      case 4: run.template operator()<4>(); break;
      case 5: run.template operator()<5>(); break;
      default: run.template operator()<6>(); break;
    }
  }
}

namespace {

// The 8 lanes' sum, pairwise: (l0 + l4 + l2 + l6) + (l1 + l5 + l3 + l7) as sum16's last steps.
CNNLAB_INLINE float sum8(Float8 a) {
  const Float4 b = __builtin_shufflevector(a, a, 0, 1, 2, 3) + __builtin_shufflevector(a, a, 4, 5, 6, 7);
  return (b[0] + b[2]) + (b[1] + b[3]);
}

// ∂E/∂K for the k window rows q = u + k·(v + k·j), u < k, of input channel j and kernels
// [i0, i0 + KT): one 8-lane sum per (u, kernel) over every block of 8 output cells of every sample.
template <int k, int KT>
CNNLAB_INLINE void kernelGradientTile(const float* x, std::size_t ldx, const float* dY, std::size_t ldy,
                                      std::size_t N, std::size_t H, std::size_t W, std::size_t j, std::size_t v,
                                      std::size_t i0, std::size_t P, float* G) {
  const std::size_t Ho = H - k + 1, Wo = W - k + 1, cells = Ho * Wo;
  Float8 acc[k][KT];
#pragma GCC unroll 5
  for (int u = 0; u < k; ++u)
#pragma GCC unroll 4
    for (int t = 0; t < KT; ++t) acc[u][t] = Float8{};
  for (std::size_t n = 0; n < N; ++n)
    for (std::size_t c = 0; c < Wo; ++c) {
      const float* xc = x + ldx * n + H * W * j + H * (c + v);
      const float* dc = dY + ldy * n + cells * i0 + Ho * c;
      for (std::size_t r0 = 0; r0 < Ho; r0 += 8) {
        Float8 d[KT];
#pragma GCC unroll 4
        for (int t = 0; t < KT; ++t) std::memcpy(&d[t], dc + cells * std::size_t(t) + r0, sizeof d[t]);
#pragma GCC unroll 5
        for (int u = 0; u < k; ++u) {
          Float8 a;
          std::memcpy(&a, xc + r0 + u, sizeof a);
#pragma GCC unroll 4
          for (int t = 0; t < KT; ++t) acc[u][t] += a * d[t];
        }
      }
    }
#pragma GCC unroll 5
  for (int u = 0; u < k; ++u)
#pragma GCC unroll 4
    for (int t = 0; t < KT; ++t) G[std::size_t(u) + k * (v + k * j) + P * (i0 + std::size_t(t))] = sum8(acc[u][t]);
}

template <int k>
CNNLAB_INLINE void kernelGradientWith(const float* x, std::size_t ldx, const float* dY, std::size_t ldy,
                                      std::size_t N, std::size_t C, std::size_t H, std::size_t W, std::size_t K,
                                      float* G) {
  constexpr int KT = 12 / k < 4 ? 12 / k : 3;  // k·KT accumulators, KT ∂E/∂Y blocks and x: ≤ 16 registers
  const std::size_t P = C * k * k;
  for (std::size_t j = 0; j < C; ++j)
    for (std::size_t v = 0; v < k; ++v) {
      std::size_t i0 = 0;
      for (; i0 + KT <= K; i0 += KT) kernelGradientTile<k, KT>(x, ldx, dY, ldy, N, H, W, j, v, i0, P, G);
      for (; i0 < K; ++i0) kernelGradientTile<k, 1>(x, ldx, dY, ldy, N, H, W, j, v, i0, P, G);
    }
}

}  // namespace

CNNLAB_CLONES bool convValidKernelGradient(const float* x, std::size_t ldx, const float* dY, std::size_t ldy,
                                           std::size_t N, std::size_t C, std::size_t H, std::size_t W,
                                           std::size_t k, std::size_t K, float* G, float* biasGradient) {
  if (k > H || k > W || (H - k + 1) % 8 != 0 || (k != 3 && k != 5)) return false;
  if (k == 3) kernelGradientWith<3>(x, ldx, dY, ldy, N, C, H, W, K, G);
  else kernelGradientWith<5>(x, ldx, dY, ldy, N, C, H, W, K, G);
  if (biasGradient) {
    const std::size_t cells = (H - k + 1) * (W - k + 1);
    for (std::size_t i = 0; i < K; ++i) {
      Float8 acc = {};
      for (std::size_t n = 0; n < N; ++n)
        for (std::size_t p = 0; p < cells; p += 8) {
          Float8 d;
          std::memcpy(&d, dY + ldy * n + cells * i + p, sizeof d);
          acc += d;
        }
      biasGradient[i] = sum8(acc);
    }
  }
  return true;
}

CNNLAB_CLONES void maxPool2x2(const float* x, float* y, std::size_t H, std::size_t W, std::size_t channels,
                              float* pairs) {
  if (H % 8 != 0) return maxPool2x2Plain(x, y, H, W, channels, pairs);
  // One pass, four outputs at a time: rows 2r … 2r + 7 of columns 2c and 2c + 1 split into the
  // windows' cells a, b (column 2c) and c, d (column 2c + 1), then the same selects as the two
  // passes: max(a, b) and max(c, d) (the vertical pairs), then the larger of those. The second
  // pass over the pairs buffer was half of this function's time, and it was 15 % of inference.
  const std::size_t Ho = H / 2, Wo = W / 2;
  for (std::size_t ch = 0; ch < channels; ++ch)
    for (std::size_t c = 0; c < Wo; ++c) {
      const float* left = x + H * (2 * c + W * ch);
      const float* right = left + H;
      float* out = y + Ho * (c + Wo * ch);
      for (std::size_t r = 0; r < Ho; r += 4) {
        const Float4 l0 = load4(left + 2 * r), l1 = load4(left + 2 * r + 4);
        const Float4 r0 = load4(right + 2 * r), r1 = load4(right + 2 * r + 4);
        const Float4 a = __builtin_shufflevector(l0, l1, 0, 2, 4, 6), b = __builtin_shufflevector(l0, l1, 1, 3, 5, 7);
        const Float4 cc = __builtin_shufflevector(r0, r1, 0, 2, 4, 6), d = __builtin_shufflevector(r0, r1, 1, 3, 5, 7);
        const Float4 leftMax = b > a ? b : a, rightMax = d > cc ? d : cc;
        const Float4 m = rightMax > leftMax ? rightMax : leftMax;
        std::memcpy(out + r, &m, sizeof m);
      }
    }
}

CNNLAB_CLONES void maxPool2x2Backward(const float* x, const float* g, float* dx, std::size_t H, std::size_t W,
                                      std::size_t channels) {
  // Four outputs at a time: rows 2r … 2r + 7 of columns 2c and 2c + 1, split into the windows'
  // four cells a = (2r, 2c), b = (2r + 1, 2c), c = (2r, 2c + 1), d = (2r + 1, 2c + 1).
  using Int4 = std::int32_t __attribute__((vector_size(16)));
  const std::size_t Ho = H / 2, Wo = W / 2;
  for (std::size_t ch = 0; ch < channels; ++ch)
    for (std::size_t c = 0; c < Wo; ++c) {
      const std::size_t left = H * (2 * c + W * ch), right = left + H;
      for (std::size_t r = 0; r < Ho; r += 4, g += 4) {
        const Float4 l0 = load4(x + left + 2 * r), l1 = load4(x + left + 2 * r + 4);
        const Float4 r0 = load4(x + right + 2 * r), r1 = load4(x + right + 2 * r + 4);
        const Float4 a = __builtin_shufflevector(l0, l1, 0, 2, 4, 6), b = __builtin_shufflevector(l0, l1, 1, 3, 5, 7);
        const Float4 cc = __builtin_shufflevector(r0, r1, 0, 2, 4, 6), d = __builtin_shufflevector(r0, r1, 1, 3, 5, 7);
        // The scalar scan: best = a; b > best? b; c > best? c; d > best? d (a NaN never wins).
        const Int4 tb = b > a;
        const Float4 top1 = tb ? b : a;
        const Int4 tc = cc > top1;
        const Float4 top2 = tc ? cc : top1;
        const Int4 td = d > top2;
        const Float4 gv = load4(g), zero = {};
        const Float4 ga = (tb | tc | td) ? zero : gv, gb = (tb & ~tc & ~td) ? gv : zero;
        const Float4 gc = (tc & ~td) ? gv : zero, gd = td ? gv : zero;
        const Float4 outL0 = __builtin_shufflevector(ga, gb, 0, 4, 1, 5), outL1 = __builtin_shufflevector(ga, gb, 2, 6, 3, 7);
        const Float4 outR0 = __builtin_shufflevector(gc, gd, 0, 4, 1, 5), outR1 = __builtin_shufflevector(gc, gd, 2, 6, 3, 7);
        std::memcpy(dx + left + 2 * r, &outL0, sizeof outL0);
        std::memcpy(dx + left + 2 * r + 4, &outL1, sizeof outL1);
        std::memcpy(dx + right + 2 * r, &outR0, sizeof outR0);
        std::memcpy(dx + right + 2 * r + 4, &outR1, sizeof outR1);
      }
    }
}

void maxPool2x2(const double* x, double* y, std::size_t H, std::size_t W, std::size_t channels, double* pairs) {
  maxPool2x2Plain(x, y, H, W, channels, pairs);
}

namespace {

template <class V>
CNNLAB_INLINE float streamSumWith(const float* x, std::size_t n) {
  // Four independent partial sums, so the loop waits on loads, not on the previous addition
  constexpr std::size_t L = kLanes<V>;
  V p0 = {}, p1 = {}, p2 = {}, p3 = {};
  std::size_t i = 0;
  for (; i + 4 * L <= n; i += 4 * L) {
    p0 += loadV<V>(x + i);
    p1 += loadV<V>(x + i + L);
    p2 += loadV<V>(x + i + 2 * L);
    p3 += loadV<V>(x + i + 3 * L);
  }
  for (; i + L <= n; i += L) p0 += loadV<V>(x + i);
  const V all = (p0 + p1) + (p2 + p3);
  float sum = 0;
  for (std::size_t l = 0; l < L; ++l) sum += all[l];
  for (; i < n; ++i) sum += x[i];
  return sum;
}

}  // namespace

// With 16-float vectors on AVX2 the partial sums lived on the stack (as the dense kernels' did),
// and the memory floor bench reports came out at about the speed of those kernels, not the
// cache's: 8 floats without AVX-512, as the dense sweeps now run.
CNNLAB_CLONES float streamSum(const float* x, std::size_t n) {
  return hasAvx512() ? streamSumWith<Float16>(x, n) : streamSumWith<Float8>(x, n);
}

CNNLAB_CLONES void streamScale(float* x, std::size_t n, float s) {
  for (std::size_t i = 0; i < n; ++i) x[i] *= s;
}

}  // namespace cnnlab::simd
