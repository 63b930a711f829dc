#include "console/core/connectionmonitor.h"

#include <XidentQt/config.h>

#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <utility>

using namespace Qt::StringLiterals;

namespace Xident::Console {

ConnectionMonitor::ConnectionMonitor(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timer->setInterval(10000);
    m_deadline->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply.clear();
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        setState(State::Offline, tr("no answer within %1 s").arg(m_timeoutMs / 1000.0));
    });
}

ConnectionMonitor::~ConnectionMonitor()
{
    if (m_reply)
        m_reply->disconnect(this);
}

void ConnectionMonitor::setBaseUrl(const QString &baseUrl)
{
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + u"/health"_s);
    // The same server (its profile was only edited): keep its state and "offline since".
    if (url == m_url && m_timer->isActive())
        return;
    m_url = url;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_state = State::Unknown;
    m_offlineSince = {};
    if (std::exchange(m_sandbox, false))
        Q_EMIT sandboxChanged(false);
    m_timer->start();
    probe();
}

void ConnectionMonitor::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ConnectionMonitor::probe()
{
    if (m_reply || !m_url.isValid())
        return;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, Config::userAgent());
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionMonitor::onReply);
    m_deadline->start(m_timeoutMs);
}

void ConnectionMonitor::onReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    m_deadline->stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        // Known only from an answer: an offline sandbox stays what it was.
        const bool sandbox = reply->hasRawHeader(SandboxMarker);
        if (std::exchange(m_sandbox, sandbox) != sandbox)
            Q_EMIT sandboxChanged(sandbox);
        setState(State::Online, {});
    } else
        setState(State::Offline, reply->errorString());
}

void ConnectionMonitor::setState(State state, const QString &error)
{
    m_lastError = error;
    if (state == m_state)
        return;
    if (state == State::Offline)
        m_offlineSince = QDateTime::currentDateTimeUtc();
    else
        m_offlineSince = {};
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Xident::Console
