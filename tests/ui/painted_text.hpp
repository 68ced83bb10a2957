// Every text a widget paints, as its paint event draws it (#23): the words, the font and the box
// they cover, in the widget's own pixels, with the clip the painter had. Widgets that paint their
// own text (the board's grids, the designer's diagram, the Data grid, kernel mosaics, the quiz
// projector) are measured the same way as labels: a recording paint device stands in for the
// screen, and QWidget::render sends the widget's paint event to it.
#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QScreen>
#include <QGuiApplication>
#include <QTextItem>
#include <QWidget>

#include <qcustomplot.h>

#include <memory>
#include <optional>
#include <vector>

namespace cnnlab::test {

struct PaintedText {
  QString text;
  QFont font;
  QRectF box;                 // the text's line box (ascent to descent, its advance), widget pixels
  QRectF ink;                 // where its glyphs' pixels are (tightBoundingRect), widget pixels
  std::optional<QRectF> clip;  // the painter's clip, widget pixels, if it had one
};

class TextRecorder final : public QPaintDevice {
 public:
  explicit TextRecorder(QSize size) : size_(size), engine_(std::make_unique<Engine>(&texts_)) {}
  ~TextRecorder() override = default;

  QPaintEngine* paintEngine() const override { return engine_.get(); }
  const std::vector<PaintedText>& texts() const { return texts_; }

  // Every text `w` itself paints (not its children's), in w's pixels. A plot paints a cached image
  // of itself in its paint event: it is drawn afresh through QCustomPlot::toPainter instead.
  static std::vector<PaintedText> of(QWidget* w) {
    TextRecorder recorder(w->size());
    if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
      QCPPainter painter(&recorder);
      plot->toPainter(&painter, w->width(), w->height());
    } else {
      w->render(&recorder, QPoint(), QRegion(), QWidget::RenderFlags());
    }
    return recorder.texts_;
  }

 protected:
  int metric(PaintDeviceMetric m) const override {
    const QScreen* screen = QGuiApplication::primaryScreen();
    switch (m) {
      case PdmWidth: return size_.width();
      case PdmHeight: return size_.height();
      case PdmWidthMM: return size_.width() * 254 / 960;
      case PdmHeightMM: return size_.height() * 254 / 960;
      case PdmNumColors: return 1 << 24;
      case PdmDepth: return 32;
      case PdmDpiX: case PdmPhysicalDpiX: return int(screen->logicalDotsPerInchX());
      case PdmDpiY: case PdmPhysicalDpiY: return int(screen->logicalDotsPerInchY());
      case PdmDevicePixelRatio: return 1;
      case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
      default: return QPaintDevice::metric(m);
    }
  }

 private:
  class Engine final : public QPaintEngine {
   public:
    explicit Engine(std::vector<PaintedText>* texts) : QPaintEngine(QPaintEngine::AllFeatures), texts_(texts) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
    void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override {}
    void drawPath(const QPainterPath&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint*, int, PolygonDrawMode) override {}
    void drawRects(const QRectF*, int) override {}
    void drawRects(const QRect*, int) override {}
    void drawLines(const QLineF*, int) override {}
    void drawLines(const QLine*, int) override {}
    void drawEllipse(const QRectF&) override {}
    void drawEllipse(const QRect&) override {}
    void drawPoints(const QPointF*, int) override {}
    void drawPoints(const QPoint*, int) override {}
    void drawTextItem(const QPointF& p, const QTextItem& item) override {
      const QString text = item.text();
      if (text.trimmed().isEmpty()) return;
      QPainter* painter = this->painter();
      const QTransform toDevice = painter->deviceTransform();
      PaintedText t{text, item.font(),
                    toDevice.mapRect(QRectF(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent())),
                    toDevice.mapRect(QFontMetricsF(item.font()).tightBoundingRect(text).translated(p)), std::nullopt};
      if (painter->hasClipping()) t.clip = toDevice.mapRect(painter->clipBoundingRect());
      texts_->push_back(std::move(t));
    }

   private:
    std::vector<PaintedText>* texts_;
  };

  QSize size_;
  std::vector<PaintedText> texts_;
  std::unique_ptr<Engine> engine_;
};

}  // namespace cnnlab::test
