// The notes' slips (see notes_errata.hpp), checked one by one in test_notes_errata.cpp.
#include "engine/teaching/notes_errata.hpp"
#include "engine/translatable.hpp"

#include <string>
#include <vector>

namespace cnnlab {

const std::vector<NotesErratum>& notesErrata() {
  static const std::vector<NotesErratum> errata = {
      {"bce-symbols", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(4) Binary Cross Entropy: the formula for E and the names of y and ŷ"),
       QT_TRANSLATE_NOOP("engine", "E = −(1/n) Σ ŷᵢ log(ŷᵢ) + (1 − ŷᵢ) log(1 − ŷᵢ), one symbol for both label and prediction; y is called "
                                   "\"Predicted\" and ŷ \"Actual\", the reverse of the code below it (binary_crossentropy(y_true, y_pred))."),
       QT_TRANSLATE_NOOP("engine", "E = −(1/n) Σ yᵢ log(ŷᵢ) + (1 − yᵢ) log(1 − ŷᵢ) with y the label and ŷ the prediction; "
                                   "∂E/∂ŷᵢ = ((1 − yᵢ)/(1 − ŷᵢ) − yᵢ/ŷᵢ)/n, as the code computes."),
       QT_TRANSLATE_NOOP("engine", "BinaryCrossEntropy takes the label y and the prediction p and computes exactly that (p kept inside "
                                   "[ε, 1 − ε] so log never sees 0).")},
      {"conv-forward-index", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) Convolution Layer, the forward code"),
       QT_TRANSLATE_NOOP("engine", "self.output[i] += signal.correlate2d(self.input[i], self.kernels[i, j], \"valid\") inside a loop over j."),
       QT_TRANSLATE_NOOP("engine", "self.input[j]: output i adds x_j ★ K_ij over every input channel j (yᵢ = Bᵢ + Σⱼ xⱼ ★ Kᵢⱼ, as the notes' "
                                   "own formula says)."),
       QT_TRANSLATE_NOOP("engine", "Convolutional correlates channel j with K_ij and sums over j; the conv-layer-forward example writes "
                                   "each sum out.")},
      {"input-gradient-terms", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, the list of ∂E/∂x₁₁ … ∂E/∂x₃₃ for a 3×3 input and 2×2 kernel"),
       QT_TRANSLATE_NOOP("engine", "∂E/∂x₁₁ is first given four terms, ∂E/∂y₁₁k₁₁ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₂₁ + ∂E/∂y₂₂k₂₂, then \"or\" one; "
                                   "∂E/∂x₂₁ appears twice, the first time as ∂E/∂y₁₂·k₁₂; ∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₁₂ + ∂E/∂y₂₁k₁₁ + "
                                   "∂E/∂y₂₂k₂₁; ∂E/∂x₃₁ = ∂E/∂y₁₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₁₂k₂₂ + ∂E/∂y₂₂k₂₁."),
       QT_TRANSLATE_NOOP("engine", "∂E/∂x₁₁ = ∂E/∂y₁₁·k₁₁ only: x₁₁ lies in one window. The first ∂E/∂x₂₁ is ∂E/∂x₁₃ = ∂E/∂y₁₂·k₁₂; "
                                   "∂E/∂x₂₂ = ∂E/∂y₁₁k₂₂ + ∂E/∂y₁₂k₂₁ + ∂E/∂y₂₁k₁₂ + ∂E/∂y₂₂k₁₁; "
                                   "∂E/∂x₃₁ = ∂E/∂y₂₁k₂₁; ∂E/∂x₃₂ = ∂E/∂y₂₁k₂₂ + ∂E/∂y₂₂k₂₁. The summary after the list, "
                                   "∂E/∂x = ∂E/∂y ★full rot180(k), is right (the boxed formula further on is the input-gradient-sum entry)."),
       QT_TRANSLATE_NOOP("engine", "The conv-layer-backward example writes every ∂E/∂x from the full correlation with rot180(K), so each "
                                   "∂E/∂y is paired with the right k.")},
      {"bias-gradient-index", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, (ii) Bias gradient"),
       QT_TRANSLATE_NOOP("engine", "∂E/∂b_i = ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + ∂E/∂y_{i2}·∂y_{i2}/∂b_{i1} + ∂E/∂y_{i1}·∂y_{i1}/∂b_{i1} + "
                                   "∂E/∂y_{i2}·∂y_{i2}/∂b_{i1}, then ∂E/∂b_i = ∂E/∂y_{i1}."),
       QT_TRANSLATE_NOOP("engine", "B_i is a matrix the shape of Y_i, and each of its cells b_{i,rc} is added to y_{i,rc} alone: "
                                   "∂E/∂b_{i,rc} = ∂E/∂y_{i,rc}, so ∂E/∂B_i = ∂E/∂Y_i, cell for cell (the summary the notes reach)."),
       QT_TRANSLATE_NOOP("engine", "Convolutional's bias gradient is the output gradient, cell for cell (the gradient check holds it), "
                                   "and the conv-layer-backward example says ∂E/∂B = ∂E/∂Y.")},
      {"output-rows-in-input-gradient", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, the figure of ∂E/∂x₃₁ … ∂E/∂x₃₃"),
       QT_TRANSLATE_NOOP("engine", "The last row of ∂E/∂X is drawn beside ∂E/∂y₃₁ and ∂E/∂y₃₂."),
       QT_TRANSLATE_NOOP("engine", "A 3×3 input and a 2×2 kernel give a 2×2 output: there is no y₃₁ or y₃₂. The input's last row is reached "
                                   "from the output's last row: ∂E/∂x₃ⱼ uses ∂E/∂y₂₁ and ∂E/∂y₂₂ with the kernel's second row k₂₁, k₂₂."),
       QT_TRANSLATE_NOOP("engine", "The conv-layer-backward example draws the 2×2 ∂E/∂Y, zero-padded for the full correlation, and "
                                   "writes ∂E/∂x₃₁ = ∂E/∂y₂₁·k₂₁.")},
      {"input-depth-unset", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) the Convolution class, __init__ and forward"),
       QT_TRANSLATE_NOOP("engine", "input_depth, input_height, input_width = input_shape as locals, a bare self.depth, and then "
                                   "for j in range(self.input_depth) in forward and backward."),
       QT_TRANSLATE_NOOP("engine", "self.input_depth = input_depth must be kept (self.depth = kernel_number too): as written, forward "
                                   "raises AttributeError before adding any channel."),
       QT_TRANSLATE_NOOP("engine", "Convolutional keeps its input depth from the network's shapes and adds every channel's correlation "
                                   "(the conv-forward-index entry).")},
      {"sigmoid-prime-argument", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) the Sigmoid class"),
       QT_TRANSLATE_NOOP("engine", "def sigmoid_prime(self): s = sigmoid(x); return s * (1 − s)"),
       QT_TRANSLATE_NOOP("engine", "sigmoid_prime takes x, as sigmoid does: def sigmoid_prime(x). As written it is called with the "
                                   "activation's input bound to self and x undefined, so the backward pass raises NameError. "
                                   "σ′(x) = σ(x)(1 − σ(x))."),
       QT_TRANSLATE_NOOP("engine", "Sigmoid's backward multiplies ∂E/∂y by y(1 − y), with y = σ(x) kept from the forward pass.")},
      {"full-correlation-sign", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(1) Full cross-correlation, the result matrix"),
       QT_TRANSLATE_NOOP("engine", "b = −1×1 + 0×6 = −1 is computed, then the result's first row is printed 0 1 −6 −2."),
       QT_TRANSLATE_NOOP("engine", "0 −1 −6 −2 (b = −1)."), QT_TRANSLATE_NOOP("engine", "notebook-full computes b = −1.")},
      {"convolution-kernel", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(1) Convolution Operation, the example"),
       QT_TRANSLATE_NOOP("engine", "[1 6 2; 5 3 1; 7 0 4] * [0 −1; 2 1] = [7 5; 11 3]: the kernel is shown already rotated."),
       QT_TRANSLATE_NOOP("engine", "I * K with K = [1 2; −1 0] gives [7 5; 11 3]; that equals I ★ rot180(K) = I ★ [0 −1; 2 1]."),
       QT_TRANSLATE_NOOP("engine", "notebook-convolve shows K = [1 2; −1 0], animates rot180 and gets 7 5 11 3.")},
      {"correlation-operator", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(1) Valid and Full cross-correlation; (2) the depth-n layer formulas"),
       QT_TRANSLATE_NOOP("engine", "Cross-correlations written with * (the convolution operator): I * K = [8 7; 4 5], I full-* K, and "
                                   "yᵢ = bᵢ + x₁ * kᵢ₁ + … after the depth-3 version used ★."),
       QT_TRANSLATE_NOOP("engine", "★: [8 7; 4 5] is I ★ K; the convolution I * K would be [7 5; 11 3]. The layer correlates."),
       QT_TRANSLATE_NOOP("engine", "The stepper writes ★ for correlation and * only for convolution; the conv layer correlates.")},
      {"kernel-gradient-operator", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, the general ∂E/∂Kᵢⱼ"),
       QT_TRANSLATE_NOOP("engine", "∂E/∂Kᵢⱼ = Xⱼ * ∂E/∂yᵢ (convolution)."),
       QT_TRANSLATE_NOOP("engine", "∂E/∂Kᵢⱼ = Xⱼ ★ ∂E/∂Yᵢ, the cross-correlation the notes derive one page earlier (∂E/∂K = X ★ ∂E/∂Y)."),
       QT_TRANSLATE_NOOP("engine", "Convolutional's backward and the conv-layer-backward example correlate X with ∂E/∂Y.")},
      {"input-gradient-operator", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, \"Also we can say\" after the ∂E/∂X matrix"),
       QT_TRANSLATE_NOOP("engine", "∂E/∂x = ∂E/∂y ★full K."),
       QT_TRANSLATE_NOOP("engine", "∂E/∂X = ∂E/∂Y full-* K, a full convolution (= ∂E/∂Y full-★ rot180(K)); a full correlation with K "
                                   "itself gives other numbers."),
       QT_TRANSLATE_NOOP("engine", "conv-layer-backward uses ∂E/∂Y full-★ rot180(K).")},
      {"input-gradient-sum", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) backward, the boxed ∂E/∂xⱼ"),
       QT_TRANSLATE_NOOP("engine", "∂E/∂xⱼ = Σ_{i=1}^{n} ∂E/∂yᵢ ★full Kᵢⱼ, j = 1 … n."),
       QT_TRANSLATE_NOOP("engine", "i runs over the d kernels (outputs), j over the n input channels: Σ_{i=1}^{d}; and the operation is "
                                   "full-* (full convolution), as in the code (signal.convolve2d(…, \"full\"))."),
       QT_TRANSLATE_NOOP("engine", "Convolutional's backward sums the d kernels' full convolutions into each input channel.")},
      {"conv-output-shape", QT_TRANSLATE_NOOP("engine", "CNN notes"),
       QT_TRANSLATE_NOOP("engine", "(2) the Convolution class, output_shape"),
       QT_TRANSLATE_NOOP("engine", "(kernel_number, input_height − kernel_size + input_width − kernel_size + 1)."),
       QT_TRANSLATE_NOOP("engine", "(kernel_number, input_height − kernel_size + 1, input_width − kernel_size + 1)."),
       QT_TRANSLATE_NOOP("engine", "Convolutional's output is kernels × (H − k + 1) × (W − k + 1): 5 × 26 × 26 for the notes' network.")},
      {"bias-index", QT_TRANSLATE_NOOP("engine", "MLP notes"), QT_TRANSLATE_NOOP("engine", "(3), the bias"),
       QT_TRANSLATE_NOOP("engine", "b_ji^k = bias from ith input to jth output in the kth layer."),
       QT_TRANSLATE_NOOP("engine", "A bias belongs to an output only: b_j^k, one per unit of layer k (n^k values)."),
       QT_TRANSLATE_NOOP("engine", "Dense has one bias per output; the editable examples take b¹ and b² as lists of n¹ and n² values.")},
      {"eq14-bias", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eq. (14)"), QT_TRANSLATE_NOOP("engine", "z_j^k = Σᵢ x_i^{k−1} w_ij^k, without the bias that eq. (25) includes."),
       QT_TRANSLATE_NOOP("engine", "z_j^k = Σᵢ α_i^{k−1} w_ij^k + b_j^k."),
       QT_TRANSLATE_NOOP("engine", "Dense adds b; mlp-forward writes each z with its bias and cites \"(14, with the bias of 25)\".")},
      {"relu-name", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "§0.3.1.3, the ReLU activation"),
       QT_TRANSLATE_NOOP("engine", "R′(x) = {0 for x < 0, x for x ≥ 0}: the function itself is written as its derivative."),
       QT_TRANSLATE_NOOP("engine", "R(x) = max(0, x); its derivative R′(x) = {0 for x < 0, 1 for x ≥ 0}, as the notes write after eq. (45)."),
       QT_TRANSLATE_NOOP("engine", "ReLU computes max(0, x) and passes the gradient where x ≥ 0 (R′(0) = 1, the notes' choice).")},
      {"softmax-range", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eq. (16) and the sentence after it"),
       QT_TRANSLATE_NOOP("engine", "Yᵢ = S(xᵢ) with x for the logits, and S(x): ℝ → [0, 1]."),
       QT_TRANSLATE_NOOP("engine", "The logits are z_i^l (the notes say so later, before eq. 24); every Yᵢ = e^{zᵢ}/Σⱼ e^{zⱼ} lies in the open "
                                   "interval (0, 1)."),
       QT_TRANSLATE_NOOP("engine", "The examples write S(zᵢ); Softmax's outputs are > 0 and < 1 (in exact arithmetic).")},
      {"output-weight-index", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eqs. (19)–(28), the final layer"),
       QT_TRANSLATE_NOOP("engine", "w_ij goes from input j to output i, the reverse of definition (2); eq. (25) writes Σ_p x_p w_ip + b_ip, the "
                                   "bias inside the sum (added n times) and indexed by the input."),
       QT_TRANSLATE_NOOP("engine", "With (2)'s w_ij from input i to output j: z_j = Σᵢ αᵢ w_ij + b_j and ∂z_j/∂w_ij = αᵢ."),
       QT_TRANSLATE_NOOP("engine", "cnnlab keeps (2) throughout: w^k is n^{k−1} × n^k (row i = input, column j = output), and "
                                   "∂E/∂w_ij² = αᵢ¹ · ∂E/∂z_j² is written that way (27).")},
      {"softmax-diagonal", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eqs. (24), (27), (28)"),
       QT_TRANSLATE_NOOP("engine", "∂S(z_i)/∂z_i = S(z_i)(1 − S(z_i)) (written S(z_i)/δz_i), then Δw_ij = (Y_i − y_i)·S(z_i)(1 − S(z_i))·x_j: only "
                                   "the diagonal of the Jacobian J_softmax the notes draw next."),
       QT_TRANSLATE_NOOP("engine", "Every z_j changes every Y_i: ∂E/∂z_i = Σⱼ ∂E/∂Y_j · S_j(δ_ji − S_i) — the diagonal S_i(1 − S_i) plus the "
                                   "off-diagonal −S_jS_i terms. The diagonal alone is exact for a sigmoid output, not for softmax."),
       QT_TRANSLATE_NOOP("engine", "Softmax::backward uses the full Jacobian. mlp-backward shows the notes' diagonal value, the full one and "
                                   "their difference; the Concepts page draws J.")},
      {"temperature-derivative", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eq. (36), softmax with temperature"),
       QT_TRANSLATE_NOOP("engine", "Yᵢ = e^{xᵢ/t}/Σⱼ e^{xⱼ/t}, with no word on the derivative."),
       QT_TRANSLATE_NOOP("engine", "Every entry of the Jacobian gains a factor 1/T: J_ij = S_i(δ_ij − S_j)/T."),
       QT_TRANSLATE_NOOP("engine", "Softmax::backward divides by T; the examples write the /T.")},
      {"sigmoid-derivative-step", QT_TRANSLATE_NOOP("engine", "MLP notes"), QT_TRANSLATE_NOOP("engine", "eq. (41)"),
       QT_TRANSLATE_NOOP("engine", "−1/(1 + e^{−z})² − e^{−z}: a minus where a product belongs."),
       QT_TRANSLATE_NOOP("engine", "(−1/(1 + e^{−z})²) · (−e^{−z}) = e^{−z}/(1 + e^{−z})², which is eq. (42); the result σ(z)(1 − σ(z)) (45) is "
                                   "right."),
       QT_TRANSLATE_NOOP("engine", "Sigmoid's backward uses σ(z)(1 − σ(z)) (45).")},
      {"hidden-sum", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "eqs. (46)–(53), the hidden layer"),
       QT_TRANSLATE_NOOP("engine", "∂E_i/∂w_jp¹ follows one output i: (Y_i − y_i)·S(z_i²)(1 − S(z_i²))·w_ij²·σ(z_j¹)(1 − σ(z_j¹))·x_p, and eqs. "
                                   "(47), (51) write δa_j (a is the learning rate) for α_j."),
       QT_TRANSLATE_NOOP("engine", "E_tot (18) sums over every output, and a hidden unit feeds all of them: ∂E/∂w_pj¹ = x_p · σ′(z_j¹) · "
                                   "Σᵢ w_ji² ∂E/∂z_i², with the full-Jacobian ∂E/∂z_i² for a softmax."),
       QT_TRANSLATE_NOOP("engine", "mlp-backward writes ∂E/∂α_j¹ = Σᵢ w_ji² · ∂E/∂z_i² (46–47, summed over every output), as Dense's "
                                   "backward computes it.")},
      {"softmax-sum-derivative", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "§0.3.2.3, the note under (32)"),
       QT_TRANSLATE_NOOP("engine", "For g(z) = ∂/∂zᵢ Σⱼ e^{zⱼ}: (j = i) ⟺ g(z) = 1, so (33) ∂ln S(zᵢ)/∂zᵢ = 1 − S(zᵢ)."),
       QT_TRANSLATE_NOOP("engine", "∂/∂zᵢ Σⱼ e^{zⱼ} = e^{zᵢ}, not 1: then (32) = 1 − e^{zᵢ}/Σⱼ e^{zⱼ} = 1 − S(zᵢ), which is (33). Taken as 1, "
                                   "(32) would give 1 − 1/Σⱼ e^{zⱼ}: 0.911 for z = (2, 1, 0.1) instead of 1 − S₁ = 0.341."),
       QT_TRANSLATE_NOOP("engine", "The softmax-jacobian example and the Concepts page compute Jᵢᵢ = S(zᵢ)(1 − S(zᵢ)) from the engine's softmax; "
                                   "(33) itself is right.")},
      {"weight-derivative-index", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "§0.3.2.2, the note between (25) and (26)"),
       QT_TRANSLATE_NOOP("engine", "(p = j) ⟺ f(z) = xⱼ and (j ≠ i ⟺ f(z) = 0)."),
       QT_TRANSLATE_NOOP("engine", "The sum runs over p: the term p = j gives xⱼ and every p ≠ j gives 0. (Σ_p over n^{i−1} inputs, with "
                                   "the bias outside the sum: zᵢ = Σ_p x_p w_{ip} + bᵢ.)"),
       QT_TRANSLATE_NOOP("engine", "The mlp-backward example writes ∂zᵢ/∂wᵢⱼ = xⱼ, and Dense's backward gives exactly that.")},
      {"every-epoch-improves", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "§0.3.2.1 Error Function, on epochs"),
       QT_TRANSLATE_NOOP("engine", "Every epoch increases accuracy for regular gradient descent; SGD's accuracy plateaus."),
       QT_TRANSLATE_NOOP("engine", "Not in general: a step that is too large makes plain gradient descent diverge. On E = w²/2 with "
                                   "learning rate 2.5, w ← w − 2.5w = −1.5w, so from w = 1 the loss grows 0.5, 1.125, 2.53, 5.70, … every epoch. "
                                   "Below 2 it shrinks every epoch."),
       QT_TRANSLATE_NOOP("engine", "The Compare tab's learning-rate experiment and the health check's update-ratio warning show runs that "
                                   "get worse; the trainer stops a diverged run and says so.")},
      {"delta-w-meaning", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "(11) and (27); §0.3.2.5"),
       QT_TRANSLATE_NOOP("engine", "(11) Δw = change to weights; (27) Δw_ij = δE_i/δw_ij, the gradient; the update rule is never written."),
       QT_TRANSLATE_NOOP("engine", "A gradient and a change differ by −a: with Δw = ∂E/∂w as (27) defines it, the SGD step is "
                                   "w ← w − a·Δw (the notes' code: self.weights -= learning_rate * weights_gradient)."),
       QT_TRANSLATE_NOOP("engine", "cnnlab takes (27)'s meaning: Δw is ∂E/∂w everywhere, and the change is written −a·Δw (exercise level 7, "
                                   "the Compare tab's ‖a·Δw‖ step), and mlp-backward's update stages write w ← w − a·∂E/∂w.")},
      {"z-for-output-layer", QT_TRANSLATE_NOOP("engine", "MLP notes"),
       QT_TRANSLATE_NOOP("engine", "§0.3.1.2, the note under (14)"),
       QT_TRANSLATE_NOOP("engine", "Note we need not derive zs for k ≥ l (l = the number of hidden layers, (7))."),
       QT_TRANSLATE_NOOP("engine", "With l hidden layers the layers are k = 1 … l + 1, and the output Y = S(z^{l+1}) needs z^{l+1}: every "
                                   "layer's z is derived. (l also names a layer index elsewhere, e.g. ∂S/∂z_i^l.)"),
       QT_TRANSLATE_NOOP("engine", "mlp-forward derives z¹ and z² for its one hidden layer (l = 1), and Y from z².")},
  };
  return errata;
}

std::string notesErrataMarkdown() {
  std::string md =
      "# Errata: where the lecture notes slip\n\n"
      "Handwritten notes slip, and a student who compares them with cnnlab deserves to know where. Each entry gives "
      "the place in the notes, what they write, what is exact, and what cnnlab does. The CNN notes are "
      "`../shared/seeds/000_f2d8be95ad8a3fa2.txt`, the MLP notes `../shared/seeds/002_460a64cd7fbac4a4.txt`. The "
      "same list is the Errata page of the Concepts tab (`cnnlab --view concepts-errata`), and "
      "`tests/engine/teaching/test_notes_errata.cpp` checks each place where cnnlab departs from the notes (one "
      "test per entry, named after its id). This file is `notesErrataMarkdown()` "
      "(engine/teaching/notes_errata.cpp); a test keeps the two identical.\n";
  for (const NotesErratum& e : notesErrata()) {
    md += "\n## " + e.notes + ": " + e.where + "  (`" + e.id + "`)\n\n";
    md += "- **The notes write:** " + e.written + "\n";
    md += "- **Exact:** " + e.exact + "\n";
    md += "- **cnnlab:** " + e.cnnlab + "\n";
  }
  return md;
}

}  // namespace cnnlab
