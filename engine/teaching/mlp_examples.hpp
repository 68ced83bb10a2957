// The second notes' worked examples: an MLP's forward pass (eqs. 14–16), backward pass (eqs. 19–28
// for the output layer, 46–53 for the hidden layer), the SGD step, and the softmax Jacobian
// (§0.3.2.3), in the notes' notation. Every number comes from the engine's own layers and losses.
#pragma once

#include <armadillo>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

// n⁰ = inputs, n¹ = hidden units, n² = outputs. The notes' layout: w^k is n^{k−1} × n^k, row i =
// input i, column j = output j (w_ij^k from input i to output j). Vectors are columns.
struct MlpNetwork {
  arma::vec x;       // n⁰
  arma::mat w1;      // n⁰ × n¹
  arma::vec b1;      // n¹
  arma::mat w2;      // n¹ × n²
  arma::vec b2;      // n²
  arma::vec target;  // n², the labels y_i
  std::string hidden = "sigmoid";  // sigmoid | relu | tanh (a layer type of the registry)
  std::string output = "softmax";  // softmax | sigmoid
  double temperature = 1;          // softmax only (eq. 36)
  std::string loss = "mse";        // mse | bce | cross_entropy
  double learningRate = 0.5;       // the notes' a
};

// The fixed example: 2 inputs → 3 sigmoid units → 2 softmax outputs, MSE (eq. 18), a = 0.5.
MlpNetwork defaultMlpNetwork();

// The most units a layer of the editable examples may have.
constexpr std::size_t kMaxMlpUnits = 64;

// Throws std::invalid_argument whose what() starts with the offending field and a colon
// ("w2: has 4 rows, but w1 has 3 columns …", "temperature: must be > 0 and finite, not nan"):
// empty or non-finite values, shapes that do not chain, a target of the wrong length, an unknown
// activation/output/loss, a temperature ≤ 0 or not finite, more than kMaxMlpUnits units (when
// limitUnits), a learning rate that is not finite.
void checkMlpNetwork(const MlpNetwork& net, bool limitUnits = true);

// Every number of one forward and backward pass and one SGD step, from Dense, the registry's
// activations, Softmax and the loss. Gradients use the notes' layout (same as the weights).
struct MlpPass {
  arma::vec z1, a1, z2, output;  // n¹, n¹, n², n² (output = Y)
  double loss = 0;
  arma::vec dE_dY;               // n², the loss's gradient (eq. 23 for MSE)
  arma::vec dE_dz2;              // n², through the output's full Jacobian (the engine)
  arma::vec dE_dz2Diagonal;      // n², the notes' eqs. 24/27/28: the Jacobian's diagonal only
  arma::mat jacobian;            // n² × n², J_ij = ∂Y_i/∂z_j of the output activation
  arma::vec dE_da1, dE_dz1;      // n¹
  arma::mat dE_dw1, dE_dw2;      // n⁰ × n¹, n¹ × n²
  arma::mat dE_dw1Diagonal;      // n⁰ × n¹: eq. 49 fed by the notes' diagonal ∂E/∂z² (dE_dz2Diagonal)
  arma::vec dE_db1, dE_db2;      // n¹, n²
  arma::mat w1After, w2After;    // after w ← w − a·∂E/∂w
  arma::vec b1After, b2After;
};

// Runs the pass; checkMlpNetwork(net, false) first (throws as it does).
MlpPass runMlp(const MlpNetwork& net);

// The engine's loss name for the example's short one: mse → mean_squared_error, bce →
// binary_cross_entropy, cross_entropy. Throws std::invalid_argument for any other.
std::string mlpLossName(const std::string& loss);

// The softmax-jacobian example's default z: (2, 1, 0.1).
arma::vec defaultSoftmaxLogits();

// S = softmax(z/T) and its Jacobian J_ij = ∂S_i/∂z_j = S_i(δ_ij − S_j)/T (n × n). Throws
// std::invalid_argument ("z: …", "temperature: …") for an empty or non-finite z, more than
// kMaxMlpUnits values, or T ≤ 0 / not finite.
struct SoftmaxJacobian {
  arma::vec softmax;
  arma::mat jacobian;
};
SoftmaxJacobian softmaxJacobian(const arma::vec& z, double temperature = 1);

// The stepper examples. Each step is one written number; each formula ends with the notes'
// equation number, e.g. "(27)". Throw as checkMlpNetwork.
TeachingExample mlpForwardExample(const MlpNetwork& net);
TeachingExample mlpBackwardExample(const MlpNetwork& net);
// softmax-jacobian: each J_ij written out for z and T (throws as softmaxJacobian).
TeachingExample softmaxJacobianExample(const arma::vec& z, double temperature = 1);

// The same stages on a trained network of the form Dense → activation → Dense → Softmax/Sigmoid
// (the mlp preset), for one image (H × W, values in [0, 1]) with its label, and one output unit.
// Long sums show their largest terms and "… + N more terms". parameters: the flat vector.
// Throws std::invalid_argument when the network is not of that form or the unit does not exist.
TeachingExample mlpFromNetworkExample(const nlohmann::json& spec, const arma::fvec& parameters,
                                      const arma::mat& image, std::size_t label, std::size_t outputUnit);

// The notes' numbered equations in a formula: "(27)" → used by tests to check that every step cites one.
bool citesEquation(const std::string& formula);

}  // namespace cnnlab
