// The designed network as a row of blocks, input to output: each layer's name and output shape,
// block height growing with the number of values, the offending layer in red.
#pragma once

#include <QWidget>

#include "engine/network_spec.hpp"

namespace cnnlab {

class NetworkFlow : public QWidget {
  Q_OBJECT

 public:
  explicit NetworkFlow(QWidget* parent = nullptr);

  void setCheck(const Shape& input, const SpecCheck& check);
  QSize sizeHint() const override { return {900, 190}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  Shape input_;
  SpecCheck check_;
};

}  // namespace cnnlab
