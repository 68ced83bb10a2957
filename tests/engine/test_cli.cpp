// Tests for cnnlab-cli: outputs, JSON last lines, --help, and one-line errors for bad input.
#include <QtTest>
#include <QTemporaryDir>

#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "tests/engine/cli_run.hpp"
#include "engine/data/idx.hpp"

class TestCli : public QObject {
  Q_OBJECT

 private slots:
  void correlateValidTrace() {
    const Run r = cli({"correlate", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0", "--trace", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.find("y[0][0] = 1×1 + 6×2 + 5×(−1) + 3×0 = 8\n") != std::string::npos, r.out.c_str());
    QVERIFY(r.out.find("y[1][1] = 3×1 + 1×2 + 0×(−1) + 9×0 = 5\n") != std::string::npos);
    QCOMPARE(r.lastJson()["output"], nlohmann::json::parse("[[8,7],[4,5]]"));
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
    QCOMPARE(r.lastJson()["output"], nlohmann::json::parse(expected.toStdString()));
  }

  void trainSmallRunReportsJson() {
    const Run r = cli({"train", "--preset", "seed-binary", "--epochs", "2", "--per-class", "20", "--seed", "3",
                       "--show-predictions", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = r.lastJson();
    for (const char* key : {"epochs", "train_loss", "test_accuracy", "train_seconds", "samples_per_second",
                            "inference_samples_per_second"})
      QVERIFY2(j.contains(key), key);
    QCOMPARE(j["epochs"].get<int>(), 2);
    QVERIFY(j["test_accuracy"].get<double>() > 0.5);
    QVERIFY(r.out.find("pred: ") != std::string::npos);
    QVERIFY(r.err.find("epoch 2/2") != std::string::npos);
  }

  void gradcheckJson() {
    const Run r = cli({"gradcheck", "--preset", "mlp", "--entries", "5", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.lastJson()["max_relative_error"].get<double>() < 1e-4);
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
};

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
