// The classroom web server: the page and its assets (compiled in), GET /api/examples and
// /api/example/NAME (the stepper's examples, computed by the engine), and a WebSocket at /live
// that pushes the session's run to every student. One object owns the listener, the WebSocket
// server, the routes and the clients. Students only read: no request changes the run.
//
// Every request needs the join code (the `code` query parameter, or the cookie the page sets):
// without it HTTP answers 403 and the WebSocket is refused; only the landing page (one field for the
// code) and what it needs to show itself (style.css, landing.js, i18n.js and /strings.json, the page's
// words in the student's language) are served without. Request heads, query strings, incoming
// WebSocket messages and example matrices are capped; each client's outgoing queue is bounded and
// a client that stalls is dropped, so a slow phone never slows the run.
#pragma once

#include <QHostAddress>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QElapsedTimer>

#include <deque>
#include <map>
#include <optional>
#include <memory>
#include <set>

#include "ui/classroom/class_quiz.hpp"
#include "ui/classroom/classroom_client.hpp"
#include "ui/classroom/http_head.hpp"
#include "ui/classroom/live_state.hpp"
#include "ui/classroom/rate_limit.hpp"
#include "ui/imageio/model_prediction.hpp"

class QTcpServer;
class QTcpSocket;
class QTranslator;
class QWebSocketServer;

namespace cnnlab {

class TrainingSession;

// A picture a student sent to POST /api/predict (the page's Draw tab), kept for the teacher's
// gallery: the network's input as it saw it, which class the student meant (when they said), and
// whether the teacher hid it.
struct ClassDrawing {
  int id = 0;
  QByteArray student;   // the page's token (or its address)
  arma::fvec input;     // the network's input column after preprocessing
  Shape shape;          // of that input
  int meant = -1;       // the output index the student says they drew; −1: not said
  bool hidden = false;  // hidden by the teacher: not shown, not added, not exported
};

// GET /palette.js: the app's colour scales (ui/palette.hpp) as an ES module for the page.
QByteArray paletteJs();

class ClassroomServer : public QObject {
  Q_OBJECT

 public:
  struct Options {
    QHostAddress address = QHostAddress::LocalHost;  // QHostAddress::AnyIPv4: the classroom network
    quint16 port = 0;                                // 0: any free port
    int maxClients = 200;                            // WebSocket clients at once
    int pushIntervalMs = 100;                        // at most ten pushes a second
    int requestTimeoutMs = 10000;                    // a request head must arrive within this
    int maxPendingRequests = 0;                      // connections still sending their head; 0: maxClients + 64
                                                     // (a whole class opens the link at once)
    int maxPendingPerAddress = 32;                   // of those, from one address
    HttpLimits http{.maxBody = 2 * 1024 * 1024};  // only POST /api/predict takes a body: one image
    ClientLimits client;
    double predictBurst = 10, predictPerSecond = 2;  // each student's predictions (429 beyond)
    ClassQuiz::Limits quiz;                          // answers per question, per address, …
  };

  explicit ClassroomServer(TrainingSession& session, QObject* parent = nullptr);
  ~ClassroomServer() override;  // stops

  // Listens with a fresh join code. False, with a one-line reason, when the address cannot be used.
  bool start(const Options& options, QString* error = nullptr);
  // Closes every client (GoingAway) and the listener. The code dies with it.
  void stop();
  bool isRunning() const;

  QString code() const { return code_; }
  quint16 port() const;
  // The address students type: the listening address, or for 0.0.0.0 this machine's first
  // non-loopback IPv4 address.
  QString host() const;
  QUrl url() const;  // http://HOST:PORT/?code=CODE
  int clientCount() const { return int(clients_.size()); }
  // A random join code of `length` characters from an alphabet without look-alikes (0/O, 1/l/I).
  static QString makeCode(int length = 8);

  // The class quiz (#17): every page shows the question; a page may send one answer per question
  // ({"type": "answer", "question": id, "answer": "7", "nickname": "…"}), which is all it may write.
  int startQuiz(const Exercise& exercise, std::size_t row, std::size_t col, qint64 durationMs = 0);
  void closeQuiz();
  void revealQuiz();  // closes it and sends every page the answer and its formula
  const ClassQuiz& quiz() const { return quiz_; }

  // Your turn on phones: how many students checked a practice answer in the last five minutes, and
  // the mistake the class's wrong answers showed most ("kernel not flipped (12)"; empty: none yet).
  int practisingCount() const;
  QString commonMistake() const;

  // The class's drawings, newest last (at most kMaxDrawings; the oldest go first).
  static constexpr std::size_t kMaxDrawings = 200;
  const std::deque<ClassDrawing>& drawings() const { return drawings_; }
  void setDrawingHidden(int id, bool hidden);
  // What the current network (the fixed model or the session's) says a drawing is; nullopt when
  // there is no network or the drawing does not fit its input (the network changed shape).
  std::optional<ImagePrediction> predictDrawing(const ClassDrawing& drawing);
  // The labels of the current network's outputs ("0", "1", or class names); empty without one.
  QStringList outputLabels();

  // POST /api/predict classifies with this model (cnnlab-cli serve --model), or, when none is set,
  // with the session's current network (the teacher's, as it trains).
  void setModel(std::shared_ptr<ModelPredictor> model) { fixedModel_ = std::move(model); }
  bool servesFixedModel() const { return fixedModel_ != nullptr; }
  qint64 quizClock() const { return clock_.isValid() ? clock_.elapsed() : 0; }  // the quiz's "now", ms

 signals:
  void clientCountChanged(int count);
  void clientDropped(const QString& reason);
  void quizChanged();  // an answer came in, or the question changed
  void practiceChanged();  // a practice answer was checked
  void drawingsChanged();  // a drawing came in, or was hidden or shown

 private:
  struct Response {
    int status = 200;
    QByteArray type = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
  };
  void onNewConnection();
  void onRequestData(QTcpSocket* socket);
  void upgrade(QTcpSocket* socket, const HttpHead& head);
  void onPredictRequest(QTcpSocket* socket, const HttpHead& head);
  void onWebSocket();
  Response route(const HttpHead& head);
  Response asset(const QString& resource) const;
  Response examples(const HttpHead& head);
  Response strings(const HttpHead& head);  // GET /strings.json: the page's words (page_strings.hpp)
  // The request's language: its ?lang= when cnnlab speaks it, else its Accept-Language ("en", "de").
  static QString language(const HttpHead& head);
  // The catalogue of `language` for the engine's words in the JSON (nullptr: English), loaded once.
  const QTranslator* catalogue(const QString& language);
  Response modelInfo();
  Response practice(const HttpHead& head, bool check);
  Response predict(const HttpHead& head, const QByteArray& body);
  ModelPredictor* predictor();  // the fixed model, or one built from the session's current network
  Response example(const HttpHead& head, const QByteArray& name);
  bool authorised(const HttpHead& head) const;
  void reply(QTcpSocket* socket, const Response& response, bool headOnly = false);
  void push();
  void resetLive();
  void updateParts();
  void quizMessage(ClassroomClient* client, const QString& connection, const QString& address, const QByteArray& message);
  bool forgetPending(QTcpSocket* socket);  // out of pending_ (false: it was not there), and its address's count
  void broadcastQuiz();
  QByteArray quizJson() const;

  TrainingSession& session_;
  Options options_;
  QString code_;
  QTcpServer* listener_ = nullptr;
  QWebSocketServer* websockets_ = nullptr;
  std::set<QTcpSocket*> pending_;            // connections still sending a request head
  QHash<QString, int> pendingFrom_;          // of those, how many from each address
  int handshakes_ = 0;                       // WebSocket handshakes in progress
  std::map<ClassroomClient*, std::unique_ptr<ClassroomClient>> clients_;
  quint64 connections_ = 0;  // WebSockets accepted since the start: names a page without a token
  LiveState live_;
  QByteArray fullMessage_;                   // live_.full() since the last change, for joiners
  QTimer pushTimer_;
  QHash<QByteArray, QString> assets_;
  QHash<QString, QByteArray> strings_;       // /strings.json's answer per language, built on first ask
  QHash<QString, QByteArray> exampleLists_;  // /api/examples's answer per language, built on first ask
  std::map<QString, std::unique_ptr<QTranslator>> catalogues_;  // per language; English has none (nullptr)
  ClassQuiz quiz_;
  QElapsedTimer clock_;                      // the quiz's time
  std::shared_ptr<ModelPredictor> fixedModel_;
  std::unique_ptr<ModelPredictor> sessionModel_;  // built from sessionModelOf_, rebuilt when it changes
  const void* sessionModelOf_ = nullptr;
  RateLimiter predictions_{10, 2};
  QHash<QByteArray, qint64> practising_;     // student → when they last checked an answer (ms)
  std::map<int, int> practiceMistakes_;      // Mistake → wrong answers that showed it
  std::deque<ClassDrawing> drawings_;
  int nextDrawing_ = 1;
};

}  // namespace cnnlab
