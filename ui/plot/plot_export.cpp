// PlotExport: PNG, SVG and PDF output of plots and views.
#include "ui/plot/plot_export.hpp"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "engine/file_io.hpp"

namespace cnnlab {

namespace {

bool fail(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

// Draws the widget on device: vectors for a QCustomPlot, the rendered widget otherwise.
bool paintWidget(QWidget* widget, QPaintDevice* device) {
  if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
    QCPPainter painter;
    if (!painter.begin(device)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, widget->width(), widget->height());
    return painter.end();
  }
  QPainter painter;
  if (!painter.begin(device)) return false;
  widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
  return painter.end();
}

}  // namespace

QString PlotExport::fileFilter() {
  return QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

bool PlotExport::render(QWidget* widget, const QString& suffix, QByteArray* bytes, QString* error) {
  if (!widget) return fail(error, QObject::tr("nothing to export"));
  const QSize size = widget->size();
  bytes->clear();
  QBuffer buffer(bytes);
  buffer.open(QIODevice::WriteOnly);
  bool ok = false;
  if (suffix == "png") {
    auto* plot = qobject_cast<QCustomPlot*>(widget);
    const QPixmap pixmap = plot ? plot->toPixmap(size.width(), size.height(), 2.0) : widget->grab();
    ok = pixmap.save(&buffer, "PNG");
  } else if (suffix == "svg") {
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("cnnlab") : widget->windowTitle());
    ok = paintWidget(widget, &svg);
  } else if (suffix == "pdf") {
    QPdfWriter pdf(&buffer);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    ok = paintWidget(widget, &pdf);
  } else {
    return fail(error, QObject::tr("unknown file type '%1': use .png, .svg or .pdf").arg(suffix));
  }
  if (!ok || bytes->isEmpty()) return fail(error, QObject::tr("cannot draw the %1 image").arg(suffix.toUpper()));
  return true;
}

bool PlotExport::writeFile(const QString& path, const QByteArray& bytes, QString* error) {
  try {
    writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return true;
  } catch (const FileError& e) {
    return fail(error, QObject::tr("cannot write %1").arg(QString::fromStdString(e.what())));  // "cannot write P: why"
  }
}

bool PlotExport::save(QWidget* widget, const QString& path, QString* error) {
  QByteArray bytes;
  return render(widget, QFileInfo(path).suffix().toLower(), &bytes, error) && writeFile(path, bytes, error);
}

void PlotExport::saveWithDialog(QWidget* widget, const QString& suggestedName) {
  const QString path = QFileDialog::getSaveFileName(widget, QObject::tr("Export"), suggestedName, fileFilter());
  if (path.isEmpty()) return;
  QString error;
  if (!save(widget, path, &error)) QMessageBox::warning(widget, QObject::tr("Export failed"), error);
}

void PlotExport::addContextMenu(QCustomPlot* plot) {
  plot->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& pos) {
    QMenu menu(plot);
    menu.addAction(QObject::tr("Export this plot (PNG, SVG, PDF)…"), plot, [plot] {
      saveWithDialog(plot, plot->objectName().isEmpty() ? QStringLiteral("plot.png") : plot->objectName() + ".png");
    });
    menu.exec(plot->mapToGlobal(pos));
  });
}

}  // namespace cnnlab
