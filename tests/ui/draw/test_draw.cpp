// Draw a digit: strokes drawn with mouse events on the canvas are classified by a network trained
// here on MNIST 0 vs 1; clear and undo; a model that does not fit is refused; the drawing can be
// added to the training set.
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <cmath>

#include "engine/data/dataset.hpp"
#include "engine/data/digit_preprocess.hpp"
#include "engine/network_spec.hpp"
#include "engine/trainer.hpp"
#include "tests/test_main.hpp"
#include "ui/data/dataset_view.hpp"
#include "ui/draw/digit_canvas.hpp"
#include "ui/draw/draw_view.hpp"
#include "tests/ui/draw/draw_stroke.hpp"
#include "ui/main_window.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

using cnnlab::testing::drawStroke;

// A small MLP trained on 300 zeros and 300 ones of the embedded subset.
ModelSnapshotPtr trainZeroOne() {
  const nlohmann::json spec = nlohmann::json::parse(R"({
    "input": {"depth": 1, "height": 28, "width": 28},
    "layers": [{"type": "reshape"}, {"type": "dense", "units": 32}, {"type": "sigmoid"},
               {"type": "dense", "units": 2}, {"type": "softmax"}],
    "loss": "cross_entropy"})");
  const Dataset train = makeDataset(embeddedMnist().train, {.classes = {0, 1}, .perClassLimit = 300, .seed = 4});
  Network<float> network = buildNetwork<float>(spec, 2);
  network.initialize(4);
  Trainer trainer(network, train, {.learningRate = 0.1, .batchSize = 1, .shuffle = true, .seed = 4});
  trainer.train(4);
  auto model = std::make_shared<ModelSnapshot>();
  model->spec = spec;
  model->parameters = network.parameters();
  model->classes = {0, 1};
  model->epoch = 4;
  return model;
}

QVector<QPointF> verticalLine() {
  QVector<QPointF> points;
  for (int i = 0; i <= 20; ++i) points << QPointF(0.52 - 0.004 * i, 0.2 + 0.03 * i);  // slightly slanted, like a hand
  return points;
}

QVector<QPointF> ellipse() {
  QVector<QPointF> points;
  for (int i = 0; i <= 48; ++i) {
    const double t = 2 * M_PI * i / 48;
    points << QPointF(0.5 + 0.22 * std::cos(t), 0.5 + 0.3 * std::sin(t));
  }
  return points;
}

}  // namespace

class TestDraw : public QObject {
  Q_OBJECT

  ModelSnapshotPtr model_;
  std::unique_ptr<TrainingSession> session_;

  // A session that has published its start-up model and gone quiet, so a model set by hand on a
  // view that follows it is not replaced a moment later.
  TrainingSession& quietSession() {
    if (!session_) {
      session_ = std::make_unique<TrainingSession>();
      QSignalSpy models(session_.get(), &TrainingSession::modelChanged);
      [&] { QTRY_VERIFY(session_->lastSnapshot()); }();
      while (models.wait(600)) {
      }
    }
    return *session_;
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    model_ = trainZeroOne();
  }

  void classifiesDrawnStrokes() {
    DrawView view(quietSession());
    view.resize(1500, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setModel(model_));
    QCOMPARE(view.layerRowCount(), std::size_t(4));  // every layer but the reshape

    QTest::mouseClick(view.findChild<QPushButton*>("clearButton"), Qt::LeftButton);
    QVERIFY(view.canvas()->isEmpty());
    QCOMPARE(view.predictedIndex(), -1);

    drawStroke(view.canvas(), verticalLine());
    QCOMPARE(view.canvas()->strokeCount(), 1);
    QCOMPARE(view.predictedLabel(), QString("1"));
    QVERIFY2(view.outputs()(1) > 0.8f, QByteArray::number(view.outputs()(1)));
    // The network saw an MNIST-style digit: 20 px tall, centred by its mass.
    const arma::fmat& input = view.networkInput();
    QCOMPARE(input.n_rows, arma::uword(28));
    const arma::uvec rows = arma::find(arma::sum(input, 1) > 0.0f);
    QCOMPARE(int(rows.max() - rows.min() + 1), 20);
    QVERIFY(std::abs(centreOfMass(input)(0) - 13.5f) <= 0.5f);

    QTest::mouseClick(view.findChild<QPushButton*>("clearButton"), Qt::LeftButton);
    drawStroke(view.canvas(), ellipse());
    QCOMPARE(view.predictedLabel(), QString("0"));
    QVERIFY2(view.outputs()(0) > 0.8f, QByteArray::number(view.outputs()(0)));

    // Undo takes the last stroke away: a line drawn over the zero, then undone, leaves the zero.
    drawStroke(view.canvas(), verticalLine());
    QCOMPARE(view.canvas()->strokeCount(), 2);
    QTest::mouseClick(view.findChild<QPushButton*>("undoButton"), Qt::LeftButton);
    QCOMPARE(view.canvas()->strokeCount(), 1);
    QCOMPARE(view.predictedLabel(), QString("0"));
    QTest::mouseClick(view.findChild<QPushButton*>("undoButton"), Qt::LeftButton);
    QVERIFY(view.canvas()->isEmpty());
    QCOMPARE(view.predictedIndex(), -1);
  }

  // Models that cannot be used leave the current one in place.
  void refusesModelsThatDoNotFit() {
    DrawView view(quietSession());
    view.show();
    QVERIFY(view.setModel(model_));
    view.canvas()->clear();
    drawStroke(view.canvas(), verticalLine());
    const arma::fvec before = view.outputs();

    auto twoChannels = std::make_shared<ModelSnapshot>(*model_);  // neither grey nor colour (colour: test_colour_views)
    twoChannels->spec["input"]["depth"] = 2;
    QString error;
    QVERIFY(!view.setModel(twoChannels, &error));
    QVERIFY2(error.contains("one square image, grey or colour"), qPrintable(error));

    auto truncated = std::make_shared<ModelSnapshot>(*model_);
    truncated->parameters.resize(10);
    QVERIFY(!view.setModel(truncated, &error));
    QVERIFY2(error.contains("weights"), qPrintable(error));

    auto broken = std::make_shared<ModelSnapshot>(*model_);
    broken->spec["layers"][1]["type"] = "dens";
    QVERIFY(!view.setModel(broken, &error));
    QVERIFY2(error.contains("unknown type \"dens\""), qPrintable(error));

    QVERIFY(view.hasModel());
    QCOMPARE(view.predictedLabel(), QString("1"));
    QVERIFY(arma::approx_equal(view.outputs(), before, "absdiff", 0.0f));
  }

  void addsDrawingsToTheTrainingSet() {
    // The window wires the Draw tab to the Data tab; neither knows the other.
    MainWindow window;
    DatasetView& datasets = *window.datasets();
    DrawView& view = *window.draw();
    datasets.setSelectedClasses({0, 1});
    const std::size_t before = datasets.data().train.count;
    window.show();
    window.showView("draw");
    view.canvas()->clear();
    QString error;
    QVERIFY(!view.addToTrainingSet(1, &error));  // nothing drawn
    drawStroke(view.canvas(), verticalLine());
    QVERIFY(!view.addToTrainingSet(7, &error));  // not a selected class
    QVERIFY2(error.contains("not one of the selected classes"), qPrintable(error));
    QCOMPARE(datasets.data().train.count, before);
    QVERIFY(view.addToTrainingSet(1, &error));
    QCOMPARE(datasets.data().train.count, before + 1);
    QCOMPARE(int(datasets.data().train.labels.front()), 1);
    QCOMPARE(datasets.drawingsAdded(), 1);
    // Stored as the network saw it: the first image is the preprocessed drawing in bytes.
    const arma::fmat& input = view.networkInput();
    QCOMPARE(int(datasets.data().train.pixels[14 * 28 + 13]), int(std::lround(input(14, 13) * 255.0f)));
    // And a per-class limit keeps it: drawings go first.
    const Dataset selected = makeDataset(datasets.data().train, {.classes = {0, 1}, .perClassLimit = 1, .shuffle = false});
    QCOMPARE(selected.sourceIndex.back(), std::size_t(0));
  }
};

CNNLAB_TEST_MAIN(TestDraw)
#include "test_draw.moc"
