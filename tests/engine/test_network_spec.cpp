// Network JSON: shapes and parameter counts, every kind of bad spec refused with a message naming
// the layer (engine and CLI alike), and preset → exported JSON → --net giving the identical network.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

#include "app/cli_commands.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_files.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

const char* kNotes = R"({"input": {"depth": 1, "height": 28, "width": 28},
  "layers": [{"type": "convolutional", "kernels": 5, "kernel_size": 3},
             {"type": "sigmoid"}, {"type": "reshape"},
             {"type": "dense", "units": 100}, {"type": "sigmoid"},
             {"type": "dense", "units": 2}, {"type": "sigmoid"}],
  "loss": "binary_cross_entropy"})";

}  // namespace

class TestNetworkSpec : public QObject {
  Q_OBJECT

 private slots:
  // The issue's example network: shapes and counts worked out by hand.
  // conv: 5·3·3 weights + 5·26·26 per-output biases = 3425; dense: 3380·100 + 100 = 338100; 100·2 + 2 = 202.
  void notesNetworkShapes() {
    const auto infos = inspectSpec(parseSpecText(kNotes));
    QCOMPARE(infos.size(), std::size_t(7));
    QCOMPARE(infos[0].outputShape, (Shape{5, 26, 26}));
    QCOMPARE(infos[0].parameters, std::size_t(3425));
    QCOMPARE(infos[2].outputShape, (Shape{3380, 1, 1}));
    QCOMPARE(infos[3].parameters, std::size_t(338100));
    QCOMPARE(infos[5].parameters, std::size_t(202));
    const SpecCheck check = checkSpec(parseSpecText(kNotes), 2);
    QVERIFY2(check.ok(), check.error.c_str());
    QCOMPARE(check.parameters, std::size_t(341727));
    QCOMPARE(buildNetwork<float>(parseSpecText(kNotes)).parameterCount(), std::size_t(341727));
  }

  // LeNet-5 by hand: 6·25+6 = 156, 16·6·25+16 = 2416, 256·120+120 = 30840, 120·84+84 = 10164, 84·10+10 = 850.
  void lenetShapes() {
    const SpecCheck check = checkSpec(findPreset("lenet5").network, 10);
    QVERIFY2(check.ok(), check.error.c_str());
    QCOMPARE(check.layers[0].outputShape, (Shape{6, 24, 24}));
    QCOMPARE(check.layers[2].outputShape, (Shape{6, 12, 12}));
    QCOMPARE(check.layers[3].outputShape, (Shape{16, 8, 8}));
    QCOMPARE(check.layers[5].outputShape, (Shape{16, 4, 4}));
    QCOMPARE(check.parameters, std::size_t(156 + 2416 + 30840 + 10164 + 850));
  }

  // Stride and padding: ⌊(H + 2p − k)/s⌋ + 1.
  void strideAndPadding_data() {
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("parameters");
    QTest::newRow("conv k3 s2 p1") << R"({"type": "convolutional", "kernels": 4, "kernel_size": 3, "stride": 2, "padding": 1, "bias": "per_kernel"})"
                                   << 4 << 14 << 4 * 9 + 4;
    QTest::newRow("conv k5 p2 per output") << R"({"type": "convolutional", "kernels": 2, "kernel_size": 5, "padding": 2})"
                                           << 2 << 28 << 2 * 25 + 2 * 28 * 28;
    QTest::newRow("maxpool 3 s2") << R"({"type": "maxpool", "size": 3, "stride": 2})" << 1 << 13 << 0;
    QTest::newRow("maxpool default stride") << R"({"type": "maxpool", "size": 4})" << 1 << 7 << 0;
  }
  void strideAndPadding() {
    QFETCH(QString, layer);
    QFETCH(int, depth);
    QFETCH(int, side);
    QFETCH(int, parameters);
    const auto spec = parseSpecText(R"({"input": {"height": 28, "width": 28}, "layers": [)" + layer.toStdString() + "]}");
    const auto infos = inspectSpec(spec);
    QVERIFY2(infos[0].error.empty(), infos[0].error.c_str());
    QCOMPARE(infos[0].outputShape, (Shape{std::size_t(depth), std::size_t(side), std::size_t(side)}));
    QCOMPARE(infos[0].parameters, std::size_t(parameters));
  }

  // Every way a spec can be wrong: the message names the layer and the reason, the engine and the
  // CLI say the same, and the CLI writes nothing (no export file).
  void badSpecs_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("layer");  // 0-based, −1 for the whole spec
    QTest::addColumn<QString>("message");
    const QString in = R"("input": {"height": 28, "width": 28}, )";
    QTest::newRow("bad JSON") << R"({"input": {"height": 28,)" << 0 << -1 << "bad JSON";
    QTest::newRow("not an object") << "[1, 2]" << 0 << -1 << "must be a JSON object";
    QTest::newRow("missing input") << R"({"layers": [{"type": "relu"}]})" << 0 << -1 << "missing \"input\"";
    QTest::newRow("missing height") << R"({"input": {"width": 28}, "layers": [{"type": "relu"}]})" << 0 << -1
                                    << "input: missing field \"height\"";
    QTest::newRow("absurd input") << R"({"input": {"depth": 100, "height": 9000, "width": 9000}, "layers": [{"type": "relu"}]})"
                                  << 0 << -1 << "values per sample";
    QTest::newRow("layers missing") << "{" + in + R"("loss": "cross_entropy"})" << 0 << -1 << "missing \"layers\"";
    QTest::newRow("layers empty") << "{" + in + R"("layers": []})" << 0 << -1 << "\"layers\" is empty";
    QTest::newRow("unknown type") << "{" + in + R"("layers": [{"type": "relu"}, {"type": "convolution"}]})" << 0 << 1
                                  << "layer 2: unknown type \"convolution\"";
    QTest::newRow("missing type") << "{" + in + R"("layers": [{"units": 3}]})" << 0 << 0 << "layer 1: missing field \"type\"";
    QTest::newRow("layer not an object") << "{" + in + R"("layers": ["dense"]})" << 0 << 0 << "layer 1: must be a JSON object";
    QTest::newRow("missing kernels") << "{" + in + R"("layers": [{"type": "convolutional", "kernel_size": 3}]})" << 0 << 0
                                     << "layer 1 (convolutional): missing field \"kernels\"";
    QTest::newRow("kernel larger than input")
        << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 29}]})" << 0 << 0
        << "layer 1 (convolutional): the 29×29 kernel is larger than its 28×28 input";
    QTest::newRow("kernel larger after pooling")
        << "{" + in + R"("layers": [{"type": "maxpool", "size": 4}, {"type": "convolutional", "kernels": 2, "kernel_size": 9}]})"
        << 0 << 1 << "layer 2 (convolutional): the 9×9 kernel is larger than its 7×7 input";
    QTest::newRow("dense after unflattened tensor")
        << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 5, "kernel_size": 3}, {"type": "dense", "units": 10}]})"
        << 0 << 1 << "layer 2 (dense): its input is a 5×26×26 tensor; add a reshape layer";
    QTest::newRow("maxpool after flatten") << "{" + in + R"("layers": [{"type": "reshape"}, {"type": "maxpool"}]})" << 0 << 1
                                           << "layer 2 (maxpool): its input is a flat vector";
    QTest::newRow("negative units") << "{" + in + R"("layers": [{"type": "reshape"}, {"type": "dense", "units": -3}]})" << 0 << 1
                                    << "layer 2 (dense): \"units\" must be a positive integer";
    QTest::newRow("fractional units") << "{" + in + R"("layers": [{"type": "reshape"}, {"type": "dense", "units": 2.5}]})" << 0
                                      << 1 << "\"units\" must be a positive integer";
    QTest::newRow("string kernel size")
        << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 2, "kernel_size": "3"}]})" << 0 << 0
        << "\"kernel_size\" must be a positive integer";
    QTest::newRow("zero stride") << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3, "stride": 0}]})"
                                 << 0 << 0 << "\"stride\" must be a positive integer";
    QTest::newRow("bad bias") << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3, "bias": "none"}]})"
                              << 0 << 0 << "\"bias\" must be one of per_kernel, per_output";
    QTest::newRow("zero temperature") << "{" + in + R"("layers": [{"type": "softmax", "temperature": 0}]})" << 0 << 0
                                      << "layer 1 (softmax): \"temperature\" must be a number > 0";
    QTest::newRow("misspelt field") << "{" + in + R"("layers": [{"type": "convolutional", "kernels": 2, "kernal_size": 3}]})"
                                    << 0 << 0 << "layer 1 (convolutional): unknown field \"kernal_size\"";
    QTest::newRow("absurd dense") << "{" + in + R"("layers": [{"type": "reshape"}, {"type": "dense", "units": 100000}]})" << 0
                                  << 1 << "layer 2 (dense): 78500000 parameters make the network too large";
    QTest::newRow("unknown loss") << "{" + in + R"("layers": [{"type": "relu"}], "loss": "hinge"})" << 0 << -1
                                  << "\"loss\" must be one of binary_cross_entropy, cross_entropy, mean_squared_error";
    QTest::newRow("loss not a string") << "{" + in + R"("layers": [{"type": "relu"}], "loss": 3})" << 0 << -1
                                       << "\"loss\" must be one of";
    QTest::newRow("unknown init") << "{" + in + R"("layers": [{"type": "relu"}], "init": "zeros"})" << 0 << -1
                                  << "\"init\" must be one of normal, uniform_fan_in";
    QTest::newRow("unknown top-level field") << "{" + in + R"("layers": [{"type": "relu"}], "optimizer": "adam"})" << 0 << -1
                                             << "the network: unknown field \"optimizer\"";
    QTest::newRow("outputs do not match the classes")
        << "{" + in + R"("layers": [{"type": "reshape"}, {"type": "dense", "units": 3}, {"type": "softmax"}]})" << 2 << 2
        << "layer 3 (softmax): the network ends with 3 outputs but the data has 2 classes";
  }
  void badSpecs() {
    QFETCH(QString, json);
    QFETCH(int, classes);
    QFETCH(int, layer);
    QFETCH(QString, message);
    const std::string expected = message.toStdString();

    // The engine: buildNetwork throws SpecError naming the layer.
    std::string thrown;
    long thrownLayer = -2;
    try {
      buildNetwork<float>(parseSpecText(json.toStdString()), std::size_t(classes));
    } catch (const SpecError& e) {
      thrown = e.what();
      thrownLayer = e.layer();
    }
    QVERIFY2(thrown.find(expected) != std::string::npos, ("got: " + thrown).c_str());
    QVERIFY2(thrown.find('\n') == std::string::npos, "one line");
    QCOMPARE(thrownLayer, long(layer));

    // The designer's check says the same, without throwing.
    if (message != "bad JSON") {
      const SpecCheck check = checkSpec(parseSpecText(json.toStdString()), std::size_t(classes));
      QVERIFY(!check.ok());
      QVERIFY2(check.error.find(expected) != std::string::npos, ("got: " + check.error).c_str());
      QCOMPARE(check.errorLayer, long(layer));
      if (layer >= 0) QVERIFY(!check.layers.at(std::size_t(layer)).error.empty());
    }

    // The CLI: exit 1, one line "error: …", nothing exported.
    QTemporaryDir dir;
    const QString path = dir.filePath("net.json"), exported = dir.filePath("out.json");
    writeText(path, json.toStdString());
    if (classes == 0) {
      const Run r = cli({"net", "--net", path.toStdString(), "--export", exported.toStdString()});
      QCOMPARE(r.code, 1);
      QVERIFY2(r.err.rfind("error: ", 0) == 0 && r.err.find(expected) != std::string::npos, r.err.c_str());
      QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1L);
      QVERIFY(!QFile::exists(exported));
    }
    // With classes given (a network file without --classes takes as many as it has outputs).
    std::vector<std::string> args{"train", "--net", path.toStdString(), "--epochs", "1", "--per-class", "2", "--save",
                                  dir.filePath("model.cnnlab").toStdString()};
    if (classes > 0) {
      std::string list;
      for (int c = 0; c < classes; ++c) list += (c ? "," : "") + std::to_string(c);
      args.insert(args.end(), {"--classes", list});
    }
    const Run r = cli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find(expected) != std::string::npos, r.err.c_str());
    QVERIFY(!QFile::exists(dir.filePath("model.cnnlab")));
  }

  void unreadableSpecFile() {
    const Run r = cli({"net", "--net", "/nonexistent/net.json"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("/nonexistent/net.json: cannot open the file") != std::string::npos, r.err.c_str());
  }

  // preset → cnnlab-cli net --export → the file gives the same network: same JSON, same parameter
  // count, the same weights for the same seed and the same output for the same input.
  void presetRoundTrip_data() {
    QTest::addColumn<QString>("preset");
    for (const Preset& preset : presets()) QTest::newRow(preset.name.c_str()) << QString::fromStdString(preset.name);
  }
  void presetRoundTrip() {
    QFETCH(QString, preset);
    QTemporaryDir dir;
    const std::string path = dir.filePath(preset + ".json").toStdString();
    const Run exported = cli({"net", "--preset", preset.toStdString(), "--export", path});
    QVERIFY2(exported.code == 0, exported.err.c_str());
    const nlohmann::json original = findPreset(preset.toStdString()).network;
    const nlohmann::json reread = readSpecFile(path);
    QCOMPARE(reread, original);

    Network<float> a = buildNetwork<float>(original), b = buildNetwork<float>(reread);
    QCOMPARE(a.parameterCount(), b.parameterCount());
    QVERIFY(a.parameterCount() > 0);
    a.initialize(7);
    b.initialize(7);
    QVERIFY(arma::approx_equal(a.parameters(), b.parameters(), "absdiff", 0.0f));
    arma::arma_rng::set_seed(3);
    const arma::fmat input = arma::randu<arma::fmat>(784, 3);
    QVERIFY(arma::approx_equal(a.forward(input), b.forward(input), "absdiff", 0.0f));
    QCOMPARE(b.spec()["layers"].size(), original["layers"].size());
    QCOMPARE(buildNetwork<float>(b.spec()).parameterCount(), a.parameterCount());  // the network's own spec too

    // --net FILE trains exactly like --preset NAME (same seed, same data, same numbers).
    const std::vector<std::string> common = {"--epochs", "1", "--per-class", "6", "--seed", "5", "--json"};
    std::vector<std::string> byPreset = {"train", "--preset", preset.toStdString()}, byFile = byPreset;
    byFile.insert(byFile.end(), {"--net", path});
    byPreset.insert(byPreset.end(), common.begin(), common.end());
    byFile.insert(byFile.end(), common.begin(), common.end());
    const Run p = cli(byPreset), f = cli(byFile);
    QVERIFY2(p.code == 0 && f.code == 0, (p.err + f.err).c_str());
    const auto lastJson = [](const std::string& out) {
      const std::size_t start = out.rfind('\n', out.size() - 2);  // the JSON is the last line
      const std::string line = out.substr(start == std::string::npos ? 0 : start + 1);
      auto j = nlohmann::json::parse(line);
      j.erase("train_seconds");  // timings differ; everything else must not
      j.erase("samples_per_second");
      j.erase("us_per_step");
      j.erase("inference_samples_per_second");
      for (auto& h : j["history"]) h.erase("seconds");
      j.erase("preset");
      return j;
    };
    QCOMPARE(lastJson(f.out).dump(), lastJson(p.out).dump());
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestNetworkSpec)
#include "test_network_spec.moc"
