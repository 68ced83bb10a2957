// Sample, raw image and RGB kernel → QImage.
#include "ui/plot/color_images.hpp"

#include <algorithm>
#include <cmath>

namespace cnnlab {

namespace {

int toByte(float v) { return int(std::lround(std::clamp(v, 0.f, 1.f) * 255.f)); }

}  // namespace

QImage sampleImage(const arma::fvec& values, const Shape& shape, bool inkOnPaper) {
  const int H = int(shape.height), W = int(shape.width);
  const std::size_t plane = shape.height * shape.width;
  if (H == 0 || W == 0 || values.n_elem < plane) return {};
  const bool colour = shape.depth == 3 && values.n_elem >= 3 * plane;
  QImage image(W, H, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
  for (int r = 0; r < H; ++r) {
    if (colour) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
      for (int c = 0; c < W; ++c) {
        const std::size_t at = std::size_t(r) + shape.height * std::size_t(c);
        line[c] = qRgb(toByte(values[at]), toByte(values[plane + at]), toByte(values[2 * plane + at]));
      }
    } else {
      uchar* line = image.scanLine(r);
      for (int c = 0; c < W; ++c) {
        const int v = toByte(values[std::size_t(r) + shape.height * std::size_t(c)]);
        line[c] = uchar(inkOnPaper ? 255 - v : v);
      }
    }
  }
  return image;
}

QImage rawImage(const RawImages& raw, std::size_t index) {
  const int H = int(raw.height), W = int(raw.width);
  const std::size_t plane = raw.height * raw.width;
  if (index >= raw.count || plane == 0 || raw.pixels.size() < (index + 1) * raw.imageBytes()) return {};
  const std::uint8_t* src = raw.pixels.data() + index * raw.imageBytes();
  if (raw.depth != 3) {
    QImage tile(W, H, QImage::Format_Grayscale8);
    for (int r = 0; r < H; ++r) std::copy_n(src + std::size_t(r * W), W, tile.scanLine(r));
    return tile;
  }
  QImage tile(W, H, QImage::Format_RGB32);
  for (int r = 0; r < H; ++r) {
    auto* line = reinterpret_cast<QRgb*>(tile.scanLine(r));
    for (int c = 0; c < W; ++c) {
      const std::size_t at = std::size_t(r * W + c);  // each plane row-major
      line[c] = qRgb(src[at], src[plane + at], src[2 * plane + at]);
    }
  }
  return tile;
}

double kernelLimit(const KernelSet& set) {
  double limit = 0;
  for (float w : set.kernels)
    if (std::isfinite(w)) limit = std::max(limit, double(std::abs(w)));
  return limit > 1e-12 ? limit : 1e-12;
}

int kernelByte(double w, double limit) {
  if (!std::isfinite(w)) return 128;
  return int(std::clamp<long>(std::lround(127.5 * (1.0 + w / limit)), 0, 255));
}

QImage rgbKernelImage(const KernelSet& set, std::size_t i, double limit) {
  if (set.channels != 3 || i >= set.count) return {};
  const arma::fmat r = set.kernel(i, 0), g = set.kernel(i, 1), b = set.kernel(i, 2);  // k × k, row 0 = top
  QImage image(int(r.n_cols), int(r.n_rows), QImage::Format_RGB32);
  for (arma::uword y = 0; y < r.n_rows; ++y)
    for (arma::uword x = 0; x < r.n_cols; ++x)
      image.setPixel(int(x), int(y), qRgb(kernelByte(r(y, x), limit), kernelByte(g(y, x), limit), kernelByte(b(y, x), limit)));
  return image;
}

}  // namespace cnnlab
