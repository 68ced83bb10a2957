// docs/notes-errata.md, checked: one test per erratum (named after its id, camel-cased), each showing
// that cnnlab computes what is exact where the notes slip. The Markdown file must equal
// notesErrataMarkdown(), and every erratum must have its test.
#include <QtTest>

#include <cctype>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include "engine/layers/convolutional.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/loss.hpp"
#include "engine/experiments.hpp"
#include "engine/teaching/exercises.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/notes_errata.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

// "input-gradient-terms" → "inputGradientTerms": the test slot of an erratum.
QByteArray slotName(const std::string& id) {
  QByteArray name;
  bool upper = false;
  for (char ch : id) {
    if (ch == '-') {
      upper = true;
      continue;
    }
    name += upper ? char(std::toupper(ch)) : ch;
    upper = false;
  }
  return name;
}

bool hasSymbolic(const TeachingStage& stage, const std::string& label, const std::string& text) {
  for (const TeachingCell& cell : stage.cells)
    if (cell.label == label) return cell.symbolic == text;
  return false;
}

// E(prediction) and its central-difference gradient for a loss, used by several entries.
template <typename F>
arma::vec centralDifference(arma::vec x, F f, double h = 1e-6) {
  arma::vec g(x.n_elem);
  for (std::size_t i = 0; i < x.n_elem; ++i) {
    const double keep = x(i);
    x(i) = keep + h;
    const double plus = f(x);
    x(i) = keep - h;
    const double minus = f(x);
    x(i) = keep;
    g(i) = (plus - minus) / (2 * h);
  }
  return g;
}

}  // namespace

class TestNotesErrata : public QObject {
  Q_OBJECT

 private slots:
  void theDocIsTheList() {
    const QByteArray root = qgetenv("CNNLAB_SOURCE_DIR");
    QVERIFY2(!root.isEmpty(), "CNNLAB_SOURCE_DIR is set by ctest");
    std::ifstream file(root.toStdString() + "/docs/notes-errata.md");
    QVERIFY(file.good());
    std::stringstream text;
    text << file.rdbuf();
    QVERIFY2(text.str() == notesErrataMarkdown(),
             "docs/notes-errata.md differs from notesErrataMarkdown(): regenerate it from engine/teaching/notes_errata.cpp");
  }

  void everyErratumHasItsTest() {
    QVERIFY(notesErrata().size() >= 19);
    for (const NotesErratum& e : notesErrata()) {
      QVERIFY2(metaObject()->indexOfSlot(slotName(e.id) + "()") >= 0, e.id.c_str());
      QVERIFY(!e.where.empty() && !e.written.empty() && !e.exact.empty() && !e.cnnlab.empty());
    }
  }

  // Every passage cnnlab puts in quotation marks as the notes' words occurs in them (docs/notes/, the
  // notes as given): the Compare tab's claims, "…" eliding and [brackets] inserting, and every
  // "quoted" fragment of what an erratum says the notes write. Spacing, case, Markdown's * and
  // LaTeX's $, \Delta and \wedge aside.
  void everyQuotedPassageOccursInTheNotes() {
    const std::string root = qgetenv("CNNLAB_SOURCE_DIR").toStdString();
    QVERIFY2(!root.empty(), "CNNLAB_SOURCE_DIR is set by ctest");
    auto read = [](const std::string& path) {
      std::ifstream file(path);
      std::stringstream text;
      text << file.rdbuf();
      return text.str();
    };
    const std::string cnn = read(root + "/docs/notes/cnn-notes.txt"), mlp = read(root + "/docs/notes/mlp-notes.txt");
    QVERIFY(cnn.size() > 10000 && mlp.size() > 5000);
    // The copies are the notes as given, when those are beside the repository.
    const std::string given = root + "/../shared/seeds/";
    if (std::ifstream(given + "000_f2d8be95ad8a3fa2.txt").good()) {
      QVERIFY(read(given + "000_f2d8be95ad8a3fa2.txt") == cnn);
      QVERIFY(read(given + "002_460a64cd7fbac4a4.txt") == mlp);
    }
    auto normal = [](std::string text) {
      for (const auto& [from, to] : {std::pair<std::string, std::string>{"\\Delta ", "\u0394"}, {"\\wedge", "\u2227"}}) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) text.replace(at, from.size(), to);
      }
      std::string out;
      for (const char c : text) {
        if (c == '*' || c == '$' || c == '\\') continue;
        const char lower = char(std::tolower(static_cast<unsigned char>(c)));
        if (std::isspace(static_cast<unsigned char>(c))) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += lower;
        }
      }
      return out;
    };
    const std::string notes = normal(cnn) + " " + normal(mlp);
    auto occurs = [&](std::string passage) {
      for (std::size_t open = passage.find('['); open != std::string::npos; open = passage.find('['))  // insertions
        passage.erase(open, passage.find(']', open) - open + 1);
      std::size_t start = 0;
      for (std::size_t cut = 0; cut != std::string::npos; start = cut + 3) {  // "…" is 3 bytes in UTF-8
        cut = passage.find("\u2026", start);
        std::string part = normal(passage.substr(start, cut == std::string::npos ? std::string::npos : cut - start));
        while (!part.empty() && (part.back() == '.' || part.back() == ' ' || part.back() == ',')) part.pop_back();
        while (!part.empty() && part.front() == ' ') part.erase(0, 1);
        if (!part.empty() && notes.find(part) == std::string::npos) return false;
        if (cut == std::string::npos) break;
      }
      return true;
    };
    int quoted = 0;
    for (const Experiment& e : experiments()) {
      if (!e.quoted) continue;
      ++quoted;
      QVERIFY2(occurs(e.claim), e.claim.c_str());
    }
    QVERIFY(quoted >= 4);
    for (const NotesErratum& e : notesErrata())
      for (std::size_t open = e.written.find('"'); open != std::string::npos; open = e.written.find('"', open + 1)) {
        const std::size_t close = e.written.find('"', open + 1);
        QVERIFY2(close != std::string::npos, e.id.c_str());
        QVERIFY2(occurs(e.written.substr(open + 1, close - open - 1)), (e.id + ": " + e.written.substr(open, close - open + 1)).c_str());
        open = close;
      }
    // It can fail: a quotation the notes do not hold is caught.
    QVERIFY(!occurs("Every epoch increases accuracy for regular gradient descent"));
  }

  // ---- CNN notes ----

  void bceSymbols() {
    // y is the label, p the prediction: E = −(y log p + (1 − y) log(1 − p)) for one output.
    BinaryCrossEntropy<double> bce;
    QVERIFY(std::abs(bce.value(arma::mat{0.9}, arma::mat{1.0}) + std::log(0.9)) < 1e-12);
    QVERIFY(std::abs(bce.value(arma::mat{0.9}, arma::mat{0.0}) + std::log(0.1)) < 1e-12);
    // The notes' ŷ log ŷ with ŷ = the prediction would give −(0.9 log 0.9 + 0.1 log 0.1) ≈ 0.325 for both.
    QVERIFY(std::abs(bce.value(arma::mat{0.9}, arma::mat{1.0}) - bce.value(arma::mat{0.9}, arma::mat{0.0})) > 1);
    arma::mat g(2, 1);
    bce.gradient(arma::mat{0.9, 0.2}.t(), arma::mat{1.0, 0.0}.t(), g);
    QVERIFY(std::abs(g(0) - (-1 / 0.9) / 2) < 1e-12);
    QVERIFY(std::abs(g(1) - (1 / 0.8) / 2) < 1e-12);
  }

  void convForwardIndex() {
    // Output i adds x_j ★ K_ij for every channel j, not x_i ★ K_ij.
    Convolutional<double> conv({.inputDepth = 2, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 1});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount());
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> u(-1, 1);
    parameters.imbue([&] { return u(rng); });
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(18, 1);
    x.imbue([&] { return u(rng); });
    arma::mat y(4, 1);
    conv.forward(x, y);
    const arma::mat x1 = arma::reshape(x.rows(0, 8), 3, 3), x2 = arma::reshape(x.rows(9, 17), 3, 3);
    const arma::mat right = traceCorrelation(x1, conv.kernel(0, 0)).output + traceCorrelation(x2, conv.kernel(0, 1)).output;
    const arma::mat wrong = traceCorrelation(x1, conv.kernel(0, 0)).output + traceCorrelation(x1, conv.kernel(0, 1)).output;
    // y − Σ_j x_j ★ K_1j is the bias alone: the same with any other input.
    arma::mat x0(18, 1, arma::fill::zeros), y0(4, 1);
    conv.forward(x0, y0);
    QVERIFY(sameMatrix(arma::reshape(y, 2, 2) - right, arma::reshape(y0, 2, 2), 1e-12));
    QVERIFY(!sameMatrix(arma::reshape(y, 2, 2) - wrong, arma::reshape(y0, 2, 2), 1e-6));
    // The stepper's conv-layer-forward correlates x₂ with K₁₂ in its second stage.
    const TeachingExample example = makeTeachingExample("conv-layer-forward");
    QCOMPARE(QString::fromStdString(example.stages[1].leftName), QString::fromUtf8("x₂"));
    QCOMPARE(QString::fromStdString(example.stages[1].kernelName), QString::fromUtf8("K₁₂"));
  }

  // The bias is a matrix: each cell's gradient is its own output cell's, from Convolutional's backward.
  void biasGradientIndex() {
    Convolutional<double> conv({.inputDepth = 1, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 2});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount(), arma::fill::zeros);
    std::mt19937_64 rng(4);
    std::uniform_real_distribution<double> u(-1, 1);
    parameters.imbue([&] { return u(rng); });
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(9, 1), y(8, 1), dY(8, 1), dX(9, 1);
    x.imbue([&] { return u(rng); });
    dY.imbue([&] { return u(rng); });
    conv.forward(x, y);
    conv.backward(x, y, dY, &dX);
    QCOMPARE(conv.biasValues(), std::size_t(8));  // B₁ and B₂, 2×2 each: the shape of the output
    QVERIFY(sameMatrix(arma::mat(gradients.tail(8)), dY, 1e-15));  // ∂E/∂b_{i,rc} = ∂E/∂y_{i,rc}, cell for cell
    // The notes' ∂E/∂b_i = ∂E/∂y_{i1} would give every cell of B_i its first cell's gradient.
    QVERIFY(std::abs(gradients(conv.kernelValues() + 1) - dY(0)) > 1e-3);
  }

  // 3×3 ★ 2×2 is 2×2: the input's last row gets its gradient from y₂₁, y₂₂ and the kernel's row k₂.
  void outputRowsInInputGradient() {
    Convolutional<double> conv({.inputDepth = 1, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 1});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount(), arma::fill::zeros);
    parameters.head(4) = arma::vec{1, 3, 2, 4};  // column-major: k₁₁ = 1, k₂₁ = 3, k₁₂ = 2, k₂₂ = 4
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(9, 1, arma::fill::ones), y(4, 1), dX(9, 1);
    conv.forward(x, y);
    QCOMPARE(y.n_elem, arma::uword(4));  // no y₃₁, no y₃₂
    const arma::mat dY = arma::vectorise(arma::mat{{10, 20}, {30, 40}});  // ∂E/∂y₁₁ … ∂E/∂y₂₂
    conv.backward(x, y, dY, &dX);
    const arma::mat g = arma::reshape(dX, 3, 3);
    QCOMPARE(g(2, 0), 30.0 * 3);            // ∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁
    QCOMPARE(g(2, 1), 30.0 * 4 + 40.0 * 3);  // ∂E/∂x₃₂ = ∂E/∂y₂₁·k₂₂ + ∂E/∂y₂₂·k₂₁
    QCOMPARE(g(2, 2), 40.0 * 4);            // ∂E/∂x₃₃ = ∂E/∂y₂₂·k₂₂
    const TeachingStage dXStage = makeTeachingExample("conv-layer-backward").stages[2];
    QVERIFY(hasSymbolic(dXStage, "∂E/∂x₃₁", "∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁"));
  }

  // Every input channel is added: change channel 3 of a 3-channel input and the output changes by
  // exactly that channel's correlation.
  void inputDepthUnset() {
    Convolutional<double> conv({.inputDepth = 3, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 1});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount());
    std::mt19937_64 rng(2);
    std::uniform_real_distribution<double> u(-1, 1);
    parameters.imbue([&] { return u(rng); });
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(27, 1, arma::fill::zeros), y0(4, 1), y1(4, 1);
    conv.forward(x, y0);
    arma::mat third(3, 3);
    third.imbue([&] { return u(rng); });
    x.rows(18, 26) = arma::vectorise(third);
    conv.forward(x, y1);
    QVERIFY(sameMatrix(arma::reshape(y1 - y0, 2, 2), traceCorrelation(third, conv.kernel(0, 2)).output, 1e-12));
  }

  // σ′ as a function of x: the layer's backward against the central difference of σ at the same x.
  void sigmoidPrimeArgument() {
    auto sigmoid = layerTypeOf("sigmoid").make<double>(Shape{.depth = 5}, {});
    const arma::vec x = {-4, -1, 0, 0.5, 3};
    arma::mat y(5, 1), dX(5, 1);
    sigmoid->forward(x, y);
    sigmoid->backward(x, y, arma::vec(5, arma::fill::ones), &dX);
    const arma::vec numeric = centralDifference(x, [&](const arma::vec& at) {
      arma::mat out(5, 1);
      sigmoid->forward(at, out);
      return arma::accu(out);  // Σ σ(xᵢ): its ∂/∂xᵢ is σ′(xᵢ)
    });
    QVERIFY(sameMatrix(arma::mat(numeric), dX, 1e-8));
    QVERIFY(std::abs(dX(2) - 0.25) < 1e-12);  // σ′(0) = σ(0)(1 − σ(0)) = 1/4
  }

  void inputGradientTerms() {
    const TeachingStage dX = makeTeachingExample("conv-layer-backward").stages[2];
    QVERIFY(hasSymbolic(dX, "∂E/∂x₁₁", "∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁"));  // one term, not the notes' first four
    QVERIFY(hasSymbolic(dX, "∂E/∂x₁₃", "∂E/∂x₁₃ = ∂E/∂y₁₂·k₁₂"));
    QVERIFY(hasSymbolic(dX, "∂E/∂x₂₂", "∂E/∂x₂₂ = ∂E/∂y₁₁·k₂₂ + ∂E/∂y₁₂·k₂₁ + ∂E/∂y₂₁·k₁₂ + ∂E/∂y₂₂·k₁₁"));
    QVERIFY(hasSymbolic(dX, "∂E/∂x₃₁", "∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁"));
    QVERIFY(hasSymbolic(dX, "∂E/∂x₃₂", "∂E/∂x₃₂ = ∂E/∂y₂₁·k₂₂ + ∂E/∂y₂₂·k₂₁"));
    QVERIFY(!hasSymbolic(dX, "∂E/∂x₁₁", "∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁ + ∂E/∂y₁₂·k₁₂ + ∂E/∂y₂₁·k₂₁ + ∂E/∂y₂₂·k₂₂"));
    QVERIFY(!hasSymbolic(dX, "∂E/∂x₃₁", "∂E/∂x₃₁ = ∂E/∂y₁₁·k₂₁"));  // the notes' version
    // The layer agrees: ∂E/∂x₁₁ is ∂E/∂y₁₁·k₁₁ alone, not the notes' first sum of four.
    Convolutional<double> conv({.inputDepth = 1, .inputHeight = 3, .inputWidth = 3, .kernelSize = 2, .kernelCount = 1});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount(), arma::fill::zeros);
    std::mt19937_64 rng(2);
    std::uniform_real_distribution<double> u(-1, 1);
    parameters.imbue([&] { return u(rng); });
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(9, 1), y(4, 1), gradY(4, 1), gradX(9, 1);
    x.imbue([&] { return u(rng); });
    gradY.imbue([&] { return u(rng); });
    conv.forward(x, y);
    conv.backward(x, y, gradY, &gradX);
    const arma::mat K = conv.kernel(0, 0), G = arma::reshape(gradY, 2, 2), DX = arma::reshape(gradX, 3, 3);
    QVERIFY(std::abs(DX(0, 0) - G(0, 0) * K(0, 0)) < 1e-12);
    QVERIFY(std::abs(DX(0, 0) - arma::accu(G % K)) > 1e-6);
  }

  void fullCorrelationSign() {
    const TeachingExample example = makeTeachingExample("notebook-full");
    QCOMPARE(example.stages[0].result(0, 1), -1.0);
    QCOMPARE(QString::fromStdString(example.stages[0].cells[1].formula).endsWith(QString::fromUtf8("= −1")), true);
  }

  void convolutionKernel() {
    const TeachingStage stage = makeTeachingExample("notebook-convolve").stages[0];
    QVERIFY(sameMatrix(stage.kernel, arma::mat{{1, 2}, {-1, 0}}));
    QVERIFY(sameMatrix(stage.appliedKernel, arma::mat{{0, -1}, {2, 1}}));
    QVERIFY(sameMatrix(stage.result, arma::mat{{7, 5}, {11, 3}}));
  }

  void correlationOperator() {
    const TeachingStage valid = makeTeachingExample("notebook-valid").stages[0];
    QCOMPARE(QString::fromStdString(valid.operatorSymbol), QString::fromUtf8("★"));
    QVERIFY(sameMatrix(valid.result, arma::mat{{8, 7}, {4, 5}}));
    const arma::mat I = {{1, 6, 2}, {5, 3, 1}, {7, 0, 4}}, K = {{1, 2}, {-1, 0}};
    // I * K (a convolution) is not [8 7; 4 5]: the notes' "*" there is a correlation.
    QVERIFY(!sameMatrix(traceCorrelation(I, K, {.operation = Operation::Convolve}).output, arma::mat{{8, 7}, {4, 5}}));
    QCOMPARE(QString::fromStdString(makeTeachingExample("notebook-full").stages[0].operatorSymbol), QString::fromUtf8("full-★"));
  }

  void kernelGradientOperator() {
    const TeachingExample example = makeTeachingExample("conv-layer-backward");
    const TeachingStage& dK = example.stages[0];
    QCOMPARE(QString::fromStdString(dK.title), QString::fromUtf8("∂E/∂K = X ★ ∂E/∂Y"));
    const arma::mat X = dK.left, dY = dK.kernel;
    QVERIFY(sameMatrix(dK.result, traceCorrelation(X, dY).output));
    QVERIFY(!sameMatrix(dK.result, traceCorrelation(X, dY, {.operation = Operation::Convolve}).output));
  }

  void inputGradientOperator() {
    const TeachingStage dX = makeTeachingExample("conv-layer-backward").stages[2];
    const arma::mat dY = dX.left, K = dX.kernel;
    QVERIFY(sameMatrix(dX.result, traceCorrelation(dY, K, {.mode = CorrelationMode::Full, .operation = Operation::Convolve}).output));
    // "∂E/∂Y ★full K" (no rotation) gives other numbers.
    QVERIFY(!sameMatrix(dX.result, traceCorrelation(dY, K, {.mode = CorrelationMode::Full}).output));
  }

  void inputGradientSum() {
    // One input channel, d = 2 kernels: ∂E/∂x sums both kernels' full convolutions (Σ over i = 1 … d).
    Convolutional<double> conv({.inputDepth = 1, .inputHeight = 4, .inputWidth = 4, .kernelSize = 2, .kernelCount = 2});
    arma::vec parameters(conv.parameterCount()), gradients(conv.parameterCount());
    std::mt19937_64 rng(2);
    std::uniform_real_distribution<double> u(-1, 1);
    parameters.imbue([&] { return u(rng); });
    conv.bind(parameters.memptr(), gradients.memptr());
    arma::mat x(16, 1), y(18, 1), g(18, 1), dX(16, 1);
    x.imbue([&] { return u(rng); });
    g.imbue([&] { return u(rng); });
    conv.forward(x, y);
    conv.backward(x, y, g, &dX);
    arma::mat expected(4, 4, arma::fill::zeros);
    for (std::size_t i = 0; i < 2; ++i)
      expected += traceCorrelation(arma::reshape(g.rows(9 * i, 9 * i + 8), 3, 3), conv.kernel(i, 0),
                                   {.mode = CorrelationMode::Full, .operation = Operation::Convolve})
                      .output;
    QVERIFY(sameMatrix(arma::reshape(dX, 4, 4), expected, 1e-12));
    const arma::mat firstKernelOnly = traceCorrelation(arma::reshape(g.rows(0, 8), 3, 3), conv.kernel(0, 0),
                                                       {.mode = CorrelationMode::Full, .operation = Operation::Convolve})
                                          .output;
    QVERIFY(!sameMatrix(arma::reshape(dX, 4, 4), firstKernelOnly, 1e-6));
    // And it is the true derivative of ⟨g, y(x)⟩.
    const arma::vec numeric = centralDifference(arma::vec(x), [&](const arma::vec& xs) {
      arma::mat out(18, 1);
      conv.forward(arma::mat(xs), out);
      return arma::accu(out % g);
    });
    QVERIFY(sameMatrix(arma::mat(numeric), dX, 1e-8));
  }

  void convOutputShape() {
    Convolutional<double> conv({.inputDepth = 1, .inputHeight = 28, .inputWidth = 28, .kernelSize = 3, .kernelCount = 5});
    QCOMPARE(conv.outputShape(), (Shape{.depth = 5, .height = 26, .width = 26}));
  }

  // ---- MLP notes ----

  void biasIndex() {
    // One bias per unit: b¹ with n⁰·n¹ values (a bias per input and output, as (3) reads) is refused.
    MlpNetwork net = defaultMlpNetwork();
    net.b1 = arma::vec(6, arma::fill::zeros);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkMlpNetwork(net));
    net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    net.b1(1) += 0.25;  // moves only z₂¹
    const MlpPass q = runMlp(net);
    QVERIFY(sameMatrix(q.z1 - p.z1, arma::vec{0, 0.25, 0}));
  }

  void eq14Bias() {
    const MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    QVERIFY(sameMatrix(p.z1, net.w1.t() * net.x + net.b1));
    QVERIFY(!sameMatrix(p.z1, net.w1.t() * net.x, 1e-3));  // eq. 14 as written
    const TeachingExample example = mlpForwardExample(net);
    QVERIFY(example.stages[0].title.find("(14, with the bias of 25)") != std::string::npos);
    QVERIFY(example.stages[0].cells[0].symbolic.find("+ b\u2081\u00b9") != std::string::npos);
  }

  void reluName() {
    auto relu = layerTypeOf("relu").make<double>(Shape{.depth = 3});
    const arma::mat x = arma::vec{-2, 0, 3};
    arma::mat y(3, 1), dx(3, 1);
    relu->forward(x, y);
    QVERIFY(sameMatrix(y, arma::vec{0, 0, 3}));  // R(x) = max(0, x)
    relu->backward(x, y, arma::vec{1, 1, 1}, &dx);
    QVERIFY(sameMatrix(dx, arma::vec{0, 1, 1}));  // R′(x) = 1 for x ≥ 0 (the notes' R′(0) = 1)
  }

  void softmaxRange() {
    auto softmax = layerTypeOf("softmax").make<double>(Shape{.depth = 3});
    arma::mat y(3, 1);
    softmax->forward(arma::vec{-5, 0, 5}, y);
    QVERIFY(y.min() > 0 && y.max() < 1);
    QVERIFY(mlpForwardExample(defaultMlpNetwork()).stages[3].title.find("S(z") != std::string::npos);
  }

  void outputWeightIndex() {
    // w² is n¹ × n²: row i = hidden unit (input of the layer), column j = output; ∂E/∂w_ij² = α_i¹ ∂E/∂z_j².
    const MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    QCOMPARE(p.dE_dw2.n_rows, net.w2.n_rows);
    QVERIFY(sameMatrix(p.dE_dw2, p.a1 * p.dE_dz2.t()));
    const TeachingStage stage = mlpBackwardExample(net).stages[3];
    QCOMPARE(QString::fromStdString(stage.cells[1].label), QString::fromUtf8("∂E/∂w₁₂²"));
    QCOMPARE(stage.cells[1].value, p.a1(0) * p.dE_dz2(1));
  }

  void softmaxDiagonal() {
    MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    const arma::vec numeric = centralDifference(net.b2, [&](const arma::vec& b2) {
      MlpNetwork moved = net;
      moved.b2 = b2;
      return runMlp(moved).loss;
    });
    QVERIFY(sameMatrix(numeric, p.dE_dz2, 1e-8));                // the full Jacobian: exact
    QVERIFY(arma::abs(numeric - p.dE_dz2Diagonal).max() > 0.05);  // the notes' diagonal: off by up to 0.08
    // With three outputs the two differ by no single factor (with two, MSE and a one-hot target, the
    // full value is exactly twice the diagonal, which would make "a factor of 2" look like the story).
    const arma::vec ratio = p.dE_dz2 / p.dE_dz2Diagonal;
    QVERIFY(ratio.max() - ratio.min() > 0.2);
    net.output = "sigmoid";                                // diagonal Jacobian: eq. 24 is exact
    const MlpPass s = runMlp(net);
    QVERIFY(sameMatrix(s.dE_dz2, s.dE_dz2Diagonal, 1e-15));
  }

  void temperatureDerivative() {
    const double T = 2.5;
    auto softmax = layerTypeOf("softmax").make<double>(Shape{.depth = 3}, {{"temperature", T}});
    const arma::vec z = {1, -0.5, 2}, g = {0.3, -1, 0.7};
    arma::mat y(3, 1), dz(3, 1);
    softmax->forward(z, y);
    softmax->backward(z, y, g, &dz);
    const arma::mat J = softmaxJacobian(z, T).jacobian;
    QVERIFY(sameMatrix(dz, J.t() * g, 1e-14));
    QVERIFY(!sameMatrix(dz, (J * T).t() * g, 1e-6));  // without the 1/T
  }

  void sigmoidDerivativeStep() {
    auto sigmoid = layerTypeOf("sigmoid").make<double>(Shape{.depth = 3});
    const arma::vec z = {-1, 0.2, 3}, g = {1, 1, 1};
    arma::mat y(3, 1), dz(3, 1);
    sigmoid->forward(z, y);
    sigmoid->backward(z, y, g, &dz);
    QVERIFY(sameMatrix(dz, y % (1 - y), 1e-15));  // eq. 45
    const arma::vec numeric = centralDifference(z, [&](const arma::vec& zs) {
      arma::mat out(3, 1);
      sigmoid->forward(arma::mat(zs), out);
      return arma::accu(out);
    });
    QVERIFY(sameMatrix(arma::mat(numeric), dz, 1e-9));
  }

  void hiddenSum() {
    MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    QVERIFY(sameMatrix(p.dE_da1, net.w2 * p.dE_dz2, 1e-15));  // Σ over every output j
    for (std::size_t j = 0; j < net.w2.n_cols; ++j)       // no single output's path is the whole
      QVERIFY(!sameMatrix(p.dE_da1, net.w2.col(j) * p.dE_dz2(j), 1e-6));
    const arma::vec numeric = centralDifference(arma::vectorise(net.w1), [&](const arma::vec& w) {
      MlpNetwork moved = net;
      moved.w1 = arma::reshape(w, net.w1.n_rows, net.w1.n_cols);
      return runMlp(moved).loss;
    });
    QVERIFY(sameMatrix(arma::mat(numeric), arma::vectorise(p.dE_dw1), 1e-8));
    QVERIFY(mlpBackwardExample(net).stages[5].title.find("summed over every output") != std::string::npos);
  }

  // ∂ln S(z₁)/∂z₁ by central differences is 1 − S₁ (0.341 for z = (2, 1, 0.1)), as (33) says; the
  // note's "g = 1" would make (32) 1 − 1/Σ e^{zⱼ} = 0.911.
  void softmaxSumDerivative() {
    const arma::vec z = {2, 1, 0.1};
    const arma::vec S = softmaxJacobian(z).softmax;
    const arma::vec numeric = centralDifference(z, [](const arma::vec& zs) { return std::log(softmaxJacobian(zs).softmax(0)); });
    QVERIFY(std::abs(numeric(0) - (1 - S(0))) < 1e-8);
    QVERIFY(std::abs((1 - S(0)) - 0.341) < 5e-4);
    const double withOne = 1 - 1 / arma::accu(arma::exp(z));
    QVERIFY(std::abs(withOne - 0.911) < 5e-4);
    QVERIFY(std::abs(numeric(0) - withOne) > 0.5);
    // The exact derivative of the sum is e^{zᵢ}.
    const arma::vec sumDerivative = centralDifference(z, [](const arma::vec& zs) { return arma::accu(arma::exp(zs)); });
    QVERIFY(sameMatrix(sumDerivative, arma::exp(z), 1e-6));
  }

  // ∂zᵢ/∂wᵢₚ is x_p for p = j and 0 for every other p: the output-layer weight gradient of one
  // unit's z is the input vector, from Dense's own backward.
  void weightDerivativeIndex() {
    const arma::vec x = {0.5, -1.5, 2};
    auto dense = layerTypeOf("dense").make<double>(Shape{.depth = 3}, {{"units", 2}});
    arma::vec parameters = arma::randu<arma::vec>(dense->parameterCount()), gradients(parameters.n_elem, arma::fill::zeros);
    dense->bind(parameters.memptr(), gradients.memptr());
    arma::mat y(2, 1), dx(3, 1);
    dense->forward(x, y);
    dense->backward(x, y, arma::vec{1, 0}, &dx);  // ∂z₁/∂(W, b): one output unit
    // Dense's parameters are W (2 × 3, column-major) then b: row 0 of W is unit 1's weights.
    const arma::mat W = arma::reshape(gradients.head(6), 2, 3);
    QVERIFY(sameMatrix(W.row(0).t(), x));
    QVERIFY(sameMatrix(W.row(1).t(), arma::vec(3, arma::fill::zeros)));
    QCOMPARE(gradients(6), 1.0);  // ∂z₁/∂b₁ = 1: the bias sits outside the sum
  }

  // Plain gradient descent on E = w²/2 with a = 2.5: w ← −1.5w, and E grows every epoch.
  void everyEpochImproves() {
    double w = 1, previous = 0.5 * w * w;
    const double expected[] = {1.125, 2.53125, 5.6953125, 12.814453125};
    for (double e : expected) {
      const double gradient = w;  // ∂E/∂w = w
      w -= 2.5 * gradient;
      const double loss = 0.5 * w * w;
      QCOMPARE(loss, e);
      QVERIFY(loss > previous);
      previous = loss;
    }
    w = 1;
    for (int epoch = 0; epoch < 4; ++epoch) w -= 1.5 * w;  // a < 2: |w| halves
    QCOMPARE(std::abs(w), 0.0625);
  }

  // Δw = ∂E/∂w (27), and the step is −a·Δw: the engine's ∂E/∂w² matches its central difference, the
  // update subtracts a times it, and exercise 7 names its answer the step −a·Δw.
  void deltaWMeaning() {
    const Exercise ex = generateExercise(7, 2);
    const ExercisePart& part = ex.parts.at(0);
    QVERIFY(part.resultName.find("−a·Δw") == 0);
    MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    const arma::vec numeric = centralDifference(arma::vectorise(net.w2), [&](const arma::vec& w) {
      MlpNetwork moved = net;
      moved.w2 = arma::reshape(w, net.w2.n_rows, net.w2.n_cols);
      return runMlp(moved).loss;
    });
    QVERIFY(sameMatrix(arma::mat(numeric), arma::vectorise(p.dE_dw2), 1e-8));  // Δw² as (27): the gradient
    QVERIFY(sameMatrix(p.w2After, net.w2 - net.learningRate * p.dE_dw2, 1e-15));  // the step: w ← w − a·Δw
  }

  // The notes' one-hidden-layer MLP (l = 1) needs z² (k = 2 ≥ l) for its output: change w² and Y
  // changes, and the forward example writes z² cells.
  void zForOutputLayer() {
    MlpNetwork net = defaultMlpNetwork();
    const MlpPass p = runMlp(net);
    QVERIFY(sameMatrix(p.output, softmaxJacobian(p.z2).softmax, 1e-15));
    net.w2(0, 0) += 0.5;
    QVERIFY(arma::abs(runMlp(net).output - p.output).max() > 1e-3);
    const TeachingExample forward = mlpForwardExample(defaultMlpNetwork());
    bool writesZ2 = false;
    for (const TeachingStage& stage : forward.stages)
      for (const TeachingCell& cell : stage.cells) writesZ2 = writesZ2 || (cell.label.find("z") == 0 && cell.label.find("²") != std::string::npos);
    QVERIFY(writesZ2);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestNotesErrata)
#include "test_notes_errata.moc"
