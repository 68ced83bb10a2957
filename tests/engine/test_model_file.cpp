// Tests for model files: round trip, and every broken file refused with the previous file intact.
#include <QtTest>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <csignal>

#include "engine/model_file.hpp"
#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestModelFile : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  Network<float> seedNetwork(std::uint64_t seed) {
    Network<float> net = buildNetwork<float>(findPreset("seed-binary").network);
    net.initialize(seed);
    return net;
  }
  QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }
  void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
  }

 private slots:
  void roundTrip_data() {
    QTest::addColumn<QString>("preset");
    for (const Preset& p : presets()) QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
  }
  void roundTrip() {
    QFETCH(QString, preset);
    Network<float> net = buildNetwork<float>(findPreset(preset.toStdString()).network);
    net.initialize(3);
    const QString file = dir_.filePath(preset + ".cnnlab");
    saveModel(net, file.toStdString(), {{"epochs", 4}});
    LoadedModel loaded = loadModel(file.toStdString());
    QCOMPARE(loaded.metadata["epochs"].get<int>(), 4);
    QCOMPARE(loaded.network.spec().dump(), net.spec().dump());
    QVERIFY(arma::approx_equal(loaded.network.parameters(), net.parameters(), "absdiff", 0));
    arma::fmat x(784, 2, arma::fill::randu);
    const arma::fmat a = net.forward(x);
    QVERIFY(arma::approx_equal(loaded.network.forward(x), a, "absdiff", 0));
    QVERIFY(!QFile::exists(file + ".tmp"));
  }

  void brokenFilesAreRefused_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("flipped weight byte") << "flip" << "checksum";
    QTest::newRow("truncated") << "truncate" << "truncated";
    QTest::newRow("not a model") << "magic" << "not a cnnlab model file";
    QTest::newRow("future version") << "version" << "version 9 is not supported";
    QTest::newRow("empty") << "empty" << "not a cnnlab model file";
  }
  void brokenFilesAreRefused() {
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const QString file = dir_.filePath("broken.cnnlab");
    saveModel(seedNetwork(1), file.toStdString());
    QByteArray bytes = read(file);
    if (damage == "flip") bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 1);
    if (damage == "truncate") bytes.chop(bytes.size() / 2);
    if (damage == "magic") bytes[0] = 'X';
    if (damage == "version") bytes[8] = 9;
    if (damage == "empty") bytes.clear();
    write(file, bytes);
    try {
      loadModel(file.toStdString());
      QFAIL("no error");
    } catch (const ModelFileError& e) {
      QVERIFY2(QString(e.what()).contains(message), e.what());
      QVERIFY(!QString(e.what()).contains('\n'));
    }
  }

  void failedSaveKeepsThePreviousFile() {
    const QString file = dir_.filePath("keep.cnnlab");
    saveModel(seedNetwork(1), file.toStdString());
    const QByteArray before = read(file);
    // A file-size limit stands in for a full disk: the write fails before anything replaces the
    // file, and the temporary file is removed.
    const auto entries = QDir(dir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    struct rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = 1000;
    setrlimit(RLIMIT_FSIZE, &tiny);
    QVERIFY_THROWS_EXCEPTION(ModelFileError, saveModel(seedNetwork(2), file.toStdString()));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    QCOMPARE(read(file), before);
    QCOMPARE(QDir(dir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), entries);
    saveModel(seedNetwork(2), file.toStdString());
    QVERIFY(read(file) != before);
  }

  void missingFile() {
    QVERIFY_THROWS_EXCEPTION(ModelFileError, loadModel(dir_.filePath("absent.cnnlab").toStdString()));
  }

  // The file's network JSON states the input depth explicitly, also when the spec left it out
  // (depth 1 by default), so a colour model is never read as a grey one.
  void theInputDepthIsRecorded_data() {
    QTest::addColumn<int>("depth");
    QTest::newRow("grey, depth not written in the spec") << 1;
    QTest::newRow("colour") << 3;
  }
  void theInputDepthIsRecorded() {
    QFETCH(int, depth);
    nlohmann::json spec = findPreset("lenet5").network;
    if (depth == 1) spec["input"].erase("depth");
    else spec = adaptToData(spec, std::size_t(depth), 10).spec;
    Network<float> net = buildNetwork<float>(spec);
    net.initialize(2);
    const QString file = dir_.filePath(QString("depth%1.cnnlab").arg(depth));
    saveModel(net, file.toStdString());
    const QByteArray bytes = read(file);
    std::uint64_t length = 0;
    for (int i = 0; i < 8; ++i) length |= std::uint64_t(std::uint8_t(bytes[12 + i])) << (8 * i);
    const auto document = nlohmann::json::parse(bytes.mid(20, qsizetype(length)).toStdString());
    QCOMPARE(document["network"]["input"]["depth"].get<int>(), depth);
    QCOMPARE(loadModel(file.toStdString()).network.inputShape().depth, std::size_t(depth));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestModelFile)
#include "test_model_file.moc"
