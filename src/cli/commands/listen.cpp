// xident webhook listen: a local receiver that prints each delivery with its verdict, and can forward it.
#include <XidentQt/error.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhooksender.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "http/httpserver.h"
#include "text/webhooktext.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// xident webhook listen: a local receiver that prints each delivery with its verdict, and can forward it.
class ListenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    // What `webhook listen` was asked for, and what it keeps while it runs.
    struct ListenState;
    void start(const QStringList &args);
    bool readOptions(const QStringList &args, ListenState *state);
    Http::Response onDelivery(const Http::Request &request, ListenState &state);
    void printDelivery(const Http::Request &request, const ListenState &state);
    void forwardDelivery(const Http::Request &request, const ListenState &state);
};

} // namespace

namespace {

QJsonObject headersJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonObject o;
    for (const auto &h : headers)
        o.insert(QString::fromLatin1(h.first).toLower(), QString::fromUtf8(h.second));
    return o;
}

} // namespace

// What `webhook listen` was asked for, and what it keeps while it runs.
struct ListenCommand::ListenState
{
    QHostAddress host;
    quint16 port = 9100;
    qint64 maxBody = 10 * 1024 * 1024;
    QString secret;
    QUrl forward;
    std::unique_ptr<WebhookVerifier> verifier;
    WebhookSender *sender = nullptr;
    int count = 0;
};

bool ListenCommand::readOptions(const QStringList &args, ListenState *state)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Receive webhooks on this machine and print each delivery with its verdict "
                                        "(until interrupted)."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("One JSON object per delivery and line, with its headers and body.")});
    parser.addOption({u"port"_s, tr("Port to listen on (default 9100; 0 picks a free one)."), tr("n")});
    parser.addOption({u"host"_s, tr("Address to listen on (default 127.0.0.1; other machines reach it only when you "
                                         "name one of their networks' addresses)."), tr("address")});
    parser.addOption({u"secret"_s, tr("Webhook secret to verify with (prefer XIDENT_WEBHOOK_SECRET or --secret-file)."), tr("whsec")});
    parser.addOption({u"secret-file"_s, tr("Read the webhook secret from a file (- for standard input)."), tr("file")});
    parser.addOption({u"tolerance"_s, tr("Seconds a timestamp may be off, either way (default 300; 0 disables)."), tr("n")});
    parser.addOption({u"forward-to"_s, tr("Pass every delivery on to this URL (its body and headers as received) and "
                                               "print the answer."), tr("url")});
    parser.addOption({u"max-body"_s, tr("Largest body accepted, in bytes (default 10485760); larger ones get 413."), tr("bytes")});
    if (!parseCommand(parser, args, u"webhook listen"_s))
        return false;
    qint64 port = 9100;
    if (!integerOption(parser, u"port"_s, 0, 65535, &port, tr("a port number")))
        return false;
    state->port = quint16(port);
    qint64 tolerance = WebhookVerifier::DefaultTolerance;
    if (!integerOption(parser, u"tolerance"_s, 0, 10LL * 365 * 86400, &tolerance, tr("whole seconds")))
        return false;
    if (!integerOption(parser, u"max-body"_s, 1, 256LL * 1024 * 1024, &state->maxBody, tr("bytes")))
        return false;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &state->secret))
        return false;
    state->host = QHostAddress(parser.isSet(u"host"_s) ? parser.value(u"host"_s) : u"127.0.0.1"_s);
    if (state->host.isNull()) {
        usageError(tr("--host: \"%1\" is not an IP address.").arg(parser.value(u"host"_s)));
        return false;
    }
    if (parser.isSet(u"forward-to"_s)) {
        const QUrl forward(parser.value(u"forward-to"_s), QUrl::StrictMode);
        if (!forward.isValid() || forward.host().isEmpty() || (forward.scheme() != "http"_L1 && forward.scheme() != "https"_L1)) {
            usageError(tr("--forward-to: use an absolute http:// or https:// URL."));
            return false;
        }
        state->forward = forward;
    }
    state->verifier = std::make_unique<WebhookVerifier>(state->secret.toUtf8(), int(tolerance));
    return true;
}

void ListenCommand::start(const QStringList &args)
{
    auto state = std::make_shared<ListenState>();
    if (!readOptions(args, state.get()))
        return;
    m_redactor = Redactor(state->secret);
    state->sender = new WebhookSender(this);
    Http::Limits limits;
    limits.maxBodyBytes = state->maxBody;
    auto *server = new Http::Server([this, state](const Http::Request &request) { return onDelivery(request, *state); },
                                    limits, this);
    connect(server, &Http::Server::refused, this, [this](int status, const QString &reason, const QHostAddress &peer) {
        m_err << tr("%1 refused a request from %2: %3 %4")
                     .arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s), peer.toString(), QString::number(status), reason)
              << Qt::endl;
    });
    const quint16 bound = server->listen(state->host, state->port);
    if (bound == 0) {
        m_err << tr("xident: cannot listen on %1:%2: %3").arg(state->host.toString(), QString::number(state->port), server->errorString())
              << Qt::endl;
        finish(Usage);
        return;
    }
    QString shown = state->host.toString();
    if (state->host.protocol() == QAbstractSocket::IPv6Protocol)
        shown = u"["_s + shown + u"]"_s;
    const QString url = u"http://%1:%2/"_s.arg(shown).arg(bound);
    m_out << (state->secret.isEmpty() ? tr("listening on %1 (POST webhooks here; Ctrl+C stops); no secret: deliveries are shown "
                                           "unverified").arg(url)
                                      : tr("listening on %1 (POST webhooks here; Ctrl+C stops)").arg(url))
          << Qt::endl;
}

Http::Response ListenCommand::onDelivery(const Http::Request &request, ListenState &state)
{
    Http::Response reply;
    if (request.method != "POST") {
        reply.status = 405;
        reply.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        reply.body = R"({"error":"only POST is accepted"})";
        m_err << tr("%1 refused %2 %3: 405 method not allowed")
                     .arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s), QString::fromLatin1(request.method),
                          request.path)
              << Qt::endl;
        return reply;
    }
    ++state.count;
    printDelivery(request, state);
    if (state.forward.isValid())
        forwardDelivery(request, state);
    reply.body = R"({"received":true})";
    return reply;
}

void ListenCommand::printDelivery(const Http::Request &request, const ListenState &state)
{
    const bool hasSecret = !state.secret.isEmpty();
    WebhookVerdict v;
    if (hasSecret)
        v = state.verifier->verify(request.body, request.header("X-Xident-Signature"));
    const auto summary = WebhookVerifier::parseEventSummary(request.body);
    const QString verdict = hasSecret ? v.code() : u"unverified"_s;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_json) {
        QJsonObject o{{"n"_L1, state.count},
                      {"time"_L1, time},
                      {"method"_L1, QString::fromLatin1(request.method)},
                      {"path"_L1, request.path},
                      {"remote"_L1, request.peer.toString()},
                      {"bytes"_L1, request.body.size()},
                      {"verdict"_L1, verdict},
                      {"valid"_L1, hasSecret && v.isValid()},
                      {"headers"_L1, headersJson(request.headers)},
                      {"body"_L1, QString::fromUtf8(request.body)}};
        if (hasSecret)
            o.insert("message"_L1, v.message());
        if (summary) {
            o.insert("type"_L1, summary->type);
            o.insert("id"_L1, summary->id);
        }
        m_out << safe(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))) << Qt::endl;
        return;
    }
    const QString judged = !hasSecret   ? tr("unverified (no secret)")
                           : v.isValid() ? tr("valid")
                                         : tr("INVALID (%1)").arg(Text::WebhookText::title(v));
    m_out << tr("#%1 %2 %3 %4 from %5, %n byte(s): %6", nullptr, int(std::min<qsizetype>(request.body.size(), INT_MAX)))
                 .arg(QString::number(state.count), time, QString::fromLatin1(request.method), request.path,
                      request.peer.toString(), judged);
    if (summary)
        m_out << " — " << safe(summary->type) << " " << safe(summary->id);
    m_out << Qt::endl;
}

void ListenCommand::forwardDelivery(const Http::Request &request, const ListenState &state)
{
    // As received: the same bytes and the headers a receiver judges them by.
    state.sender->post(state.forward, request.headers, request.body,
                       [this, n = state.count, forward = state.forward](const WebhookAnswer &answer) {
        const bool answered = answer.outcome == WebhookAnswer::Outcome::Answered;
        const bool timedOut = answer.outcome == WebhookAnswer::Outcome::TimedOut;
        const QString failure = timedOut ? tr("no answer within %1 ms").arg(answer.elapsedMs)
                                         : Error::networkErrorMessage(answer.networkError, forward.host());
        if (m_json) {
            QJsonObject o{{"n"_L1, n}, {"forwarded_to"_L1, forward.toString()}, {"status"_L1, answer.status},
                          {"ms"_L1, answer.elapsedMs}};
            if (!answered)   // --json is never translated
                o.insert("error"_L1, timedOut ? Error::networkErrorMessage(QNetworkReply::TimeoutError, forward.host()) : failure);
            m_out << safe(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))) << Qt::endl;
            return;
        }
        const QString outcome = answered ? tr("HTTP %1").arg(answer.status) : tr("failed: %1").arg(failure);
        m_out << tr("  #%1 forwarded to %2: %3 in %4 ms")
                     .arg(QString::number(n), forward.toString(), outcome, QString::number(answer.elapsedMs))
              << Qt::endl;
    });
}

void ListenCommand::run(const QStringList &args)
{
    start(args.mid(1));   // the words from "listen" on
}

std::unique_ptr<Command> makeListenCommand(Command::Done done)
{
    return std::make_unique<ListenCommand>(std::move(done));
}

} // namespace Xident::Cli
