// Max pooling (second notes, pooling): the largest value of each window; backward routes the
// gradient to that argmax only.
#pragma once

#include <vector>

#include "engine/layer.hpp"

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

  std::string type() const override { return "maxpool"; }
  std::string describe() const override;
  nlohmann::json spec() const override;
  const MaxPoolOptions& options() const { return options_; }

  void forward(const Mat& input, Mat& output) override;
  void backward(const Mat& input, const Mat& output, const Mat& outputGradient,
                Mat* inputGradient) override;

  // For output element e of sample n: the input row (within the column) that held the max.
  std::size_t argmax(std::size_t e, std::size_t n) const { return argmax_[e + this->outputShape_.size() * n]; }

 private:
  MaxPoolOptions options_;
  std::vector<std::uint32_t> argmax_;  // out × N, kept from forward for backward
};

}  // namespace cnnlab
