// The fast paths agree with the plain ones: a batch gives each sample the output and input
// gradient it gets alone and the sum of the per-sample parameter gradients; the convolution
// matches the notes' sum y_i = B_i + Σ_j x_j ★ K_ij written out as loops; the fused per-sample
// dense update matches backward-then-update; fused and plain trainers take the same steps, and so
// do one and two compute threads.
#include <QtTest>

#include "engine/layers/convolutional.hpp"
#include "engine/data/dataset.hpp"
#include "engine/layers/dense.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/threads.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

// Largest |a − b| relative to the largest |b| (1 when b is all zeros).
double relativeDifference(const arma::fmat& a, const arma::fmat& b) {
  const double scale = std::max(double(arma::abs(b).max()), 1e-30);
  return double(arma::abs(a - b).max()) / scale;
}

// A small network through every strided, padded and pooled path of the engine.
nlohmann::json stridedSpec() {
  return nlohmann::json::parse(R"({
    "input": {"depth": 1, "height": 12, "width": 12},
    "layers": [{"type": "convolutional", "kernels": 3, "kernel_size": 3, "stride": 2, "padding": 1, "bias": "per_kernel"},
               {"type": "tanh"},
               {"type": "convolutional", "kernels": 4, "kernel_size": 2, "padding": 1, "bias": "per_output"},
               {"type": "relu"}, {"type": "maxpool", "size": 3, "stride": 2},
               {"type": "reshape"}, {"type": "dense", "units": 5}, {"type": "softmax"}],
    "loss": "cross_entropy", "init": "uniform_fan_in"})");
}

nlohmann::json specFor(const QString& name) {
  return name == "strided" ? stridedSpec() : findPreset(name.toStdString()).network;
}

}  // namespace

class TestBatchedPaths : public QObject {
  Q_OBJECT

 private slots:
  void batchMatchesPerSample_data() {
    QTest::addColumn<QString>("network");
    QTest::newRow("seed-binary") << "seed-binary";
    QTest::newRow("lenet5") << "lenet5";
    QTest::newRow("mlp") << "mlp";
    QTest::newRow("strided, padded, overlapping pool") << "strided";
  }
  void batchMatchesPerSample() {
    QFETCH(QString, network);
    Network<float> net = buildNetwork<float>(specFor(network));
    net.initialize(3);
    const std::size_t N = 5;
    arma::arma_rng::set_seed(7);
    const arma::fmat X(net.inputShape().size(), N, arma::fill::randu);
    const arma::fmat G(net.outputShape().size(), N, arma::fill::randn);  // any ∂E/∂Y

    const arma::fmat Y = net.forward(X);
    net.backward(G, true);
    const arma::fmat batchGradients = net.gradients();
    const arma::fmat batchInputGradient = net.inputGradient();

    arma::fmat sumGradients(batchGradients.n_rows, 1, arma::fill::zeros);
    for (std::size_t n = 0; n < N; ++n) {
      const arma::fmat y = net.forward(X.col(n));
      QVERIFY2(relativeDifference(y, Y.col(n)) < 1e-5, qPrintable(QString("output of sample %1").arg(n)));
      net.backward(G.col(n), true);
      sumGradients += net.gradients();
      QVERIFY2(relativeDifference(net.inputGradient(), batchInputGradient.col(n)) < 1e-4,
               qPrintable(QString("∂E/∂X of sample %1: %2").arg(n).arg(relativeDifference(net.inputGradient(), batchInputGradient.col(n)))));
    }
    // The batch writes ∂E/∂θ of Σ_n E_n: the sum of what each sample gives alone.
    const double difference = relativeDifference(sumGradients, batchGradients);
    QVERIFY2(difference < 1e-4, qPrintable(QString("∂E/∂θ: %1").arg(difference)));
  }

  void inferInTilesMatchesForward() {
    Network<float> net = buildNetwork<float>(findPreset("lenet5").network);
    net.initialize(2);
    arma::arma_rng::set_seed(4);
    const arma::fmat X(net.inputShape().size(), 7, arma::fill::randu);
    const arma::fmat Y = net.forward(X);
    arma::fmat tiled;
    net.infer(X, tiled, 3);  // tiles of 3, 3 and 1 columns
    QCOMPARE(tiled.n_cols, arma::uword(7));
    QVERIFY(relativeDifference(tiled, Y) < 1e-6);
  }

  void twoThreadsTakeTheOneThreadSteps() {
    // The data-parallel step (replicas sharing the weights, gradients summed) against one thread.
    const Preset& p = findPreset("lenet5");
    const RawSplit raw = embeddedMnist();
    const Dataset train = makeDataset(raw.train, {.perClassLimit = 4, .seed = 0});
    std::vector<arma::fvec> finalWeights;
    std::vector<double> losses;
    for (int threads : {1, 2}) {
      setComputeThreads(threads);
      Network<float> net = buildNetwork<float>(p.network, train.classCount());
      net.initialize(5);
      Trainer trainer(net, train, {.learningRate = 0.05, .batchSize = 10, .momentum = 0.9, .shuffle = true, .seed = 2});
      for (int s = 0; s < 8; ++s) trainer.step();
      finalWeights.push_back(net.parameters());
      losses.push_back(trainer.evaluate(train, 16).loss);
    }
    setComputeThreads(1);
    const double difference = relativeDifference(finalWeights[1], finalWeights[0]);
    QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
    QVERIFY(std::abs(losses[1] - losses[0]) < 1e-4 * std::max(1.0, losses[0]));
  }

  // Per-sample SGD with two threads: each sweeps its own half of the large dense W's columns
  // (forward partial sums added after, backward + update column by column). Same steps as one.
  void perSampleSplitOverTwoThreadsTakesTheOneThreadSteps() {
    const Preset& p = findPreset("seed-binary");
    const RawSplit raw = embeddedMnist();
    const Dataset train = makeDataset(raw.train, {.classes = p.classes, .perClassLimit = 5, .seed = 0});
    std::vector<arma::fvec> finalWeights;
    std::vector<std::vector<double>> losses(2);
    for (int threads : {1, 2}) {
      setComputeThreads(threads);
      Network<float> net = buildNetwork<float>(p.network, train.classCount());
      net.initialize(3);
      Trainer trainer(net, train, {.learningRate = p.learningRate, .batchSize = 1, .shuffle = true, .seed = 1});
      for (int s = 0; s < 10; ++s) losses[std::size_t(threads - 1)].push_back(trainer.step().loss);
      finalWeights.push_back(net.parameters());
    }
    setComputeThreads(1);
    for (std::size_t s = 0; s < losses[0].size(); ++s)
      QVERIFY2(std::abs(losses[1][s] - losses[0][s]) <= 1e-4 * std::max(1.0, losses[0][s]),
               qPrintable(QString("step %1: %2 vs %3").arg(s).arg(losses[1][s]).arg(losses[0][s])));
    const double difference = relativeDifference(finalWeights[1], finalWeights[0]);
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
  }

  void convolutionMatchesTheNotesSum_data() {
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("perKernelBias");
    QTest::addColumn<int>("batch");
    QTest::newRow("per sample") << 1 << 0 << false << 1;
    QTest::newRow("batch") << 1 << 0 << true << 4;
    QTest::newRow("stride 2, batch") << 2 << 0 << false << 3;
    QTest::newRow("padding 1, batch") << 1 << 1 << true << 3;
    QTest::newRow("stride 2 + padding 2") << 2 << 2 << false << 2;
  }
  void convolutionMatchesTheNotesSum() {
    QFETCH(int, stride);
    QFETCH(int, padding);
    QFETCH(bool, perKernelBias);
    QFETCH(int, batch);
    const std::size_t C = 2, H = 7, W = 6, k = 3, K = 3, s = std::size_t(stride), p = std::size_t(padding);
    Convolutional<double> conv({.inputDepth = C, .inputHeight = H, .inputWidth = W, .kernelSize = k,
                                .kernelCount = K, .stride = s, .padding = p,
                                .bias = perKernelBias ? ConvolutionBias::PerKernel : ConvolutionBias::PerOutput});
    arma::vec theta(conv.parameterCount(), arma::fill::randn), grad(conv.parameterCount());
    conv.bind(theta.memptr(), grad.memptr());
    const arma::mat X(C * H * W, std::size_t(batch), arma::fill::randn);
    arma::mat Y(conv.outputShape().size(), std::size_t(batch));
    conv.forward(X, Y);
    const std::size_t Ho = conv.outputShape().height, Wo = conv.outputShape().width;
    for (std::size_t n = 0; n < std::size_t(batch); ++n)
      for (std::size_t i = 0; i < K; ++i)
        for (std::size_t c = 0; c < Wo; ++c)
          for (std::size_t r = 0; r < Ho; ++r) {
            // y_i(r, c) = B_i + Σ_j Σ_{u,v} x_j(r·s + u − p, c·s + v − p) K_ij(u, v), zero outside
            const std::size_t e = r + Ho * (c + Wo * i);
            double sum = perKernelBias ? theta[conv.kernelValues() + i] : theta[conv.kernelValues() + e];
            for (std::size_t j = 0; j < C; ++j)
              for (std::size_t v = 0; v < k; ++v)
                for (std::size_t u = 0; u < k; ++u) {
                  const long row = long(r * s + u) - long(p), col = long(c * s + v) - long(p);
                  if (row < 0 || col < 0 || row >= long(H) || col >= long(W)) continue;
                  sum += X(std::size_t(row) + H * (std::size_t(col) + W * j), n) * conv.kernel(i, j)(u, v);
                }
            QVERIFY2(std::abs(Y(e, n) - sum) < 1e-12, qPrintable(QString("sample %1 output %2").arg(n).arg(e)));
          }
  }

  // One sample goes through simd::denseForward (the outputs' sums in registers, blocks of 16,
  // then 4, then single outputs); it must equal W x + b as Armadillo computes it.
  void singleSampleDenseForward_data() {
    QTest::addColumn<int>("inputs");
    QTest::addColumn<int>("outputs");
    QTest::newRow("16 outputs") << 31 << 16;
    QTest::newRow("37 = 2·16 + 4 + 1") << 50 << 37;
    QTest::newRow("the seed network's 100 = 6·16 + 4") << 3380 << 100;
    QTest::newRow("143 = 8·16 + 12 + 3") << 7 << 143;
    QTest::newRow("fewer than 16 (Armadillo)") << 20 << 5;
  }
  void singleSampleDenseForward() {
    QFETCH(int, inputs);
    QFETCH(int, outputs);
    const std::size_t I = std::size_t(inputs), O = std::size_t(outputs);
    Dense<float> dense({.inputSize = I, .outputSize = O});
    arma::fvec theta(dense.parameterCount(), arma::fill::randn), grad(dense.parameterCount());
    dense.bind(theta.memptr(), grad.memptr());
    const arma::fmat x(I, 1, arma::fill::randn);
    arma::fmat y(O, 1);
    dense.forward(x, y);
    const arma::fmat W(theta.memptr(), O, I);
    const arma::fvec b(theta.memptr() + O * I, O);
    const arma::fmat expected = W * x + b;
    QVERIFY2(relativeDifference(y, expected) < 1e-5, qPrintable(QString::number(relativeDifference(y, expected))));
  }

  void fusedDenseUpdateMatchesBackwardThenUpdate_data() {
    QTest::addColumn<int>("inputs");
    QTest::addColumn<int>("outputs");
    QTest::newRow("outputs not a multiple of 16") << 23 << 37;
    QTest::newRow("exactly 16 outputs") << 9 << 16;
    QTest::newRow("the seed network's first dense layer") << 3380 << 100;
    QTest::newRow("143 = 8·16 + 12 + 3 outputs") << 11 << 143;
    QTest::newRow("more than 143 outputs") << 6 << 150;
    QTest::newRow("one output") << 5 << 1;
  }
  void fusedDenseUpdateMatchesBackwardThenUpdate() {
    QFETCH(int, inputs);
    QFETCH(int, outputs);
    const std::size_t I = std::size_t(inputs), O = std::size_t(outputs);
    const float rate = 0.3f;
    Dense<float> fused({.inputSize = I, .outputSize = O}), plain({.inputSize = I, .outputSize = O});
    arma::fvec thetaFused(fused.parameterCount(), arma::fill::randn), gradFused(fused.parameterCount());
    arma::fvec thetaPlain = thetaFused, gradPlain(plain.parameterCount());
    fused.bind(thetaFused.memptr(), gradFused.memptr());
    plain.bind(thetaPlain.memptr(), gradPlain.memptr());
    const arma::fmat x(I, 1, arma::fill::randu), g(O, 1, arma::fill::randn);
    arma::fmat y(O, 1), dxFused(I, 1), dxPlain(I, 1);
    plain.forward(x, y);
    plain.backward(x, y, g, &dxPlain);
    thetaPlain -= rate * gradPlain;
    fused.backwardUpdate(x, y, g, &dxFused, rate);
    QVERIFY2(relativeDifference(dxFused, dxPlain) < 1e-5, "∂E/∂X");
    QVERIFY2(relativeDifference(thetaFused, thetaPlain) < 1e-5, "updated W and b");
    // And without an input gradient (the first layer), the update alone.
    fused.backwardUpdate(x, y, g, nullptr, rate);
    thetaPlain -= rate * gradPlain;
    QVERIFY(relativeDifference(thetaFused, thetaPlain) < 1e-5);
  }

  void fusedTrainerTakesThePlainSteps_data() {
    QTest::addColumn<QString>("preset");
    QTest::newRow("seed-binary") << "seed-binary";
    QTest::newRow("mlp") << "mlp";
    QTest::newRow("lenet5 per sample") << "lenet5";
  }
  void fusedTrainerTakesThePlainSteps() {
    QFETCH(QString, preset);
    const Preset& p = findPreset(preset.toStdString());
    const RawSplit raw = embeddedMnist();
    const Dataset train = makeDataset(raw.train, {.classes = p.classes, .perClassLimit = 3, .seed = 0});
    Network<float> a = buildNetwork<float>(p.network, train.classCount());
    Network<float> b = buildNetwork<float>(p.network, train.classCount());
    a.initialize(1);
    b.initialize(1);
    const arma::fvec initial = a.parameters();
    Trainer fused(a, train, {.learningRate = 0.05, .batchSize = 1, .fused = true});
    Trainer plain(b, train, {.learningRate = 0.05, .batchSize = 1, .fused = false});
    for (int s = 0; s < 12; ++s) {
      const StepResult rf = fused.step(), rp = plain.step();
      QVERIFY2(std::abs(rf.loss - rp.loss) <= 1e-4 * std::max(1.0, std::abs(rp.loss)),
               qPrintable(QString("step %1: loss %2 vs %3").arg(s).arg(rf.loss).arg(rp.loss)));
    }
    const double difference = relativeDifference(a.parameters(), b.parameters());
    QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
    QVERIFY(relativeDifference(a.parameters(), initial) > 1e-6);  // the steps did move the weights
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestBatchedPaths)
#include "test_batched_paths.moc"
