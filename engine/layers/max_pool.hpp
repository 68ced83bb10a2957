// Max pooling (second notes, pooling): the largest value of each window; backward routes the
// gradient to that argmax only. The argmax is not stored: backward finds it again from the
// input, so the forward pass is a plain, vectorisable max (inference never pays for it). With a
// NaN in a window the vectorised forward and the scan may name different elements; a NaN never
// reaches backward in training, which stops on a non-finite loss first (DivergenceError).
#pragma once

#include <vector>

#include "engine/layers/layer.hpp"

namespace cnnlab {

// C = depth, H × W input, Ho = (H − size)/stride + 1 (a partial window at the edge is dropped).
struct MaxPoolOptions {
  std::size_t inputDepth = 1, inputHeight = 2, inputWidth = 2;
  std::size_t size = 2;
  std::size_t stride = 0;  // 0 means stride = size (non-overlapping windows)
};

template <typename eT>
class MaxPool : public Layer<eT> {
 public:
  using Mat = arma::Mat<eT>;

  // Throws std::invalid_argument when the window is larger than the input or a size is 0.
  explicit MaxPool(const MaxPoolOptions& options);

  std::unique_ptr<Layer<eT>> clone() const override { return std::make_unique<MaxPool>(*this); }
  std::string type() const override { return "maxpool"; }
  std::string describe() const override;
  nlohmann::json spec() const override;
  const MaxPoolOptions& options() const { return options_; }

  void forward(const Mat& input, Mat& output) override;
  void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                Mat* inputGradient) override;

  // For output element e of one sample's input column x: the input row that holds the window's
  // maximum, the first one in scan order (down, then right) when several tie.
  std::size_t argmax(const eT* x, std::size_t e) const;

 private:
  std::size_t windowArgmax(const eT* x, std::size_t r, std::size_t c, std::size_t d) const;

  MaxPoolOptions options_;
  std::vector<eT> pairs_;  // one sample's vertical pair maxima (2×2 path), sized once
};

}  // namespace cnnlab
