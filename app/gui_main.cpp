// cnnlab: the desktop app. Opens on the embedded MNIST subset with the seed-binary preset.
//   cnnlab [--view NAME] [--preset NAME] [--train-epochs N] [--example NAME --step K] [--screenshot FILE.png]
//          [--presenter] [--metrics-csv FILE.csv]
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

#include "ui/train/dashboard_view.hpp"
#include "ui/main_window.hpp"
#include "ui/stepper/stepper_view.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("cnnlab");
  QApplication::setApplicationName("cnnlab");
  QApplication::setApplicationVersion("0.1.0");
  QApplication::setDesktopFileName("io.github.cnnlab.cnnlab");  // resources/io.github.cnnlab.cnnlab.desktop
  QApplication::setWindowIcon(QIcon::fromTheme("io.github.cnnlab.cnnlab", QIcon(":/icons/io.github.cnnlab.cnnlab.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription("cnnlab: learn convolutional neural networks from scratch");
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption view("view", "View to show: dashboard, kernels, feature-maps, predictions, stepper, concepts, designer, draw, data.", "name");
  const QCommandLineOption preset("preset", "Preset to load: seed-binary, mlp, lenet5.", "name");
  const QCommandLineOption trainEpochs("train-epochs", "Train this many epochs (live, through the worker) before the screenshot.", "n");
  const QCommandLineOption example("example", "Stepper example: notebook-valid, notebook-convolve, notebook-full, …", "name");
  const QCommandLineOption step("step", "Advance the stepper by this many steps.", "k");
  const QCommandLineOption screenshot("screenshot", "Save a PNG of the main window and exit.", "file");
  const QCommandLineOption presenter("presenter", "Presenter mode: large fonts and thick lines for a projector.");
  const QCommandLineOption metricsCsv("metrics-csv", "After --train-epochs, write the per-epoch metrics (with seconds and samples/s) as CSV.", "file");
  parser.addOptions({view, preset, trainEpochs, example, step, screenshot, presenter, metricsCsv});
  parser.process(app);

  cnnlab::MainWindow window;
  window.resize(1600, 1000);
  if (parser.isSet(preset) && !window.dashboard()->selectPreset(parser.value(preset))) {
    std::fprintf(stderr, "error: unknown preset '%s'\n", qPrintable(parser.value(preset)));
    return 1;
  }
  if (parser.isSet(view) && !window.showView(parser.value(view))) {
    std::fprintf(stderr, "error: unknown view '%s'\n", qPrintable(parser.value(view)));
    return 1;
  }
  if (parser.isSet(example)) {
    window.showView("stepper");
    if (!window.stepper()->openExample(parser.value(example), parser.value(step).toInt())) {
      std::fprintf(stderr, "error: unknown stepper example '%s'\n", qPrintable(parser.value(example)));
      return 1;
    }
  }
  if (parser.isSet(presenter)) window.dashboard()->setPresenterMode(true);
  if (parser.isSet(metricsCsv))
    QObject::connect(window.dashboard(), &cnnlab::DashboardView::epochsCompleted, &window, [&] {
      QString error;
      if (!window.dashboard()->exportMetricsCsv(parser.value(metricsCsv), &error))
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
    });
  window.show();

  if (!parser.isSet(screenshot)) {
    if (parser.isSet(trainEpochs)) window.dashboard()->runEpochs(parser.value(trainEpochs).toInt());
    return app.exec();
  }
  const QString file = parser.value(screenshot);
  int status = 0;
  auto grab = [&] {
    // Let queued snapshots and replots land before grabbing.
    QTimer::singleShot(400, &window, [&] {
      if (!window.grab().save(file)) {
        std::fprintf(stderr, "error: cannot write %s\n", qPrintable(file));
        status = 1;
      }
      app.exit(status);
    });
  };
  const int epochs = parser.value(trainEpochs).toInt();
  if (epochs > 0) {
    QObject::connect(window.dashboard(), &cnnlab::DashboardView::epochsCompleted, &window, grab);
    window.dashboard()->runEpochs(epochs);
  } else {
    grab();
  }
  return app.exec();
}
