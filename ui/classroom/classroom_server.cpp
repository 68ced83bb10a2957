// ClassroomServer. A request is read with caps (ui/classroom/http_head), checked for the join code,
// then routed (route(): the one table of what is served). WebSocket upgrades to /live are handed,
// after the same checks, to QWebSocketServer::handleConnection.
//
// Why QTcpServer and not QHttpServer: Qt 6.4's QHttpServer (Debian 12) buffers a request of any size
// before a handler sees it, and accepts every WebSocket upgrade on any path before the application
// can check the join code (upgrade verifiers came in Qt 6.8). Reading the head ourselves, with caps,
// and handing sockets to QWebSocketServer is what QHttpServer itself does inside.
#include "ui/classroom/classroom_server.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTranslator>
#include <QWebSocket>
#include <QWebSocketServer>

#include <nlohmann/json.hpp>

#include "ui/classroom/example_json.hpp"
#include "ui/classroom/page_strings.hpp"
#include "ui/classroom/practice.hpp"
#include "ui/palette.hpp"
#include "ui/classroom/protocol.hpp"
#include "ui/classroom/qr_code.hpp"
#include "ui/classroom/requests.hpp"
#include "engine/network_spec.hpp"
#include "engine/quoted.hpp"
#include "engine/safe_json.hpp"
#include "ui/i18n/language.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

const char* reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
  }
  return "Error";
}

QByteArray mimeType(const QString& path) {
  if (path.endsWith(".html")) return "text/html; charset=utf-8";
  if (path.endsWith(".css")) return "text/css; charset=utf-8";
  if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
  if (path.endsWith(".svg")) return "image/svg+xml";
  if (path.endsWith(".png")) return "image/png";
  return "application/octet-stream";
}

QByteArray errorBody(const QString& message) {
  return QByteArray::fromStdString(nlohmann::json{{"error", message.toStdString()}}.dump());
}

bool sameCode(QByteArray given, const QString& code) {
  given = given.trimmed().toLower();  // as a student types it on a phone: "AB3 ", "ab3"
  const QByteArray expected = code.toUtf8();
  if (given.size() != expected.size() || expected.isEmpty()) return false;
  unsigned char diff = 0;  // constant time: the code is a password
  for (qsizetype i = 0; i < given.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ expected[i]);
  return diff == 0;
}

constexpr char kCookie[] = "cnnlab_code";

}  // namespace

ClassroomServer::ClassroomServer(TrainingSession& session, QObject* parent) : QObject(parent), session_(session) {
  pushTimer_.setTimerType(Qt::CoarseTimer);
  connect(&pushTimer_, &QTimer::timeout, this, &ClassroomServer::push);
  connect(&session_, &TrainingSession::snapshot, this, [this](const TrainingSnapshotPtr& s) {
    if (!isRunning()) return;
    live_.add(s);
    fullMessage_.clear();
  });
  connect(&session_, &TrainingSession::stateChanged, this, [this](RunState state) {
    live_.setState(state);
    fullMessage_.clear();
  });
  connect(&session_, &TrainingSession::configured, this, &ClassroomServer::resetLive);
  connect(&session_, &TrainingSession::dataChanged, this, &ClassroomServer::resetLive);
}

ClassroomServer::~ClassroomServer() { stop(); }

QString ClassroomServer::makeCode(int length) {
  static constexpr char alphabet[] = "abcdefghjkmnpqrstvwxyz23456789";  // no look-alikes: 0/o, 1/l/i, u/v
  QString code;
  for (int i = 0; i < std::max(length, 6); ++i)
    code += QChar(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
  return code;
}

bool ClassroomServer::start(const Options& options, QString* error) {
  stop();
  options_ = options;
  if (options_.maxPendingRequests <= 0) options_.maxPendingRequests = options_.maxClients + 64;
  listener_ = new QTcpServer(this);
  listener_->setMaxPendingConnections(options_.maxPendingRequests);
  if (!listener_->listen(options_.address, options_.port)) {
    if (error) *error = tr("cannot listen on %1:%2: %3").arg(options_.address.toString()).arg(options_.port).arg(listener_->errorString());
    delete listener_;
    listener_ = nullptr;
    return false;
  }
  connect(listener_, &QTcpServer::newConnection, this, &ClassroomServer::onNewConnection);
  websockets_ = new QWebSocketServer(QStringLiteral("cnnlab"), QWebSocketServer::NonSecureMode, this);
  websockets_->setMaxPendingConnections(options_.maxClients);
  websockets_->setHandshakeTimeout(options_.requestTimeoutMs);
  connect(websockets_, &QWebSocketServer::newConnection, this, &ClassroomServer::onWebSocket);

  // Only what was compiled in is served: the request path must equal one of these, byte for byte.
  assets_.clear();
  for (QDirIterator it(QStringLiteral(":/web"), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
    const QString resource = it.next();
    assets_.insert(resource.mid(QStringLiteral(":/web").size()).toUtf8(), resource);
  }
  code_ = makeCode();
  predictions_ = RateLimiter(options_.predictBurst, options_.predictPerSecond);
  quiz_ = ClassQuiz(options_.quiz);
  resetLive();
  pushTimer_.start(std::max(options_.pushIntervalMs, 10));
  return true;
}

void ClassroomServer::stop() {
  pushTimer_.stop();
  const bool wasRunning = isRunning() || !clients_.empty();
  for (auto& [key, client] : clients_) {
    client->disconnect(this);
    client->setParent(this);  // whatever is still closing when the server goes is aborted with it
    client.release()->close();
  }
  clients_.clear();
  for (QTcpSocket* socket : pending_) {
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
  }
  pending_.clear();
  pendingFrom_.clear();
  delete websockets_;
  websockets_ = nullptr;
  delete listener_;
  listener_ = nullptr;
  code_.clear();
  session_.setSnapshotParts(this, {});
  if (wasRunning) emit clientCountChanged(0);
}

bool ClassroomServer::isRunning() const { return listener_ && listener_->isListening(); }

quint16 ClassroomServer::port() const { return listener_ ? listener_->serverPort() : 0; }

QString ClassroomServer::host() const {
  const QHostAddress a = options_.address;
  if (a != QHostAddress::AnyIPv4 && a != QHostAddress::Any && a != QHostAddress::AnyIPv6) return a.toString();
  for (const QHostAddress& candidate : QNetworkInterface::allAddresses())
    if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback() && !candidate.isLinkLocal())
      return candidate.toString();
  return QStringLiteral("127.0.0.1");
}

QUrl ClassroomServer::url() const {
  return QUrl(QStringLiteral("http://%1:%2/?code=%3").arg(host()).arg(port()).arg(code_));
}

void ClassroomServer::resetLive() {
  live_.reset(session_.networkName(), session_.dataDescription(), session_.testSet(), session_.history());
  live_.setState(session_.state());
  if (session_.lastSnapshot()) live_.add(session_.lastSnapshot());
  fullMessage_.clear();
}

void ClassroomServer::updateParts() {
  // Kernels cost the worker a copy per snapshot: asked for only while someone watches.
  session_.setSnapshotParts(this, clients_.empty() ? SnapshotParts{} : SnapshotParts{SnapshotPart::Kernels});
}

// ---- HTTP ----------------------------------------------------------------------------------------

void ClassroomServer::onNewConnection() {
  while (listener_ && listener_->hasPendingConnections()) {
    QTcpSocket* socket = listener_->nextPendingConnection();
    // A flood of idle connections: in all, and from one address (300 slow sockets from one host
    // held every slot).
    const QString address = socket->peerAddress().toString();
    if (int(pending_.size()) >= options_.maxPendingRequests || pendingFrom_.value(address) >= options_.maxPendingPerAddress) {
      socket->abort();
      socket->deleteLater();
      continue;
    }
    ++pendingFrom_[address];
    socket->setProperty("cnnlabAddress", address);
    socket->setReadBufferSize(options_.http.maxHead + 1);  // Qt stops reading past the cap
    pending_.insert(socket);
    auto* timeout = new QTimer(socket);
    timeout->setObjectName(QStringLiteral("requestTimeout"));
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, socket] {
      forgetPending(socket);
      socket->disconnect(this);
      socket->abort();
      socket->deleteLater();
    });
    timeout->start(options_.requestTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequestData(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
      if (forgetPending(socket)) socket->deleteLater();
    });
    if (socket->bytesAvailable()) onRequestData(socket);
  }
}

void ClassroomServer::onRequestData(QTcpSocket* socket) {
  if (!pending_.count(socket)) return;
  // Peek: a WebSocket handshake must still be there for QWebSocketServer to read.
  const HttpHead head = parseHttpHead(socket->peek(options_.http.maxHead + 1), options_.http);
  if (head.result == HttpHead::Result::Incomplete) return;
  if (head.result == HttpHead::Result::Error) {
    Response r{.status = head.status, .body = errorBody(tr("%1").arg(reason(head.status)))};
    reply(socket, r);
    return;
  }
  if (head.path == "/live" && head.header("upgrade").toLower() == "websocket") {
    upgrade(socket, head);
    return;
  }
  if (head.path == "/api/predict") {
    onPredictRequest(socket, head);
    return;
  }
  if (head.contentLength > 0) {  // only the predict API takes a body
    socket->read(head.size);
    reply(socket, {.status = 413, .body = errorBody(tr("only POST /api/predict takes a body"))});
    return;
  }
  socket->read(head.size);
  if (head.method != "GET" && head.method != "HEAD") {
    Response r{.status = 405, .body = errorBody(tr("students only read: GET and HEAD"))};
    r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
    reply(socket, r);
    return;
  }
  Response response;
  try {
    response = route(head);
  } catch (const std::exception& e) {  // nothing a request does may take the server down
    response = {.status = 500, .body = errorBody(QString::fromStdString(e.what()))};
  }
  reply(socket, response, head.method == "HEAD");
}

// The page's colour scales, written from the app's one definition (ui/palette.hpp).
QByteArray paletteJs() {
  const auto stops = [](const auto& list) {
    QByteArray out = "[";
    for (const palette::Stop& s : list)
      out += (out.size() > 1 ? ", " : "") + QByteArray("[") + QByteArray::number(s.at) + ", \"" + QColor(s.colour).name().toLatin1() + "\"]";
    return out + "]";
  };
  return "// Written by the classroom server from ui/palette.hpp: the desktop's and the page's one definition.\n"
         "export const diverging = " + stops(palette::kDiverging) + ";\n"
         "export const sequential = " + stops(palette::kSequential) + ";\n"
         "export const right = \"" + QColor(palette::kRight).name().toLatin1() + "\";\n"
         "export const wrong = \"" + QColor(palette::kError).name().toLatin1() + "\";\n"
         "export const train = \"" + QColor(palette::kTrain).name().toLatin1() + "\";\n"
         "export const test = \"" + QColor(palette::kTest).name().toLatin1() + "\";\n";
}

bool ClassroomServer::forgetPending(QTcpSocket* socket) {
  if (!pending_.erase(socket)) return false;
  const QString address = socket->property("cnnlabAddress").toString();
  if (--pendingFrom_[address] <= 0) pendingFrom_.remove(address);
  return true;
}

bool ClassroomServer::authorised(const HttpHead& head) const {
  return sameCode(head.queryValue("code"), code_) || sameCode(head.cookie(kCookie), code_);
}

// POST /api/predict: the code, the student's budget and the method are checked on the head, before
// any body byte is waited for; then the whole body (at most options_.http.maxBody, checked by the
// parser) is read and classified.
void ClassroomServer::onPredictRequest(QTcpSocket* socket, const HttpHead& head) {
  const auto refuse = [&](Response r) {
    socket->read(head.size);
    reply(socket, r, head.method == "HEAD");  // a HEAD answer has no body
  };
  if (!authorised(head)) return refuse({.status = 403, .body = errorBody(tr("ask your teacher for the join code"))});
  if (head.method != "POST") {
    Response r{.status = 405, .body = errorBody(tr("classify an image with POST"))};
    r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
    return refuse(r);
  }
  const qsizetype total = head.size + head.contentLength;
  if (socket->bytesAvailable() < total) {  // the rest of the body is still on its way
    if (socket->readBufferSize() < total + 1) socket->setReadBufferSize(total + 1);
    return;
  }
  // A student is the page's token (X-Student), else the address: one phone cannot flood the model.
  QByteArray student = head.header("x-student").left(64);
  if (student.isEmpty()) student = socket->peerAddress().toString().toUtf8();
  if (!clock_.isValid()) clock_.start();
  if (!predictions_.allow(student, clock_.elapsed())) {
    Response r{.status = 429, .body = errorBody(tr("too many predictions at once; wait a moment"))};
    r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return refuse(r);
  }
  socket->read(head.size);
  const QByteArray body = socket->read(head.contentLength);
  Response response;
  try {
    response = predict(head, body);
  } catch (const std::exception& e) {  // nothing a request does may take the server down
    response = {.status = 500, .body = errorBody(QString::fromStdString(oneLine(e.what(), false)))};
  }
  reply(socket, response);
}

ModelPredictor* ClassroomServer::predictor() {
  if (fixedModel_) return fixedModel_.get();
  const ModelSnapshotPtr model = session_.currentModel();
  if (!model) return nullptr;
  if (model.get() != sessionModelOf_) {
    Network<float> network = buildNetwork<float>(model->spec);
    network.parameters() = model->parameters;
    nlohmann::json meta{{"classes", model->classes}};
    const std::shared_ptr<const Dataset> train = session_.trainSet();
    if (train && !train->names.empty() && train->names.size() == model->classes.size()) meta["class_names"] = train->names;
    sessionModel_ = std::make_unique<ModelPredictor>(LoadedModel{std::move(network), meta, "the teacher's network"});
    sessionModelOf_ = model.get();
  }
  return sessionModel_.get();
}

ClassroomServer::Response ClassroomServer::practice(const HttpHead& head, bool check) {
  try {
    const PracticeRequest request = practiceRequest(head, check);
    const QTranslator* words = catalogue(language(head));
    if (!check) return {.body = QByteArray::fromStdString(practiceExerciseJson(request, words).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))};
    const PracticeCheck result = practiceCheck(request, words);
    // The teacher's summary: who practises (the page's token), and which mistakes the class makes.
    QByteArray student = head.header("x-student").left(64);
    if (student.isEmpty()) student = head.queryValue("student").left(64);
    if (!clock_.isValid()) clock_.start();
    if (!student.isEmpty()) {
      if (practising_.size() >= 4096 && !practising_.contains(student)) practising_.clear();  // bounded
      practising_.insert(student, clock_.elapsed());
    }
    if (!result.correct) ++practiceMistakes_[int(result.mistake)];
    emit practiceChanged();
    return {.body = QByteArray::fromStdString(result.json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))};
  } catch (const std::invalid_argument& e) {
    return {.status = 400, .body = errorBody(QString::fromStdString(oneLine(e.what(), false)))};
  }
}

int ClassroomServer::practisingCount() const {
  const qint64 now = clock_.isValid() ? clock_.elapsed() : 0;
  return int(std::count_if(practising_.begin(), practising_.end(), [now](qint64 at) { return now - at <= 5 * 60 * 1000; }));
}

QString ClassroomServer::commonMistake() const {
  const auto most = std::max_element(practiceMistakes_.begin(), practiceMistakes_.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most == practiceMistakes_.end()) return {};
  return QStringLiteral("%1 (%2)").arg(QString::fromStdString(mistakeWords(Mistake(most->first)))).arg(most->second);
}

void ClassroomServer::setDrawingHidden(int id, bool hidden) {
  for (ClassDrawing& d : drawings_)
    if (d.id == id && d.hidden != hidden) {
      d.hidden = hidden;
      emit drawingsChanged();
    }
}

std::optional<ImagePrediction> ClassroomServer::predictDrawing(const ClassDrawing& drawing) {
  ModelPredictor* model = predictor();
  if (!model || model->input().size() != drawing.input.n_elem) return std::nullopt;
  try {
    return model->predict(drawing.input, "a drawing");
  } catch (const std::exception&) {  // a diverged network: nothing to show
    return std::nullopt;
  }
}

QStringList ClassroomServer::outputLabels() {
  QStringList labels;
  if (ModelPredictor* model = predictor())
    for (const std::string& label : model->labels()) labels << QString::fromStdString(label);
  return labels;
}

ClassroomServer::Response ClassroomServer::modelInfo() {
  ModelPredictor* model = predictor();
  nlohmann::json info{{"available", model != nullptr}};
  if (model) {
    info["source"] = fixedModel_ ? "file" : "session";
    info["name"] = fixedModel_ ? QFileInfo(QString::fromStdString(model->path())).fileName().toStdString() : model->path();
    info["input"] = {{"height", model->input().height}, {"width", model->input().width}, {"depth", model->input().depth}};
    info["digit"] = model->digitModel();
    info["labels"] = model->labels();
  }
  return {.body = QByteArray::fromStdString(info.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))};
}

ClassroomServer::Response ClassroomServer::predict(const HttpHead& head, const QByteArray& body) {
  ModelPredictor* model = predictor();
  if (!model) return {.status = 503, .body = errorBody(tr("there is no network yet: the teacher has not built or loaded one"))};
  if (body.isEmpty()) return {.status = 400, .body = errorBody(tr("send a PNG or JPEG image, or a JSON array of pixels"))};
  arma::fvec column;
  try {
    const QByteArray type = head.header("content-type").toLower();
    if (type.startsWith("application/json")) {
      const nlohmann::json document = parseJsonSafely(std::string_view(body.constData(), std::size_t(body.size())));
      column = model->fromPixels(document.is_object() && document.contains("pixels") ? document["pixels"] : document, "the pixels");
    } else {
      column = model->fromBytes(body, "the image");
    }
  } catch (const std::exception& e) {  // not an image, not JSON, the wrong number of pixels
    return {.status = 400, .body = errorBody(QString::fromStdString(oneLine(e.what(), false)))};
  }
  const ImagePrediction p = model->predict(column, "the image");
  // Kept for the teacher's gallery, with the class the student says they meant (?meant=INDEX).
  ClassDrawing drawing{.id = nextDrawing_++, .student = head.header("x-student").left(64), .input = column, .shape = model->input()};
  if (head.hasQueryValue("meant")) {
    bool ok = false;
    const int meant = head.queryValue("meant").toInt(&ok);
    if (ok && meant >= 0 && std::size_t(meant) < model->outputs()) drawing.meant = meant;
  }
  drawings_.push_back(std::move(drawing));
  while (drawings_.size() > kMaxDrawings) drawings_.pop_front();
  emit drawingsChanged();
  nlohmann::json reply = model->json(p);
  reply["labels"] = model->labels();  // every output's class, for the page's bars
  // What the network saw (its input after preprocessing) and where it looked (the saliency), each
  // H × W row-major in [0, 1] (a colour input: its mean over R, G and B), for the page to draw.
  const Shape in = model->input();
  const arma::fvec saliency = model->saliency(p);
  const auto image = [&](const arma::fvec& column) {
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t r = 0; r < in.height; ++r)
      for (std::size_t c = 0; c < in.width; ++c) {
        double v = 0;
        for (std::size_t d = 0; d < in.depth; ++d) v += column(d * in.height * in.width + r + in.height * c);
        rows.push_back(std::round(v / double(in.depth) * 1000) / 1000);
      }
    return rows;
  };
  reply["input"] = {{"height", in.height}, {"width", in.width}, {"pixels", image(p.input)}};
  reply["saliency"] = image(saliency);
  return {.body = QByteArray::fromStdString(reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))};
}

// The routes, all in one place. Anything not listed is 404; paths are compared raw, so "/../",
// "%2e%2e" and friends can only miss.
ClassroomServer::Response ClassroomServer::route(const HttpHead& head) {
  if (!authorised(head)) {
    // Without the code: the landing page with one field for it (a student who typed the address),
    // its style sheet and what translates it (landing.js, i18n.js, the page's words); everything with
    // the class's data stays closed.
    if (head.path == "/" || head.path == "/index.html" || head.path == "/landing.html") {
      Response r = asset(assets_.value("/landing.html"));
      if (head.hasQueryValue("code")) r.status = 403;  // a wrong code: the same page, told so by its status
      return r;
    }
    if (head.path == "/style.css" || head.path == "/landing.js" || head.path == "/i18n.js")
      return asset(assets_.value(head.path));
    if (head.path == "/strings.json") return strings(head);
    return {.status = 403, .body = errorBody(tr("ask your teacher for the join code"))};
  }
  if (head.path == "/join.svg") return {.type = "image/svg+xml", .body = qrSvg(encodeQr(url().toEncoded()))};
  if (head.path == "/api/join")
    return {.body = QByteArray::fromStdString(
                nlohmann::json{{"url", url().toString().toStdString()}, {"code", code_.toStdString()}}.dump())};
  if (head.path == "/" || head.path == "/index.html") {
    Response r = asset(assets_.value("/index.html"));
    if (sameCode(head.queryValue("code"), code_))  // the page may then be reloaded without the code
      r.headers.append(qMakePair(QByteArray("Set-Cookie"),
                                 QByteArray(kCookie) + '=' + code_.toUtf8() + "; Path=/; HttpOnly; SameSite=Strict"));
    return r;
  }
  if (head.path == "/palette.js") return {.type = "text/javascript; charset=utf-8", .body = paletteJs()};
  if (head.path == "/strings.json") return strings(head);
  if (head.path == "/api/model") return modelInfo();
  // The engine's words in the request's language (?lang=, else Accept-Language): Vary says so.
  const auto inLanguage = [](Response r) {
    r.headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Language")));
    return r;
  };
  if (head.path == "/api/examples") return inLanguage(examples(head));
  if (head.path == "/api/practice") return inLanguage(practice(head, false));
  if (head.path == "/api/practice/check") return inLanguage(practice(head, true));
  static const QByteArray examplePrefix = "/api/example/";
  if (head.path.startsWith(examplePrefix)) return inLanguage(example(head, head.path.mid(examplePrefix.size())));
  if (assets_.contains(head.path) && head.path != "/index.html") return asset(assets_.value(head.path));
  return {.status = 404, .body = errorBody(tr("not found"))};
}

ClassroomServer::Response ClassroomServer::asset(const QString& resource) const {
  QFile file(resource);
  if (resource.isEmpty() || !file.open(QIODevice::ReadOnly)) return {.status = 404, .body = errorBody(tr("not found"))};
  return {.status = 200, .type = mimeType(resource), .body = file.readAll()};
}

// The request's language: the address's ?lang= when cnnlab speaks it, else the browser's
// Accept-Language. The page's words and the engine's (the API's JSON) both follow it.
QString ClassroomServer::language(const HttpHead& head) {
  const QString asked = i18n::normalise(QString::fromUtf8(head.queryValue("lang").left(35)));
  return asked.isEmpty() ? i18n::fromAcceptLanguage(QString::fromUtf8(head.header("accept-language"))) : asked;
}

const QTranslator* ClassroomServer::catalogue(const QString& language) {
  auto found = catalogues_.find(language);
  if (found == catalogues_.end()) found = catalogues_.emplace(language, i18n::catalogue(language)).first;
  return found->second.get();
}

// The page's words in its language. Each language's answer is built once (the catalogue does not
// change while we run).
ClassroomServer::Response ClassroomServer::strings(const HttpHead& head) {
  const QString language = ClassroomServer::language(head);
  auto cached = strings_.constFind(language);
  if (cached == strings_.constEnd()) cached = strings_.insert(language, pageStringsJson(language));
  // Vary: the answer depends on the browser's languages.
  return {.body = *cached, .headers = {qMakePair(QByteArray("Vary"), QByteArray("Accept-Language"))}};
}

// The list never changes while we run: built once per language.
ClassroomServer::Response ClassroomServer::examples(const HttpHead& head) {
  const QString language = ClassroomServer::language(head);
  auto cached = exampleLists_.constFind(language);
  if (cached == exampleLists_.constEnd())
    cached = exampleLists_.insert(language, QByteArray::fromStdString(exampleListJson(catalogue(language)).dump()));
  return {.body = *cached};
}

ClassroomServer::Response ClassroomServer::example(const HttpHead& head, const QByteArray& name) {
  const ExampleRequest request = exampleRequest(head, name);
  if (!findExample(request.name)) return {.status = 404, .body = errorBody(tr("no example named %1").arg(QString::fromUtf8(name.left(64))))};
  try {
    return {.body = QByteArray::fromStdString(exampleJson(buildExample(request), catalogue(language(head))).dump(-1, ' ', false,
                                                                                     nlohmann::json::error_handler_t::replace))};
  } catch (const std::exception& e) {
    return {.status = 400, .body = errorBody(QString::fromStdString(e.what()))};
  }
}

void ClassroomServer::reply(QTcpSocket* socket, const Response& response, bool headOnly) {
  forgetPending(socket);
  socket->disconnect(this);
  delete socket->findChild<QTimer*>(QStringLiteral("requestTimeout"), Qt::FindDirectChildrenOnly);
  QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
  out += "Content-Type: " + response.type + "\r\n";
  out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
  out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";
  out += "Content-Security-Policy: default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  out += "Connection: close\r\n\r\n";
  if (!headOnly) out += response.body;
  socket->write(out);
  socket->disconnectFromHost();  // after the bytes are written
  connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
  QTimer::singleShot(options_.requestTimeoutMs, socket, [socket] { socket->abort(); socket->deleteLater(); });
}

// ---- WebSocket -------------------------------------------------------------------------------------

void ClassroomServer::upgrade(QTcpSocket* socket, const HttpHead& head) {
  if (head.method != "GET" || !authorised(head)) {
    socket->read(head.size);
    reply(socket, {.status = 403, .body = errorBody(tr("ask your teacher for the join code"))});
    return;
  }
  if (int(clients_.size()) >= options_.maxClients) {
    socket->read(head.size);
    reply(socket, {.status = 503, .body = errorBody(tr("the class is full (%1 students)").arg(options_.maxClients))});
    return;
  }
  forgetPending(socket);
  socket->disconnect(this);
  delete socket->findChild<QTimer*>(QStringLiteral("requestTimeout"), Qt::FindDirectChildrenOnly);
  socket->setReadBufferSize(64 * 1024);
  // The kernel's share of a client's queue is bounded too, so a stalled client shows up in
  // ClassroomClient's count of waiting bytes soon.
  socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
  websockets_->handleConnection(socket);
}

void ClassroomServer::onWebSocket() {
  while (websockets_ && websockets_->hasPendingConnections()) {
    std::unique_ptr<QWebSocket> socket(websockets_->nextPendingConnection());
    if (int(clients_.size()) >= options_.maxClients) {  // handshakes that overtook the check
      socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("the class is full"));
      socket.release()->deleteLater();
      continue;
    }
    auto client = std::make_unique<ClassroomClient>(std::move(socket), options_.client);
    ClassroomClient* key = client.get();
    connect(key, &ClassroomClient::finished, this, [this, key](const QString& why) {
      auto it = clients_.find(key);
      if (it == clients_.end()) return;
      it->second.release()->deleteLater();  // we are inside its signal
      clients_.erase(it);
      if (!why.isEmpty()) emit clientDropped(why);
      updateParts();
      emit clientCountChanged(clientCount());
    });
    // A page without its own token answers as its connection, numbered: an address reused by the
    // next connection is not the same student.
    const QString connection = QStringLiteral("connection %1").arg(++connections_);
    const QString address = key->peerAddress();
    connect(key, &ClassroomClient::messageReceived, this, [this, key, connection, address](const QByteArray& message) {
      quizMessage(key, connection, address, message);
    });
    clients_.emplace(key, std::move(client));
    if (fullMessage_.isEmpty()) fullMessage_ = live_.full();
    key->send(fullMessage_);
    if (quiz_.hasQuestion()) key->send(quizJson());
    updateParts();
    emit clientCountChanged(clientCount());
  }
}

void ClassroomServer::push() {
  if (clients_.empty()) return;
  const QByteArray delta = live_.takeDelta();
  if (delta.isEmpty()) return;
  // Sending may drop a client (and erase it): iterate over a copy of the keys.
  std::vector<ClassroomClient*> keys;
  keys.reserve(clients_.size());
  for (const auto& [key, client] : clients_) keys.push_back(key);
  for (ClassroomClient* key : keys)
    if (clients_.count(key)) key->send(delta);
}

int ClassroomServer::startQuiz(const Exercise& exercise, std::size_t row, std::size_t col, qint64 durationMs) {
  if (!clock_.isValid()) clock_.start();
  const int id = quiz_.start(exercise, row, col, clock_.elapsed(), durationMs);
  broadcastQuiz();
  emit quizChanged();
  return id;
}

void ClassroomServer::closeQuiz() {
  quiz_.close();
  broadcastQuiz();
  emit quizChanged();
}

void ClassroomServer::revealQuiz() {
  quiz_.reveal();
  broadcastQuiz();
  emit quizChanged();
}

QByteArray ClassroomServer::quizJson() const {
  return QJsonDocument(QJsonObject{{"type", protocol::kQuiz}, {"question", quiz_.questionJson(clock_.isValid() ? clock_.elapsed() : 0)}})
      .toJson(QJsonDocument::Compact);
}

void ClassroomServer::broadcastQuiz() {
  const QByteArray message = quizJson();
  std::vector<ClassroomClient*> keys;
  for (const auto& [key, client] : clients_) keys.push_back(key);
  for (ClassroomClient* key : keys)
    if (clients_.count(key)) key->send(message);
}

// A page's message: parsed with the client's size cap already applied, then only an answer to the
// current question is acted upon; it never reaches a file, a shell or the training session.
void ClassroomServer::quizMessage(ClassroomClient* client, const QString& connection, const QString& address,
                                  const QByteArray& message) {
  const std::optional<QuizAnswer> answer = parseQuizAnswer(message);
  QString reply;
  bool ok = false;
  if (!answer) {
    reply = tr("The page sent something I do not understand.");
  } else {
    if (!clock_.isValid()) clock_.start();
    // The page's token: the same student after a reload or a reconnect, so an answer counts once.
    const QString student = answer->student.isEmpty() ? connection : QStringLiteral("student ") + answer->student;
    const auto result = quiz_.submit(student, answer->question, answer->answer, answer->nickname,
                                     clock_.elapsed(), &reply, address);
    ok = result == ClassQuiz::Result::Accepted;
    if (ok) emit quizChanged();
  }
  if (clients_.count(client))
    client->send(QJsonDocument(QJsonObject{{"type", protocol::kQuizReply}, {"ok", ok}, {"message", reply}})
                     .toJson(QJsonDocument::Compact));
}

}  // namespace cnnlab
