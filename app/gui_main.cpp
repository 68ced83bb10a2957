// cnnlab: the desktop app. Opens on the embedded MNIST subset with the seed-binary preset.
//   cnnlab [--view NAME] [--preset NAME] [--data DIR [--color]] [--train-epochs N] [--example NAME --step K] [--screenshot FILE.png]
//          [--presenter [--next-panel]] [--size WxH] [--metrics-csv FILE.csv] [--threads N] [--lang en|de]
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <tuple>

#include "engine/file_io.hpp"
#include "engine/threads.hpp"
#include "ui/accessibility/accessible_factory.hpp"
#include "ui/data/dataset_view.hpp"
#include "ui/experiments/compare_view.hpp"
#include "ui/main_window.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/stepper/your_turn_panel.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/i18n/language.hpp"
#include "ui/training/training_session.hpp"

namespace {

// --help and --version need no window: answer them without connecting to a display.
bool onlyAsksForText(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    for (const char* option : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
      if (std::strcmp(argv[i], option) == 0) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::unique_ptr<QCoreApplication> application;
  if (onlyAsksForText(argc, argv)) application = std::make_unique<QCoreApplication>(argc, argv);
  else application = std::make_unique<QApplication>(argc, argv);
  QCoreApplication& app = *application;
  QCoreApplication::setOrganizationName("cnnlab");
  QCoreApplication::setApplicationName("cnnlab");
  QCoreApplication::setApplicationVersion("0.1.0");
  if (qobject_cast<QApplication*>(&app)) {
    cnnlab::installAccessibleFactory();  // screen readers read the stepper's grids and the heat maps
    QGuiApplication::setDesktopFileName("io.github.cnnlab.cnnlab");  // resources/io.github.cnnlab.cnnlab.desktop
    QApplication::setWindowIcon(QIcon::fromTheme("io.github.cnnlab.cnnlab", QIcon(":/icons/io.github.cnnlab.cnnlab.svg")));
  }

  QCommandLineParser parser;
  parser.setApplicationDescription("cnnlab: learn convolutional neural networks from scratch");
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption view("view", "View to show: dashboard, kernels, feature-maps, predictions, health, stepper, concepts (or one of its pages: concepts-softmax, concepts-jacobian, concepts-errata, …), designer, draw, data, compare, efficiency.", "name");
  const QCommandLineOption experiment("experiment", "Compare tab: run this experiment (gd-vs-sgd, relu-vs-sigmoid, …) to its end before the screenshot.", "name");
  const QCommandLineOption preset("preset", "Preset to load: seed-binary, mlp, lenet5.", "name");
  const QCommandLineOption trainEpochs("train-epochs", "Train this many epochs (live, through the worker) before the screenshot.", "n");
  const QCommandLineOption example("example", "Stepper example: notebook-valid, notebook-convolve, notebook-full, …", "name");
  const QCommandLineOption step("step", "Advance the stepper by this many steps.", "k");
  const QCommandLineOption yourTurn("your-turn", "Stepper, Your turn: hide the cell on screen and check this answer for it.", "value");
  const QCommandLineOption screenshot("screenshot", "Save a PNG of the main window and exit.", "file");
  const QCommandLineOption presenter("presenter", "Presenter mode: large fonts and thick lines for a projector.");
  const QCommandLineOption nextPanel("next-panel",
                                     "With --presenter: show each Train section's second panel (the confusion matrix, the last "
                                     "step's kernels), as \"next panel\" does.");
  const QCommandLineOption size("size", "Window size in pixels, e.g. 1280x720 (a projector) for --screenshot.", "WxH");
  const QCommandLineOption metricsCsv("metrics-csv", "After --train-epochs, write the per-epoch metrics (with seconds and samples/s) as CSV.", "file");
  const QCommandLineOption data("data", "Open this data folder in the Data tab and train on it: MNIST-layout IDX files, or one subfolder of PNG/JPEG images per class.", "dir");
  const QCommandLineOption color("color", "With --data: read an image folder in colour (R, G, B), as the Data tab's Keep colour.");
  const QCommandLineOption lang("lang", "Language of the window: en or de (default: the system's, if cnnlab speaks it, else en). Formulas and numbers keep the notes' notation in every language.", "code");
  const QCommandLineOption threads("threads", "Compute threads for training, 1-64 (default: the machine's cores minus one, at least 1, so the window stays responsive).", "n");
  parser.addOptions({view, preset, trainEpochs, example, step, yourTurn, screenshot, presenter, nextPanel, size, metricsCsv, data,
                     color, threads, experiment, lang});
  parser.process(app);

  // Numbers are checked before any window opens: "-1" or "abc" epochs is an error, not forever.
  int epochs = 0, steps = 0;
  for (const auto& [option, value, limit] : {std::tuple{&trainEpochs, &epochs, 10000}, std::tuple{&step, &steps, 100000}}) {
    if (!parser.isSet(*option)) continue;
    bool ok = false;
    *value = parser.value(*option).toInt(&ok);
    if (!ok || *value < 0 || *value > limit) {
      std::fprintf(stderr, "error: --%s must be a whole number from 0 to %d, not '%s'\n",
                   qPrintable(option->names().front()), limit, qPrintable(parser.value(*option)));
      return 1;
    }
  }

  // Before any window: every tr() asks the catalogue installed here.
  const QString language = parser.isSet(lang) ? cnnlab::i18n::normalise(parser.value(lang)) : cnnlab::i18n::systemLanguage();
  if (language.isEmpty()) {
    std::fprintf(stderr, "error: --lang must be one of %s, not '%s'\n", qPrintable(cnnlab::i18n::languages().join(", ")),
                 qPrintable(parser.value(lang)));
    return 1;
  }
  if (!cnnlab::i18n::install(language)) {
    std::fprintf(stderr, "error: the %s catalogue is missing from this build\n", qPrintable(language));
    return 1;
  }

  int computeThreads = cnnlab::defaultAppComputeThreads();
  if (parser.isSet(threads)) {
    bool ok = false;
    computeThreads = parser.value(threads).toInt(&ok);
    if (!ok || computeThreads < 1 || computeThreads > 64) {
      std::fprintf(stderr, "error: --threads must be a whole number from 1 to 64, not '%s'\n",
                   qPrintable(parser.value(threads)));
      return 1;
    }
  }
  // Before any training thread starts: every run (the dashboard's, the Compare tab's) shares this pool.
  cnnlab::setComputeThreads(computeThreads);

  // An output that cannot be written is an error now, not after the training run.
  for (const QCommandLineOption* option : {&metricsCsv, &screenshot})
    if (parser.isSet(*option)) try {
        cnnlab::checkWritable(parser.value(*option).toStdString());
      } catch (const cnnlab::FileError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
      }

  if (parser.isSet(color) && !parser.isSet(data)) {
    std::fprintf(stderr, "error: --color reads a data folder in colour; give the folder with --data DIR\n");
    return 1;
  }

  QSize windowSize;
  if (parser.isSet(size)) {
    const QStringList parts = parser.value(size).split('x');
    bool okWidth = false, okHeight = false;
    if (parts.size() == 2) windowSize = QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
    if (!okWidth || !okHeight || windowSize.width() < 320 || windowSize.height() < 240 || windowSize.width() > 7680 ||
        windowSize.height() > 4320) {
      std::fprintf(stderr, "error: --size must be WIDTHxHEIGHT from 320x240 to 7680x4320, not '%s'\n",
                   qPrintable(parser.value(size)));
      return 1;
    }
  }

  cnnlab::MainWindow window;  // opens at the saved geometry, or fitted to the screen
  if (windowSize.isValid()) {
    window.setWindowState(Qt::WindowNoState);
    window.resize(windowSize);
  }
  if (parser.isSet(preset) && !window.dashboard()->selectPreset(parser.value(preset))) {
    std::fprintf(stderr, "error: unknown preset '%s'\n", qPrintable(parser.value(preset)));
    return 1;
  }
  if (parser.isSet(data)) {
    // After --preset: the data goes to the network chosen.
    window.datasets()->setKeepColour(parser.isSet(color));
    QString error;
    if (!window.datasets()->loadDirectory(parser.value(data), &error) || !window.datasets()->useInDashboard(&error)) {
      std::fprintf(stderr, "error: --data %s: %s\n", qPrintable(parser.value(data)), qPrintable(error));
      return 1;
    }
  }
  if (parser.isSet(view) && !window.showView(parser.value(view))) {
    std::fprintf(stderr, "error: unknown view '%s'\n", qPrintable(parser.value(view)));
    return 1;
  }
  if (parser.isSet(experiment)) {
    window.showView("compare");
    if (!window.compare()->selectExperiment(parser.value(experiment))) {
      std::fprintf(stderr, "error: unknown experiment '%s'\n", qPrintable(parser.value(experiment)));
      return 1;
    }
  }
  if (parser.isSet(example)) {
    window.showView("stepper");
    if (!window.stepper()->openExample(parser.value(example), steps)) {
      std::fprintf(stderr, "error: unknown stepper example '%s'\n", qPrintable(parser.value(example)));
      return 1;
    }
  }
  if (parser.isSet(yourTurn)) {
    window.showView("stepper");
    window.stepper()->yourTurn()->setActive(true);
    window.stepper()->yourTurn()->submit(parser.value(yourTurn));
  }
  if (parser.isSet(presenter)) window.dashboard()->setPresenterMode(true);
  if (parser.isSet(nextPanel)) {
    if (!parser.isSet(presenter)) {
      std::fprintf(stderr, "error: --next-panel needs --presenter (normal mode shows every panel)\n");
      return 1;
    }
    window.dashboard()->nextPanel();
  }
  int status = 0;
  if (parser.isSet(metricsCsv))
    QObject::connect(&window.session(), &cnnlab::TrainingSession::epochsCompleted, &window, [&] {
      QString error;
      if (!window.dashboard()->exportMetricsCsv(parser.value(metricsCsv), &error)) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
        status = 1;
        if (!parser.isSet(screenshot)) app.exit(status);
      }
    });
  window.show();
  if (windowSize.isValid()) {
    // Asked again once shown: a view laid out for the first time can want more for a moment (a
    // title wrapped at a width it no longer has), and a window once grown does not shrink by itself.
    QCoreApplication::processEvents();
    window.resize(windowSize);
    QCoreApplication::processEvents();
  }
  if (windowSize.isValid() && window.size() != windowSize)
    std::fprintf(stderr, "warning: the window needs at least %dx%d, not %dx%d\n", window.width(), window.height(),
                 windowSize.width(), windowSize.height());

  if (!parser.isSet(screenshot)) {
    if (parser.isSet(experiment)) window.compare()->start();
    if (epochs > 0) window.dashboard()->runEpochs(epochs);
    const int code = app.exec();
    return status ? status : code;
  }
  const QString file = parser.value(screenshot);
  auto grab = [&] {
    // Let queued snapshots and replots land before grabbing.
    QTimer::singleShot(400, &window, [&] {
      QByteArray bytes;
      QString error;
      if (!cnnlab::PlotExport::render(&window, "png", &bytes, &error) ||
          !cnnlab::PlotExport::writeFile(file, bytes, &error)) {
        std::fprintf(stderr, "error: cannot write %s: %s\n", qPrintable(file), qPrintable(error));
        status = 1;
      }
      app.exit(status);
    });
  };
  if (parser.isSet(experiment)) {  // the experiment's runs to their end, then the picture
    QObject::connect(window.compare(), &cnnlab::CompareView::finished, &window, grab);
    window.compare()->start();
  } else if (epochs > 0) {
    QObject::connect(&window.session(), &cnnlab::TrainingSession::epochsCompleted, &window, grab);
    window.dashboard()->runEpochs(epochs);
  } else {
    grab();
  }
  return app.exec();
}
