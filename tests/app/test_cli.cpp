// Tests for cnnlab-cli: outputs, JSON last lines, --help, and one-line errors for bad input.
#include <QtTest>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "tests/app/cli_run.hpp"
#include "engine/data/idx.hpp"
#include "engine/model_file.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"

class TestCli : public QObject {
  Q_OBJECT

 private slots:
  void correlateValidTrace() {
    const Run r = cli({"correlate", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0", "--trace", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.find("y[0][0] = 1×1 + 6×2 + 5×(−1) + 3×0 = 8\n") != std::string::npos, r.err.c_str());
    QVERIFY(r.err.find("y[1][1] = 3×1 + 1×2 + 0×(−1) + 9×0 = 5\n") != std::string::npos);
    QCOMPARE(r.json()["output"], nlohmann::json::parse("[[8,7],[4,5]]"));
  }

  void correlateModes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("expected");
    QTest::newRow("convolve") << "1 6 2; 5 3 1; 7 0 4" << "valid" << "convolve" << "[[7,5],[11,3]]";
    QTest::newRow("full") << "1 6 2; 5 3 1; 7 0 4" << "full" << "correlate"
                          << "[[0,-1,-6,-2],[2,8,7,1],[10,4,5,-3],[14,7,8,4]]";
  }
  void correlateModes() {
    QFETCH(QString, input);
    QFETCH(QString, mode);
    QFETCH(QString, op);
    QFETCH(QString, expected);
    const Run r = cli({"correlate", "--input", input.toStdString(), "--kernel", "1 2; -1 0", "--mode",
                       mode.toStdString(), "--op", op.toStdString(), "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["output"], nlohmann::json::parse(expected.toStdString()));
  }

  void trainSmallRunReportsJson() {
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", "2", "--per-class", "20", "--seed", "3",
                       "--show-predictions", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = r.json();
    for (const char* key : {"epochs", "train_loss", "test_accuracy", "train_seconds", "samples_per_second",
                            "inference_samples_per_second"})
      QVERIFY2(j.contains(key), key);
    QCOMPARE(j["epochs"].get<int>(), 2);
    QVERIFY(j["test_accuracy"].get<double>() > 0.5);
    QVERIFY(r.err.find("pred: ") != std::string::npos);
    QVERIFY(r.err.find("epoch 2/2") != std::string::npos);
  }

  // Training uses the machine's cores unless --threads says otherwise; the first line and the JSON say how many.
  void trainDefaultsToTheCores() {
    const int cores = int(std::clamp(std::thread::hardware_concurrency(), 1u, 64u));
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", "1", "--per-class", "5", "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["threads"].get<int>(), cores);
    const std::string first = r.err.substr(0, r.err.find('\n'));
    QVERIFY2(first.find(", " + std::to_string(cores) + " thread") != std::string::npos, first.c_str());
    const Run one = cli({"train", "--preset", "seed-binary", "--epochs", "1", "--per-class", "5", "--threads", "1", "--json"});
    QCOMPARE(one.code, 0);
    QCOMPARE(one.json()["threads"].get<int>(), 1);
    QVERIFY(one.err.find(", 1 thread\n") != std::string::npos);
    // The same training steps on any count: the same training loss, bit for bit.
    QCOMPARE(one.json()["train_loss"].get<double>(), r.json()["train_loss"].get<double>());
  }

  void gradcheckJson() {
    const Run r = cli({"gradcheck", "--preset", "mlp", "--entries", "5", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["max_relative_error"].get<double>() < 1e-4);
  }

  void helpOnEveryCommand_data() {
    QTest::addColumn<QString>("command");
    for (const char* c : {"correlate", "train", "gradcheck", "net"}) QTest::newRow(c) << QString(c);
  }
  void helpOnEveryCommand() {
    QFETCH(QString, command);
    const Run r = cli({command.toStdString(), "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.find("--") != std::string::npos, r.out.c_str());
  }

  void badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("ragged matrix") << QStringList{"correlate", "--input", "1 2; 3", "--kernel", "1"} << "ragged matrix";
    QTest::newRow("non-numeric") << QStringList{"correlate", "--input", "1 a", "--kernel", "1"} << "not a number: 'a'";
    QTest::newRow("kernel too large") << QStringList{"correlate", "--input", "1 2", "--kernel", "1 2; 3 4"} << "larger than the input";
    QTest::newRow("bad mode") << QStringList{"correlate", "--input", "1", "--kernel", "1", "--mode", "same"} << "--mode";
    QTest::newRow("unknown preset") << QStringList{"train", "--preset", "resnet"} << "unknown preset 'resnet'";
    QTest::newRow("unknown class") << QStringList{"train", "--classes", "0,42"} << "class 42 has no samples";
    QTest::newRow("bad class list") << QStringList{"train", "--classes", "zero"} << "bad class 'zero'";
    QTest::newRow("missing data dir") << QStringList{"train", "--data", "/nonexistent/mnist"} << "/nonexistent/mnist";
    QTest::newRow("invert without an image folder") << QStringList{"train", "--invert"} << "--invert applies to an image folder";
    QTest::newRow("unknown command") << QStringList{"fly"} << "fly";
    QTest::newRow("color with IDX data") << QStringList{"train", "--color"} << "is IDX data, which is grey";
  }
  void badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    std::vector<std::string> list;
    for (const QString& a : args) list.push_back(a.toStdString());
    const Run r = cli(list);
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromStdString(r.err).contains(message), r.err.c_str());
    QVERIFY2(QString::fromStdString(r.err).startsWith("error: "), r.err.c_str());
    QCOMPARE(QString::fromStdString(r.err).count('\n'), 1);  // one line
  }

  // Round 3, #8: with --color, an empty folder or loose images were called "IDX data, which is
  // grey"; each now gets the reader's own diagnosis.
  void colorOnAFolderThatIsNotIdxSaysWhatItIs() {
    QTemporaryDir dir;
    const std::string empty = dir.filePath("empty").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(empty)));
    Run r = cli({"train", "--data", empty, "--color", "--epochs", "1"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("empty folder") != std::string::npos && r.err.find("IDX data, which is grey") == std::string::npos,
             r.err.c_str());
    const std::string loose = dir.filePath("loose").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(loose)));
    QVERIFY(QFile(QString::fromStdString(loose + "/a.png")).open(QIODevice::WriteOnly));  // an image, but no class folder
    r = cli({"train", "--data", loose, "--color", "--epochs", "1"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("no class subfolders") != std::string::npos && r.err.find("IDX data, which is grey") == std::string::npos,
             r.err.c_str());
  }

  void corruptDataDirectory() {
    QTemporaryDir dir;
    for (const char* prefix : {"train", "t10k"}) {
      cnnlab::writeIdx(dir.filePath(QString(prefix) + "-images-idx3-ubyte").toStdString(), {{2, 28, 28}, std::vector<std::uint8_t>(2 * 784, 9)});
      cnnlab::writeIdx(dir.filePath(QString(prefix) + "-labels-idx1-ubyte").toStdString(), {{2}, {0, 1}});
    }
    QFile images(dir.filePath("train-images-idx3-ubyte"));
    QVERIFY(images.resize(500));  // truncated
    const Run r = cli({"train", "--data", dir.path().toStdString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("truncated") != std::string::npos, r.err.c_str());
  }

  // A network file without --classes takes the data's first N classes, N = its output width.
  void netFileTakesTheFirstClassesItNeeds() {
    QTemporaryDir dir;
    const QString net = dir.filePath("ten.json");
    QFile file(net);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"input": {"depth": 1, "height": 28, "width": 28}, "layers": [{"type": "reshape"},
      {"type": "dense", "units": 10}, {"type": "softmax"}], "loss": "cross_entropy", "init": "uniform_fan_in"})");
    file.close();
    const Run r = cli({"train", "--net", net.toStdString(), "--epochs", "1", "--per-class", "5", "--json"});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY2(QString::fromStdString(r.err).startsWith("using the first 10 classes of the data (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) "
                                                      "for the network's 10 outputs"),
             r.err.c_str());
    QCOMPARE(r.json()["classes"], nlohmann::json({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    // --classes still chooses; then a 10-output network on 2 classes is an error, as written.
    const Run chosen = cli({"train", "--net", net.toStdString(), "--classes", "0,1", "--epochs", "1"});
    QCOMPARE(chosen.code, 1);
    QVERIFY2(chosen.err.find("10 outputs but the data has 2 classes") != std::string::npos, chosen.err.c_str());
  }

  // A preset adapts to the classes chosen; the first line says so, and --json has it as a field.
  void presetAdaptsToTheClasses() {
    const Run r = cli({"train", "--preset", "lenet5", "--classes", "3,5", "--per-class", "10", "--epochs", "1", "--json"});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY2(QString::fromStdString(r.err).startsWith("adapted preset lenet5 to the data: outputs 10 → 2\n"), r.err.c_str());
    QCOMPARE(r.json()["adapted"].get<std::string>(), std::string("outputs 10 → 2"));
    QCOMPARE(r.json()["input_depth"].get<int>(), 1);
    // Nothing to adapt: no such line, and an empty field.
    const Run plain = cli({"train", "--per-class", "5", "--epochs", "1", "--json"});
    QCOMPARE(plain.code, 0);
    QVERIFY2(QString::fromStdString(plain.err).startsWith("training seed-binary"), plain.err.c_str());
    QCOMPARE(plain.json()["adapted"].get<std::string>(), std::string());
  }

  // A colour model on grey (IDX) data is refused in one line naming both depths.
  void evaluateRefusesAColourModelOnGreyData() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("colour.cnnlab").toStdString();
    cnnlab::Network<float> net =
        cnnlab::buildNetwork<float>(cnnlab::adaptToData(cnnlab::findPreset("lenet5").network, 3, 10).spec);
    net.initialize(1);
    cnnlab::saveModel(net, path);
    QCOMPARE(cnnlab::loadModel(path).network.inputShape().depth, std::size_t(3));
    const Run r = cli({"evaluate", "--model", path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find("input depth 3 (colour)") != std::string::npos && r.err.find("depth 1 (grey)") != std::string::npos,
             r.err.c_str());
    QCOMPARE(QString::fromStdString(r.err).count('\n'), 1);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
