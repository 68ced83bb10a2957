// The class's drawings (#24): what students draw on the page reaches the teacher's gallery with
// what they meant; the teacher hides one, exports the rest as an image folder that cnnlab reads back,
// and adds them to the training data, which then trains on them.
#include <QtTest>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

#include "tests/qtry_timeout.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/classroom/drawn_digit.hpp"
#include "tests/ui/classroom/raw_http.hpp"
#include "ui/classroom/class_drawings.hpp"
#include "ui/classroom/classroom_server.hpp"
#include "ui/imageio/image_folder.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

// Light strokes on black, as the page's canvas draws them.
QByteArray drawnPng(int which, int shift) { return testing::png(testing::drawnDigit(which, Qt::black, Qt::white, shift)); }

}  // namespace

class TestClassDrawings : public QObject {
  Q_OBJECT

 private slots:
  void galleryHideExportAndTrain() {
    TrainingSession session;  // seed-binary: classes 0 and 1, the teacher's network answers
    ClassroomServer server(session);
    QVERIFY(server.start({}));
    ClassDrawingsView view(server, session);
    view.resize(1280, 720);
    QCOMPARE(view.summary(), QString("No drawings yet: students draw on the page's Draw tab."));

    // Four drawings: two ones and a zero that say what they are, and one that does not.
    const auto send = [&](int which, int shift, const QByteArray& meant) {
      const QByteArray body = drawnPng(which, shift);
      const QByteArray target = "/api/predict?code=" + server.code().toUtf8() + (meant.isEmpty() ? "" : "&meant=" + meant);
      return rawStatus(server.port(), "POST " + target + " HTTP/1.1\r\nContent-Type: image/png\r\nX-Student: s" +
                                          QByteArray::number(which) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                          "\r\n\r\n" + body);
    };
    QCOMPARE(send(1, 0, "1"), 200);
    QCOMPARE(send(1, 20, "1"), 200);
    QCOMPARE(send(0, 0, "0"), 200);
    QCOMPARE(send(0, 10, ""), 200);
    QCOMPARE(int(server.drawings().size()), 4);
    QCOMPARE(server.drawings()[3].meant, -1);
    QCOMPARE(view.visibleCount(), 4);
    QVERIFY2(view.summary().startsWith("4 drawing(s) · 3 say which digit they are: "), qPrintable(view.summary()));
    QCOMPARE(view.labels(), QStringList({"0", "1"}));
    int counted = 0;
    for (const auto& row : view.confusion())
      for (int n : row) counted += n;
    QCOMPARE(counted, 3);  // meant against said, over the drawings that say what they are

    // A click hides one: gone from the gallery, the export and the training data.
    server.setDrawingHidden(server.drawings()[1].id, true);
    QCOMPARE(view.visibleCount(), 3);
    if (const QString shots = qEnvironmentVariable("CNNLAB_SCREENSHOT_DIR"); !shots.isEmpty())
      QVERIFY(view.grab().save(shots + "/class-drawings.png"));

    QTemporaryDir dir;
    QString error;
    QVERIFY2(view.exportFolder(dir.path(), &error), qPrintable(error));
    // Read back as cnnlab reads any image folder: classes 0, 1 and the unlabelled one.
    const RawImages back = readImageFolder(dir.path().toStdString());
    QCOMPARE(back.count, std::size_t(3));
    QCOMPARE(back.classNames, std::vector<std::string>({"0", "1", "unlabelled"}));

    const std::size_t before = session.trainSet()->size();
    const arma::fvec weights = session.currentModel()->parameters;
    QVERIFY2(view.addToTrainingData(&error), qPrintable(error));
    QCOMPARE(session.trainSet()->size(), before + 2);  // the visible ones that say what they are
    const auto& labels = session.trainSet()->labels;
    QCOMPARE(std::vector<std::uint32_t>(labels.end() - 2, labels.end()), std::vector<std::uint32_t>({1, 0}));
    QVERIFY(arma::approx_equal(session.currentModel()->parameters, weights, "absdiff", 0));  // the weights are kept
    // and the added images are the drawings as the network saw them
    const arma::fvec added = session.trainSet()->sample(before);
    QVERIFY(arma::approx_equal(added, server.drawings()[0].input, "absdiff", 0.5f / 255));
    session.stepBatches(1);  // it trains on them
    QTRY_VERIFY(session.lastSnapshot() && session.lastSnapshot()->steps == 1);
  }
};

CNNLAB_TEST_MAIN(TestClassDrawings)
#include "test_class_drawings.moc"
