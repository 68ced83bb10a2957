// Tests for the parameter-free layers: Sigmoid, Tanh, ReLU, Softmax (with temperature), Reshape.
#include <QtTest>

#include "engine/gradient_check.hpp"
#include "engine/layers/relu.hpp"
#include "engine/layers/reshape.hpp"
#include "engine/layers/sigmoid.hpp"
#include "engine/layers/softmax.hpp"
#include "engine/layers/tanh.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {
std::unique_ptr<Layer<double>> make(const QString& name, const Shape& shape) {
  if (name == "sigmoid") return std::make_unique<Sigmoid<double>>(shape);
  if (name == "tanh") return std::make_unique<Tanh<double>>(shape);
  if (name == "relu") return std::make_unique<ReLU<double>>(shape);
  if (name == "softmax") return std::make_unique<Softmax<double>>(shape, 1.0);
  if (name == "softmax T=0.5") return std::make_unique<Softmax<double>>(shape, 0.5);
  if (name == "softmax T=3") return std::make_unique<Softmax<double>>(shape, 3.0);
  return std::make_unique<Reshape<double>>(shape);
}
}  // namespace

class TestActivations : public QObject {
  Q_OBJECT

 private slots:
  void knownValues() {
    arma::mat x = arma::vec{0.0, 2.0, -1.0}, y(3, 1);
    Sigmoid<double>({3, 1, 1}).forward(x, y);
    QCOMPARE(y(0), 0.5);
    QVERIFY(std::abs(y(1) - 1 / (1 + std::exp(-2.0))) < 1e-15);
    ReLU<double>({3, 1, 1}).forward(x, y);
    QCOMPARE(y(1), 2.0);
    QCOMPARE(y(2), 0.0);
    Tanh<double>({3, 1, 1}).forward(x, y);
    QVERIFY(std::abs(y(2) - std::tanh(-1.0)) < 1e-15);
  }

  void sigmoidDerivativeIsSigmaTimesOneMinusSigma() {
    // Notes: σ′(x) = σ(x)(1 − σ(x)), which is 0.25 at x = 0.
    Sigmoid<double> s({1, 1, 1});
    arma::mat x(1, 1, arma::fill::zeros), y(1, 1), g(1, 1, arma::fill::ones), dx(1, 1);
    s.forward(x, y);
    s.backward(x, y, g, &dx);
    QCOMPARE(dx(0), 0.25);
  }

  void softmaxTemperature() {
    // Second notes, eq. 36: Y_i = e^(x_i/T) / Σ_j e^(x_j/T); a smaller T favours the largest x.
    const arma::mat x = arma::vec{1.0, 2.0, 3.0};
    arma::mat cold(3, 1), warm(3, 1), plain(3, 1);
    Softmax<double>({3, 1, 1}, 1.0).forward(x, plain);
    Softmax<double>({3, 1, 1}, 0.5).forward(x, cold);
    Softmax<double>({3, 1, 1}, 5.0).forward(x, warm);
    const double sum = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
    QVERIFY(std::abs(plain(2) - std::exp(3.0) / sum) < 1e-15);
    QVERIFY(std::abs(arma::accu(cold) - 1) < 1e-15);
    QVERIFY(cold(2) > plain(2));
    QVERIFY(warm(2) < plain(2));
    // Huge logits do not overflow.
    arma::mat big = arma::vec{1000.0, 1001.0}, out(2, 1);
    Softmax<double>({2, 1, 1}).forward(big, out);
    QVERIFY(out.is_finite());
    QVERIFY(std::abs(out(1) - 1 / (1 + std::exp(-1.0))) < 1e-12);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Softmax<double>({2, 1, 1}, 0.0));
  }

  void gradientCheck_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"sigmoid", "tanh", "relu", "softmax", "softmax T=0.5", "softmax T=3", "reshape"})
      QTest::newRow(name) << QString(name);
  }
  void gradientCheck() {
    QFETCH(QString, name);
    auto layer = make(name, {2, 3, 3});
    const GradientCheckResult r = checkLayer(*layer, 3, 17, 54);
    QVERIFY2(r.maxInputError < 1e-7, qPrintable(QString::number(r.maxInputError)));
    QCOMPARE(r.checked, std::size_t(54));
  }

  void reshapeFlattens() {
    Reshape<float> reshape({5, 26, 26});
    QCOMPARE(reshape.outputShape(), (Shape{3380, 1, 1}));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestActivations)
#include "test_activations.moc"
