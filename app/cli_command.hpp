// A cnnlab-cli command defined in its own file: its CLI11 sub-app and the function that runs it
// once parsed (so runCli registers it in two lines).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace cnnlab {

struct CliCommand {
  CLI::App* app = nullptr;     // true (*app) when the command line chose it
  std::function<int()> run;    // the exit code; throws as runCli's other commands do
};

}  // namespace cnnlab
