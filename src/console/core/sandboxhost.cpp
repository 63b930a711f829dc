#include "console/core/sandboxhost.h"

#include "sandbox/sandbox.h"

#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkInterface>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
// 32 characters from 62 give about 190 bits.
QString runKey()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString key = u"sk_test_"_s;
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet) - 1)]);
    return key;
}
} // namespace

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
    , m_run(QString::number(QRandomGenerator::global()->generate64(), 36))
{
}

SandboxHost::~SandboxHost() = default;

bool SandboxHost::start(const Options &options)
{
    Sandbox::Options o;
    o.port = options.port;
    o.freePortIfTaken = true;
    o.magicDelayMs = options.magicDelayMs;
    m_stopped = false;
    m_server = std::make_unique<Sandbox::Server>(o);
    if (!m_webhookUrl.isEmpty())
        m_server->setWebhookUrls({m_webhookUrl});
    if (!m_server->start()) {
        m_problem = tr("The local sandbox could not start: %1").arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    m_problem.clear();
    m_apiKey = runKey();
    connect(m_server.get(), &Sandbox::Server::probeArrived, this, &SandboxHost::probeArrived);
    return true;
}

void SandboxHost::stop()
{
    if (!m_server || m_stopped)
        return;
    const bool wasSharing = m_server->isSharing();
    m_server->stop();
    m_stopped = true;
    if (wasSharing)
        Q_EMIT sharingChanged(false);
}

bool SandboxHost::onFallbackPort() const
{
    return m_server && m_server->onFallbackPort();
}

QString SandboxHost::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QString SandboxHost::webhookSecret() const
{
    return m_server ? m_server->webhookSecret() : QString();
}

void SandboxHost::setWebhookUrl(const QUrl &url)
{
    m_webhookUrl = url;
    if (m_server)
        m_server->setWebhookUrls(url.isEmpty() ? QList<QUrl>() : QList<QUrl>{url});
}

QString SandboxHost::share(const QHostAddress &address)
{
    if (!m_server)
        return m_problem.isEmpty() ? tr("The local sandbox is not running.") : m_problem;
    if (!m_server->shareWidgetPages(address))
        return tr("Cannot share on %1: %2").arg(address.toString(), m_server->errorString());
    Q_EMIT sharingChanged(true);
    return {};
}

void SandboxHost::stopSharing()
{
    if (!m_server || !m_server->isSharing())
        return;
    m_server->stopSharing();
    Q_EMIT sharingChanged(false);
}

bool SandboxHost::isSharing() const
{
    return m_server && m_server->isSharing();
}

QString SandboxHost::sharedUrl() const
{
    return m_server ? m_server->sharedUrl() : QString();
}

QString SandboxHost::widgetUrl(const QString &token) const
{
    return m_server ? m_server->widgetBaseUrl() + u"/widget/"_s + token : QString();
}

QString SandboxHost::probeUrl(const QString &probe) const
{
    return isSharing() ? sharedUrl() + u"/done?probe="_s + QString::fromLatin1(QUrl::toPercentEncoding(probe)) : QString();
}

QString SandboxHost::doneUrl() const
{
    return m_server ? m_server->widgetBaseUrl() + u"/done"_s : QString();
}

QList<QHostAddress> SandboxHost::shareCandidates()
{
    QList<QHostAddress> v4;
    QList<QHostAddress> v6;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning)
            || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            if (a.isLoopback() || a.isLinkLocal())
                continue;
            (a.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6).append(a);
        }
    }
    return v4 + v6;
}

} // namespace Xident::Console
