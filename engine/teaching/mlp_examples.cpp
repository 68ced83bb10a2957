// The second notes' MLP worked examples (see mlp_examples.hpp): numbers from Dense, the registry's
// activations, Softmax and the losses; text in the notes' notation with their equation numbers.
#include "engine/teaching/mlp_examples.hpp"
#include "engine/quoted.hpp"

#include <algorithm>
#include <functional>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "engine/layers/dense.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/loss.hpp"
#include "engine/network_spec.hpp"
#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

// n⁰ = inputs, n¹ = hidden units, n² = outputs; vectors are columns, w^k is n^{k−1} × n^k.

std::string num(double v) { return formatNumber(v); }
// A factor as the notes write it: negatives in parentheses.
std::string fac(double v) { return v < 0 ? "(" + num(v) + ")" : num(v); }
std::string sub(std::size_t i) { return subscript(i + 1); }  // 0-based index → ₁, ₂, …
std::string sup(int k) { return k == 1 ? "\u00b9" : k == 2 ? "\u00b2" : "\u2070"; }
std::string dE(const std::string& of) { return "\u2202E/\u2202" + of; }
// "   (14)": the equation a line cites (eq is a number, or words of the engine's catalogue).
Phrase cite(const Phrase& eq) { return Phrase("   (%1)", {eq}); }
// text followed by its citation, the citation's words kept translatable.
Phrase cited(const Phrase& text, const Phrase& eq) { return Phrase::joined({text, cite(eq)}); }

// What the SGD step cites: the notes' learning rate, and that the rule is not written there.
const char* const kUpdateRule = QT_TRANSLATE_NOOP("engine", "a: (13); the step is not written in the notes");

bool allFinite(const arma::mat& m) { return m.is_finite(); }

void require(bool ok, const std::string& field, const std::string& reason) {
  if (!ok) throw std::invalid_argument(field + ": " + reason);
}


// The output activation's Jacobian J_ij = ∂Y_i/∂z_j from the layer itself: its backward pass
// returns Jᵀ·g, so g = e_i gives row i of J.
arma::mat layerJacobian(Layer<double>& layer, const arma::mat& z, const arma::mat& y) {
  const std::size_t n = z.n_rows;
  arma::mat J(n, n), e(n, 1), row(n, 1);
  for (std::size_t i = 0; i < n; ++i) {
    e.zeros();
    e(i) = 1;
    layer.backward(z, y, e, &row);
    J.row(i) = row.t();
  }
  return J;
}

TeachingCell makeCell(std::size_t row, std::size_t col, Phrase label, double value) {
  TeachingCell cell;
  cell.outputRow = row;
  cell.outputCol = col;
  cell.writes = {{row, col}};
  cell.label = std::move(label);
  cell.value = value;
  return cell;
}

void window(TeachingCell& cell, std::size_t row, std::size_t col, std::size_t height, std::size_t width) {
  cell.windowRow = long(row);
  cell.windowCol = long(col);
  cell.windowHeight = height;
  cell.windowWidth = width;
}

TeachingStage makeStage(StageKind kind, Phrase title, Phrase left, arma::mat leftValues,
                        Phrase kernel, arma::mat kernelValues, Phrase op, Phrase result,
                        arma::mat resultValues) {
  TeachingStage stage;
  stage.kind = kind;
  stage.title = std::move(title);
  stage.leftName = std::move(left);
  stage.left = std::move(leftValues);
  stage.kernelName = std::move(kernel);
  stage.kernel = kernelValues;
  stage.appliedKernel = std::move(kernelValues);
  stage.operatorSymbol = std::move(op);
  stage.resultName = std::move(result);
  stage.result = std::move(resultValues);
  return stage;
}

arma::mat rowOf(const arma::vec& v) { return v.t(); }

// z_j^k = Σ_i x_i w_ij^k + b_j^k (eq. 14 with the bias of eq. 25), one cell per unit j.
// in: n^{k−1} values named inName (x or α¹), w: n^{k−1} × n^k, z: n^k from the Dense layer.
// inName is "x" or "α" (then inSup "¹"): written xᵢ, αᵢ¹.
TeachingStage weightedSumStage(int k, const std::string& inName, const std::string& inSup, const arma::vec& in,
                               const arma::mat& w, const arma::vec& b, const arma::vec& z) {
  const std::string zk = "z" + sup(k);
  TeachingStage stage = makeStage(StageKind::Sum,
                                  Phrase(QT_TRANSLATE_NOOP("engine", "%1   (14, with the bias of 25)"),
                                         {"z\u2c7c" + sup(k) + " = \u03a3\u1d62 " + inName + "\u1d62" + inSup + " w\u1d62\u2c7c" +
                                          sup(k) + " + b\u2c7c" + sup(k)}),
                                  "w" + sup(k), w, inName + inSup, arma::mat(in), "\u00b7", zk, rowOf(z));
  for (std::size_t j = 0; j < w.n_cols; ++j) {
    TeachingCell cell = makeCell(0, j, "z" + sub(j) + sup(k), z(j));
    window(cell, 0, j, w.n_rows, 1);
    std::string symbolic = cell.label + " =", numbers = "=";
    for (std::size_t i = 0; i < w.n_rows; ++i) {
      const std::string product = fac(in(i)) + "\u00d7" + fac(w(i, j));
      cell.terms.push_back({i, j, product});
      symbolic += std::string(i ? " + " : " ") + inName + sub(i) + inSup + "w" + sub(i) + sub(j) + sup(k);
      numbers += std::string(i ? " + " : " ") + product;
    }
    symbolic += " + b" + sub(j) + sup(k);
    numbers += " + " + fac(b(j));
    cell.symbolic = symbolic;
    cell.formula = cell.label + " " + numbers + " = " + num(z(j)) + cite("14");
    cell.lines = {symbolic, numbers, "= " + num(z(j)) + cite("14")};
    if (w.n_rows > 6) cell.lines = {symbolic, "= " + num(z(j)) + cite("14")};
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// α_j = activation(z_j), one cell per unit (eq. 15 for the sigmoid, §0.3.1.3 for ReLU).
std::string activationText(const std::string& type, const std::string& zName, double z, double a, Phrase* eq) {
  if (type == "sigmoid") {
    *eq = "15";
    return "\u03c3(" + zName + ") = 1/(1 + e^\u2212(" + num(z) + ")) = " + num(a);
  }
  if (type == "relu") {
    *eq = "ReLU, \u00a70.3.1.3";
    return "R(" + zName + ") = max(0, " + num(z) + ") = " + num(a);
  }
  *eq = QT_TRANSLATE_NOOP("engine", "tanh: not in the notes' equations");
  return "tanh(" + num(z) + ") = " + num(a);
}

// The derivative of the hidden activation at z (its value a): its symbol, returned, and its
// factors with numbers in *numbers ("0.5866×(1 − 0.5866)").
std::string derivativeText(const std::string& type, const std::string& zName, double z, double a, double* value,
                           Phrase* eq, std::string* numbers) {
  if (type == "sigmoid") {
    *value = a * (1 - a);
    *eq = "45";
    *numbers = num(a) + "\u00d7(1 \u2212 " + num(a) + ")";
    return "\u03c3(" + zName + ")(1 \u2212 \u03c3(" + zName + "))";
  }
  if (type == "relu") {
    *value = z >= 0 ? 1 : 0;
    *eq = QT_TRANSLATE_NOOP("engine", "R′, after 45");
    *numbers = z >= 0 ? "1" : "0";
    return std::string("R\u2032(") + zName + ") [" + (z >= 0 ? "z \u2265 0" : "z < 0") + "]";
  }
  *value = 1 - a * a;
  *eq = QT_TRANSLATE_NOOP("engine", "tanh′: not in the notes");
  *numbers = "(1 \u2212 " + fac(a) + "\u00b2)";
  return "(1 \u2212 tanh\u00b2(" + zName + "))";
}

TeachingStage activationStage(const std::string& type, int k, const arma::vec& z, const arma::vec& a) {
  const std::string name = type == "sigmoid" ? "\u03c3" : type == "relu" ? "R" : "tanh";
  Phrase eq;  // (15) is the sigmoid; ReLU and tanh cite their own places
  activationText(type, "z", 0, 0, &eq);
  TeachingStage stage = makeStage(StageKind::Copy, cited("\u03b1" + sup(k) + " = " + name + "(z" + sup(k) + ")", eq),
                                  "z" + sup(k), rowOf(z), "", {}, name, "\u03b1" + sup(k), rowOf(a));
  for (std::size_t j = 0; j < z.n_elem; ++j) {
    TeachingCell cell = makeCell(0, j, "\u03b1" + sub(j) + sup(k), a(j));
    window(cell, 0, j, 1, 1);
    cell.terms = {{0, j, ""}};
    Phrase eq;
    const std::string text = activationText(type, "z" + sub(j) + sup(k), z(j), a(j), &eq);
    cell.formula = cited(cell.label + " = " + text, eq);
    cell.symbolic = cell.label + " = " + name + "(z" + sub(j) + sup(k) + ")";
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

TeachingStage outputStage(const MlpNetwork& net, const MlpPass& p) {
  const bool softmax = net.output == "softmax";
  const bool tempered = softmax && net.temperature != 1;
  const std::string eq = softmax ? (tempered ? "36" : "16") : "15";
  TeachingStage stage = makeStage(StageKind::Copy,
                                  softmax ? std::string("Y\u1d62 = S(z\u1d62\u00b2) = e^(z\u1d62/T) / \u03a3\u2c7c e^(z\u2c7c/T)") +
                                                cite(tempered ? "36" : "16, 36")
                                          : "Y\u1d62 = \u03c3(z\u1d62\u00b2)" + cite("15"),
                                  "z\u00b2", rowOf(p.z2), "", {}, softmax ? "S" : "\u03c3", "Y", rowOf(p.output));
  const std::string overT = tempered ? "/" + num(net.temperature) : "";
  std::string denominator;
  for (std::size_t j = 0; j < p.z2.n_elem; ++j)
    denominator += std::string(j ? " + " : "") + "e^(" + num(p.z2(j)) + overT + ")";
  for (std::size_t i = 0; i < p.z2.n_elem; ++i) {
    TeachingCell cell = makeCell(0, i, "Y" + sub(i), p.output(i));
    window(cell, 0, 0, 1, softmax ? p.z2.n_elem : 1);
    if (!softmax) window(cell, 0, i, 1, 1);
    cell.terms = {{0, i, ""}};
    if (softmax) {
      cell.symbolic = cell.label + " = e^(z" + sub(i) + "\u00b2" + (tempered ? "/T" : "") + ") / \u03a3\u2c7c e^(z\u2c7c\u00b2" +
                      (tempered ? "/T" : "") + ")";
      const std::string numbers = "= e^(" + num(p.z2(i)) + overT + ") / (" + denominator + ")";
      cell.formula = cell.label + " " + numbers + " = " + num(p.output(i)) + cite(eq);
      cell.lines = {cell.symbolic, numbers, "= " + num(p.output(i)) + cite(eq)};
    } else {
      cell.symbolic = cell.label + " = \u03c3(z" + sub(i) + "\u00b2)";
      Phrase ignored;
      cell.formula = cell.label + " = " + activationText("sigmoid", "z" + sub(i) + "\u00b2", p.z2(i), p.output(i), &ignored) +
                     cite("15");
    }
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// E for the example's loss, written term by term.
TeachingStage lossStage(const MlpNetwork& net, const MlpPass& p) {
  const std::size_t n = p.output.n_elem;
  std::string title, symbolic, numbers;
  Phrase eq;
  if (net.loss == "mse") {
    title = "E = \u03a3\u1d62 (Y\u1d62 \u2212 y\u1d62)\u00b2/2";
    eq = "18";
    for (std::size_t i = 0; i < n; ++i)
      numbers += std::string(i ? " + " : "") + "(" + num(p.output(i)) + " \u2212 " + num(net.target(i)) + ")\u00b2/2";
  } else if (net.loss == "bce") {
    title = "E = \u2212(1/n) \u03a3\u1d62 [y\u1d62 log Y\u1d62 + (1 \u2212 y\u1d62) log(1 \u2212 Y\u1d62)]";
    eq = QT_TRANSLATE_NOOP("engine", "first notes, binary cross-entropy");
    numbers = "\u2212(1/" + std::to_string(n) + ")\u00b7[";
    for (std::size_t i = 0; i < n; ++i)
      numbers += std::string(i ? " + " : "") + num(net.target(i)) + "\u00b7log(" + num(p.output(i)) + ") + " +
                 num(1 - net.target(i)) + "\u00b7log(1 \u2212 " + num(p.output(i)) + ")";
    numbers += "]";
  } else {
    title = "E = \u2212\u03a3\u1d62 y\u1d62 log Y\u1d62";
    eq = QT_TRANSLATE_NOOP("engine", "cross-entropy: not in the notes");
    numbers = "\u2212(";
    for (std::size_t i = 0; i < n; ++i)
      numbers += std::string(i ? " + " : "") + num(net.target(i)) + "\u00b7log(" + num(p.output(i)) + ")";
    numbers += ")";
  }
  TeachingStage stage = makeStage(StageKind::Sum, cited(title, eq), "Y", rowOf(p.output), "y", rowOf(net.target),
                                  QT_TRANSLATE_NOOP("engine", "vs"), "E", arma::mat(1, 1, arma::fill::value(p.loss)));
  TeachingCell cell = makeCell(0, 0, "E", p.loss);
  window(cell, 0, 0, 1, n);
  cell.symbolic = title;
  cell.formula = cited("E = " + numbers + " = " + num(p.loss), eq);
  cell.lines = {title, "= " + numbers, cited("= " + num(p.loss), eq)};
  stage.cells.push_back(std::move(cell));
  return stage;
}

// ∂E/∂Y_i, the loss's own gradient (eq. 23 for MSE).
TeachingStage lossGradientStage(const MlpNetwork& net, const MlpPass& p) {
  const std::size_t n = p.output.n_elem;
  const Phrase eq = net.loss == "mse"   ? "20\u201323"
                    : net.loss == "bce" ? QT_TRANSLATE_NOOP("engine", "first notes, BCE")
                                        : QT_TRANSLATE_NOOP("engine", "cross-entropy");
  TeachingStage stage = makeStage(StageKind::Sum, cited(dE("Y\u1d62"), eq), "Y", rowOf(p.output), "y", rowOf(net.target),
                                  QT_TRANSLATE_NOOP("engine", "vs"), dE("Y"), rowOf(p.dE_dY));
  for (std::size_t i = 0; i < n; ++i) {
    TeachingCell cell = makeCell(0, i, dE("Y" + sub(i)), p.dE_dY(i));
    window(cell, 0, i, 1, 1);
    cell.kernelHighlightRow = 0;
    cell.kernelHighlightCol = long(i);
    cell.terms = {{0, i, ""}};
    const std::string Y = num(p.output(i)), y = num(net.target(i));
    if (net.loss == "mse") {
      cell.symbolic = cell.label + " = Y" + sub(i) + " \u2212 y" + sub(i);
      cell.formula = cited(cell.symbolic + " = " + Y + " \u2212 " + y + " = " + num(p.dE_dY(i)), eq);
    } else if (net.loss == "bce") {
      cell.symbolic = cell.label + " = ((1 \u2212 y" + sub(i) + ")/(1 \u2212 Y" + sub(i) + ") \u2212 y" + sub(i) + "/Y" +
                      sub(i) + ")/" + std::to_string(n);
      cell.formula = cited(cell.symbolic + " = ((1 \u2212 " + y + ")/(1 \u2212 " + Y + ") \u2212 " + y + "/" + Y + ")/" +
                               std::to_string(n) + " = " + num(p.dE_dY(i)),
                           eq);
    } else {
      cell.symbolic = cell.label + " = \u2212y" + sub(i) + "/Y" + sub(i);
      cell.formula = cited(cell.symbolic + " = \u2212" + y + "/" + Y + " = " + num(p.dE_dY(i)), eq);
    }
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// "∂E/∂Y₁" for MSE reads "(Y₁ − y₁)" as in eq. 27; other losses keep the name.
std::string lossFactorName(const MlpNetwork& net, std::size_t i) {
  return net.loss == "mse" ? "(Y" + sub(i) + " \u2212 y" + sub(i) + ")" : dE("Y" + sub(i));
}

// The notes' eq. 24 for every output: ∂E/∂z_i ≈ ∂E/∂Y_i · S(z_i)(1 − S(z_i)) (/T).
TeachingStage diagonalStage(const MlpNetwork& net, const MlpPass& p) {
  const bool softmax = net.output == "softmax";
  const std::string overT = softmax && net.temperature != 1 ? "/" + num(net.temperature) : "";
  const std::string f = softmax ? "S" : "\u03c3";
  // "∂E/∂z² (notes)": the notes' value where the engine's differs (a softmax output).
  auto notes = [softmax](const std::string& name) {
    return softmax ? Phrase(QT_TRANSLATE_NOOP("engine", "%1 (notes)"), {name}) : Phrase(name);
  };
  TeachingStage stage = makeStage(
      StageKind::Sum,
      softmax ? QT_TRANSLATE_NOOP("engine", "∂E/∂zᵢ² as the notes write it: ∂E/∂Yᵢ · S(zᵢ)(1 − S(zᵢ)), "
                                            "the Jacobian's diagonal only   (24, 27, 28)")
              : QT_TRANSLATE_NOOP("engine", "∂E/∂zᵢ² = ∂E/∂Yᵢ · σ(zᵢ)(1 − σ(zᵢ)) "
                                            "(exact for a sigmoid output)   (24, 27, 28)"),
      dE("Y"), rowOf(p.dE_dY), "Y", rowOf(p.output), "\u2299", notes(dE("z\u00b2")), rowOf(p.dE_dz2Diagonal));
  for (std::size_t i = 0; i < p.output.n_elem; ++i) {
    TeachingCell cell = makeCell(0, i, notes(dE("z" + sub(i) + "\u00b2")), p.dE_dz2Diagonal(i));
    window(cell, 0, i, 1, 1);
    cell.terms = {{0, i, ""}};
    cell.kernelHighlightRow = 0;
    cell.kernelHighlightCol = long(i);
    const std::string S = num(p.output(i));
    cell.symbolic = Phrase::joined({cell.label, " = " + lossFactorName(net, i) + " \u00b7 " + f + "(z" + sub(i) + ")(1 \u2212 " + f +
                                                    "(z" + sub(i) + "))" + (overT.empty() ? "" : "/T")});
    const std::string numbers = "= " + fac(p.dE_dY(i)) + "\u00d7" + S + "\u00d7(1 \u2212 " + S + ")" + overT;
    cell.formula = Phrase::joined({cell.label, " " + numbers + " = " + num(p.dE_dz2Diagonal(i)) + cite("24")});
    cell.lines = {cell.symbolic, numbers, "= " + num(p.dE_dz2Diagonal(i)) + cite("24")};
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// What the engine does for a softmax: ∂E/∂z_i = Σ_j ∂E/∂Y_j J_ji, the diagonal plus −S_jS_i/T.
TeachingStage fullJacobianStage(const MlpPass& p, double temperature) {
  const std::size_t n = p.output.n_elem;
  // Each off-diagonal term is −S_jS_i/T: with T ≠ 1 the line writes the /T its number includes.
  const std::string overT = temperature != 1 ? "/" + num(temperature) : "";
  TeachingStage stage = makeStage(
      StageKind::Sum,
      QT_TRANSLATE_NOOP("engine", "∂E/∂zᵢ² = Σⱼ ∂E/∂Yⱼ · Jⱼᵢ with the full Jacobian (cnnlab): "
                                  "the off-diagonal −SⱼSᵢ/T terms the notes leave out   (§0.3.2.3)"),
      "J = \u2202Y/\u2202z\u00b2", p.jacobian, dE("Y"), arma::mat(p.dE_dY), "\u00b7", dE("z\u00b2"), rowOf(p.dE_dz2));
  for (std::size_t i = 0; i < n; ++i) {
    TeachingCell cell = makeCell(0, i, dE("z" + sub(i) + "\u00b2"), p.dE_dz2(i));
    window(cell, 0, i, n, 1);
    std::string numbers = "=", offDiagonal;
    for (std::size_t j = 0; j < n; ++j) {
      const std::string product = fac(p.dE_dY(j)) + "\u00d7" + fac(p.jacobian(j, i));
      cell.terms.push_back({j, i, product});
      numbers += std::string(j ? " + " : " ") + product;
      if (j != i) offDiagonal += std::string(offDiagonal.empty() ? "" : " + ") + fac(p.dE_dY(j)) + "\u00d7(\u2212S" + sub(j) + "S" + sub(i) + overT + ")";
    }
    const double difference = p.dE_dz2(i) - p.dE_dz2Diagonal(i);
    cell.symbolic = cell.label + " = \u03a3\u2c7c \u2202E/\u2202Y\u2c7c \u00b7 \u2202S\u2c7c/\u2202z" + sub(i);
    cell.formula = Phrase(QT_TRANSLATE_NOOP("engine", "%1; the notes' diagonal gives %2, off by %3   (§0.3.2.3)"),
                          {cell.label + " " + numbers + " = " + num(p.dE_dz2(i)), num(p.dE_dz2Diagonal(i)), num(difference)});
    cell.lines = {cell.symbolic, numbers + " = " + num(p.dE_dz2(i)),
                  Phrase(QT_TRANSLATE_NOOP("engine", "diagonal (notes, 24): %1"), {num(p.dE_dz2Diagonal(i))}),
                  Phrase(QT_TRANSLATE_NOOP("engine", "off-diagonal %1 = %2   (§0.3.2.3)"), {offDiagonal, num(difference)})};
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// ∂E/∂w_ij^k = in_i · ∂E/∂z_j^k, one cell per weight (eq. 27 for k = 2, eq. 49 for k = 1).
TeachingStage weightGradientStage(int k, const std::string& inName, const std::string& inSup, const arma::vec& in,
                                  const arma::vec& dz,
                                  const arma::mat& dw, const std::string& eq,
                                  const std::function<std::vector<Phrase>(std::size_t j)>& why,
                                  const arma::mat* notesDiagonal = nullptr) {
  const std::string zk = "z" + sup(k);
  TeachingStage stage = makeStage(StageKind::Sum,
                                  dE("w\u1d62\u2c7c" + sup(k)) + " = " + inName + "\u1d62" + inSup + " \u00b7 " +
                                      dE("z\u2c7c" + sup(k)) + cite(eq),
                                  inName + inSup, arma::mat(in), dE(zk), rowOf(dz), "\u2297", dE("w" + sup(k)), dw);
  for (std::size_t i = 0; i < dw.n_rows; ++i)
    for (std::size_t j = 0; j < dw.n_cols; ++j) {
      TeachingCell cell = makeCell(i, j, dE("w" + sub(i) + sub(j) + sup(k)), dw(i, j));
      window(cell, i, 0, 1, 1);
      cell.terms = {{i, 0, ""}};
      cell.kernelHighlightRow = 0;
      cell.kernelHighlightCol = long(j);
      cell.symbolic = cell.label + " = " + inName + sub(i) + inSup + " \u00b7 " + dE("z" + sub(j) + sup(k));
      const std::string numbers = "= " + fac(in(i)) + "\u00d7" + fac(dz(j));
      cell.formula = cell.label + " " + numbers + " = " + num(dw(i, j)) + cite(eq);
      cell.lines = {cell.symbolic + cite(eq)};
      for (const Phrase& line : why(j)) cell.lines.push_back(line);
      cell.lines.push_back(numbers + " = " + num(dw(i, j)));
      if (notesDiagonal) {  // a softmax output: what the notes' diagonal-only ∂E/∂z² would give here
        const double notes = (*notesDiagonal)(i, j);
        cell.formula = Phrase(QT_TRANSLATE_NOOP("engine", "%1; the notes' diagonal gives %2"), {cell.formula, num(notes)});
        cell.lines.push_back(Phrase(QT_TRANSLATE_NOOP("engine", "the notes' diagonal ∂E/∂z² gives %1, off by %2   (§0.3.2.3)"),
                                    {num(notes), num(dw(i, j) - notes)}));
      }
      stage.cells.push_back(std::move(cell));
    }
  return stage;
}

TeachingStage biasGradientStage(int k, const arma::vec& dz, const std::string& eq) {
  const std::string zk = "z" + sup(k);
  TeachingStage stage = makeStage(StageKind::Copy, dE("b\u2c7c" + sup(k)) + " = " + dE("z\u2c7c" + sup(k)) + " \u00b7 1" + cite(eq),
                                  dE(zk), rowOf(dz), "", {}, "=", dE("b" + sup(k)), rowOf(dz));
  for (std::size_t j = 0; j < dz.n_elem; ++j) {
    TeachingCell cell = makeCell(0, j, dE("b" + sub(j) + sup(k)), dz(j));
    window(cell, 0, j, 1, 1);
    cell.terms = {{0, j, ""}};
    cell.symbolic = cell.label + " = " + dE("z" + sub(j) + sup(k)) + " \u00b7 \u2202z/\u2202b (= 1)";
    cell.formula = cell.label + " = " + num(dz(j)) + cite(eq);
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// ∂E/∂α_i¹ = Σ_j w_ij² ∂E/∂z_j² (eqs. 46–47 summed over every output j).
TeachingStage hiddenSumStage(const MlpNetwork& net, const MlpPass& p) {
  TeachingStage stage = makeStage(StageKind::Sum,
                                  QT_TRANSLATE_NOOP("engine", "∂E/∂αᵢ¹ = Σⱼ wᵢⱼ² · ∂E/∂zⱼ²   "
                                                              "(46–47, summed over every output)"),
                                  "w\u00b2", net.w2, dE("z\u00b2"), rowOf(p.dE_dz2), "\u00b7", dE("\u03b1\u00b9"), rowOf(p.dE_da1));
  for (std::size_t i = 0; i < net.w2.n_rows; ++i) {
    TeachingCell cell = makeCell(0, i, dE("\u03b1" + sub(i) + "\u00b9"), p.dE_da1(i));
    window(cell, i, 0, 1, net.w2.n_cols);
    std::string symbolic = cell.label + " =", numbers = "=";
    for (std::size_t j = 0; j < net.w2.n_cols; ++j) {
      const std::string product = fac(net.w2(i, j)) + "\u00d7" + fac(p.dE_dz2(j));
      cell.terms.push_back({i, j, product});
      symbolic += std::string(j ? " + " : " ") + "w" + sub(i) + sub(j) + "\u00b2\u00b7" + dE("z" + sub(j) + "\u00b2");
      numbers += std::string(j ? " + " : " ") + product;
    }
    cell.symbolic = symbolic;
    cell.formula = cell.label + " " + numbers + " = " + num(p.dE_da1(i)) + cite("47");
    cell.lines = {symbolic, numbers, "= " + num(p.dE_da1(i)) + cite("47")};
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

TeachingStage hiddenDerivativeStage(const MlpNetwork& net, const MlpPass& p) {
  TeachingStage stage = makeStage(StageKind::Sum,
                                  dE("z\u2c7c\u00b9") + " = " + dE("\u03b1\u2c7c\u00b9") + " \u00b7 \u2202\u03b1\u2c7c\u00b9/\u2202z\u2c7c\u00b9" +
                                      cite("48, 45"),
                                  dE("\u03b1\u00b9"), rowOf(p.dE_da1), "z\u00b9", rowOf(p.z1), "\u2299", dE("z\u00b9"), rowOf(p.dE_dz1));
  for (std::size_t j = 0; j < p.z1.n_elem; ++j) {
    TeachingCell cell = makeCell(0, j, dE("z" + sub(j) + "\u00b9"), p.dE_dz1(j));
    window(cell, 0, j, 1, 1);
    cell.terms = {{0, j, ""}};
    cell.kernelHighlightRow = 0;
    cell.kernelHighlightCol = long(j);
    double derivative = 0;
    Phrase eq;
    std::string factors;
    const std::string text =
        derivativeText(net.hidden, "z" + sub(j) + "\u00b9", p.z1(j), p.a1(j), &derivative, &eq, &factors);
    cell.symbolic = cell.label + " = " + dE("\u03b1" + sub(j) + "\u00b9") + " \u00b7 " + text;
    const std::string numbers = "= " + fac(p.dE_da1(j)) + "\u00d7" + factors;
    cell.formula = cited(cell.symbolic + " " + numbers + " = " + num(p.dE_dz1(j)), eq);
    cell.lines = {cell.label + " = " + dE("\u03b1" + sub(j) + "\u00b9") + " \u00b7 " + text, numbers,
                  cited("= " + num(p.dE_dz1(j)), eq)};
    stage.cells.push_back(std::move(cell));
  }
  return stage;
}

// w ← w − a·∂E/∂w, one cell per parameter. The notes name the learning rate a (13) and say the
// weights are updated (§0.3.2.1), but never write the rule; §0.3.2.5 (SGD) has none either.
TeachingStage updateStage(const std::string& name, const arma::mat& before, const arma::mat& gradient,
                          const arma::mat& after, double rate, bool vectorIndex) {
  TeachingStage stage = makeStage(StageKind::Sum,
                                  cited(name + " \u2190 " + name + " \u2212 a\u00b7\u2202E/\u2202" + name + ",  a = " + num(rate), kUpdateRule),
                                  name, before, dE(name), gradient, "\u2212 a\u00b7",
                                  Phrase(QT_TRANSLATE_NOOP("engine", "%1 after"), {name}), after);
  const std::string base = name.substr(0, 1), layer = name.substr(1);
  for (std::size_t i = 0; i < before.n_rows; ++i)
    for (std::size_t j = 0; j < before.n_cols; ++j) {
      const std::string index = vectorIndex ? sub(j) : sub(i) + sub(j);
      TeachingCell cell = makeCell(i, j, base + index + layer, after(i, j));
      window(cell, i, j, 1, 1);
      cell.terms = {{i, j, ""}};
      cell.kernelHighlightRow = long(i);
      cell.kernelHighlightCol = long(j);
      cell.symbolic = cell.label + " \u2190 " + cell.label + " \u2212 a\u00b7" + dE(cell.label);
      cell.formula = cell.label + " \u2190 " + num(before(i, j)) + " \u2212 " + num(rate) + "\u00d7" + fac(gradient(i, j)) +
                     " = " + num(after(i, j)) + cite("13");
      stage.cells.push_back(std::move(cell));
    }
  return stage;
}

Phrase describeNetwork(const MlpNetwork& net) {
  const std::string temperature = net.output == "softmax" && net.temperature != 1 ? " (T = " + num(net.temperature) + ")" : "";
  return Phrase(QT_TRANSLATE_NOOP("engine", "%1 inputs → %2 %3 units → %4 %5 outputs%6, loss %7, one sample, learning "
                                            "rate a = %8. wᵢⱼᵏ goes from input i to output j of layer k (notes, (2))."),
                {std::to_string(net.x.n_elem), std::to_string(net.b1.n_elem), net.hidden, std::to_string(net.b2.n_elem), net.output,
                 temperature, net.loss, num(net.learningRate)});
}

}  // namespace

MlpNetwork defaultMlpNetwork() {
  MlpNetwork net;
  net.x = {1.0, 0.5};
  net.w1 = {{0.1, 0.4, -0.2}, {0.3, -0.5, 0.6}};
  net.b1 = {0.1, -0.1, 0.2};
  // Three outputs: with two, MSE and a one-hot target, the full chain rule is exactly twice the notes'
  // diagonal, which would suggest a factor of 2 is the whole story.
  net.w2 = {{0.7, -0.3, 0.1}, {-0.4, 0.5, 0.2}, {0.2, 0.8, -0.6}};
  net.b2 = {0.05, -0.05, 0.0};
  net.target = {1.0, 0.0, 0.0};
  return net;
}

arma::vec defaultSoftmaxLogits() { return {2.0, 1.0, 0.1}; }

std::string mlpLossName(const std::string& loss) {
  if (loss == "mse") return "mean_squared_error";
  if (loss == "bce") return "binary_cross_entropy";
  if (loss == "cross_entropy") return "cross_entropy";
  throw std::invalid_argument("loss: " + inQuotes(loss) + " is not one of mse, bce, cross_entropy");
}

void checkMlpNetwork(const MlpNetwork& net, bool limitUnits) {
  require(net.x.n_elem > 0, "input", "is empty");
  require(allFinite(net.x), "input", "holds a value that is not finite");
  require(net.w1.n_elem > 0, "w1", "is empty");
  require(allFinite(net.w1), "w1", "holds a value that is not finite");
  require(net.w2.n_elem > 0, "w2", "is empty");
  require(allFinite(net.w2), "w2", "holds a value that is not finite");
  require(allFinite(net.b1), "b1", "holds a value that is not finite");
  require(allFinite(net.b2), "b2", "holds a value that is not finite");
  require(allFinite(net.target), "target", "holds a value that is not finite");
  require(net.w1.n_rows == net.x.n_elem, "w1",
          "has " + std::to_string(net.w1.n_rows) + " rows, but the input has " + std::to_string(net.x.n_elem) +
              " values (w\u00b9 is n\u2070 \u00d7 n\u00b9: one row per input i)");
  require(net.w2.n_rows == net.w1.n_cols, "w2",
          "has " + std::to_string(net.w2.n_rows) + " rows, but w1 has " + std::to_string(net.w1.n_cols) +
              " columns (w\u00b2 is n\u00b9 \u00d7 n\u00b2: one row per hidden unit)");
  require(net.b1.n_elem == net.w1.n_cols, "b1",
          "has " + std::to_string(net.b1.n_elem) + " values, but w1 has " + std::to_string(net.w1.n_cols) + " columns");
  require(net.b2.n_elem == net.w2.n_cols, "b2",
          "has " + std::to_string(net.b2.n_elem) + " values, but w2 has " + std::to_string(net.w2.n_cols) + " columns");
  require(net.target.n_elem == net.w2.n_cols, "target",
          "has " + std::to_string(net.target.n_elem) + " values, but the network has " + std::to_string(net.w2.n_cols) +
              " outputs");
  if (limitUnits) {
    const std::size_t most = std::max({net.x.n_elem, net.w1.n_cols, net.w2.n_cols});
    require(most <= kMaxMlpUnits, most == net.x.n_elem ? "input" : most == net.w1.n_cols ? "w1" : "w2",
            std::to_string(most) + " units in a layer; the editable examples take at most " +
                std::to_string(kMaxMlpUnits));
  }
  require(net.hidden == "sigmoid" || net.hidden == "relu" || net.hidden == "tanh", "hidden",
          inQuotes(net.hidden) + " is not one of sigmoid, relu, tanh");
  require(net.output == "softmax" || net.output == "sigmoid", "output",
          inQuotes(net.output) + " is not one of softmax, sigmoid");
  require(std::isfinite(net.temperature) && net.temperature > 0, "temperature",
          "must be > 0 and finite, not " + std::to_string(net.temperature));
  mlpLossName(net.loss);
  require(std::isfinite(net.learningRate), "lr", "must be finite");
}

MlpPass runMlp(const MlpNetwork& net) {
  checkMlpNetwork(net, false);
  const std::size_t n0 = net.x.n_elem, n1 = net.b1.n_elem, n2 = net.b2.n_elem;
  Dense<double> dense1({.inputSize = n0, .outputSize = n1}), dense2({.inputSize = n1, .outputSize = n2});
  // Dense's bound parameters are W (O × I, the transpose of the notes' w) then b.
  arma::vec p1 = arma::join_cols(arma::vectorise(net.w1.t()), net.b1), g1(p1.n_elem, arma::fill::zeros);
  arma::vec p2 = arma::join_cols(arma::vectorise(net.w2.t()), net.b2), g2(p2.n_elem, arma::fill::zeros);
  dense1.bind(p1.memptr(), g1.memptr());
  dense2.bind(p2.memptr(), g2.memptr());
  auto hidden = layerTypeOf(net.hidden).make<double>(Shape{.depth = n1});
  nlohmann::json outputFields = nlohmann::json::object();
  if (net.output == "softmax") outputFields["temperature"] = net.temperature;
  auto output = layerTypeOf(net.output).make<double>(Shape{.depth = n2}, outputFields);
  auto loss = makeLoss<double>(mlpLossName(net.loss));

  const arma::mat x(net.x), target(net.target);
  arma::mat z1(n1, 1), a1(n1, 1), z2(n2, 1), y(n2, 1);
  dense1.forward(x, z1);
  hidden->forward(z1, a1);
  dense2.forward(a1, z2);
  output->forward(z2, y);

  MlpPass p;
  p.z1 = z1;
  p.a1 = a1;
  p.z2 = z2;
  p.output = y;
  p.loss = loss->value(y, target);
  arma::mat dY(n2, 1), dz2(n2, 1), da1(n1, 1), dz1(n1, 1);
  loss->gradient(y, target, dY);
  output->backward(z2, y, dY, &dz2);
  dense2.backward(a1, z2, dz2, &da1);
  hidden->backward(z1, a1, da1, &dz1);
  dense1.backward(x, z1, dz1, nullptr);
  p.dE_dY = dY;
  p.dE_dz2 = dz2;
  p.jacobian = layerJacobian(*output, z2, y);
  p.dE_dz2Diagonal = p.dE_dY % p.jacobian.diag();
  // The notes' hidden layer, fed by their diagonal: ∂E/∂α¹ = w² ∂E/∂z² (diagonal), then σ′, then x.
  arma::mat da1Diagonal = net.w2 * p.dE_dz2Diagonal, dz1Diagonal(n1, 1);
  hidden->backward(z1, a1, da1Diagonal, &dz1Diagonal);
  p.dE_dw1Diagonal = net.x * dz1Diagonal.t();
  p.dE_da1 = da1;
  p.dE_dz1 = dz1;
  p.dE_dw2 = arma::reshape(g2.head(n2 * n1), n2, n1).t();
  p.dE_db2 = g2.tail(n2);
  p.dE_dw1 = arma::reshape(g1.head(n1 * n0), n1, n0).t();
  p.dE_db1 = g1.tail(n1);
  const double a = net.learningRate;
  p.w1After = net.w1 - a * p.dE_dw1;
  p.b1After = net.b1 - a * p.dE_db1;
  p.w2After = net.w2 - a * p.dE_dw2;
  p.b2After = net.b2 - a * p.dE_db2;
  return p;
}

SoftmaxJacobian softmaxJacobian(const arma::vec& z, double temperature) {
  require(z.n_elem > 0, "z", "is empty");
  require(z.is_finite(), "z", "holds a value that is not finite");
  require(z.n_elem <= kMaxMlpUnits, "z", std::to_string(z.n_elem) + " values; at most " + std::to_string(kMaxMlpUnits));
  require(std::isfinite(temperature) && temperature > 0, "temperature",
          "must be > 0 and finite, not " + std::to_string(temperature));
  SoftmaxJacobian result;
  const arma::vec e = arma::exp((z - z.max()) / temperature);
  result.softmax = e / arma::accu(e);
  const arma::vec& S = result.softmax;
  // J_ij = ∂S_i/∂z_j = S_i(δ_ij − S_j)/T: S_i(1 − S_i)/T on the diagonal (eq. 35 with eq. 36's T),
  // −S_iS_j/T off it.
  result.jacobian = (arma::diagmat(S) - S * S.t()) / temperature;
  return result;
}

TeachingExample mlpForwardExample(const MlpNetwork& net) {
  checkMlpNetwork(net);
  const MlpPass p = runMlp(net);
  TeachingExample example{"mlp-forward",
                          QT_TRANSLATE_NOOP("engine", "MLP forward pass: z = Σ x w + b, α = σ(z), Y = S(z)   (14–16)"),
                          describeNetwork(net), {}};
  example.stages.push_back(weightedSumStage(1, "x", "", net.x, net.w1, net.b1, p.z1));
  example.stages.push_back(activationStage(net.hidden, 1, p.z1, p.a1));
  example.stages.push_back(weightedSumStage(2, "\u03b1", "\u00b9", p.a1, net.w2, net.b2, p.z2));
  example.stages.push_back(outputStage(net, p));
  example.stages.push_back(lossStage(net, p));
  return example;
}

TeachingExample mlpBackwardExample(const MlpNetwork& net) {
  checkMlpNetwork(net);
  const MlpPass p = runMlp(net);
  const bool softmax = net.output == "softmax";
  std::string outputs;
  for (std::size_t i = 0; i < p.output.n_elem; ++i) outputs += (i ? ", " : "") + num(p.output(i));
  TeachingExample example{"mlp-backward",
                          QT_TRANSLATE_NOOP("engine", "MLP backward pass: output layer (19–28), hidden layer (46–53), "
                                                      "then w ← w − a·Δw"),
                          Phrase(QT_TRANSLATE_NOOP("engine", "%1 Forward: Y = (%2), E = %3."), {describeNetwork(net), outputs, num(p.loss)}),
                          {}};
  example.stages.push_back(lossGradientStage(net, p));
  example.stages.push_back(diagonalStage(net, p));
  if (softmax) example.stages.push_back(fullJacobianStage(p, net.temperature));
  // Why ∂E/∂z_j² has its value, in the notes' factors (eq. 27).
  auto outputWhy = [&](std::size_t j) {
    std::vector<Phrase> lines;
    const std::string S = num(p.output(j)), f = softmax ? "S" : "\u03c3";
    const std::string factors = lossFactorName(net, j) + " \u00b7 " + f + "(z" + sub(j) + ")(1 \u2212 " + f + "(z" + sub(j) + "))";
    lines.push_back(softmax ? Phrase(QT_TRANSLATE_NOOP("engine", "%1 (notes' diagonal) = %2"), {dE("z" + sub(j) + "\u00b2"), factors})
                            : Phrase(dE("z" + sub(j) + "\u00b2") + " = " + factors));
    lines.push_back("    = " + fac(p.dE_dY(j)) + "\u00d7" + S + "\u00d7(1 \u2212 " + S + ")" +
                    (softmax && net.temperature != 1 ? "/" + num(net.temperature) : "") + " = " + num(p.dE_dz2Diagonal(j)));
    if (softmax)
      lines.push_back(Phrase("    %1", {Phrase(QT_TRANSLATE_NOOP("engine", "+ off-diagonal %1 terms %2 = %3 (full Jacobian)"),
                                               {"\u2212S\u1d62S" + sub(j) + (net.temperature != 1 ? "/" + num(net.temperature) : ""),
                                                fac(p.dE_dz2(j) - p.dE_dz2Diagonal(j)), num(p.dE_dz2(j))})}));
    return lines;
  };
  example.stages.push_back(weightGradientStage(2, "\u03b1", "\u00b9", p.a1, p.dE_dz2, p.dE_dw2, "27", outputWhy));
  example.stages.push_back(biasGradientStage(2, p.dE_dz2, "28"));
  example.stages.push_back(hiddenSumStage(net, p));
  example.stages.push_back(hiddenDerivativeStage(net, p));
  auto hiddenWhy = [&](std::size_t j) {
    double derivative = 0;
    Phrase eq;
    std::string factors;
    const std::string text =
        derivativeText(net.hidden, "z" + sub(j) + "\u00b9", p.z1(j), p.a1(j), &derivative, &eq, &factors);
    return std::vector<Phrase>{dE("z" + sub(j) + "\u00b9") + " = (\u03a3\u1d62 w" + sub(j) + "\u1d62\u00b2\u00b7" +
                                   dE("z\u1d62\u00b2") + ") \u00b7 " + text,
                               "    = " + fac(p.dE_da1(j)) + "\u00d7" + factors + " = " + num(p.dE_dz1(j))};
  };
  example.stages.push_back(weightGradientStage(1, "x", "", net.x, p.dE_dz1, p.dE_dw1, "49", hiddenWhy,
                                               net.output == "softmax" ? &p.dE_dw1Diagonal : nullptr));
  example.stages.push_back(biasGradientStage(1, p.dE_dz1, "53"));
  example.stages.push_back(updateStage("w\u00b2", net.w2, p.dE_dw2, p.w2After, net.learningRate, false));
  example.stages.push_back(updateStage("b\u00b2", rowOf(net.b2), rowOf(p.dE_db2), rowOf(p.b2After), net.learningRate, true));
  example.stages.push_back(updateStage("w\u00b9", net.w1, p.dE_dw1, p.w1After, net.learningRate, false));
  example.stages.push_back(updateStage("b\u00b9", rowOf(net.b1), rowOf(p.dE_db1), rowOf(p.b1After), net.learningRate, true));
  return example;
}

TeachingExample softmaxJacobianExample(const arma::vec& z, double temperature) {
  const SoftmaxJacobian sj = softmaxJacobian(z, temperature);
  const std::size_t n = z.n_elem;
  const std::string T = num(temperature);
  TeachingExample example{"softmax-jacobian",
                          QT_TRANSLATE_NOOP("engine", "The softmax Jacobian Jᵢⱼ = ∂Sᵢ/∂zⱼ   (§0.3.2.3, 35, 36)"),
                          Phrase(QT_TRANSLATE_NOOP("engine", "S = softmax(z/T) with T = %1. Diagonal Sᵢ(1 − Sᵢ)/T (eq. 35 "
                                                             "with eq. 36's T), off-diagonal −SᵢSⱼ/T; each row sums to 0."),
                                 {T}),
                          {}};
  TeachingStage stage = makeStage(StageKind::Sum, "J\u1d62\u2c7c = S\u1d62(\u03b4\u1d62\u2c7c \u2212 S\u2c7c)/T", "S", rowOf(sj.softmax),
                                  "", {}, "\u2192", "J", sj.jacobian);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      TeachingCell cell = makeCell(i, j, "J" + sub(i) + sub(j), sj.jacobian(i, j));
      window(cell, 0, std::min(i, j), 1, i == j ? 1 : std::max(i, j) - std::min(i, j) + 1);
      cell.terms = {{0, i, ""}, {0, j, ""}};
      const std::string Si = num(sj.softmax(i)), Sj = num(sj.softmax(j));
      if (i == j) {
        cell.symbolic = cell.label + " = S" + sub(i) + "(1 \u2212 S" + sub(i) + ")/T";
        cell.formula = cell.label + " = " + Si + "\u00d7(1 \u2212 " + Si + ")/" + T + " = " + num(cell.value) + cite("35, 36");
      } else {
        cell.symbolic = cell.label + " = \u2212S" + sub(i) + "S" + sub(j) + "/T";
        cell.formula = cell.label + " = \u2212" + Si + "\u00d7" + Sj + "/" + T + " = " + num(cell.value) + cite("\u00a70.3.2.3");
      }
      stage.cells.push_back(std::move(cell));
    }
  example.stages.push_back(std::move(stage));
  return example;
}

TeachingExample mlpFromNetworkExample(const nlohmann::json& spec, const arma::fvec& parameters, const arma::mat& image,
                                      std::size_t label, std::size_t outputUnit) {
  Network<float> network = buildNetwork<float>(spec);
  if (parameters.n_elem != network.parameterCount())
    throw std::invalid_argument("the model has " + std::to_string(parameters.n_elem) + " parameters, its network " +
                                std::to_string(network.parameterCount()));
  network.parameters() = parameters;
  // The form Dense → activation → Dense → output activation, by role (the registry), not by name.
  std::vector<std::size_t> dense, activations;
  for (std::size_t l = 0; l < network.layerCount(); ++l) {
    const LayerRole role = layerTypeOf(network.layer(l).type()).role;
    if (role == LayerRole::Dense) dense.push_back(l);
    else if (role == LayerRole::Activation) activations.push_back(l);
    else if (role != LayerRole::Reshape)
      throw std::invalid_argument(QT_TRANSLATE_NOOP("engine", "mlp-from-network needs a network of dense layers (the mlp preset)"));
  }
  if (dense.size() != 2 || activations.size() != 2)
    throw std::invalid_argument(
        QT_TRANSLATE_NOOP("engine", "mlp-from-network needs Dense → activation → Dense → softmax/sigmoid (the mlp preset)"));
  const auto* d1 = static_cast<const Dense<float>*>(&network.layer(dense[0]));
  const auto* d2 = static_cast<const Dense<float>*>(&network.layer(dense[1]));
  MlpNetwork net;
  net.x = arma::vectorise(image);  // column-major (h + H·w): the engine's layout of one sample
  if (net.x.n_elem != d1->inputShape().size())
    throw std::invalid_argument("the image has " + std::to_string(net.x.n_elem) + " pixels, the network " +
                                std::to_string(d1->inputShape().size()) + " inputs");
  net.w1 = arma::conv_to<arma::mat>::from(d1->weights()).t();
  net.b1 = arma::conv_to<arma::vec>::from(d1->bias());
  net.w2 = arma::conv_to<arma::mat>::from(d2->weights()).t();
  net.b2 = arma::conv_to<arma::vec>::from(d2->bias());
  net.hidden = network.layer(activations[0]).type();
  net.output = network.layer(activations[1]).type();
  const nlohmann::json outSpec = network.layer(activations[1]).spec();
  net.temperature = outSpec.contains("temperature") ? outSpec["temperature"].get<double>() : 1.0;
  net.loss = spec.value("loss", std::string("mean_squared_error")) == "cross_entropy"        ? "cross_entropy"
             : spec.value("loss", std::string("mean_squared_error")) == "binary_cross_entropy" ? "bce"
                                                                                                  : "mse";
  const std::size_t n2 = net.b2.n_elem;
  if (outputUnit >= n2)
    throw std::invalid_argument("output unit " + std::to_string(outputUnit) + " does not exist (the network has " +
                                std::to_string(n2) + ")");
  net.target.zeros(n2);
  if (label < n2) net.target(label) = 1;
  net.learningRate = 0.5;
  const MlpPass p = runMlp(net);

  // The hidden unit that contributes most to z_u² (|α_j w_ju|), and sums shown by their largest terms.
  const std::size_t u = outputUnit;
  const arma::vec toU = p.a1 % net.w2.col(u);
  const std::size_t j = arma::index_max(arma::abs(toU));
  auto largest = [](const arma::vec& terms, std::size_t keep) {
    arma::uvec order = arma::sort_index(arma::abs(terms), "descend");
    return arma::uvec(order.head(std::min<std::size_t>(keep, order.n_elem)));
  };
  // "x₁w₁₂¹ = …" per term: inName + i, then wName + i + wTail (wTail: "₂¹", the column and the layer).
  auto sumText = [&](const arma::vec& in, const arma::vec& w, const std::string& inName, const std::string& wName,
                     const std::string& wTail, double bias, double total, const std::string& eq) {
    const arma::vec terms = in % w;
    const arma::uvec top = largest(terms, 4);
    std::vector<Phrase> lines;
    double shown = 0;
    for (arma::uword t : top) {
      lines.push_back(std::string(lines.empty() ? "  " : "+ ") + inName + sub(t) + wName + sub(t) + wTail + " = " + fac(in(t)) + "\u00d7" +
                      fac(w(t)) + " = " + num(terms(t)));
      shown += terms(t);
    }
    const std::size_t rest = terms.n_elem - top.n_elem;
    lines.push_back(Phrase(QT_TRANSLATE_NOOP("engine", "… + %1 more terms = %2"),
                           {std::to_string(rest), num(arma::accu(terms) - shown)}));
    lines.push_back(Phrase(QT_TRANSLATE_NOOP("engine", "+ bias %1 = %2   (%3)"), {num(bias), num(total), eq}));
    return lines;
  };
  // The lines one after the other, a space between, each keeping its words translatable.
  auto join = [](const std::vector<Phrase>& lines) {
    std::vector<Phrase> parts;
    for (const Phrase& l : lines) {
      if (!parts.empty()) parts.push_back(" ");
      parts.push_back(l);
    }
    return Phrase::joined(parts);
  };

  TeachingExample example{"mlp-from-network",
                          Phrase(QT_TRANSLATE_NOOP("engine", "From the network: output %1 (class %2) through hidden unit %3 of the MLP"),
                                 {"Y" + sub(u), std::to_string(u), std::to_string(j + 1)}),
                          Phrase(QT_TRANSLATE_NOOP("engine", "A test image (label %1) through %2 → %3 → %4. Sums of hundreds of "
                                                             "terms show their 4 largest and the rest in one number. Y = %5 for unit %6."),
                                 {std::to_string(label), std::to_string(net.x.n_elem), std::to_string(net.b1.n_elem),
                                  std::to_string(n2), num(p.output(u)), std::to_string(u)}),
                          {}};
  const std::string J = sub(j), U = sub(u);
  // Two indices of several digits each read as one number (w₃₈₇₂₉): a comma between them, w₃₈₇,₂₉.
  const std::string cJ = "," + J, cU = "," + U;
  // A vector of n values drawn as a near-square grid (column-major, as the image), zeros past n.
  auto grid = [](const arma::vec& v) {
    const std::size_t rows = std::size_t(std::ceil(std::sqrt(double(v.n_elem))));
    arma::vec padded(rows * ((v.n_elem + rows - 1) / rows), arma::fill::zeros);
    padded.head(v.n_elem) = v;
    return arma::mat(arma::reshape(padded, rows, padded.n_elem / rows));
  };
  // One stage of one written number: the sum's largest terms marked on the left operand.
  auto stage = [&](const Phrase& title, const Phrase& leftName, const arma::mat& left, const std::string& name,
                   double value, std::vector<Phrase> lines, const arma::vec& terms, const arma::vec& in,
                   const arma::vec& w) {
    TeachingStage s = makeStage(StageKind::Sum, title, leftName, left, "", {}, "\u2192", name,
                                arma::mat(1, 1, arma::fill::value(value)));
    TeachingCell cell = makeCell(0, 0, name, value);
    if (!terms.is_empty())
      for (arma::uword t : largest(terms, 4))
        cell.terms.push_back({t % left.n_rows, t / left.n_rows, fac(in(t)) + "\u00d7" + fac(w(t))});
    cell.symbolic = lines.front();
    cell.lines = std::move(lines);
    cell.formula = join(cell.lines);
    s.cells.push_back(std::move(cell));
    return s;
  };
  const arma::vec w1j = net.w1.col(j), w2u = net.w2.col(u), w2j = net.w2.row(j).t();
  // "z₃¹ = Σᵢ xᵢwᵢ₃¹ + b₃¹, largest terms first:"
  auto largestFirst = [](const std::string& sum) {
    return Phrase(QT_TRANSLATE_NOOP("engine", "%1, largest terms first:"), {sum});
  };
  const char* const theImage = QT_TRANSLATE_NOOP("engine", "x (the image)");
  std::vector<Phrase> lines = sumText(net.x, w1j, "x", "w", cJ + "\u00b9", net.b1(j), p.z1(j), "14");
  lines.insert(lines.begin(), largestFirst("z" + J + "\u00b9 = \u03a3\u1d62 x\u1d62w\u1d62" + J + "\u00b9 + b" + J + "\u00b9"));
  example.stages.push_back(stage("z" + J + "\u00b9 = \u03a3\u1d62 x\u1d62 w\u1d62" + J + "\u00b9 + b" + J + "\u00b9" + cite("14"),
                                 theImage, image, "z" + J + "\u00b9", p.z1(j), lines, net.x % w1j, net.x, w1j));
  Phrase eq;
  const std::string act = activationText(net.hidden, "z" + J + "\u00b9", p.z1(j), p.a1(j), &eq);
  example.stages.push_back(stage("\u03b1" + J + "\u00b9" + cite("15"), "z\u00b9", grid(p.z1), "\u03b1" + J + "\u00b9", p.a1(j),
                                 {cited("\u03b1" + J + "\u00b9 = " + act, eq)}, {}, {}, {}));
  lines = sumText(p.a1, w2u, "\u03b1", "w", cU + "\u00b2", net.b2(u), p.z2(u), "14");
  lines.insert(lines.begin(), largestFirst("z" + U + "\u00b2 = \u03a3\u1d62 \u03b1\u1d62\u00b9w\u1d62" + U + "\u00b2 + b" + U + "\u00b2"));
  example.stages.push_back(stage("z" + U + "\u00b2" + cite("14"), "\u03b1\u00b9", grid(p.a1), "z" + U + "\u00b2", p.z2(u), lines,
                                 p.a1 % w2u, p.a1, w2u));
  example.stages.push_back(stage("Y" + U + cite(net.output == "softmax" ? "16" : "15"), "z\u00b2", grid(p.z2), "Y" + U, p.output(u),
                                 {"Y" + U + " = " + (net.output == "softmax" ? "e^(z" + U + "\u00b2) / \u03a3\u2c7c e^(z\u2c7c\u00b2)" : "\u03c3(z" + U + "\u00b2)"),
                                  "= " + num(p.output(u)) + cite(net.output == "softmax" ? "16" : "15")}, {}, {}, {}));
  example.stages.push_back(stage(dE("z" + U + "\u00b2") + cite("24, 27"), dE("Y"), grid(p.dE_dY), dE("z" + U + "\u00b2"), p.dE_dz2(u),
                                 {Phrase(QT_TRANSLATE_NOOP("engine", "%1 (notes, diagonal) = %2   (24)"),
                                         {dE("z" + U + "\u00b2"), fac(p.dE_dY(u)) + "\u00d7" + num(p.output(u)) + "\u00d7(1 \u2212 " +
                                                                      num(p.output(u)) + ") = " + num(p.dE_dz2Diagonal(u))}),
                                  Phrase(QT_TRANSLATE_NOOP("engine", "full Jacobian (cnnlab): %1, off-diagonal terms %2"),
                                         {num(p.dE_dz2(u)), num(p.dE_dz2(u) - p.dE_dz2Diagonal(u))})},
                                 {}, {}, {}));
  example.stages.push_back(stage(dE("w" + J + cU + "\u00b2") + cite("27"), "\u03b1\u00b9", grid(p.a1), dE("w" + J + cU + "\u00b2"),
                                 p.dE_dw2(j, u),
                                 {dE("w" + J + cU + "\u00b2") + " = \u03b1" + J + "\u00b9 \u00b7 " + dE("z" + U + "\u00b2"),
                                  "= " + fac(p.a1(j)) + "\u00d7" + fac(p.dE_dz2(u)) + " = " + num(p.dE_dw2(j, u)) + cite("27")}, {}, {}, {}));
  lines = sumText(p.dE_dz2, w2j, dE("z"), "\u00b2\u00b7w" + J + ",", "\u00b2", 0, p.dE_da1(j), "47");
  lines.pop_back();
  lines.push_back("= " + num(p.dE_da1(j)) + cite("47"));
  lines.insert(lines.begin(), dE("\u03b1" + J + "\u00b9") + " = \u03a3\u1d62 w" + J + "\u1d62\u00b2 \u00b7 " + dE("z\u1d62\u00b2") + ":");
  example.stages.push_back(stage(dE("\u03b1" + J + "\u00b9") + cite("46\u201347"), dE("z\u00b2"), grid(p.dE_dz2),
                                 dE("\u03b1" + J + "\u00b9"), p.dE_da1(j), lines, p.dE_dz2 % w2j, p.dE_dz2, w2j));
  double derivative = 0;
  std::string factors;
  const std::string dtext = derivativeText(net.hidden, "z" + J + "\u00b9", p.z1(j), p.a1(j), &derivative, &eq, &factors);
  example.stages.push_back(stage(dE("z" + J + "\u00b9") + cite("48"), dE("\u03b1\u00b9"), grid(p.dE_da1), dE("z" + J + "\u00b9"),
                                 p.dE_dz1(j),
                                 {dE("z" + J + "\u00b9") + " = " + dE("\u03b1" + J + "\u00b9") + " \u00b7 " + dtext,
                                  cited("= " + fac(p.dE_da1(j)) + "\u00d7" + factors + " = " + num(p.dE_dz1(j)), eq)}, {}, {}, {}));
  const std::size_t i = arma::index_max(net.x);  // the brightest pixel
  const std::string I = sub(i);
  example.stages.push_back(stage(dE("w" + I + cJ + "\u00b9") + cite("49"), theImage, image, dE("w" + I + cJ + "\u00b9"),
                                 p.dE_dw1(i, j),
                                 {Phrase(QT_TRANSLATE_NOOP("engine", "%1  (pixel %2, %3)"),
                                         {dE("w" + I + cJ + "\u00b9") + " = x" + I + " \u00b7 " + dE("z" + J + "\u00b9"),
                                          std::to_string(i % image.n_rows), std::to_string(i / image.n_rows)}),
                                  "= " + fac(net.x(i)) + "\u00d7" + fac(p.dE_dz1(j)) + " = " + num(p.dE_dw1(i, j)) + cite("49")},
                                 {}, {}, {}));
  example.stages.back().cells.back().windowHeight = example.stages.back().cells.back().windowWidth = 1;
  example.stages.back().cells.back().windowRow = long(i % image.n_rows);
  example.stages.back().cells.back().windowCol = long(i / image.n_rows);
  example.stages.push_back(stage(cited("w" + J + cU + "\u00b2 \u2190 w \u2212 a\u00b7\u0394w", kUpdateRule), "\u03b1\u00b9",
                                 grid(p.a1), "w" + J + cU + "\u00b2", p.w2After(j, u),
                                 {"w" + J + cU + "\u00b2 \u2190 " + num(net.w2(j, u)) + " \u2212 " + num(net.learningRate) + "\u00d7" +
                                      fac(p.dE_dw2(j, u)) + " = " + num(p.w2After(j, u)) + cite("13")}, {}, {}, {}));
  return example;
}

bool citesEquation(const std::string& formula) {
  for (std::size_t pos = formula.find('('); pos != std::string::npos; pos = formula.find('(', pos + 1)) {
    const std::string rest = formula.substr(pos + 1);
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0])) && rest.find(')') != std::string::npos) {
      std::size_t k = 0;
      while (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
      if (k < rest.size() && (rest[k] == ')' || rest[k] == ',' || rest.compare(k, 3, "\u2013") == 0)) return true;
    }
    if (rest.rfind("\u00a7", 0) == 0) return true;
    if (rest.find("not in the notes") != std::string::npos) return true;
    if (rest.rfind("first notes", 0) == 0 || rest.rfind("cross-entropy", 0) == 0 || rest.rfind("ReLU", 0) == 0 ||
        rest.rfind("R\u2032", 0) == 0)
      return true;
  }
  return false;
}

}  // namespace cnnlab
