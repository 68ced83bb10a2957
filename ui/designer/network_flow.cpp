// Painting the flow of shapes through the network.
#include "ui/designer/network_flow.hpp"
#include "ui/type_scale.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <cmath>

#include "engine/layers/layer_registry.hpp"

namespace cnnlab {

namespace {

// One colour per kind of layer (matplotlib's tab10); activations and unknown types share blue.
QColor roleColour(LayerRole role) {
  switch (role) {
    case LayerRole::Convolution: return QColor("#ff7f0e");
    case LayerRole::Pooling: return QColor("#9467bd");
    case LayerRole::Dense: return QColor("#2ca02c");
    case LayerRole::Reshape: return QColor("#8c564b");
    case LayerRole::Activation: break;
  }
  return QColor("#1f77b4");
}

}  // namespace

NetworkFlow::NetworkFlow(QWidget* parent) : QWidget(parent) {
  setMinimumHeight(170);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setAccessibleName(tr("Network diagram"));
}

void NetworkFlow::setCheck(const Shape& input, const SpecCheck& check) {
  input_ = input;
  check_ = check;
  update();
  // The blocks in words, for a screen reader: "input 1×28×28 → conv 5×26×26 → … → ✗ dense".
  QStringList blocks{tr("input %1").arg(QString::fromStdString(input_.str()))};
  for (const LayerInfo& info : check_.layers) {
    const bool bad = !info.error.empty() && info.error != "after an invalid layer";
    const bool unknown = info.error == "after an invalid layer";
    blocks << (bad ? tr("%1, does not fit").arg(QString::fromStdString(info.type))
               : unknown ? tr("%1, shape unknown").arg(QString::fromStdString(info.type))
                         : tr("%1 %2").arg(QString::fromStdString(info.type), QString::fromStdString(info.outputShape.str())));
  }
  setAccessibleDescription(blocks.join(QString::fromUtf8(" → ")));
}

void NetworkFlow::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  struct Block {
    QString title, shape;
    std::size_t values;
    QColor colour;
  };
  std::vector<Block> blocks{{tr("input"), QString::fromStdString(input_.str()), input_.size(), QColor("#7f7f7f")}};
  for (const LayerInfo& info : check_.layers) {
    const bool bad = !info.error.empty() && info.error != "after an invalid layer";
    const bool unknown = info.error == "after an invalid layer";
    const LayerType* type = findLayerType(info.type);
    QColor colour = roleColour(type ? type->role : LayerRole::Activation);
    if (bad) colour = QColor("#d62728");
    if (unknown) colour = QColor("#c8c8c8");
    blocks.push_back({QString::fromStdString(info.type), bad ? tr("✗") : unknown ? "?" : QString::fromStdString(info.outputShape.str()),
                      bad || unknown ? 0 : info.outputShape.size(), colour});
  }
  const int n = int(blocks.size());
  const double gap = 18, width = std::max(40.0, (this->width() - 20 - gap * (n - 1)) / n);
  const double largest = std::log10(double(std::max<std::size_t>(input_.size(), 2)) * 4);
  QFont titleFont = font();
  titleFont.setPixelSize(type_scale::px(15));
  QFont shapeFont = font();
  shapeFont.setPixelSize(type_scale::px(16));
  shapeFont.setBold(true);
  // The two lines under the blocks as high as their fonts are (presenter mode's 25 px and more
  // had fixed 20- and 22-pixel rows, which cut off the descenders: "siamoid").
  const int titleHeight = QFontMetrics(titleFont).height(), shapeHeight = QFontMetrics(shapeFont).height();
  const double top = 8, maxHeight = std::max(14.0, height() - top - 4.0 - titleHeight - shapeHeight - 6.0);
  double x = 10;
  for (int i = 0; i < n; ++i) {
    const Block& b = blocks[std::size_t(i)];
    // Height ∝ log10(values): 784 values and 10 values both stay visible.
    const double h = b.values ? std::clamp(maxHeight * std::log10(double(b.values) + 1) / largest, 14.0, maxHeight) : maxHeight * 0.35;
    const QRectF box(x, top + (maxHeight - h) / 2, width, h);
    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    painter.fillPath(path, b.colour);
    if (i > 0) {
      painter.setPen(QPen(QColor("#555555"), 2));
      const double y = top + maxHeight / 2;
      painter.drawLine(QPointF(x - gap + 3, y), QPointF(x - 4, y));
      painter.drawLine(QPointF(x - 9, y - 5), QPointF(x - 4, y));
      painter.drawLine(QPointF(x - 9, y + 5), QPointF(x - 4, y));
    }
    painter.setPen(palette().text().color());
    painter.setFont(titleFont);
    const QRectF titleRect(x - gap / 2, top + maxHeight + 4, width + gap, titleHeight);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop,
                     painter.fontMetrics().elidedText(b.title, Qt::ElideRight, int(width + gap)));
    painter.setFont(shapeFont);
    painter.drawText(QRectF(x - gap / 2, top + maxHeight + 4 + titleHeight, width + gap, shapeHeight), Qt::AlignHCenter | Qt::AlignTop,
                     painter.fontMetrics().elidedText(b.shape, Qt::ElideRight, int(width + gap)));
    x += width + gap;
  }
}

}  // namespace cnnlab
