// Tests for engine/profile: every layer is timed, FLOPs follow each layer's multiply-adds, and a
// batch that does not fit is refused. (That the layers add up to the step is .ci/timings' check.)
#include <QtTest>

#include "engine/network_spec.hpp"
#include "engine/profile.hpp"
#include "engine/threads.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestProfile : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { setComputeThreads(1); }

  // A profile times every layer, and each layer's share of their sum is a fraction. That the sum
  // comes within 15 % of the step timed whole is a wall-clock claim: .ci/timings checks it on a
  // quiet machine (cnnlab-cli profile --json), BENCHMARKS.md has the figures.
  void everyLayerIsTimed_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("batch");
    QTest::newRow("seed-binary") << "seed-binary" << 1;
    QTest::newRow("mlp batch 16") << "mlp" << 16;
    QTest::newRow("lenet5 batch 8") << "lenet5" << 8;
  }
  void everyLayerIsTimed() {
    QFETCH(QString, preset);
    QFETCH(int, batch);
    const ProfileResult r =
        profilePreset(findPreset(preset.toStdString()), {.batch = std::size_t(batch), .repeats = 3, .steps = 3});
    QCOMPARE(r.batch, std::size_t(batch));
    QCOMPARE(r.layers.size(), buildNetwork<float>(findPreset(preset.toStdString()).network).layerCount());
    QVERIFY(r.stepUs > 0 && r.layerSumUs > 0);
    double shares = 0, sum = 0;
    for (const LayerProfile& p : r.layers) {
      QVERIFY(p.forwardUs >= 0 && p.backwardUs >= 0 && p.updateUs >= 0);
      QVERIFY2(p.totalUs() > 0, p.name.c_str());  // every layer was timed
      shares += r.share(p);
      sum += p.totalUs();
    }
    QVERIFY(r.lossUs > 0);
    // The report adds up: the layers and the loss make the sum the shares are taken of.
    QVERIFY2(std::abs(sum + r.lossUs - r.layerSumUs) <= 1e-9 * r.layerSumUs,
             qPrintable(QString("%1 + %2 ≠ %3").arg(sum).arg(r.lossUs).arg(r.layerSumUs)));
    QVERIFY(std::abs(shares + r.lossUs / r.layerSumUs - 1) < 1e-9);
  }

  // seed-binary, batch 1: Dense 3380→100 has 338,000 multiply-adds: 2·338,000 forward, as many
  // for ∂E/∂W and for ∂E/∂X, and 2·338,100 for the update of its weights and biases.
  void flopsFromMultiplyAdds() {
    const ProfileResult r = profilePreset(findPreset("seed-binary"), {.repeats = 1, .steps = 1});
    QCOMPARE(r.layers[3].name, std::string("4 Dense 3380→100"));
    QCOMPARE(r.layers[3].flops, 3 * 2 * 338000.0 + 2 * 338100.0);
    QCOMPARE(r.layers[1].flops, 0.0);  // sigmoid: not counted
    // the first layer passes no ∂E/∂X back: 2·(5·26·26·9) forward + as many for ∂E/∂K, + update
    QCOMPARE(r.layers[0].flops, 2 * 2 * 30420.0 + 2 * (45.0 + 3380.0));
  }

  void batchTooLarge() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, profilePreset(findPreset("seed-binary"), {.batch = 100000}));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestProfile)
#include "test_profile.moc"
