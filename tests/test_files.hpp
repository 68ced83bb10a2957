// Files the tests write into their temporary folders: text, raw bytes and gzip.
#pragma once

#include <QByteArray>
#include <QString>

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace cnnlab::testing {

inline void writeText(const std::string& path, std::string_view text) {
  std::ofstream file(path, std::ios::binary);
  file.write(text.data(), std::streamsize(text.size()));
}
inline void writeText(const QString& path, std::string_view text) { writeText(path.toStdString(), text); }

inline void writeBytes(const QString& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream file(path.toStdString(), std::ios::binary);
  file.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}
inline void writeBytes(const QString& path, const QByteArray& bytes) {
  std::ofstream file(path.toStdString(), std::ios::binary);
  file.write(bytes.constData(), std::streamsize(bytes.size()));
}

inline void writeGzip(const QString& path, const std::vector<std::uint8_t>& bytes) {
  gzFile file = gzopen(path.toStdString().c_str(), "wb");
  gzwrite(file, bytes.data(), unsigned(bytes.size()));
  gzclose(file);
}

}  // namespace cnnlab::testing
