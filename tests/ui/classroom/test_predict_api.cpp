// POST /api/predict and GET /api/model: the network as a web application (the second notes' last
// section). The API answers exactly as cnnlab-cli predict does for the same model and image, and
// refuses what it must: no code 403, a body over the cap 413, not an image 400, too fast 429.
#include <QtTest>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "engine/model_file.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/classroom/drawn_digit.hpp"
#include "tests/ui/classroom/raw_http.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/imageio/model_prediction.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

QByteArray post(const QByteArray& target, const QByteArray& type, const QByteArray& body, const QByteArray& extra = {}) {
  return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: " +
         QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// A digit drawn as a phone would: dark strokes on white.
QImage drawnDigit(int which) { return cnnlab::testing::drawnDigit(which, Qt::white, Qt::black); }
using cnnlab::testing::png;

}  // namespace

class TestPredictApi : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::unique_ptr<TrainingSession> session_;
  std::unique_ptr<ClassroomServer> server_;
  std::string modelFile_;

  void startServer(ClassroomServer::Options options = {}, bool withFile = true) {
    server_ = std::make_unique<ClassroomServer>(*session_);
    if (withFile) server_->setModel(std::make_shared<ModelPredictor>(loadModel(modelFile_)));
    QString error;
    QVERIFY2(server_->start(options, &error), qPrintable(error));
  }
  QByteArray withCode(const QByteArray& target) const { return target + "?code=" + server_->code().toUtf8(); }

 private slots:
  void initTestCase() {
    // A small trained digit model, saved as cnnlab-cli saves one.
    modelFile_ = dir_.filePath("digits.cnnlab").toStdString();
    const Run r = cli({"train", "--per-class", "60", "--epochs", "2", "--seed", "2", "--save", modelFile_});
    QVERIFY2(r.code == 0, r.err.c_str());
  }
  void init() { session_ = std::make_unique<TrainingSession>(); }
  void cleanup() {
    server_.reset();
    session_.reset();
  }

  // The same images through the API and through cnnlab-cli predict: the same class, label and
  // probabilities, number for number.
  void agreesWithTheCli() {
    startServer();
    for (int which : {0, 1}) {
      const QString file = dir_.filePath(QString("drawn%1.png").arg(which));
      QVERIFY(drawnDigit(which).save(file));
      const Run cliRun = cli({"predict", "--model", modelFile_, file.toStdString(), "--json"});
      QVERIFY2(cliRun.code == 0, cliRun.err.c_str());
      const nlohmann::json expected = cliRun.json()["predictions"][0];
      QByteArray body;
      QCOMPARE(rawStatus(server_->port(), post(withCode("/api/predict"), "image/png", png(drawnDigit(which))), &body), 200);
      const nlohmann::json got = nlohmann::json::parse(body.toStdString());
      // "probabilities" for a softmax, "outputs" for seed-binary's two sigmoids (which do not sum to 1)
      const char* values = expected.contains("probabilities") ? "probabilities" : "outputs";
      for (const char* key : {"class", "label", values}) QCOMPARE(got.at(key).dump(), expected.at(key).dump());
      QCOMPARE(got["class"].get<int>(), which);  // and the model is right about them
      // What the network saw and where it looked: 28 × 28 each, in [0, 1].
      QCOMPARE(got["input"]["pixels"].size(), std::size_t(784));
      QCOMPARE(got["saliency"].size(), std::size_t(784));
      double top = 0;
      for (const auto& v : got["saliency"]) top = std::max(top, v.get<double>());
      QCOMPARE(top, 1.0);
    }
  }

  // A JSON array of the input's pixels goes to the network as it is, with no preprocessing: the
  // input it reports back is the one it was given.
  void takesAnArrayOfPixels() {
    startServer();
    nlohmann::json pixels = nlohmann::json::array();
    for (int r = 0; r < 28; ++r)
      for (int c = 0; c < 28; ++c) pixels.push_back(c == 14 && r > 4 && r < 24 ? 1.0 : 0.0);
    QByteArray body;
    QCOMPARE(rawStatus(server_->port(), post(withCode("/api/predict"), "application/json", QByteArray::fromStdString(pixels.dump())), &body), 200);
    const nlohmann::json got = nlohmann::json::parse(body.toStdString());
    QCOMPARE(got["input"]["pixels"].dump(), pixels.dump());
    QCOMPARE(got["outputs"].size(), std::size_t(2));
  }

  void refusals() {
    ClassroomServer::Options options;
    options.http.maxBody = 4096;
    options.predictBurst = 3;
    options.predictPerSecond = 0.01;
    startServer(options);
    const quint16 port = server_->port();
    const QByteArray image = png(drawnDigit(1));
    QVERIFY(image.size() < 4096);
    QByteArray body;
    QCOMPARE(rawStatus(port, post("/api/predict", "image/png", image)), 403);                      // no code
    QCOMPARE(rawStatus(port, get(withCode("/api/predict"))), 405);                                  // not POST
    QCOMPARE(rawStatus(port, "HEAD " + withCode("/api/predict") + " HTTP/1.1\r\n\r\n", &body), 405);
    QVERIFY2(body.isEmpty(), body.constData());  // a HEAD answer has headers only
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "image/png", QByteArray(5000, 'x'))), 413);  // over the cap
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "image/png", "hello", "X-Student: a\r\n"), &body), 400);
    QVERIFY2(body.contains("cannot read the image"), body.constData());
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "application/json", "[0, 1]", "X-Student: a\r\n"), &body), 400);
    QVERIFY2(body.contains("expected a JSON array of 784 numbers"), body.constData());
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "application/json", "{\"pixels\": [", "X-Student: a\r\n")), 400);
    QCOMPARE(rawStatus(port, post(withCode("/"), "image/png", image)), 413);  // only the predict API takes a body
    // Student a spent its 3; b has its own budget.
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "image/png", image, "X-Student: a\r\n")), 429);
    QCOMPARE(rawStatus(port, post(withCode("/api/predict"), "image/png", image, "X-Student: b\r\n")), 200);
  }

  // Without a model file the teacher's current network answers, and /api/model says which.
  void theSessionsNetworkAnswersWithoutAFile() {
    startServer({}, false);
    QByteArray body;
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/model")), &body), 200);
    nlohmann::json info = nlohmann::json::parse(body.toStdString());
    QCOMPARE(info["available"].get<bool>(), true);
    QCOMPARE(info["source"].get<std::string>(), std::string("session"));
    QCOMPARE(info["labels"].dump(), std::string(R"(["0","1"])"));
    QCOMPARE(rawStatus(server_->port(), post(withCode("/api/predict"), "image/png", png(drawnDigit(0))), &body), 200);
    QVERIFY(nlohmann::json::parse(body.toStdString()).contains("class"));
    server_.reset();
    startServer();
    QCOMPARE(rawStatus(server_->port(), get(withCode("/api/model")), &body), 200);
    info = nlohmann::json::parse(body.toStdString());
    QCOMPARE(info["source"].get<std::string>(), std::string("file"));
    QCOMPARE(info["name"].get<std::string>(), std::string("digits.cnnlab"));
  }
};

CNNLAB_TEST_MAIN(TestPredictApi)
#include "test_predict_api.moc"
