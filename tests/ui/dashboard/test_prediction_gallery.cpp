// The gallery's labels fit their cells: class names such as "unripe" made "ripe ✗ true unripe"
// overflow a 28×28 thumbnail's cell and lose both ends.
#include <QApplication>
#include <QFontMetrics>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include "tests/test_main.hpp"
#include "ui/dashboard/prediction_gallery.hpp"

using namespace cnnlab;

class TestPredictionGallery : public QObject {
  Q_OBJECT

 private slots:
  void shortLabelIsUntouched() {
    QFont font = QApplication::font();
    font.setPointSizeF(14);
    const auto label = PredictionGallery::fitLabel("3 ✓", font, 200);
    QCOMPARE(label.text, QString("3 ✓"));
    QCOMPARE(label.font.pointSizeF(), 14.0);
  }

  void longLabelShrinksBeforeEliding() {
    QFont font = QApplication::font();
    font.setPixelSize(20);
    const QString text = "ripe ✗ true unripe";
    const int full = QFontMetrics(font).horizontalAdvance(text);
    const int width = int(full * 0.8);  // needs 80 %: within the 60 % floor, so no text is lost
    const auto label = PredictionGallery::fitLabel(text, font, width);
    QVERIFY(label.font.pixelSize() < 20);
    QVERIFY(label.font.pixelSize() >= 12);
    QVERIFY2(QFontMetrics(label.font).horizontalAdvance(label.text) <= width, qPrintable(label.text));
    QVERIFY(label.text.contains("unripe") || label.text.contains("…"));
  }

  void hopelessLabelIsElidedWithinTheCell() {
    QFont font = QApplication::font();
    font.setPixelSize(20);
    const QString text = "a very long class name indeed ✗ true another very long class name";
    const int width = 60;
    const auto label = PredictionGallery::fitLabel(text, font, width);
    QCOMPARE(label.font.pixelSize(), 12);  // 60 % of 20 px, the floor
    QVERIFY(label.text != text);
    QVERIFY(QFontMetrics(label.font).horizontalAdvance(label.text) <= width);
  }
};

CNNLAB_TEST_MAIN(TestPredictionGallery)
#include "test_prediction_gallery.moc"
