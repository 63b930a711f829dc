#include "scenarios/webhookreceiver.h"

#include "http/httpserver.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
    m_server = new Http::Server(
        [this](const Http::Request &request) {
            Http::Response r;
            if (request.method != "POST") {
                r.status = 405;
                r.headers.append({"Allow"_ba, "POST"_ba});
                r.body = R"({"error":"POST webhooks here"})";
                return r;
            }
            int status = 200, delayMs = 0;
            bool cut = false;
            r.body = answer(request.body, request.header("X-Xident-Signature"), &status, &delayMs, &cut);
            r.status = status;
            r.delayMs = delayMs;
            r.dropMidBody = cut;
            return r;
        },
        Http::Limits{}, this);
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        m_error = m_server->errorString();
    return m_port != 0;
}

QString WebhookReceiver::url() const
{
    return u"http://127.0.0.1:%1/webhooks"_s.arg(m_port);
}

QString WebhookReceiver::identityOf(const QByteArray &body)
{
    const QJsonObject data = QJsonDocument::fromJson(body).object().value("data"_L1).toObject();
    const QString token = data.value("token"_L1).toString();
    return token.isEmpty() ? data.value("id"_L1).toString() : token;
}

QByteArray WebhookReceiver::answer(const QByteArray &body, const QByteArray &signature, int *status, int *delayMs, bool *cut)
{
    Delivery d;
    d.at = QDateTime::currentDateTimeUtc();
    d.signature = signature;
    d.body = body;
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    d.eventId = event.value("id"_L1).toString();
    d.type = event.value("type"_L1).toString();
    d.identity = identityOf(body);

    const ReceiverSpec spec = m_policy && !d.identity.isEmpty() ? m_policy(d.identity) : ReceiverSpec{};
    int &bad = m_answeredBadly[d.identity];
    const bool misbehave = !spec.isPlain() && (spec.times == 0 || bad < spec.times);
    if (misbehave)
        ++bad;
    *status = misbehave ? spec.status : 200;
    *delayMs = misbehave ? spec.delayMs : 0;
    *cut = misbehave && spec.close;
    d.answered = *cut ? 0 : *status;
    if (m_count < MaxDeliveries) {
        m_deliveries[d.identity].append(d);
        ++m_count;
    }
    Q_EMIT delivered(d.identity);
    return *status < 300 ? R"({"received":true})"_ba : R"({"received":false,"reason":"answering badly on purpose"})"_ba;
}

QList<WebhookReceiver::Delivery> WebhookReceiver::deliveriesFor(const QString &identity) const
{
    return m_deliveries.value(identity);
}

void WebhookReceiver::forget(const QString &identity)
{
    m_count -= m_deliveries.take(identity).size();
    m_answeredBadly.remove(identity);
}

} // namespace Xident::Scenarios
