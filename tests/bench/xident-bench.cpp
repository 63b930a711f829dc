// Prints the client's per-call cost next to a raw loopback round trip, webhook verification cost per
// HMAC backend, and the CLI's cold start. Figures, not pass/fail: run it on the machine you care about.
// A figure is printed only from calls that did their work: each measurement counts the calls that failed (an
// error, an answer other than 200, a body that is not the result), and when any did, it says how many and prints
// no figure for it (nor a ratio built from it), and the run exits with 3. Before measuring, one result is read
// back through each path and its status checked.
#include <XidentQt/client.h>
#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/webhook.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Xident;

namespace {

struct Stats
{
    double p50 = 0, p99 = 0, perSecond = 0;
};

Stats summarize(QList<double> samplesUs, double totalSeconds)
{
    std::sort(samplesUs.begin(), samplesUs.end());
    Stats s;
    if (samplesUs.isEmpty())
        return s;
    s.p50 = samplesUs.at(samplesUs.size() / 2);
    s.p99 = samplesUs.at(std::min<qsizetype>(samplesUs.size() - 1, qsizetype(samplesUs.size() * 0.99)));
    s.perSecond = samplesUs.size() / totalSeconds;
    return s;
}

void print(const char *label, const Stats &s)
{
    std::printf("%-42s p50 %8.1f us   p99 %8.1f us   %8.0f calls/s\n", label, s.p50, s.p99, s.perSecond);
}

// The calls of one measurement that did not do their work.
struct Failures
{
    int count = 0;
    int calls = 0;
    QString first;

    void call(const QString &failure)
    {
        ++calls;
        if (failure.isEmpty())
            return;
        if (count++ == 0)
            first = failure;
    }
};

int exitCode = 0;

// Why `xident result --json` output is not a result: empty when it is one.
QString notAResultJson(const QByteArray &out)
{
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    return root.value("status"_L1).toString().isEmpty() && root.value("data"_L1).toObject().value("status"_L1).toString().isEmpty()
               ? u"the output is not a result: %1"_s.arg(QString::fromUtf8(out.left(120)))
               : QString();
}

// Whether the measurement may be printed; says why not when it may not.
bool trusted(const char *label, const Failures &f)
{
    if (f.count == 0)
        return true;
    std::fprintf(stderr, "%s: %d of %d calls failed (the first: %s); no figure from this run\n", label, f.count, f.calls,
                 qPrintable(f.first));
    exitCode = 3;
    return false;
}

// Why a body is not a session's result: empty when it is one.
QString notAResult(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value("success"_L1).toBool() || root.value("data"_L1).toObject().value("status"_L1).toString().isEmpty())
        return u"the body is not a result: %1"_s.arg(QString::fromUtf8(body.left(120)));
    return {};
}

// Runs `count` calls with `inFlight` outstanding at once; `issue` starts one call and invokes `done` when it ends.
template<typename Issue>
Stats drive(int count, int inFlight, Issue issue, QList<double> *sink = nullptr)
{
    QList<double> samples;
    samples.reserve(count);
    int started = 0, finished = 0;
    QEventLoop loop;
    QElapsedTimer total;
    total.start();
    std::function<void()> next = [&] {
        if (started >= count)
            return;
        ++started;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        issue([&, timer] {
            samples.append(timer->nsecsElapsed() / 1000.0);
            if (++finished == count)
                loop.quit();
            else
                next();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        next();
    loop.exec();
    if (sink)
        *sink += samples;
    return summarize(samples, total.nsecsElapsed() / 1e9);
}

double hmacLoopNs(const std::function<QByteArray(const QByteArray &, const QByteArray &)> &mac, const QByteArray &payload)
{
    const int n = 50000;
    QByteArray sink;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        sink = mac("whsec_bench_secret", payload);
    return double(t.nsecsElapsed()) / n + (sink.isEmpty() ? 1 : 0);
}

// `xident webhook verify` on 4 MiB bodies next to `openssl dgst -sha256 -hmac` on the same files, in the same run:
// the cost per KiB beyond start-up (a tiny body's time subtracted the same way for both), the fastest of 21 runs
// each, so that a busy moment does not count. Beside them a Python stand-in for the official SDK's
// construct_event (hmac.new + compare_digest + json.loads, what it does), the median of 9.
void verifyCommandCost()
{
    QTemporaryDir dir;
    const QByteArray secret = "whsec_bench_secret";
    const qint64 t = 1767225600;
    const auto writeBody = [&dir](const char *name, const QByteArray &body) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        f.open(QIODevice::WriteOnly);
        f.write(body);
        return f.fileName();
    };
    constexpr qsizetype Size = 4 * 1024 * 1024;
    const QByteArray head = R"({"id":"evt_big","type":"session.success","created":1767225600,"data":)";
    const QByteArray stringBody = head + "{\"blob\":\"" + QByteArray(Size - head.size() - 13, 'x') + "\"}}";
    // 75,000 small objects of five members each, filling 4 MiB.
    QByteArray objectBody = head + "[";
    for (int i = 0; i < 75000; ++i)
        objectBody += (i ? "," : "") + QByteArray(R"({"i":)") + QByteArray::number(i) + R"(,"k":"value","n":1.5,"b":true,"z":null})";
    objectBody += "]}";
    objectBody.insert(objectBody.size() - 1, R"(,"pad":")" + QByteArray(qMax<qsizetype>(0, Size - objectBody.size() - 9), 'p') + "\"");
    const QByteArray smallBody = head + "{}}";
    struct Case { const char *name; QString file; QByteArray header; qsizetype bytes; };
    const QList<Case> cases{{"small", writeBody("small.json", smallBody), WebhookVerifier::signatureHeader(smallBody, secret, t), smallBody.size()},
                            {"4 MiB one string", writeBody("string.json", stringBody), WebhookVerifier::signatureHeader(stringBody, secret, t), stringBody.size()},
                            {"4 MiB 75,000 objects", writeBody("objects.json", objectBody), WebhookVerifier::signatureHeader(objectBody, secret, t), objectBody.size()}};
    const QString py = QStandardPaths::findExecutable(u"python3"_s);
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QFile script(dir.filePath(u"construct_event.py"_s));
    script.open(QIODevice::WriteOnly);
    script.write("import hmac, hashlib, json, sys\n"
                 "payload = open(sys.argv[1], 'rb').read(); header = sys.argv[2]; secret = sys.argv[3]\n"
                 "parts = dict(p.split('=', 1) for p in header.split(','))\n"
                 "expected = hmac.new(secret.encode(), (parts['t'] + '.').encode() + payload, hashlib.sha256).hexdigest()\n"
                 "assert hmac.compare_digest(expected, parts['v1'])\n"
                 "event = json.loads(payload); print(event['type'])\n");
    script.close();
    Failures runs;
    // The fastest (or the median) of \a count runs, in ms; each run must exit 0.
    const auto timeMs = [&runs](const QString &program, const QStringList &args, int count, bool fastest) {
        QList<double> ms;
        for (int i = 0; i < count; ++i) {
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            p.start(program, args);
            p.waitForFinished(60000);
            runs.call(p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0
                          ? program + u" exited "_s + QString::number(p.exitCode()) + u": "_s + QString::fromUtf8(p.readAllStandardError().trimmed())
                          : QString());
            ms.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        return fastest ? ms.first() : ms.at(ms.size() / 2);
    };
    double base[4] = {0, 0, 0, 0};
    for (int c = 0; c < cases.size(); ++c) {
        const Case &k = cases.at(c);
        const QStringList common{u"webhook"_s, u"verify"_s, u"--payload"_s, k.file, u"--secret"_s, QString::fromLatin1(secret),
                                 u"--now=1767225600"_s, u"--signature"_s, QString::fromLatin1(k.header)};
        const double figures[4] = {
            timeMs(QStringLiteral(XIDENT_CLI_PATH), common, 21, true),
            openssl.isEmpty() ? 0 : timeMs(openssl, {u"dgst"_s, u"-sha256"_s, u"-hmac"_s, QString::fromLatin1(secret), k.file}, 21, true),
            timeMs(QStringLiteral(XIDENT_CLI_PATH), common + QStringList{u"--json"_s}, 9, false),
            py.isEmpty() ? 0 : timeMs(py, {script.fileName(), k.file, QString::fromLatin1(k.header), QString::fromLatin1(secret)}, 9, false)};
        if (!trusted("webhook verify (xident, openssl dgst, python3 stand-in)", runs))
            return;
        if (c == 0) {
            std::copy(std::begin(figures), std::end(figures), base);
            std::printf("webhook verify, small body: xident %.1f ms, openssl dgst %.1f ms (fastest of 21); --json %.1f ms, "
                        "python3 stand-in %.1f ms (median of 9)\n", figures[0], figures[1], figures[2], figures[3]);
            continue;
        }
        double perKiB[4];
        for (int i = 0; i < 4; ++i)
            perKiB[i] = (figures[i] - base[i]) * 1000 / (k.bytes / 1024.0);
        std::printf("webhook verify, %-20s xident %5.2f us/KiB, openssl dgst %5.2f us/KiB: %.2f x (%s, %d cores); "
                    "--json %5.2f, python3 stand-in %5.2f us/KiB\n",
                    k.name, perKiB[0], perKiB[1], openssl.isEmpty() ? 0.0 : perKiB[0] / perKiB[1], hmacBackend(),
                    QThread::idealThreadCount(), perKiB[2], py.isEmpty() ? 0.0 : perKiB[3]);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Xident client, webhook and CLI benchmarks."_s);
    parser.addHelpOption();
    parser.addOption({u"base-url"_s, u"Benchmark against this server instead of an in-process sandbox."_s, u"url"_s});
    parser.addOption({u"api-key"_s, u"Key for --base-url (default: the sandbox test key)."_s, u"key"_s});
    parser.addOption({u"calls"_s, u"Calls per latency run (default 2000)."_s, u"n"_s, u"2000"_s});
    parser.process(app);
    const int calls = std::max(100, parser.value(u"calls"_s).toInt());

    // The server runs in its own process, as wrk sees it, so its work does not share the client's thread.
    QProcess sandbox;
    QString baseUrl = parser.value(u"base-url"_s);
    QString key = parser.value(u"api-key"_s);
    if (baseUrl.isEmpty()) {
        sandbox.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--port"_s, u"0"_s});
        QByteArray banner;
        while (sandbox.waitForReadyRead(5000)) {
            banner += sandbox.readAllStandardOutput();
            if (banner.count('\n') >= 4)
                break;
        }
        baseUrl = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(banner)).captured(1);
        key = QRegularExpression(u"test key:\\s+(\\S+)"_s).match(QString::fromUtf8(banner)).captured(1);
        if (baseUrl.isEmpty()) {
            std::fprintf(stderr, "cannot start the sandbox: %s\n", sandbox.readAllStandardError().constData());
            return 1;
        }
        // Its request log is not wanted here.
        sandbox.setStandardOutputFile(QProcess::nullDevice());
        sandbox.setStandardErrorFile(QProcess::nullDevice());
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &sandbox, [&sandbox] { sandbox.terminate(); });
    }
    if (key.isEmpty())
        key = u"sk_test_bench_0000000000000000"_s;

    Config config(key);
    config.setBaseUrl(baseUrl);
    // A retried call is two round trips measured as one: failures show at once instead.
    config.setMaxRetries(0);
    Client client(config);

    // One session to read over and over.
    QString token;
    {
        InitParams p;
        p.callbackUrl = u"https://example.com/cb"_s;
        p.userId = u"sandbox:pass"_s;
        InitJob *job = client.init(p);
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, [&] {
            token = job->result().token;
            if (job->error())
                std::fprintf(stderr, "init failed: %s\n", qPrintable(job->error().toString()));
            loop.quit();
        });
        job->start();
        loop.exec();
        if (token.isEmpty())
            return 1;
    }
    const QUrl url = config.endpointUrl(u"/result/"_s + token);
    // What is measured must do its work: one result read back through the client, its status known.
    {
        ResultJob *job = client.getResult(token);
        job->setAutoDelete(false);
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        const QString problem = job->error() ? job->error().toString()
                                : job->result().statusText().isEmpty() ? u"the result has no status"_s : QString();
        delete job;
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "Client::getResult of the session %s failed: %s\nno figures from this run\n",
                         qPrintable(token), qPrintable(problem));
            return 3;
        }
    }
    std::printf("Xident-Qt %s, Qt %s, server %s, %d calls per run\n\n", qPrintable(Client::version()), qVersion(),
                qPrintable(baseUrl), calls);

    QNetworkAccessManager nam;
    Failures rawFailures, clientFailures, socketFailures;
    const auto rawGet = [&](std::function<void()> done) {
        QNetworkRequest req(url);
        req.setRawHeader("X-API-Key", key.toUtf8());
        req.setRawHeader("X-API-Version", "2026-08-13");
        req.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = nam.get(req);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, &rawFailures] {
            const QByteArray body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            rawFailures.call(status != 200 ? u"HTTP %1 %2"_s.arg(status).arg(reply->errorString()) : notAResult(body));
            reply->deleteLater();
            done();
        });
    };
    const auto clientGet = [&](std::function<void()> done) {
        ResultJob *job = client.getResult(token);
        QObject::connect(job, &Job::finished, job, [done, &clientFailures](Job *j) {
            clientFailures.call(j->error() ? j->error().toString() : QString());
            done();
        });
        job->start();
    };

    // A bare keep-alive HTTP/1.1 client on QTcpSocket in this thread: what Qt's event loop alone costs.
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    socket.waitForConnected(5000);
    const QByteArray rawRequest = "GET " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1()
        + "\r\nX-API-Key: " + key.toUtf8() + "\r\nX-API-Version: 2026-08-13\r\nAccept: application/json\r\n\r\n";
    const auto socketGet = [&](std::function<void()> done) {
        auto buffer = std::make_shared<QByteArray>();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, buffer, connection, done, &socketFailures] {
            *buffer += socket.readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype at = buffer->indexOf("Content-Length: ");
            const qsizetype length = at < 0 ? 0 : buffer->mid(at + 16, buffer->indexOf('\r', at) - at - 16).toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            QObject::disconnect(*connection);
            socketFailures.call(buffer->startsWith("HTTP/1.1 200 ") ? notAResult(buffer->mid(headerEnd + 4, length))
                                                                    : QString::fromLatin1(buffer->left(buffer->indexOf('\r'))));
            done();
        });
        socket.write(rawRequest);
    };

    drive(200, 1, socketGet);
    const Stats sock1 = drive(calls, 1, socketGet);
    drive(200, 1, rawGet); // warm up connections on both paths
    drive(200, 1, clientGet);
    // Alternate short rounds of each so drift on a shared machine hits both paths alike.
    const auto compare = [&](int inFlight) {
        QList<double> rawSamples, clientSamples;
        double rawSeconds = 0, clientSeconds = 0;
        const int rounds = 10;
        for (int r = 0; r < rounds; ++r) {
            for (auto [issue, samples, seconds] : {std::tuple{std::function<void(std::function<void()>)>(rawGet), &rawSamples, &rawSeconds},
                                                   std::tuple{std::function<void(std::function<void()>)>(clientGet), &clientSamples, &clientSeconds}}) {
                QElapsedTimer t;
                t.start();
                const Stats s = drive(calls / rounds, inFlight, issue, samples);
                Q_UNUSED(s)
                *seconds += t.nsecsElapsed() / 1e9;
            }
        }
        return std::pair{summarize(rawSamples, rawSeconds), summarize(clientSamples, clientSeconds)};
    };
    const auto [raw1, cli1] = compare(1);
    const auto [raw8, cli8] = compare(8);
    const bool socketOk = trusted("bare QTcpSocket GET", socketFailures);
    const bool rawOk = trusted("raw QNetworkAccessManager GET", rawFailures);
    const bool clientOk = trusted("Client::getResult", clientFailures);
    if (socketOk)
        print("bare QTcpSocket GET, 1 in flight", sock1);
    if (rawOk) {
        print("raw QNetworkAccessManager GET, 1 in flight", raw1);
        print("raw QNetworkAccessManager GET, 8 in flight", raw8);
    }
    if (clientOk) {
        print("Client::getResult, 1 in flight", cli1);
        print("Client::getResult, 8 in flight", cli8);
    }
    if (rawOk && clientOk)
        std::printf("client/raw p50 ratio: %.2f (1 in flight), %.2f (8 in flight)\n\n", cli1.p50 / raw1.p50, cli8.p50 / raw8.p50);
    else
        std::printf("client/raw p50 ratio: not measured (failed calls)\n\n");

    // wrk, when installed, gives an outside view of the same request against the same server.
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (!wrk.isEmpty()) {
        for (int connections : {1, 8}) {
            QProcess p;
            p.start(wrk, {u"-t1"_s, u"-c%1"_s.arg(connections), u"-d3s"_s, u"--latency"_s, u"-H"_s,
                          u"X-API-Key: "_s + key, url.toString()});
            QEventLoop loop;
            QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            // wrk counts answers other than 2xx and socket errors: any of them makes the run no measurement.
            const QString non2xx = QRegularExpression(u"Non-2xx or 3xx responses:\\s+(\\d+)"_s).match(out).captured(1);
            const auto socketErrors = QRegularExpression(u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s).match(out);
            int errors = non2xx.toInt();
            for (int i = 1; socketErrors.hasMatch() && i <= 4; ++i)
                errors += socketErrors.captured(i).toInt();
            if (p.exitCode() != 0 || errors > 0 || !out.contains(u"Requests/sec"_s)) {
                std::fprintf(stderr, "wrk GET /result, %d connection(s): %d answers other than 2xx or socket errors (exit %d); "
                             "no figure from this run\n", connections, errors, p.exitCode());
                exitCode = 3;
                continue;
            }
            const auto rps = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(out).captured(1);
            const auto p50 = QRegularExpression(u"50%\\s+([0-9.]+\\w+)"_s).match(out).captured(1);
            std::printf("wrk GET /result, %d connection(s):%*s p50 %8s      %8s req/s\n", connections,
                        connections == 1 ? 7 : 6, "", qPrintable(p50), qPrintable(rps));
        }
        std::printf("\n");
    } else {
        std::printf("wrk not installed: skipping the outside view\n\n");
    }

    // Webhook verification of a 1 KiB payload.
    QByteArray payload = R"({"id":"evt_bench","type":"session.success","created":1767225600,"data":{"pad":")";
    payload += QByteArray(1024 - payload.size() - 3, 'x') + "\"}}";
    const qint64 t = 1767225600;
    const QByteArray header = WebhookVerifier::signatureHeader(payload, "whsec_bench_secret", t);
    WebhookVerifier verifier("whsec_bench_secret", 300);
    verifier.setClock([t] { return t; });
    {
        const int n = 50000;
        QElapsedTimer timer;
        timer.start();
        int valid = 0;
        for (int i = 0; i < n; ++i)
            valid += verifier.verifySignature(payload, header).isValid();
        const double ns = double(timer.nsecsElapsed()) / n;
        Failures verified;
        verified.calls = n;
        verified.count = n - valid;
        verified.first = u"the signature did not verify"_s;
        if (trusted("webhook verifySignature", verified))
            std::printf("webhook verifySignature, 1 KiB payload (%s):   %6.2f us per call\n", hmacBackend(), ns / 1000.0);
    }
    std::printf("HMAC-SHA256 of 1 KiB, library backend (%s):     %6.2f us\n", hmacBackend(),
                hmacLoopNs([](const QByteArray &k, const QByteArray &m) { return hmacSha256(k, m); }, payload) / 1000.0);
    std::printf("HMAC-SHA256 of 1 KiB, OpenSSL HMAC():           %6.2f us\n",
                hmacLoopNs([](const QByteArray &k, const QByteArray &m) {
                    QByteArray out(32, Qt::Uninitialized);
                    unsigned int len = 0;
                    HMAC(EVP_sha256(), k.constData(), int(k.size()), reinterpret_cast<const unsigned char *>(m.constData()),
                         size_t(m.size()), reinterpret_cast<unsigned char *>(out.data()), &len);
                    return out;
                }, payload) / 1000.0);
    std::printf("HMAC-SHA256 of 1 KiB, QMessageAuthenticationCode: %6.2f us\n\n",
                hmacLoopNs([](const QByteArray &k, const QByteArray &m) {
                    return QMessageAuthenticationCode::hash(m, k, QCryptographicHash::Sha256);
                }, payload) / 1000.0);

    verifyCommandCost();

    // CLI cold start to first result, served by this process's sandbox.
    QList<double> starts;
    Failures coldStarts;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XIDENT_SECRET_KEY"_s, key);
        env.insert(u"XIDENT_BASE_URL"_s, baseUrl);
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(XIDENT_CLI_PATH), {u"result"_s, token, u"--json"_s});
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
        coldStarts.call(p.exitCode() != 0 ? u"exit %1: %2"_s.arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError().trimmed()))
                                          : notAResultJson(p.readAllStandardOutput()));
        starts.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(starts.begin(), starts.end());
    if (trusted("xident result cold start", coldStarts))
        std::printf("xident result cold start to first result:       median %.1f ms, max %.1f ms (10 runs)\n",
                    starts.at(starts.size() / 2), starts.last());
    sandbox.terminate();
    sandbox.waitForFinished(3000);
    return exitCode;
}
