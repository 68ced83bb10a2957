// The in-process cnnlab-cli harness of the CLI tests: cli({"correlate", …}) runs runCli as the
// program would, with its standard output and error captured; json() parses --json's output.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "tests/cpu_time.hpp"

namespace cnnlab::testing {

struct Run {
  int code;
  std::string out, err;
  double cpuSeconds = 0;  // CPU time of the command, all threads (the reliability tests bound it)
  // The standard output parsed whole: the contract (docs/cli.md) is that with --json it holds one
  // JSON document and nothing else, so any stray text makes this throw.
  nlohmann::json json() const { return nlohmann::json::parse(out); }
};

// Runs `cnnlab-cli args…` in this process.
inline Run cli(std::vector<std::string> args) {
  args.insert(args.begin(), "cnnlab-cli");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  const double start = processCpuSeconds();
  const int code = cnnlab::runCli(int(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str(), processCpuSeconds() - start};
}

}  // namespace cnnlab::testing

using cnnlab::testing::cli;
using cnnlab::testing::Run;
