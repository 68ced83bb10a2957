// The 8-bit storage of Dataset (#15): every batch the trainer gathers, and every tile evaluate
// reads, holds exactly the floats the old float32 storage held: byte / 255 at the column-major
// position of the row-major raw planes. Random bytes, grey and colour, H ≠ W so a transpose
// error cannot hide, and a batch size that leaves a short last batch.
#include <QtTest>

#include <random>

#include "engine/network_spec.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

constexpr std::size_t kH = 5, kW = 7, kClasses = 4;

RawImages randomImages(std::size_t count, std::size_t depth, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  RawImages raw;
  raw.count = count;
  raw.depth = depth;
  raw.height = kH;
  raw.width = kW;
  raw.source = "generated";
  raw.pixels.resize(count * raw.imageBytes());
  for (std::uint8_t& p : raw.pixels) p = std::uint8_t(rng() & 0xff);
  raw.labels.resize(count);
  for (std::size_t i = 0; i < count; ++i) raw.labels[i] = std::uint8_t(i % kClasses);  // every class present
  std::shuffle(raw.labels.begin(), raw.labels.end(), rng);
  return raw;
}

// The old path: sample n of data as float32, computed straight from the raw row-major planes.
arma::fvec reference(const RawImages& raw, const Dataset& data, std::size_t n) {
  const std::size_t D = raw.depth, S = raw.imageBytes();
  arma::fvec column(S);
  const std::uint8_t* src = raw.pixels.data() + data.sourceIndex[n] * S;
  for (std::size_t d = 0; d < D; ++d)
    for (std::size_t r = 0; r < kH; ++r)
      for (std::size_t c = 0; c < kW; ++c) column(d * kH * kW + r + kH * c) = float(src[d * kH * kW + r * kW + c]) / 255.0f;
  return column;
}

bool sameBits(const float* a, const float* b, std::size_t n) { return std::memcmp(a, b, n * sizeof(float)) == 0; }

Network<float> smallNetwork(std::size_t depth) {
  return buildNetwork<float>(nlohmann::json{
      {"input", {{"depth", depth}, {"height", kH}, {"width", kW}}},
      {"layers", {{{"type", "reshape"}}, {{"type", "dense"}, {"units", kClasses}}, {{"type", "softmax"}}}},
      {"loss", "cross_entropy"}});
}

}  // namespace

class TestDatasetBytes : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { setComputeThreads(1); }

  void everyBatchMatchesTheFloatPath_data() {
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("inPlace");
    QTest::addColumn<int>("perClass");
    QTest::newRow("grey") << 1 << false << 0;
    QTest::newRow("colour") << 3 << false << 0;
    QTest::newRow("grey, raw reused") << 1 << true << 0;
    QTest::newRow("colour, raw reused, 9 per class") << 3 << true << 9;
  }
  void everyBatchMatchesTheFloatPath() {
    QFETCH(int, depth);
    QFETCH(bool, inPlace);
    QFETCH(int, perClass);
    const RawImages raw = randomImages(61, std::size_t(depth), 7 + std::uint64_t(depth));
    const Selection selection{.perClassLimit = std::size_t(perClass), .shuffle = true, .seed = 3};
    RawImages consumed = raw;
    const Dataset data = inPlace ? makeDataset(std::move(consumed), selection) : makeDataset(raw, selection);
    if (inPlace) QVERIFY(consumed.pixels.empty());
    const std::size_t S = raw.imageBytes(), N = perClass ? kClasses * std::size_t(perClass) : raw.count;
    QCOMPARE(data.size(), N);
    QCOMPARE(data.pixels.size(), N * S);
    QCOMPARE(data.shape, (Shape{std::size_t(depth), kH, kW}));

    // Two epochs, batch 7 (61 = 8·7 + 5; 36 = 5·7 + 1): reshuffled, with a short last batch.
    Network<float> network = smallNetwork(std::size_t(depth));
    network.initialize(0);
    Trainer trainer(network, data, {.learningRate = 0.01, .batchSize = 7, .shuffle = true, .seed = 5});
    std::size_t batches = 0, samples = 0;
    std::vector<std::size_t> seen(N, 0);
    for (int epoch = 0; epoch < 2; ++epoch) {
      bool finished = false;
      while (!finished) {
        const std::size_t begin = trainer.position();
        const StepResult step = trainer.step();
        finished = step.epochFinished;
        const arma::fmat& batch = trainer.lastBatch();
        QCOMPARE(batch.n_rows, arma::uword(S));
        QCOMPARE(batch.n_cols, arma::uword(step.samples));
        for (std::size_t k = 0; k < step.samples; ++k) {
          const std::size_t n = trainer.order()[begin + k];
          ++seen[n];
          const arma::fvec expected = reference(raw, data, n);
          QVERIFY2(sameBits(batch.colptr(k), expected.memptr(), S),
                   qPrintable(QString("epoch %1, batch %2, column %3 (sample %4)").arg(epoch).arg(batches).arg(k).arg(n)));
        }
        ++batches;
        samples += step.samples;
      }
    }
    QCOMPARE(samples, 2 * N);
    for (std::size_t n = 0; n < N; ++n) QCOMPARE(seen[n], std::size_t(2));  // every sample, once per epoch

    // sample(i) and gatherRange agree with the reference too.
    arma::fmat all;
    data.gatherRange(0, N, all);
    for (std::size_t n = 0; n < N; ++n) {
      const arma::fvec expected = reference(raw, data, n);
      QVERIFY(sameBits(data.sample(n).memptr(), expected.memptr(), S));
      QVERIFY(sameBits(all.colptr(n), expected.memptr(), S));
    }
  }

  void evaluateTilesMatchTheFloatPath() {
    // evaluate in tiles of 10 (61 = 6·10 + 1) against the same tiles of the float matrix the old
    // storage held, through the same network: the same predictions and the same loss, to the bit.
    for (std::size_t depth : {std::size_t(1), std::size_t(3)}) {
      const RawImages raw = randomImages(61, depth, 11 + depth);
      const Dataset data = makeDataset(raw, {.shuffle = true, .seed = 2});
      Network<float> network = smallNetwork(depth);
      network.initialize(1);
      Trainer trainer(network, data);
      const Evaluation ev = trainer.evaluate(data, 10);
      double lossSum = 0;
      arma::fmat out;
      for (std::size_t begin = 0; begin < data.size(); begin += 10) {
        const std::size_t n = std::min<std::size_t>(10, data.size() - begin);
        arma::fmat tile(raw.imageBytes(), n);
        for (std::size_t k = 0; k < n; ++k) tile.col(k) = reference(raw, data, begin + k);
        out.set_size(kClasses, n);
        network.infer(tile, out);
        lossSum += network.loss().value(out, data.targets.cols(begin, begin + n - 1)) * double(n);
        for (std::size_t k = 0; k < n; ++k) QCOMPARE(ev.predictions[begin + k], argmaxColumn(out, k));
      }
      QCOMPARE(ev.loss, lossSum / double(data.size()));
    }
  }

  void bothBuildersAgree() {
    // makeDataset from a const RawImages (copies) and from a moved one (reuses its memory, a
    // permutation applied in place) give the same pixels, for a subset in a shuffled order.
    const RawImages raw = randomImages(200, 3, 99);
    const Selection selection{.classes = {2, 0}, .perClassLimit = 30, .shuffle = true, .seed = 8};
    const Dataset copied = makeDataset(raw, selection);
    RawImages consumed = raw;
    const Dataset reused = makeDataset(std::move(consumed), selection);
    QCOMPARE(copied.size(), std::size_t(60));
    QVERIFY(copied.pixels == reused.pixels);
    QVERIFY(copied.sourceIndex == reused.sourceIndex);
    QVERIFY(copied.labels == reused.labels);
    QCOMPARE(reused.pixels.capacity(), reused.pixels.size());  // the unused images are released
  }

  void pixelValueIsTheExactQuotient() {
    for (int b = 0; b < 256; ++b) {
      const float expected = float(b) / 255.0f;
      const float got = pixelValue(std::uint8_t(b));
      QVERIFY(std::memcmp(&expected, &got, sizeof(float)) == 0);
    }
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestDatasetBytes)
#include "test_dataset_bytes.moc"
