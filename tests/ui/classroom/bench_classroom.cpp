// The classroom server's cost to the run (BENCHMARKS.md, "Classroom server"): lenet5 trains in this
// process with the server listening on 127.0.0.1, in windows with no students and with N students
// (a child process of this program holding N WebSockets), interleaved. The children measure the
// delay from a snapshot reaching the server to its push reaching them (status.time, same clock).
//
//   bench_classroom [--clients N] [--seconds S] [--rounds R] [--memory-minutes M] [--active]
//                                                     (defaults 100, 20, 3, 0; --active: half the
//                                                      students draw, half practise, every ~5 s)
//   bench_classroom --students URL N SECONDS [active]  (the child: prints one JSON line)
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>
#include <vector>

#include "ui/classroom/classroom_server.hpp"
#include "ui/training/training_session.hpp"

using namespace cnnlab;

namespace {

void wait(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

long rssKiB() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long value = 0;
  while (status >> key)
    if (key == "VmRSS:") return status >> value, value;
  return 0;
}

int students(const QUrl& url, int count, int seconds, bool active) {
  std::vector<std::unique_ptr<QWebSocket>> sockets;
  std::vector<double> delays;
  int closed = 0, messages = 0;
  // Active students (#24): half draw (POST /api/predict, a small PNG), half practise (an exercise,
  // then a check), each about every 5 s; the latency of every answer is kept.
  QNetworkAccessManager http;
  std::vector<double> answerMs;
  int answered = 0, failed = 0;
  std::vector<std::unique_ptr<QTimer>> timers;
  const QString code = QUrlQuery(url).queryItemValue("code");
  const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(url.port());
  QByteArray png;
  {
    QImage digit(28, 28, QImage::Format_Grayscale8);
    digit.fill(0);
    for (int r = 4; r < 24; ++r) digit.scanLine(r)[14] = 255;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    digit.save(&buffer, "PNG");
  }
  const auto timed = [&](QNetworkReply* reply) {
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, clock] {
      const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
      answerMs.push_back(double(clock->nsecsElapsed()) / 1e6);
      ++(status == 200 ? answered : failed);
      delete clock;
      reply->deleteLater();
    });
  };
  if (active)
    for (int i = 0; i < count; ++i) {
      auto timer = std::make_unique<QTimer>();
      const QByteArray student = "student-" + QByteArray::number(i);
      const bool draws = i < count / 2;
      QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [&, student, draws, i] {
        if (draws) {
          QNetworkRequest request(QUrl(base + "api/predict?code=" + code));
          request.setHeader(QNetworkRequest::ContentTypeHeader, "image/png");
          request.setRawHeader("X-Student", student);
          timed(http.post(request, png));
        } else {
          QNetworkRequest request(QUrl(base + QStringLiteral("api/practice/check?level=%1&seed=%2&answer=3&code=").arg(1 + i % 7).arg(i) + code));
          request.setRawHeader("X-Student", student);
          timed(http.get(request));
        }
      });
      timer->start(5000 + (i * 37) % 1000);  // spread over the 5 s
      timers.push_back(std::move(timer));
    }
  for (int i = 0; i < count; ++i) {
    auto socket = std::make_unique<QWebSocket>();
    QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived, socket.get(), [&](const QByteArray& m) {
      ++messages;
      // A substring, not a JSON parse: the students share the 2 cores with the run being measured.
      const qsizetype at = m.indexOf("\"time\":");
      if (m.startsWith("{\"type\":\"delta\"") || m.contains("\"type\":\"delta\""))
        if (at >= 0) delays.push_back(double(QDateTime::currentMSecsSinceEpoch() - m.mid(at + 7, 13).toLongLong()));
    });
    QObject::connect(socket.get(), &QWebSocket::disconnected, socket.get(), [&] { ++closed; });
    socket->open(url);
    sockets.push_back(std::move(socket));
  }
  wait(seconds * 1000);
  timespec cpu{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  timers.clear();
  nlohmann::json result{{"cpu_seconds", double(cpu.tv_sec) + double(cpu.tv_nsec) * 1e-9}, {"messages", messages}, {"delays", delays.size()}, {"p50_ms", percentile(delays, 0.5)},
                        {"p99_ms", percentile(delays, 0.99)}, {"max_ms", percentile(delays, 1.0)},
                        {"closed", closed}};
  if (active)
    result["answers"] = {{"answered", answered}, {"failed", failed}, {"p50_ms", percentile(answerMs, 0.5)},
                         {"p99_ms", percentile(answerMs, 0.99)}, {"max_ms", percentile(answerMs, 1.0)}};
  std::printf("%s\n", result.dump().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() >= 5 && args[1] == "--students")
    return students(QUrl(args[2]), args[3].toInt(), args[4].toInt(), args.size() == 6 && args[5] == "active");
  auto option = [&](const char* name, int fallback) {
    const int i = int(args.indexOf(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
  };
  const int clients = option("--clients", 100), seconds = option("--seconds", 20), rounds = option("--rounds", 3);
  const int memoryMinutes = option("--memory-minutes", 0);
  const QString mode = args.contains("--active") ? QStringLiteral("active") : QStringLiteral("watch");

  TrainingSession session;
  if (!session.selectPreset("lenet5")) return 1;
  ClassroomServer server(session);
  ClassroomServer::Options options;
  options.maxPendingPerAddress = 1000;  // the whole simulated class comes from loopback
  options.quiz.maxPerAddress = 1000;
  options.maxClients = std::max(200, clients);
  if (!server.start(options)) return 1;
  const QUrl live(QStringLiteral("ws://127.0.0.1:%1/live?code=%2").arg(server.port()).arg(server.code()));

  // Samples trained so far, from the snapshots (epochs × samples per epoch + position).
  double samples = 0;
  QObject::connect(&session, &TrainingSession::snapshot, [&](const TrainingSnapshotPtr& s) {
    samples = double(s->epochsDone) * double(s->samplesPerEpoch) + double(s->position);
  });
  // The main thread is where the server works (and where the app's UI would): its CPU time is the
  // server's own cost; the training threads are measured by their throughput.
  auto threadCpu = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
  };
  double mainCpuShare = 0;  // of the last window, in % of one core
  auto rate = [&](int ms) {
    const double before = samples, cpuBefore = threadCpu();
    QElapsedTimer clock;
    clock.start();
    wait(ms);
    const double elapsed = double(clock.elapsed()) / 1000.0;
    mainCpuShare = 100 * (threadCpu() - cpuBefore) / elapsed;
    return (samples - before) / elapsed;
  };
  session.setEpochs(100000);
  session.start();
  wait(3000);

  std::vector<double> none, with, p50, p99, answerP99;
  nlohmann::json rows = nlohmann::json::array();
  for (int round = 1; round <= rounds; ++round) {
    const double quiet = rate(seconds * 1000);
    const double quietCpu = mainCpuShare;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {"--students", live.toString(), QString::number(clients), QString::number(seconds + 8), mode});
    QElapsedTimer joining;
    joining.start();
    while (server.clientCount() < clients && joining.elapsed() < 20000) wait(50);
    const int joined = server.clientCount();
    wait(2000);
    const double busy = rate(seconds * 1000);
    const double busyCpu = mainCpuShare;
    child.waitForFinished((seconds + 30) * 1000);
    const auto result = nlohmann::json::parse(child.readAllStandardOutput().toStdString(), nullptr, false);
    while (server.clientCount() > 0) wait(50);
    wait(1000);
    none.push_back(quiet);
    with.push_back(busy);
    p50.push_back(result.value("p50_ms", 0.0));
    p99.push_back(result.value("p99_ms", 0.0));
    if (result.contains("answers")) answerP99.push_back(result["answers"].value("p99_ms", 0.0));
    rows.push_back({{"round", round}, {"none_samples_per_s", quiet}, {"with_samples_per_s", busy}, {"joined", joined},
                    {"main_thread_cpu_percent_none", quietCpu}, {"main_thread_cpu_percent_with", busyCpu},
                    {"students", result}});
    std::printf("round %d: none %.0f samples/s, %d students %.0f samples/s (%+.1f %%), server thread %.1f %% → %.1f %% "
                "of a core, students' process %.1f %% of a core, delay p50 %.0f ms p99 %.0f ms, %s\n",
                round, quiet, joined, busy, 100 * (busy / quiet - 1), quietCpu, busyCpu,
                100 * result.value("cpu_seconds", 0.0) / (seconds + 8), result.value("p50_ms", 0.0),
                result.value("p99_ms", 0.0), result.dump().c_str());
    std::fflush(stdout);
  }
  const double drop = 100 * (1 - median(with) / median(none));
  std::printf("median: none %.0f samples/s, with %d students %.0f samples/s, drop %.1f %%, delay p99 (median of rounds) %.0f ms%s\n",
              median(none), clients, median(with), drop, median(p99),
              answerP99.empty() ? "" : QStringLiteral(", answer p99 (median of rounds) %1 ms").arg(median(answerP99), 0, 'f', 1).toUtf8().constData());

  if (memoryMinutes > 0) {  // memory flat: RSS every 30 s with the students connected and training
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {"--students", live.toString(), QString::number(clients), QString::number(memoryMinutes * 60 + 5), mode});
    while (server.clientCount() < clients) wait(50);
    for (int t = 0; t <= memoryMinutes * 60; t += 30) {
      std::printf("memory: %3d s  RSS %ld KiB  clients %d  samples trained %.0f\n", t, rssKiB(), server.clientCount(),
                  samples);
      std::fflush(stdout);
      if (t < memoryMinutes * 60) wait(30000);
    }
    child.waitForFinished(30000);
    std::printf("memory: students %s\n", child.readAllStandardOutput().trimmed().constData());
  }
  session.stop();
  server.stop();
  wait(300);
  std::printf("%s\n", nlohmann::json{{"rounds", rows}, {"drop_percent", drop}}.dump().c_str());
  return 0;
}
