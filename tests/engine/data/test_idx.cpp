// Tests for the IDX reader: real files, gzip, and every way a file can be broken.
#include <QtTest>
#include <QTemporaryDir>

#include <zlib.h>

#include <fstream>

#include "engine/data/dataset.hpp"
#include "engine/data/idx.hpp"
#include "tests/test_files.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {
std::vector<std::uint8_t> idxHeader(std::vector<std::uint32_t> dims, std::uint8_t type = 0x08) {
  std::vector<std::uint8_t> bytes = {0, 0, type, std::uint8_t(dims.size())};
  for (auto d : dims)
    for (int s : {24, 16, 8, 0}) bytes.push_back(std::uint8_t(d >> s));
  return bytes;
}
}  // namespace

class TestIdx : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QString path(const char* name) { return dir_.filePath(name); }

 private slots:
  void embeddedSubsetIsMnist() {
    const RawSplit split = embeddedMnist();
    QCOMPARE(split.train.count, std::size_t(8000));
    QCOMPARE(split.test.count, std::size_t(2000));
    QCOMPARE(split.train.height, std::size_t(28));
    // Class counts from the data's README: 0: 1001, 1: 1127 over all 10,000.
    std::size_t zeros = 0, ones = 0;
    for (const RawImages* part : {&split.train, &split.test})
      for (auto label : part->labels) {
        zeros += label == 0;
        ones += label == 1;
      }
    QCOMPARE(zeros, std::size_t(1001));
    QCOMPARE(ones, std::size_t(1127));
  }

  void plainAndGzipRoundTrip() {
    IdxArray a{{2, 3, 2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}};
    writeIdx(path("plain").toStdString(), a);
    const IdxArray b = readIdx(path("plain").toStdString(), 3);
    QVERIFY(b.dims == a.dims);
    QVERIFY(b.data == a.data);
    auto bytes = idxHeader({2, 3, 2});
    bytes.insert(bytes.end(), a.data.begin(), a.data.end());
    writeGzip(path("zipped.gz"), bytes);
    QVERIFY(readIdx(path("zipped.gz").toStdString(), 3).data == a.data);
  }

  void brokenFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("message");
    auto qb = [](std::vector<std::uint8_t> v) { return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size())); };
    auto withData = [](std::vector<std::uint8_t> h, std::size_t n) { h.resize(h.size() + n, 7); return h; };
    QTest::newRow("empty") << QByteArray() << false << "too short";
    QTest::newRow("bad magic") << qb(withData({1, 2, 8, 1, 0, 0, 0, 1}, 1)) << false << "bad magic";
    QTest::newRow("float type") << qb(withData(idxHeader({4}, 0x0d), 16)) << false << "unsupported IDX element type 0x0d";
    QTest::newRow("zero dims") << qb({0, 0, 8, 0}) << false << "dimension count";
    QTest::newRow("truncated header") << qb({0, 0, 8, 3, 0, 0}) << false << "truncated IDX header";
    QTest::newRow("truncated data") << qb(withData(idxHeader({10, 28, 28}), 100)) << false << "truncated";
    QTest::newRow("zero dimension") << qb(idxHeader({0, 28, 28})) << false << "dimension 1 is 0";
    // A lying header that claims 4 billion × 4 billion: refused before anything is allocated.
    QTest::newRow("absurd header") << qb(withData(idxHeader({0xffffffffu, 0xffffffffu, 28}), 10)) << false << "absurd size";
    QTest::newRow("trailing bytes") << qb(withData(idxHeader({3}), 5)) << false << "unexpected bytes";
    QTest::newRow("truncated gzip") << qb(withData(idxHeader({50, 28, 28}), 50 * 784)) << true << "truncated";
  }
  void brokenFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzip);
    QFETCH(QString, message);
    const std::vector<std::uint8_t> raw(bytes.begin(), bytes.end());
    const QString file = path(gzip ? "broken.gz" : "broken");
    if (gzip) {
      writeGzip(file, raw);
      QFile f(file);  // cut the compressed stream in half
      QVERIFY(f.resize(f.size() / 2));
    } else {
      writeBytes(file, raw);
    }
    try {
      readIdx(file.toStdString());
      QFAIL("no error");
    } catch (const IdxError& e) {
      QVERIFY2(QString(e.what()).contains(message), e.what());
      QVERIFY2(QString(e.what()).startsWith(file), e.what());  // names the file
      QVERIFY(!QString(e.what()).contains('\n'));
    }
  }

  void corruptGzipIsRefused() {
    auto bytes = idxHeader({20, 28, 28});
    bytes.resize(bytes.size() + 20 * 784, 3);
    writeGzip(path("corrupt.gz"), bytes);
    QFile f(path("corrupt.gz"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray all = f.readAll();
    for (int i = 12; i < 40; ++i) all[i] = char(all[i] ^ 0x5a);
    f.seek(0);
    f.write(all);
    f.close();
    QVERIFY_THROWS_EXCEPTION(IdxError, readIdx(path("corrupt.gz").toStdString()));
  }

  void missingFileIsNamed() {
    try {
      readIdx(path("nope").toStdString());
      QFAIL("no error");
    } catch (const IdxError& e) {
      QVERIFY(QString(e.what()).contains("cannot open"));
    }
  }

  void pairCountsMustAgree() {
    writeIdx(path("images").toStdString(), {{3, 2, 2}, std::vector<std::uint8_t>(12, 1)});
    writeIdx(path("labels").toStdString(), {{4}, {0, 1, 0, 1}});
    try {
      readIdxPair(path("images").toStdString(), path("labels").toStdString());
      QFAIL("no error");
    } catch (const IdxError& e) {
      QVERIFY2(QString(e.what()).contains("has 3 images but"), e.what());
    }
  }

  void directoryLayouts() {
    QTemporaryDir standard;
    for (const char* prefix : {"train", "t10k"}) {
      writeIdx(standard.filePath(QString(prefix) + "-images-idx3-ubyte").toStdString(), {{2, 2, 2}, std::vector<std::uint8_t>(8, 255)});
      writeIdx(standard.filePath(QString(prefix) + "-labels-idx1-ubyte").toStdString(), {{2}, {3, 5}});
    }
    const RawSplit split = readMnistDirectory(standard.path().toStdString());
    QCOMPARE(split.train.count, std::size_t(2));
    QCOMPARE(split.test.labels[1], std::uint8_t(5));
    // One of the four missing is named.
    QFile::remove(standard.filePath("t10k-labels-idx1-ubyte"));
    try {
      readMnistDirectory(standard.path().toStdString());
      QFAIL("no error");
    } catch (const IdxError& e) {
      QVERIFY2(QString(e.what()).contains("missing t10k-labels-idx1-ubyte"), e.what());
    }
  }

  void preprocessingFollowsTheNotes() {
    // First N of each chosen class, scaled to [0, 1], one-hot targets.
    const RawSplit split = embeddedMnist();
    const Dataset data = makeDataset(split.train, {.classes = {0, 1}, .perClassLimit = 100, .shuffle = true, .seed = 0});
    QCOMPARE(data.size(), std::size_t(200));
    QCOMPARE(data.classCount(), std::size_t(2));
    QCOMPARE(data.shape.size(), std::size_t(784));
    QCOMPARE(data.pixels.size(), std::size_t(200 * 784));
    arma::fmat images;
    data.gatherRange(0, data.size(), images);
    QCOMPARE(images.n_rows, arma::uword(784));
    QVERIFY(images.max() <= 1.0f);
    QVERIFY(images.min() >= 0.0f);
    QCOMPARE(std::size_t(arma::accu(data.targets.row(0))), std::size_t(100));
    for (std::size_t n = 0; n < data.size(); ++n) {
      QCOMPARE(data.targets(data.labels[n], n), 1.0f);
      QCOMPARE(int(split.train.labels[data.sourceIndex[n]]), data.classes[data.labels[n]]);
      // Pixel (r, c) of the IDX row-major image sits at r + 28c.
      QCOMPARE(images(5 + 28 * 14, n), float(split.train.pixels[data.sourceIndex[n] * 784 + 5 * 28 + 14]) / 255.0f);
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(split.train, {.classes = {42}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseClassList("0,x"));
    QVERIFY(parseClassList(" 3, 5,8") == (std::vector<int>{3, 5, 8}));
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestIdx)
#include "test_idx.moc"
