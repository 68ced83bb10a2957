// ConceptsView: activations, softmax and losses, each value computed by the engine's layer or loss.
#include "ui/concepts/concepts_view.hpp"
#include "ui/plot/tick_spacing.hpp"
#include "ui/type_scale.hpp"
#include "ui/palette.hpp"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

#include "engine/teaching/correlation.hpp"
#include "engine/loss.hpp"
#include "engine/layers/layer_registry.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "ui/concepts/notes_errata_page.hpp"
#include "ui/concepts/softmax_jacobian_page.hpp"
#include "ui/plot/line_labels.hpp"

namespace cnnlab {

namespace {

QString num(double value, int decimals = 4) {
  QString text = QString::number(value, 'f', decimals);
  if (text.startsWith('-')) text.replace(0, 1, QChar(0x2212));
  return text;
}

QLabel* bigLabel(int pixels, bool bold, const QString& colour) {
  auto* label = new QLabel;
  type_scale::setTextPixels(label, pixels, bold);
  label->setStyleSheet("color: " + colour + ";");
  label->setWordWrap(true);
  return label;
}

// Large fonts on axes, ticks and legend, for a projector.
void stylePlot(QCustomPlot* plot, const QString& xLabel, const QString& yLabel) {
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
    type_scale::setAxisTextPixels(axis, 18, 22);
    axis->setBasePen(QPen(Qt::black, 2));
    axis->setTickPen(QPen(Qt::black, 2));
    axis->grid()->setPen(QPen(QColor(0xdddddd), 1));
    axis->grid()->setZeroLinePen(QPen(QColor(0x888888), 2));
  }
  plot->xAxis->setLabel(xLabel);
  plot->yAxis->setLabel(yLabel);
  type_scale::setTextPixels(plot->legend, 20);
  plot->setMinimumHeight(320);  // with presenter text, the page still fits a 720p projector
}

// The activations the page teaches, in menu order: the registry type whose layer computes them,
// and how the notes write them.
struct ActivationPage {
  const char* type;        // the layer registry's name; also the menu item's data
  const char* menu;        // "Sigmoid σ(x)"
  const char* function;    // the legend of f
  const char* derivative;  // the legend of f′
  double yMin, yMax;
  // The formula line under the plot at x, from f(x) and f′(x) as the layer computed them.
  QString (*explain)(double x, double f, double df);
};

const std::vector<ActivationPage>& activationPages() {
  static const std::vector<ActivationPage> pages = {
      {"sigmoid", "Sigmoid σ(x)", "σ(x)", "σ′(x) = σ(x)(1 − σ(x))", -0.05, 1.05,
       [](double x, double f, double df) {
         // σ′(x) from the layer's backward pass; σ(x)(1 − σ(x)) written out with σ(x) from its forward pass.
         return QString::fromUtf8("x = %1:   σ(x) = 1 / (1 + e^(−x)) = %2\nσ′(x) = σ(x)(1 − σ(x)) = %2 × %3 = %4")
             .arg(num(x, 2), num(f), num(1 - f), num(df));
       }},
      {"tanh", "Tanh", "tanh(x)", "tanh′(x) = 1 − tanh²(x)", -1.15, 1.15,
       [](double x, double f, double df) {
         return QString::fromUtf8("x = %1:   tanh(x) = %2\ntanh′(x) = 1 − tanh²(x) = 1 − %2² = %3")
             .arg(num(x, 2), num(f), num(df));
       }},
      {"relu", "ReLU", "ReLU(x)", QT_TRANSLATE_NOOP("cnnlab::ConceptsView", "ReLU′(x) = 1 if x ≥ 0, else 0"), -0.5, 6.2,
       [](double x, double f, double df) {
         return QCoreApplication::translate("cnnlab::ConceptsView", "x = %1:   ReLU(x) = max(0, x) = %2\nReLU′(x) = %3   (1 for x ≥ 0, 0 for x < 0)")
             .arg(num(x, 2), num(f), num(df, 0));
       }},
  };
  return pages;
}

// f(x) and f′(x) of an activation through its layer, made by the layer registry: forward, then
// backward with ∂E/∂y = 1.
void activationValues(const ActivationPage& page, const arma::vec& xs, arma::vec& f, arma::vec& df) {
  const Shape shape{xs.n_elem, 1, 1};
  const std::unique_ptr<Layer<double>> layer = layerTypeOf(page.type).make<double>(shape);
  const arma::mat input(xs);
  arma::mat output(xs.n_elem, 1), gradient(xs.n_elem, 1);
  layer->forward(input, output);
  layer->backward(input, output, arma::mat(xs.n_elem, 1, arma::fill::ones), &gradient);
  f = output.col(0);
  df = gradient.col(0);
}

double lossValue(const Loss<double>& loss, double p, double y) {
  return loss.value(arma::mat(1, 1, arma::fill::value(p)), arma::mat(1, 1, arma::fill::value(y)));
}

}  // namespace

ConceptsView::ConceptsView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 8);
  pages_ = new QTabWidget;
  type_scale::setTextPixels(pages_, 20);
  pages_->addTab(buildActivations(), tr("Activations"));
  pages_->addTab(buildSoftmax(), tr("Softmax"));
  jacobianPage_ = new SoftmaxJacobianPage;
  pages_->addTab(jacobianPage_, tr("Softmax Jacobian"));
  pages_->addTab(buildLosses(), tr("Losses"));
  errataPage_ = new NotesErrataPage;
  pages_->addTab(errataPage_, tr("Errata"));
  layout->addWidget(pages_);
  plotActivation();
  setLogits("2 1 0.1 -1");
  updateLossMarker();
}

bool ConceptsView::showPage(const QString& name) {
  const int index = QStringList{"activations", "softmax", "jacobian", "losses", "errata"}.indexOf(name);  // in tab order
  if (index < 0) return false;
  pages_->setCurrentIndex(index);
  return true;
}

// ---- Activations ----

QWidget* ConceptsView::buildActivations() {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  auto* title = bigLabel(30, true, "#0d47a1");
  title->setText(tr("Activation functions add non-linearity; backpropagation needs their derivatives"));
  layout->addWidget(title);
  auto* controls = new QHBoxLayout;
  activationBox_ = new QComboBox;
  activationBox_->setObjectName("activation");
  for (const ActivationPage& activation : activationPages())
    activationBox_->addItem(QString::fromUtf8(activation.menu), QString::fromUtf8(activation.type));
  xSlider_ = new QSlider(Qt::Horizontal);
  xSlider_->setObjectName("x");
  xSlider_->setRange(-600, 600);
  xSlider_->setValue(100);
  xSpin_ = new QDoubleSpinBox;
  xSpin_->setObjectName("xValue");
  xSpin_->setRange(-6, 6);
  xSpin_->setDecimals(2);
  xSpin_->setSingleStep(0.1);
  xSpin_->setValue(1);
  for (QWidget* w : {static_cast<QWidget*>(activationBox_), static_cast<QWidget*>(xSpin_)}) {
    type_scale::setTextPixels(w, 22);
  }
  auto* xLabel = bigLabel(24, true, "#212121");
  xLabel->setText("x =");
  xLabel->setWordWrap(false);
  // Names for a screen reader: what each control sets.
  activationBox_->setAccessibleName(tr("Activation function"));
  xSpin_->setAccessibleName(tr("x"));
  xSlider_->setAccessibleName(tr("x slider"));
  xSlider_->setAccessibleDescription(tr("x from −6 to 6, in hundredths"));
  controls->addWidget(activationBox_);
  controls->addSpacing(24);
  controls->addWidget(xLabel);
  controls->addWidget(xSpin_);
  controls->addWidget(xSlider_, 1);
  layout->addLayout(controls);

  activationPlot_ = new QCustomPlot;
  keepTickLabelsApart(activationPlot_);
  activationPlot_->setObjectName("activationPlot");
  activationPlot_->setAccessibleName(tr("The function and its derivative"));
  activationPlot_->setAccessibleDescription(tr("The formula line under the plot says their values at x"));
  stylePlot(activationPlot_, "x", "");
  new LineLabels(activationPlot_);  // each curve named at its end, not in a box over the data (#23)
  QCPGraph* f = activationPlot_->addGraph();
  f->setPen(QPen(QColor(0x1565c0), 4));
  QCPGraph* df = activationPlot_->addGraph();
  df->setPen(QPen(QColor(0xe65100), 4, Qt::DashLine));
  for (const QColor& colour : {QColor(0x1565c0), QColor(0xe65100)}) {
    QCPGraph* point = activationPlot_->addGraph();
    point->setLineStyle(QCPGraph::lsNone);
    point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 16));
    point->setName({});  // the point at x is not a line: no label at its end
  }
  xLine_ = new QCPItemStraightLine(activationPlot_);
  xLine_->setPen(QPen(QColor(0x2e7d32), 3, Qt::DotLine));
  activationPlot_->xAxis->setRange(-6, 6);
  layout->addWidget(activationPlot_, 1);

  activationLabel_ = bigLabel(32, true, "#1a237e");
  activationLabel_->setObjectName("activationFormula");
  activationLabel_->setAlignment(Qt::AlignCenter);
  activationLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 10px;");
  layout->addWidget(activationLabel_);

  connect(activationBox_, &QComboBox::currentIndexChanged, this, [this] { plotActivation(); });
  connect(xSlider_, &QSlider::valueChanged, this, [this](int value) {
    if (std::abs(xSpin_->value() * 100 - value) > 0.5) xSpin_->setValue(value / 100.0);
  });
  connect(xSpin_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
    const QSignalBlocker block(xSlider_);
    xSlider_->setValue(int(std::lround(value * 100)));
    updateActivationMarker();
  });
  return page;
}

bool ConceptsView::setActivation(const QString& name) {
  const int index = activationBox_->findData(name);
  if (index < 0) return false;
  activationBox_->setCurrentIndex(index);
  return true;
}

void ConceptsView::setX(double x) { xSpin_->setValue(x); }
double ConceptsView::x() const { return xSpin_->value(); }
QString ConceptsView::activationText() const { return activationLabel_->text(); }

void ConceptsView::plotActivation() {
  const ActivationPage& page = activationPages().at(std::size_t(std::max(0, activationBox_->currentIndex())));
  const arma::vec xs = arma::linspace(-6, 6, 601);
  arma::vec f, df;
  activationValues(page, xs, f, df);
  const QVector<double> x(xs.begin(), xs.end());
  activationPlot_->graph(0)->setData(x, QVector<double>(f.begin(), f.end()), true);
  activationPlot_->graph(1)->setData(x, QVector<double>(df.begin(), df.end()), true);
  activationPlot_->graph(0)->setName(tr(page.function));    // the notes' notation, the same in every language
  activationPlot_->graph(1)->setName(tr(page.derivative));  // ReLU's has words
  activationPlot_->yAxis->setRange(page.yMin, page.yMax);
  updateActivationMarker();
}

void ConceptsView::updateActivationMarker() {
  const ActivationPage& page = activationPages().at(std::size_t(std::max(0, activationBox_->currentIndex())));
  const double x = xSpin_->value();
  arma::vec f, df;
  activationValues(page, arma::vec{x}, f, df);
  xLine_->point1->setCoords(x, 0);
  xLine_->point2->setCoords(x, 1);
  activationPlot_->graph(2)->setData({x}, {f(0)});
  activationPlot_->graph(3)->setData({x}, {df(0)});
  activationPlot_->replot(QCustomPlot::rpQueuedReplot);
  activationLabel_->setText(page.explain(x, f(0), df(0)));
}

// ---- Softmax ----

QWidget* ConceptsView::buildSoftmax() {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  auto* title = bigLabel(30, true, "#0d47a1");
  title->setText(tr("Softmax turns logits into probabilities:   Yᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T)"));
  layout->addWidget(title);
  auto* controls = new QHBoxLayout;
  auto* logitsLabel = bigLabel(22, true, "#212121");
  logitsLabel->setText(tr("Logits x"));
  logitsLabel->setWordWrap(false);
  logitsEdit_ = new QLineEdit;
  logitsEdit_->setObjectName("logits");
  logitsLabel->setBuddy(logitsEdit_);
  logitsEdit_->setAccessibleDescription(tr("Numbers separated by spaces, e.g. 2 1 0.1 -1"));
  type_scale::setTextPixels(logitsEdit_, 22);
  temperatureSlider_ = new QSlider(Qt::Horizontal);
  temperatureSlider_->setObjectName("temperature");
  temperatureSlider_->setAccessibleName(tr("Temperature T"));
  temperatureSlider_->setAccessibleDescription(tr("T from 0.10 to 5.00, in hundredths"));
  temperatureSlider_->setRange(10, 500);  // T × 100
  temperatureSlider_->setValue(100);
  temperatureLabel_ = bigLabel(22, true, "#e65100");
  temperatureLabel_->setWordWrap(false);
  temperatureLabel_->setMinimumWidth(120);
  controls->addWidget(logitsLabel);
  controls->addWidget(logitsEdit_, 2);
  controls->addSpacing(24);
  controls->addWidget(temperatureLabel_);
  controls->addWidget(temperatureSlider_, 2);
  layout->addLayout(controls);
  softmaxError_ = bigLabel(20, true, palette::name(palette::kError));
  softmaxError_->setObjectName("softmaxError");
  softmaxError_->hide();
  layout->addWidget(softmaxError_);

  softmaxPlot_ = new QCustomPlot;
  keepTickLabelsApart(softmaxPlot_);
  softmaxPlot_->setObjectName("softmaxPlot");
  softmaxPlot_->setAccessibleName(tr("Softmax probabilities"));
  softmaxPlot_->setAccessibleDescription(tr("One bar per class; the line under the plot gives every probability"));
  stylePlot(softmaxPlot_, tr("class i"), tr("probability Yᵢ"));
  bars_ = new QCPBars(softmaxPlot_->xAxis, softmaxPlot_->yAxis);
  bars_->setBrush(QColor(0x42a5f5));
  bars_->setPen(QPen(QColor(0x0d47a1), 2));
  bars_->setWidth(0.6);
  softmaxPlot_->yAxis->setRange(0, 1.08);
  layout->addWidget(softmaxPlot_, 1);

  softmaxLabel_ = bigLabel(26, true, "#1a237e");
  softmaxLabel_->setObjectName("softmaxFormula");
  softmaxLabel_->setAlignment(Qt::AlignCenter);
  softmaxLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 10px;");
  layout->addWidget(softmaxLabel_);

  connect(logitsEdit_, &QLineEdit::editingFinished, this, [this] { setLogits(logitsEdit_->text()); });
  connect(temperatureSlider_, &QSlider::valueChanged, this, [this] { updateSoftmax(); });
  return page;
}

bool ConceptsView::setLogits(const QString& text, QString* error) {
  std::vector<double> logits;
  QString message;
  try {
    const arma::mat parsed = parseMatrix(text.toStdString());
    logits.assign(parsed.begin(), parsed.end());
    if (logits.size() > maxLogits()) message = tr("At most %1 logits").arg(maxLogits());
  } catch (const std::invalid_argument& e) {
    message = tr("Logits: %1").arg(QString::fromStdString(e.what()));
  }
  if (!message.isEmpty()) {
    if (error) *error = message;
    softmaxError_->setText(message);
    softmaxError_->show();
    return false;
  }
  softmaxError_->hide();
  softmaxError_->clear();
  if (logitsEdit_->text() != text) logitsEdit_->setText(text);
  logits_ = std::move(logits);
  updateSoftmax();
  return true;
}

void ConceptsView::setTemperature(double t) { temperatureSlider_->setValue(int(std::lround(t * 100))); }
QString ConceptsView::softmaxText() const { return softmaxLabel_->text(); }
QString ConceptsView::softmaxError() const { return softmaxError_->text(); }

void ConceptsView::updateSoftmax() {
  const double t = temperatureSlider_->value() / 100.0;
  temperatureLabel_->setText(QString("T = %1").arg(t, 0, 'f', 2));
  if (logits_.empty()) return;
  const std::size_t n = logits_.size();
  const auto softmax = layerTypeOf("softmax").make<double>(Shape{n, 1, 1}, {{"temperature", t}});
  const arma::mat input(logits_);
  arma::mat output(n, 1);
  softmax->forward(input, output);
  probabilities_.assign(output.begin(), output.end());

  QVector<double> keys, values;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  QStringList lines;
  for (std::size_t i = 0; i < n; ++i) {
    keys << double(i + 1);
    values << probabilities_[i];
    const QString sub = QString::fromStdString(subscript(i + 1));
    ticker->addTick(double(i + 1), QString("x%1 = %2").arg(sub, QString::fromStdString(formatNumber(logits_[i]))));
    lines << QString("Y%1 = %2").arg(sub, num(probabilities_[i], 3));
  }
  bars_->setData(keys, values, true);
  softmaxPlot_->xAxis->setTicker(ticker);
  softmaxPlot_->xAxis->setRange(0.4, double(n) + 0.6);
  softmaxPlot_->clearItems();
  QFont valueFont = softmaxPlot_->font();
  valueFont.setBold(true);
  for (std::size_t i = 0; i < n; ++i) {
    auto* label = new QCPItemText(softmaxPlot_);
    label->position->setCoords(double(i + 1), probabilities_[i]);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setText(num(probabilities_[i], 3));
    label->setFont(valueFont);
    type_scale::setTextPixels(label, 20);
    label->setPadding(QMargins(0, 0, 0, 4));
  }
  softmaxPlot_->replot(QCustomPlot::rpQueuedReplot);
  softmaxLabel_->setText(
      tr("T = %1:   %2\nsmall T sharpens toward the largest logit, large T flattens toward 1/%3")
          .arg(t, 0, 'f', 2)
          .arg(lines.join("   "))
          .arg(n));
}

// ---- Losses ----

QWidget* ConceptsView::buildLosses() {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  auto* title = bigLabel(27, true, "#0d47a1");
  title->setText(tr("Loss vs prediction p:   BCE = −(y log p + (1 − y) log(1 − p)),   MSE = (p − y)² / 2"));
  layout->addWidget(title);
  auto* controls = new QHBoxLayout;
  auto* pLabel = bigLabel(24, true, "#212121");
  pLabel->setText(tr("prediction p"));
  pLabel->setWordWrap(false);
  pSlider_ = new QSlider(Qt::Horizontal);
  pSlider_->setObjectName("prediction");
  pLabel->setBuddy(pSlider_);
  pSlider_->setAccessibleDescription(tr("p from 0.01 to 0.99, in hundredths"));
  pSlider_->setRange(1, 99);
  pSlider_->setValue(70);
  controls->addWidget(pLabel);
  controls->addWidget(pSlider_, 1);
  layout->addLayout(controls);

  lossPlot_ = new QCustomPlot;
  keepTickLabelsApart(lossPlot_);
  lossPlot_->setObjectName("lossPlot");
  lossPlot_->setAccessibleName(tr("Loss against the prediction"));
  lossPlot_->setAccessibleDescription(tr("The line under the plot gives every loss at p"));
  stylePlot(lossPlot_, tr("prediction p"), tr("loss E"));
  new LineLabels(lossPlot_);
  const BinaryCrossEntropy<double> bce;
  const MeanSquaredError<double> mse;
  const arma::vec ps = arma::linspace(0.002, 0.998, 499);
  struct Curve {
    const Loss<double>* loss;
    double y;
    QString name;
    QPen pen;
  };
  const Curve curves[] = {
      {&bce, 1, QString::fromUtf8("BCE, y = 1:  −log p"), QPen(QColor(0x1565c0), 4)},
      {&bce, 0, QString::fromUtf8("BCE, y = 0:  −log(1 − p)"), QPen(QColor(0xc62828), 4)},
      {&mse, 1, QString::fromUtf8("MSE, y = 1:  (p − 1)²/2"), QPen(QColor(0x1565c0), 4, Qt::DashLine)},
      {&mse, 0, QString::fromUtf8("MSE, y = 0:  p²/2"), QPen(QColor(0xc62828), 4, Qt::DashLine)},
  };
  for (const Curve& curve : curves) {
    QVector<double> x, y;
    for (double p : ps) {
      x << p;
      y << lossValue(*curve.loss, p, curve.y);
    }
    QCPGraph* graph = lossPlot_->addGraph();
    graph->setData(x, y, true);
    graph->setName(curve.name);
    graph->setPen(curve.pen);
  }
  lossPlot_->xAxis->setRange(0, 1);
  lossPlot_->yAxis->setRange(0, 4);
  pLine_ = new QCPItemStraightLine(lossPlot_);
  pLine_->setPen(QPen(QColor(0x2e7d32), 3, Qt::DotLine));
  layout->addWidget(lossPlot_, 1);

  lossLabel_ = bigLabel(26, true, "#1a237e");
  lossLabel_->setObjectName("lossFormula");
  lossLabel_->setAlignment(Qt::AlignCenter);
  lossLabel_->setStyleSheet("color: #1a237e; background: #e8eaf6; border-radius: 8px; padding: 10px;");
  layout->addWidget(lossLabel_);
  connect(pSlider_, &QSlider::valueChanged, this, [this] { updateLossMarker(); });
  return page;
}

void ConceptsView::setPrediction(double p) { pSlider_->setValue(int(std::lround(std::clamp(p, 0.01, 0.99) * 100))); }
QString ConceptsView::lossText() const { return lossLabel_->text(); }

void ConceptsView::updateLossMarker() {
  const double p = pSlider_->value() / 100.0;
  pLine_->point1->setCoords(p, 0);
  pLine_->point2->setCoords(p, 1);
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
  const BinaryCrossEntropy<double> bce;
  const MeanSquaredError<double> mse;
  lossLabel_->setText(tr("p = %1:   BCE(y=1) = %2   BCE(y=0) = %3   MSE(y=1) = %4   MSE(y=0) = %5\n"
                         "a confident wrong prediction costs far more under BCE")
                          .arg(num(p, 2), num(lossValue(bce, p, 1)), num(lossValue(bce, p, 0)),
                               num(lossValue(mse, p, 1)), num(lossValue(mse, p, 0))));
}

}  // namespace cnnlab
