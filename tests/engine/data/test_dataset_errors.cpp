// Issue 6's bad data inputs: counts that disagree, a header claiming absurd sizes, a wrong magic
// number, truncated and corrupt files, labels out of range, missing files. Each is one clear line
// from the engine and from `cnnlab-cli train --data`, which exits non-zero within a second of CPU
// time and leaves nothing behind (no model file).
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

#include <fstream>
#include <sstream>

#include "engine/data/dataset.hpp"
#include "engine/data/idx.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_files.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

IdxArray images(std::uint32_t n, std::uint32_t side = 4) {
  IdxArray a{{n, side, side}, std::vector<std::uint8_t>(std::size_t(n) * side * side, 7)};
  return a;
}

IdxArray labels(std::vector<std::uint8_t> values) {
  return {{std::uint32_t(values.size())}, std::move(values)};
}

std::vector<std::uint8_t> readBytes(const QString& path) { return readFileBytes(path.toStdString()); }

// An IDX header with these dimensions followed by `data` bytes.
std::vector<std::uint8_t> idxHeaderWith(std::vector<std::uint32_t> dims, std::size_t data, std::uint8_t magic0 = 0) {
  std::vector<std::uint8_t> bytes = {magic0, 0, 0x08, std::uint8_t(dims.size())};
  for (std::uint32_t d : dims)
    for (int shift : {24, 16, 8, 0}) bytes.push_back(std::uint8_t(d >> shift));
  bytes.resize(bytes.size() + data, 1);
  return bytes;
}

}  // namespace

class TestDatasetErrors : public QObject {
  Q_OBJECT

 private slots:
  // Each row prepares a directory in MNIST's single-pair layout (images-idx3-ubyte + labels-idx1-ubyte)
  // that is broken in one way; the engine and the CLI must both name the problem.
  void badDirectories_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("cliMessage");  // when the CLI (which also knows image folders) says more
    QTest::newRow("counts disagree") << "counts" << "has 5 images but" << "";
    QTest::newRow("absurd header") << "absurd" << "absurd size" << "";
    QTest::newRow("header larger than the file") << "lying" << "truncated: the header promises 188160000 bytes" << "";
    QTest::newRow("wrong magic number") << "magic" << "bad magic number" << "";
    QTest::newRow("truncated file") << "truncated" << "truncated" << "";
    QTest::newRow("truncated gzip") << "gzip-truncated" << "gzip data is truncated" << "";
    QTest::newRow("corrupt gzip") << "gzip-corrupt" << "gzip data is corrupt" << "";
    QTest::newRow("labels swapped with images") << "swapped" << "expected an IDX file with 1 dimension" << "";
    QTest::newRow("missing labels") << "no-labels" << "no MNIST files" << "";
    QTest::newRow("half of the train/t10k set") << "half-standard" << "missing t10k-labels-idx1-ubyte" << "";
    QTest::newRow("empty directory") << "empty" << "no MNIST files" << "empty folder: expected MNIST-layout IDX files or one subfolder";
    QTest::newRow("not a directory") << "nowhere" << "not a directory" << "";
  }
  void badDirectories() {
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, cliMessage);
    QTemporaryDir dir;
    const QString images3 = dir.filePath("images-idx3-ubyte"), labels1 = dir.filePath("labels-idx1-ubyte");
    QString directory = dir.path();
    if (kind == "counts") {
      writeIdx(images3.toStdString(), images(5));
      writeIdx(labels1.toStdString(), labels({0, 1, 0, 1}));
    } else if (kind == "absurd") {
      writeBytes(images3, idxHeaderWith({100000, 100000, 100000}, 16));
      writeIdx(labels1.toStdString(), labels({0, 1}));
    } else if (kind == "lying") {
      writeBytes(images3, idxHeaderWith({240000, 28, 28}, 10));  // promises 188 MB, holds 10 bytes
      writeIdx(labels1.toStdString(), labels({0, 1}));
    } else if (kind == "magic") {
      writeBytes(images3, idxHeaderWith({2, 4, 4}, 32, 0x42));
      writeIdx(labels1.toStdString(), labels({0, 1}));
    } else if (kind == "truncated") {
      writeIdx(images3.toStdString(), images(3));
      auto bytes = readBytes(images3);
      bytes.resize(bytes.size() - 5);
      writeBytes(images3, bytes);
      writeIdx(labels1.toStdString(), labels({0, 1, 0}));
    } else if (kind == "gzip-truncated" || kind == "gzip-corrupt") {
      writeIdx(dir.filePath("plain").toStdString(), images(50, 8));
      writeGzip(images3 + ".gz", readBytes(dir.filePath("plain")));
      auto bytes = readBytes(images3 + ".gz");
      if (kind == "gzip-truncated") bytes.resize(bytes.size() / 2);
      else for (std::size_t i = 12; i < bytes.size() - 8; i += 3) bytes[i] ^= 0x5a;
      writeBytes(images3 + ".gz", bytes);
      writeIdx(labels1.toStdString(), labels(std::vector<std::uint8_t>(50, 1)));
    } else if (kind == "swapped") {
      writeIdx(labels1.toStdString(), images(2));
      writeIdx(images3.toStdString(), labels({0, 1}));
    } else if (kind == "no-labels") {
      writeIdx(images3.toStdString(), images(2));
    } else if (kind == "half-standard") {
      writeIdx(dir.filePath("train-images-idx3-ubyte").toStdString(), images(2));
      writeIdx(dir.filePath("train-labels-idx1-ubyte").toStdString(), labels({0, 1}));
      writeIdx(dir.filePath("t10k-images-idx3-ubyte").toStdString(), images(2));
    } else if (kind == "nowhere") {
      directory = dir.filePath("does-not-exist");
    }

    // The engine: IdxError, one line.
    std::string thrown;
    try {
      readMnistDirectory(directory.toStdString(), 0.5);
    } catch (const IdxError& e) {
      thrown = e.what();
    }
    QVERIFY2(thrown.find(message.toStdString()) != std::string::npos, ("got: " + thrown).c_str());
    QVERIFY(thrown.find('\n') == std::string::npos);

    // The CLI: exit 1 within a second of CPU, "error: …" on one line, no model saved.
    const QString model = dir.filePath("model.cnnlab");
    const Run r = cli({"train", "--data", directory.toStdString(), "--classes", "0,1", "--epochs", "1", "--save",
                       model.toStdString()});
    QCOMPARE(r.code, 1);
    const std::string expected = (cliMessage.isEmpty() ? message : cliMessage).toStdString();
    QVERIFY2(r.err.rfind("error: ", 0) == 0 && r.err.find(expected) != std::string::npos, r.err.c_str());
    QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1L);
    QVERIFY2(r.cpuSeconds < 1.0, QByteArray::number(r.cpuSeconds));
    QVERIFY(!QFile::exists(model));
  }

  // Labels out of range: a class the data does not have, a label that cannot exist, a class twice.
  void labelsOutOfRange_data() {
    QTest::addColumn<QString>("classes");
    QTest::addColumn<QString>("message");
    QTest::newRow("class not in the data") << "0,7" << "class 7 has no samples";
    QTest::newRow("label over 255") << "0,300" << "bad class '300'";
    QTest::newRow("negative") << "-1,0" << "bad class '-1'";
    QTest::newRow("not a number") << "zero,one" << "bad class 'zero'";
    QTest::newRow("twice") << "1,1" << "class 1 is listed twice";
  }
  void labelsOutOfRange() {
    QFETCH(QString, classes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    writeIdx(dir.filePath("images-idx3-ubyte").toStdString(), images(6, 28));
    writeIdx(dir.filePath("labels-idx1-ubyte").toStdString(), labels({0, 1, 2, 0, 1, 2}));
    std::string thrown;
    try {
      const RawSplit split = readMnistDirectory(dir.path().toStdString(), 0.5);
      makeDataset(split.train, {.classes = parseClassList(classes.toStdString())});
    } catch (const std::invalid_argument& e) {
      thrown = e.what();
    }
    QVERIFY2(thrown.find(message.toStdString()) != std::string::npos, ("got: " + thrown).c_str());
    const Run r = cli({"train", "--data", dir.path().toStdString(), "--classes", classes.toStdString(), "--epochs", "1"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
    QVERIFY2(r.cpuSeconds < 1.0, QByteArray::number(r.cpuSeconds));
  }

  // A good single pair is split by --split, and a pair sorted by class keeps every class in both
  // halves with splitRawByClass.
  void splitsByRatio() {
    RawImages all;
    all.height = all.width = 2;
    all.count = 10;
    all.pixels.assign(40, 0);
    all.labels = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    const RawSplit plain = splitRaw(all, 0.6);
    QCOMPARE(plain.train.count, std::size_t(6));
    QCOMPARE(countLabels(plain.test).size(), std::size_t(2));
    QCOMPARE(countLabels(plain.test)[0], std::size_t(0));  // sorted data: the plain split loses class 0
    const RawSplit byClass = splitRawByClass(all, 0.6);
    QCOMPARE(byClass.train.count, std::size_t(6));
    QCOMPARE(countLabels(byClass.train), (std::vector<std::size_t>{3, 3}));
    QCOMPARE(countLabels(byClass.test), (std::vector<std::size_t>{2, 2}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitRawByClass(all, 1.0));

    QTemporaryDir dir;
    IdxArray pair = images(20, 28);
    writeIdx(dir.filePath("images-idx3-ubyte").toStdString(), pair);
    std::vector<std::uint8_t> values;
    for (int i = 0; i < 20; ++i) values.push_back(std::uint8_t(i % 2));
    writeIdx(dir.filePath("labels-idx1-ubyte").toStdString(), labels(values));
    const Run r = cli({"train", "--data", dir.path().toStdString(), "--split", "0.75", "--epochs", "1", "--json"});
    QVERIFY2(r.code == 0, r.err.c_str());
    QVERIFY2(r.err.find("15 training and 5 test images") != std::string::npos, r.err.c_str());
    const Run bad = cli({"train", "--data", dir.path().toStdString(), "--split", "1.5"});
    QCOMPARE(bad.code, 2);
  }

  // A RawImages whose sizes disagree (a bug elsewhere, or a hand-made one) is refused, not read past.
  void inconsistentRawImages() {
    RawImages raw;
    raw.count = 3;
    raw.height = raw.width = 2;
    raw.pixels.assign(8, 0);  // 12 needed
    raw.labels = {0, 1, 0};
    raw.source = "hand-made";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(raw, {}));
    RawImages empty;
    empty.source = "nothing";
    try {
      makeDataset(empty, {});
      QFAIL("no exception");
    } catch (const std::invalid_argument& e) {
      QCOMPARE(std::string(e.what()), std::string("nothing: no images"));
    }
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestDatasetErrors)
#include "test_dataset_errors.moc"
