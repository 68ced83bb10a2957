#include "ui/stepper/network_examples.hpp"

#include <QObject>
#include <QString>

#include <optional>
#include <string>

#include "engine/network_spec.hpp"
#include "engine/presets.hpp"
#include "engine/teaching/example_registry.hpp"
#include "engine/translatable.hpp"
#include "ui/i18n/engine_text.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

// A preset's network with its initial weights (seed 1): what the stepper reads before any training.
ExampleModel initialWeights(const char* preset) {
  ExampleModel model{findPreset(preset).network, {}};
  Network<float> network = buildNetwork<float>(model.spec);
  network.initialize(1);
  model.parameters = network.parameters();
  return model;
}

// The example's description and the model it read: "… Model: the network in the Train tab (epoch 3)."
// The origin is already in the application's language; the description's words are translated when shown.
Phrase withModel(const Phrase& description, const QString& origin) {
  return Phrase(QT_TRANSLATE_NOOP("engine", "%1 Model: %2."), {description, origin.toStdString()});
}

QString trainTab(const ModelSnapshot& model) {
  return QObject::tr("the network in the Train tab (epoch %1)").arg(model.epoch);
}

}  // namespace

NetworkExample kernelExampleFromSession(const TrainingSession& session, std::size_t channel) {
  const ModelSnapshotPtr snapshot = session.currentModel();
  const ExampleModel model = snapshot ? ExampleModel{snapshot->spec, snapshot->parameters} : initialWeights("seed-binary");
  const QString origin =
      snapshot ? trainTab(*snapshot)
               : QObject::tr("an untrained seed-binary network (initial weights): train in the Train tab to see learned kernels");
  const Shape in = buildNetwork<float>(model.spec).inputShape();
  if (channel >= in.depth) channel = 0;  // a new network with fewer channels: the selector starts again
  // The plane of that channel from the session's test set when it fits the network (a colour
  // image), else the embedded grey digit, the same on every channel.
  std::optional<arma::mat> plane;
  const std::shared_ptr<const Dataset> test = session.testSet();
  if (test && test->size() > 0 && test->shape == in && channel < in.depth) {
    const arma::fvec sample = test->sample(0);
    const std::size_t size = in.height * in.width;
    plane = arma::conv_to<arma::mat>::from(
        arma::reshape(sample.subvec(channel * size, (channel + 1) * size - 1), in.height, in.width));
  }
  NetworkExample result{buildModelExample(firstExampleOf(ExampleKind::FromNetwork), model,
                                          {{"channel", std::to_string(channel)}}, plane ? &*plane : nullptr),
                        in.depth};
  result.example.description = withModel(result.example.description, origin);
  return result;
}

TeachingExample mlpExampleFromSession(const TrainingSession& session, std::size_t unit) {
  const ExampleInfo& info = firstExampleOf(ExampleKind::MlpFromNetwork);
  const ExampleArguments arguments = {{"unit", std::to_string(unit)}};
  std::optional<TeachingExample> example;
  QString origin = QObject::tr(
      "an untrained mlp preset (initial weights): train the mlp preset in the Train tab to see learned weights");
  if (const ModelSnapshotPtr snapshot = session.currentModel()) {
    try {
      example = buildModelExample(info, {snapshot->spec, snapshot->parameters}, arguments);
      origin = trainTab(*snapshot);
    } catch (const std::invalid_argument& e) {
      origin = QObject::tr("the Train tab's network is not an MLP (%1), so an untrained mlp preset (initial weights)")
                   .arg(engineText(std::string(e.what())));  // the engine's reason, in the application's language
    }
  }
  if (!example) example = buildModelExample(info, initialWeights("mlp"), arguments);
  example->description = withModel(example->description, origin);
  return std::move(*example);
}

}  // namespace cnnlab
