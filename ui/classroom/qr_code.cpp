#include "ui/classroom/qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace cnnlab {

QrCode encodeQr(const QByteArray& text) {
  const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString8bit(text.constData(), 0 /* the smallest version that holds it */, QR_ECLEVEL_M), QRcode_free);
  if (!code) throw std::runtime_error("the QR code could not be made (" + std::to_string(text.size()) + " bytes)");
  QrCode qr;
  qr.size = code->width;
  qr.modules.resize(std::size_t(code->width) * std::size_t(code->width));
  for (std::size_t i = 0; i < qr.modules.size(); ++i) qr.modules[i] = code->data[i] & 1;  // bit 0: dark
  return qr;
}

QByteArray qrSvg(const QrCode& code) {
  constexpr int kQuiet = 4;
  const QByteArray side = QByteArray::number(code.size + 2 * kQuiet);
  QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + ' ' + side +
                   "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of the join address\">"
                   "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  for (int y = 0; y < code.size; ++y)
    for (int x = 0; x < code.size; ++x)
      if (code.dark(x, y)) svg += 'M' + QByteArray::number(x + kQuiet) + ' ' + QByteArray::number(y + kQuiet) + "h1v1h-1z";
  return svg + "\"/></svg>";
}

}  // namespace cnnlab
