// Tests for engine/health: saturated and dead fractions on hand-built layers whose values are
// known, gradient norm and update ratio read from the right parameter range, and the stuck-run
// detector on a saturated seed network (fires) and on seed-binary with seed 0 (silent).
#include <QtTest>

#include <cmath>

#include "engine/health.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {
// input (6 values) → the activation under test → Dense 2 → Sigmoid.
Network<float> probeNetwork(const std::string& activation) {
  const nlohmann::json spec = {{"input", {{"depth", 6}, {"height", 1}, {"width", 1}}},
                               {"layers", {{{"type", activation}}, {{"type", "dense"}, {"units", 2}}, {{"type", "sigmoid"}}}},
                               {"loss", "mean_squared_error"}};
  Network<float> net = buildNetwork<float>(spec);
  net.initialize(0);
  return net;
}

struct BinaryDigits {
  Dataset train, test;
  BinaryDigits() {
    const RawSplit raw = embeddedMnist();
    train = makeDataset(raw.train, {.classes = {0, 1}, .perClassLimit = 100, .seed = 0});
    test = makeDataset(raw.test, {.classes = {0, 1}, .perClassLimit = 100, .seed = 1});
  }
};

// kStuckEpochs epochs of the seed network; parameters scaled by initScale after the notes' init.
std::optional<std::string> seedNetworkDiagnosis(double initScale, HealthReport* healthOut = nullptr) {
  const BinaryDigits data;
  const Preset& preset = findPreset("seed-binary");
  Network<float> net = buildNetwork<float>(preset.network, 2);
  net.initialize(1);  // seed 1: with seed 0 the chunked sums (#15) let the ×30 run crawl to 57–64 %
  net.parameters() *= float(initScale);
  Trainer trainer(net, data.train, {.learningRate = preset.learningRate, .batchSize = 1});
  std::vector<double> accuracies;
  for (const EpochStats& s : trainer.train(kStuckEpochs, &data.test)) accuracies.push_back(s.testAccuracy);
  const HealthReport health = probeHealth(net, data.train, preset.learningRate);
  if (healthOut) *healthOut = health;
  return diagnoseStuck(health, accuracies, 2);
}
}  // namespace

class TestHealth : public QObject {
  Q_OBJECT

 private slots:
  void activationKindsFromTheRegistry() {
    QCOMPARE(activationKind(layerTypeOf("sigmoid")), ActivationKind::Saturating);
    QCOMPARE(activationKind(layerTypeOf("tanh")), ActivationKind::Saturating);
    QCOMPARE(activationKind(layerTypeOf("relu")), ActivationKind::DeadAtZero);
    QCOMPARE(activationKind(layerTypeOf("softmax")), ActivationKind::None);
    QCOMPARE(activationKind(layerTypeOf("dense")), ActivationKind::None);
  }

  // The registry's derivative-from-output of each elementwise activation matches a central
  // difference of the layer itself, and its output stays within the stated range.
  void activationTraitsMatchTheLayers() {
    for (const char* name : {"sigmoid", "tanh", "relu"}) {
      const LayerType& type = layerTypeOf(name);
      QVERIFY2(type.activation.derivativeFromOutput, name);
      auto layer = type.make<double>(Shape{.depth = 1});
      auto f = [&](double x) {
        arma::mat in(1, 1);
        in(0, 0) = x;
        arma::mat out(1, 1);
        layer->forward(in, out);
        return out(0, 0);
      };
      for (double x : {-3.0, -0.7, 0.4, 2.5}) {
        const double y = f(x), h = 1e-6;
        QVERIFY2(y >= type.activation.outputLow && y <= type.activation.outputHigh, name);
        QVERIFY2(std::abs(type.activation.derivativeFromOutput(y) - (f(x + h) - f(x - h)) / (2 * h)) < 1e-6, name);
      }
    }
  }

  // Saturated when the derivative < 0.01: σ' at z = 0, 1, 6, −7, 10, 2 is 0.25, 0.197, 0.0025,
  // 0.0009, 0.00005, 0.105 (3 of 6); tanh' at 0, 1, 3.5, −4, 0.5, 2 is 1, 0.42, 0.0036,
  // 0.0013, 0.79, 0.071 (2 of 6). A second sample of zeros saturates nothing.
  void saturatedFractions_data() {
    QTest::addColumn<QString>("activation");
    QTest::addColumn<QVector<float>>("z");
    QTest::addColumn<double>("oneSample");
    QTest::addColumn<double>("withZeros");
    QTest::newRow("sigmoid") << "sigmoid" << QVector<float>{0, 1, 6, -7, 10, 2} << 0.5 << 0.25;
    QTest::newRow("tanh") << "tanh" << QVector<float>{0, 1, 3.5f, -4, 0.5f, 2} << 2.0 / 6 << 1.0 / 6;
  }
  void saturatedFractions() {
    QFETCH(QString, activation);
    QFETCH(QVector<float>, z);
    QFETCH(double, oneSample);
    QFETCH(double, withZeros);
    Network<float> net = probeNetwork(activation.toStdString());
    arma::fmat x(6, 1);
    for (int i = 0; i < 6; ++i) x(i, 0) = z[i];
    net.forward(x);
    HealthReport report = measureHealth(net, 0.1);
    QCOMPARE(report.layers[0].kind, ActivationKind::Saturating);
    QVERIFY(report.layers[0].hidden);
    QCOMPARE(report.layers[0].saturated, oneSample);
    QCOMPARE(report.hiddenSaturated, oneSample);
    QCOMPARE(report.saturatedLayer, std::size_t(0));
    x.insert_cols(1, arma::fmat(6, 1, arma::fill::zeros));
    net.forward(x);
    report = measureHealth(net, 0.1);
    QCOMPARE(report.layers[0].saturated, withZeros);
    QVERIFY(!report.layers[2].hidden);  // the output sigmoid does not count as hidden
  }

  // A ReLU unit is dead when it is 0 for every sample: units 0, 3 and 5 below (unit 3 is 0, not
  // positive); units 2 and 4 are alive in one sample each.
  void deadRelus() {
    Network<float> net = probeNetwork("relu");
    const arma::fmat x = {{-1, -1}, {2, -1}, {-3, 4}, {0, 0}, {5, -5}, {-2, -2}};
    net.forward(x);
    const HealthReport report = measureHealth(net, 0.1);
    QCOMPARE(report.layers[0].kind, ActivationKind::DeadAtZero);
    QCOMPARE(report.layers[0].dead, 0.5);
    QCOMPARE(report.hiddenDead, 0.5);
    QCOMPARE(report.deadLayer, std::size_t(0));
    QCOMPARE(report.saturatedLayer, HealthReport::npos);
    QCOMPARE(report.layers[0].saturated, 0.0);
    QCOMPARE(deadFraction(x.col(0)), 4.0 / 6);
  }

  // The dense layer (layer 1: 6·2 weights + 2 biases) gets gradient (3, 4, 0, …) and weights all
  // 0.5: ‖g‖ = 5, ‖θ‖ = 0.5·√14, update ratio = η·5 / (0.5·√14).
  void gradientNormAndUpdateRatio() {
    Network<float> net = probeNetwork("sigmoid");
    net.forward(arma::fmat(6, 1, arma::fill::zeros));
    const auto ranges = net.parameterRanges();
    QCOMPARE(ranges[1].count, std::size_t(14));
    net.gradients().zeros();
    net.gradients()[ranges[1].offset] = 3;
    net.gradients()[ranges[1].offset + 1] = 4;
    net.parameters().subvec(ranges[1].offset, ranges[1].offset + 13).fill(0.5f);
    const HealthReport report = measureHealth(net, 0.2);
    QVERIFY(!report.layers[0].hasParameters);
    QVERIFY(report.layers[1].hasParameters);
    QCOMPARE(report.layers[1].gradientNorm, 5.0);
    QVERIFY(qAbs(report.layers[1].weightNorm - 0.5 * std::sqrt(14.0)) < 1e-6);
    QVERIFY(qAbs(report.layers[1].updateRatio - 0.2 * 5 / (0.5 * std::sqrt(14.0))) < 1e-6);
    QCOMPARE(report.largestUpdateRatio, report.layers[1].updateRatio);
  }

  void chance() {
    QVERIFY(atChance(0.5, 2));
    QVERIFY(atChance(0.55, 2));
    QVERIFY(!atChance(0.56, 2));
    QVERIFY(atChance(0.19, 10));
    QVERIFY(!atChance(0.2, 10));
  }

  void chanceLately() {
    QVERIFY(!atChanceLately({0.5}, 2));
    QVERIFY(atChanceLately({0.9, 0.5, 0.55}, 2));
    QVERIFY(!atChanceLately({0.5, 0.5, 0.8}, 2));
    QVERIFY(atChanceLately({0.1, 0.12}, 10));
  }

  void detectorNeedsACause() {
    HealthReport saturated;
    saturated.layers.resize(5);
    saturated.layers[4].name = "Sigmoid";
    saturated.saturatedLayer = 4;
    saturated.hiddenSaturated = 0.9;
    QVERIFY(diagnoseStuck(saturated, {0.9, 0.5, 0.5}, 2).value().find("90 % of layer 5's Sigmoid outputs") != std::string::npos);
    QVERIFY(!diagnoseStuck(saturated, {0.5}, 2).has_value());       // not after one epoch
    QVERIFY(!diagnoseStuck(saturated, {0.8, 0.5}, 2).has_value());  // one dip at chance is not stuck
    QVERIFY(!diagnoseStuck(saturated, {0.5, 0.97}, 2).has_value()); // learning despite saturation
    HealthReport healthy = saturated;
    healthy.hiddenSaturated = 0.1;
    QVERIFY(!diagnoseStuck(healthy, {0.5, 0.5, 0.5}, 2).has_value());
    healthy.largestUpdateRatio = 0.5;
    QVERIFY(diagnoseStuck(healthy, {0.5, 0.5, 0.5}, 2)->find("lower learning rate") != std::string::npos);
  }

  // The seed network with its N(0, 1) init scaled ×30 saturates (nearly) every hidden unit and
  // stays at chance: the detector fires and names saturation in the dense layer's sigmoid.
  // (Measured: 91 % of the convolution's sigmoid outputs and 99.8 % of the dense one's.)
  void detectorFiresOnSaturatedSeedNetwork() {
    HealthReport health;
    const auto diagnosis = seedNetworkDiagnosis(30, &health);
    QVERIFY2(health.layers[1].saturated > 0.85, qPrintable(QString::number(health.layers[1].saturated)));
    QVERIFY2(health.hiddenSaturated > 0.95, qPrintable(QString::number(health.hiddenSaturated)));
    QCOMPARE(health.saturatedLayer, std::size_t(4));
    QVERIFY(diagnosis.has_value());
    QVERIFY2(diagnosis->find("saturated") != std::string::npos, diagnosis->c_str());
    QVERIFY(diagnosis->find("smaller init") != std::string::npos);
  }

  // seed-binary with seed 0 learns: silent.
  void detectorSilentOnHealthyRun() {
    const auto diagnosis = seedNetworkDiagnosis(1);
    QVERIFY2(!diagnosis.has_value(), diagnosis ? diagnosis->c_str() : "");
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestHealth)
#include "test_health.moc"
