// PlotExport: PNG, SVG and PDF output of plots and views.
#include "ui/plot/plot_export.hpp"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

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

bool PlotExport::save(QWidget* widget, const QString& path, QString* error) {
  if (!widget) return fail(error, QObject::tr("nothing to export"));
  const QString suffix = QFileInfo(path).suffix().toLower();
  const QSize size = widget->size();
  if (suffix == "png") {
    if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
      if (plot->savePng(path, size.width(), size.height(), 2.0)) return true;
    } else if (widget->grab().save(path, "PNG")) {
      return true;
    }
    return fail(error, QObject::tr("cannot write %1").arg(path));
  }
  if (suffix == "svg") {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("cnnlab") : widget->windowTitle());
    if (!paintWidget(widget, &svg) || !QFileInfo(path).exists() || QFileInfo(path).size() == 0)
      return fail(error, QObject::tr("cannot write %1").arg(path));
    return true;
  }
  if (suffix == "pdf") {
    if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
      if (plot->savePdf(path, size.width(), size.height())) return true;
      return fail(error, QObject::tr("cannot write %1").arg(path));
    }
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    if (!paintWidget(widget, &pdf)) return fail(error, QObject::tr("cannot write %1").arg(path));
    return true;
  }
  return fail(error, QObject::tr("unknown file type '%1': use .png, .svg or .pdf").arg(suffix));
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
