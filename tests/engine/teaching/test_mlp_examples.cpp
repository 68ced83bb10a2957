// The second notes' MLP examples (mlp_examples.hpp): every written number against a hand computation
// for the fixed network, against a Network<double> of the engine's own layers and losses for random
// networks, against central differences, and the softmax Jacobian against Softmax::backward.
#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

#include "engine/layers/layer_registry.hpp"
#include "engine/loss.hpp"
#include "engine/network.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/teaching/handout.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

using Vec = std::vector<double>;
using Mat = std::vector<Vec>;  // [row][column], the notes' layout: w[i][j] from input i to output j

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

// Every number of the fixed network (2 → 3 sigmoid → 3 softmax, MSE, a = 0.5) by hand, with plain
// loops and std::exp: no Armadillo, no engine layer.
struct Hand {
  Vec z1, a1, z2, Y, dY, diag, full, db2, da1, dz1, db1, b2After, b1After;
  Mat J, dw2, dw1, w2After, w1After;
  double E = 0;
};

Hand byHand() {
  const Vec x = {1.0, 0.5}, b1 = {0.1, -0.1, 0.2}, b2 = {0.05, -0.05, 0.0}, y = {1, 0, 0};
  const Mat w1 = {{0.1, 0.4, -0.2}, {0.3, -0.5, 0.6}}, w2 = {{0.7, -0.3, 0.1}, {-0.4, 0.5, 0.2}, {0.2, 0.8, -0.6}};
  const double a = 0.5;
  const int n0 = 2, n1 = 3, n2 = 3;
  Hand h;
  for (int j = 0; j < n1; ++j) {
    double z = b1[j];
    for (int i = 0; i < n0; ++i) z += x[i] * w1[i][j];  // eq. 14 with the bias
    h.z1.push_back(z);
    h.a1.push_back(sigmoid(z));  // eq. 15
  }
  double sum = 0;
  for (int j = 0; j < n2; ++j) {
    double z = b2[j];
    for (int i = 0; i < n1; ++i) z += h.a1[i] * w2[i][j];
    h.z2.push_back(z);
    sum += std::exp(z);
  }
  for (int i = 0; i < n2; ++i) h.Y.push_back(std::exp(h.z2[i]) / sum);       // eq. 16
  for (int i = 0; i < n2; ++i) h.E += (h.Y[i] - y[i]) * (h.Y[i] - y[i]) / 2;  // eq. 18
  for (int i = 0; i < n2; ++i) h.dY.push_back(h.Y[i] - y[i]);                 // eq. 23
  h.J = Mat(n2, Vec(n2));
  for (int i = 0; i < n2; ++i)
    for (int j = 0; j < n2; ++j) h.J[i][j] = i == j ? h.Y[i] * (1 - h.Y[i]) : -h.Y[i] * h.Y[j];
  for (int i = 0; i < n2; ++i) {
    h.diag.push_back(h.dY[i] * h.Y[i] * (1 - h.Y[i]));  // eq. 24
    double full = 0;
    for (int k = 0; k < n2; ++k) full += h.dY[k] * h.J[k][i];
    h.full.push_back(full);
  }
  h.dw2 = Mat(n1, Vec(n2));
  for (int i = 0; i < n1; ++i)
    for (int j = 0; j < n2; ++j) h.dw2[i][j] = h.a1[i] * h.full[j];  // eq. 27 with the full Jacobian
  h.db2 = h.full;                                                    // eq. 28
  for (int i = 0; i < n1; ++i) {
    double da = 0;
    for (int j = 0; j < n2; ++j) da += w2[i][j] * h.full[j];  // eq. 47 summed over the outputs
    h.da1.push_back(da);
    h.dz1.push_back(h.da1[i] * h.a1[i] * (1 - h.a1[i]));  // eq. 45, 48
  }
  h.dw1 = Mat(n0, Vec(n1));
  for (int i = 0; i < n0; ++i)
    for (int j = 0; j < n1; ++j) h.dw1[i][j] = x[i] * h.dz1[j];  // eq. 49
  h.db1 = h.dz1;                                                  // eq. 53
  h.w2After = w2;
  h.w1After = w1;
  for (int i = 0; i < n1; ++i)
    for (int j = 0; j < n2; ++j) h.w2After[i][j] -= a * h.dw2[i][j];
  for (int i = 0; i < n0; ++i)
    for (int j = 0; j < n1; ++j) h.w1After[i][j] -= a * h.dw1[i][j];
  for (int j = 0; j < n2; ++j) h.b2After.push_back(b2[j] - a * h.db2[j]);
  for (int j = 0; j < n1; ++j) h.b1After.push_back(b1[j] - a * h.db1[j]);
  return h;
}

void append(Vec& to, const Vec& v) { to.insert(to.end(), v.begin(), v.end()); }
void append(Vec& to, const Mat& m) {
  for (const Vec& row : m) append(to, row);
}

// Every step's value in the example's order.
Vec stepValues(const TeachingExample& example) {
  Vec values;
  for (const TeachingStage& stage : example.stages)
    for (const TeachingCell& cell : stage.cells) values.push_back(cell.value);
  return values;
}

Vec vec(const arma::mat& m) {  // row by row, as the examples write a matrix's cells
  Vec v;
  for (std::size_t r = 0; r < m.n_rows; ++r)
    for (std::size_t c = 0; c < m.n_cols; ++c) v.push_back(m(r, c));
  return v;
}

// The same network as a Network<double> of the registry's layers: the engine's whole path.
struct Reference {
  Network<double> network{Shape{}};
  arma::vec z1, a1, z2, Y, gradients;
  double E = 0;
};

Reference reference(const MlpNetwork& net) {
  const std::size_t n0 = net.x.n_elem, n1 = net.b1.n_elem, n2 = net.b2.n_elem;
  Reference r{Network<double>(Shape{.depth = n0}), {}, {}, {}, {}, {}, 0};
  r.network.add(layerTypeOf("dense").make<double>(Shape{.depth = n0}, {{"units", n1}}));
  r.network.add(layerTypeOf(net.hidden).make<double>(Shape{.depth = n1}));
  r.network.add(layerTypeOf("dense").make<double>(Shape{.depth = n1}, {{"units", n2}}));
  nlohmann::json out = nlohmann::json::object();
  if (net.output == "softmax") out["temperature"] = net.temperature;
  r.network.add(layerTypeOf(net.output).make<double>(Shape{.depth = n2}, out));
  r.network.setLoss(makeLoss<double>(mlpLossName(net.loss)));
  r.network.finalize();
  // Dense stores W (outputs × inputs, column-major) then b: the transpose of the notes' w.
  r.network.parameters() = arma::join_cols(arma::join_cols(arma::vectorise(net.w1.t()), net.b1),
                                           arma::join_cols(arma::vectorise(net.w2.t()), net.b2));
  const arma::mat& Y = r.network.forward(arma::mat(net.x));
  r.z1 = r.network.activation(0);
  r.a1 = r.network.activation(1);
  r.z2 = r.network.activation(2);
  r.Y = Y;
  r.E = r.network.loss().value(Y, arma::mat(net.target));
  arma::mat g(n2, 1);
  r.network.loss().gradient(Y, arma::mat(net.target), g);
  r.network.backward(g);
  r.gradients = r.network.gradients();
  return r;
}

MlpNetwork randomNetwork(std::size_t n0, std::size_t n1, std::size_t n2, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-1, 1);
  auto fill = [&](arma::mat& m) { m.imbue([&] { return u(rng); }); };
  MlpNetwork net;
  net.x.set_size(n0);
  net.w1.set_size(n0, n1);
  net.b1.set_size(n1);
  net.w2.set_size(n1, n2);
  net.b2.set_size(n2);
  arma::mat x(net.x.memptr(), n0, 1, false, true), b1(net.b1.memptr(), n1, 1, false, true),
      b2(net.b2.memptr(), n2, 1, false, true);
  fill(x);
  fill(net.w1);
  fill(b1);
  fill(net.w2);
  fill(b2);
  net.target.zeros(n2);
  net.target(seed % n2) = 1;
  net.learningRate = 0.1 + 0.1 * double(seed % 5);
  return net;
}

// E of the network by the engine's layers, for central differences.
double lossOf(const MlpNetwork& net) { return runMlp(net).loss; }

}  // namespace

class TestMlpExamples : public QObject {
  Q_OBJECT

 private slots:
  void forwardByHand() {
    const Hand h = byHand();
    const TeachingExample example = mlpForwardExample(defaultMlpNetwork());
    Vec expected;
    append(expected, h.z1);
    append(expected, h.a1);
    append(expected, h.z2);
    append(expected, h.Y);
    expected.push_back(h.E);
    const Vec values = stepValues(example);
    QCOMPARE(values.size(), expected.size());
    for (std::size_t k = 0; k < values.size(); ++k)
      QVERIFY2(std::abs(values[k] - expected[k]) < 1e-12, qPrintable(QString("step %1: %2 vs %3").arg(k + 1).arg(values[k]).arg(expected[k])));
    // Written the notes' way: each product of eq. 14, then the bias, then the equation number.
    QCOMPARE(QString::fromStdString(example.stages[0].cells[0].formula), QString::fromUtf8("z₁¹ = 1×0.1 + 0.5×0.3 + 0.1 = 0.35   (14)"));
    QCOMPARE(QString::fromStdString(example.stages[0].cells[1].formula),
             QString::fromUtf8("z₂¹ = 1×0.4 + 0.5×(−0.5) + (−0.1) = 0.05   (14)"));
    QVERIFY(example.stages[1].cells[0].formula.find("1/(1 + e^\u2212(0.35)) = " + formatNumber(h.a1[0])) != std::string::npos);
    QVERIFY(example.stages[3].cells[0].formula.find("(16)") != std::string::npos);
    QVERIFY(example.stages[4].cells[0].formula.find("(18)") != std::string::npos);
  }

  void backwardByHand() {
    const Hand h = byHand();
    const TeachingExample example = mlpBackwardExample(defaultMlpNetwork());
    Vec expected;
    append(expected, h.dY);
    append(expected, h.diag);
    append(expected, h.full);
    append(expected, h.dw2);
    append(expected, h.db2);
    append(expected, h.da1);
    append(expected, h.dz1);
    append(expected, h.dw1);
    append(expected, h.db1);
    append(expected, h.w2After);
    append(expected, h.b2After);
    append(expected, h.w1After);
    append(expected, h.b1After);
    const Vec values = stepValues(example);
    QCOMPARE(values.size(), expected.size());
    for (std::size_t k = 0; k < values.size(); ++k)
      QVERIFY2(std::abs(values[k] - expected[k]) < 1e-12, qPrintable(QString("step %1: %2 vs %3").arg(k + 1).arg(values[k]).arg(expected[k])));
    // Every written number is the value the step stands for, and every step cites the notes.
    for (const TeachingStage& stage : example.stages)
      for (const TeachingCell& cell : stage.cells) {
        QVERIFY2(cell.formula.find(formatNumber(cell.value)) != std::string::npos, cell.formula.c_str());
        QVERIFY2(citesEquation(cell.formula), cell.formula.c_str());
      }
    // The output layer's weight step names each factor of eq. 27 and its value.
    const TeachingCell& w12 = example.stages[3].cells[1];
    QCOMPARE(QString::fromStdString(w12.label), QString::fromUtf8("∂E/∂w₁₂²"));
    QVERIFY(w12.lines[1].find("(Y\u2082 \u2212 y\u2082) \u00b7 S(z\u2082)(1 \u2212 S(z\u2082))") != std::string::npos);
    QVERIFY(w12.lines[2].find(formatNumber(h.dY[1]) + "\u00d7" + formatNumber(h.Y[1])) != std::string::npos);
    QVERIFY(w12.lines.back().find(formatNumber(h.a1[0]) + "\u00d7" + formatNumber(h.full[1])) != std::string::npos);
  }

  // Eq. 49 fed by the notes' diagonal ∂E/∂z², written beside the full value: by hand from the
  // diagonal (eqs. 24, 47, 45, 49), and different from the exact ∂E/∂w¹.
  void hiddenWeightsShowTheNotesDiagonalToo() {
    const MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    const Hand h = byHand();
    for (std::size_t i = 0; i < 2; ++i)
      for (std::size_t j = 0; j < 3; ++j) {
        double da = 0;
        for (std::size_t k = 0; k < 3; ++k) da += net.w2(j, k) * h.diag[k];
        const double notes = net.x(i) * da * h.a1[j] * (1 - h.a1[j]);
        QVERIFY(std::abs(p.dE_dw1Diagonal(i, j) - notes) < 1e-12);
        QVERIFY(std::abs(p.dE_dw1(i, j) - notes) > 1e-3);
      }
    const TeachingExample example = mlpBackwardExample(net);
    const TeachingStage& stage = example.stages[7];
    QVERIFY(stage.title.find("(49)") != std::string::npos);
    QVERIFY2(stage.cells[0].formula.find("the notes' diagonal gives " + formatNumber(p.dE_dw1Diagonal(0, 0))) != std::string::npos,
             stage.cells[0].formula.c_str());
    // A sigmoid output has no second value to show.
    MlpNetwork sigmoidOutput = net;
    sigmoidOutput.output = "sigmoid";
    for (const TeachingStage& s : mlpBackwardExample(sigmoidOutput).stages)
      for (const TeachingCell& c : s.cells) QVERIFY(c.formula.find("notes' diagonal gives") == std::string::npos);
  }

  void softmaxOutputShowsDiagonalAndFullJacobian() {
    const TeachingExample example = mlpBackwardExample(defaultMlpNetwork());
    const Hand h = byHand();
    QVERIFY(example.stages[1].title.find("diagonal only") != std::string::npos);
    const TeachingCell& full = example.stages[2].cells[0];
    QVERIFY(full.formula.find("off by " + formatNumber(h.full[0] - h.diag[0])) != std::string::npos);
    // A sigmoid output has a diagonal Jacobian: the notes' eq. 24 is exact and there is no third stage.
    MlpNetwork sigmoidOutput = defaultMlpNetwork();
    sigmoidOutput.output = "sigmoid";
    const MlpPass p = runMlp(sigmoidOutput);
    QVERIFY(arma::approx_equal(p.dE_dz2, p.dE_dz2Diagonal, "absdiff", 1e-15));
    QCOMPARE(mlpBackwardExample(sigmoidOutput).stages.size(), example.stages.size() - 1);
  }

  void randomNetworksAgainstTheEngine_data() {
    QTest::addColumn<int>("n0");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("n2");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("loss");
    QTest::addColumn<double>("temperature");
    QTest::newRow("2-3-2 sigmoid softmax mse") << 2 << 3 << 2 << "sigmoid" << "softmax" << "mse" << 1.0;
    QTest::newRow("4-5-3 relu softmax cross-entropy") << 4 << 5 << 3 << "relu" << "softmax" << "cross_entropy" << 1.0;
    QTest::newRow("3-4-4 tanh softmax T=2.5 mse") << 3 << 4 << 4 << "tanh" << "softmax" << "mse" << 2.5;
    QTest::newRow("5-2-3 sigmoid sigmoid bce") << 5 << 2 << 3 << "sigmoid" << "sigmoid" << "bce" << 1.0;
    QTest::newRow("1-1-1 relu sigmoid mse") << 1 << 1 << 1 << "relu" << "sigmoid" << "mse" << 1.0;
    QTest::newRow("8-6-5 tanh softmax T=0.5 bce") << 8 << 6 << 5 << "tanh" << "softmax" << "bce" << 0.5;
    QTest::newRow("64-7-10 sigmoid softmax cross-entropy") << 64 << 7 << 10 << "sigmoid" << "softmax" << "cross_entropy" << 1.0;
  }
  void randomNetworksAgainstTheEngine() {
    QFETCH(int, n0);
    QFETCH(int, n1);
    QFETCH(int, n2);
    QFETCH(QString, hidden);
    QFETCH(QString, output);
    QFETCH(QString, loss);
    QFETCH(double, temperature);
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      MlpNetwork net = randomNetwork(std::size_t(n0), std::size_t(n1), std::size_t(n2), seed * 7 + std::uint64_t(n0));
      net.hidden = hidden.toStdString();
      net.output = output.toStdString();
      net.loss = loss.toStdString();
      net.temperature = temperature;
      const Reference r = reference(net);
      const std::size_t w1n = std::size_t(n0 * n1), w2n = std::size_t(n1 * n2), o2 = w1n + std::size_t(n1);
      const arma::mat dw1 = arma::reshape(r.gradients.head(w1n), n1, n0).t();
      const arma::vec db1 = r.gradients.subvec(w1n, o2 - 1);
      const arma::mat dw2 = arma::reshape(r.gradients.subvec(o2, o2 + w2n - 1), n2, n1).t();
      const arma::vec db2 = r.gradients.tail(n2);
      const arma::vec dY = [&] {
        arma::mat g(std::size_t(n2), 1);
        makeLoss<double>(mlpLossName(net.loss))->gradient(r.Y, arma::mat(net.target), g);
        return arma::vec(g);
      }();
      // The notes' eq. 24: the output activation's own derivative, times ∂E/∂Y.
      const arma::vec diagonal = net.output == "softmax" ? arma::vec(dY % r.Y % (1 - r.Y) / temperature)
                                                         : arma::vec(dY % r.Y % (1 - r.Y));
      Vec expected;
      if (net.output == "softmax") {
        arma::mat J = arma::diagmat(r.Y) - r.Y * r.Y.t();  // Jacobian of eq. 36
        J /= temperature;
      }
      const TeachingExample forward = mlpForwardExample(net);
      append(expected, vec(r.z1.t()));
      append(expected, vec(r.a1.t()));
      append(expected, vec(r.z2.t()));
      append(expected, vec(r.Y.t()));
      expected.push_back(r.E);
      Vec values = stepValues(forward);
      QCOMPARE(values.size(), expected.size());
      for (std::size_t k = 0; k < values.size(); ++k)
        QVERIFY2(std::abs(values[k] - expected[k]) <= 1e-12 * std::max(1.0, std::abs(expected[k])),
                 qPrintable(QString("forward step %1: %2 vs %3").arg(k + 1).arg(values[k]).arg(expected[k])));

      expected.clear();
      append(expected, vec(dY.t()));
      append(expected, vec(diagonal.t()));
      if (net.output == "softmax") append(expected, vec(db2.t()));  // ∂E/∂z² = ∂E/∂b² (eq. 28)
      append(expected, vec(dw2));
      append(expected, vec(db2.t()));
      const arma::vec da1 = net.w2 * db2;  // eq. 47, summed over the outputs
      append(expected, vec(da1.t()));
      append(expected, vec(db1.t()));  // ∂E/∂z¹ = ∂E/∂b¹
      append(expected, vec(dw1));
      append(expected, vec(db1.t()));
      append(expected, vec(net.w2 - net.learningRate * dw2));
      append(expected, vec((net.b2 - net.learningRate * db2).t()));
      append(expected, vec(net.w1 - net.learningRate * dw1));
      append(expected, vec((net.b1 - net.learningRate * db1).t()));
      const TeachingExample backward = mlpBackwardExample(net);
      values = stepValues(backward);
      QCOMPARE(values.size(), expected.size());
      for (std::size_t k = 0; k < values.size(); ++k)
        QVERIFY2(std::abs(values[k] - expected[k]) <= 1e-12 * std::max(1.0, std::abs(expected[k])),
                 qPrintable(QString("backward step %1: %2 vs %3").arg(k + 1).arg(values[k]).arg(expected[k])));
      for (const TeachingStage& stage : backward.stages)
        for (const TeachingCell& cell : stage.cells) QVERIFY2(citesEquation(cell.formula), cell.formula.c_str());
    }
  }

  void gradientsMatchCentralDifferences() {
    // The full-Jacobian ∂E/∂b² and ∂E/∂w¹ are the true derivatives; the notes' diagonal is not (softmax).
    MlpNetwork net = randomNetwork(3, 4, 3, 11);
    net.hidden = "tanh";
    const MlpPass p = runMlp(net);
    const double h = 1e-6;
    for (std::size_t j = 0; j < net.b2.n_elem; ++j) {
      MlpNetwork plus = net, minus = net;
      plus.b2(j) += h;
      minus.b2(j) -= h;
      const double numeric = (lossOf(plus) - lossOf(minus)) / (2 * h);
      QVERIFY2(std::abs(numeric - p.dE_dz2(j)) < 1e-8, qPrintable(QString("%1 vs %2").arg(numeric).arg(p.dE_dz2(j))));
      QVERIFY2(std::abs(numeric - p.dE_dz2Diagonal(j)) > 1e-4, "the notes' diagonal should differ for a softmax");
    }
    for (std::size_t i = 0; i < net.w1.n_rows; ++i)
      for (std::size_t j = 0; j < net.w1.n_cols; ++j) {
        MlpNetwork plus = net, minus = net;
        plus.w1(i, j) += h;
        minus.w1(i, j) -= h;
        QVERIFY(std::abs((lossOf(plus) - lossOf(minus)) / (2 * h) - p.dE_dw1(i, j)) < 1e-8);
      }
  }

  void softmaxJacobian_data() {
    QTest::addColumn<QString>("z");
    QTest::addColumn<double>("temperature");
    QTest::newRow("notes 3 T=1") << "2 1 0.1" << 1.0;
    QTest::newRow("3 T=0.3") << "2 1 0.1" << 0.3;
    QTest::newRow("5 T=4") << "-1 0.5 3 0 2" << 4.0;
    QTest::newRow("1") << "7" << 1.0;
    QTest::newRow("10 large") << "100 101 99 -50 0 3 3 3 1 2" << 1.5;
  }
  void softmaxJacobian() {
    QFETCH(QString, z);
    QFETCH(double, temperature);
    const arma::vec logits = arma::vectorise(parseMatrix(z.toStdString()));
    const SoftmaxJacobian sj = cnnlab::softmaxJacobian(logits, temperature);
    const std::size_t n = logits.n_elem;
    // Rows sum to 0 (the outputs always sum to 1), the diagonal is S_i(1 − S_i)/T, off it −S_iS_j/T.
    for (std::size_t i = 0; i < n; ++i) {
      QVERIFY(std::abs(arma::accu(sj.jacobian.row(i))) < 1e-15);
      for (std::size_t j = 0; j < n; ++j) {
        const double expected = i == j ? sj.softmax(i) * (1 - sj.softmax(i)) / temperature
                                       : -sj.softmax(i) * sj.softmax(j) / temperature;
        QVERIFY(std::abs(sj.jacobian(i, j) - expected) < 1e-15);
      }
    }
    // Jᵀ·g equals the engine's Softmax backward for random g, and S equals its forward.
    auto layer = layerTypeOf("softmax").make<double>(Shape{.depth = n}, {{"temperature", temperature}});
    arma::mat y(n, 1), dx(n, 1);
    layer->forward(arma::mat(logits), y);
    QVERIFY(arma::approx_equal(arma::vec(y), sj.softmax, "absdiff", 1e-15));
    std::mt19937_64 rng(n);
    std::normal_distribution<double> normal;
    for (int trial = 0; trial < 5; ++trial) {
      arma::mat g(n, 1);
      g.imbue([&] { return normal(rng); });
      layer->backward(arma::mat(logits), y, g, &dx);
      QVERIFY(arma::approx_equal(arma::mat(sj.jacobian.t() * g), dx, "absdiff", 1e-14));
    }
    // The stepper example writes every entry.
    const TeachingExample example = softmaxJacobianExample(logits, temperature);
    QCOMPARE(example.stepCount(), n * n);
    for (const TeachingCell& cell : example.stages[0].cells) {
      QCOMPARE(cell.value, sj.jacobian(cell.outputRow, cell.outputCol));
      QVERIFY(citesEquation(cell.formula));
    }
  }

  void badInputNamesTheField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("w2 rows") << "w2" << "w2: has 4 rows, but w1 has 3 columns";
    QTest::newRow("w1 rows") << "w1" << "w1: has 3 rows, but the input has 2";
    QTest::newRow("target") << "target" << "target: has 2 values, but the network has 3 outputs";
    QTest::newRow("b1") << "b1" << "b1: has 2 values";
    QTest::newRow("temperature 0") << "temperature0" << "temperature: must be > 0";
    QTest::newRow("temperature nan") << "temperatureNaN" << "temperature: must be > 0";
    QTest::newRow("temperature inf") << "temperatureInf" << "temperature: must be > 0";
    QTest::newRow("65 hidden units") << "units" << "w1: 65 units";
    QTest::newRow("hidden") << "hidden" << "hidden: 'softmax' is not one of";
    QTest::newRow("loss") << "loss" << "loss: 'hinge' is not one of";
  }
  void badInputNamesTheField() {
    QFETCH(QString, field);
    QFETCH(QString, expected);
    MlpNetwork net = defaultMlpNetwork();
    if (field == "w2") net.w2 = arma::mat(4, 2, arma::fill::ones);
    if (field == "w1") net.w1 = arma::mat(3, 3, arma::fill::ones);
    if (field == "target") net.target = {1, 0};
    if (field == "b1") net.b1 = {1, 2};
    if (field == "temperature0") net.temperature = 0;
    if (field == "temperatureNaN") net.temperature = std::nan("");
    if (field == "temperatureInf") net.temperature = INFINITY;
    if (field == "units") {
      net.w1 = arma::mat(2, 65, arma::fill::ones);
      net.b1 = arma::vec(65, arma::fill::zeros);
      net.w2 = arma::mat(65, 3, arma::fill::ones);
    }
    if (field == "hidden") net.hidden = "softmax";
    if (field == "loss") net.loss = "hinge";
    try {
      mlpBackwardExample(net);
      QFAIL("no error");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString::fromUtf8(e.what()).startsWith(expected), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cnnlab::softmaxJacobian(arma::vec{1, 2}, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cnnlab::softmaxJacobian(arma::vec{1, std::nan("")}, 1));
  }

  void fromTheMlpPreset() {
    const nlohmann::json spec = findPreset("mlp").network;
    Network<float> network = buildNetwork<float>(spec);
    network.initialize(3);
    arma::mat image(28, 28);
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    image.imbue([&] { return u(rng); });
    const TeachingExample example = mlpFromNetworkExample(spec, network.parameters(), image, 7, 3);
    // z_j¹ of the hidden unit shown equals the network's own forward pass (float32) at that unit.
    const arma::fmat& out = network.forward(arma::conv_to<arma::fmat>::from(arma::vectorise(image)));
    QCOMPARE(out.n_rows, arma::uword(10));
    const TeachingCell& z = example.stages[0].cells[0];
    std::size_t j = 0;
    for (std::size_t k = 1; k < 100; ++k)
      if (std::abs(network.activation(1)(k) - z.value) < std::abs(network.activation(1)(j) - z.value)) j = k;
    QVERIFY(std::abs(network.activation(1)(j) - z.value) < 1e-4);
    // 784 products: the four largest, then an honest rest.
    bool rest = false;
    for (const std::string& line : z.lines) rest = rest || line.find("\u2026 + 780 more terms = ") != std::string::npos;
    QVERIFY2(rest, z.formula.c_str());
    QCOMPARE(z.terms.size(), std::size_t(4));
    // Y_u of the output unit asked for.
    QVERIFY(std::abs(example.stages[3].cells[0].value - out(3)) < 1e-5);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mlpFromNetworkExample(spec, network.parameters(), image, 7, 10));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             mlpFromNetworkExample(findPreset("seed-binary").network, network.parameters(), image, 0, 0));
  }

  void handoutsCarryTheEquationNumbers() {
    const TeachingExample example = mlpBackwardExample(defaultMlpNetwork());
    const std::string md = handoutMarkdown(example), tex = handoutLatex(example);
    for (const char* eq : {"(27)", "(28)", "(47)", "(49)", "(53)", "(24)", "(a: (13); the step is not written in the notes)"})
      QVERIFY2(md.find(eq) != std::string::npos, eq);
    QVERIFY(tex.find("(27)") != std::string::npos);
    QVERIFY(tex.find("(49)") != std::string::npos);
    QVERIFY(tex.find("\\partial") != std::string::npos);
    QVERIFY(tex.find("\u2202") == std::string::npos);  // every ∂ became \\partial
  }

  // With T ≠ 1 the full-Jacobian stage writes each off-diagonal term as −S_jS_i/T, and the terms it
  // writes add up to the difference it prints (they once omitted the /T their number included).
  void offDiagonalTermsCarryTheTemperature() {
    MlpNetwork net = defaultMlpNetwork();
    net.temperature = 2;
    const MlpPass p = runMlp(net);
    const TeachingExample example = mlpBackwardExample(net);
    const TeachingStage* full = nullptr;
    for (const TeachingStage& stage : example.stages)
      if (stage.title.find("full Jacobian") != std::string::npos) full = &stage;
    QVERIFY(full);
    QCOMPARE(full->cells.size(), p.output.n_elem);
    for (std::size_t i = 0; i < p.output.n_elem; ++i) {
      const std::string& line = full->cells[i].lines.back();
      QVERIFY2(line.find("/2)") != std::string::npos, line.c_str());
      double sum = 0;
      for (std::size_t j = 0; j < p.output.n_elem; ++j)
        if (j != i) sum += p.dE_dY(j) * (-p.output(j) * p.output(i) / net.temperature);
      QVERIFY(std::abs(sum - (p.dE_dz2(i) - p.dE_dz2Diagonal(i))) < 1e-12);
    }
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestMlpExamples)
#include "test_mlp_examples.moc"
