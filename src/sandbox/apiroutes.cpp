#include "sandbox/initrequest.h"
#include "sandbox/resultshape.h"
#include "sandbox/routes.h"
#include "sandbox/sandbox.h"

#include <QtCore/QTimer>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

// The path's segments after /verify/v1, each decoded on its own: an escaped "/" inside a user id stays in it.
QStringList rawSegments(const HttpRequest &request)
{
    QStringList out;
    const QList<QByteArray> parts = request.rawPath.split('/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty() || (out.isEmpty() && i < 3 && (parts[i] == "verify" || parts[i] == "v1")))
            continue;
        out.append(QUrl::fromPercentEncoding(parts[i]));
    }
    return out;
}

} // namespace

bool HealthRoute::matches(const HttpRequest &request) const
{
    return request.path == "/"_L1 || request.path == "/health"_L1;
}

HttpReply HealthRoute::handle(const HttpRequest &, const QString &requestId, const ImageBody *)
{
    HttpReply reply = dataReply(200, QJsonObject{{"service"_L1, u"xident-sandbox"_s}, {"status"_L1, u"ok"_s}}, requestId);
    // What the hosted API never sends: tells a client that this server has the admin routes (faults, deliveries,
    // outcomes), whatever its address.
    reply.headers.append(qMakePair(QByteArray(Server::MarkerHeader), QByteArray(Server::AdminPrefix)));
    return reply;
}

bool ApiRoutes::matches(const HttpRequest &request) const
{
    return request.path.startsWith("/verify/v1/"_L1);
}

HttpReply ApiRoutes::handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared)
{
    if (auto denied = m_server.authenticate(request, requestId))
        return *denied;
    const QString apiKey = QString::fromUtf8(request.header("X-API-Key")).trimmed();
    if (auto fault = m_server.injectFault(apiKey, requestId))
        return *fault;

    const QString path = request.path.mid(QStringLiteral("/verify/v1").size());
    HttpReply reply;
    if (path == "/init"_L1 && request.method == "POST") {
        reply = init(request, apiKey, requestId);
    } else if (path.startsWith("/result/"_L1) && request.method == "GET") {
        reply = result(request, path.mid(8), apiKey, requestId);
    } else if (path == "/blacklist"_L1 || path.startsWith("/blacklist/"_L1)) {
        reply = m_server.handleBlacklist(request, prepared ? *prepared : ImageBody::read(request.body), rawSegments(request), apiKey,
                                requestId);
    } else if (path.startsWith("/2fa/"_L1)) {
        reply = m_server.handleFace2fa(request, prepared ? *prepared : ImageBody::read(request.body), rawSegments(request), apiKey,
                              requestId);
    } else if (path == "/init"_L1 || path.startsWith("/result/"_L1)) {
        reply = errorReply(405, u"METHOD_NOT_ALLOWED"_s,
                           u"Method %1 is not allowed here."_s.arg(QString::fromLatin1(request.method.left(32))), requestId);
        reply.headers.append(qMakePair(QByteArray("Allow"), path == "/init"_L1 ? QByteArray("POST") : QByteArray("GET, HEAD")));
    } else {
        reply = errorReply(404, u"NOT_FOUND"_s, u"Unknown endpoint %1."_s.arg(path), requestId);
    }
    reply.delayMs = m_server.m_faults.settingsFor(apiKey).latencyMs;
    return reply;
}

HttpReply ApiRoutes::init(const HttpRequest &request, const QString &apiKey, const QString &requestId)
{
    const InitRequest asked = InitRequest::read(request.body);
    if (!asked.session)
        return errorReply(400, asked.code, asked.message, requestId);
    Session s = *asked.session;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.initToken = u"xit_"_s + randomHex(12);
    s.resultToken = u"xtk_"_s + randomHex(12);
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.apiKey = apiKey;
    s.createdAt = now;
    s.expiresAt = now.addSecs(m_server.m_options.tokenTtlSeconds);
    m_server.m_store.add(s);
    scheduleMagic(s);
    return dataReply(200, QJsonObject{{"token"_L1, s.initToken},
                                      {"verify_url"_L1, QString(m_server.widgetBaseUrl() + u"/widget/"_s + s.initToken)}},
                     requestId);
}

void ApiRoutes::scheduleMagic(const Session &s)
{
    for (const QString &magic : {s.userId, s.metadata}) {
        if (!magic.startsWith("sandbox:"_L1))
            continue;
        const QStringList parts = magic.split(u':');
        const QString outcome = parts.value(1);
        const QString detail = parts.value(2);
        const QString token = s.initToken;
        if (outcome == "pass"_L1 || outcome == "fail"_L1 || outcome == "cancel"_L1 || outcome == "expire"_L1) {
            QTimer::singleShot(m_server.m_options.magicDelayMs, &m_server, [server = &m_server, token, outcome, detail] {
                if (Session *live = server->findSession(token); live && live->status == "pending"_L1) {
                    live->status = u"in_progress"_s;
                    live->startedAt = QDateTime::currentDateTimeUtc();
                    Q_EMIT server->sessionChanged(token, live->status);
                }
                QTimer::singleShot(server->m_options.magicDelayMs / 2, server, [server, token, outcome, detail] {
                    server->complete(token, outcome, detail);
                });
            });
        }
        break;
    }
}

HttpReply ApiRoutes::result(const HttpRequest &request, const QString &token, const QString &apiKey, const QString &requestId)
{
    const Session *s = m_server.findSession(token);
    // Sessions are private to the key that made them: another key cannot even learn they exist.
    if (!s || s->apiKey != apiKey)
        return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"Token not found."_s, requestId);
    if (m_server.isExpired(*s)) {
        if (s->status != "expired"_L1)
            m_server.complete(s->initToken, u"expire"_s);
        return errorReply(404, u"TOKEN_EXPIRED"_s, u"Token expired."_s, requestId);
    }
    return dataReply(200, resultJson(*s, m_server.wantsLegacy(request)), requestId);
}

} // namespace Xident::Sandbox
