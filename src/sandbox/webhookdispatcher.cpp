#include "sandbox/webhookdispatcher.h"

#include <XidentQt/webhook.h>
#include <XidentQt/webhooksender.h>

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace Xident::Sandbox {

namespace {
QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject Delivery::toJson() const
{
    QJsonArray attemptList;
    for (const DeliveryAttempt &a : attempts)
        attemptList.append(QJsonObject{{"url"_L1, a.url}, {"attempt"_L1, a.attempt}, {"status"_L1, a.status},
                                       {"error"_L1, a.error}, {"latency_ms"_L1, a.latencyMs}, {"at"_L1, iso(a.at)},
                                       {"signature"_L1, QString::fromLatin1(a.signature)}});
    QJsonArray perUrl;
    for (const QUrl &u : urls)
        perUrl.append(QJsonObject{{"url"_L1, u.toString()}, {"delivered"_L1, deliveredTo.contains(u)}});
    return QJsonObject{{"index"_L1, qint64(index)}, {"event_id"_L1, eventId}, {"type"_L1, type}, {"token"_L1, token},
                       {"created_at"_L1, iso(createdAt)}, {"attempts"_L1, attemptList}, {"urls"_L1, perUrl},
                       {"delivered"_L1, delivered()}, {"body"_L1, QString::fromUtf8(body)}};
}

WebhookDispatcher::WebhookDispatcher(QString secret, QList<QUrl> urls, int maxDeliveries, QObject *parent)
    : QObject(parent)
    , m_secret(std::move(secret))
    , m_urls(std::move(urls))
    , m_maxDeliveries(std::max(1, maxDeliveries))
    , m_sender(new WebhookSender(this))
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

quint64 WebhookDispatcher::dispatch(const QString &apiKey, const QString &token, const QString &eventId, const QString &type,
                                    QByteArray body)
{
    while (int(m_log.size()) >= m_maxDeliveries)
        m_log.erase(m_log.begin());
    Delivery d;
    d.index = m_next++;
    d.apiKey = apiKey;
    d.token = token;
    d.eventId = eventId;
    d.type = type;
    d.body = std::move(body);
    d.createdAt = QDateTime::currentDateTimeUtc();
    d.urls = m_urls;
    const quint64 index = d.index;
    m_log.emplace(index, std::move(d));
    for (const QUrl &url : std::as_const(m_urls))
        deliver(index, url, 1);
    return index;
}

bool WebhookDispatcher::resend(quint64 index)
{
    const auto it = m_log.find(index);
    if (it == m_log.end())
        return false;
    for (const QUrl &url : std::as_const(m_urls))
        deliver(index, url, 1);
    return true;
}

const Delivery *WebhookDispatcher::find(quint64 index) const
{
    const auto it = m_log.find(index);
    return it == m_log.end() ? nullptr : &it->second;
}

QList<const Delivery *> WebhookDispatcher::page(const QString &apiKey, int page, int perPage, int *total) const
{
    QList<const Delivery *> out;
    const qsizetype skip = qsizetype(std::max(0, page - 1)) * perPage;
    qsizetype matched = 0;
    for (const auto &[index, d] : m_log) {
        if (!apiKey.isEmpty() && d.apiKey != apiKey)
            continue;
        if (matched >= skip && out.size() < perPage)
            out.append(&d);
        ++matched;
    }
    *total = int(matched);
    return out;
}

QJsonArray WebhookDispatcher::toJson() const
{
    QJsonArray out;
    for (const auto &[index, d] : m_log)
        out.append(d.toJson());
    return out;
}

int WebhookDispatcher::forgetOlderThan(const QDateTime &cutoff, int max)
{
    int n = 0;
    while (!m_log.empty() && n < max && m_log.begin()->second.createdAt < cutoff) {
        m_log.erase(m_log.begin());
        ++n;
    }
    return n;
}

void WebhookDispatcher::deliver(quint64 index, const QUrl &url, int attempt)
{
    const Delivery *d = find(index);
    if (!d)
        return;   // forgotten meanwhile (the log is capped)
    // Each attempt is signed afresh, so a retried event still passes a receiver's replay check.
    const QByteArray signature = WebhookVerifier::signatureHeader(d->body, m_secret.toUtf8(), QDateTime::currentSecsSinceEpoch());
    WebhookSender::HeaderList headers{{"Content-Type"_ba, "application/json"_ba},
                                      {"User-Agent"_ba, "Xident-Sandbox-Webhooks/1"_ba}};
    if (signature.isEmpty())
        qCWarning(lcSandbox) << "webhook sent unsigned: HMAC-SHA256 is unavailable in this installation";
    else
        headers.append({"X-Xident-Signature"_ba, signature});
    m_sender->setTimeout(m_attemptTimeoutMs);
    m_sender->post(url, headers, d->body, [this, index, url, attempt, signature](const WebhookAnswer &answer) {
        const auto it = m_log.find(index);
        if (it == m_log.end())
            return;
        Delivery &record = it->second;
        DeliveryAttempt a;
        a.url = url.toString();
        a.attempt = attempt;
        a.status = answer.status;
        a.error = answer.isSuccess() ? QString()
                  : answer.outcome == WebhookAnswer::Outcome::TimedOut
                      ? u"timed out: no answer within %1 ms"_s.arg(m_attemptTimeoutMs)
                  : answer.status ? u"HTTP %1"_s.arg(answer.status)
                                  : answer.errorString;
        a.latencyMs = answer.elapsedMs;
        a.at = QDateTime::currentDateTimeUtc();
        a.signature = signature;
        record.attempts.append(a);
        if (record.attempts.size() > MaxLoggedAttempts)   // resends must not grow one record without bound
            record.attempts.removeFirst();
        if (answer.isSuccess() && !record.deliveredTo.contains(url))
            record.deliveredTo.append(url);
        Q_EMIT attempted(record.toJson());
        if (!answer.isSuccess() && attempt < MaxAttempts)
            QTimer::singleShot(m_retryBaseMs / 2 * (1 << attempt), this, [this, index, url, attempt] { deliver(index, url, attempt + 1); });
    });
}

} // namespace Xident::Sandbox
