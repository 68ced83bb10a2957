// QR codes of the join address, by libqrencode (Debian's libqrencode-dev): the Share dialog draws
// one, and the classroom page's projector view (/#join) shows the server's /join.svg. Qt Core
// only, so the headless server can serve it.
#pragma once

#include <QByteArray>

#include <vector>

namespace cnnlab {

// size × size modules, row by row; true is dark.
struct QrCode {
  int size = 0;
  std::vector<bool> modules;
  bool dark(int x, int y) const { return modules[std::size_t(y) * std::size_t(size) + std::size_t(x)]; }
};

// The text as a QR code with error correction M (a module in seven may be smudged, or a projector's
// keystone may bend it, and it still reads). Throws std::runtime_error when libqrencode refuses it.
QrCode encodeQr(const QByteArray& text);

// The code as SVG, dark modules on white with the standard 4-module quiet zone; one unit a module,
// so it scales crisply to any size.
QByteArray qrSvg(const QrCode& code);

}  // namespace cnnlab
