// Embeds resources/mnist/*.gz with the assembler's .incbin, so the app needs no data files at run time.
#include "engine/data/embedded_mnist.hpp"

#ifndef CNNLAB_MNIST_DIR
#error "CNNLAB_MNIST_DIR must name the folder holding images-idx3-ubyte.gz and labels-idx1-ubyte.gz"
#endif

#define CNNLAB_INCBIN(symbol, file)                                   \
  __asm__(".section .rodata\n"                                        \
          ".global " #symbol "_begin\n"                               \
          ".balign 16\n" #symbol "_begin:\n"                          \
          ".incbin \"" CNNLAB_MNIST_DIR "/" file "\"\n"               \
          ".global " #symbol "_end\n" #symbol "_end:\n"               \
          ".previous\n");                                             \
  extern "C" const std::uint8_t symbol##_begin[];                     \
  extern "C" const std::uint8_t symbol##_end[];

CNNLAB_INCBIN(cnnlab_mnist_images, "images-idx3-ubyte.gz")
CNNLAB_INCBIN(cnnlab_mnist_labels, "labels-idx1-ubyte.gz")

namespace cnnlab {

std::vector<std::uint8_t> embeddedMnistImages() {
  return {cnnlab_mnist_images_begin, cnnlab_mnist_images_end};
}

std::vector<std::uint8_t> embeddedMnistLabels() {
  return {cnnlab_mnist_labels_begin, cnnlab_mnist_labels_end};
}

}  // namespace cnnlab
