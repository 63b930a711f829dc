#include "console/core/sandboxadmin.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {


constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;   // a page of deliveries carries their bodies

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

SandboxAdmin::SandboxAdmin(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SandboxAdmin::Phase SandboxAdmin::phaseFromText(const QString &text)
{
    if (text == "waiting"_L1)
        return Phase::Waiting;
    if (text == "opened"_L1)
        return Phase::Opened;
    if (text == "checking"_L1)
        return Phase::Checking;
    return Phase::Final;
}

void SandboxAdmin::fetchSession(const Target &target, const QString &token, StateHandler done)
{
    call(target, "GET", u"/sessions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)), {}, [done = std::move(done)](const QJsonObject &root, const QString &problem) {
        const QJsonObject data = root.value("data"_L1).toObject();
        SessionState state;
        if (problem.isEmpty()) {
            state.status = data.value("status"_L1).toString();
            state.resultToken = data.value("result_token"_L1).toString();
            state.phase = phaseFromText(data.value("phase"_L1).toString());
            state.createdAt = timeFrom(data.value("created_at"_L1));
            state.expiresAt = timeFrom(data.value("expires_at"_L1));
            state.submittedAt = timeFrom(data.value("submitted_at"_L1));
            state.completedAt = timeFrom(data.value("completed_at"_L1));
            const QJsonObject preset = data.value("preset"_L1).toObject();
            state.presetOutcome = preset.value("outcome"_L1).toString();
            state.presetDetail = preset.value("detail"_L1).toString();
        }
        done(state, problem);
    });
}

void SandboxAdmin::preset(const Target &target, const QString &token, const QString &outcome, const QString &detail,
                          DoneHandler done)
{
    QJsonObject body{{"outcome"_L1, outcome}};
    if (!detail.isEmpty())
        body.insert(outcome == "pass"_L1 ? "method"_L1 : "reason"_L1, detail);
    call(target, "POST", u"/sessions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)) + u"/preset"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QJsonObject &, const QString &problem) { done(problem); });
}

void SandboxAdmin::settle(const Target &target, const QString &token, const QString &outcome, DoneHandler done)
{
    call(target, "POST", u"/sessions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)) + u'/' + outcome, "{}",
         [done = std::move(done)](const QJsonObject &, const QString &problem) { done(problem); });
}

void SandboxAdmin::activeFaults(const Target &target, FaultsHandler done)
{
    readFaults(target, [done = std::move(done)](const Faults &faults, const QString &problem) { done(faults.describe(), problem); });
}

QJsonObject SandboxAdmin::Faults::toJson() const
{
    QJsonArray statuses;
    for (int status : script)
        statuses.append(status);
    return QJsonObject{{"latency_ms"_L1, latencyMs},       {"error_rate"_L1, errorRate},
                       {"script"_L1, statuses},             {"rate_limit_per_minute"_L1, rateLimitPerMinute},
                       {"retry_after"_L1, retryAfter},      {"body"_L1, bodyCount > 0 ? body : QString()},
                       {"count"_L1, body.isEmpty() ? 0 : bodyCount}};
}

SandboxAdmin::Faults SandboxAdmin::Faults::fromJson(const QJsonObject &f)
{
    Faults out;
    out.latencyMs = f.value("latency_ms"_L1).toInt();
    out.errorRate = f.value("error_rate"_L1).toDouble();
    for (const QJsonValue &v : f.value("script"_L1).toArray())
        out.script.append(v.toInt());
    out.rateLimitPerMinute = f.value("rate_limit_per_minute"_L1).toInt();
    out.retryAfter = f.value("retry_after"_L1).toInt(1);
    out.bodyCount = f.value("count"_L1).toInt();
    out.body = out.bodyCount > 0 ? f.value("body"_L1).toString() : QString();
    out.ownSettings = f.value("scope"_L1).toString() == "key"_L1;
    return out;
}

QStringList SandboxAdmin::Faults::describe() const
{
    QStringList active;
    if (latencyMs > 0)
        active << tr("latency %1 ms").arg(latencyMs);
    if (errorRate > 0)
        active << tr("%1 % of calls answered 500").arg(errorRate * 100, 0, 'g', 3);
    if (!script.isEmpty())
        active << tr("%n scripted answer(s)", nullptr, int(script.size()));
    if (rateLimitPerMinute > 0)
        active << tr("at most %1 calls a minute").arg(rateLimitPerMinute);
    if (bodyCount > 0)
        active << tr("%n malformed answer(s)", nullptr, bodyCount);
    return active;
}

void SandboxAdmin::readFaults(const Target &target, FaultStateHandler done)
{
    call(target, "GET", u"/faults"_s, {}, [done = std::move(done)](const QJsonObject &root, const QString &problem) {
        done(Faults::fromJson(root.value("data"_L1).toObject()), problem);
    });
}

void SandboxAdmin::setFaults(const Target &target, const Faults &faults, FaultStateHandler done)
{
    call(target, "PUT", u"/faults"_s, QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QJsonObject &root, const QString &problem) {
             done(Faults::fromJson(root.value("data"_L1).toObject()), problem);
         });
}

void SandboxAdmin::clearFaults(const Target &target, FaultStateHandler done)
{
    call(target, "DELETE", u"/faults"_s, {}, [done = std::move(done)](const QJsonObject &root, const QString &problem) {
        done(Faults::fromJson(root.value("data"_L1).toObject()), problem);
    });
}

void SandboxAdmin::deliveries(const Target &target, int perPage, DeliveriesHandler done)
{
    // The sandbox lists the oldest first: when there are more than a page, the last page holds the newest.
    const int size = std::clamp(perPage, 1, 500);
    call(target, "GET", u"/webhooks?per_page=%1"_s.arg(size), {},
         [this, target, size, done = std::move(done)](const QJsonObject &root, const QString &problem) {
             const QJsonObject pages = root.value("meta"_L1).toObject().value("pagination"_L1).toObject();
             const int total = pages.value("total"_L1).toInt();
             const int last = pages.value("total_pages"_L1).toInt(1);
             if (!problem.isEmpty() || last <= 1)
                 return done(root.value("data"_L1).toArray(), total, problem);
             call(target, "GET", u"/webhooks?per_page=%1&page=%2"_s.arg(size).arg(last), {},
                  [done](const QJsonObject &newest, const QString &again) {
                      done(newest.value("data"_L1).toArray(),
                           newest.value("meta"_L1).toObject().value("pagination"_L1).toObject().value("total"_L1).toInt(), again);
                  });
         });
}

void SandboxAdmin::resend(const Target &target, qint64 index, DoneHandler done)
{
    call(target, "POST", u"/webhooks/%1/resend"_s.arg(index), "{}",
         [done = std::move(done)](const QJsonObject &, const QString &problem) { done(problem); });
}

void SandboxAdmin::call(const Target &target, const QByteArray &method, const QString &path, const QByteArray &body,
                        Answer answer)
{
    QString base = target.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + u"/_sandbox"_s + path, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
        answer({}, tr("The profile's base URL is not an http:// or https:// address."));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("X-API-Key", target.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > MaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, timedOut, answer = std::move(answer)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*timedOut) {
            answer({}, tr("The sandbox did not answer in time."));
            return;
        }
        if (status == 0) {
            answer({}, tr("The sandbox cannot be reached: %1").arg(reply->errorString()));
            return;
        }
        const QByteArray bytes = reply->read(MaxAnswerBytes + 1);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
        const QString message = root.value("error"_L1).toObject().value("message"_L1).toString().left(300);
        if (status >= 300 && status < 400) {
            answer({}, tr("The server redirects (HTTP %1); redirects are not followed.").arg(status));
        } else if (status == 404) {
            answer({}, tr("The sandbox does not know this session for this key (another key's, forgotten, or not a "
                          "sandbox)."));
        } else if (status < 200 || status >= 300) {
            answer({}, message.isEmpty() ? tr("The sandbox answered HTTP %1.").arg(status)
                                         : tr("The sandbox answered HTTP %1: %2").arg(status).arg(message));
        } else if (parseError.error != QJsonParseError::NoError
                   || !(root.value("data"_L1).isObject() || root.value("data"_L1).isArray())) {
            answer({}, tr("The answer is not the sandbox's: no JSON data object."));
        } else {
            answer(root, {});
        }
    });
}

} // namespace Xident::Console
