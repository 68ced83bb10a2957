// cnnlab-cli exercise new|diagnose: generated hand-computation exercises and the diagnosis of an
// answer for one output cell (#17).
#pragma once

#include <iosfwd>
#include <memory>

namespace CLI {
class App;
}

namespace cnnlab {

// Registers the "exercise" subcommand (with "new" and "diagnose") on app in its constructor; after
// app.parse(), run() prints the result if the command was given. run() throws std::invalid_argument
// naming the argument ("--answer: 'abc' is not a number"); runCli prints it as "error: …", exit 1.
class ExerciseCommand {
 public:
  explicit ExerciseCommand(CLI::App& app);
  ~ExerciseCommand();
  bool chosen() const;
  int run(std::ostream& out, std::ostream& json) const;

 private:
  struct Args;
  std::unique_ptr<Args> args_;
  CLI::App* command_ = nullptr;
  CLI::App* new_ = nullptr;
  CLI::App* diagnose_ = nullptr;
};

}  // namespace cnnlab
