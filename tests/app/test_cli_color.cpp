// cnnlab-cli on colour image folders (#15): --color keeps R, G, B and a preset adapts to it; a
// 3-channel LeNet-5 learns two classes that differ only in hue at equal brightness, which the grey
// version cannot; --net is taken as written (depth and class count errors name both numbers);
// evaluate and predict read a colour model's images in colour.
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "ui/imageio/image_folder.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_files.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab::testing;

namespace {

// Pairs of colours, one reddish (r, 40, 90) and one greenish (40, g, 120), whose grey value under
// the reader's own conversion (readImage without colour) is identical.
std::vector<std::pair<QRgb, QRgb>> equalGreyPairs(const QString& dir) {
  QImage strip(256, 2, QImage::Format_RGB32);
  for (int i = 0; i < 256; ++i) {
    strip.setPixel(i, 0, qRgb(i, 40, 90));
    strip.setPixel(i, 1, qRgb(40, i, 120));
  }
  const QString path = dir + "/strip.png";
  if (!strip.save(path)) return {};
  const std::vector<std::uint8_t> grey = cnnlab::readImage(path.toStdString(), {.height = 2, .width = 256});
  std::vector<std::pair<QRgb, QRgb>> pairs;
  for (int r = 120; r < 256; r += 12)
    for (int g = 0; g < 256; ++g)
      if (grey[std::size_t(r)] == grey[std::size_t(256 + g)]) {
        pairs.push_back({qRgb(r, 40, 90), qRgb(40, g, 120)});
        break;
      }
  QFile::remove(path);
  return pairs;
}

// root/0-red and root/1-green, perClass 28×28 PNGs each: grey noise, and a square of a random size at
// a random place in one colour of a random equal-grey pair (red in class 0, green in class 1).
// In grey, both classes are the same distribution of images.
void makeHueFolder(const QString& root, int perClass, const std::vector<std::pair<QRgb, QRgb>>& pairs) {
  std::mt19937 random(7);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  for (int label = 0; label < 2; ++label) {
    const QString folder = root + (label ? "/1-green" : "/0-red");
    QDir().mkpath(folder);
    for (int i = 0; i < perClass; ++i) {
      QImage image(28, 28, QImage::Format_RGB32);
      for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
          const int v = uniform(0, 255);
          image.setPixel(x, y, qRgb(v, v, v));
        }
      const auto& pair = pairs[std::size_t(uniform(0, int(pairs.size()) - 1))];
      const QRgb colour = label ? pair.second : pair.first;
      const int size = uniform(8, 14), x0 = uniform(0, 28 - size), y0 = uniform(0, 28 - size);
      for (int y = y0; y < y0 + size; ++y)
        for (int x = x0; x < x0 + size; ++x) image.setPixel(x, y, colour);
      QVERIFY(image.save(QString("%1/%2.png").arg(folder).arg(i, 3, 10, QChar('0'))));
    }
  }
}

}  // namespace

class TestCliColor : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString hue_;

 private slots:
  void initTestCase() {
    const auto pairs = equalGreyPairs(dir_.path());
    QVERIFY2(pairs.size() >= 5, "no colours of equal grey found");
    hue_ = dir_.filePath("hue");
    makeHueFolder(hue_, 200, pairs);
  }

  // The proof that colour is used: the same images, the same network, with and without --color.
  // (lr 0.01 instead of the preset's 0.05: on 240 images the preset's rate swings between 50 and
  // 100 %; at 0.01, 60 epochs reached 100 % for seeds 1–5 in about 3 s.)
  void colourLearnsWhatGreyCannot() {
    const auto start = std::chrono::steady_clock::now();
    const std::string model = dir_.filePath("hue.cnnlab").toStdString();
    const Run colour = cli({"train", "--preset", "lenet5", "--data", hue_.toStdString(), "--color", "--split", "0.6",
                            "--epochs", "60", "--lr", "0.01", "--seed", "1", "--save", model, "--json"});
    QVERIFY2(colour.code == 0, colour.err.c_str());
    QVERIFY2(QString::fromStdString(colour.err)
                 .startsWith("adapted preset lenet5 to the data: input depth 1 → 3, outputs 10 → 2\n"),
             colour.err.c_str());
    const auto c = colour.json();
    QCOMPARE(c["adapted"].get<std::string>(), std::string("input depth 1 → 3, outputs 10 → 2"));
    QCOMPARE(c["input_depth"].get<int>(), 3);
    const Run grey = cli({"train", "--preset", "lenet5", "--data", hue_.toStdString(), "--split", "0.6", "--epochs", "60", "--lr", "0.01",
                          "--seed", "1", "--json"});
    QVERIFY2(grey.code == 0, grey.err.c_str());
    QVERIFY2(QString::fromStdString(grey.err).startsWith("adapted preset lenet5 to the data: outputs 10 → 2\n"),
             grey.err.c_str());
    const double colourAccuracy = c["test_accuracy"].get<double>(), greyAccuracy = grey.json()["test_accuracy"].get<double>();
    qInfo("test accuracy with --color %.1f %%, grey %.1f %% (%.1f s)", 100 * colourAccuracy, 100 * greyAccuracy,
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    QVERIFY2(colourAccuracy >= 0.95, (std::to_string(colourAccuracy) + "\n" + colour.err).c_str());
    QVERIFY2(greyAccuracy <= 0.65, qPrintable(QString::number(greyAccuracy)));

    // The saved colour model reads the folder in colour by itself (evaluate, predict).
    const Run evaluate = cli({"evaluate", "--model", model, "--data", hue_.toStdString(), "--json"});
    QVERIFY2(evaluate.code == 0, evaluate.err.c_str());
    QVERIFY(evaluate.json()["test_accuracy"].get<double>() >= 0.95);
    const Run predict = cli({"predict", "--model", model, (hue_ + "/0-red/199.png").toStdString(),
                             (hue_ + "/1-green/199.png").toStdString(), "--json"});
    QVERIFY2(predict.code == 0, predict.err.c_str());
    QCOMPARE(predict.json()["predictions"][0]["class"].get<int>(), 0);
    QCOMPARE(predict.json()["predictions"][1]["class"].get<int>(), 1);
  }

  // A network file is taken as written.
  void netFileDepthAndClassesAreChecked() {
    writeText(dir_.filePath("grey2.json"), R"({"input": {"depth": 1, "height": 28, "width": 28},
      "layers": [{"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}], "loss": "cross_entropy"})");
    const Run depth = cli({"train", "--net", dir_.filePath("grey2.json").toStdString(), "--data", hue_.toStdString(), "--color"});
    QCOMPARE(depth.code, 1);
    QVERIFY2(depth.err.find("takes input depth 1 (grey) but the data has depth 3 (colour)") != std::string::npos,
             depth.err.c_str());
    QCOMPARE(QString::fromStdString(depth.err).count('\n'), 1);

    writeText(dir_.filePath("colour10.json"), R"({"input": {"depth": 3, "height": 28, "width": 28},
      "layers": [{"type": "reshape"}, {"type": "dense", "units": 10}, {"type": "softmax"}], "loss": "cross_entropy"})");
    const Run classes = cli({"train", "--net", dir_.filePath("colour10.json").toStdString(), "--data", hue_.toStdString(),
                             "--color"});
    QCOMPARE(classes.code, 1);
    QVERIFY2(classes.err.find("ends with 10 outputs but the data") != std::string::npos &&
                 classes.err.find("has only 2 classes") != std::string::npos,
             classes.err.c_str());
    QCOMPARE(QString::fromStdString(classes.err).count('\n'), 1);

    // A 2-output colour network on the 2-class folder: both classes, and the first line says so.
    writeText(dir_.filePath("colour2.json"), R"({"input": {"depth": 3, "height": 28, "width": 28},
      "layers": [{"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}], "loss": "cross_entropy"})");
    const Run ok = cli({"train", "--net", dir_.filePath("colour2.json").toStdString(), "--data", hue_.toStdString(),
                        "--color", "--epochs", "1"});
    QVERIFY2(ok.code == 0, ok.err.c_str());
    QVERIFY2(QString::fromStdString(ok.err).startsWith("using the first 2 classes of the data (0-red, 1-green)"), ok.err.c_str());
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestCliColor)
#include "test_cli_color.moc"
