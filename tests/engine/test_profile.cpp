// Tests for engine/profile: the per-layer times add up to the step timed whole (within 15 %),
// FLOPs follow each layer's multiply-adds, and a batch that does not fit is refused.
#include <QtTest>

#include "engine/network_spec.hpp"
#include "engine/profile.hpp"
#include "engine/threads.hpp"

using namespace cnnlab;

class TestProfile : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { setComputeThreads(1); }

  void layersAddUpToTheStep_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("batch");
    QTest::newRow("seed-binary") << "seed-binary" << 1;
    QTest::newRow("mlp batch 16") << "mlp" << 16;
    QTest::newRow("lenet5 batch 8") << "lenet5" << 8;
  }
  void layersAddUpToTheStep() {
    QFETCH(QString, preset);
    QFETCH(int, batch);
#if defined(__SANITIZE_ADDRESS__)
    // Instrumented code times nothing like Release: the whole mlp step at batch 16 took 2.7× the
    // layers' sum under ASan + UBSan, every time.
    QSKIP("timings mean nothing under AddressSanitizer");
#endif
    // Up to three profiles: now and then (about one profile in ten on this shared machine) one of
    // the three networks a profile times (layer-timed, whole, fused) runs 2–5× slower than the
    // others for the whole profile, whichever of them it is; not understood yet (see the report
    // of issue 12). A profile whose sums agree shows that the per-layer times add up.
    ProfileResult r;
    QString attempts;
    for (int attempt = 0; attempt < 3; ++attempt) {
      r = profilePreset(findPreset(preset.toStdString()), {.batch = std::size_t(batch), .repeats = 9, .steps = 10});
      attempts += QString(" layers %1 µs, step %2 µs;").arg(r.layerSumUs).arg(r.stepUs);
      if (std::abs(r.layerSumUs - r.stepUs) / r.stepUs < 0.15) break;
    }
    QCOMPARE(r.batch, std::size_t(batch));
    QCOMPARE(r.layers.size(), buildNetwork<float>(findPreset(preset.toStdString()).network).layerCount());
    QVERIFY(r.stepUs > 0);
    const double difference = std::abs(r.layerSumUs - r.stepUs) / r.stepUs;
    QVERIFY2(difference < 0.15, qPrintable(attempts));
    double shares = 0;
    for (const LayerProfile& p : r.layers) {
      QVERIFY(p.forwardUs >= 0 && p.backwardUs >= 0 && p.updateUs >= 0);
      shares += r.share(p);
    }
    QVERIFY(shares <= 1.0 + 1e-9 && shares > 0.9);  // the loss takes the rest
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

QTEST_APPLESS_MAIN(TestProfile)
#include "test_profile.moc"
