// Tests for the gradient checker itself and for every preset network end to end.
#include <QtTest>

#include "engine/layers/dense.hpp"
#include "engine/gradient_check.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {
// A dense layer whose backward is deliberately wrong (∂E/∂X doubled): the checker must notice.
class BrokenDense : public Dense<double> {
 public:
  using Dense<double>::Dense;
  void backward(const arma::mat& input, const arma::mat& output, const arma::mat& dY, arma::mat* dX) override {
    Dense<double>::backward(input, output, dY, dX);
    if (dX) *dX *= 2;
  }
};
}  // namespace

class TestGradientCheck : public QObject {
  Q_OBJECT

 private slots:
  void detectsAWrongGradient() {
    BrokenDense broken({.inputSize = 4, .outputSize = 3});
    const GradientCheckResult r = checkLayer(broken, 2, 1);
    QVERIFY(r.maxInputError > 0.3);
    QVERIFY(r.maxParameterError < 1e-7);
  }

  void relativeError() {
    QCOMPARE(cnnlab::relativeError(1.0, 1.0), 0.0);
    QCOMPARE(cnnlab::relativeError(2.0, 1.0), 0.5);
    QVERIFY(cnnlab::relativeError(1e-12, 2e-12) < 1e-4);  // both ~0: not a failure
  }

  void presetsPassEndToEnd_data() {
    QTest::addColumn<QString>("preset");
    for (const Preset& p : presets()) QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
  }
  void presetsPassEndToEnd() {
    QFETCH(QString, preset);
    const auto results = checkNetwork(findPreset(preset.toStdString()).network, 1, 12);
    QVERIFY(results.size() >= 3);
    for (const auto& r : results) {
      QVERIFY2(r.maxError() < 1e-4, qPrintable(QString::fromStdString(r.name) + ": " + QString::number(r.maxError())));
      QVERIFY(r.checked > 0);
    }
    QCOMPARE(QString::fromStdString(results.back().name), QString("network end to end"));
  }

  // The notes' conv layer with "the depth of i/p is 3": each kernel a 3-D block over R, G, B.
  void colourNetworksPass_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("conv 3×8×8") << R"({"input": {"depth": 3, "height": 8, "width": 8},
        "layers": [{"type": "convolutional", "kernels": 4, "kernel_size": 3, "bias": "per_output"}, {"type": "sigmoid"},
                   {"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}], "loss": "cross_entropy"})";
    QTest::newRow("lenet5 3-channel") << QString::fromStdString(adaptToData(findPreset("lenet5").network, 3, 2).spec.dump());
  }
  void colourNetworksPass() {
    QFETCH(QString, spec);
    const nlohmann::json network = nlohmann::json::parse(spec.toStdString());
    // 48 random entries of each parameter block and of the input reach every input channel (a
    // channel holds a third of each: all three are hit but with chance 3·(2/3)^48 < 1e−8, and the
    // draw is seeded, so it is the same every run); 120 took 70 s under ASan, 400 took 155 s.
    const auto results = checkNetwork(network, 3, 48);
    QVERIFY(results.size() >= 3);
    QCOMPARE(buildNetwork<double>(network).inputShape().depth, std::size_t(3));
    for (const auto& r : results) {
      QVERIFY2(r.maxError() < 1e-4, qPrintable(QString::fromStdString(r.name) + ": " + QString::number(r.maxError())));
      QVERIFY(r.checked > 0);
    }
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestGradientCheck)
#include "test_gradient_check.moc"
