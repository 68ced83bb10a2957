// parseHttpHead: caps first (head size, target length, header count), then the syntax.
#include "ui/classroom/http_head.hpp"

#include <algorithm>

#include <QUrl>

namespace cnnlab {

namespace {

HttpHead error(int status) {
  HttpHead head;
  head.result = HttpHead::Result::Error;
  head.status = status;
  return head;
}

bool isToken(const QByteArray& s) {
  if (s.isEmpty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || QByteArray("!#$%&'*+-.^_`|~").contains(c))) return false;
  return true;
}

bool isPrintable(const QByteArray& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  return true;
}

}  // namespace

QByteArray HttpHead::header(const QByteArray& lowerName) const {
  for (const auto& [name, value] : headers)
    if (name == lowerName) return value;
  return {};
}

bool HttpHead::hasQueryValue(const QByteArray& name) const {
  for (const QByteArray& pair : query.split('&'))
    if (pair.split('=').value(0) == name) return true;
  return false;
}

QByteArray HttpHead::queryValue(const QByteArray& name) const {
  for (const QByteArray& pair : query.split('&')) {
    const qsizetype eq = pair.indexOf('=');
    if ((eq < 0 ? pair : pair.left(eq)) != name) continue;
    QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
    value.replace('+', ' ');
    return QByteArray::fromPercentEncoding(value);
  }
  return {};
}

QByteArray HttpHead::cookie(const QByteArray& name) const {
  for (QByteArray part : header("cookie").split(';')) {
    part = part.trimmed();
    if (part.startsWith(name + '=')) return part.mid(name.size() + 1);
  }
  return {};
}

HttpHead parseHttpHead(const QByteArray& data, const HttpLimits& limits) {
  const qsizetype end = data.indexOf("\r\n\r\n");
  if (end < 0) {
    // No end yet: fine while under the cap, and while the first line, once complete, is sane.
    const qsizetype firstLine = data.indexOf("\r\n");
    if (firstLine < 0 && data.size() > limits.maxTarget + 32) return error(414);
    if (data.size() > limits.maxHead) return error(431);
    return {};
  }
  if (end + 4 > limits.maxHead) return error(431);

  QList<QByteArray> lines;  // split at CRLF; a bare CR or LF left inside a line fails isPrintable
  for (qsizetype from = 0; from <= end;) {
    qsizetype next = data.indexOf("\r\n", from);
    if (next < 0 || next > end) next = end;
    lines.append(data.mid(from, next - from));
    from = next + 2;
  }
  HttpHead head;
  head.size = end + 4;
  const QList<QByteArray> start = lines.value(0).split(' ');
  if (start.size() != 3) return error(400);
  const QByteArray& target = start[1];
  if (target.size() > limits.maxTarget) return error(414);
  if (!isToken(start[0]) || target.isEmpty() || target[0] != '/' || !isPrintable(target)) return error(400);
  if (start[2] != "HTTP/1.1" && start[2] != "HTTP/1.0") return error(start[2].startsWith("HTTP/") ? 505 : 400);
  head.method = start[0];
  const qsizetype q = target.indexOf('?');
  head.path = q < 0 ? target : target.left(q);
  head.query = q < 0 ? QByteArray() : target.mid(q + 1);
  if (head.path.contains('#')) return error(400);

  if (lines.size() - 1 > limits.maxHeaders) return error(431);
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QByteArray& line = lines[i];
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) return error(400);
    const QByteArray name = line.left(colon).toLower();
    if (!isToken(name) || !isPrintable(line)) return error(400);
    head.headers.append({name, line.mid(colon + 1).trimmed()});
  }
  // A body only with one plain Content-Length within the cap (a smuggler's second length, a sign,
  // or chunked encoding is refused before any body byte is read).
  if (!head.header("transfer-encoding").isEmpty()) return error(411);
  int lengths = 0;
  for (const auto& [name, value] : head.headers)
    if (name == "content-length") ++lengths;
  const QByteArray length = head.header("content-length");
  if (lengths > 1) return error(400);
  if (!length.isEmpty()) {
    if (length.size() > 18 || !std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return error(400);
    head.contentLength = length.toLongLong();
    if (head.contentLength > limits.maxBody) return error(413);
  }
  head.result = HttpHead::Result::Complete;
  return head;
}

}  // namespace cnnlab
