// ConceptsView driven through its widgets: the movable x, the activations, softmax with temperature
// (values checked against the formulas computed here independently), bad logits, and the losses.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSlider>

#include <qcustomplot.h>

#include <cmath>

#include "tests/test_main.hpp"
#include "ui/concepts/concepts_view.hpp"

using namespace cnnlab;

namespace {
QString fixed(double value, int decimals) {
  QString text = QString::number(value, 'f', decimals);
  if (text.startsWith('-')) text.replace(0, 1, QChar(0x2212));
  return text;
}
}  // namespace

class TestConceptsView : public QObject {
  Q_OBJECT

 private slots:
  void sigmoidAtMovableX_data() {
    QTest::addColumn<double>("x");
    QTest::newRow("0") << 0.0;
    QTest::newRow("1") << 1.0;
    QTest::newRow("-2.5") << -2.5;
  }
  void sigmoidAtMovableX() {
    QFETCH(double, x);
    ConceptsView view;
    view.findChild<QDoubleSpinBox*>("xValue")->setValue(x);
    const double s = 1 / (1 + std::exp(-x));
    const QString text = view.activationText();
    QVERIFY2(text.contains(QString::fromUtf8("σ(x) = 1 / (1 + e^(−x)) = ") + fixed(s, 4)), qPrintable(text));
    QVERIFY2(text.contains(QString(" = ") + fixed(s * (1 - s), 4)), qPrintable(text));
    // The marker points sit on the curves at x.
    QCustomPlot* plot = view.activationPlot();
    QCOMPARE(plot->graph(2)->data()->at(0)->key, x);
    QVERIFY(std::abs(plot->graph(2)->data()->at(0)->value - s) < 1e-12);
    QVERIFY(std::abs(plot->graph(3)->data()->at(0)->value - s * (1 - s)) < 1e-12);
  }

  void sliderMovesX() {
    ConceptsView view;
    view.findChild<QSlider*>("x")->setValue(-150);
    QCOMPARE(view.x(), -1.5);
    QVERIFY(view.activationText().startsWith(QString::fromUtf8("x = −1.50")));
  }

  void otherActivations() {
    ConceptsView view;
    QVERIFY(view.setActivation("tanh"));
    view.setX(0.5);
    const double t = std::tanh(0.5);
    QVERIFY2(view.activationText().contains(fixed(1 - t * t, 4)), qPrintable(view.activationText()));
    auto* box = view.findChild<QComboBox*>("activation");
    box->setCurrentIndex(box->findData("relu"));
    view.setX(-2);
    QVERIFY2(view.activationText().contains(QString::fromUtf8("ReLU′(x) = 0")), qPrintable(view.activationText()));
    view.setX(3);
    QVERIFY(view.activationText().contains(QString::fromUtf8("max(0, x) = 3.0000")));
    QVERIFY(!view.setActivation("swish"));
    QCOMPARE(box->currentData().toString(), QString("relu"));
  }

  void softmaxWithTemperature_data() {
    QTest::addColumn<QString>("logits");
    QTest::addColumn<double>("temperature");
    QTest::newRow("T=1") << "1 2 3" << 1.0;
    QTest::newRow("T=0.5 sharper") << "1 2 3" << 0.5;
    QTest::newRow("T=4 flatter") << "2, 1, 0.1, -1" << 4.0;
  }
  void softmaxWithTemperature() {
    QFETCH(QString, logits);
    QFETCH(double, temperature);
    ConceptsView view;
    auto* edit = view.findChild<QLineEdit*>("logits");
    edit->setText(logits);
    QMetaObject::invokeMethod(edit, "editingFinished");
    view.findChild<QSlider*>("temperature")->setValue(int(temperature * 100));
    std::vector<double> x;
    for (const QString& token : QString(logits).replace(',', ' ').split(' ', Qt::SkipEmptyParts)) x.push_back(token.toDouble());
    double sum = 0;
    for (double v : x) sum += std::exp(v / temperature);
    QCOMPARE(view.probabilities().size(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
      QVERIFY(std::abs(view.probabilities()[i] - std::exp(x[i] / temperature) / sum) < 1e-12);
    auto* bars = qobject_cast<QCPBars*>(view.softmaxPlot()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), int(x.size()));
    QVERIFY(view.softmaxText().startsWith(QString("T = %1").arg(temperature, 0, 'f', 2)));
  }

  void badLogitsKeepTheBars_data() {
    QTest::addColumn<QString>("logits");
    QTest::newRow("word") << "1 two 3";
    QTest::newRow("empty") << "";
    QTest::newRow("13 logits") << "1 2 3 4 5 6 7 8 9 10 11 12 13";
  }
  void badLogitsKeepTheBars() {
    QFETCH(QString, logits);
    ConceptsView view;
    const std::vector<double> before = view.probabilities();
    QString error;
    QVERIFY(!view.setLogits(logits, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(view.softmaxError(), error);
    QCOMPARE(view.probabilities(), before);
    QVERIFY(view.setLogits("0 0"));
    QVERIFY(view.softmaxError().isEmpty());
    QCOMPARE(view.probabilities(), (std::vector<double>{0.5, 0.5}));
  }

  void lossesAtPrediction() {
    ConceptsView view;
    view.findChild<QSlider*>("prediction")->setValue(80);
    const double p = 0.8;
    const QString text = view.lossText();
    QVERIFY2(text.contains("BCE(y=1) = " + fixed(-std::log(p), 4)), qPrintable(text));
    QVERIFY2(text.contains("BCE(y=0) = " + fixed(-std::log(1 - p), 4)), qPrintable(text));
    QVERIFY2(text.contains("MSE(y=1) = " + fixed((p - 1) * (p - 1) / 2, 4)), qPrintable(text));
    QVERIFY2(text.contains("MSE(y=0) = " + fixed(p * p / 2, 4)), qPrintable(text));
    QCOMPARE(view.lossPlot()->graphCount(), 4);
    QVERIFY(view.showPage("losses"));
    QVERIFY(!view.showPage("nope"));
  }

  // Each curve is named at its end in its own colour, inside the axes: no boxed legend over the
  // data (#23), and the curve that leaves the top (BCE, y = 0) named where it leaves.
  void curvesAreNamedAtTheirEnds() {
    ConceptsView view;
    view.resize(1280, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const char* page : {"activations", "losses"}) {
      QVERIFY(view.showPage(page));
      QCustomPlot* plot = QString(page) == "losses" ? view.lossPlot() : view.findChild<QCustomPlot*>("activationPlot");
      QVERIFY(plot);
      plot->replot(QCustomPlot::rpImmediateRefresh);
      QVERIFY(!plot->legend->visible());
      QStringList names;
      const QRectF area = plot->axisRect()->rect();
      for (int i = 0; i < plot->itemCount(); ++i) {
        auto* t = qobject_cast<QCPItemText*>(plot->item(i));
        if (!t || !t->visible()) continue;
        names << t->text();
        const QPointF at = t->position->pixelPosition();
        const QFontMetricsF metrics(t->font());
        const double top = at.y() - metrics.height() / 2, bottom = at.y() + metrics.height() / 2;
        QVERIFY2(top >= area.top() - 1 && bottom <= area.bottom() + 1,
                 qPrintable(QString("%1 at %2 px, the axes %3–%4").arg(t->text()).arg(at.y()).arg(area.top()).arg(area.bottom())));
      }
      int named = 0;
      for (int g = 0; g < plot->graphCount(); ++g) named += !plot->graph(g)->name().isEmpty();
      QCOMPARE(int(names.size()), named);
      QVERIFY2(named >= 2, page);
    }
  }
};

CNNLAB_TEST_MAIN(TestConceptsView)
#include "test_concepts_view.moc"
