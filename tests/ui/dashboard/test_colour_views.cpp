// Colour in the views (#15): a 3-channel first layer's kernels as RGB images on one symmetric scale
// (and the per-channel toggle), the colour input in the feature maps, the prediction gallery and
// the Data tab, the worker's snapshot carrying every channel, the Data tab's "Keep colour" reaching
// the reader, Draw a digit's note for a colour network, and the stepper's channel selector.
// The colour data are generated here (RawImages of depth 3), not read from a folder.
//
// With CNNLAB_COLOUR_SCREENSHOTS=DIR set, the screenshot test also trains a colour LeNet on the
// generated warm/cool set and writes DIR/colour-kernels.png and DIR/colour-feature-maps.png (the
// README's pictures).
#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <random>

#include "engine/layers/convolutional.hpp"
#include "engine/network_spec.hpp"
#include "tests/test_main.hpp"
#include "ui/data/dataset_view.hpp"
#include "ui/data/image_grid.hpp"
#include "ui/draw/digit_canvas.hpp"
#include "ui/draw/draw_view.hpp"
#include "tests/ui/draw/draw_stroke.hpp"
#include "ui/main_window.hpp"
#include "ui/plot/color_images.hpp"
#include "ui/plot/heatmap_mosaic.hpp"
#include "ui/plot/image_mosaic.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/plot/saliency_view.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/dashboard/feature_map_view.hpp"
#include "ui/dashboard/kernel_view.hpp"
#include "ui/dashboard/prediction_gallery.hpp"
#include "ui/training/snapshot_builder.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

using cnnlab::testing::drawStroke;

// count images of side × side, image n one uniform colour: R = 20 + 37n, G = 200 − 23n, B = 90 + 11n
// (mod 256), label n % 2.
RawImages uniformColours(std::size_t count, std::size_t side) {
  RawImages raw;
  raw.count = count;
  raw.height = raw.width = side;
  raw.depth = 3;
  raw.source = "uniform colours";
  raw.classNames = {"even", "odd"};
  const std::size_t plane = side * side;
  raw.pixels.resize(count * 3 * plane);
  for (std::size_t n = 0; n < count; ++n) {
    const std::uint8_t rgb[3] = {std::uint8_t(20 + 37 * n), std::uint8_t(200 - 23 * n), std::uint8_t(90 + 11 * n)};
    for (std::size_t d = 0; d < 3; ++d) std::fill_n(raw.pixels.begin() + long((n * 3 + d) * plane), plane, rgb[d]);
    raw.labels.push_back(std::uint8_t(n % 2));
  }
  return raw;
}

QColor sampleColour(const Dataset& data, std::size_t i) {
  const arma::fvec s = data.sample(i);
  const std::size_t plane = data.shape.height * data.shape.width;
  auto byte = [](float v) { return int(std::lround(v * 255)); };
  return QColor(byte(s[0]), byte(s[plane]), byte(s[2 * plane]));
}

// Warm (red-orange) against cool (blue) disks on a noisy grey background, 28 × 28.
RawImages warmAndCool(std::size_t count, std::uint64_t seed) {
  RawImages raw;
  raw.count = count;
  raw.height = raw.width = 28;
  raw.depth = 3;
  raw.source = "warm and cool disks";
  raw.classNames = {"warm", "cool"};
  std::mt19937_64 random(seed);
  std::uniform_int_distribution<int> noise(-25, 25), centre(8, 19), radius(4, 8);
  const std::size_t plane = 28 * 28;
  raw.pixels.resize(count * 3 * plane);
  for (std::size_t n = 0; n < count; ++n) {
    const int label = int(n % 2);
    const int cr = centre(random), cc = centre(random), r = radius(random);
    const int ink[2][3] = {{225, 95, 40}, {45, 110, 225}};
    for (int y = 0; y < 28; ++y)
      for (int x = 0; x < 28; ++x) {
        const bool inside = (y - cr) * (y - cr) + (x - cc) * (x - cc) <= r * r;
        for (int d = 0; d < 3; ++d) {
          const int v = (inside ? ink[label][d] : 120) + noise(random);
          raw.pixels[(n * 3 + std::size_t(d)) * plane + std::size_t(y * 28 + x)] = std::uint8_t(std::clamp(v, 0, 255));
        }
      }
    raw.labels.push_back(std::uint8_t(label));
  }
  return raw;
}

nlohmann::json colourNet(std::size_t side) {
  auto spec = nlohmann::json::parse(R"({
    "input": {"depth": 3, "height": 8, "width": 8},
    "layers": [{"type": "convolutional", "kernels": 4, "kernel_size": 3, "bias": "per_kernel"}, {"type": "relu"},
               {"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}],
    "loss": "cross_entropy"})");
  spec["input"]["height"] = spec["input"]["width"] = side;
  return spec;
}

const nlohmann::json kColourLenet = nlohmann::json::parse(R"({
  "input": {"depth": 3, "height": 28, "width": 28},
  "layers": [{"type": "convolutional", "kernels": 6, "kernel_size": 5, "bias": "per_kernel"},
             {"type": "relu"}, {"type": "maxpool", "size": 2},
             {"type": "convolutional", "kernels": 16, "kernel_size": 5, "bias": "per_kernel"},
             {"type": "relu"}, {"type": "maxpool", "size": 2},
             {"type": "reshape"},
             {"type": "dense", "units": 84}, {"type": "relu"},
             {"type": "dense", "units": 2}, {"type": "softmax"}],
  "loss": "cross_entropy", "init": "uniform_fan_in"})");

// A session config of a colour network on a colour split (all of both halves).
SessionConfig colourConfig(const TrainingSession& session, const RawSplit& split, const nlohmann::json& spec) {
  SessionConfig config = session.config();
  config.spec = spec;
  config.networkName = "colour";
  config.raw = std::make_shared<const RawSplit>(split);
  config.train = std::make_shared<const Dataset>(makeDataset(split.train, {.classes = {0, 1}}));
  config.test = std::make_shared<const Dataset>(makeDataset(split.test, {.classes = {0, 1}}));
  config.dataName = QString::fromStdString(split.train.source);
  config.presetData = false;
  return config;
}

// The colour of the rendered widget at a point of it.
QColor renderedAt(QWidget* widget, const QPoint& at) { return widget->grab().toImage().pixelColor(at); }

}  // namespace

class TestColourViews : public QObject {
  Q_OBJECT

 private slots:
  // A known 3 × 2 × 2 kernel → known pixels: 0 → 128, +max|w| → 255, −max|w| → 0, one scale per layer.
  void kernelRgbMapping() {
    KernelSet set;
    set.channels = 3;
    set.size = 2;
    set.count = 2;
    set.kernels.zeros(12, 2);  // column i: R slice (4, column-major), G slice, B slice
    set.kernels(0, 0) = 0.5f;       // kernel 1, R, row 0 col 0: the layer's largest |w|
    set.kernels(4 + 2, 0) = 0.5f;   // kernel 1, G, row 0 col 1
    set.kernels(8 + 1, 0) = -0.5f;  // kernel 1, B, row 1 col 0
    set.kernels(0, 1) = -0.25f;     // kernel 2, R, row 0 col 0: half of the largest, negative
    set.kernels(8 + 3, 1) = 0.25f;  // kernel 2, B, row 1 col 1
    QCOMPARE(kernelLimit(set), 0.5);
    QCOMPARE(kernelByte(0, 0.5), 128);
    QCOMPARE(kernelByte(0.5, 0.5), 255);
    QCOMPARE(kernelByte(-0.5, 0.5), 0);
    const QImage first = rgbKernelImage(set, 0, kernelLimit(set));
    QCOMPARE(first.size(), QSize(2, 2));
    QCOMPARE(first.pixelColor(0, 0), QColor(255, 128, 128));
    QCOMPARE(first.pixelColor(1, 0), QColor(128, 255, 128));  // x = column 1, y = row 0
    QCOMPARE(first.pixelColor(0, 1), QColor(128, 128, 0));
    QCOMPARE(first.pixelColor(1, 1), QColor(128, 128, 128));
    const QImage second = rgbKernelImage(set, 1, kernelLimit(set));
    QCOMPARE(second.pixelColor(0, 0), QColor(64, 128, 128));   // 127.5 · (1 − 0.5) = 63.75
    QCOMPARE(second.pixelColor(1, 1), QColor(128, 128, 191));  // 127.5 · 1.5 = 191.25
    QVERIFY(rgbKernelImage(KernelSet{}, 0, 1).isNull());  // not 3 channels: no colour image

    KernelView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setKernels({set});
    QVERIFY(view.colourAvailable());
    QVERIFY(view.colourShown());
    QVERIFY(view.colourMosaic()->isVisibleTo(&view));
    QVERIFY(!view.mosaics().front()->isVisibleTo(&view));
    QVERIFY2(view.colourMosaic()->legend().contains("±0.5"), qPrintable(view.colourMosaic()->legend()));
    QVERIFY(view.colourMosaic()->legend().contains("grey"));
    QCOMPARE(view.colourMosaic()->images().size(), std::size_t(2));
    QCoreApplication::processEvents();
    // On screen: the top-left image pixel of kernel 1 is drawn in its colour.
    const QRect tile = view.colourMosaic()->tileRect(0);
    QVERIFY(!tile.isEmpty());
    QCOMPARE(renderedAt(view.colourMosaic(), tile.topLeft() + QPoint(tile.width() / 4, tile.height() / 4)), QColor(255, 128, 128));
    QCOMPARE(renderedAt(view.colourMosaic(), tile.topLeft() + QPoint(3 * tile.width() / 4, tile.height() / 4)), QColor(128, 255, 128));
    // The drawn legend (#23): a bar per channel, its complement at −0.5, mid grey at 0, the channel
    // at +0.5, under the tiles and inside the widget.
    const QColor ends[3][2] = {{{0, 128, 128}, {255, 128, 128}}, {{128, 0, 128}, {128, 255, 128}}, {{128, 128, 0}, {128, 128, 255}}};
    for (int c = 0; c < 3; ++c) {
      const QRect bar = view.colourMosaic()->channelBarRect(c);
      QVERIFY2(!bar.isEmpty() && view.colourMosaic()->rect().contains(bar) && bar.top() > tile.bottom(), qPrintable(QString::number(c)));
      auto near = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4 && std::abs(a.blue() - b.blue()) <= 4;
      };
      const QColor low = renderedAt(view.colourMosaic(), QPoint(bar.left() + 1, bar.center().y()));
      const QColor high = renderedAt(view.colourMosaic(), QPoint(bar.right() - 1, bar.center().y()));
      const QColor middle = renderedAt(view.colourMosaic(), QPoint(bar.left() + bar.width() / 4, bar.center().y()));
      QVERIFY2(near(low, ends[c][0]), qPrintable(low.name()));
      QVERIFY2(near(high, ends[c][1]), qPrintable(high.name()));
      const QColor quarter(c == 0 ? kernelByte(-0.25, 0.5) : 128, c == 1 ? kernelByte(-0.25, 0.5) : 128, c == 2 ? kernelByte(-0.25, 0.5) : 128);
      QVERIFY2(near(middle, quarter), qPrintable(middle.name() + " at a quarter, not " + quarter.name()));
    }

    // The per-channel view: one heatmap tile per kernel and channel.
    view.findChild<QRadioButton*>("kernelsSlices")->click();
    QVERIFY(!view.colourShown());
    QVERIFY(!view.colourMosaic()->isVisibleTo(&view));
    QVERIFY(view.mosaics().front()->isVisibleTo(&view));
    QCOMPARE(view.mosaics().front()->tileCount(), std::size_t(6));
    view.setColourShown(true);
    QVERIFY(view.colourMosaic()->isVisibleTo(&view));

    // A grey network looks as before: no toggle, no colour images.
    KernelSet grey = set;
    grey.channels = 1;
    grey.kernels = set.kernels.rows(0, 3);
    view.setKernels({grey});
    QVERIFY(!view.colourAvailable());
    QVERIFY(!view.colourMosaic()->isVisibleTo(&view));
    QVERIFY(!view.findChild<QRadioButton*>("kernelsColour")->isVisibleTo(&view));
    QVERIFY(view.mosaics().front()->isVisibleTo(&view));
    QCOMPARE(view.mosaics().front()->tileCount(), std::size_t(2));
  }

  // The feature maps' input pane shows the sample's own RGB; the saliency map is one per pixel.
  void featureMapInputInColour() {
    auto test = std::make_shared<const Dataset>(makeDataset(uniformColours(4, 8), {.classes = {0, 1}}));
    Network<float> network = buildNetwork<float>(colourNet(8));
    network.initialize(2);
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->image = 2;
    snapshot->input = test->sample(2);
    snapshot->activations = layerActivations(network, snapshot->input);
    snapshot->saliency = arma::linspace<arma::fvec>(0, 1, 3 * 64);  // channel 2 (B) largest everywhere
    snapshot->saliencyClass = 0;
    FeatureMapView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTestSet(test);
    view.setSnapshot(snapshot);
    QVERIFY(view.colourInput()->isVisibleTo(&view));
    QVERIFY(!view.greyInput()->isVisibleTo(&view));
    const QColor expected = sampleColour(*test, 2);
    QCOMPARE(view.colourInput()->images().front().pixelColor(3, 5), expected);
    QCoreApplication::processEvents();
    const QRect tile = view.colourInput()->tileRect(0);
    QVERIFY(!tile.isEmpty());
    QCOMPARE(renderedAt(view.colourInput(), tile.center()), expected);
    // |∂Y/∂X| over the image: each pixel's largest channel, here B's.
    const arma::fmat map = view.saliency()->saliency();
    QCOMPARE(map.n_rows, arma::uword(8));
    QCOMPARE(double(map(1, 2)), double(snapshot->saliency(2 * 64 + 1 + 8 * 2)));
  }

  void galleryThumbnailsInColour() {
    auto test = std::make_shared<const Dataset>(makeDataset(uniformColours(6, 8), {.classes = {0, 1}}));
    PredictionGallery gallery;
    gallery.resize(700, 400);
    gallery.setTestSet(test);
    const QImage shown = gallery.grab().toImage();
    for (std::size_t i = 0; i < test->size(); ++i) {
      const QColor colour = sampleColour(*test, i);
      bool found = false;
      for (int y = 0; y < shown.height() && !found; y += 2)
        for (int x = 0; x < shown.width() && !found; x += 2)
          found = shown.pixelColor(x, y) == colour && gallery.indexAt(QPoint(x, y)) == int(i);
      QVERIFY2(found, qPrintable(QString("sample %1's colour %2 in its cell").arg(i).arg(colour.name())));
    }
  }

  // The real worker: its snapshot's input carries all three channels, and the dashboard's views
  // show colour (the first layer's kernels as RGB images, the input in colour).
  void workerSnapshotCarriesEveryChannel() {
    MainWindow window;
    window.resize(1280, 720);
    const RawSplit split = splitRaw(uniformColours(20, 8), 0.5);
    QString error;
    QVERIFY2(window.session().apply(colourConfig(window.session(), split, colourNet(8)), &error), qPrintable(error));
    window.show();
    QVERIFY(window.showView("feature-maps"));
    window.session().stepSamples(1);
    QTRY_VERIFY(window.dashboard()->lastSnapshot() && !window.dashboard()->lastSnapshot()->activations.empty());
    const TrainingSnapshotPtr s = window.dashboard()->lastSnapshot();
    const Dataset& test = *window.session().testSet();
    QCOMPARE(s->input.n_elem, arma::uword(3 * 64));
    QVERIFY(arma::approx_equal(s->input, test.sample(std::size_t(s->image)), "absdiff", 0));
    QTRY_VERIFY(window.dashboard()->featureMaps()->colourInput()->isVisibleTo(window.dashboard()->featureMaps()));
    QVERIFY(window.showView("kernels"));
    window.session().stepSamples(1);
    QTRY_VERIFY(window.dashboard()->kernels()->colourAvailable());
    QCOMPARE(window.dashboard()->kernels()->colourMosaic()->images().size(), std::size_t(4));
  }

  // "Keep colour" reaches the reader's options; the grid then draws the colour images in colour.
  void dataTabKeepColourReachesTheReader() {
    TrainingSession session;
    DatasetView view(session);
    view.resize(1200, 700);
    std::vector<bool> asked;
    view.setDirectoryReader([&](const std::string&, double fraction, const ImageFolderOptions& options) {
      asked.push_back(options.color);
      RawImages all = uniformColours(8, 8);
      if (!options.color) {  // what a grey read would give: one plane each
        all.depth = 1;
        all.pixels.resize(all.count * 64);
      }
      return splitRaw(all, fraction);
    });
    QCheckBox* box = view.keepColourBox();
    QVERIFY(box);
    QVERIFY(!box->isChecked());  // grey unless asked
    QVERIFY(box->toolTip().contains("IDX"));
    box->setChecked(true);
    QVERIFY(view.loadDirectory("/colour-folder"));
    QCOMPARE(asked, std::vector<bool>{true});
    QCOMPARE(view.data().train.depth, std::size_t(3));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const std::size_t first = view.grid()->rows().front().images.front();
    const QColor colour = rawImage(view.data().train, first).pixelColor(0, 0);
    QCOMPARE(colour, QColor(view.data().train.pixels[first * 192], view.data().train.pixels[first * 192 + 64],
                            view.data().train.pixels[first * 192 + 128]));
    const QImage grid = view.grid()->grab().toImage();
    bool found = false;
    for (int y = 0; y < grid.height() && !found; ++y)
      for (int x = 0; x < grid.width() && !found; ++x) found = grid.pixelColor(x, y) == colour;
    QVERIFY2(found, qPrintable(colour.name()));
    box->setChecked(false);
    QVERIFY(view.loadDirectory("/colour-folder"));
    QCOMPARE(asked, (std::vector<bool>{true, false}));
    QCOMPARE(view.data().train.depth, std::size_t(1));
  }

  // Draw a digit on a colour network: the grey drawing on R, G and B, and a note saying so.
  void drawNoteForAColourNetwork() {
    TrainingSession session;
    DrawView view(session);
    view.resize(1280, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Network<float> network = buildNetwork<float>(colourNet(28));
    network.initialize(3);
    auto model = std::make_shared<ModelSnapshot>();
    model->spec = network.spec();
    model->parameters = network.parameters();
    model->classes = {0, 1};
    QString error;
    QVERIFY2(view.setModel(model, &error), qPrintable(error));
    QVERIFY(view.colourNote()->isVisibleTo(&view));
    QCOMPARE(view.colourNote()->text(), QString("This network expects colour; your drawing is grey, copied to R, G and B."));
    drawStroke(view.canvas(), {{0.5, 0.2}, {0.5, 0.5}, {0.5, 0.8}});
    QTRY_VERIFY(view.predictedIndex() >= 0);
    const arma::fvec column = view.networkColumn();
    QCOMPARE(column.n_elem, arma::uword(3 * 784));
    const arma::fvec grey = arma::vectorise(view.networkInput());
    QVERIFY(grey.max() > 0.5f);
    for (std::size_t d = 0; d < 3; ++d) QVERIFY(arma::approx_equal(column.subvec(d * 784, d * 784 + 783), grey, "absdiff", 0));
    // A grey network: no note.
    auto greyModel = std::make_shared<ModelSnapshot>(*model);
    greyModel->spec["input"]["depth"] = 1;
    Network<float> greyNet = buildNetwork<float>(greyModel->spec);
    greyNet.initialize(3);
    greyModel->parameters = greyNet.parameters();
    QVERIFY(view.setModel(greyModel, &error));
    QVERIFY(!view.colourNote()->isVisibleTo(&view));
    QCOMPARE(view.networkColumn().n_elem, arma::uword(784));
  }

  // The stepper on a colour network: a channel selector, and channel c's kernel slice and image plane.
  void stepperChannelSelector() {
    TrainingSession session;
    const RawSplit split = splitRaw(uniformColours(20, 8), 0.5);
    QString error;
    QVERIFY2(session.apply(colourConfig(session, split, colourNet(8)), &error), qPrintable(error));
    StepperView stepper(session);
    stepper.resize(1280, 720);
    stepper.show();
    QVERIFY(stepper.openExample("from-network", 0));
    QVERIFY(stepper.channelBox()->isVisibleTo(&stepper));
    QCOMPARE(stepper.channelBox()->count(), 3);
    QVERIFY(stepper.channelBox()->itemText(1).contains("G"));
    Network<float> network = buildNetwork<float>(session.currentModel()->spec);
    network.parameters() = session.currentModel()->parameters;
    const auto& conv = dynamic_cast<const Convolutional<float>&>(network.layer(0));
    const Dataset& test = *session.testSet();
    for (int c = 0; c < 3; ++c) {
      stepper.channelBox()->setCurrentIndex(c);
      emit stepper.channelBox()->activated(c);
      QCOMPARE(stepper.channel(), c);
      const TeachingStage& stage = stepper.example().stages.at(0);
      QVERIFY(arma::approx_equal(stage.kernel, arma::conv_to<arma::mat>::from(conv.kernel(0, std::size_t(c))), "absdiff", 1e-7));
      // The uniform image's plane c: every patch cell holds test sample 0's channel c.
      QVERIFY(std::abs(stage.left(0, 0) - double(test.sample(0)[std::size_t(c) * 64])) < 1e-6);
      QVERIFY(stage.trace.has_value());
    }
    // A grey network: no selector.
    RawImages grey = uniformColours(20, 8);
    grey.depth = 1;
    grey.pixels.resize(grey.count * 64);
    nlohmann::json greySpec = colourNet(8);
    greySpec["input"]["depth"] = 1;
    QVERIFY2(session.apply(colourConfig(session, splitRaw(grey, 0.5), greySpec), &error), qPrintable(error));
    QVERIFY(stepper.openExample("from-network", 0));
    QCOMPARE(stepper.example().stages.at(0).kernelName, std::string("K₁₁"));
    QVERIFY(!stepper.channelBox()->isVisibleTo(&stepper));
  }

  // The README's pictures, when asked for: a colour LeNet trained 6 epochs on warm against cool disks.
  void screenshots() {
    const QString dir = qEnvironmentVariable("CNNLAB_COLOUR_SCREENSHOTS");
    if (dir.isEmpty()) QSKIP("set CNNLAB_COLOUR_SCREENSHOTS=DIR to write the README's colour screenshots");
    MainWindow window;
    window.resize(1280, 720);
    RawImages all = warmAndCool(1200, 7);
    const RawSplit split = splitRaw(all, 0.8);
    QString error;
    SessionConfig config = colourConfig(window.session(), split, kColourLenet);
    config.batchSize = 16;
    config.learningRate = 0.1;
    QVERIFY2(window.session().apply(config, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy done(&window.session(), &TrainingSession::epochsCompleted);
    window.session().runEpochs(6);
    QVERIFY(done.wait(300000));
    for (const auto& [view, file] : {std::pair{"kernels", "colour-kernels.png"}, {"feature-maps", "colour-feature-maps.png"}}) {
      QVERIFY(window.showView(view));
      window.session().stepSamples(1);
      QTest::qWait(1500);
      QByteArray bytes;
      QVERIFY2(PlotExport::render(&window, "png", &bytes, &error), qPrintable(error));
      QVERIFY2(PlotExport::writeFile(dir + "/" + file, bytes, &error), qPrintable(error));
    }
  }
};

CNNLAB_TEST_MAIN(TestColourViews)
#include "test_colour_views.moc"
