// The stepper's worked examples: the notes' numbers, and the layer examples against the real layers.
#include <QtTest>

#include <sstream>

#include "app/cli_commands.hpp"
#include "engine/layers/convolutional.hpp"
#include "engine/layers/max_pool.hpp"
#include "engine/network_spec.hpp"
#include "engine/teaching/handout.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

QString show(const arma::mat& m) {
  std::ostringstream s;
  m.raw_print(s);
  return QString::fromStdString(s.str());
}

}  // namespace

class TestTeachingExamples : public QObject {
  Q_OBJECT

 private slots:
  void validFormulas_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<QString>("formula");
    // The notes, page 1, cross-correlation: a, b, c, d.
    QTest::newRow("a") << 0 << QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8");
    QTest::newRow("b") << 1 << QString::fromUtf8("b = 6×1 + 2×2 + 3×(−1) + 1×0 = 7");
    QTest::newRow("c") << 2 << QString::fromUtf8("c = 5×1 + 3×2 + 7×(−1) + 0×0 = 4");
    QTest::newRow("d") << 3 << QString::fromUtf8("d = 3×1 + 1×2 + 0×(−1) + 9×0 = 5");
  }
  void validFormulas() {
    QFETCH(int, cell);
    QFETCH(QString, formula);
    const TeachingExample example = makeTeachingExample("notebook-valid");
    QCOMPARE(example.stages.size(), std::size_t(1));
    QCOMPARE(example.stepCount(), std::size_t(4));
    QCOMPARE(QString::fromStdString(example.stages[0].cells.at(cell).formula), formula);
    QVERIFY(sameMatrix(example.stages[0].result, arma::mat{{8, 7}, {4, 5}}));
  }

  void convolveShowsRotatedKernel() {
    const TeachingExample example = makeTeachingExample("notebook-convolve");
    const TeachingStage& stage = example.stages.at(0);
    QVERIFY(stage.kernelRotated);
    QVERIFY(sameMatrix(stage.appliedKernel, arma::mat{{0, -1}, {2, 1}}));
    QVERIFY2(sameMatrix(stage.result, arma::mat{{7, 5}, {11, 3}}), qPrintable(show(stage.result)));
  }

  void fullResult() {
    const TeachingExample example = makeTeachingExample("notebook-full");
    const TeachingStage& stage = example.stages.at(0);
    const arma::mat notes = {{0, -1, -6, -2}, {2, 8, 7, 1}, {10, 4, 5, -3}, {14, 7, 8, 4}};
    QVERIFY2(sameMatrix(stage.result, notes), qPrintable(show(stage.result)));
    QCOMPARE(example.stepCount(), std::size_t(16));
    QCOMPARE(stage.paddingRows, std::size_t(1));
    // The notes: a = 0×1 (one overlap), b = −1×1 + 0×6 (two), f has all four products.
    QCOMPARE(stage.cells[0].terms.size(), std::size_t(1));
    QCOMPARE(stage.cells[1].terms.size(), std::size_t(2));
    QCOMPARE(stage.cells[5].terms.size(), std::size_t(4));
    QCOMPARE(QString::fromStdString(stage.cells[1].formula), QString::fromUtf8("b = 1×(−1) + 6×0 = −1"));
  }

  // cnnlab-cli correlate --trace and the stepper print the same sums.
  void cliPrintsTheSameFormulas() {
    const TeachingExample example = makeTeachingExample("notebook-full");
    const char* argv[] = {"cnnlab-cli", "correlate", "--input", "1 6 2; 5 3 1; 7 0 4",
                          "--kernel", "1 2; -1 0", "--mode", "full", "--trace"};
    std::ostringstream out, err;
    QCOMPARE(runCli(int(std::size(argv)), argv, out, err), 0);
    std::istringstream lines(out.str());
    std::string line;
    std::size_t i = 0;
    while (std::getline(lines, line) && i < example.stages[0].cells.size()) {
      if (line.rfind("y[", 0) != 0) continue;
      const std::string& formula = example.stages[0].cells[i++].formula;
      QCOMPARE(QString::fromStdString(line.substr(line.find(" = "))),
               QString::fromStdString(formula.substr(formula.find(" = "))));
    }
    QCOMPARE(i, std::size_t(16));
  }

  // y_i = B_i + Σ_j x_j ★ K_ij against Convolutional<double>::forward with the same numbers.
  void convLayerForwardMatchesLayer() {
    const TeachingExample example = makeTeachingExample("conv-layer-forward");
    QCOMPARE(example.stages.size(), std::size_t(8));  // 2 × (3 correlations + 1 sum)
    const std::size_t C = 3, K = 2, k = 2, H = 3, Ho = 2;
    Convolutional<double> layer({.inputDepth = C, .inputHeight = H, .inputWidth = H, .kernelSize = k, .kernelCount = K});
    arma::vec parameters(layer.parameterCount()), gradients(layer.parameterCount());
    layer.bind(parameters.memptr(), gradients.memptr());
    arma::mat input(C * H * H, 1);
    for (std::size_t i = 0; i < K; ++i) {
      for (std::size_t j = 0; j < C; ++j) {
        const TeachingStage& stage = example.stages[i * 4 + j];
        QCOMPARE(stage.kind, StageKind::Correlation);
        layer.kernel(i, j) = stage.kernel;  // a view into parameters
        input.rows(j * H * H, (j + 1) * H * H - 1) = arma::vectorise(stage.left);
      }
      const TeachingStage& sum = example.stages[i * 4 + 3];
      QCOMPARE(sum.kind, StageKind::Sum);
      parameters.subvec(layer.kernelValues() + i * Ho * Ho, layer.kernelValues() + (i + 1) * Ho * Ho - 1) =
          arma::vectorise(sum.left);
    }
    arma::mat output(K * Ho * Ho, 1);
    layer.forward(input, output);
    for (std::size_t i = 0; i < K; ++i) {
      const arma::mat engine = arma::reshape(output.rows(i * Ho * Ho, (i + 1) * Ho * Ho - 1), Ho, Ho);
      const TeachingStage& sum = example.stages[i * 4 + 3];
      QVERIFY2(sameMatrix(sum.result, engine), qPrintable(show(sum.result) + " vs " + show(engine)));
      // The sum stage's last cell writes the value the layer computed.
      QCOMPARE(sum.cells.back().value, engine(Ho - 1, Ho - 1));
    }
    QVERIFY(example.stages[3].cells[0].formula == "y\u2081(1,1) = 1 + 8 + 1 + (\u22122) = 8");
  }

  // ∂E/∂K = X ★ ∂E/∂Y, ∂E/∂B = ∂E/∂Y, ∂E/∂X = ∂E/∂Y full-★ rot180(K) against Convolutional<double>::backward.
  void convLayerBackwardMatchesLayer() {
    const TeachingExample example = makeTeachingExample("conv-layer-backward");
    QCOMPARE(example.stages.size(), std::size_t(3));
    const TeachingStage& dK = example.stages[0];
    const TeachingStage& dB = example.stages[1];
    const TeachingStage& dX = example.stages[2];
    const arma::mat X = dK.left, dY = dK.kernel, K = dX.kernel;
    QVERIFY(sameMatrix(dX.left, dY));
    Convolutional<double> layer({.inputDepth = 1, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 1});
    arma::vec parameters(layer.parameterCount(), arma::fill::zeros), gradients(layer.parameterCount());
    layer.bind(parameters.memptr(), gradients.memptr());
    layer.kernel(0, 0) = K;
    arma::mat input = arma::vectorise(X), output(4, 1), inputGradient(9, 1);
    layer.forward(input, output);
    layer.backward(input, output, arma::vectorise(dY), &inputGradient);
    const arma::mat engineDK = arma::reshape(gradients.subvec(0, 3), 2, 2);
    const arma::mat engineDB = arma::reshape(gradients.subvec(4, 7), 2, 2);
    const arma::mat engineDX = arma::reshape(inputGradient, 3, 3);
    QVERIFY2(sameMatrix(dK.result, engineDK), qPrintable(show(dK.result) + " vs " + show(engineDK)));
    QVERIFY2(sameMatrix(dB.result, engineDB), qPrintable(show(dB.result) + " vs " + show(engineDB)));
    QVERIFY2(sameMatrix(dX.result, engineDX), qPrintable(show(dX.result) + " vs " + show(engineDX)));
    QCOMPARE(example.stepCount(), std::size_t(4 + 4 + 9));
  }

  void backwardSymbolicMatchesNotes_data() {
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("cell");
    QTest::addColumn<QString>("symbolic");
    QTest::newRow("dk11") << 0 << 0
                          << QString::fromUtf8("∂E/∂k₁₁ = ∂E/∂y₁₁·x₁₁ + ∂E/∂y₁₂·x₁₂ + ∂E/∂y₂₁·x₂₁ + ∂E/∂y₂₂·x₂₂");
    QTest::newRow("db12") << 1 << 1 << QString::fromUtf8("∂E/∂b₁₂ = ∂E/∂y₁₂");
    QTest::newRow("dx11") << 2 << 0 << QString::fromUtf8("∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁");
    QTest::newRow("dx12") << 2 << 1 << QString::fromUtf8("∂E/∂x₁₂ = ∂E/∂y₁₁·k₁₂ + ∂E/∂y₁₂·k₁₁");
    QTest::newRow("dx22") << 2 << 4
                          << QString::fromUtf8("∂E/∂x₂₂ = ∂E/∂y₁₁·k₂₂ + ∂E/∂y₁₂·k₂₁ + ∂E/∂y₂₁·k₁₂ + ∂E/∂y₂₂·k₁₁");
    QTest::newRow("dx33") << 2 << 8 << QString::fromUtf8("∂E/∂x₃₃ = ∂E/∂y₂₂·k₂₂");
  }
  void backwardSymbolicMatchesNotes() {
    QFETCH(int, stage);
    QFETCH(int, cell);
    QFETCH(QString, symbolic);
    const TeachingExample example = makeTeachingExample("conv-layer-backward");
    QCOMPARE(QString::fromStdString(example.stages.at(stage).cells.at(cell).symbolic), symbolic);
  }

  void maxPoolMatchesLayer() {
    const TeachingExample example = makeTeachingExample("maxpool");
    QCOMPARE(example.stages.size(), std::size_t(2));
    const TeachingStage& forward = example.stages[0];
    const TeachingStage& backward = example.stages[1];
    MaxPool<double> layer({.inputDepth = 1, .inputHeight = 4, .inputWidth = 4, .size = 2});
    arma::mat input = arma::vectorise(forward.left), output(4, 1), inputGradient(16, 1);
    layer.forward(input, output);
    layer.backward(input, output, arma::vectorise(backward.kernel), &inputGradient);
    QVERIFY(sameMatrix(forward.result, arma::reshape(output, 2, 2)));
    QVERIFY(sameMatrix(backward.result, arma::reshape(inputGradient, 4, 4)));
    for (std::size_t e = 0; e < 4; ++e) {
      const TeachingCell& cell = forward.cells[e];
      const std::size_t index = std::size_t(cell.highlightRow) + 4 * std::size_t(cell.highlightCol);
      QCOMPARE(index, layer.argmax(input.memptr(), cell.outputRow + 2 * cell.outputCol));
    }
    QCOMPARE(QString::fromStdString(forward.cells[0].formula), QString::fromUtf8("a = max(1, 3, 5, 6) = 6"));
    QCOMPARE(backward.cells[0].writes.size(), std::size_t(4));
  }

  void stepsLocateAndRoundTrip() {
    for (const std::string& name : teachingExampleNames()) {
      if (name == "from-network" || name == "mlp-from-network") continue;  // these need a model
      const TeachingExample example = makeTeachingExample(name);
      QVERIFY(example.stepCount() > 0);
      for (std::size_t s = 1; s <= example.stepCount(); ++s) {
        const auto [stage, cell] = example.locate(s);
        QCOMPARE(example.stepOf(stage, cell), s);
        QVERIFY(!example.stages[stage].cells[cell].formula.empty());
      }
      QVERIFY_THROWS_EXCEPTION(std::out_of_range, example.locate(0));
      QVERIFY_THROWS_EXCEPTION(std::out_of_range, example.locate(example.stepCount() + 1));
    }
  }

  void badInputThrowsClearly() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTeachingExample("no-such-example"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTeachingExample("from-network"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTeachingExample("mlp-from-network"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             correlationExample(arma::mat(2, 2, arma::fill::ones), arma::mat(3, 3), {}));
  }

  void cellsUsingAnInputCell() {
    const TeachingStage stage = makeTeachingExample("notebook-valid").stages[0];
    QCOMPARE(cellsUsing(stage, 1, 1), (std::vector<std::size_t>{0, 1, 2, 3}));  // the centre 3 is in every window
    QCOMPARE(cellsUsing(stage, 0, 0), (std::vector<std::size_t>{0}));
    QCOMPARE(cellsUsing(stage, 0, 1), (std::vector<std::size_t>{0, 1}));
  }

  void paddingAndStride() {
    const TeachingExample example = correlationExample(arma::mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
                                                       arma::mat{{1, 0}, {0, 1}}, {.padding = 1, .stride = 2});
    const TeachingStage& stage = example.stages[0];
    QCOMPARE(stage.paddingRows, std::size_t(1));
    QCOMPARE(stage.result.n_rows, std::size_t(2));
    QCOMPARE(stage.cells[1].windowCol, 1L);
    QVERIFY(sameMatrix(stage.result, correlate(stage.left, stage.kernel, {.padding = 1, .stride = 2})));
  }

  void handouts() {
    const TeachingExample example = makeTeachingExample("notebook-valid");
    const std::string md = handoutMarkdown(example);
    for (const TeachingCell& cell : example.stages[0].cells)
      QVERIFY2(md.find(cell.formula) != std::string::npos, cell.formula.c_str());
    const std::string tex = handoutLatex(example);
    QVERIFY2(tex.find("a &= 1 \\times 1 + 6 \\times 2 + 5 \\times (-1) + 3 \\times 0 = 8") != std::string::npos,
             tex.c_str());
    QVERIFY(tex.find("\\begin{bmatrix} 8 & 7 \\\\ 4 & 5 \\end{bmatrix}") != std::string::npos);
    const std::string backward = handoutLatex(makeTeachingExample("conv-layer-backward"));
    QVERIFY2(backward.find("\\frac{\\partial E}{\\partial x_{12}}") != std::string::npos, backward.c_str());
    QVERIFY(backward.find("\u2202") == std::string::npos);  // no Unicode ∂ left in LaTeX
  }

  void fromNetwork() {
    const nlohmann::json spec = nlohmann::json::parse(R"({
      "input": {"depth": 1, "height": 8, "width": 8},
      "layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3}, {"type": "sigmoid"},
                 {"type": "reshape"}, {"type": "dense", "units": 2}], "loss": "mean_squared_error"})");
    Network<float> network = buildNetwork<float>(spec);
    network.initialize(7);
    arma::mat image(8, 8, arma::fill::zeros);
    image.submat(5, 5, 7, 7) = arma::mat{{1, 0, 1}, {0, 1, 0}, {1, 0, 1}};  // only the patch at (2, 2) holds it all
    const TeachingExample example = fromNetworkExample(spec, network.parameters(), image, 1);
    const TeachingStage& stage = example.stages.at(0);
    const auto& conv = dynamic_cast<const Convolutional<float>&>(network.layer(0));
    QVERIFY(sameMatrix(stage.kernel, arma::conv_to<arma::mat>::from(conv.kernel(1, 0))));
    QCOMPARE(stage.left.n_rows, std::size_t(6));
    QVERIFY(sameMatrix(stage.left, image.submat(2, 2, 7, 7)));  // the 6×6 patch with the most contrast
    QVERIFY(sameMatrix(stage.result, correlate(stage.left, stage.kernel)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fromNetworkExample(spec, arma::fvec(3), image));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fromNetworkExample(spec, network.parameters(), image, 5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             fromNetworkExample(spec, network.parameters(), arma::mat(4, 4, arma::fill::zeros)));
  }

  // A colour network: the stepper's written sums on channel c are exactly what the layer adds up
  // from channel c. The layer's output for an input holding only channel c, minus its output for a
  // zero input (the bias), is that channel's correlation.
  void fromNetworkOnEachChannelOfAColourInput() {
    const nlohmann::json spec = nlohmann::json::parse(R"({
      "input": {"depth": 3, "height": 6, "width": 6},
      "layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3, "bias": "per_kernel"},
                 {"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}], "loss": "cross_entropy"})");
    Network<float> network = buildNetwork<float>(spec);
    network.initialize(11);
    network.parameters() += 0.05f;  // the biases are not zero, so forgetting them would show
    arma::arma_rng::set_seed(3);
    const arma::fmat zero(3 * 36, 1, arma::fill::zeros);
    network.forward(zero);
    const arma::fmat bias = network.activation(0);
    for (std::size_t c = 0; c < 3; ++c) {
      const arma::mat plane = arma::randu<arma::mat>(6, 6);  // patch 6×6 = the whole image
      const TeachingExample example = fromNetworkExample(spec, network.parameters(), plane, 0, 0, c);
      const TeachingStage& stage = example.stages.at(0);
      arma::fmat input = zero;
      input.rows(c * 36, c * 36 + 35) = arma::conv_to<arma::fvec>::from(arma::vectorise(plane));
      network.forward(input);
      const arma::fmat layer = network.activation(0) - bias;  // 2 kernels × 4×4, kernel 0 first
      const arma::mat expected = arma::conv_to<arma::mat>::from(arma::reshape(layer.col(0).rows(0, 15), 4, 4));
      QCOMPARE(stage.result.n_rows, arma::uword(4));
      QVERIFY2(arma::approx_equal(stage.result, expected, "absdiff", 1e-5), ("channel " + std::to_string(c)).c_str());
      for (const TeachingCell& cell : stage.cells)  // the written sum of each cell
        QVERIFY(std::abs(cell.value - expected(cell.outputRow, cell.outputCol)) < 1e-5);
      QVERIFY(stage.kernelName == "K₁" + subscript(c + 1));
      QVERIFY2(example.description.find("Channel " + std::to_string(c + 1)) != std::string::npos, example.description.c_str());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             fromNetworkExample(spec, network.parameters(), arma::mat(6, 6, arma::fill::ones), 0, 0, 3));
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestTeachingExamples)
#include "test_teaching_examples.moc"
