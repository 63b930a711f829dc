#include "sandbox/routes.h"
#include "sandbox/sandbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

bool AdminRoutes::matches(const HttpRequest &request) const
{
    return request.path.startsWith(QLatin1StringView(Server::AdminPrefix) + u'/');
}

HttpReply AdminRoutes::handle(const HttpRequest &request, const QString &requestId, const ImageBody *)
{
    if (auto denied = m_server.authenticate(request, requestId))
        return *denied;
    const QString key = QString::fromUtf8(request.header("X-API-Key")).trimmed();
    const bool admin = m_server.isAdmin(key);
    const QString path = request.path.mid(int(qstrlen(Server::AdminPrefix)));
    const Call call{request,
                    requestId,
                    key,
                    admin,
                    admin ? QString() : key,
                    path,
                    path.split(u'/', Qt::SkipEmptyParts),
                    QJsonDocument::fromJson(request.body).object()};

    static const Route routes[] = {
        {[](const Call &c) { return c.parts == QStringList{u"stats"_s} && c.request.method == "GET"; }, &AdminRoutes::stats},
        {[](const Call &c) { return c.parts == QStringList{u"sessions"_s} && c.request.method == "GET"; },
         &AdminRoutes::sessions},
        {[](const Call &c) { return c.parts.size() == 2 && c.parts[0] == "sessions"_L1 && c.request.method == "GET"; },
         &AdminRoutes::session},
        {[](const Call &c) {
             return c.parts.size() == 3 && c.parts[0] == "sessions"_L1 && c.parts[2] == "preset"_L1 && c.request.method == "POST";
         },
         &AdminRoutes::preset},
        {[](const Call &c) { return c.parts.size() == 3 && c.parts[0] == "sessions"_L1 && c.request.method == "POST"; },
         &AdminRoutes::settle},
        {[](const Call &c) { return c.parts == QStringList{u"webhooks"_s} && c.request.method == "GET"; },
         &AdminRoutes::webhooks},
        {[](const Call &c) {
             return c.parts.size() == 3 && c.parts[0] == "webhooks"_L1 && c.parts[2] == "resend"_L1 && c.request.method == "POST";
         },
         &AdminRoutes::resend},
        {[](const Call &c) { return c.parts == QStringList{u"faults"_s}; }, &AdminRoutes::faults},
    };
    for (const Route &route : routes) {
        if (route.matches(call))
            return (this->*route.answer)(call);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown admin route %1."_s.arg(call.path), requestId);
}

std::optional<HttpReply> AdminRoutes::pagination(const Call &c, int *page, int *perPage) const
{
    bool ok = true;
    const QUrlQuery &query = c.request.query;
    *page = query.hasQueryItem(u"page"_s) ? query.queryItemValue(u"page"_s).toInt(&ok) : 1;
    if (!ok || *page < 1)
        return errorReply(400, u"INVALID_REQUEST"_s, u"page must be a whole number from 1."_s, c.requestId);
    *perPage = query.hasQueryItem(u"per_page"_s) ? query.queryItemValue(u"per_page"_s).toInt(&ok) : 50;
    if (!ok || *perPage < 1 || *perPage > 500)
        return errorReply(400, u"INVALID_REQUEST"_s, u"per_page must be a whole number from 1 to 500."_s, c.requestId);
    return std::nullopt;
}

QJsonObject AdminRoutes::pageMeta(int page, int perPage, int total)
{
    return QJsonObject{{"pagination"_L1, QJsonObject{{"page"_L1, page}, {"per_page"_L1, perPage}, {"total"_L1, total},
                                                      {"total_pages"_L1, (total + perPage - 1) / perPage}}}};
}

HttpReply AdminRoutes::stats(const Call &c)
{
    if (!c.admin)
        return errorReply(403, u"ADMIN_KEY_REQUIRED"_s, u"The stats cover every key: ask with the admin key."_s, c.requestId);
    Server &s = m_server;
    return dataReply(200, QJsonObject{{"sessions"_L1, s.m_store.size()}, {"sessions_forgotten"_L1, qint64(s.m_store.forgotten())},
                                      {"webhook_records"_L1, s.m_webhooks->size()}, {"requests"_L1, qint64(s.m_requests)},
                                      {"housekeeping_longest_ms"_L1, double(s.m_longestHousekeepingNs) / 1e6},
                                      {"housekeeping_split_slices"_L1, qint64(s.m_splitSlices)},
                                      {"rate_limited_keys_tracked"_L1, s.m_faults.rateLimiter().trackedKeys()},
                                      {"connections"_L1, s.m_frontend->connectionCount()},
                                      {"refused_by_guard"_L1, qint64(s.m_frontend->refusedCount())}},
                     c.requestId);
}

HttpReply AdminRoutes::sessions(const Call &c)
{
    int page = 1, perPage = 50, total = 0;
    if (auto bad = pagination(c, &page, &perPage))
        return *bad;
    QJsonArray list;
    const auto sessions = m_server.m_store.page(c.scope, page, perPage, &total);
    for (const Session *s : sessions)
        list.append(QJsonObject{{"token"_L1, s->initToken}, {"result_token"_L1, s->resultToken},
                                {"status"_L1, m_server.isExpired(*s) ? u"expired"_s : s->status},
                                {"user_id"_L1, s->userId}, {"created_at"_L1, iso(s->createdAt)}});
    return dataReply(200, list, c.requestId, pageMeta(page, perPage, total));
}

HttpReply AdminRoutes::settle(const Call &c)
{
    const QString token = c.parts[1];
    const Session *s = m_server.findSession(token);
    // Another key's session does not exist, as far as this key can tell.
    if (!s || (!c.admin && s->apiKey != c.key))
        return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"Token not found."_s, c.requestId);
    QString outcome = c.parts[2];
    const QString detail = c.body.value("reason"_L1).toString(c.body.value("method"_L1).toString());
    if (outcome == "complete"_L1)
        outcome = c.body.value("outcome"_L1).toString();
    if (const QString problem = Server::outcomeProblem(outcome, detail);
        !problem.isEmpty() && (outcome == "pass"_L1 || outcome == "fail"_L1))
        return errorReply(400, u"INVALID_REQUEST"_s, problem + u'.', c.requestId);
    if (!m_server.complete(token, outcome, detail))
        return errorReply(409, u"INVALID_STATE"_s,
                          u"The session is already final, or the outcome is not pass, fail, cancel or expire."_s, c.requestId);
    return dataReply(200, QJsonObject{{"token"_L1, token}, {"status"_L1, m_server.findSession(token)->status}}, c.requestId);
}

HttpReply AdminRoutes::session(const Call &c)
{
    const Session *s = m_server.findSession(c.parts[1]);
    if (!s || (!c.admin && s->apiKey != c.key))
        return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"Token not found."_s, c.requestId);
    const QString status = m_server.isExpired(*s) ? u"expired"_s : s->status;
    // waiting: nobody opened the link; opened: the widget is on screen; checking: its last step was posted.
    const QString phase = status == "pending"_L1       ? u"waiting"_s
                          : status != "in_progress"_L1 ? u"final"_s
                          : s->submittedAt.isValid()   ? u"checking"_s
                                                       : u"opened"_s;
    QJsonObject preset;
    if (!s->presetOutcome.isEmpty())
        preset = QJsonObject{{"outcome"_L1, s->presetOutcome}, {"detail"_L1, s->presetDetail}};
    return dataReply(200,
                     QJsonObject{{"token"_L1, s->initToken}, {"result_token"_L1, s->resultToken}, {"id"_L1, s->id},
                                 {"status"_L1, status}, {"phase"_L1, phase}, {"created_at"_L1, iso(s->createdAt)},
                                 {"started_at"_L1, iso(s->startedAt)}, {"submitted_at"_L1, iso(s->submittedAt)},
                                 {"completed_at"_L1, iso(s->completedAt)}, {"expires_at"_L1, iso(s->expiresAt)},
                                 {"preset"_L1, preset.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(preset)}},
                     c.requestId);
}

HttpReply AdminRoutes::preset(const Call &c)
{
    Session *s = m_server.findSession(c.parts[1]);
    if (!s || (!c.admin && s->apiKey != c.key))
        return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"Token not found."_s, c.requestId);
    const QString outcome = c.body.value("outcome"_L1).toString();
    const QString detail = c.body.value("reason"_L1).toString(c.body.value("method"_L1).toString());
    if (outcome != "none"_L1 && outcome != "pass"_L1 && outcome != "fail"_L1)
        return errorReply(400, u"INVALID_REQUEST"_s, u"outcome must be pass, fail or none."_s, c.requestId);
    if (const QString problem = Server::outcomeProblem(outcome, detail); outcome != "none"_L1 && !problem.isEmpty())
        return errorReply(400, u"INVALID_REQUEST"_s, problem + u'.', c.requestId);
    if (m_server.isExpired(*s) || (s->status != "pending"_L1 && s->status != "in_progress"_L1))
        return errorReply(409, u"INVALID_STATE"_s, u"The session is already final."_s, c.requestId);
    if (s->submittedAt.isValid())
        return errorReply(409, u"INVALID_STATE"_s, u"The phone already submitted its last step; the outcome is decided."_s,
                          c.requestId);
    s->presetOutcome = outcome == "none"_L1 ? QString() : outcome;
    s->presetDetail = outcome == "none"_L1 ? QString() : detail;
    return dataReply(200, QJsonObject{{"token"_L1, s->initToken}, {"outcome"_L1, outcome}, {"detail"_L1, s->presetDetail}},
                     c.requestId);
}

HttpReply AdminRoutes::webhooks(const Call &c)
{
    int page = 1, perPage = 50, total = 0;
    if (auto bad = pagination(c, &page, &perPage))
        return *bad;
    QJsonArray list;
    const auto deliveries = m_server.m_webhooks->page(c.scope, page, perPage, &total);
    for (const Delivery *d : deliveries)
        list.append(d->toJson());
    return dataReply(200, list, c.requestId, pageMeta(page, perPage, total));
}

HttpReply AdminRoutes::resend(const Call &c)
{
    bool ok = false;
    const qint64 index = c.parts[1].toLongLong(&ok);
    const Delivery *d = ok && index >= 0 ? m_server.m_webhooks->find(quint64(index)) : nullptr;
    if (!d || (!c.admin && d->apiKey != c.key))
        return errorReply(404, u"NOT_FOUND"_s,
                          u"No delivery %1; list them with GET %2/webhooks."_s.arg(c.parts[1], QLatin1StringView(Server::AdminPrefix)),
                          c.requestId);
    if (m_server.m_options.webhookUrls.isEmpty())
        return errorReply(409, u"NO_WEBHOOK_URL"_s, u"The sandbox has no --webhook-url to send to."_s, c.requestId);
    m_server.m_webhooks->resend(quint64(index));
    return dataReply(202, QJsonObject{{"index"_L1, index}, {"resent"_L1, true}}, c.requestId);
}

HttpReply AdminRoutes::faults(const Call &c)
{
    FaultInjector &injector = m_server.m_faults;
    if (c.request.method == "PUT" || c.request.method == "POST") {
        if (auto refused = changeFaults(c))
            return *refused;
        // A key whose faults were set back to plain service no longer holds a place of its own.
        if (!c.admin)
            injector.forgetIfPlain(c.key);
    } else if (c.request.method == "DELETE") {
        if (c.admin)
            injector.defaults() = FaultSettings{};
        else
            injector.clearOwn(c.key);
    }
    const FaultSettings &f = c.admin ? injector.defaults() : injector.settingsFor(c.key);
    QJsonArray script;
    for (int status : f.script)
        script.append(status);
    return dataReply(200, QJsonObject{{"latency_ms"_L1, f.latencyMs}, {"error_rate"_L1, f.errorRate},
                                      {"script"_L1, script}, {"rate_limit_per_minute"_L1, f.rateLimitPerMinute},
                                      {"retry_after"_L1, f.retryAfter},
                                      {"body"_L1, f.forcedCount > 0 ? f.forcedBody : QString()},
                                      {"count"_L1, f.forcedCount},
                                      {"scope"_L1, c.admin ? u"defaults"_s : (injector.hasOwn(c.key) ? u"key"_s : u"defaults"_s)}},
                     c.requestId);
}

std::optional<HttpReply> AdminRoutes::changeFaults(const Call &c)
{
    const QJsonObject &body = c.body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(c.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorReply(400, u"INVALID_JSON"_s, u"The faults body must be a JSON object."_s, c.requestId);
    for (const char *number : {"latency_ms", "error_rate", "rate_limit_per_minute", "retry_after", "count"}) {
        if (body.contains(QLatin1StringView(number)) && !body.value(QLatin1StringView(number)).isDouble())
            return errorReply(400, u"INVALID_REQUEST"_s, u"%1 must be a number."_s.arg(QLatin1StringView(number)), c.requestId);
    }
    if (body.contains("script"_L1) && !body.value("script"_L1).isArray())
        return errorReply(400, u"INVALID_REQUEST"_s, u"script must be an array of HTTP statuses."_s, c.requestId);
    const QJsonArray scriptValues = body.value("script"_L1).toArray();
    if (scriptValues.size() > 1000)
        return errorReply(400, u"INVALID_REQUEST"_s, u"script may hold at most 1000 statuses."_s, c.requestId);
    for (const QJsonValue &v : scriptValues) {
        if (!v.isDouble() || v.toInt() < 100 || v.toInt() > 599)
            return errorReply(400, u"INVALID_REQUEST"_s, u"script entries must be HTTP statuses (100-599)."_s, c.requestId);
    }
    if (body.contains("body"_L1)) {
        static const QStringList bodies = {u"non_json"_s, u"html_502"_s, u"drop"_s, QString()};
        if (!bodies.contains(body.value("body"_L1).toString()))
            return errorReply(400, u"INVALID_REQUEST"_s, u"body must be non_json, html_502 or drop."_s, c.requestId);
    }
    FaultInjector &injector = m_server.m_faults;
    FaultSettings *f = c.admin ? &injector.defaults() : injector.ownSettings(c.key);
    if (!f)
        return errorReply(429, u"TOO_MANY_KEYS"_s, u"Too many keys have faults of their own; use the admin key."_s, c.requestId);
    if (body.contains("latency_ms"_L1))
        f->latencyMs = std::clamp(body.value("latency_ms"_L1).toInt(), 0, 120000);
    if (body.contains("error_rate"_L1))
        f->errorRate = std::clamp(body.value("error_rate"_L1).toDouble(), 0.0, 1.0);
    if (body.contains("script"_L1)) {
        f->script.clear();
        for (const QJsonValue &v : scriptValues)
            f->script.append(v.toInt(200));
    }
    if (body.contains("rate_limit_per_minute"_L1))
        f->rateLimitPerMinute = std::clamp(body.value("rate_limit_per_minute"_L1).toInt(), 0, 1000000);
    if (body.contains("retry_after"_L1))
        f->retryAfter = std::clamp(body.value("retry_after"_L1).toInt(), 0, 86400);
    if (body.contains("body"_L1)) {
        f->forcedBody = body.value("body"_L1).toString();
        f->forcedCount = std::clamp(body.value("count"_L1).toInt(1), 0, 1000000);
    }
    return std::nullopt;
}

} // namespace Xident::Sandbox
