// The stepper's one source of a model for from-network and mlp-from-network: the Train tab's
// network when there is one that fits, else a preset's initial weights, and a sentence saying
// which. The examples themselves are built by the registry's buildModelExample, as in the CLI.
#pragma once

#include <cstddef>

#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

class TrainingSession;

struct NetworkExample {
  TeachingExample example;
  std::size_t inputDepth = 1;  // the network's input channels (3: colour, R G B)
};

// from-network: the first kernel's slice on input `channel`, read on that channel of the session's
// own test image when it fits the network (a colour image), else on the embedded grey digit.
// A channel past the network's last reads channel 0. Throws std::exception when the network has
// no convolution.
NetworkExample kernelExampleFromSession(const TrainingSession& session, std::size_t channel);

// mlp-from-network for output `unit` on the first embedded test digit. Throws std::exception.
TeachingExample mlpExampleFromSession(const TrainingSession& session, std::size_t unit);

}  // namespace cnnlab
