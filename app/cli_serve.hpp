// `cnnlab-cli serve`: the classroom web page without the desktop app. One session, one server, a
// Qt event loop of its own, until SIGINT or SIGTERM.
#pragma once

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace cnnlab {

class ServeCommand {
 public:
  explicit ServeCommand(CLI::App& app);  // adds the `serve` subcommand and its options to app
  bool chosen() const;
  // Serves until SIGINT/SIGTERM. Writes `serving URL` (or {"url":…,"code":…}) to out once listening.
  // Returns 0 after a clean shutdown, 1 when the preset or address cannot be used.
  int run(std::ostream& out, std::ostream& err) const;

 private:
  CLI::App* command_ = nullptr;
  std::string preset_ = "seed-binary", listen_ = "127.0.0.1", model_;
  int port_ = 8080, maxClients_ = 200;
  bool train_ = false, json_ = false;
  int quiz_ = 0;  // a quiz question of this level (#17); 0: none
};

}  // namespace cnnlab
