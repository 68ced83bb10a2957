// The Step-through controls of the MLP examples: the network in the notes' layout (x, w¹, b¹, w²,
// b², y, the activations, the loss, T and a), softmax-jacobian's z, and mlp-from-network's output
// unit. It reads them as the example registry's arguments, so the stepper refuses what the CLI
// and the classroom refuse, with the same messages.
#pragma once

#include <QWidget>

#include <string>

#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/mlp_examples.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cnnlab {

class MatrixEdit;

class MlpPanel : public QWidget {
  Q_OBJECT

 public:
  explicit MlpPanel(QWidget* parent = nullptr);

  ExampleArguments networkArguments() const;  // x, w1, b1, w2, b2, target, hidden, output, loss, temperature, lr
  std::string zText() const;                  // softmax-jacobian's logits
  std::size_t unit() const;                   // mlp-from-network's output unit

  // Shows a network and logits, with only the fields the example reads enabled; emits nothing.
  void showNetwork(const MlpNetwork& net, const arma::vec& z, const ExampleInfo* example);

 signals:
  void applyRequested();  // Apply, Enter in a field, or a changed choice, temperature or rate
  void unitChanged();

 private:
  MatrixEdit *x_ = nullptr, *w1_ = nullptr, *b1_ = nullptr, *w2_ = nullptr, *b2_ = nullptr, *target_ = nullptr,
            *z_ = nullptr;
  QComboBox *hidden_ = nullptr, *output_ = nullptr, *loss_ = nullptr;
  QDoubleSpinBox *temperature_ = nullptr, *rate_ = nullptr;
  QSpinBox* unit_ = nullptr;
};

}  // namespace cnnlab
