// ClassroomClient: QWebSocket's own buffer is the queue; its size is capped and its progress watched.
#include "ui/classroom/classroom_client.hpp"

#include <QWebSocket>

namespace cnnlab {

ClassroomClient::ClassroomClient(std::unique_ptr<QWebSocket> socket, const ClientLimits& limits, QObject* parent)
    : QObject(parent), socket_(std::move(socket)), limits_(limits) {
  socket_->setParent(nullptr);
  socket_->setMaxAllowedIncomingMessageSize(limits_.maxIncomingBytes);
  socket_->setMaxAllowedIncomingFrameSize(limits_.maxIncomingBytes);
  socket_->setReadBufferSize(64 * 1024);
  sinceProgress_.start();
  incomingWindow_.start();
  connect(socket_.get(), &QWebSocket::bytesWritten, this, [this] { sinceProgress_.restart(); });
  connect(socket_.get(), &QWebSocket::disconnected, this, [this] { drop({}); });
  connect(socket_.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] { drop(socket_->errorString()); });
  // The page sends only quiz answers: every message is counted (a flood drops the client), and
  // the server decides what one may do (ClassQuiz: one capped answer per question).
  auto incoming = [this](const QByteArray& message) {
    if (incomingWindow_.elapsed() > 1000) {
      incomingWindow_.restart();
      incomingCount_ = 0;
    }
    if (++incomingCount_ > limits_.maxIncomingPerSecond) {
      drop(tr("too many messages"));
      return;
    }
    emit messageReceived(message);
  };
  connect(socket_.get(), &QWebSocket::textMessageReceived, this, [incoming](const QString& m) { incoming(m.toUtf8()); });
  connect(socket_.get(), &QWebSocket::binaryMessageReceived, this, incoming);
  stallTimer_.setInterval(std::max(50, limits_.stallMs / 4));
  connect(&stallTimer_, &QTimer::timeout, this, &ClassroomClient::checkStall);
  stallTimer_.start();
}

ClassroomClient::~ClassroomClient() {
  if (socket_) {
    socket_->disconnect(this);
    socket_->abort();
  }
}

QString ClassroomClient::peerAddress() const { return socket_ ? socket_->peerAddress().toString() : QString(); }

qint64 ClassroomClient::queuedBytes() const { return socket_ ? socket_->bytesToWrite() : 0; }

void ClassroomClient::send(const QByteArray& message) {
  if (!open_) return;
  if (queuedBytes() == 0) sinceProgress_.restart();  // nothing was waiting: the clock starts now
  if (queuedBytes() + message.size() > limits_.maxQueuedBytes) {
    drop(tr("too slow: %1 bytes waiting").arg(queuedBytes()));
    return;
  }
  socket_->sendBinaryMessage(message);
}

void ClassroomClient::checkStall() {
  if (!open_) return;
  if (queuedBytes() == 0) {
    sinceProgress_.restart();
    return;
  }
  if (sinceProgress_.elapsed() > limits_.stallMs) drop(tr("stalled: nothing taken for %1 ms").arg(sinceProgress_.elapsed()));
}

void ClassroomClient::close() {  // deletes itself once closed
  if (!open_) return;
  open_ = false;
  stallTimer_.stop();
  socket_->disconnect(this);
  socket_->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the teacher stopped sharing"));
  // The close frame must reach the browser before the socket goes: delete once it has, or in 1 s.
  connect(socket_.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
  QTimer::singleShot(1000, this, &QObject::deleteLater);
  emit finished({});
}

void ClassroomClient::drop(const QString& reason) {
  if (!open_) return;
  open_ = false;
  stallTimer_.stop();
  socket_->disconnect(this);
  socket_->abort();  // a stalled peer would never finish a close handshake
  emit finished(reason);
}

}  // namespace cnnlab
