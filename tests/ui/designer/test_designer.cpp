// The Design tab, driven through its widgets in the real main window: build a network, see an
// impossible shape refused with its explanation on the offending row, fix it, train one epoch in
// the dashboard; reorder, save and load.
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/qtry_timeout.hpp"

#include <fstream>

#include "engine/network_spec.hpp"
#include "tests/test_main.hpp"
#include "ui/dashboard/dashboard_view.hpp"
#include "ui/training/training_session.hpp"
#include "ui/designer/designer_view.hpp"
#include "ui/main_window.hpp"

using namespace cnnlab;

namespace {

constexpr int kCheckColumn = 5, kShapeColumn = 3, kParametersColumn = 4;

QString cell(const DesignerView& view, int row, int column) { return view.table()->item(row, column)->text(); }

void clickRow(DesignerView& view, int row) {
  QTableWidget* table = view.table();
  const QRect rect = table->visualItemRect(table->item(row, 1));
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void click(DesignerView& view, const char* name) {
  auto* button = view.findChild<QPushButton*>(name);
  QVERIFY2(button, name);
  QTest::mouseClick(button, Qt::LeftButton);
}

}  // namespace

class TestDesigner : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void buildRefuseFixAndTrain() {
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView("designer"));
    DesignerView& designer = *window.designer();
    QVERIFY(designer.loadPreset("seed-binary"));
    QCOMPARE(designer.table()->rowCount(), 7);
    QVERIFY(designer.check().ok());
    QVERIFY(designer.trainButton()->isEnabled());
    QCOMPARE(cell(designer, 0, kShapeColumn), QString("5×26×26"));
    QCOMPARE(cell(designer, 3, kParametersColumn), QString("338,100"));

    // Make it our own: 4 kernels of 5×5 instead of 5 of 3×3.
    clickRow(designer, 0);
    QCOMPARE(designer.selectedLayer(), 0);
    auto* kernels = designer.layerEditor()->findChild<QSpinBox*>("field_kernels");
    auto* kernelSize = designer.layerEditor()->findChild<QSpinBox*>("field_kernel_size");
    QVERIFY(kernels && kernelSize);
    kernels->setValue(4);
    kernelSize->setValue(5);
    QCOMPARE(cell(designer, 0, kShapeColumn), QString("4×24×24"));
    QCOMPARE(cell(designer, 2, kShapeColumn), QString("2304"));

    // Impossible: a kernel larger than its input. Explained on layer 1, later layers unknown,
    // training refused.
    kernelSize->setValue(29);
    QVERIFY(!designer.check().ok());
    QCOMPARE(designer.check().errorLayer, 0L);
    QVERIFY2(cell(designer, 0, kCheckColumn).contains("the 29×29 kernel is larger than its 28×28 input"),
             qPrintable(cell(designer, 0, kCheckColumn)));
    QCOMPARE(designer.table()->item(0, kCheckColumn)->background().color(), QColor("#fde2df"));
    QCOMPARE(cell(designer, 3, kShapeColumn), QString("?"));
    QVERIFY(designer.statusLabel()->text().contains("layer 1 (convolutional)"));
    QVERIFY(!designer.trainButton()->isEnabled());
    kernelSize->setValue(5);
    QVERIFY(designer.check().ok());

    // Impossible: a dense layer after an unflattened tensor (remove the reshape, layer 3).
    clickRow(designer, 2);
    QCOMPARE(designer.selectedLayer(), 2);
    click(designer, "removeButton");
    QCOMPARE(designer.table()->rowCount(), 6);
    QVERIFY(!designer.check().ok());
    QCOMPARE(designer.check().errorLayer, 2L);
    QVERIFY2(cell(designer, 2, kCheckColumn).contains("its input is a 4×24×24 tensor; add a reshape layer before it"),
             qPrintable(cell(designer, 2, kCheckColumn)));
    QVERIFY(!designer.trainButton()->isEnabled());
    QString why;
    QVERIFY(!designer.trainInDashboard(&why));  // refused even when asked directly
    QVERIFY2(why.contains("add a reshape layer"), qPrintable(why));
    QCOMPARE(window.tabs()->currentWidget(), &designer);  // still here: nothing was sent

    // Fix it: select the sigmoid (row 2 = layer 2), add a reshape after it.
    clickRow(designer, 1);
    auto* typeBox = designer.findChild<QComboBox*>("addTypeBox");
    QVERIFY(typeBox);
    typeBox->setCurrentText("reshape");
    click(designer, "addButton");
    QCOMPARE(designer.table()->rowCount(), 7);
    QCOMPARE(cell(designer, 2, 1), QString("reshape"));
    QVERIFY2(designer.check().ok(), designer.check().error.c_str());

    // Impossible: the output does not match the classes.
    designer.setClassCount(3);
    QVERIFY(!designer.check().ok());
    QCOMPARE(designer.check().errorLayer, 6L);
    QVERIFY(cell(designer, 6, kCheckColumn).contains("ends with 2 outputs but the data has 3 classes"));
    designer.setClassCount(2);
    QVERIFY(designer.check().ok());
    const std::size_t parameters = designer.check().parameters;
    QCOMPARE(parameters, std::size_t(4 * 25 + 4 * 24 * 24 + 2304 * 100 + 100 + 100 * 2 + 2));

    // Train it: one epoch in the dashboard.
    DashboardView& dashboard = *window.dashboard();
    QVERIFY(designer.trainButton()->isEnabled());
    click(designer, "trainButton");
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget*>(&dashboard));
    QSignalSpy done(&window.session(), &TrainingSession::epochsCompleted);
    dashboard.runEpochs(1);
    QVERIFY(done.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.currentModel() && dashboard.currentModel()->epoch >= 1, 10000);
    const ModelSnapshotPtr model = dashboard.currentModel();
    QCOMPARE(model->spec["layers"][0]["kernels"], 4);  // the designed network, not the preset
    QCOMPARE(buildNetwork<float>(model->spec).spec(), buildNetwork<float>(designer.spec()).spec());
    QCOMPARE(std::size_t(model->parameters.n_elem), parameters);
    QVERIFY(arma::abs(model->parameters).max() > 0);
  }

  void reorderSaveAndLoad() {
    TrainingSession session;
    DesignerView designer(session);
    designer.resize(1400, 900);
    designer.show();
    QVERIFY(designer.loadPreset("lenet5"));
    QVERIFY(designer.check().ok());
    const nlohmann::json original = designer.spec();

    // Move the first ReLU below the pooling layer and back: shapes stay valid, order changes.
    clickRow(designer, 1);
    click(designer, "downButton");
    QCOMPARE(designer.selectedLayer(), 2);
    QCOMPARE(designer.spec()["layers"][1]["type"], "maxpool");
    QCOMPARE(designer.spec()["layers"][2]["type"], "relu");
    QVERIFY(designer.check().ok());
    click(designer, "upButton");
    QCOMPARE(designer.spec(), original);

    // Moving the reshape above the first pooling makes the pooling impossible.
    QVERIFY(designer.moveLayer(6, -1));
    QVERIFY(designer.moveLayer(5, -1));
    QVERIFY(designer.moveLayer(4, -1));
    QVERIFY(designer.moveLayer(3, -1));
    QVERIFY(!designer.check().ok());
    QVERIFY2(designer.check().error.find("pool before reshape") != std::string::npos, designer.check().error.c_str());

    // Save, load a broken file (refused, nothing changes), load the saved one back.
    QTemporaryDir dir;
    designer.setSpec(original, "lenet5");
    QString error;
    QVERIFY2(designer.saveFile(dir.filePath("lenet.json"), &error), qPrintable(error));
    {
      std::ofstream broken(dir.filePath("broken.json").toStdString());
      broken << R"({"input": {"height": 28, "width": 28}, "layers": [)";
    }
    designer.loadPreset("mlp");
    const nlohmann::json mlp = designer.spec();
    QVERIFY(!designer.loadFile(dir.filePath("broken.json"), &error));
    QVERIFY2(error.contains("bad JSON"), qPrintable(error));
    QCOMPARE(designer.spec(), mlp);
    QVERIFY(!designer.loadFile(dir.filePath("missing.json"), &error));
    QVERIFY(error.contains("cannot open"));
    QCOMPARE(designer.spec(), mlp);
    QVERIFY2(designer.loadFile(dir.filePath("lenet.json"), &error), qPrintable(error));
    QCOMPARE(designer.spec(), original);
    QCOMPARE(designer.name(), QString("lenet"));
  }

  // Changing a layer's type resets its fields; the input size drives every shape.
  void typeAndInputChanges() {
    TrainingSession session;
    DesignerView designer(session);
    designer.show();
    QVERIFY(designer.loadPreset("mlp"));
    designer.setLayerType(4, "sigmoid");  // softmax → sigmoid
    QCOMPARE(designer.spec()["layers"][4], nlohmann::json({{"type", "sigmoid"}}));
    designer.setInputField("height", 14);
    QVERIFY(designer.check().ok());
    QCOMPARE(designer.check().layers[0].outputShape, (Shape{392, 1, 1}));  // 1×14×28 flattened
    designer.addLayer("convolutional", 0);  // 4 kernels 3×3 on 1×14×28, then the MLP's reshape
    QVERIFY2(designer.check().ok(), designer.check().error.c_str());
    QCOMPARE(designer.check().layers[0].outputShape, (Shape{4, 12, 26}));
    QCOMPARE(designer.check().layers[1].outputShape, (Shape{4 * 12 * 26, 1, 1}));
    designer.removeLayer(1);  // without the reshape the dense layer meets a tensor
    QVERIFY(!designer.check().ok());
    QCOMPARE(designer.check().errorLayer, 1L);
  }
};

CNNLAB_TEST_MAIN(TestDesigner)
#include "test_designer.moc"
