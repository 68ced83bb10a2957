// Proves the training loop allocates nothing once warmed up (Trainer::step gathers each batch
// from the 8-bit data set with Dataset::gather, so that path is counted too): every heap allocation in the process
// is counted (malloc and friends interposed here; under AddressSanitizer, which owns malloc, its
// malloc hook counts instead) while Trainer::step runs after a few warm-up steps. OpenBLAS 0.3.21
// itself mallocs and frees a small work buffer inside some sgemm calls (not the engine's to
// avoid); those are counted apart, by the library on the call stack, and reported.
#include <QtTest>

#include "tests/sanitizers.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <execinfo.h>

#include "engine/data/dataset.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};      // made by anything but OpenBLAS
std::atomic<long> blasAllocations{0};  // made inside OpenBLAS (its own work buffers, see below)
thread_local bool inHook = false;

// Attributes the allocation to its caller by walking the stack (backtrace and dladdr do not
// allocate once backtrace has been called once, which initTestCase does).
inline void noteAllocation() {
  if (!counting.load(std::memory_order_relaxed) || inHook) return;
  inHook = true;
  void* frames[24];
  const int n = backtrace(frames, 24);
  bool blas = false;
  for (int i = 0; i < n && !blas; ++i) {
    Dl_info info;
    if (dladdr(frames[i], &info) && info.dli_fname && std::strstr(info.dli_fname, "openblas")) blas = true;
  }
  (blas ? blasAllocations : allocations).fetch_add(1, std::memory_order_relaxed);
  inHook = false;
}
}  // namespace

#if defined(CNNLAB_TEST_ASAN)
// AddressSanitizer calls this on every allocation it serves (malloc, new, posix_memalign, …).
extern "C" void __sanitizer_malloc_hook(const volatile void*, std::size_t) { noteAllocation(); }
#else
// glibc's own allocator under its internal names; every library in the process (libstdc++'s
// operator new, Armadillo's posix_memalign, OpenBLAS) resolves malloc to these wrappers.
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);

void* malloc(std::size_t size) {
  noteAllocation();
  return __libc_malloc(size);
}
void* calloc(std::size_t count, std::size_t size) {
  noteAllocation();
  return __libc_calloc(count, size);
}
void* realloc(void* p, std::size_t size) {
  noteAllocation();
  return __libc_realloc(p, size);
}
void* memalign(std::size_t alignment, std::size_t size) {
  noteAllocation();
  return __libc_memalign(alignment, size);
}
void* aligned_alloc(std::size_t alignment, std::size_t size) {
  noteAllocation();
  return __libc_memalign(alignment, size);
}
int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
  noteAllocation();
  void* p = __libc_memalign(alignment, size);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}
void free(void* p) { __libc_free(p); }
}
#endif

using namespace cnnlab;

class TestNoAllocation : public QObject {
  Q_OBJECT

  // Allocations during `steps` training steps after `warmUp` steps.
  static long allocationsWhileTraining(const std::string& presetName, std::size_t batch, double momentum, bool fused,
                                       int threads, std::size_t warmUp, std::size_t steps) {
    setComputeThreads(threads);
    const Preset& preset = findPreset(presetName);
    const RawSplit raw = embeddedMnist();
    // A few samples per class keep the test quick under the sanitizers; epochs wrap around.
    const Dataset train = makeDataset(raw.train, {.classes = preset.classes, .perClassLimit = 6, .seed = 0});
    Network<float> network = buildNetwork<float>(preset.network, train.classCount());
    network.initialize(0);
    Trainer trainer(network, train,
                    {.learningRate = 0.01, .batchSize = batch, .momentum = momentum, .shuffle = true, .fused = fused});
    for (std::size_t s = 0; s < warmUp; ++s) trainer.step();
    allocations = 0;
    blasAllocations = 0;
    counting = true;
    for (std::size_t s = 0; s < steps; ++s) trainer.step();
    counting = false;
    setComputeThreads(1);
    qInfo("%s: %ld allocations inside OpenBLAS in %zu steps", presetName.c_str(), blasAllocations.load(), steps);
    return allocations.load();
  }

 private slots:
  void initTestCase() {
    setComputeThreads(1);  // as cnnlab-cli train by default
    void* frames[4];
    backtrace(frames, 4);  // loads the unwinder now, not while counting
  }

  void theCounterSeesAllocations() {
    // Without this the test below could pass with a counter that never counts.
    allocations = 0;
    counting = true;
    {
      arma::fmat m(40, 40);  // above Armadillo's local storage for small matrices (≤ 16 values)
      m.zeros();
      auto* p = new std::vector<int>(100);
      delete p;
      QVERIFY(m.n_elem == 1600);
    }
    counting = false;
    QVERIFY2(allocations.load() >= 2, qPrintable(QString::number(allocations.load())));
  }

  void gatheringBatchesDoesNotAllocate() {
    // The trainer's path from 8-bit pixels to a float batch (Dataset::gather) and evaluate's
    // (gatherRange), into reused buffers: after a first call of each size, nothing is allocated.
    const RawSplit raw = embeddedMnist();
    const Dataset train = makeDataset(raw.train, {.classes = {0, 1, 2}, .perClassLimit = 20, .seed = 0});
    const std::vector<std::size_t> indices = {5, 17, 3, 59, 0, 41, 22, 8};
    arma::fmat batch, tile;
    train.gather(indices.data(), 8, batch);
    train.gather(indices.data(), 3, batch);
    train.gatherRange(0, 16, tile);
    train.gatherRange(48, 12, tile);
    allocations = 0;
    counting = true;
    for (int round = 0; round < 5; ++round) {
      train.gather(indices.data(), 8, batch);
      train.gather(indices.data() + 2, 3, batch);
      train.gatherRange(0, 16, tile);
      train.gatherRange(48, 12, tile);
    }
    counting = false;
    QCOMPARE(allocations.load(), 0L);
    QCOMPARE(batch(0, 0), pixelValue(train.bytes(indices[2])[0]));
    // The counter sees a conversion that does allocate (sample() returns a new column): the test
    // above would fail if gather made one.
    counting = true;
    const arma::fvec one = train.sample(3);
    counting = false;
    QVERIFY(allocations.load() >= 1);
    QCOMPARE(one.n_elem, arma::uword(784));
  }

  void trainingStepsDoNotAllocate_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("batch");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<bool>("fused");
    QTest::addColumn<int>("threads");
    // Batch sizes that divide the 12 (seed-binary) or 60 (ten classes) samples, and ones that
    // leave a short last batch, so both batch sizes of an epoch are warmed up and reused.
    QTest::newRow("seed-binary per-sample fused") << "seed-binary" << 1 << 0.0 << true << 1;
    QTest::newRow("seed-binary per-sample plain") << "seed-binary" << 1 << 0.0 << false << 1;
    QTest::newRow("seed-binary per-sample, W split over two threads") << "seed-binary" << 1 << 0.0 << true << 2;
    QTest::newRow("seed-binary batch 5 momentum") << "seed-binary" << 5 << 0.9 << true << 1;
    QTest::newRow("lenet5 batch 8 momentum") << "lenet5" << 8 << 0.9 << true << 1;
    QTest::newRow("lenet5 batch 8, two threads") << "lenet5" << 8 << 0.9 << true << 2;
    QTest::newRow("lenet5 per-sample") << "lenet5" << 1 << 0.0 << true << 1;
    QTest::newRow("mlp batch 16") << "mlp" << 16 << 0.0 << true << 1;
  }
  void trainingStepsDoNotAllocate() {
    QFETCH(QString, preset);
    QFETCH(int, batch);
    QFETCH(double, momentum);
    QFETCH(bool, fused);
    QFETCH(int, threads);
    // Warm up for more than one epoch (every batch size of the epoch has been seen), then count
    // over two more epochs.
    const std::size_t samples = preset == "seed-binary" ? 12 : 60;
    const std::size_t perEpoch = (samples + std::size_t(batch) - 1) / std::size_t(batch);
    const long counted = allocationsWhileTraining(preset.toStdString(), std::size_t(batch), momentum, fused, threads,
                                                  perEpoch + 2, 2 * perEpoch);
    QCOMPARE(counted, 0L);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestNoAllocation)
#include "test_no_allocation.moc"
