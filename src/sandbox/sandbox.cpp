#include "sandbox/sandbox.h"

#include "sandbox/resultshape.h"
#include "sandbox/routes.h"

#include <XidentQt/webhook.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkInterface>

#include <tuple>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "xident.sandbox", QtInfoMsg)

namespace Xident::Sandbox {

namespace {

constexpr auto FixedTestKey = "sk_test_sandbox_7fK2pQx9Lm4RtV8c";

const QStringList KnownReasons = {u"age_below_threshold"_s, u"face_mismatch"_s, u"docverify_reject"_s,
                                  u"dob_unreadable"_s, u"face_not_detected"_s, u"blacklist_match"_s};
const QStringList KnownMethods = {u"full"_s, u"ml_fast"_s, u"ocr"_s, u"eu_wallet"_s, u"self_declaration"_s};

} // namespace

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

// What an outcome may carry: a method for pass, a reason for fail, nothing else. Empty means "none given".
QString Server::outcomeProblem(const QString &outcome, const QString &detail)
{
    if (outcome == "pass"_L1)
        return detail.isEmpty() || KnownMethods.contains(detail) ? QString()
                                                                 : u"method must be one of %1"_s.arg(KnownMethods.join(u", "_s));
    if (outcome == "fail"_L1)
        return detail.isEmpty() || KnownReasons.contains(detail) ? QString()
                                                                 : u"reason must be one of %1"_s.arg(KnownReasons.join(u", "_s));
    if (outcome == "cancel"_L1 || outcome == "expire"_L1)
        return detail.isEmpty() ? QString() : u"%1 takes no detail"_s.arg(outcome);
    return u"the outcome must be pass, fail, cancel or expire"_s;
}


HttpReply jsonReply(int status, const QJsonObject &body, const QString &requestId)
{
    HttpReply r;
    r.status = status;
    QJsonObject envelope = body;
    QJsonObject meta = envelope.value("meta"_L1).toObject();
    meta.insert("request_id"_L1, requestId);
    envelope.insert("meta"_L1, meta);
    r.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("X-Request-Id"), requestId.toLatin1()));
    return r;
}

HttpReply errorReply(int status, const QString &code, const QString &message, const QString &requestId)
{
    return jsonReply(status,
                     QJsonObject{{"success"_L1, false},
                                 {"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}},
                     requestId);
}

HttpReply dataReply(int status, const QJsonValue &data, const QString &requestId, const QJsonObject &meta)
{
    QJsonObject body{{"success"_L1, true}, {"data"_L1, data}};
    if (!meta.isEmpty())
        body.insert("meta"_L1, meta);
    return jsonReply(status, body, requestId);
}

Server::Server(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(StoreLimits{m_options.maxSessions, m_options.sessionMaxAgeSeconds})
    , m_faces(m_options.resourceDelayMs)
{
    if (m_options.webhookSecret.isEmpty())
        m_options.webhookSecret = u"whsec_"_s + randomHex(16);
    if (m_options.adminKey.isEmpty())
        m_options.adminKey = u"sk_test_admin_"_s + randomHex(12);
    FaultSettings &defaults = m_faults.defaults();
    defaults.latencyMs = m_options.latencyMs;
    defaults.errorRate = m_options.errorRate;
    defaults.script = m_options.script;
    defaults.rateLimitPerMinute = m_options.rateLimitPerMinute;
    defaults.retryAfter = m_options.rateLimitRetryAfter;
    m_webhooks = new WebhookDispatcher(m_options.webhookSecret, m_options.webhookUrls, m_options.maxDeliveries, this);
    m_webhooks->setAttemptTimeout(m_options.webhookTimeoutMs);
    m_webhooks->setRetryBase(m_options.webhookRetryBaseMs);
    connect(m_webhooks, &WebhookDispatcher::attempted, this, &Server::webhookDelivered);
    Http::Limits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    // The routes that take a base64 image (a 10 MB image is about 13.4 MB of base64) get more room.
    limits.bodyLimitFor = [](const QByteArray &, const QByteArray &path) -> qint64 {
        return isImageRoute(path) ? MaxImageBodyBytes : MaxBodyBytes;
    };
    m_readers = new QThreadPool(this);
    m_readers->setMaxThreadCount(2);
    m_frontend = std::make_unique<HttpFrontend>(
        Http::Server::AsyncHandler([this](const HttpRequest &r, Http::Responder responder) { dispatch(r, responder); }),
        limits);
    // Unstarted sessions expire on time, so their webhook goes out even when nobody asks.
    m_housekeeping = new QTimer(this);
    m_housekeeping->setInterval(std::chrono::milliseconds(std::clamp<qint64>(qint64(m_options.tokenTtlSeconds) * 100, 100, 1000)));
    connect(m_housekeeping, &QTimer::timeout, this, &Server::housekeep);
    m_housekeeping->start();
    // The route groups, asked in this order.
    m_routes.push_back(std::make_unique<ApiRoutes>(*this));
    m_routes.push_back(std::make_unique<AdminRoutes>(*this));
    m_routes.push_back(std::make_unique<WidgetPages>(*this));
    m_routes.push_back(std::make_unique<HealthRoute>(*this));
}

void Server::housekeep()
{
    // A slice of at most HousekeepingSliceMs: the console runs this on its GUI thread. What is left
    // waits for the next slice, which comes at once.
    QElapsedTimer slice;
    slice.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Leave room for the step that crosses the budget: each one is small (a session or 16 records).
    const qint64 budgetNs = qint64(HousekeepingSliceMs) * 1000000 / 2;
    bool more = false;
    for (;;) {
        const QList<QString> due = m_store.takeExpired(now, 1);
        for (const QString &token : due) {
            if (Session *s = m_store.find(token))
                settle(*s, u"expired"_s, {});
        }
        const int forgotten = m_store.forgetAged(now, 16);
        const int dropped = m_webhooks->forgetOlderThan(now.addSecs(-m_options.sessionMaxAgeSeconds), 16);
        if (due.isEmpty() && forgotten == 0 && dropped == 0)
            break;
        if (slice.nsecsElapsed() >= budgetNs) {
            more = true;
            break;
        }
    }
    m_longestHousekeepingNs = std::max(m_longestHousekeepingNs, slice.nsecsElapsed());
    if (more)
        ++m_splitSlices;
    if (more)
        QTimer::singleShot(0, this, &Server::housekeep);
}

bool Server::isAdmin(const QString &key) const
{
    return !key.isEmpty() && key == m_options.adminKey;
}

Server::~Server()
{
    // Bodies being read finish first; their answers are dropped with this object.
    m_readers->clear();
    m_readers->waitForDone();
}

bool Server::isImageRoute(const QByteArray &path)
{
    return path == "/verify/v1/blacklist/image" || path == "/verify/v1/2fa/register" || path == "/verify/v1/2fa/verify";
}

void Server::dispatch(const HttpRequest &request, const Http::Responder &responder)
{
    // Small bodies, other routes, and whatever is refused before its body matters (the shared address, a wrong
    // key) are handled at once.
    if (request.method != "POST" || request.body.size() <= ReadOffThreadBytes || !isImageRoute(request.rawPath)
        || !cameThroughMain(request) || authenticate(request, {})) {
        responder.send(handle(request));
        return;
    }
    if (m_bodiesReading >= MaxBodiesReading) {
        // Each waiting body holds up to 16 MB: a sender that pipelines them is asked to come back.
        HttpReply busy = errorReply(503, u"BUSY"_s, u"Large images are being read; send again shortly."_s,
                                    u"req_sbx_%1"_s.arg(randomHex(8)));
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        responder.send(busy);
        return;
    }
    // Parsing 16 MB of JSON, decoding its base64 and hashing the image take longer than a frame: a worker does
    // that, and the handler runs on this thread with the result, so the state is only ever touched here.
    ++m_bodiesReading;
    m_readers->start([this, request, responder] {
        auto body = std::make_shared<ImageBody>(ImageBody::read(request.body));
        QMetaObject::invokeMethod(
            this,
            [this, request, responder, body] {
                --m_bodiesReading;
                ++m_bodiesReadOffThread;
                responder.send(handle(request, body.get()));
            },
            Qt::QueuedConnection);
    });
}

bool Server::cameThroughMain(const HttpRequest &request) const
{
    const QHostAddress &listen = m_options.address;
    const bool wildcard = listen == QHostAddress::Any || listen == QHostAddress::AnyIPv4 || listen == QHostAddress::AnyIPv6;
    return request.localPort == m_port && (wildcard || request.localAddress.isEqual(listen, QHostAddress::TolerantConversion));
}

bool Server::start()
{
    if (const QString problem = m_options.validate(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    m_port = m_frontend->listen(m_options.address, m_options.port);
    if (m_port == 0 && m_options.freePortIfTaken && m_options.port != 0) {
        const QString firstError = m_frontend->errorString();
        m_port = m_frontend->listen(m_options.address, 0);
        m_fallback = m_port != 0;
        if (m_fallback)
            qCInfo(lcSandbox).noquote() << u"port %1 is taken (%2); listening on %3 instead"_s.arg(m_options.port).arg(firstError).arg(m_port);
    }
    if (m_port == 0) {
        m_error = u"Cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                      .arg(m_options.port)
                      .arg(m_frontend->errorString());
        return false;
    }
    return true;
}

void Server::stop()
{
    m_frontend->close();
    m_sharedAddress.clear();
    m_sharedPort = 0;
}

QString Server::baseUrl() const
{
    if (!m_options.publicBaseUrl.isEmpty())
        return m_options.publicBaseUrl;
    QHostAddress address = m_options.address;
    // A wildcard listens everywhere: name an address a phone on the same network can reach.
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        address = reachableAddress();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"["_s + host + u"]"_s;
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

bool Server::shareWidgetPages(const QHostAddress &address)
{
    if (isSharing())
        stopSharing();
    quint16 port = m_frontend->listen(address, m_port);
    if (port == 0)
        port = m_frontend->listen(address, 0);
    if (port == 0) {
        m_error = u"Cannot listen on %1: %2"_s.arg(address.toString(), m_frontend->errorString());
        return false;
    }
    m_sharedAddress = address;
    m_sharedPort = port;
    qCInfo(lcSandbox).noquote() << u"widget pages shared on"_s << sharedUrl();
    return true;
}

void Server::stopSharing()
{
    if (!isSharing())
        return;
    m_frontend->removeListener(m_sharedAddress, m_sharedPort, Http::Server::ConnectionPolicy::Drop);
    m_sharedAddress.clear();
    m_sharedPort = 0;
}

QString Server::sharedUrl() const
{
    if (!isSharing())
        return {};
    QString host = m_sharedAddress.toString();
    if (m_sharedAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"["_s + host + u"]"_s;
    return u"http://%1:%2"_s.arg(host).arg(m_sharedPort);
}

QString Server::widgetBaseUrl() const
{
    return isSharing() ? sharedUrl() : baseUrl();
}

QHostAddress Server::reachableAddress()
{
    // The first address of an interface that is up, not loopback: IPv4 first, then a global IPv6.
    QHostAddress v6;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning)
            || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = i.addressEntries();
        for (const QNetworkAddressEntry &e : entries) {
            const QHostAddress a = e.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
                return a;
            if (v6.isNull() && a.protocol() == QAbstractSocket::IPv6Protocol && a.isGlobal())
                v6 = a;
        }
    }
    return v6.isNull() ? QHostAddress(QHostAddress::LocalHost) : v6;
}

bool Server::isLoopbackOnly() const
{
    return m_options.address.isLoopback();
}

QString Server::testKey() const
{
    return m_options.apiKey.isEmpty() ? QString::fromLatin1(FixedTestKey) : m_options.apiKey;
}

HttpReply Server::route(const HttpRequest &request, const QString &requestId, const ImageBody *prepared)
{
    for (const auto &group : m_routes) {
        if (group->matches(request))
            return group->handle(request, requestId, prepared);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"No route for %1 %2."_s.arg(QString::fromLatin1(request.method), request.path),
                      requestId);
}

HttpReply Server::handle(const HttpRequest &incoming, const ImageBody *prepared)
{
    // HEAD is GET without a body: route it as GET; the server leaves the body out. The widget pages see HEAD as
    // such, since a GET of a page starts its session and a safe method must change nothing (link previews in
    // chat tools ask for pages).
    HttpRequest request = incoming;
    if (request.method == "HEAD" && !WidgetPages::serves(request))
        request.method = "GET";
    QElapsedTimer timer;
    timer.start();
    const QString requestId = u"req_sbx_%1"_s.arg(randomHex(8));
    ++m_requests;

    HttpReply reply;
    const bool main = cameThroughMain(request);
    const bool page = request.path.startsWith("/widget/"_L1) || request.path == "/done"_L1;
    if (!main && (!page || !isSharing()))
        // The shared address serves the pages a phone opens, nothing else: no API, no admin API, no keys.
        reply = errorReply(404, u"NOT_FOUND"_s, u"Only the verification pages are shared on this address."_s, requestId);
    else
        reply = route(request, requestId, prepared);
    if (!main && request.path == "/done"_L1 && isSharing()) {
        const QString probe = request.query.queryItemValue(u"probe"_s).left(64);
        if (!probe.isEmpty())
            Q_EMIT probeArrived(probe);
    }

    // The path may carry a token but never a key; keys only travel in headers. Request data is never a
    // format string (a path's own %2F would be filled in), and a long URL is cut.
    constexpr qsizetype MaxLoggedPath = 200;
    QString path = QString::fromLatin1(request.rawPath.left(MaxLoggedPath));
    if (request.rawPath.size() > MaxLoggedPath)
        path += u"…"_s;
    const QString line = QString::fromLatin1(incoming.method.left(16)) + u' ' + path + u' ' + QString::number(reply.status) + u' '
        + QString::number(timer.elapsed() + reply.delayMs) + u"ms "_s + requestId;
    qCInfo(lcSandbox).noquote() << line;
    Q_EMIT requestLogged(line);
    return reply;
}

std::optional<HttpReply> Server::authenticate(const HttpRequest &request, const QString &requestId) const
{
    const QString key = QString::fromUtf8(request.header("X-API-Key")).trimmed();
    if (key.isEmpty())
        return errorReply(401, u"MISSING_API_KEY"_s, u"The X-API-Key header is required."_s, requestId);
    if (key.startsWith("sk_live_"_L1))
        return errorReply(403, u"LIVE_KEY_REFUSED"_s,
                          u"Live keys (sk_live_) are refused by the sandbox; use an sk_test_ key."_s, requestId);
    if (!key.startsWith("sk_test_"_L1))
        return errorReply(401, u"INVALID_API_KEY"_s, u"Invalid API key: the sandbox accepts sk_test_ keys."_s, requestId);
    // With a configured key, that key alone opens the sandbox (and the admin key): the built-in one no longer does.
    if (!m_options.apiKey.isEmpty() && key != m_options.apiKey && !isAdmin(key))
        return errorReply(401, u"INVALID_API_KEY"_s, u"Invalid API key."_s, requestId);
    return std::nullopt;
}

std::optional<HttpReply> Server::injectFault(const QString &apiKey, const QString &requestId)
{
    FaultSettings &f = m_faults.settingsFor(apiKey);
    HttpReply fault;
    fault.delayMs = f.latencyMs;
    if (f.rateLimitPerMinute > 0
        && !m_faults.rateLimiter().admit(apiKey, f.rateLimitPerMinute, QDateTime::currentMSecsSinceEpoch())) {
        HttpReply r = errorReply(429, u"RATE_LIMITED"_s, u"Too many requests for this key."_s, requestId);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(f.retryAfter)));
        r.delayMs = f.latencyMs;
        return r;
    }
    if (!f.script.isEmpty()) {
        const int status = f.script.takeFirst();
        if (status != 200) {
            HttpReply r = status == 429 ? errorReply(429, u"RATE_LIMITED"_s, u"Scripted rate limit."_s, requestId)
                                        : errorReply(status, status >= 500 ? u"SERVER_ERROR"_s : u"SCRIPTED_ERROR"_s,
                                                     u"Scripted answer %1."_s.arg(status), requestId);
            if (status == 429)
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(f.retryAfter)));
            r.delayMs = f.latencyMs;
            return r;
        }
    }
    if (f.forcedCount > 0) {
        --f.forcedCount;
        if (f.forcedBody == "non_json"_L1) {
            fault.status = 200;
            fault.contentType = "text/plain";
            fault.body = "this is not json";
            return fault;
        }
        if (f.forcedBody == "html_502"_L1) {
            fault.status = 502;
            fault.contentType = "text/html";
            fault.body = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                         "</center><hr><center>nginx</center></body></html>";
            return fault;
        }
        if (f.forcedBody == "drop"_L1) {
            fault = dataReply(200, QJsonObject{{"padding"_L1, QString(2048, u'x')}}, requestId);
            fault.dropMidBody = true;
            return fault;
        }
    }
    if (f.errorRate > 0 && QRandomGenerator::global()->generateDouble() < f.errorRate) {
        HttpReply r = errorReply(500, u"SERVER_ERROR"_s, u"Injected server error."_s, requestId);
        r.delayMs = f.latencyMs;
        return r;
    }
    return std::nullopt;
}

Session *Server::findSession(const QString &token)
{
    return m_store.find(token);
}

const Session *Server::findSession(const QString &token) const
{
    return m_store.find(token);
}

std::optional<Session> Server::session(const QString &token) const
{
    if (const Session *s = findSession(token))
        return *s;
    return std::nullopt;
}

bool Server::isExpired(const Session &s) const
{
    return s.status == "expired"_L1
        || ((s.status == "pending"_L1) && QDateTime::currentDateTimeUtc() > s.expiresAt);
}

bool Server::wantsLegacy(const HttpRequest &request) const
{
    if (m_options.shape == Options::Shape::Legacy)
        return true;
    if (m_options.shape == Options::Shape::V1)
        return false;
    const QByteArray version = request.header("X-API-Version").trimmed();
    // ISO dates compare as strings.
    return !version.isEmpty() && version < QByteArray(V1ContractVersion);
}

bool Server::complete(const QString &token, const QString &outcome, const QString &detail)
{
    Session *s = findSession(token);
    if (!s || !outcomeProblem(outcome, detail).isEmpty())
        return false;
    const bool open = s->status == "pending"_L1 || s->status == "in_progress"_L1;
    if (!open)
        return false;
    if (outcome == "pass"_L1)
        settle(*s, u"success"_s, detail.isEmpty() ? u"full"_s : detail);
    else if (outcome == "fail"_L1)
        settle(*s, u"failed"_s, detail.isEmpty() ? u"age_below_threshold"_s : detail);
    else if (outcome == "cancel"_L1)
        settle(*s, u"canceled"_s, {});
    else if (outcome == "expire"_L1)
        settle(*s, u"expired"_s, {});
    else
        return false;
    return true;
}

void Server::settle(Session &s, const QString &status, const QString &detail)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!s.startedAt.isValid() && status != "expired"_L1)
        s.startedAt = now;
    s.status = status;
    s.completedAt = status == "expired"_L1 ? QDateTime() : now;
    if (status == "success"_L1)
        s.method = detail;
    else if (status == "failed"_L1)
        s.reason = detail;
    Q_EMIT sessionChanged(s.initToken, s.status);

    const bool legacy = m_options.shape == Options::Shape::Legacy;
    QString type = u"session."_s + status;
    if (legacy && status == "success"_L1)
        type = u"verification.completed"_s;
    else if (legacy && status == "failed"_L1)
        type = u"verification.failed"_s;
    sendWebhook(s, type, legacy);
}

void Server::sendWebhook(const Session &s, const QString &type, bool legacyShape)
{
    const QString eventId = u"evt_"_s + randomHex(8);
    const QJsonObject event{{"id"_L1, eventId},
                            {"type"_L1, type},
                            {"created"_L1, QDateTime::currentSecsSinceEpoch()},
                            {"data"_L1, resultJson(s, legacyShape)}};
    m_webhooks->dispatch(s.apiKey, s.initToken, eventId, type, QJsonDocument(event).toJson(QJsonDocument::Compact));
}

void Server::setWebhookUrls(const QList<QUrl> &urls)
{
    m_options.webhookUrls = urls;
    m_webhooks->setUrls(urls);
}

bool Server::resend(int index)
{
    return index >= 0 && m_webhooks->resend(quint64(index));
}

} // namespace Xident::Sandbox
