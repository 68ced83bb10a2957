// The classroom page's words (page_strings.hpp). lupdate reads the table below (QT_TRANSLATE_NOOP,
// context "page"); tests/ui/classroom/test_page_strings.cpp fails when the page shows a text that is
// not here, or when German leaves one as it is (bar a few words that are the same in German).
#include "ui/classroom/page_strings.hpp"

#include <QJsonDocument>
#include <QTranslator>
#include <QtGlobal>

#include <iterator>
#include <memory>

#include "ui/i18n/language.hpp"

namespace cnnlab {

namespace {

// The page's texts, file by file, as the page writes them: a text node or an attribute of the HTML
// (whitespace collapsed; an element marked data-i18n is one sentence, its inner elements %1, %2, …),
// or the literal of a t("…") call in the scripts.
const char* const kStrings[] = {
  // index.html: the page (its text, and the aria-label, title, placeholder and alt a screen reader or
  // a tooltip reads)
  QT_TRANSLATE_NOOP("page", "cnnlab — classroom"),
  //: the program's name
  QT_TRANSLATE_NOOP("page", "cnnlab"),
  QT_TRANSLATE_NOOP("page", "classroom"),
  QT_TRANSLATE_NOOP("page", "Live"),
  QT_TRANSLATE_NOOP("page", "Step through"),
  QT_TRANSLATE_NOOP("page", "Practice"),
  QT_TRANSLATE_NOOP("page", "Draw"),
  QT_TRANSLATE_NOOP("page", "connecting…"),
  QT_TRANSLATE_NOOP("page", "Quiz"),
  QT_TRANSLATE_NOOP("page", "Your answer"),
  QT_TRANSLATE_NOOP("page", "Nickname (optional)"),
  QT_TRANSLATE_NOOP("page", "Loss"),
  QT_TRANSLATE_NOOP("page", "(running, per step)"),
  QT_TRANSLATE_NOOP("page", "Accuracy"),
  QT_TRANSLATE_NOOP("page", "per epoch"),
  //: the training data (a curve's key)
  QT_TRANSLATE_NOOP("page", "training"),
  //: the test data (a curve's key)
  QT_TRANSLATE_NOOP("page", "test"),
  QT_TRANSLATE_NOOP("page", "Kernels"),
  QT_TRANSLATE_NOOP("page", "Kernels appear once the network trains."),
  QT_TRANSLATE_NOOP("page", "(rows: true, columns: predicted)"),
  QT_TRANSLATE_NOOP("page", "After the first epoch."),
  QT_TRANSLATE_NOOP("page", "A test image"),
  QT_TRANSLATE_NOOP("page", "Example"),
  QT_TRANSLATE_NOOP("page", "◀ Back"),
  QT_TRANSLATE_NOOP("page", "Step ▶"),
  QT_TRANSLATE_NOOP("page", "Your own numbers"),
  QT_TRANSLATE_NOOP("page", "Input"),
  QT_TRANSLATE_NOOP("page", "Kernel"),
  QT_TRANSLATE_NOOP("page", "Operation"),
  QT_TRANSLATE_NOOP("page", "correlate ★"),
  QT_TRANSLATE_NOOP("page", "convolve *"),
  QT_TRANSLATE_NOOP("page", "Mode"),
  //: the notes' name of the mode: kept in every language
  QT_TRANSLATE_NOOP("page", "valid"),
  //: the notes' name of the mode: kept in every language
  QT_TRANSLATE_NOOP("page", "full"),
  QT_TRANSLATE_NOOP("page", "Padding"),
  QT_TRANSLATE_NOOP("page", "Stride"),
  QT_TRANSLATE_NOOP("page", "Show"),
  QT_TRANSLATE_NOOP("page", "Level"),
  QT_TRANSLATE_NOOP("page", "1 · correlate 3×3 with 2×2"),
  QT_TRANSLATE_NOOP("page", "2 · a 3×3 kernel on 5×5"),
  QT_TRANSLATE_NOOP("page", "3 · full mode"),
  QT_TRANSLATE_NOOP("page", "4 · convolution"),
  QT_TRANSLATE_NOOP("page", "5 · stride and padding"),
  QT_TRANSLATE_NOOP("page", "6 · a conv layer's gradients"),
  QT_TRANSLATE_NOOP("page", "7 · the MLP's step −a·Δw²"),
  QT_TRANSLATE_NOOP("page", "New exercise"),
  QT_TRANSLATE_NOOP("page", "Check"),
  QT_TRANSLATE_NOOP("page", "Clear"),
  QT_TRANSLATE_NOOP("page", "I meant"),
  QT_TRANSLATE_NOOP("page", "(not saying)"),
  QT_TRANSLATE_NOOP("page", "Or a photo"),
  //: followed by the class the network sees in the drawing
  QT_TRANSLATE_NOOP("page", "The network says"),
  QT_TRANSLATE_NOOP("page", "What the network saw"),
  QT_TRANSLATE_NOOP("page", "What it looked at"),
  QT_TRANSLATE_NOOP("page", "(dark orange: most)"),
  QT_TRANSLATE_NOOP("page", "Join the class"),
  //: followed by the join address, then "and type the code" and the code
  QT_TRANSLATE_NOOP("page", "Scan the code with a phone's camera, or open"),
  QT_TRANSLATE_NOOP("page", "and type the code"),
  QT_TRANSLATE_NOOP("page", "Views"),
  QT_TRANSLATE_NOOP("page", "A test image: none yet"),
  QT_TRANSLATE_NOOP("page", "Back (←)"),
  QT_TRANSLATE_NOOP("page", "Play"),
  QT_TRANSLATE_NOOP("page", "Step (→)"),
  QT_TRANSLATE_NOOP("page", "Drawing area: draw a digit with a finger, a pen or the mouse; or choose a photo below"),
  QT_TRANSLATE_NOOP("page", "QR code of the join address"),

  // landing.html: the page for a student without the join code
  //: %1: a sample join code (k7mq3x)
  QT_TRANSLATE_NOOP("page", "Letters and digits, like %1. Capitals and spaces do not matter. Or scan the QR code on the projector."),
  QT_TRANSLATE_NOOP("page", "cnnlab — join the class"),
  QT_TRANSLATE_NOOP("page", "The join code your teacher shows"),
  QT_TRANSLATE_NOOP("page", "Join"),

  // live.js: Live, the teacher's run
  //: the run's state
  QT_TRANSLATE_NOOP("page", "waiting"),
  //: the run's state
  QT_TRANSLATE_NOOP("page", "idle"),
  //: the run's state
  QT_TRANSLATE_NOOP("page", "running"),
  //: the run's state
  QT_TRANSLATE_NOOP("page", "paused"),
  //: the run's state
  QT_TRANSLATE_NOOP("page", "diverged"),
  //: the run's state
  QT_TRANSLATE_NOOP("page", "finished"),
  QT_TRANSLATE_NOOP("page", "The run finished after %1 epochs: test accuracy %2."),
  QT_TRANSLATE_NOOP("page", "The run finished after %1 epochs."),
  QT_TRANSLATE_NOOP("page", "The run diverged in epoch %1."),
  QT_TRANSLATE_NOOP("page", "The run diverged."),
  QT_TRANSLATE_NOOP("page", "Loss chart: waiting for data"),
  QT_TRANSLATE_NOOP("page", "Loss per step: from %1 at step %2 to %3 at step %4, lowest %5 at step %6"),
  QT_TRANSLATE_NOOP("page", "epoch %1: %2 and %3"),
  QT_TRANSLATE_NOOP("page", "Accuracy chart: waiting for the first epoch"),
  QT_TRANSLATE_NOOP("page", "Accuracy per epoch, training and test (the last %1 of %2 epochs): %3"),
  QT_TRANSLATE_NOOP("page", "Accuracy per epoch, training and test: %1"),
  QT_TRANSLATE_NOOP("page", "epoch %1 · step %2"),
  QT_TRANSLATE_NOOP("page", "loss %1"),
  QT_TRANSLATE_NOOP("page", "accuracy %1"),
  QT_TRANSLATE_NOOP("page", "test accuracy %1"),
  QT_TRANSLATE_NOOP("page", "%1 samples/s"),
  //: %1: the server's description of the kernels shown
  QT_TRANSLATE_NOOP("page", "%1 (first %2)"),
  QT_TRANSLATE_NOOP("page", "unit %1"),
  QT_TRANSLATE_NOOP("page", "row %1: %2"),
  QT_TRANSLATE_NOOP("page", "Unit %1, %2 × %3: %4"),
  QT_TRANSLATE_NOOP("page", "Kernel %1, %2 × %3: %4"),
  QT_TRANSLATE_NOOP("page", "Unit %1, %2 × %3: values from %4 to %5"),
  QT_TRANSLATE_NOOP("page", "Kernel %1, %2 × %3: values from %4 to %5"),
  //: the corner of the confusion matrix: rows are the true classes, columns the predicted ones
  QT_TRANSLATE_NOOP("page", "true \\ pred"),
  QT_TRANSLATE_NOOP("page", "%1 of %2"),
  QT_TRANSLATE_NOOP("page", "Confusion matrix"),
  //: a test image: its number and its true class
  QT_TRANSLATE_NOOP("page", "#%1: a %2"),
  //: a test image: its number, its true class and the network's answer (%3 ends in ✓ or ✗)
  QT_TRANSLATE_NOOP("page", "#%1: a %2, predicted %3"),
  QT_TRANSLATE_NOOP("page", "A test image, #%1: a %2"),
  QT_TRANSLATE_NOOP("page", "A test image, #%1: a %2, predicted %3 (right)"),
  QT_TRANSLATE_NOOP("page", "A test image, #%1: a %2, predicted %3 (wrong)"),
  //: an axis: training steps
  QT_TRANSLATE_NOOP("page", "step"),
  //: an axis: epochs
  QT_TRANSLATE_NOOP("page", "epoch"),
  //: the connection badge: the page receives the run live
  QT_TRANSLATE_NOOP("page", "live"),
  QT_TRANSLATE_NOOP("page", "the teacher stopped sharing"),
  QT_TRANSLATE_NOOP("page", "reconnecting…"),

  // chart.js
  QT_TRANSLATE_NOOP("page", "waiting for data…"),

  // stepper.js: Step through
  QT_TRANSLATE_NOOP("page", "step %1 of %2"),
  QT_TRANSLATE_NOOP("page", "Press Step to compute the first cell."),
  //: %3: the stage's title, from the server
  QT_TRANSLATE_NOOP("page", "Stage %1 of %2: %3"),
  //: %1: the kernel's name (K)
  QT_TRANSLATE_NOOP("page", "%1 rotated 180°"),
  QT_TRANSLATE_NOOP("page", "▶ Play"),
  QT_TRANSLATE_NOOP("page", "❚❚ Pause"),

  // practice.js: Practice (Your turn on phones)
  QT_TRANSLATE_NOOP("page", "✓ Right: %1"),
  QT_TRANSLATE_NOOP("page", "Hint %1 of %2"),
  //: %1: the exercise (a formula such as Y = I ★ K); %2[%3][%4]: the cell asked for
  QT_TRANSLATE_NOOP("page", "%1: what is %2[%3][%4]?"),
  QT_TRANSLATE_NOOP("page", "Hint"),

  // quiz.js: the class quiz
  QT_TRANSLATE_NOOP("page", "Send"),
  //: the quiz's answer is shown
  QT_TRANSLATE_NOOP("page", "revealed"),
  //: the quiz takes answers
  QT_TRANSLATE_NOOP("page", "open"),
  //: the quiz takes no more answers
  QT_TRANSLATE_NOOP("page", "closed"),
  QT_TRANSLATE_NOOP("page", "New quiz: %1"),
  QT_TRANSLATE_NOOP("page", "The quiz's answer: %1"),
  QT_TRANSLATE_NOOP("page", "Sent ✓"),

  // draw.js: Draw
  QT_TRANSLATE_NOOP("page", "Asking the network…"),
  QT_TRANSLATE_NOOP("page", "There is no network yet: the teacher has not built or loaded one."),
  QT_TRANSLATE_NOOP("page", "The network is the model %1."),
  QT_TRANSLATE_NOOP("page", "The network is the teacher's, as it trains now."),
  QT_TRANSLATE_NOOP("page", "Probabilities"),
  QT_TRANSLATE_NOOP("page", "Outputs (each a sigmoid: its own probability)"),
  QT_TRANSLATE_NOOP("page", "What the network saw: your image as its %1 × %2 input"),
  QT_TRANSLATE_NOOP("page", "What it looked at: %1"),
  QT_TRANSLATE_NOOP("page", "The network says %1 (%2 %)"),
  QT_TRANSLATE_NOOP("page", "The network says %1"),
  QT_TRANSLATE_NOOP("page", "nowhere in particular"),
  QT_TRANSLATE_NOOP("page", "most at rows %1 to %2, columns %3 to %4 of the %5 × %6 input"),
};

}  // namespace

std::span<const char* const> pageStrings() { return {std::begin(kStrings), std::end(kStrings)}; }

QJsonObject pageTranslations(const QString& language) {
  QJsonObject strings;
  const std::unique_ptr<QTranslator> catalogue = i18n::catalogue(language);
  if (!catalogue) return strings;  // English, or a language without a catalogue: the page's own words
  for (const char* english : kStrings) {
  const QString translated = catalogue->translate("page", english);
  if (!translated.isEmpty()) strings.insert(QString::fromUtf8(english), translated);
  }
  return strings;
}

QByteArray pageStringsJson(const QString& language) {
  const QString spoken = i18n::normalise(language).isEmpty() ? QStringLiteral("en") : i18n::normalise(language);
  return QJsonDocument(QJsonObject{{"lang", spoken}, {"strings", pageTranslations(spoken)}}).toJson(QJsonDocument::Compact);
}

}  // namespace cnnlab
