// One student's browser on the classroom server's WebSocket: a bounded outgoing queue, and a
// drop when the student's side stalls or floods. The server pushes; the client never waits.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace cnnlab {

struct ClientLimits {
  qint64 maxQueuedBytes = 1 << 20;  // bytes not yet taken by the network: past this the client is dropped
  int stallMs = 5000;               // bytes waiting and none taken for this long: dropped
  quint64 maxIncomingBytes = 1024;  // a WebSocket message from the page (a quiz answer)
  int maxIncomingPerSecond = 20;    // more messages than this in a second is a flood
};

class ClassroomClient : public QObject {
  Q_OBJECT

 public:
  // Takes the socket (an open WebSocket, fresh from the handshake).
  ClassroomClient(std::unique_ptr<QWebSocket> socket, const ClientLimits& limits, QObject* parent = nullptr);
  ~ClassroomClient() override;

  // Queues one message (UTF-8 JSON, sent as one binary frame). Never blocks: a client that cannot
  // keep up is dropped instead.
  void send(const QByteArray& message);
  // Closes the WebSocket politely (GoingAway); finished() follows, and the client deletes itself
  // once the browser has closed too (or after a second): release it from any owner first.
  void close();
  qint64 queuedBytes() const;
  QString peerAddress() const;  // the browser's network address
  bool isOpen() const { return open_; }

 signals:
  // The client is gone (closed, dropped or failed); reason is empty for a normal close.
  void finished(const QString& reason);
  // A message from the page (at most maxIncomingBytes; not sent once the client floods).
  void messageReceived(const QByteArray& message);

 private:
  void drop(const QString& reason);
  void checkStall();

  std::unique_ptr<QWebSocket> socket_;
  ClientLimits limits_;
  bool open_ = true;
  QElapsedTimer sinceProgress_;
  QElapsedTimer incomingWindow_;
  int incomingCount_ = 0;
  QTimer stallTimer_;
};

}  // namespace cnnlab
