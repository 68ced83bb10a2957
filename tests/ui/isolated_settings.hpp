// A test's QSettings in a directory of its own (an INI file under `dir`), never the user's: the
// window saves its geometry, tab and dashboard choices on close.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace cnnlab::testing {

inline void useSettingsIn(const QTemporaryDir& dir, const char* application, const char* organization = "cnnlab-test") {
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("settings"));
  QCoreApplication::setOrganizationName(organization);
  QCoreApplication::setApplicationName(application);
}

}  // namespace cnnlab::testing
