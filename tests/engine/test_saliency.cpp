// Tests for engine/saliency: |∂Y_c/∂X| equals a central-difference input gradient (double
// precision, every pixel), for the seed CNN and the MLP, and bad arguments are refused.
#include <QtTest>

#include "engine/data/dataset.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/saliency.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestSaliency : public QObject {
  Q_OBJECT

 private slots:
  void equalsFiniteDifferences_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("cls");
    QTest::newRow("seed-binary, class 1") << "seed-binary" << 1;
    QTest::newRow("mlp, class 7") << "mlp" << 7;
  }
  void equalsFiniteDifferences() {
    QFETCH(QString, preset);
    QFETCH(int, cls);
    const nlohmann::json spec = findPreset(preset.toStdString()).network;
    Network<double> net = buildNetwork<double>(spec);
    // uniform_fan_in: outputs away from saturation, so the gradient is not ~0 everywhere
    net.setInitialization(Initialization::UniformFanIn);
    net.initialize(3);
    const RawSplit raw = embeddedMnist();
    arma::mat image(784, 1);
    for (std::size_t p = 0; p < 784; ++p) image(p, 0) = raw.test.pixels[p] / 255.0;  // (transposed: any digit-like input will do)
    arma::mat signedGradient;
    const arma::mat map = saliencyMap(net, image, std::size_t(cls), &signedGradient);
    QCOMPARE(map.n_rows, arma::uword(784));
    QVERIFY(arma::approx_equal(map, arma::abs(signedGradient), "absdiff", 0.0));
    QVERIFY(map.max() > 0);

    const double h = 1e-5;  // roundoff ~1e-16/h stays far below the floor below
    double worst = 0;
    for (std::size_t p = 0; p < 784; ++p) {
      arma::mat plus = image, minus = image;
      plus(p, 0) += h;
      minus(p, 0) -= h;
      const double up = net.forward(plus)(cls, 0);
      const double down = net.forward(minus)(cls, 0);
      const double numeric = (up - down) / (2 * h);
      worst = std::max(worst, std::abs(numeric - signedGradient(p, 0)) / std::max(1e-2 * map.max(), std::abs(numeric)));
    }
    // relative to max(|numeric|, 1 % of the largest entry): tiny entries are all roundoff
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
  }

  void refusesBadArguments() {
    Network<float> net = buildNetwork<float>(findPreset("mlp").network);
    net.initialize(0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saliencyMap(net, arma::fmat(783, 1, arma::fill::zeros), 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saliencyMap(net, arma::fmat(784, 1, arma::fill::zeros), 10));
    QCOMPARE(saliencyMap(net, arma::fmat(784, 1, arma::fill::zeros), 9).n_rows, arma::uword(784));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestSaliency)
#include "test_saliency.moc"
