// Tests for the layer registry: every entry's defaults build a layer whose spec() round-trips,
// every default is the one docs/network-format.md states, every integer limit is enforced.
#include <QtTest>

#include <fstream>
#include <sstream>

#include "engine/layers/layer_registry.hpp"
#include "engine/network_spec.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

namespace {

// An input each type accepts: a flat vector for dense layers, a 2 × 8 × 8 block for the rest.
nlohmann::json inputFor(const LayerType& type) {
  if (type.role == LayerRole::Dense) return {{"depth", 16}, {"height", 1}, {"width", 1}};
  return {{"depth", 2}, {"height", 8}, {"width", 8}};
}

nlohmann::json oneLayerSpec(const LayerType& type, const nlohmann::json& layer) {
  return {{"input", inputFor(type)}, {"layers", nlohmann::json::array({layer})}, {"loss", "mean_squared_error"}};
}

// The lines of docs/network-format.md's section for a type: from its "### " heading, which
// names it in backticks, to the next heading.
QStringList docSection(const std::string& name) {
  const QByteArray root = qgetenv("CNNLAB_SOURCE_DIR");
  if (root.isEmpty()) return {};
  std::ifstream file(root.toStdString() + "/docs/network-format.md");
  std::stringstream text;
  text << file.rdbuf();
  QStringList section;
  bool inside = false;
  for (const QString& line : QString::fromStdString(text.str()).split('\n')) {
    if (line.startsWith("#")) {
      inside = line.startsWith("### ") && line.contains(QString("`%1`").arg(QString::fromStdString(name)));
      continue;
    }
    if (inside) section << line;
  }
  return section;
}

// The cells of the section's table row for a field: key, required, default, meaning.
QStringList tableRow(const QStringList& section, const std::string& key) {
  for (const QString& line : section) {
    const QStringList cells = line.split('|');
    if (cells.size() >= 5 && cells[1].trimmed() == QString("`%1`").arg(QString::fromStdString(key))) {
      QStringList row;
      for (int i = 1; i < cells.size() - 1; ++i) row << cells[i].trimmed();
      return row;
    }
  }
  return {};
}

}  // namespace

class TestLayerRegistry : public QObject {
  Q_OBJECT

 private slots:
  // A layer's description keeps its settings whole: T=12345 once read "T=1234".
  void softmaxDescribesItsTemperatureWhole() {
    auto describe = [](double t) {
      return layerTypeOf("softmax").make<float>(Shape{.depth = 3}, {{"type", "softmax"}, {"temperature", t}})->describe();
    };
    QCOMPARE(describe(1), std::string("Softmax"));
    QCOMPARE(describe(12345), std::string("Softmax T=12345"));
    QCOMPARE(describe(0.5), std::string("Softmax T=0.5"));
    QCOMPARE(describe(2.25), std::string("Softmax T=2.25"));
  }

  void lookup() {
    QCOMPARE(layerTypes().size(), std::size_t(8));
    QCOMPARE(layerTypes().front().name, std::string("convolutional"));  // the designer's order
    QVERIFY(findLayerType("dense") != nullptr);
    QCOMPARE(findLayerType("dense")->role, LayerRole::Dense);
    QVERIFY(findLayerType("dens") == nullptr);
    QCOMPARE(&layerTypeOf("tanh"), findLayerType("tanh"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, layerTypeOf("convolution"));
    for (const LayerType& type : layerTypes()) {
      QVERIFY(!type.title.empty() && !type.summary.empty());
      QVERIFY(type.settingsText && type.makeFloat && type.makeDouble);
      QCOMPARE(type.newLayer()["type"], nlohmann::json(type.name));
    }
    QCOMPARE(layerTypeOf("convolutional").signedOutput, true);
    QCOMPARE(layerTypeOf("sigmoid").signedOutput, false);
    QCOMPARE(layerTypeOf("maxpool").field("stride")->defaultsTo, std::string("size"));
  }

  // (a) A brand-new layer of every type builds; its spec() read back through JSON text builds the
  // same network again.
  void defaultsRoundTrip_data() {
    QTest::addColumn<QString>("type");
    for (const LayerType& type : layerTypes()) QTest::newRow(type.name.c_str()) << QString::fromStdString(type.name);
  }
  void defaultsRoundTrip() {
    QFETCH(QString, type);
    const LayerType& entry = layerTypeOf(type.toStdString());
    const Network<float> first = buildNetwork<float>(oneLayerSpec(entry, entry.newLayer()));
    QCOMPARE(first.layerCount(), std::size_t(1));
    QCOMPARE(first.layer(0).type(), entry.name);
    const nlohmann::json readBack = first.layer(0).spec();
    // Every field of the entry is written back, with the value the layer was built with.
    for (const LayerField& field : entry.fields) {
      const nlohmann::json resolved = entry.resolveFields(entry.newLayer());
      if (readBack.contains(field.key)) QCOMPARE(readBack[field.key], resolved[field.key]);
      else QVERIFY2(!field.defaultsTo.empty(), field.key.c_str());  // only a field that follows another may be left out
    }
    const nlohmann::json text = nlohmann::json::parse(first.spec().dump());
    const Network<float> second = buildNetwork<float>(text);
    QCOMPARE(second.layer(0).describe(), first.layer(0).describe());
    QCOMPARE(second.layer(0).inputShape(), first.layer(0).inputShape());
    QCOMPARE(second.layer(0).outputShape(), first.layer(0).outputShape());
    QCOMPARE(second.parameterCount(), first.parameterCount());
    QCOMPARE(second.spec(), first.spec());
    // The double factory builds the same layer.
    const auto asDouble = entry.make<double>(first.inputShape(), entry.newLayer());
    QCOMPARE(asDouble->spec(), readBack);
    QCOMPARE(asDouble->parameterCount(), first.layer(0).parameterCount());
  }

  // (b) Every field's default is the one docs/network-format.md's table gives for that type.
  void defaultsMatchTheDocs_data() { defaultsRoundTrip_data(); }
  void defaultsMatchTheDocs() {
    QFETCH(QString, type);
    QVERIFY2(!qgetenv("CNNLAB_SOURCE_DIR").isEmpty(), "ctest sets CNNLAB_SOURCE_DIR");
    const LayerType& entry = layerTypeOf(type.toStdString());
    const QStringList section = docSection(entry.name);
    QVERIFY2(!section.isEmpty(), qPrintable("no section for " + type));
    if (entry.fields.empty()) QVERIFY(section.join(' ').contains("No fields"));
    for (const LayerField& field : entry.fields) {
      const QStringList row = tableRow(section, field.key);
      QVERIFY2(row.size() == 4, qPrintable(type + ": no table row for " + QString::fromStdString(field.key)));
      QCOMPARE(row[1], field.required ? QString("yes") : QString("no"));
      const std::string expected = field.required            ? ""
                                   : !field.defaultsTo.empty() ? "`" + field.defaultsTo + "`"
                                                               : "`" + field.defaultValue.dump() + "`";
      QCOMPARE(row[2], QString::fromStdString(expected));
    }
  }

  // (c) Every integer field refuses a value just outside its limits, naming the field.
  void integerLimits_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<long long>("value");
    for (const LayerType& type : layerTypes())
      for (const LayerField& field : type.fields) {
        if (field.kind != FieldKind::Integer) continue;
        const std::string row = type.name + "." + field.key;
        QTest::newRow((row + " below").c_str()) << QString::fromStdString(type.name) << QString::fromStdString(field.key)
                                                << (long long)field.minimum - 1;
        QTest::newRow((row + " above").c_str()) << QString::fromStdString(type.name) << QString::fromStdString(field.key)
                                                << (long long)field.maximum + 1;
      }
  }
  void integerLimits() {
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(long long, value);
    const LayerType& entry = layerTypeOf(type.toStdString());
    nlohmann::json layer = entry.newLayer();
    // Within the limits it builds (with an input large enough for any window) …
    const auto& field = *entry.field(key.toStdString());
    layer[field.key] = (long long)field.minimum;
    nlohmann::json spec = oneLayerSpec(entry, layer);
    if (entry.role != LayerRole::Dense) spec["input"] = {{"depth", 1}, {"height", 12}, {"width", 12}};
    QVERIFY(checkSpec(spec).ok());
    // … outside them it is refused, with the field's name.
    spec["layers"][0][field.key] = value;
    try {
      buildNetwork<float>(spec);
      QFAIL("accepted");
    } catch (const SpecError& e) {
      QVERIFY2(QString(e.what()).contains("layer 1 (" + type + "): \"" + key + "\" must be"), e.what());
      QCOMPARE(e.layer(), 0L);
    }
  }

  // The other kinds: a number must be above its minimum, a choice one of its values.
  void numbersAndChoices() {
    const LayerType& softmax = layerTypeOf("softmax");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmax.resolveFields({{"temperature", 0}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmax.resolveFields({{"temperature", "2"}}));
    QCOMPARE(softmax.resolveFields({{"temperature", 0.5}})["temperature"].get<double>(), 0.5);
    const LayerType& conv = layerTypeOf("convolutional");
    const nlohmann::json layer = {{"kernels", 2}, {"kernel_size", 3}};
    QCOMPARE(conv.resolveFields(layer)["bias"], nlohmann::json("per_output"));
    nlohmann::json bad = layer;
    bad["bias"] = "none";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, conv.resolveFields(bad));
    // maxpool's stride follows its size when absent.
    QCOMPARE(layerTypeOf("maxpool").resolveFields({{"size", 3}})["stride"], nlohmann::json(3));
  }

  void settingsText_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("conv") << R"({"type": "convolutional", "kernels": 5, "kernel_size": 3, "stride": 2, "bias": "per_kernel"})"
                          << "5 kernels 3×3, stride 2, bias per kernel";
    QTest::newRow("conv defaults") << R"({"type": "convolutional", "kernels": 4, "kernel_size": 3})"
                                   << "4 kernels 3×3, bias per output";
    QTest::newRow("dense") << R"({"type": "dense", "units": 10})" << "10 units";
    QTest::newRow("maxpool") << R"({"type": "maxpool", "size": 3, "stride": 2})" << "3×3, stride 2";
    QTest::newRow("maxpool default stride") << R"({"type": "maxpool", "size": 2})" << "2×2";
    QTest::newRow("softmax") << R"({"type": "softmax", "temperature": 0.5})" << "temperature 0.5";
    QTest::newRow("softmax T = 1") << R"({"type": "softmax"})" << "";
    QTest::newRow("reshape") << R"({"type": "reshape"})" << "flatten to a vector";
    QTest::newRow("relu") << R"({"type": "relu"})" << "";
  }
  void settingsText() {
    QFETCH(QString, json);
    QFETCH(QString, text);
    const nlohmann::json layer = nlohmann::json::parse(json.toStdString());
    QCOMPARE(QString::fromStdString(layerTypeOf(layer["type"]).settingsText(layer)), text);
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestLayerRegistry)
#include "test_layer_registry.moc"
