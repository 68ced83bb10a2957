// exampleRequest and parseQuizAnswer: the server's parsing of what browsers send, kept apart from
// its sockets.
#include "ui/classroom/requests.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "ui/classroom/protocol.hpp"

namespace cnnlab {

ExampleRequest exampleRequest(const HttpHead& head, const QByteArray& name) {
  ExampleRequest request;
  request.name = name.toStdString();
  request.input = head.queryValue("input").toStdString();
  request.kernel = head.queryValue("kernel").toStdString();
  request.op = head.queryValue("op").toStdString();
  request.mode = head.queryValue("mode").toStdString();
  request.padding = head.queryValue("padding").toStdString();
  request.stride = head.queryValue("stride").toStdString();
  return request;
}

std::optional<QuizAnswer> parseQuizAnswer(const QByteArray& message) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(message, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
  const QJsonObject o = doc.object();
  if (o.value("type").toString() != QLatin1String(protocol::kAnswer)) return std::nullopt;
  const QJsonValue answer = o.value("answer"), nickname = o.value("nickname"), student = o.value("student");
  static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
  const QString id = student.isString() ? student.toString() : QString();
  return QuizAnswer{.question = o.value("question").toInt(-1),
                    .answer = answer.isString() ? answer.toString() : QString(),
                    .nickname = nickname.isString() ? nickname.toString() : QString(),
                    .student = token.match(id).hasMatch() ? id : QString()};
}

}  // namespace cnnlab
