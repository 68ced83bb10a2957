// Tests for Network: clone() is a deep copy — same layers, same values, same outputs — that
// shares no parameters with the original; backwardUpdate equals backward then SGD.
#include <QtTest>

#include "engine/layers/layer_registry.hpp"
#include "engine/network_spec.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

// A small network with every kind of parameterised layer and a loss.
nlohmann::json smallSpec() {
  return nlohmann::json::parse(R"({"input": {"depth": 1, "height": 8, "width": 8},
    "layers": [{"type": "convolutional", "kernels": 3, "kernel_size": 3, "bias": "per_kernel"},
               {"type": "relu"}, {"type": "maxpool", "size": 2}, {"type": "reshape"},
               {"type": "dense", "units": 4}, {"type": "softmax", "temperature": 2.0}],
    "loss": "cross_entropy", "init": "normal"})");
}

arma::fmat batch(std::size_t n, int seed) {
  arma::arma_rng::set_seed(seed);
  return arma::randu<arma::fmat>(64, n);
}

}  // namespace

class TestNetwork : public QObject {
  Q_OBJECT

 private slots:
  void cloneIsADeepCopy() {
    Network<float> original = buildNetwork<float>(smallSpec());
    original.initialize(7);
    Network<float> copy = original.clone();
    QCOMPARE(copy.layerCount(), original.layerCount());
    QCOMPARE(copy.spec(), original.spec());
    QCOMPARE(copy.loss().name(), original.loss().name());
    QCOMPARE(copy.initialization(), Initialization::Normal);
    for (std::size_t i = 0; i < copy.layerCount(); ++i) QCOMPARE(copy.layer(i).describe(), original.layer(i).describe());
    QVERIFY(arma::approx_equal(copy.parameters(), original.parameters(), "absdiff", 0));
    QVERIFY(copy.parameters().memptr() != original.parameters().memptr());

    const arma::fmat x = batch(5, 1);
    const arma::fmat expected = original.forward(x);
    QVERIFY(arma::approx_equal(copy.forward(x), expected, "absdiff", 0));

    // The copy's layers read the copy's vector: changing it changes the copy's outputs only.
    copy.parameters() *= 0.5f;
    QVERIFY(!arma::approx_equal(copy.forward(x), expected, "absdiff", 1e-6));
    QVERIFY(arma::approx_equal(original.forward(x), expected, "absdiff", 0));
    // Training the original leaves the copy alone.
    const arma::fvec halved = copy.parameters();
    const arma::fmat gradient = arma::randn<arma::fmat>(4, 5);  // not constant: softmax would cancel it
    original.forward(x);
    original.backwardUpdate(gradient, 0.1f);
    QVERIFY(arma::approx_equal(copy.parameters(), halved, "absdiff", 0));
    QVERIFY(!arma::approx_equal(original.parameters(), halved * 2.0f, "absdiff", 1e-6));
  }

  void cloneOfAnUnfinalizedNetwork() {
    Network<double> network(Shape{1, 4, 4});
    network.add(layerTypeOf("convolutional").make<double>(Shape{1, 4, 4}, {{"kernels", 2}, {"kernel_size", 3}}));
    Network<double> copy = network.clone();
    QCOMPARE(copy.parameterCount(), std::size_t(2 * 9 + 2 * 2 * 2));
    QVERIFY(copy.parameters().is_zero());
    QVERIFY(!copy.hasLoss());
  }

  // Network::backwardUpdate (each layer's backwardUpdate, Dense's fused sweep for one sample)
  // equals backward() then θ ← θ − η ∂E/∂θ, for one sample and for a batch.
  void backwardUpdateEqualsBackwardThenSgd_data() {
    QTest::addColumn<int>("samples");
    QTest::newRow("one sample") << 1;
    QTest::newRow("batch of 6") << 6;
  }
  void backwardUpdateEqualsBackwardThenSgd() {
    QFETCH(int, samples);
    Network<double> fused = buildNetwork<double>(smallSpec());
    fused.initialize(3);
    Network<double> plain = fused.clone();
    const arma::mat x = arma::conv_to<arma::mat>::from(batch(std::size_t(samples), 2));
    const arma::mat gradient = arma::randn<arma::mat>(4, std::size_t(samples));
    const double rate = 0.05;
    fused.forward(x);
    fused.backwardUpdate(gradient, rate);
    plain.forward(x);
    plain.backward(gradient);
    const arma::vec before = plain.parameters();
    plain.parameters() -= rate * plain.gradients();
    QVERIFY(!arma::approx_equal(plain.parameters(), before, "absdiff", 1e-9));  // something was learnt
    QVERIFY(arma::approx_equal(fused.parameters(), plain.parameters(), "absdiff", 1e-12));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestNetwork)
#include "test_network.moc"
