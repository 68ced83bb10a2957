// cnnlab-cli evaluate and predict: the commands that load a saved model (engine/model_file).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cnnlab {

struct CliModelArgs {
  std::string model, data;
  std::vector<std::string> images;
  bool json = false;
  bool evaluate = false, predict = false;  // which command ran, set by the parse
  CLI::App* evaluateCommand = nullptr;
  CLI::App* predictCommand = nullptr;
};

// Adds "evaluate" and "predict" to app, writing their options into args.
void registerModelCommands(CLI::App& app, CliModelArgs& args);

// Runs whichever of the two was given and returns its exit code, or −1 when neither was.
// Throws (ModelFileError, IdxError, ImageFolderError, std::invalid_argument) with one line on bad input.
int runModelCommands(const CliModelArgs& args, std::ostream& out, std::ostream& json);

}  // namespace cnnlab
