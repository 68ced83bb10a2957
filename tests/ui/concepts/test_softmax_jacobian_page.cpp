// SoftmaxJacobianPage and the Concepts pages it joins: J for an edited z and the temperature slider,
// rows summing to 0, every cell labelled with its value, bad input, and the Errata page's entries.
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <QLineEdit>
#include <QSlider>

#include <qcustomplot.h>

#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/notes_errata.hpp"
#include "tests/test_main.hpp"
#include "ui/concepts/concepts_view.hpp"
#include "ui/concepts/notes_errata_page.hpp"
#include "ui/concepts/softmax_jacobian_page.hpp"

using namespace cnnlab;

class TestSoftmaxJacobianPage : public QObject {
  Q_OBJECT

 private slots:
  void followsZAndTemperature() {
    ConceptsView concepts;
    concepts.resize(1600, 950);
    concepts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&concepts));
    QVERIFY(concepts.showPage("jacobian"));
    SoftmaxJacobianPage* page = concepts.jacobianPage();
    QVERIFY(page->isVisible());
    auto* z = page->findChild<QLineEdit*>("jacobianLogits");
    z->setText("1 2 3 0.5");
    QTest::keyClick(z, Qt::Key_Return);
    QCOMPARE(page->jacobian().n_rows, arma::uword(4));
    const arma::mat atT1 = page->jacobian();
    auto* slider = page->findChild<QSlider*>("jacobianTemperature");
    slider->setValue(250);  // T = 2.5
    QCOMPARE(page->temperature(), 2.5);
    const SoftmaxJacobian expected = softmaxJacobian(arma::vec{1, 2, 3, 0.5}, 2.5);
    QVERIFY(arma::approx_equal(page->jacobian(), expected.jacobian, "absdiff", 1e-15));
    QVERIFY(!arma::approx_equal(page->jacobian(), atT1, "absdiff", 1e-6));
    for (int i = 0; i < 4; ++i) {
      QVERIFY(std::abs(arma::accu(page->jacobian().row(std::size_t(i)))) < 1e-15);
      const double diagonal = expected.softmax(std::size_t(i)) * (1 - expected.softmax(std::size_t(i))) / 2.5;
      QCOMPARE(page->cellText(i, i), QString::fromStdString(formatNumber(diagonal)));
    }
    QCOMPARE(page->cellText(0, 1), QString::fromStdString(formatNumber(-expected.softmax(0) * expected.softmax(1) / 2.5)));
    QVERIFY(page->rowSumsText().startsWith("row sums: 0, 0, 0, 0"));
    // Each cell of the heatmap carries its label and value.
    int labelled = 0;
    for (int i = 0; i < page->plot()->itemCount(); ++i)
      if (auto* text = qobject_cast<QCPItemText*>(page->plot()->item(i))) labelled += text->text().contains(page->cellText(2, 3));
    QVERIFY(labelled >= 1);
  }

  void badZKeepsTheMatrix() {
    SoftmaxJacobianPage page;
    const arma::mat before = page.jacobian();
    QString error;
    QVERIFY(!page.setLogits("1 2; 3", &error));
    QVERIFY2(error.startsWith("z: ragged"), qPrintable(error));
    QVERIFY(!page.setLogits("1 2; 3 4", &error));
    QVERIFY2(error.startsWith("z: a list"), qPrintable(error));
    QVERIFY(!page.setLogits("1 2 3 4 5 6 7 8 9 10 11 12 13", &error));
    QCOMPARE(page.errorText(), error);
    QVERIFY(arma::approx_equal(page.jacobian(), before, "absdiff", 0));
  }

  void errataPageListsEveryEntry() {
    ConceptsView concepts;
    QVERIFY(concepts.showPage("errata"));
    NotesErrataPage* page = concepts.errataPage();
    QCOMPARE(page->entryCount(), int(notesErrata().size()));
    const QString text = page->toPlainText();
    for (const NotesErratum& e : notesErrata()) QVERIFY2(text.contains(QString::fromStdString(e.where)), e.where.c_str());
  }
};

CNNLAB_TEST_MAIN(TestSoftmaxJacobianPage)
#include "test_softmax_jacobian_page.moc"
