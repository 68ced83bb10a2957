// cnnlab-cli experiment: run a built-in experiment on the notes' claims headless.
#pragma once

#include <iosfwd>

#include "app/cli_command.hpp"

namespace cnnlab {

// Adds `experiment NAME [--epochs N] [--json]` and `experiment --list`.
CliCommand addExperimentCommand(CLI::App& app);

}  // namespace cnnlab
