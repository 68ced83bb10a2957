// ServeCommand: parse, wire a TrainingSession to a ClassroomServer, run the event loop, stop cleanly.
#include "app/cli_serve.hpp"

#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sys/socket.h>
#include <unistd.h>

#include "engine/quoted.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/imageio/model_prediction.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

// SIGINT/SIGTERM → one byte down a socket pair → the event loop (Qt's "Calling Qt Functions From
// Unix Signal Handlers": a handler may only write(2)).
int signalPipe[2] = {-1, -1};

extern "C" void onSignal(int) {
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

}  // namespace

ServeCommand::ServeCommand(CLI::App& app) {
  command_ = app.add_subcommand("serve", "Serve the classroom web page: students follow the run and step through the notes");
  command_->add_option("--preset", preset_, "The preset to show (and train with --train)");
  command_->add_option("--listen", listen_, "Address to listen on; 0.0.0.0 for the classroom network (default 127.0.0.1)");
  command_->add_option("--port", port_, "Port; 0 picks a free one (default 8080)")->check(CLI::Range(0, 65535));
  command_->add_option("--max-clients", maxClients_, "Students connected at once (default 200)")->check(CLI::Range(1, 10000));
  command_->add_flag("--train", train_, "Start training the preset at once");
  command_->add_option("--model", model_,
                       "Serve this saved model as a web application: students draw or upload an image and it "
                       "classifies it (POST /api/predict, docs/classroom-protocol.md); nothing trains");
  command_->add_option("--quiz", quiz_, "Ask every page a quiz question of this exercise level (1-7), seed 0")
      ->check(CLI::Range(1, 7));
  command_->add_flag("--json", json_, "Print {\"url\": …, \"code\": …} instead of `serving URL`");
}

bool ServeCommand::chosen() const { return command_ && command_->parsed(); }

int ServeCommand::run(std::ostream& out, std::ostream& err) const {
  QHostAddress address;
  if (!address.setAddress(QString::fromStdString(listen_))) {
    err << "error: --listen: " << inQuotes(listen_) << " is not an IP address\n";
    return 1;
  }
  std::unique_ptr<QCoreApplication> app;
  static int argc = 1;
  static char name[] = "cnnlab-cli";
  static char* argv[] = {name, nullptr};
  if (!QCoreApplication::instance()) app = std::make_unique<QCoreApplication>(argc, argv);

  // The model first: a bad file is refused before anything listens.
  std::shared_ptr<ModelPredictor> model;
  if (!model_.empty()) {
    if (train_) {
      err << "error: --model serves a trained model; leave out --train\n";
      return 1;
    }
    try {
      model = std::make_shared<ModelPredictor>(loadModel(model_));
    } catch (const std::exception& e) {
      err << "error: " << oneLine(e.what(), false) << '\n';
      return 1;
    }
  }
  TrainingSession session;
  QString error;
  if (!session.selectPreset(QString::fromStdString(preset_), &error)) {
    err << "error: " << error.toStdString() << '\n';
    return 1;
  }
  ClassroomServer server(session);
  if (model) server.setModel(model);
  ClassroomServer::Options options;
  options.address = address;
  options.port = quint16(port_);
  options.maxClients = maxClients_;
  if (!server.start(options, &error)) {
    err << "error: " << error.toStdString() << '\n';
    return 1;
  }

  if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
    err << "error: cannot set up signal handling\n";
    return 1;
  }
  QEventLoop loop;
  QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
  QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&loop] {
    char byte;
    [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
    loop.quit();
  });
  struct sigaction action = {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  struct sigaction oldInt, oldTerm;
  sigaction(SIGINT, &action, &oldInt);
  sigaction(SIGTERM, &action, &oldTerm);

  const std::string url = server.url().toString().toStdString();
  nlohmann::json started{{"url", url}, {"code", server.code().toStdString()}};
  if (model) started["model"] = model_;
  if (quiz_ > 0) {
    server.startQuiz(generateExercise(quiz_, 0), 0, 0);
    started["quiz"] = {{"id", server.quiz().questionId()}, {"expected", server.quiz().expected()}};
  }
  if (json_)
    out << started.dump() << std::endl;
  else
    out << "serving " << url << std::endl;
  if (train_) session.start();

  loop.exec();

  sigaction(SIGINT, &oldInt, nullptr);
  sigaction(SIGTERM, &oldTerm, nullptr);
  const int students = server.clientCount();
  server.stop();
  session.stop();
  QEventLoop flush;  // let the close frames reach the browsers
  QTimer::singleShot(300, &flush, &QEventLoop::quit);
  flush.exec();
  ::close(signalPipe[0]);
  ::close(signalPipe[1]);
  err << "stopped serving (" << students << (students == 1 ? " student was" : " students were") << " connected)\n";
  return 0;
}

}  // namespace cnnlab
