// adaptToData: a preset's network fitted to the data's depth and class count, and the one line
// that says what changed (cnnlab-cli train prints it first; the app uses the same function).
#include <QtTest>

#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestPresets : public QObject {
  Q_OBJECT

 private slots:
  void lenet5ForTwoColourClasses() {
    const nlohmann::json lenet = findPreset("lenet5").network;
    const AdaptedSpec a = adaptToData(lenet, 3, 2);
    QCOMPARE(QString::fromStdString(a.change), QString("input depth 1 → 3, outputs 10 → 2"));
    QCOMPARE(a.spec["input"]["depth"].get<int>(), 3);
    QCOMPARE(a.spec["layers"][11]["units"].get<int>(), 2);
    QCOMPARE(a.spec["layers"][9]["units"].get<int>(), 84);  // only the last dense layer
    const Network<float> net = buildNetwork<float>(a.spec, 2);
    QCOMPARE(net.inputShape().depth, std::size_t(3));
    QCOMPARE(net.outputShape().size(), std::size_t(2));
    // The first layer's kernels reach the full depth: 6 kernels × 3 × 5 × 5 weights + 6 biases.
    QCOMPARE(inspectSpec(a.spec)[0].parameters, std::size_t(6 * 3 * 25 + 6));
    QCOMPARE(lenet["input"]["depth"].get<int>(), 1);  // the preset itself is untouched
  }

  void onlyWhatDiffersIsChangedAndSaid() {
    const nlohmann::json lenet = findPreset("lenet5").network;
    const AdaptedSpec same = adaptToData(lenet, 1, 10);
    QVERIFY(same.change.empty());
    QCOMPARE(same.spec, lenet);
    QCOMPARE(QString::fromStdString(adaptToData(lenet, 1, 2).change), QString("outputs 10 → 2"));
    QCOMPARE(QString::fromStdString(adaptToData(lenet, 3, 10).change), QString("input depth 1 → 3"));
    // The seed network (no "depth" written would mean 1) and the MLP (reshape first) adapt as well.
    const AdaptedSpec mlp = adaptToData(findPreset("mlp").network, 3, 4);
    QCOMPARE(QString::fromStdString(mlp.change), QString("input depth 1 → 3, outputs 10 → 4"));
    QCOMPARE(buildNetwork<float>(mlp.spec, 4).inputShape().size(), std::size_t(3 * 28 * 28));
    nlohmann::json noDepth = findPreset("seed-binary").network;
    noDepth["input"].erase("depth");
    QCOMPARE(QString::fromStdString(adaptToData(noDepth, 3, 2).change), QString("input depth 1 → 3"));
  }

  void aSpecItCannotReadComesBackUnchanged() {
    const nlohmann::json broken = {{"layers", nlohmann::json::array()}};
    const AdaptedSpec a = adaptToData(broken, 3, 2);
    QVERIFY(a.change.empty());
    QCOMPARE(a.spec, broken);
    const nlohmann::json convOnly = nlohmann::json::parse(
        R"({"input": {"depth": 1, "height": 8, "width": 8}, "layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3}]})");
    QCOMPARE(QString::fromStdString(adaptToData(convOnly, 1, 5).change), QString());
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestPresets)
#include "test_presets.moc"
