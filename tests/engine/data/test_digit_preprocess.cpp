// MNIST-style digit preprocessing: area resize by hand-computed values, the bounding box fitted
// into 20×20 with its aspect kept, and the centre of mass moved to the centre of the 28×28 field.
#include <QtTest>

#include "engine/data/digit_preprocess.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

// A drawing of side × side with the rectangle [top, top + h) × [left, left + w) inked.
arma::fmat rectangle(std::size_t side, std::size_t top, std::size_t left, std::size_t h, std::size_t w) {
  arma::fmat image(side, side, arma::fill::zeros);
  image.submat(top, left, top + h - 1, left + w - 1).fill(1.0f);
  return image;
}

struct Box {
  arma::uword top, bottom, left, right;
};

Box inkBox(const arma::fmat& image) {
  const arma::umat where = arma::ind2sub(arma::size(image), arma::find(image > 0.0f));
  return {where.row(0).min(), where.row(0).max(), where.row(1).min(), where.row(1).max()};
}

}  // namespace

class TestDigitPreprocess : public QObject {
  Q_OBJECT

 private slots:
  // 4×4 → 2×2 averages 2×2 blocks; 3 → 2 gives each output 1.5 inputs:
  // out0 = (x0·1 + x1·0.5)/1.5, out1 = (x1·0.5 + x2·1)/1.5 (worked by hand).
  void resizeAreaKnownValues() {
    const arma::fmat image = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
    const arma::fmat half = resizeArea(image, 2, 2);
    const arma::fmat expected = {{3.5f, 5.5f}, {11.5f, 13.5f}};
    QVERIFY(arma::approx_equal(half, expected, "absdiff", 1e-5f));

    const arma::fmat row = {{3, 6, 9}};
    const arma::fmat two = resizeArea(row, 1, 2);
    QCOMPARE(two(0, 0), (3.0f + 6.0f * 0.5f) / 1.5f);
    QCOMPARE(two(0, 1), (6.0f * 0.5f + 9.0f) / 1.5f);
    // Upscaling repeats values: 1 → 3.
    const arma::fmat one(1, 1, arma::fill::value(0.25f));
    QVERIFY(arma::approx_equal(resizeArea(one, 3, 3), arma::fmat(3, 3, arma::fill::value(0.25f)), "absdiff", 1e-6f));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resizeArea(arma::fmat(), 2, 2));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resizeArea(image, 0, 2));
  }

  void centreOfMassKnownValue() {
    arma::fmat image(5, 5, arma::fill::zeros);
    image(1, 1) = 1;
    image(3, 4) = 3;  // row (1·1 + 3·3)/4 = 2.5, column (1·1 + 4·3)/4 = 3.25
    const arma::fvec2 mass = centreOfMass(image);
    QCOMPARE(mass(0), 2.5f);
    QCOMPARE(mass(1), 3.25f);
    QCOMPARE(centreOfMass(arma::fmat(3, 3, arma::fill::zeros))(0), -1.0f);
  }

  void emptyDrawingGivesZeros() {
    const arma::fmat out = preprocessDigit(arma::fmat(280, 280, arma::fill::zeros));
    QCOMPARE(out.n_rows, arma::uword(28));
    QCOMPARE(out.n_cols, arma::uword(28));
    QCOMPARE(arma::accu(out), 0.0f);
  }

  // A tall bar anywhere on the canvas: its box becomes 20 high and 10 wide (aspect kept), and its
  // centre of mass lands on the field's centre (13.5, 13.5) to within half a pixel.
  void boxFittedAndCentred_data() {
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("left");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("boxHeight");
    QTest::addColumn<int>("boxWidth");
    QTest::newRow("tall, top left") << 10 << 20 << 100 << 50 << 20 << 10;
    QTest::newRow("tall, bottom right") << 170 << 220 << 100 << 50 << 20 << 10;
    QTest::newRow("wide") << 100 << 30 << 40 << 200 << 4 << 20;
    QTest::newRow("small square") << 50 << 50 << 10 << 10 << 20 << 20;
  }
  void boxFittedAndCentred() {
    QFETCH(int, top);
    QFETCH(int, left);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, boxHeight);
    QFETCH(int, boxWidth);
    const arma::fmat out = preprocessDigit(rectangle(280, top, left, height, width));
    const Box box = inkBox(out);
    QCOMPARE(int(box.bottom - box.top + 1), boxHeight);
    QCOMPARE(int(box.right - box.left + 1), boxWidth);
    const arma::fvec2 mass = centreOfMass(out);
    QVERIFY2(std::abs(mass(0) - 13.5f) <= 0.5f, QByteArray::number(mass(0)));
    QVERIFY2(std::abs(mass(1) - 13.5f) <= 0.5f, QByteArray::number(mass(1)));
    QVERIFY(out.max() <= 1.0f && out.min() >= 0.0f);
  }

  // Where and how big the digit was drawn does not matter: the same shape gives the same input.
  void translationAndScaleInvariant() {
    arma::fmat small(280, 280, arma::fill::zeros), large(280, 280, arma::fill::zeros);
    small.submat(20, 30, 79, 39).fill(1);    // an "L": a 60 × 10 stem …
    small.submat(70, 30, 79, 69).fill(1);    // … and a 10 × 40 foot
    large.submat(100, 100, 219, 119).fill(1);  // the same "L" twice as large, elsewhere
    large.submat(200, 100, 219, 179).fill(1);
    const arma::fmat a = preprocessDigit(small), b = preprocessDigit(large);
    QVERIFY2(arma::abs(a - b).max() < 0.02f, QByteArray::number(arma::abs(a - b).max()));
    QVERIFY(arma::accu(a) > 50);  // not trivially equal
  }

  // The centre of mass, not the box, is centred: an "L" has its mass near the stem, so its box
  // sits off-centre, and it never leaves the field.
  void centreOfMassNotBoxIsCentred() {
    arma::fmat drawing(280, 280, arma::fill::zeros);
    drawing.submat(20, 20, 219, 59).fill(1);    // heavy stem, 200 × 40
    drawing.submat(200, 20, 219, 139).fill(1);  // thin foot, 20 × 120
    const arma::fmat out = preprocessDigit(drawing);
    const Box box = inkBox(out);
    const double boxCentre = (double(box.left) + double(box.right)) / 2.0;
    QVERIFY2(boxCentre > 14.5, QByteArray::number(boxCentre));  // shifted right of the centre
    QVERIFY(std::abs(centreOfMass(out)(1) - 13.5f) <= 0.5f);
  }

  // When centring the mass would push the box out of the field, the box stops at the edge.
  void neverLeavesTheField() {
    arma::fmat drawing(280, 280, arma::fill::zeros);
    drawing.submat(20, 20, 219, 59).fill(1);    // stem 200 × 40 …
    drawing.submat(200, 20, 219, 219).fill(1);  // … and a foot as long: the mass wants a 9 px shift
    const arma::fmat out = preprocessDigit(drawing);
    const Box box = inkBox(out);
    QCOMPARE(int(box.right), 27);  // clamped at the right edge, nothing cut off
    QCOMPARE(int(box.right - box.left + 1), 20);
  }

  void otherFieldSizes() {
    const arma::fmat out = preprocessDigit(rectangle(100, 10, 10, 50, 50), {.field = 32, .box = 22});
    QCOMPARE(out.n_rows, arma::uword(32));
    const Box box = inkBox(out);
    QCOMPARE(int(box.bottom - box.top + 1), 22);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, preprocessDigit(out, {.field = 10, .box = 20}));
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestDigitPreprocess)
#include "test_digit_preprocess.moc"
