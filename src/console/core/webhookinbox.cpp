#include "console/core/webhookinbox.h"

#include <XidentQt/webhook.h>
#include <XidentQt/webhooksender.h>
#include "console/core/webhookcheck.h"
#include "http/httpserver.h"
#include "text/webhooktext.h"

#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInbox, "xident.console.inbox", QtWarningMsg)

namespace Xident::Console {

namespace {
// Bodies larger than this are judged but not parsed whole: their session is not looked for.
constexpr qsizetype MaxParsedBody = 2 * 1024 * 1024;

//! The event's type and id, and the session references in its data (small bodies only).
void describeEvent(ReceivedWebhook &w)
{
    if (w.body.size() <= MaxParsedBody) {
        if (const auto event = WebhookVerifier::parseEvent(w.body)) {
            w.eventType = event->type;
            w.eventId = event->id;
            for (const auto key : {"token"_L1, "init_token"_L1, "session_token"_L1, "id"_L1}) {
                const QString value = event->data.value(key).toString();
                if (!value.isEmpty() && !w.references.contains(value))
                    w.references.append(value);
            }
            w.sessionRef = w.references.value(0);
        }
    } else if (const auto summary = WebhookVerifier::parseEventSummary(w.body)) {
        w.eventType = summary->type;
        w.eventId = summary->id;
    }
}

} // namespace

WebhookInbox::WebhookInbox(QObject *parent)
    : QObject(parent)
    , m_sender(new WebhookSender(this))
    , m_nextId(QDateTime::currentMSecsSinceEpoch() * 1000)
    , m_judges(new QThreadPool(this))
    , m_awaitTimer(new QTimer(this))
{
    m_awaitTimer->setInterval(1000);
    connect(m_awaitTimer, &QTimer::timeout, this, &WebhookInbox::expireAwaiting);
    qRegisterMetaType<ReceivedWebhook>();
    qRegisterMetaType<DeliveryAnswer>();
    m_judges->setMaxThreadCount(1);
    m_judges->setObjectName(u"xident-inbox-judge"_s);
}

WebhookInbox::~WebhookInbox()
{
    // Requests not yet judged are dropped; the one being judged finishes before this object goes.
    m_judges->clear();
    m_judges->waitForDone();
}

Http::Server *WebhookInbox::newServer()
{
    Http::Limits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    // Everything comes from this machine (a sender, a tunnel or a proxy), so one peer may use every connection.
    limits.maxConnections = MaxConnections;
    limits.maxConnectionsPerPeer = MaxConnections;
    auto *server = new Http::Server(
        Http::Server::AsyncHandler([this](const Http::Request &r, Http::Responder responder) { handle(r, responder); }),
        limits, this);
    connect(server, &Http::Server::refused, this, &WebhookInbox::onRefused);
    return server;
}

bool WebhookInbox::start(quint16 port)
{
    stop();
    m_server = newServer();
    m_wanted = port;
    m_fallback = false;
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0 && port != 0) {
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        m_fallback = m_port != 0;
    }
    if (m_port == 0) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        Q_EMIT listeningChanged();
        return false;
    }
    m_error.clear();
    Q_EMIT listeningChanged();
    return true;
}

bool WebhookInbox::listenOnWantedPort()
{
    if (!m_fallback)
        return isListening();
    // The fallback keeps listening until the wanted port is ours: a sender pointed at it loses nothing if the
    // wanted one is still taken.
    Http::Server *server = newServer();
    if (server->listen(QHostAddress::LocalHost, m_wanted) == 0) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    closeServer();
    m_server = server;
    m_port = m_wanted;
    m_fallback = false;
    m_error.clear();
    Q_EMIT listeningChanged();   // once: from one port to the other, never "not listening" in between
    return true;
}

void WebhookInbox::stop()
{
    if (!m_server)
        return;
    closeServer();
    Q_EMIT listeningChanged();
}

void WebhookInbox::closeServer()
{
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    m_port = 0;
    // Their connections go with the server: nobody waits for these answers any more.
    m_awaiting.clear();
    m_awaitTimer->stop();
}

bool WebhookInbox::isListening() const
{
    return m_server && m_port != 0;
}

QUrl WebhookInbox::url() const
{
    if (!isListening())
        return {};
    return QUrl(u"http://127.0.0.1:%1/webhooks"_s.arg(m_port));
}

void WebhookInbox::judge(ReceivedWebhook &w, const QList<Secret> &secrets, int tolerance)
{
    const QByteArray signature = w.header("X-Xident-Signature");
    std::optional<WebhookVerdict> first;
    QString firstProfile;
    for (const Secret &s : secrets) {
        if (s.secret.isEmpty())
            continue;
        WebhookVerifier verifier(s.secret, tolerance);
        // Judged as of its arrival, however long it waited for the worker.
        verifier.setClock([arrived = w.receivedAt.toSecsSinceEpoch()] { return arrived; });
        const WebhookVerdict v = verifier.verify(w.body, signature);
        if (v.isValid() || v.reason == WebhookVerdict::Reason::InvalidJson
            || v.reason == WebhookVerdict::Reason::TimestampOutsideTolerance) {
            // The signature matched this secret: this profile's verdict is the one that counts.
            w.judgement = ReceivedWebhook::Judgement::Judged;
            w.verdict = v;
            w.profileId = s.profileId;
            return;
        }
        if (!first) {
            first = v;
            firstProfile = s.profileId;
        }
    }
    if (!first) {
        w.judgement = ReceivedWebhook::Judgement::Unverified;
        return;
    }
    w.judgement = ReceivedWebhook::Judgement::Judged;
    w.verdict = *first;
    w.profileId = firstProfile;
}

std::optional<WebhookInbox::Refusal> WebhookInbox::refusalOf(const Http::Request &request) const
{
    // A web page in a browser can post to a loopback port; a webhook sender is not a browser.
    if (!request.header("Origin").isEmpty() || !request.header("Sec-Fetch-Site").isEmpty()
        || !request.header("Sec-Fetch-Mode").isEmpty())
        return Refusal{403, {}, R"({"error":"requests from web pages are refused"})", tr("403: sent by a web page in a browser"),
                       {}, false};
    if (request.method != "POST")
        return Refusal{405, {QByteArray("Allow"), QByteArray("POST")}, R"({"error":"webhooks are POSTed"})",
                       tr("405: only POST is accepted"), {}, true};
    const QPair<QByteArray, QByteArray> retry{QByteArray("Retry-After"), QByteArray("1")};
    // Whoever keeps the deliveries is behind: nothing is taken that might not be kept.
    if (m_admit && !m_admit())
        return Refusal{503, retry, R"({"error":"the inbox is busy; send again"})", tr("503: still saving earlier deliveries"),
                       {}, false};
    // Judging is behind: the sender is asked to come back rather than letting the waiting bodies grow. The same
    // words each time, so a run of them is one row; the amount waiting goes in the message.
    if (m_pendingBytes > 0 && m_pendingBytes + request.body.size() > m_maxPendingBytes)
        return Refusal{503, retry, R"({"error":"the inbox is busy; send again"})", tr("503: still judging earlier deliveries"),
                       tr("503: still judging earlier deliveries (%1 MB waiting)").arg(m_pendingBytes / (1024 * 1024)), false};
    return std::nullopt;
}

void WebhookInbox::handle(const Http::Request &request, const Http::Responder &responder)
{
    ReceivedWebhook w;
    w.id = m_nextId++;
    w.receivedAt = QDateTime::currentDateTimeUtc();
    w.method = request.method;
    w.path = request.path;
    w.headers = request.headers;
    w.body = request.body;
    w.remote = request.peer.toString();

    Http::Response reply;
    if (const std::optional<Refusal> refusal = refusalOf(request)) {
        reply.status = refusal->status;
        if (!refusal->header.first.isEmpty())
            reply.headers.append(refusal->header);
        reply.body = refusal->body;
        w.answeredStatus = refusal->status;
        w.refused = refusal->refused;
        w.judgement = ReceivedWebhook::Judgement::Refused;
        w.note = refusal->message;
        if (!refusal->keepBody)
            w.body.clear();
        report(std::move(w), false);
        responder.send(reply);
        return;
    }
    reply.body = R"({"received":true})";
    w.answeredStatus = 200;
    if (m_bad.on) {
        // Listed and judged like any other, but its sender hears otherwise and will try again.
        reply.status = m_bad.close ? 200 : m_bad.status;
        reply.dropMidBody = m_bad.close;
        reply.delayMs = m_bad.delayMs;
        reply.body = R"({"received":false,"error":"this receiver answers badly on purpose"})";
        w.answeredStatus = m_bad.close ? 0 : m_bad.status;
        if (m_bad.remaining > 0 && --m_bad.remaining == 0)
            m_bad.on = false;
        report(std::move(w), true);
        responder.send(reply);
        Q_EMIT badAnswersChanged();
        return;
    }
    // Read before the body moves to the worker.
    const bool alreadyForwarded = !w.header(ForwardMarker).isEmpty();
    const qint64 id = w.id;
    const HeaderList forwardHeaders = w.headers;
    const QByteArray forwardBody = w.body;
    report(std::move(w), true);
    if (m_answerWhenKept) {
        m_awaiting[id] = Awaiting{responder, {}};
        m_awaiting[id].since.start();
        if (!m_awaitTimer->isActive())
            m_awaitTimer->start();
    } else {
        responder.send(reply);
    }
    // A request this console forwarded (to itself, or round a loop through another receiver) stops here.
    if (m_forward.isValid() && !m_forward.isEmpty() && !alreadyForwarded)
        forward(id, forwardHeaders, forwardBody);
}

void WebhookInbox::forward(qint64 id, HeaderList headers, const QByteArray &body)
{
    if (m_forwardsInFlight >= MaxForwardsInFlight) {
        DeliveryAnswer busy;
        busy.url = m_forward;
        busy.error = tr("not forwarded: %n forward(s) are still waiting for an answer", nullptr, m_forwardsInFlight);
        // Behind the request's own report, which the worker sends first.
        m_judges->start([this, id, busy] {
            QMetaObject::invokeMethod(this, [this, id, busy] { Q_EMIT forwarded(id, busy); }, Qt::QueuedConnection);
        });
        return;
    }
    ++m_forwardsInFlight;
    QPointer<WebhookInbox> self(this);
    headers.append({QByteArray(ForwardMarker), QByteArray("1")});
    m_sender->post(m_forward, headers, body, [self, id](const WebhookAnswer &a) {
        if (!self)
            return;
        --self->m_forwardsInFlight;
        Q_EMIT self->forwarded(id, DeliveryAnswer::from(a));
    });
}

void WebhookInbox::setBadAnswers(const BadAnswers &bad)
{
    m_bad = bad;
    m_bad.status = std::clamp(bad.status, 100, 599);
    m_bad.delayMs = std::clamp(bad.delayMs, 0, MaxBadAnswerDelayMs);
    m_bad.remaining = std::max(0, bad.remaining);
    Q_EMIT badAnswersChanged();
}

void WebhookInbox::answer(qint64 id, bool kept)
{
    const auto it = m_awaiting.find(id);
    if (it == m_awaiting.end())
        return;
    const Http::Responder responder = it->second.responder;
    m_awaiting.erase(it);
    if (m_awaiting.empty())
        m_awaitTimer->stop();
    Http::Response reply;
    if (kept) {
        reply.body = R"({"received":true})";
    } else {
        // Listed here, but not kept: the sender is asked to send it again rather than told all is well.
        reply.status = 503;
        reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        reply.body = R"({"error":"the delivery could not be saved; send again"})";
    }
    responder.send(reply);
    if (!kept)
        Q_EMIT answeredNotKept(id);
}

void WebhookInbox::expireAwaiting()
{
    while (!m_awaiting.empty() && m_awaiting.begin()->second.since.hasExpired(KeepTimeoutMs))
        answer(m_awaiting.begin()->first, false);
}

void WebhookInbox::onRefused(int status, const QString &reason, const QHostAddress &peer)
{
    // The guard answered before any handler ran (413 for a large body, 408, 431...): list it as refused.
    ReceivedWebhook w;
    w.id = m_nextId++;
    w.receivedAt = QDateTime::currentDateTimeUtc();
    w.remote = peer.toString();
    w.answeredStatus = status;
    w.refused = u"%1: %2"_s.arg(status).arg(reason);
    w.judgement = ReceivedWebhook::Judgement::Refused;
    report(std::move(w), false);
}

void WebhookInbox::report(ReceivedWebhook webhook, bool judgeIt)
{
    const qint64 bytes = webhook.body.size();
    m_pendingBytes += bytes;
    // The secrets are read here, on the thread that owns the profiles; the worker gets a copy.
    QList<Secret> secrets;
    if (judgeIt && m_secrets)
        secrets = m_secrets();
    const int tolerance = m_tolerance;
    m_judges->start([this, webhook = std::move(webhook), judgeIt, secrets = std::move(secrets), tolerance, bytes]() mutable {
        if (judgeIt) {
            judge(webhook, secrets, tolerance);
            describeEvent(webhook);
        }
        // Queued to this object's thread; dropped if the inbox is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, webhook = std::move(webhook), bytes] {
                m_pendingBytes -= bytes;
                Q_EMIT received(webhook);
            },
            Qt::QueuedConnection);
    });
}

void WebhookInbox::judgeAgain(QList<ReceivedWebhook> webhooks)
{
    if (webhooks.isEmpty())
        return;
    QList<Secret> secrets;
    if (m_secrets)
        secrets = m_secrets();
    const int tolerance = m_tolerance;
    m_judges->start([this, webhooks = std::move(webhooks), secrets = std::move(secrets), tolerance]() mutable {
        for (ReceivedWebhook &w : webhooks) {
            judge(w, secrets, tolerance);
            w.verdictHasParameters = true;
            w.storedCode.clear();
            w.note.clear();   // an older history's sentence for its old verdict
            describeEvent(w);   // a row from the history has not kept what its body names
        }
        QMetaObject::invokeMethod(this, [this, webhooks = std::move(webhooks)] { Q_EMIT judgedAgain(webhooks); },
                                  Qt::QueuedConnection);
    });
}

bool WebhookInbox::reachesThisMachine(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && (address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6);
}

void WebhookInbox::replay(const ReceivedWebhook &webhook, const QUrl &url)
{
    QPointer<WebhookInbox> self(this);
    const qint64 id = webhook.id;
    // Credential values are not kept in the history: a row loaded from it replays without them.
    HeaderList headers;
    for (const auto &h : webhook.headers) {
        if (!webhook.withheld.contains(h.first.toLower()))
            headers.append(h);
    }
    m_sender->post(url, headers, webhook.body, [self, id](const WebhookAnswer &a) {
        if (self)
            Q_EMIT self->replayFinished(id, DeliveryAnswer::from(a));
    });
}

} // namespace Xident::Console
