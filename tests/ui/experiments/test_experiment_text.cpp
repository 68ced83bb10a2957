// The experiments' and presets' words in the application's language (#27): every verdict, on made-up
// runs that reach each of its branches, is a Phrase whose marked template filled with its values is
// the English word for word (a catalogue that answers each marked text with itself changes nothing),
// and whose every piece with words is marked in the engine's source; the Compare and Profile views and
// the quiz projector show the catalogue's words around the engine's numbers.
#include <QtTest>

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "engine/experiments.hpp"
#include "engine/presets.hpp"
#include "engine/teaching/exercises.hpp"
#include "engine/translatable.hpp"
#include "tests/experiment_runs.hpp"
#include "tests/test_main.hpp"
#include "tests/ui/installed_catalogue.hpp"
#include "ui/classroom/quiz_projector.hpp"
#include "ui/experiments/compare_view.hpp"
#include "ui/experiments/profile_view.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/i18n/language.hpp"

using namespace cnnlab;

namespace experiment_text_test {

using testing::Installed;
using testing::run;

// A catalogue made in the test: the engine's texts it knows, nothing else (as a real one, it answers
// a text it does not have with a null string).
class Catalogue : public QTranslator {
 public:
  explicit Catalogue(QHash<QString, QString> engine) : engine_(std::move(engine)) {}
  bool isEmpty() const override { return false; }
  QString translate(const char* context, const char* source, const char*, int) const override {
    return QByteArray(context) == "engine" ? engine_.value(QString::fromUtf8(source)) : QString();
  }

 private:
  QHash<QString, QString> engine_;
};

// The texts an engine source file marks QT_TRANSLATE_NOOP("engine", …), as lupdate reads them: the
// literals one after the other, \" and \\ unescaped.
QSet<QString> markedIn(const char* file) {
  QFile source(qEnvironmentVariable("CNNLAB_SOURCE_DIR") + "/" + file);
  if (!source.open(QIODevice::ReadOnly)) return {};
  const QString text = QString::fromUtf8(source.readAll());
  static const QString macro = QStringLiteral("QT_TRANSLATE_NOOP(\"engine\",");
  QSet<QString> marked;
  for (qsizetype at = text.indexOf(macro); at >= 0; at = text.indexOf(macro, at + 1)) {
    qsizetype i = at + macro.size();
    QString literal;
    for (;;) {
      while (i < text.size() && text[i].isSpace()) ++i;
      if (i >= text.size() || text[i] != '"') break;
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        literal += text[i];
      }
      ++i;
    }
    marked.insert(literal);
  }
  return marked;
}

// A text has words when it has a run of two letters or more that is not the notes' notation or a
// name the command line shares ("sigmoid", "ReLU", "z_i", "Y_i").
bool hasWords(const QString& text) {
  static const QSet<QString> notation = {"softmax", "sigmoid", "relu", "tanh", "z_i", "y_i"};
  static const QRegularExpression word(QStringLiteral("[A-Za-z_]{2,}"));
  for (auto it = word.globalMatch(text); it.hasNext();)
    if (!notation.contains(it.next().captured().toLower())) return true;
  return false;
}

// The pieces of text (its template, then each value's, all the way down) that have words and are
// not marked.
void unmarked(const Phrase& text, const QSet<QString>& marked, QStringList* missing) {
  const QString source = QString::fromStdString(text.source());
  if (hasWords(source) && !marked.contains(source)) missing->append(source);
  for (const Phrase& value : text.values()) unmarked(value, marked, missing);
}

// Every template of text with words, all the way down.
void templates(const Phrase& text, QSet<QString>* seen) {
  const QString source = QString::fromStdString(text.source());
  if (hasWords(source)) seen->insert(source);
  for (const Phrase& value : text.values()) templates(value, seen);
}

// Made-up runs of every experiment, with its own labels: random histories (falling, rising, equal,
// exactly 0 and 1) and the cases of the engine's tests, so that every branch of every verdict is met.
std::vector<std::pair<const Experiment*, std::vector<RunResult>>> madeUpRuns() {
  std::vector<std::pair<const Experiment*, std::vector<RunResult>>> all;
  std::mt19937_64 random(27);
  const auto uniform = [&random] { return double(random() >> 11) / double(std::uint64_t(1) << 53); };
  const double levels[] = {0, 0.0004, 0.001, 0.1, 0.5, 0.8, 0.81, 0.82, 0.85, 0.9, 1};
  for (int trial = 0; trial < 1500; ++trial)
    for (const Experiment& e : experiments()) {
      std::vector<RunResult> runs;
      const std::size_t epochs = 1 + random() % 6;
      for (const RunSetting& setting : e.runs) {
        std::vector<double> accuracy, norm, top, saturated;
        double a = uniform() / 2;
        for (std::size_t k = 0; k <= epochs; ++k) {
          const int step = int(random() % 4);
          a = step == 0 ? levels[random() % 11] : step == 1 ? std::min(1.0, a + uniform() / 10) : std::max(0.0, a - uniform() / 30);
          accuracy.push_back(a);
          norm.push_back(random() % 5 == 0 ? 0 : uniform() * (random() % 2 ? 0.1 : 0.01));
          top.push_back(random() % 3 == 0 ? levels[random() % 11] : uniform());
          saturated.push_back(random() % 3 == 0 ? levels[random() % 11] : uniform());
        }
        runs.push_back(run(setting.label, accuracy, norm, top, saturated));
      }
      all.push_back({&e, std::move(runs)});
    }
  // The engine tests' cases, with the experiment's own labels: {accuracies, update norms, top probabilities, saturated}.
  using Numbers = std::vector<std::vector<double>>;
  const auto add = [&all](const char* name, const std::vector<Numbers>& numbers) {
    const Experiment& e = findExperiment(name);
    std::vector<RunResult> runs;
    for (std::size_t r = 0; r < numbers.size(); ++r) {
      Numbers n = numbers[r];
      n.resize(4);
      runs.push_back(run(e.runs.at(r).label, n[0], n[1], n[2], n[3]));
    }
    all.push_back({&e, std::move(runs)});
  };
  const std::vector<double> plateau = {0.1, 0.6, 0.8, 0.81, 0.81};
  add("gd-vs-sgd", {{plateau}, {plateau}, {{0.1, 0.15, 0.2, 0.25, 0.3}}});
  add("gd-vs-sgd", {{plateau}, {plateau}, {{0.1, 0.15, 0.15, 0.25, 0.3}}});
  add("relu-vs-sigmoid", {{{0.1, 0.5, 0.8}, {0.01, 0.01, 0.01}}, {{0.1, 0.7, 0.8}, {0.03, 0.03, 0.03}}});
  add("temperature", {{{0.1, 0.8}, {}, {0.3, 0.9}}, {{0.1, 0.8}, {}, {0.2, 0.8}}, {{0.1, 0.8}, {}, {0.1, 0.7}}});
  add("learning-rate", {{{0.1, 0.85}}, {{0.1, 0.86}}, {{0.1, 0.855}}});
  add("init", {{{0.5, 0.5, 0.6}, {}, {}, {0.88, 0.9, 0.9}}, {{0.5, 0.5, 0.6}, {}, {}, {0, 0, 0}}});
  return all;
}

// Each translated piece in ⟦ ⟧: what is left outside them must have no words.
QString outsideTranslations(const QString& shown) {
  QString outside;
  int depth = 0;
  for (const QChar c : shown) {
    if (c == QChar(0x27e6)) ++depth;
    else if (c == QChar(0x27e7)) --depth;
    else if (depth == 0) outside += c;
  }
  return outside;
}

// In its namespace with its helpers: the unity build compiles it beside other tests' helpers.
class TestExperimentText : public QObject {
  Q_OBJECT

 private slots:
  void everyVerdictIsItsMarkedTemplateFilledIn() {
    const QSet<QString> marked = markedIn("engine/experiments.cpp");
    QVERIFY2(marked.size() > 30, qPrintable(qEnvironmentVariable("CNNLAB_SOURCE_DIR")));
    QHash<QString, QString> itself, bracketed;
    for (const QString& text : marked) {
      itself.insert(text, text);
      bracketed.insert(text, QChar(0x27e6) + text + QChar(0x27e7));
    }
    Catalogue same(itself), marking(bracketed);
    std::vector<std::pair<QString, Phrase>> verdicts;  // where, what
    for (const auto& [experiment, runs] : madeUpRuns()) {
      Phrase verdict = experiment->verdict(runs);
      verdicts.push_back({QString::fromStdString(experiment->name + ": " + verdict), std::move(verdict)});
    }
    QVERIFY(verdicts.size() > 5000);
    QSet<QString> seen;
    for (const auto& [where, verdict] : verdicts) {
      QVERIFY2(verdict.composed(), qPrintable(where));
      QVERIFY2(hasWords(QString::fromStdString(verdict.source())), qPrintable(where));
      QCOMPARE(engineText(verdict), QString::fromStdString(verdict));  // no catalogue: the English
      QStringList missing;
      unmarked(verdict, marked, &missing);
      QVERIFY2(missing.isEmpty(), qPrintable(where + " | not marked: " + missing.join(" | ")));
      templates(verdict, &seen);
    }
    {
      const Installed installed(&same);
      for (const auto& [where, verdict] : verdicts)
        QVERIFY2(engineText(verdict) == QString::fromStdString(verdict), qPrintable(where + " | " + engineText(verdict)));
    }
    {
      // Every word is inside a translated piece.
      const Installed installed(&marking);
      for (const auto& [where, verdict] : verdicts) {
        const QString outside = outsideTranslations(engineText(verdict));
        QVERIFY2(!hasWords(outside), qPrintable(where + " | outside: " + outside));
      }
    }
    // Every marked text is an experiment's title, claim, source, setting or run label, or was met in
    // a verdict: no branch is left unseen.
    QSet<QString> fields;
    for (const Experiment& e : experiments()) {
      for (const std::string* text : {&e.title, &e.claim, &e.source, &e.setting}) fields.insert(QString::fromStdString(*text));
      for (const RunSetting& r : e.runs) fields.insert(QString::fromStdString(r.label));
    }
    for (const QString& text : marked) QVERIFY2(fields.contains(text) || seen.contains(text), qPrintable("never met: " + text));
  }

  void theExperimentsAndPresetsAreMarked() {
    const QSet<QString> marked = markedIn("engine/experiments.cpp");
    for (const Experiment& e : experiments()) {
      for (const std::string* text : {&e.title, &e.claim, &e.source, &e.setting})
        QVERIFY2(marked.contains(QString::fromStdString(*text)), text->c_str());
      for (const RunSetting& r : e.runs)
        QVERIFY2(!hasWords(QString::fromStdString(r.label)) || marked.contains(QString::fromStdString(r.label)), r.label.c_str());
    }
    const QSet<QString> presetTexts = markedIn("engine/presets.cpp");
    for (const Preset& p : presets()) QVERIFY2(presetTexts.contains(QString::fromStdString(p.description)), p.description.c_str());
  }

  // The Compare view: the experiment's title, its claim in the catalogue's words (in the same
  // quotation marks), its source and setting, the run labels and the verdict.
  void theCompareViewShowsTheTranslation() {
    Catalogue german({{"Gradient descent vs SGD", "Gradientenabstieg gegen SGD"},
                      {"Every epoch increases accuracy for regular gradient decent, however, Stochastic Gradient Decent's "
                       "accuracy plateaus over time.",
                       "Jede Epoche erhöht die Genauigkeit."},
                      {"second notes, §0.3.2.1", "zweites Skript, §0.3.2.1"},
                      {"per-sample SGD (batch 1)", "SGD pro Beispiel (Batch 1)"},
                      {"the numbers support the claim", "die Zahlen stützen die Behauptung"},
                      {"Final test accuracy was %1: %2.", "Die Testgenauigkeit am Ende: %1; %2."},
                      {"the rate hardly changed it (%1), so the numbers do not support the claim on this data",
                       "die Lernrate änderte sie kaum (%1)"},
                      {"the rate changed it by %1, but the largest rate did not lose accuracy here",
                       "die Lernrate änderte sie um %1"},
                      {"the rate changed it by %1, and the largest rate ended %2 below the best (%3), so the numbers support "
                       "the claim",
                       "die Lernrate änderte sie um %1, die größte endete %2 unter der besten (%3)"},
                      {"%1 points", "%1 Prozentpunkte"}});
    const Installed installed(&german);
    CompareView view;
    view.show();  // the verdict shows once the runs are done
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* box = view.findChild<QComboBox*>("experimentBox");
    QVERIFY(box);
    QCOMPARE(box->itemText(box->findData("gd-vs-sgd")), QString("Gradientenabstieg gegen SGD"));
    QVERIFY(view.selectExperiment("gd-vs-sgd"));
    const QString claim = view.findChild<QLabel*>("claim")->text();
    QVERIFY2(claim.contains(QString::fromUtf8("(zweites Skript, §0.3.2.1): “Jede Epoche erhöht die Genauigkeit.”")), qPrintable(claim));
    QVERIFY2(claim.contains("SGD pro Beispiel (Batch 1), mini-batch (batch 32)"), qPrintable(claim));

    QVERIFY(view.selectExperiment("learning-rate"));
    view.setEpochs(1);
    QSignalSpy finished(&view, &CompareView::finished);
    view.start();
    QVERIFY(finished.wait(120000));
    QTRY_VERIFY(view.lastSnapshot() && view.lastSnapshot()->finished && !view.verdict().isEmpty());
    const Phrase& verdict = view.lastSnapshot()->verdict;
    QVERIFY(verdict.composed());
    QVERIFY2(view.verdict().startsWith("Verdict: Die Testgenauigkeit am Ende: "), qPrintable(view.verdict()));
    QVERIFY2(view.verdict().contains(QString::fromUtf8("(η = 0.05), ")), qPrintable(view.verdict()));
    QVERIFY2(view.verdict().contains("die Lernrate"), qPrintable(view.verdict()));
    QVERIFY2(!view.verdict().contains(" points") && !view.verdict().contains("the rate"), qPrintable(view.verdict()));
    QCOMPARE(view.table()->item(0, 0)->text(), QString::fromUtf8("η = 0.05"));  // notation: as it is
  }

  // The Profile view's preset box: the name, then the description in the catalogue's words.
  void theProfileViewShowsTheDescription() {
    Catalogue german({{"the notes' CNN: MNIST 0 vs 1, per-sample SGD", "das CNN des Skripts: MNIST 0 gegen 1, SGD pro Beispiel"}});
    const Installed installed(&german);
    ProfileView view;
    auto* box = view.findChild<QComboBox*>("profilePreset");
    QVERIFY(box);
    QCOMPARE(box->itemText(box->findData("seed-binary")),
             QString::fromUtf8("seed-binary — das CNN des Skripts: MNIST 0 gegen 1, SGD pro Beispiel"));
    QCOMPARE(box->itemText(box->findData("lenet5")), QString::fromUtf8("lenet5 — LeNet-5 on all ten digits, SGD with momentum, batch 32"));
  }

  // The quiz carries the engine's English to every page; the projector and the teacher's panel show
  // the exercise's words translated, template and values.
  void theQuizShowsTheExerciseTranslated() {
    const Exercise level4 = generateExercise(4, 3), level7 = generateExercise(7, 3);
    QCOMPARE(QuizProjector::exerciseWords(QString::fromStdString(level4.title)), QString::fromStdString(level4.title));
    Catalogue german({{"Level %1: %2", "Stufe %1: %2"},
                      {"convolve a 3×3 with a 2×2 (valid; rotate the kernel first)", "falte eine 3×3 mit einer 2×2"},
                      {"a (learning rate)", "a (Lernrate)"}});
    const Installed installed(&german);
    QCOMPARE(QuizProjector::exerciseWords(QString::fromStdString(level4.title)), QString::fromUtf8("Stufe 4: falte eine 3×3 mit einer 2×2"));
    QCOMPARE(QuizProjector::exerciseWords(QString::fromStdString(level4.parts.front().title)),
             QString::fromStdString(level4.parts.front().title));  // notation: as it is
    QCOMPARE(QuizProjector::exerciseWords("a (learning rate)"), QString("a (Lernrate)"));
    QCOMPARE(QuizProjector::exerciseWords(QString::fromStdString(level7.title)), QString::fromStdString(level7.title));
    QCOMPARE(QuizProjector::exerciseWords("not an exercise's text"), QString("not an exercise's text"));
  }

  // Once the German catalogue has the experiments' words: every piece with words of every verdict,
  // title, claim, source, setting, run label and preset description is in it.
  void theGermanCatalogueHasEveryExperimentText() {
    const std::unique_ptr<QTranslator> german = i18n::catalogue("de");
    QVERIFY(german);
    if (german->translate("engine", "Gradient descent vs SGD").isNull())
      QSKIP("resources/i18n/cnnlab_de.ts has no experiment text yet");
    QSet<QString> inCatalogue;
    std::vector<Phrase> texts;
    for (const auto& [experiment, runs] : madeUpRuns()) texts.push_back(experiment->verdict(runs));
    for (const Experiment& e : experiments()) {
      texts.insert(texts.end(), {e.title, e.claim, e.source, e.setting});
      for (const RunSetting& r : e.runs) texts.push_back(r.label);
    }
    for (const Preset& p : presets()) texts.push_back(p.description);
    QSet<QString> all;
    for (const Phrase& text : texts) templates(text, &all);
    QStringList missing;
    for (const QString& text : all)
      if (german->translate("engine", text.toUtf8().constData()).isNull()) missing << text;
    QVERIFY2(missing.isEmpty(), qPrintable("not in the catalogue: " + missing.join(" | ")));
  }
};

}  // namespace experiment_text_test

using experiment_text_test::TestExperimentText;
CNNLAB_TEST_MAIN(TestExperimentText)
#include "test_experiment_text.moc"
