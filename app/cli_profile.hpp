// cnnlab-cli profile: per-layer forward, backward and update time of a preset's training step.
#pragma once

#include <iosfwd>

#include "app/cli_command.hpp"

namespace cnnlab {

// Adds `profile --preset NAME [--batch N] [--threads N] [--repeats N] [--steps N] [--json]`.
CliCommand addProfileCommand(CLI::App& app);

}  // namespace cnnlab
