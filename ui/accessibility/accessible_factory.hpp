// What a screen reader reads from cnnlab's custom-painted widgets: one factory that Qt asks for the
// accessible interface of each object (QAccessible::installFactory). The stepper's MatrixGrid is a
// table of cells (MatrixGridAccessible), a HeatmapMosaic a chart with its title, range and the value
// under the pointer (HeatmapMosaicAccessible); everything else keeps Qt's own interfaces.
#pragma once

#include <QString>

class QAccessibleInterface;
class QObject;

namespace cnnlab {

// Qt's factory signature (QAccessible::InterfaceFactory): className is one class of object's
// hierarchy, most derived first, with its namespace ("cnnlab::MatrixGrid"). Null: not ours.
QAccessibleInterface* accessibleInterfaceFor(const QString& className, QObject* object);

// Installs accessibleInterfaceFor once (a second call does nothing). Call after the QApplication
// exists and before any window is shown: Qt keeps an interface once made.
void installAccessibleFactory();

}  // namespace cnnlab
