#include "engine/teaching/operators.hpp"

#include <array>

#include "engine/translatable.hpp"

namespace cnnlab {

namespace {

constexpr std::array kOperators{
    OperatorMeaning{"\u2605", "\u2605",
                    QT_TRANSLATE_NOOP("engine", "★ cross-correlation: slide the kernel over the input, multiply the cells it covers and add the products"), false},
    OperatorMeaning{"*", "*", QT_TRANSLATE_NOOP("engine", "* convolution: cross-correlation with the kernel rotated by 180°"), false},
    OperatorMeaning{"full-\u2605", "full-\u2605",
                    QT_TRANSLATE_NOOP("engine", "full-★ full cross-correlation: the kernel also slides over a border of zeros, so every overlap counts"), false},
    OperatorMeaning{"full-*", "full-*", QT_TRANSLATE_NOOP("engine", "full-* full convolution: the kernel rotated by 180° slides over a border of zeros too"), false},
    OperatorMeaning{"full-\u2605 rot180", "full-\u2605",
                    QT_TRANSLATE_NOOP("engine", "full-★ rot180: a full cross-correlation with the kernel rotated by 180°, which is how ∂E/∂Y reaches ∂E/∂X"), false},
    OperatorMeaning{"+", "+", QT_TRANSLATE_NOOP("engine", "+ sum: the partial results added cell by cell"), false},
    OperatorMeaning{"=", "=", QT_TRANSLATE_NOOP("engine", "= copy: each result cell is the cell itself"), false},
    OperatorMeaning{"\u00b7", "\u00b7", QT_TRANSLATE_NOOP("engine", "· weighted sum: each result adds its inputs times their weights"), false},
    OperatorMeaning{"\u2297", "\u2297", QT_TRANSLATE_NOOP("engine", "⊗ outer product: every entry of one vector times every entry of the other"), false},
    OperatorMeaning{"\u2299", "\u2299", QT_TRANSLATE_NOOP("engine", "⊙ element-wise product: cell times cell"), false},
    OperatorMeaning{"vs", "vs", QT_TRANSLATE_NOOP("engine", "vs: the output compared with the target by the loss"), false},
    OperatorMeaning{"\u2212 a\u00b7", "\u2212 a\u00b7", QT_TRANSLATE_NOOP("engine", "− a· gradient descent step: the value minus the learning rate a times its gradient"), false},
    OperatorMeaning{"route", "route", QT_TRANSLATE_NOOP("engine", "route: each output gradient goes back to the cell its window's maximum came from; the others get 0"), false},
    OperatorMeaning{"max", "max", QT_TRANSLATE_NOOP("engine", "max: each window's largest value"), true},
    OperatorMeaning{"\u03c3", "\u03c3", QT_TRANSLATE_NOOP("engine", "σ sigmoid: 1 / (1 + e^−z) on each cell"), true},
    OperatorMeaning{"R", "R", QT_TRANSLATE_NOOP("engine", "R ReLU: max(0, z) on each cell"), true},
    OperatorMeaning{"tanh", "tanh", QT_TRANSLATE_NOOP("engine", "tanh: the hyperbolic tangent of each cell"), true},
    OperatorMeaning{"S", "S", QT_TRANSLATE_NOOP("engine", "S softmax: e^(zᵢ/T) over the sum of all e^(zⱼ/T)"), true},
    OperatorMeaning{"\u2192", "", QT_TRANSLATE_NOOP("engine", "→ computed from the left operand, cell by cell as the formula says"), true},
};

constexpr OperatorMeaning kUnknown{"", "", QT_TRANSLATE_NOOP("engine", "the operation this stage's formula writes out"), false};

}  // namespace

OperatorMeaning operatorMeaning(std::string_view symbol) {
  for (const OperatorMeaning& o : kOperators)
    if (o.symbol == symbol) return o;
  OperatorMeaning unknown = kUnknown;
  unknown.symbol = unknown.shown = symbol;
  return unknown;
}

bool isKnownOperator(std::string_view symbol) {
  for (const OperatorMeaning& o : kOperators)
    if (o.symbol == symbol) return true;
  return false;
}

}  // namespace cnnlab
