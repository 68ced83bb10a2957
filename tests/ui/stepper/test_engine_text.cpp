// The engine's words in the application's language (#27): engineText translates a fixed text whole,
// and a Phrase's template before filling in its values (numbers and the notes' notation, unchanged);
// in English every text reads exactly as the engine wrote it; the stepper shows the translation; and,
// once the German catalogue has the engine's words, every word-bearing text of every example, exercise,
// erratum and layer type is in it.
#include <QtTest>

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/teaching/example_registry.hpp"
#include "engine/teaching/exercises.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/notes_errata.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "engine/translatable.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/installed_catalogue.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/i18n/language.hpp"
#include "ui/stepper/stepper_view.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace engine_text_test {

using testing::Installed;

// A catalogue made in the test: the engine's texts it knows, nothing else (as a real one, it answers
// a text it does not have with a null string).
class FakeCatalogue : public QTranslator {
 public:
  explicit FakeCatalogue(QHash<QString, QString> engine, QHash<QString, QString> other = {})
      : engine_(std::move(engine)), other_(std::move(other)) {}
  bool isEmpty() const override { return false; }
  QString translate(const char* context, const char* source, const char*, int) const override {
    const QString text = QString::fromUtf8(source);
    if (QByteArray(context) == "engine") return engine_.value(text);
    return other_.value(text);
  }

 private:
  QHash<QString, QString> engine_, other_;
};

// A preset's network with its first weights, as the stepper reads it before any training.
ExampleModel untrained(const char* preset) {
  ExampleModel model{findPreset(preset).network, {}};
  Network<float> network = buildNetwork<float>(model.spec);
  network.initialize(1);
  model.parameters = network.parameters();
  return model;
}

// Every example the stepper shows: the registry's, the MLP's with each activation, output and loss,
// your own matrices in each mode, and the two that read a network.
std::vector<TeachingExample> allExamples() {
  std::vector<TeachingExample> examples;
  for (const ExampleInfo& info : exampleRegistry())
    if (info.build) examples.push_back(buildExample(info));
  for (const char* hidden : {"sigmoid", "relu", "tanh"})
    for (const char* output : {"softmax", "sigmoid"})
      for (const char* loss : {"mse", "bce", "cross_entropy"}) {
        MlpNetwork net = defaultMlpNetwork();
        net.hidden = hidden;
        net.output = output;
        net.loss = loss;
        net.temperature = std::string(output) == "softmax" ? 2 : 1;
        examples.push_back(mlpForwardExample(net));
        examples.push_back(mlpBackwardExample(net));
      }
  for (CorrelationMode mode : {CorrelationMode::Valid, CorrelationMode::Full})
    for (Operation operation : {Operation::Correlate, Operation::Convolve})
      examples.push_back(correlationExample({{1, 6, 2}, {5, 3, 1}, {7, 0, 9}}, {{1, 2}, {-1, 0}},
                                            {.mode = mode, .operation = operation}));
  examples.push_back(buildModelExample(firstExampleOf(ExampleKind::FromNetwork), untrained("seed-binary")));
  examples.push_back(buildModelExample(firstExampleOf(ExampleKind::MlpFromNetwork), untrained("mlp"), {{"unit", "3"}}));
  return examples;
}

using Texts = std::vector<std::pair<QString, Phrase>>;  // where, what

// Every text a view shows of the engine: examples, exercises, errata, the layer registry.
Texts allTexts() {
  Texts texts;
  for (const TeachingExample& e : allExamples()) {
    const QString name = QString::fromStdString(e.name);
    texts.push_back({name + " title", e.title});
    texts.push_back({name + " description", e.description});
    for (std::size_t s = 0; s < e.stages.size(); ++s) {
      const TeachingStage& stage = e.stages[s];
      const QString where = QString("%1 stage %2 ").arg(name).arg(s + 1);
      const std::vector<std::pair<const char*, const Phrase*>> names = {{"title", &stage.title},
                                                                        {"left", &stage.leftName},
                                                                        {"kernel", &stage.kernelName},
                                                                        {"result", &stage.resultName},
                                                                        {"operator", &stage.operatorSymbol}};
      for (const auto& [what, text] : names) texts.push_back({where + what, *text});
      for (const TeachingCell& cell : stage.cells) {
        texts.push_back({where + "label", cell.label});
        texts.push_back({where + "formula", cell.formula});
        texts.push_back({where + "symbolic", cell.symbolic});
        for (const Phrase& line : cell.lines) texts.push_back({where + "line", line});
      }
    }
  }
  for (int level = kMinExerciseLevel; level <= kMaxExerciseLevel; ++level) {
    const Exercise ex = generateExercise(level, 1);
    const QString where = QString("exercise %1 ").arg(level);
    texts.push_back({where + "title", ex.title});
    texts.push_back({where + "statement", ex.statement});
    for (const auto& [name, matrix] : ex.givens) texts.push_back({where + "given", name});
    for (const ExercisePart& part : ex.parts) {
      texts.push_back({where + "part", part.title});
      if (!part.isCorrelation()) continue;
      for (const Phrase& hint : cellHintPhrases(part.left, part.kernel, part.options, 0, 0)) texts.push_back({where + "hint", hint});
    }
  }
  // A hint in the zero padding, and one with the kernel rotated.
  for (const Phrase& hint : cellHintPhrases({{1, 2}, {3, 4}}, {{1, 0}, {0, -1}}, {.mode = CorrelationMode::Full}, 0, 0))
    texts.push_back({"hint in the padding", hint});
  for (const Phrase& hint : cellHintPhrases({{1, 2}, {3, 4}}, {{1, 0}, {0, -1}}, {.operation = Operation::Convolve}, 0, 0))
    texts.push_back({"hint of a convolution", hint});
  for (Mistake m : {Mistake::None, Mistake::KernelNotFlipped, Mistake::KernelFlipped, Mistake::WindowShifted, Mistake::SignError,
                    Mistake::TermMissing, Mistake::WrongExtent, Mistake::Unknown})
    texts.push_back({"mistake " + QString::fromStdString(mistakeName(m)), mistakeSentence(m)});
  for (const NotesErratum& e : notesErrata()) {
    const QString where = "erratum " + QString::fromStdString(e.id) + " ";
    const std::vector<std::pair<const char*, const std::string*>> fields = {
        {"notes", &e.notes}, {"where", &e.where}, {"written", &e.written}, {"exact", &e.exact}, {"cnnlab", &e.cnnlab}};
    for (const auto& [what, text] : fields) texts.push_back({where + what, *text});
  }
  for (const LayerType& type : layerTypes()) {
    const QString where = "layer " + QString::fromStdString(type.name) + " ";
    texts.push_back({where + "title", type.title});
    texts.push_back({where + "summary", type.summary});
    texts.push_back({where + "settings", type.settingsText(type.newLayer())});
    for (const LayerField& field : type.fields) {
      texts.push_back({where + "label", field.label});
      texts.push_back({where + "help", field.help});
      for (const FieldChoice& choice : field.choices) texts.push_back({where + "choice", choice.label});
    }
  }
  for (const char* layer : {R"({"type": "convolutional", "kernels": 5, "kernel_size": 3, "stride": 2, "padding": 1, "bias": "per_kernel"})",
                            R"({"type": "maxpool", "size": 3, "stride": 2})", R"({"type": "softmax", "temperature": 2})"}) {
    const nlohmann::json spec = nlohmann::json::parse(layer);
    texts.push_back({"settings of " + QString::fromUtf8(layer), layerTypeOf(spec["type"]).settingsText(spec)});
  }
  return texts;
}

// A text has words when it has a run of two letters or more that is not the notes' notation or a name
// the command line shares (max, rot180, log, sigmoid, mse, a layer's short description "Conv 5@3×3").
bool hasWords(const QString& text) {
  static const QSet<QString> notation = {"max", "maxpool", "argmax", "rot", "full", "valid", "log", "ln", "softmax", "sigmoid",
                                         "tanh", "relu", "mse", "bce", "cross_entropy", "conv", "dense", "reshape"};
  static const QRegularExpression word(QStringLiteral("[A-Za-z_]{2,}"));
  for (auto it = word.globalMatch(text); it.hasNext();)
    if (!notation.contains(it.next().captured().toLower())) return true;
  return false;
}

// The words of text that the catalogue does not have: its template when it has words, and each of
// its values the same way (a value of notation alone, "K₁₁" or "Conv 5@3×3", is not in a catalogue).
void missingWords(const QTranslator& catalogue, const Phrase& text, QStringList* missing) {
  const std::string& source = text.source();
  if (hasWords(QString::fromStdString(source)) && catalogue.translate("engine", source.c_str()).isNull())
    missing->append(QString::fromStdString(source));
  for (const Phrase& value : text.values()) missingWords(catalogue, value, missing);
}

}  // namespace engine_text_test

using namespace engine_text_test;

class TestEngineText : public QObject {
  Q_OBJECT

 private slots:
  void fillsPlaceholders() {
    QCOMPARE(engineText(Phrase("%1 of %2", {"3", "7"})), QString("3 of 7"));
    QCOMPARE(engineText(Phrase("%2 before %1, %1 again", {"a", "b"})), QString("b before a, a again"));
    // A value is never read for placeholders, and a placeholder with no value stays as written.
    QCOMPARE(engineText(Phrase("%1 and %3", {"50 %2", "x"})), QString("50 %2 and %3"));
    QCOMPARE(engineText(Phrase::joined({"∂E/∂z₁²", Phrase("   (%1)", {"24"})})), QString::fromUtf8("∂E/∂z₁²   (24)"));
    QCOMPARE(fillPlaceholders("%10 · %1", {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}), std::string("j · a"));
  }

  void englishIsUnchangedWithoutACatalogue() {
    QCOMPARE(engineText(std::string("Valid cross-correlation: I \u2605 K")), QString::fromUtf8("Valid cross-correlation: I ★ K"));
    const Phrase phrase("%1   (the other 3 cells of the window: 0)", {"∂E/∂x₁₁ = 1"});
    QVERIFY(phrase.composed());
    QCOMPARE(engineText(phrase), QString::fromStdString(phrase));
  }

  void translatesTheTemplateThenFillsInTheValues() {
    FakeCatalogue german({{"%1 Model: %2.", "%1 Modell: %2."},
                          {"From the network: x ★ %1 (layer %2, %3)", "Aus dem Netz: x ★ %1 (Schicht %2, %3)"},
                          {"x (patch)", "x (Ausschnitt)"},
                          {"cross-entropy", "Kreuzentropie"}});
    const Installed installed(&german);
    const Phrase title("From the network: x ★ %1 (layer %2, %3)", {"K₁₁", "1", "Conv 5@3×3"});
    QCOMPARE(engineText(title), QString::fromUtf8("Aus dem Netz: x ★ K₁₁ (Schicht 1, Conv 5@3×3)"));
    // Values are translated as texts of their own, whatever their depth; notation stays.
    QCOMPARE(engineText(Phrase("%1 Model: %2.", {title, "x (patch)"})),
             QString::fromUtf8("Aus dem Netz: x ★ K₁₁ (Schicht 1, Conv 5@3×3) Modell: x (Ausschnitt)."));
    QCOMPARE(engineText(Phrase::joined({"E = 0.5", Phrase("   (%1)", {"cross-entropy"})})), QString("E = 0.5   (Kreuzentropie)"));
    QCOMPARE(engineText(std::string("x (patch)")), QString("x (Ausschnitt)"));
    QCOMPARE(engineText(std::string("K₁₁")), QString::fromUtf8("K₁₁"));
  }

  void aChangedPhraseIsLookedUpWhole() {
    FakeCatalogue german({{"x (patch)", "x (Ausschnitt)"}, {"%1!", "%1?"}});
    const Installed installed(&german);
    Phrase text("%1!", {"x (patch)"});
    QCOMPARE(engineText(text), QString("x (Ausschnitt)?"));
    text += " more";  // no longer its template filled in: the English, as it now reads
    QVERIFY(!text.composed());
    QCOMPARE(engineText(text), QString("x (patch)! more"));
  }

  // In English every text reads as the engine wrote it (the CLI's and the page's), no %N left over.
  void everyTextReadsAsTheEngineWroteIt() {
    const Texts texts = allTexts();
    QVERIFY(texts.size() > 1000);
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const auto& [where, text] : texts) {
      const QString shown = engineText(text);
      QVERIFY2(shown == QString::fromStdString(text), qPrintable(where + ": " + shown));
      QVERIFY2(!shown.contains(placeholder), qPrintable(where + ": " + shown));
    }
  }

  // The stepper's board, list and buttons show the catalogue's words around the engine's numbers.
  void theStepperShowsTheTranslation() {
    FakeCatalogue german({{"Valid cross-correlation: I ★ K", "Kreuzkorrelation (valid): I ★ K"},
                          {"Slide the kernel over the input, multiply the overlapping values, add them up. Output size = 3 − 2 + 1 = 2.",
                           "Schiebe den Kernel über die Eingabe. Ausgabegröße = 3 − 2 + 1 = 2."}},
                         {{"▶ Play", "▶ Abspielen"}});
    const Installed installed(&german);
    TrainingSession session;
    StepperView view(session);
    QVERIFY(view.openExample("notebook-valid", 1));
    QStringList labels;
    for (const QLabel* label : view.findChildren<QLabel*>()) labels << label->text();
    QVERIFY2(labels.contains(QString::fromUtf8("Kreuzkorrelation (valid): I ★ K")), qPrintable(labels.join(" | ")));
    QVERIFY2(labels.contains(QString::fromUtf8("Schiebe den Kernel über die Eingabe. Ausgabegröße = 3 − 2 + 1 = 2.")),
             qPrintable(labels.join(" | ")));
    QCOMPARE(view.formulaText(), QString::fromUtf8("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"));  // the notes' numbers
    const auto* formulas = view.findChild<QListWidget*>("formulas");
    QVERIFY(formulas && formulas->count() > 0);
    QCOMPARE(formulas->item(0)->text(), QString::fromUtf8("1. Kreuzkorrelation (valid): I ★ K"));
    QCOMPARE(view.findChild<QPushButton*>("play")->text(), QString::fromUtf8("▶ Abspielen"));
  }

  // Once the German catalogue has the engine's words: every text with English words is in it.
  void theGermanCatalogueHasEveryEngineText() {
    const std::unique_ptr<QTranslator> german = i18n::catalogue("de");
    QVERIFY(german);
    if (german->translate("engine", "Valid cross-correlation: I \u2605 K").isNull())
      QSKIP("resources/i18n/cnnlab_de.ts has no engine text yet");
    QStringList missing;
    for (const auto& [where, text] : allTexts()) missingWords(*german, text, &missing);
    missingWords(*german, Phrase("%1 Model: %2.", {"Your own matrices.", "1"}), &missing);  // the stepper's network examples
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable("not in the catalogue: " + missing.join(" | ")));
  }
};

CNNLAB_TEST_MAIN(TestEngineText)
#include "test_engine_text.moc"
