// Exports a plot or a whole view as PNG, SVG (QSvgGenerator) or PDF (QPdfWriter), chosen by the
// file's suffix; a QCustomPlot is drawn as vectors, other widgets as they appear on screen.
#pragma once

#include <QByteArray>
#include <QString>

class QWidget;
class QCustomPlot;

namespace cnnlab {

class PlotExport {
 public:
  // Returns false with a one-line reason in *error (unknown suffix, unwritable file); the file
  // at path is then unchanged (render, then writeFile).
  static bool save(QWidget* widget, const QString& path, QString* error = nullptr);
  // Draws widget as a PNG, SVG or PDF document (by suffix: "png", "svg", "pdf") into *bytes.
  static bool render(QWidget* widget, const QString& suffix, QByteArray* bytes, QString* error = nullptr);
  // Every file the GUI writes goes through here: engine/file_io's atomic write, so a full disk
  // or a missing folder leaves the previous file intact. Returns false with a reason in *error.
  static bool writeFile(const QString& path, const QByteArray& bytes, QString* error = nullptr);
  // The file-dialog filter for the three formats.
  static QString fileFilter();
  // Asks for a file name and saves; shows a message box on failure.
  static void saveWithDialog(QWidget* widget, const QString& suggestedName);
  // A right-click menu "Export this plot…" on the plot.
  static void addContextMenu(QCustomPlot* plot);
};

}  // namespace cnnlab
