// Which pixels matter: the saliency map |∂Y_c/∂X| of one class's output over the input image,
// the notes' input gradient ∂E/∂X carried all the way back to the image.
#pragma once

#include "engine/network.hpp"

namespace cnnlab {

// image: in × 1 (one sample, the network's input layout); cls < out. Runs forward, then backward
// with ∂E/∂Y = e_cls (so "E" is the class's output Y_cls itself: the softmax or sigmoid
// probability the network reports), and returns |∂Y_cls/∂X| (in × 1) and, unless null, the signed
// gradient in *signedGradient. Overwrites the network's activations and gradients() (not its
// parameters): call it between training steps. Throws std::invalid_argument for a wrong image
// size or class.
template <typename eT>
arma::Mat<eT> saliencyMap(Network<eT>& network, const arma::Mat<eT>& image, std::size_t cls,
                          arma::Mat<eT>* signedGradient = nullptr);

}  // namespace cnnlab
