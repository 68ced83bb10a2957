// The cnnlab-cli commands (correlate, train, gradcheck, net, bench; profile and experiment in their
// own files), callable from tests.
#pragma once

#include <iosfwd>

namespace cnnlab {

// Parses argv and runs one command. Writes results to out and one-line errors ("error: …")
// to err. Returns the process exit code: 0 on success, 1 on bad input, 2 on a usage error.
int runCli(int argc, char** argv);
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace cnnlab
