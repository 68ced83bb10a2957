// The Data tab: class counts and the image grid for the embedded subset, choosing classes and
// limits, loading IDX and image folders, every bad source refused with the previous data kept,
// and "Train on this data" reaching the dashboard.
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <fstream>
#include <random>

#include "engine/data/idx.hpp"
#include "tests/test_files.hpp"
#include "tests/test_main.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/data/dataset_view.hpp"
#include "ui/data/image_grid.hpp"
#include "ui/main_window.hpp"
#include "ui/type_scale.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

class TestDatasetView : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void embeddedCountsAndGrid() {
    TrainingSession session;
    DatasetView view(session);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.data().train.count, std::size_t(8000));
    QCOMPARE(view.classList()->count(), 10);
    // Counts in the list add up to the split.
    std::size_t train = 0;
    for (const ImageGrid::ClassRow& row : view.grid()->rows()) train += row.trainCount;
    QCOMPARE(train, std::size_t(8000));
    QCOMPARE(view.grid()->rows().size(), std::size_t(10));
    QVERIFY(view.grid()->imagesShown() >= 10 * 14);
    for (const ImageGrid::ClassRow& row : view.grid()->rows())
      for (std::size_t index : row.images) QCOMPARE(int(view.data().train.labels[index]), row.label);
    QVERIFY(view.summaryLabel()->text().contains("8,000 training and 2,000 test"));
    // In presenter mode at 1080p the counts are 27 px: the thumbnails start after the widest of them
    // (a fixed 190 px column cut "806 train · 195 test" off).
    type_scale::apply(true, 1080);
    QFont counts = view.grid()->font();
    counts.setPixelSize(type_scale::px(15));
    int widest = 0;
    for (const ImageGrid::ClassRow& row : view.grid()->rows())
      widest = std::max(widest, QFontMetrics(counts).horizontalAdvance(QString("%1 train · %2 test").arg(row.trainCount).arg(row.testCount)));
    QVERIFY2(view.grid()->firstTileX() >= widest + 8, qPrintable(QString("%1 px for %2 px of text").arg(view.grid()->firstTileX()).arg(widest)));
    type_scale::apply(false, 1080);

    // Choose classes by clicking their check boxes, and limits.
    view.setSelectedClasses({});
    for (int i = 2; i < view.classList()->count(); ++i) view.classList()->item(i)->setCheckState(Qt::Unchecked);
    QCOMPARE(view.selectedClasses(), (std::vector<int>{0, 1}));
    QCOMPARE(view.grid()->rows().size(), std::size_t(2));
    view.setPerClassLimits(100, 50);
    QVERIFY2(view.summaryLabel()->text().contains("200 training and 100 test"), qPrintable(view.summaryLabel()->text()));
    const Selection train0 = view.trainSelection();
    QCOMPARE(train0.classes, (std::vector<int>{0, 1}));
    QCOMPARE(train0.perClassLimit, std::size_t(100));
    QCOMPARE(view.testSelection().perClassLimit, std::size_t(50));
  }

  // Bad sources: one-line error shown, the previous data, classes and grid untouched.
  void badSourcesKeepThePreviousData_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty folder") << "empty" << "empty folder";
    QTest::newRow("counts disagree") << "counts" << "has 3 images but";
    QTest::newRow("unreadable image") << "image" << "cannot read the image";
    QTest::newRow("wrong magic") << "magic" << "bad magic number";
    QTest::newRow("missing") << "missing" << "not a directory";
  }
  void badSourcesKeepThePreviousData() {
    QFETCH(QString, kind);
    QFETCH(QString, message);
    TrainingSession session;
    DatasetView view(session);
    view.show();
    view.setSelectedClasses({3, 5});
    const std::size_t count = view.data().train.count;
    const QString source = view.sourceName();
    QTemporaryDir dir;
    if (kind == "counts") {
      writeIdx(dir.filePath("images-idx3-ubyte").toStdString(), {{3, 28, 28}, std::vector<std::uint8_t>(3 * 784, 0)});
      writeIdx(dir.filePath("labels-idx1-ubyte").toStdString(), {{2}, {0, 1}});
    } else if (kind == "image") {
      QDir().mkpath(dir.filePath("cats"));
      writeText(dir.filePath("cats/tabby.jpg"), "not a JPEG");
    } else if (kind == "magic") {
      writeText(dir.filePath("images-idx3-ubyte"), "PK\x03\x04 a zip file, not IDX");
      writeIdx(dir.filePath("labels-idx1-ubyte").toStdString(), {{2}, {0, 1}});
    }
    const QString path = kind == "missing" ? dir.filePath("nowhere") : dir.path();
    QString error;
    QVERIFY(!view.loadDirectory(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains('\n'));
    QVERIFY(view.errorLabel()->isVisibleTo(&view));
    QVERIFY(view.errorLabel()->text().contains(message));
    QVERIFY(view.errorLabel()->text().contains("previous data stays"));
    QCOMPARE(view.data().train.count, count);
    QCOMPARE(view.sourceName(), source);
    QCOMPARE(view.selectedClasses(), (std::vector<int>{3, 5}));
    QCOMPARE(view.grid()->rows().size(), std::size_t(2));
  }

  void loadsIdxAndImageFolders() {
    TrainingSession session;
    DatasetView view(session);
    view.show();
    QTemporaryDir dir;
    // A single IDX pair of 10 images, labels 0–4 twice, split 0.8.
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 10; ++i) labels.push_back(std::uint8_t(i % 5));
    QDir().mkpath(dir.filePath("idx"));
    writeIdx(dir.filePath("idx/images-idx3-ubyte").toStdString(), {{10, 28, 28}, std::vector<std::uint8_t>(7840, 9)});
    writeIdx(dir.filePath("idx/labels-idx1-ubyte").toStdString(), {{10}, labels});
    QString error;
    QVERIFY2(view.loadDirectory(dir.filePath("idx"), &error), qPrintable(error));
    QCOMPARE(view.data().train.count, std::size_t(8));
    QCOMPARE(view.classList()->count(), 5);
    QVERIFY(!view.errorLabel()->isVisibleTo(&view));

    // An image folder with named classes.
    for (const char* name : {"circle", "square"}) {
      QDir().mkpath(dir.filePath(QString("shapes/") + name));
      for (int i = 0; i < 4; ++i) {
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setBrush(Qt::black);
        if (name[0] == 'c') painter.drawEllipse(QPoint(16, 16), 6 + i, 6 + i);
        else painter.drawRect(8, 8, 10 + i, 10 + i);
        painter.end();
        QVERIFY(image.save(dir.filePath(QString("shapes/%1/%2.png").arg(name).arg(i))));
      }
    }
    view.setTrainFraction(0.5);
    QVERIFY2(view.loadDirectory(dir.filePath("shapes"), &error), qPrintable(error));
    QCOMPARE(view.sourceName(), QString("shapes"));
    QCOMPARE(view.data().train.count, std::size_t(4));
    QCOMPARE(view.data().train.height, std::size_t(28));
    QCOMPARE(view.classList()->count(), 2);
    QVERIFY(view.classList()->item(1)->text().startsWith("square"));
    QCOMPARE(view.grid()->rows().at(0).name, QString("circle"));
  }

  // "Train on this data" hands the choice to the dashboard, which resizes the network's output.
  void trainOnThisData() {
    MainWindow window;
    window.show();
    DatasetView& view = *window.datasets();
    window.showView("data");
    // The tab says what the dashboard trains on now: the start-up preset's two digits.
    QTRY_VERIFY(view.dashboardDataLabel()->text().contains("classes 0, 1"));
    QVERIFY(view.dashboardDataLabel()->text().contains("(seed-binary preset)"));
    view.setSelectedClasses({2, 3, 7});
    view.setPerClassLimits(20, 10);
    QTest::mouseClick(view.findChild<QPushButton*>("useDataButton"), Qt::LeftButton);
    QVERIFY2(!view.errorLabel()->isVisibleTo(&view), qPrintable(view.errorLabel()->text()));
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(window.dashboard()));
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->currentModel() &&
                                 window.dashboard()->currentModel()->classes == (std::vector<int>{2, 3, 7}),
                             10000);
    QCOMPARE(view.dashboardDataLabel()->text(),
             QString("The dashboard is training on: Embedded MNIST subset — classes 2, 3, 7 · 60 training and 30 test "
                     "images · seed-binary adapted: outputs 2 → 3."));  // the preset's 2 outputs, fitted to 3 classes
    // No class selected: refused, nothing sent.
    view.setSelectedClasses({});
    for (int i = 0; i < view.classList()->count(); ++i) view.classList()->item(i)->setCheckState(Qt::Unchecked);
    QString error;
    QVERIFY(!view.useInDashboard(&error));
    QVERIFY(error.contains("Select at least one class"));
    QCOMPARE(window.dashboard()->currentModel()->classes, (std::vector<int>{2, 3, 7}));
  }

  // A full MNIST-size IDX folder (60,000 + 10,000 generated 28×28 images) opens in the Data tab
  // and reaches the dashboard whole. The split is shared by the tab, its grid and the session,
  // never copied; a drawing added afterwards changes a copy, not what the session trains on.
  void fullSizeIdxFolder() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::mt19937 rng(3);
    for (auto [prefix, count] : {std::pair{"train", 60000u}, std::pair{"t10k", 10000u}}) {
      IdxArray images{{count, 28, 28}, std::vector<std::uint8_t>(std::size_t(count) * 784)};
      for (std::uint8_t& p : images.data) p = std::uint8_t(rng() >> 24);
      IdxArray labels{{count}, std::vector<std::uint8_t>(count)};
      for (std::uint32_t i = 0; i < count; ++i) labels.data[i] = std::uint8_t(i % 10);
      writeIdx(dir.filePath(QString(prefix) + "-images-idx3-ubyte").toStdString(), images);
      writeIdx(dir.filePath(QString(prefix) + "-labels-idx1-ubyte").toStdString(), labels);
    }
    MainWindow window;
    window.show();
    DatasetView& view = *window.datasets();
    QString error;
    QVERIFY2(view.loadDirectory(dir.path(), &error), qPrintable(error));
    QCOMPARE(view.data().train.count, std::size_t(60000));
    QCOMPARE(view.data().test.count, std::size_t(10000));
    QCOMPARE(view.classList()->count(), 10);
    QVERIFY(view.grid()->imagesShown() >= 10);
    view.setPerClassLimits(0, 0);
    QVERIFY2(view.useInDashboard(&error), qPrintable(error));
    const TrainingSession& session = window.session();
    QCOMPARE(session.trainSet()->size(), std::size_t(60000));
    QCOMPARE(session.testSet()->size(), std::size_t(10000));
    QCOMPARE(session.config().raw.get(), &view.data());  // shared, not copied
    QVERIFY(view.addDrawing(arma::fmat(28, 28, arma::fill::ones), 3, &error));
    QCOMPARE(view.data().train.count, std::size_t(60001));
    QCOMPARE(session.config().raw->train.count, std::size_t(60000));
    QVERIFY(session.config().raw.get() != &view.data());
  }
};

CNNLAB_TEST_MAIN(TestDatasetView)
#include "test_dataset_view.moc"
