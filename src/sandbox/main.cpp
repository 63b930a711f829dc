#include <XidentQt/xidentversion.h>
#include "sandbox/logwriter.h"
#include "sandbox/sandbox.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>

#include <csignal>
#include <cstdio>
#include <cstdlib>
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

// SIGINT and SIGTERM end the event loop cleanly through a self-pipe.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
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

void printBanner(const Xident::Sandbox::Server &server, const Xident::Sandbox::Options &options)
{
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
}

int fail(const QString &message)
{
    QTextStream(stderr) << "xident-sandbox: " << message << Qt::endl;
    return 2;
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
    quitOnSignals(app);   // first, so that no signal is missed

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local Xident-compatible verification server for development and tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    Xident::Sandbox::Options::addFlags(parser);
    parser.process(app);
    QString problem;
    const std::optional<Xident::Sandbox::Options> options = Xident::Sandbox::Options::fromFlags(parser, &problem);
    if (!options)
        return fail(problem);

    Xident::Sandbox::Server server(*options);
    if (!server.start()) {
        if (options->port != 0)
            return fail(server.errorString() + u" (is another sandbox running? Use --port 0 for a free port.)"_s);
        return fail(server.errorString());
    }
    printBanner(server, *options);

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
