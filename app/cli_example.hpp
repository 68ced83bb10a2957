// cnnlab-cli example NAME: any stepper example's written steps, the MLP ones with their network
// given on the command line, and the softmax Jacobian.
#pragma once

#include <iosfwd>
#include <memory>

namespace CLI {
class App;
}

namespace cnnlab {

// Registers the "example" subcommand on app in its constructor; after app.parse(), run() prints
// the chosen example if the command was given. run() throws std::invalid_argument whose what()
// names the argument ("--w2: has 4 rows, but w1 has 3 columns …"); runCli prints it as "error: …".
class ExampleCommand {
 public:
  explicit ExampleCommand(CLI::App& app);
  ~ExampleCommand();
  bool chosen() const;
  int run(std::ostream& out, std::ostream& json) const;

 private:
  struct Args;
  std::unique_ptr<Args> args_;
  CLI::App* command_ = nullptr;
};

}  // namespace cnnlab
