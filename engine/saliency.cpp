// Saliency: one backward pass from a single class's output to the image.
#include "engine/saliency.hpp"

#include <stdexcept>
#include <string>

namespace cnnlab {

template <typename eT>
arma::Mat<eT> saliencyMap(Network<eT>& network, const arma::Mat<eT>& image, std::size_t cls,
                          arma::Mat<eT>* signedGradient) {
  if (image.n_cols != 1 || image.n_rows != network.inputShape().size())
    throw std::invalid_argument("saliency: the image must be one column of " +
                                std::to_string(network.inputShape().size()) + " values");
  const std::size_t classes = network.outputShape().size();
  if (cls >= classes)
    throw std::invalid_argument("saliency: class " + std::to_string(cls) + " of " + std::to_string(classes));
  network.forward(image);
  arma::Mat<eT> seed(classes, 1, arma::fill::zeros);
  seed(cls, 0) = eT(1);  // ∂Y_c/∂Y = e_c
  network.backward(seed, /*wantInputGradient=*/true);
  // ∂Y_c/∂X = the notes' ∂E/∂X of the first layer, with E = Y_c
  if (signedGradient) *signedGradient = network.inputGradient();
  return arma::abs(network.inputGradient());
}

template arma::Mat<float> saliencyMap(Network<float>&, const arma::Mat<float>&, std::size_t, arma::Mat<float>*);
template arma::Mat<double> saliencyMap(Network<double>&, const arma::Mat<double>&, std::size_t, arma::Mat<double>*);

}  // namespace cnnlab
