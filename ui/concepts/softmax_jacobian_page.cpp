// SoftmaxJacobianPage: the values come from the engine's softmaxJacobian (checked against
// Softmax::backward in test_mlp_examples); this page only draws them.
#include "ui/concepts/softmax_jacobian_page.hpp"
#include "ui/plot/tick_spacing.hpp"
#include "ui/type_scale.hpp"
#include "ui/palette.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

#include "engine/teaching/correlation.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "ui/plot/heatmap_helpers.hpp"

namespace cnnlab {

namespace {

QString sub(std::size_t i) { return QString::fromStdString(subscript(i + 1)); }
QString number(double v) { return QString::fromStdString(formatNumber(v)); }

QLabel* label(int pixels, bool bold, const QString& colour) {
  auto* l = new QLabel;
  type_scale::setTextPixels(l, pixels, bold);
  l->setStyleSheet("color: " + colour + ";");
  l->setWordWrap(true);
  return l;
}

}  // namespace

SoftmaxJacobianPage::SoftmaxJacobianPage(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* title = label(28, true, "#0d47a1");
  title->setText(tr("The softmax Jacobian  Jᵢⱼ = ∂Sᵢ/∂zⱼ  (§0.3.2.3):  diagonal Sᵢ(1 − Sᵢ)/T,  "
                    "off-diagonal −SᵢSⱼ/T,  every row sums to 0"));
  layout->addWidget(title);

  auto* controls = new QHBoxLayout;
  auto* zLabel = label(22, true, "#212121");
  zLabel->setText(tr("z"));
  zLabel->setWordWrap(false);
  logitsEdit_ = new QLineEdit;
  logitsEdit_->setObjectName("jacobianLogits");
  zLabel->setBuddy(logitsEdit_);
  logitsEdit_->setAccessibleName(tr("Logits z"));
  logitsEdit_->setAccessibleDescription(tr("Numbers separated by spaces, e.g. 2 1 0.1"));
  type_scale::setTextPixels(logitsEdit_, 22);
  temperatureSlider_ = new QSlider(Qt::Horizontal);
  temperatureSlider_->setObjectName("jacobianTemperature");
  temperatureSlider_->setAccessibleName(tr("Temperature T"));
  temperatureSlider_->setAccessibleDescription(tr("T from 0.10 to 5.00, in hundredths"));
  temperatureSlider_->setRange(10, 500);  // T × 100
  temperatureSlider_->setValue(100);
  temperatureLabel_ = label(22, true, "#e65100");
  temperatureLabel_->setWordWrap(false);
  temperatureLabel_->setMinimumWidth(120);
  controls->addWidget(zLabel);
  controls->addWidget(logitsEdit_, 2);
  controls->addSpacing(24);
  controls->addWidget(temperatureLabel_);
  controls->addWidget(temperatureSlider_, 2);
  layout->addLayout(controls);
  errorLabel_ = label(20, true, palette::name(palette::kError));
  errorLabel_->setObjectName("jacobianError");
  errorLabel_->hide();
  layout->addWidget(errorLabel_);

  plot_ = new QCustomPlot;
  keepTickLabelsApart(plot_);
  plot_->setObjectName("jacobianPlot");
  plot_->setAccessibleName(tr("Softmax Jacobian"));
  plot_->setAccessibleDescription(tr("One cell per pair i, j; the lines under it give the formula and the row sums"));
  map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
  map_->setInterpolate(false);
  map_->setGradient(divergingGradient());
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    axis->grid()->setVisible(false);
    axis->setSubTicks(false);
    axis->setTickLength(0, 0);
    type_scale::setAxisTextPixels(axis, 22, 22);
  }
  plot_->xAxis->setLabel(tr("column j: ∂/∂zⱼ"));
  plot_->yAxis->setLabel(tr("row i: Sᵢ"));
  plot_->setMinimumHeight(300);  // the Concepts tab still fits a 1280×720 projector
  layout->addWidget(plot_, 1);

  explainLabel_ = label(24, true, "#1a237e");
  explainLabel_->setObjectName("jacobianFormula");
  explainLabel_->setAlignment(Qt::AlignCenter);
  explainLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 8px;");
  layout->addWidget(explainLabel_);
  rowSumsLabel_ = label(22, false, "#2e7d32");
  rowSumsLabel_->setObjectName("jacobianRowSums");
  rowSumsLabel_->setAlignment(Qt::AlignCenter);
  layout->addWidget(rowSumsLabel_);

  connect(logitsEdit_, &QLineEdit::editingFinished, this, [this] { setLogits(logitsEdit_->text()); });
  connect(temperatureSlider_, &QSlider::valueChanged, this, [this] { update(); });
  setLogits("2 1 0.1");
}

bool SoftmaxJacobianPage::setLogits(const QString& text, QString* error) {
  QString message;
  arma::vec z;
  try {
    const arma::mat parsed = parseMatrix(text.toStdString());
    if (parsed.n_rows != 1 && parsed.n_cols != 1) message = tr("z: a list of values, not a matrix");
    else if (parsed.n_elem > maxLogits()) message = tr("z: at most %1 values").arg(maxLogits());
    z = arma::vectorise(parsed);
  } catch (const std::invalid_argument& e) {
    message = tr("z: %1").arg(QString::fromStdString(e.what()));
  }
  if (!message.isEmpty()) {
    if (error) *error = message;
    errorLabel_->setText(message);
    errorLabel_->show();
    return false;
  }
  errorLabel_->hide();
  errorLabel_->clear();
  if (logitsEdit_->text() != text) logitsEdit_->setText(text);
  logits_ = z;
  update();
  return true;
}

void SoftmaxJacobianPage::setTemperature(double t) { temperatureSlider_->setValue(int(std::lround(t * 100))); }
double SoftmaxJacobianPage::temperature() const { return temperatureSlider_->value() / 100.0; }
QString SoftmaxJacobianPage::errorText() const { return errorLabel_->text(); }
QString SoftmaxJacobianPage::rowSumsText() const { return rowSumsLabel_->text(); }

QString SoftmaxJacobianPage::cellText(int row, int col) const {
  return number(jacobian_(std::size_t(row), std::size_t(col)));
}

void SoftmaxJacobianPage::update() {
  const double T = temperature();
  temperatureLabel_->setText(QString("T = %1").arg(T, 0, 'f', 2));
  if (logits_.is_empty()) return;
  const SoftmaxJacobian sj = softmaxJacobian(logits_, T);
  softmax_ = sj.softmax;
  jacobian_ = sj.jacobian;
  const int n = int(logits_.n_elem);

  QCPColorMapData* data = map_->data();
  data->setSize(n, n);
  data->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
  setMatrixCells(data, arma::conv_to<arma::fmat>::from(jacobian_));
  const double limit = std::max(1e-12, arma::abs(jacobian_).max());
  map_->setDataRange(QCPRange(-limit, limit));
  auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
  auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
  for (int i = 0; i < n; ++i) {
    xTicker->addTick(i, "z" + sub(std::size_t(i)) + " = " + number(logits_(std::size_t(i))));
    yTicker->addTick(flippedRow(i, n), "S" + sub(std::size_t(i)) + " = " + number(softmax_(std::size_t(i))));
  }
  plot_->xAxis->setTicker(xTicker);
  plot_->yAxis->setTicker(yTicker);
  plot_->xAxis->setRange(-0.5, n - 0.5);
  plot_->yAxis->setRange(-0.5, n - 0.5);
  plot_->clearItems();
  QFont valueFont = plot_->font();
  valueFont.setBold(true);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      auto* text = new QCPItemText(plot_);
      text->position->setCoords(j, flippedRow(i, n));
      const double v = jacobian_(std::size_t(i), std::size_t(j));
      text->setText((n <= 5 ? "J" + sub(std::size_t(i)) + sub(std::size_t(j)) + "\n" : QString()) + number(v));
      text->setFont(valueFont);
      type_scale::setTextPixels(text, n <= 5 ? 26 : n <= 8 ? 20 : 15);
      text->setColor(std::abs(v) > 0.6 * limit ? Qt::white : Qt::black);
    }
  plot_->replot(QCustomPlot::rpQueuedReplot);

  // The two kinds of entry written out for the first row, then the row sums.
  const std::size_t i = 0, j = n > 1 ? 1 : 0;
  const QString Si = number(softmax_(i)), Sj = number(softmax_(j)), t = QString::number(T, 'g', 3);
  QString text = QString::fromUtf8("J₁₁ = S₁(1 − S₁)/T = %1×(1 − %1)/%2 = %3").arg(Si, t, number(jacobian_(0, 0)));
  if (n > 1)
    text += QString::fromUtf8("\nJ₁₂ = −S₁S₂/T = −%1×%2/%3 = %4").arg(Si, Sj, t, number(jacobian_(i, j)));
  text += "\n" + tr("The notes' eqs. 24, 27, 28 keep only the diagonal; the engine's Softmax::backward uses all of J.");
  explainLabel_->setText(text);
  QStringList sums;
  for (int r = 0; r < n; ++r) sums << number(std::abs(arma::accu(jacobian_.row(std::size_t(r)))) < 1e-12 ? 0.0 : arma::accu(jacobian_.row(std::size_t(r))));
  rowSumsLabel_->setText(tr("row sums: %1   (the outputs always sum to 1, so moving any zⱼ cannot change their total)").arg(sums.join(", ")));
}

}  // namespace cnnlab
