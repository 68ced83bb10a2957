// Raw HTTP for the classroom server's tests: the bytes of a request exactly as given (malformed
// ones too), and the status the server answered.
#pragma once

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace cnnlab::testing {

// One raw request (the bytes exactly as given) and the server's whole answer, head and body; empty
// when it closed without answering. The server runs on this thread: wait with the event loop
// running, never with waitFor…().
inline QByteArray rawAnswer(quint16 port, const QByteArray& request) {
  QTcpSocket socket;
  QByteArray answer;
  QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
  QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
  QEventLoop loop;
  QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
  QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
  QTimer::singleShot(10000, &loop, &QEventLoop::quit);
  socket.connectToHost(QHostAddress::LocalHost, port);
  loop.exec();
  return answer + socket.readAll();
}

// The status code of one raw request (the bytes exactly as given), or 0 when the server closed
// without answering.
inline int rawStatus(quint16 port, const QByteArray& request, QByteArray* body = nullptr) {
  const QByteArray answer = rawAnswer(port, request);
  if (body) *body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
  const QList<QByteArray> first = answer.left(answer.indexOf("\r\n")).split(' ');
  return first.size() >= 2 ? first[1].toInt() : 0;
}

inline QByteArray get(const QByteArray& target) { return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"; }

}  // namespace cnnlab::testing

using cnnlab::testing::get;
using cnnlab::testing::rawStatus;
