#include <XidentQt/xidentversion.h>
#include "sandbox/logwriter.h"
#include "sandbox/sandbox.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2];

// Every Qt message goes through a writer thread: serving never waits on a full stdout or stderr pipe.
Xident::Sandbox::LogWriter *outWriter = nullptr;
Xident::Sandbox::LogWriter *errWriter = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = (context.category && qstrcmp(context.category, "default") != 0
                                 ? QByteArray(context.category) + ": "
                                 : QByteArray())
        + message.toUtf8();
    if (type == QtInfoMsg || type == QtDebugMsg) {
        if (outWriter)
            outWriter->write(line);
    } else if (errWriter) {
        errWriter->write(line);
    }
    if (type == QtFatalMsg)
        std::abort();
}

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    Xident::Sandbox::LogWriter outLog(STDOUT_FILENO);
    Xident::Sandbox::LogWriter errLog(STDERR_FILENO);
    outWriter = &outLog;
    errWriter = &errLog;
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"xident-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(XIDENTQT_VERSION_STRING));

    // SIGINT/SIGTERM end the event loop cleanly through a self-pipe; set up first, so no signal is missed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
            outWriter->write("Shutting down.");
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local Xident-compatible verification server for development and tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption listen(u"listen"_s, u"Address to listen on (default 127.0.0.1; loopback unless told otherwise)."_s, u"addr"_s, u"127.0.0.1"_s);
    QCommandLineOption port(u"port"_s, u"Port (default 9000; 0 picks a free one and prints it)."_s, u"n"_s, u"9000"_s);
    QCommandLineOption apiKey(u"api-key"_s, u"Accept only this sk_test_ key (default: any sk_test_ key)."_s, u"key"_s);
    QCommandLineOption shape(u"shape"_s, u"Result shape: auto (by X-API-Version), v1 or legacy."_s, u"shape"_s, u"auto"_s);
    QCommandLineOption ttl(u"token-ttl"_s, u"Seconds an unstarted init token lives (default 600)."_s, u"s"_s, u"600"_s);
    QCommandLineOption webhookUrl(u"webhook-url"_s, u"POST signed events here (repeatable)."_s, u"url"_s);
    QCommandLineOption webhookSecret(u"webhook-secret"_s, u"Signing secret (whsec_...); generated when absent."_s, u"secret"_s);
    QCommandLineOption latency(u"latency"_s, u"Fault: add this many ms to every API answer."_s, u"ms"_s, u"0"_s);
    QCommandLineOption errorRate(u"error-rate"_s, u"Fault: answer this share of API requests with 500 (0..1)."_s, u"rate"_s, u"0"_s);
    QCommandLineOption script(u"script"_s, u"Fault: statuses for the next API requests, e.g. 503,503,200."_s, u"list"_s);
    QCommandLineOption rateLimit(u"rate-limit"_s, u"Fault: at most N API requests per minute per key, then 429."_s, u"n"_s, u"0"_s);
    QCommandLineOption retryAfter(u"retry-after"_s, u"Retry-After seconds sent with 429 (default 1)."_s, u"s"_s, u"1"_s);
    QCommandLineOption processing(u"processing-delay"_s, u"Widget: ms between the tester's choice and the outcome."_s, u"ms"_s, u"0"_s);
    QCommandLineOption publicUrl(u"public-url"_s, u"Base URL to put in verify_url and show (e.g. http://192.168.1.20:9000 "
                                                  "behind a tunnel); default: the listen address."_s, u"url"_s);
    QCommandLineOption maxSessions(u"max-sessions"_s, u"Sessions kept at most; the oldest is forgotten beyond (default 100000)."_s, u"n"_s, u"100000"_s);
    QCommandLineOption maxAge(u"session-max-age"_s, u"Seconds a session and its webhook records are kept (default 86400)."_s, u"s"_s, u"86400"_s);
    QCommandLineOption maxDeliveries(u"max-deliveries"_s, u"Webhook delivery records kept at most (default 10000)."_s, u"n"_s, u"10000"_s);
    QCommandLineOption resourceDelay(u"resource-delay"_s, u"Ms that blacklist additions and 2FA challenges stay \"processing\" (default 500)."_s, u"ms"_s, u"500"_s);
    QCommandLineOption adminKey(u"admin-key"_s, u"The key that sees every key's sessions, deliveries and faults on /_sandbox "
                                                "(default: generated and printed)."_s, u"key"_s);
    parser.addOptions({listen, port, apiKey, shape, ttl, webhookUrl, webhookSecret, latency, errorRate, script, rateLimit,
                       retryAfter, processing, publicUrl, maxSessions, maxAge, maxDeliveries, adminKey, resourceDelay});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "xident-sandbox: " << message << Qt::endl;
        return 2;
    };
    // Whole numbers only, within what the option allows (Options::validate() names the range).
    const auto number = [&parser](const QCommandLineOption &o, bool *ok) {
        const qlonglong v = parser.value(o).trimmed().toLongLong(ok);
        if (*ok && (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()))
            *ok = false;
        return int(v);
    };

    Xident::Sandbox::Options options;
    if (!options.address.setAddress(parser.value(listen)))
        return fail(u"--listen: \"%1\" is not an IP address."_s.arg(parser.value(listen)));
    bool ok = false;
    const int p = number(port, &ok);
    if (!ok || p < 0 || p > 65535)
        return fail(u"--port: expected 0..65535, got \"%1\"."_s.arg(parser.value(port)));
    options.port = quint16(p);
    options.apiKey = parser.value(apiKey);
    options.publicBaseUrl = parser.value(publicUrl);
    while (options.publicBaseUrl.endsWith(u'/'))
        options.publicBaseUrl.chop(1);
    const QString shapeName = parser.value(shape);
    if (shapeName == "v1"_L1)
        options.shape = Xident::Sandbox::Options::Shape::V1;
    else if (shapeName == "legacy"_L1)
        options.shape = Xident::Sandbox::Options::Shape::Legacy;
    else if (shapeName != "auto"_L1)
        return fail(u"--shape: expected auto, v1 or legacy."_s);
    options.tokenTtlSeconds = number(ttl, &ok);
    if (!ok)
        return fail(u"--token-ttl: expected whole seconds, got \"%1\"."_s.arg(parser.value(ttl)));
    const QStringList urls = parser.values(webhookUrl);
    for (const QString &u : urls) {
        const QUrl url(u, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
            return fail(u"--webhook-url: \"%1\" is not an absolute http(s) URL."_s.arg(u));
        options.webhookUrls.append(url);
    }
    options.webhookSecret = parser.value(webhookSecret);
    if (!options.webhookSecret.isEmpty() && !options.webhookSecret.startsWith("whsec_"_L1))
        return fail(u"--webhook-secret: a webhook secret starts with whsec_."_s);
    options.latencyMs = number(latency, &ok);
    if (!ok)
        return fail(u"--latency: expected whole milliseconds, got \"%1\"."_s.arg(parser.value(latency)));
    options.errorRate = parser.value(errorRate).toDouble(&ok);
    if (!ok || !std::isfinite(options.errorRate))
        return fail(u"--error-rate: expected a number from 0 to 1."_s);
    if (parser.isSet(script)) {
        const QStringList items = parser.value(script).split(u',', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const int status = item.trimmed().toInt(&ok);
            if (!ok || status < 100 || status > 599)
                return fail(u"--script: \"%1\" is not an HTTP status."_s.arg(item));
            options.script.append(status);
        }
    }
    options.rateLimitPerMinute = number(rateLimit, &ok);
    if (!ok)
        return fail(u"--rate-limit: expected a whole number, got \"%1\"."_s.arg(parser.value(rateLimit)));
    options.rateLimitRetryAfter = number(retryAfter, &ok);
    if (!ok)
        return fail(u"--retry-after: expected whole seconds, got \"%1\"."_s.arg(parser.value(retryAfter)));
    options.processingDelayMs = number(processing, &ok);
    if (!ok)
        return fail(u"--processing-delay: expected whole milliseconds, got \"%1\"."_s.arg(parser.value(processing)));
    options.maxSessions = number(maxSessions, &ok);
    if (!ok)
        return fail(u"--max-sessions: expected a whole number, got \"%1\"."_s.arg(parser.value(maxSessions)));
    options.sessionMaxAgeSeconds = number(maxAge, &ok);
    if (!ok)
        return fail(u"--session-max-age: expected whole seconds, got \"%1\"."_s.arg(parser.value(maxAge)));
    options.maxDeliveries = number(maxDeliveries, &ok);
    if (!ok)
        return fail(u"--max-deliveries: expected a whole number, got \"%1\"."_s.arg(parser.value(maxDeliveries)));
    options.adminKey = parser.value(adminKey);
    options.resourceDelayMs = number(resourceDelay, &ok);
    if (!ok)
        return fail(u"--resource-delay: expected whole milliseconds, got \"%1\"."_s.arg(parser.value(resourceDelay)));
    if (const QString problem = options.validate(); !problem.isEmpty())
        return fail(problem);

    Xident::Sandbox::Server server(options);
    if (!server.start()) {
        if (options.port != 0)
            return fail(server.errorString() + u" (is another sandbox running? Use --port 0 for a free port.)"_s);
        return fail(server.errorString());
    }

    QTextStream out(stdout);
    out << "Xident sandbox listening on " << server.baseUrl() << Qt::endl
        << "  API:            " << server.baseUrl() << "/verify/v1" << Qt::endl
        << "  test key:       " << server.testKey()
        << (options.apiKey.isEmpty() ? " (any sk_test_ key is accepted)" : "") << Qt::endl
        << "  webhook secret: " << server.webhookSecret() << Qt::endl
        << "  admin key:      " << server.adminKey() << " (sees every key's sessions on /_sandbox; other keys see their own)"
        << Qt::endl;
    if (!server.isLoopbackOnly())
        out << "  warning: listening beyond loopback (" << options.address.toString()
            << "): other machines can reach it; any sk_test_ key"
            << (options.apiKey.isEmpty() ? "" : " (here: the configured key)")
            << " then has admin access to its own sessions and faults, and the admin key to all" << Qt::endl;

    const int code = app.exec();
    server.stop();
    qInstallMessageHandler(nullptr);
    outWriter = nullptr;
    errWriter = nullptr;
    // Give the writers a moment to drain; a pipe nobody reads never holds up the exit.
    outLog.waitUntilWritten(500);
    errLog.waitUntilWritten(500);
    std::fflush(stdout);
    std::fflush(stderr);
    ::_exit(code);
}
