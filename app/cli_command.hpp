// A cnnlab-cli command defined in its own file: its CLI11 sub-app and the function that runs it
// once parsed (so runCli registers it in two lines).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>

namespace cnnlab {

struct CliCommand {
  CLI::App* app = nullptr;     // true (*app) when the command line chose it
  // The exit code; throws as runCli's other commands do. `out` is for people, `json` for the one
  // JSON document --json asks for (runCli's contract: with --json, out is stderr).
  std::function<int(std::ostream& out, std::ostream& json)> run;
};

}  // namespace cnnlab
