#include "sandbox/routes.h"
#include "sandbox/sandbox.h"

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
    return dataReply(200, QJsonObject{{"service"_L1, u"xident-sandbox"_s}, {"status"_L1, u"ok"_s}}, requestId);
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
        reply = m_server.initSession(request, apiKey, requestId);
    } else if (path.startsWith("/result/"_L1) && request.method == "GET") {
        reply = m_server.result(request, path.mid(8), apiKey, requestId);
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

} // namespace Xident::Sandbox
