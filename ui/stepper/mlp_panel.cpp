#include "ui/stepper/mlp_panel.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include "ui/qt_text.hpp"
#include "ui/stepper/correlation_panel.hpp"
#include "ui/stepper/matrix_edit.hpp"

namespace cnnlab {

MlpPanel::MlpPanel(QWidget* parent) : QWidget(parent) {
  setObjectName("mlpControls");
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  auto field = [&](const QString& name, const QString& label, const QString& tip, int row, int column) {
    auto* edit = new MatrixEdit(tip, int(exampleParameter("w1").highest));  // the registry's most units
    edit->setObjectName(name);
    auto* caption = new QLabel(label);
    caption->setBuddy(edit);  // the field's name for a screen reader
    grid->addWidget(caption, row, column);
    grid->addWidget(edit, row, column + 1);
    return edit;
  };
  x_ = field("mlpX", tr("x"), tr("The inputs xᵢ, e.g. 1 0.5"), 0, 0);
  w1_ = field("mlpW1", tr("w¹"), tr("One row per input i, one column per hidden unit j (up to 64): 0.1 0.4 -0.2; 0.3 -0.5 0.6"), 0, 2);
  b1_ = field("mlpB1", tr("b¹"), tr("One value per hidden unit"), 0, 4);
  w2_ = field("mlpW2", tr("w²"), tr("One row per hidden unit, one column per output"), 0, 6);
  b2_ = field("mlpB2", tr("b²"), tr("One value per output"), 0, 8);
  target_ = field("mlpTarget", tr("y"), tr("The labels yᵢ, one per output"), 1, 0);
  z_ = field("mlpZ", tr("z"), tr("softmax-jacobian: the logits z, e.g. 2 1 0.1"), 1, 2);
  // The choices are the registry's, as the CLI's and the classroom's.
  auto choice = [&](const QString& name, const char* parameter, const QString& label, int column) {
    auto* box = new QComboBox;
    box->setObjectName(name);
    for (const std::string& v : exampleParameter(parameter).choices) box->addItem(qs(v), qs(v));
    auto* caption = new QLabel(label);
    caption->setBuddy(box);
    grid->addWidget(caption, 1, column);
    grid->addWidget(box, 1, column + 1);
    return box;
  };
  hidden_ = choice("mlpHidden", "hidden", tr("hidden"), 4);
  output_ = choice("mlpOutput", "output", tr("output"), 6);
  loss_ = choice("mlpLoss", "loss", tr("loss"), 8);
  // The prefix ("T ") shows what a box is; a screen reader gets the spoken name.
  auto spin = [](auto* box, const QString& name, const char* parameter, double step, const QString& prefix,
                 const QString& spoken) {
    box->setObjectName(name);
    box->setAccessibleName(spoken);
    setRegistryRange(box, parameter);
    box->setSingleStep(step);
    box->setPrefix(prefix);
    return box;
  };
  temperature_ = spin(new QDoubleSpinBox, "mlpTemperature", "temperature", 0.1, tr("T "), tr("Softmax temperature T"));
  rate_ = spin(new QDoubleSpinBox, "mlpRate", "lr", 0.05, tr("a "), tr("Learning rate a"));
  unit_ = spin(new QSpinBox, "mlpUnit", "unit", 1, tr("unit "), tr("Output unit"));
  auto* apply = new QPushButton(tr("Apply"));
  apply->setObjectName("applyMlp");
  // Two by two beside both rows: in one row they made the panel wider than a 1280-pixel projector.
  auto* numbers = new QGridLayout;
  numbers->addWidget(temperature_, 0, 0);
  numbers->addWidget(rate_, 0, 1);
  numbers->addWidget(unit_, 1, 0);
  numbers->addWidget(apply, 1, 1);
  grid->addLayout(numbers, 0, 10, 2, 1);
  for (int column : {1, 3, 5, 7, 9}) grid->setColumnStretch(column, 1);

  connect(apply, &QPushButton::clicked, this, &MlpPanel::applyRequested);
  for (QLineEdit* edit : {x_, w1_, b1_, w2_, b2_, target_, z_}) connect(edit, &QLineEdit::returnPressed, apply, &QPushButton::click);
  for (QComboBox* box : {hidden_, output_, loss_}) connect(box, &QComboBox::activated, this, &MlpPanel::applyRequested);
  for (QDoubleSpinBox* box : {temperature_, rate_}) connect(box, &QDoubleSpinBox::valueChanged, this, &MlpPanel::applyRequested);
  connect(unit_, &QSpinBox::valueChanged, this, &MlpPanel::unitChanged);
}

ExampleArguments MlpPanel::networkArguments() const {
  auto text = [](const QLineEdit* edit) { return edit->text().toStdString(); };
  auto choice = [](const QComboBox* box) { return box->currentData().toString().toStdString(); };
  auto number = [](const QDoubleSpinBox* box) { return QString::number(box->value(), 'g', 17).toStdString(); };
  return {{"x", text(x_)},           {"w1", text(w1_)},         {"b1", text(b1_)},
          {"w2", text(w2_)},         {"b2", text(b2_)},         {"target", text(target_)},
          {"hidden", choice(hidden_)}, {"output", choice(output_)}, {"loss", choice(loss_)},
          {"temperature", number(temperature_)}, {"lr", number(rate_)}};
}

std::string MlpPanel::zText() const { return z_->text().toStdString(); }

std::size_t MlpPanel::unit() const { return std::size_t(unit_->value()); }

void MlpPanel::showNetwork(const MlpNetwork& net, const arma::vec& z, const ExampleInfo* example) {
  const QSignalBlocker a(hidden_), b(output_), c(loss_), d(temperature_), e(rate_), f(unit_);
  x_->setMatrixText(matrixToText(net.x.t()));
  w1_->setMatrixText(matrixToText(net.w1));
  b1_->setMatrixText(matrixToText(net.b1.t()));
  w2_->setMatrixText(matrixToText(net.w2));
  b2_->setMatrixText(matrixToText(net.b2.t()));
  target_->setMatrixText(matrixToText(net.target.t()));
  z_->setMatrixText(matrixToText(z.t()));
  hidden_->setCurrentIndex(hidden_->findData(qs(net.hidden)));
  output_->setCurrentIndex(output_->findData(qs(net.output)));
  loss_->setCurrentIndex(loss_->findData(qs(net.loss)));
  temperature_->setValue(net.temperature);
  rate_->setValue(net.learningRate);
  // Only the fields the example reads are editable.
  auto takes = [example](std::string_view p) { return example && example->takes(p); };
  for (QWidget* w : std::initializer_list<QWidget*>{x_, w1_, b1_, w2_, b2_, target_, hidden_, output_, loss_, rate_})
    w->setEnabled(takes("w1"));
  z_->setEnabled(takes("z"));
  temperature_->setEnabled(takes("temperature"));
  unit_->setVisible(takes("unit"));
  // An example that reads the trained network (mlp-from-network) takes none of the fields: they
  // go, and their two rows of height go to the board; the unit and Apply stay.
  const bool readsFields = takes("w1") || takes("z") || takes("temperature");
  for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
    if (w != unit_ && w->objectName() != "applyMlp") w->setVisible(readsFields);
}

}  // namespace cnnlab
