#include "client.h"

#include "blacklist.h"
#include "face2fa.h"
#include "job.h"
#include "logging.h"
#include "xidentversion.h"

#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>

namespace Xident {

Q_LOGGING_CATEGORY(lcClient, "xident.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWebhook, "xident.webhook", QtWarningMsg)

Client::Client(const Config &config, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_pausedUntil(0)
{
    qRegisterMetaType<Xident::Exchange>();
    qRegisterMetaType<Xident::Error>();
    // A key must never travel to another origin: every 3xx is reported, not followed.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    setConfig(config);
}

Client::~Client()
{
    // Jobs end first, while the client is still whole: each emits finished() (Canceled) from its
    // destructor, and a slot may still ask the client about itself.
    const auto children = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    QList<QPointer<Job>> jobs(children.cbegin(), children.cend());
    for (const QPointer<Job> &job : jobs)
        delete job.data();   // a slot may have deleted it already: QPointer tells
}

QString Client::version()
{
    return QStringLiteral(XIDENTQT_VERSION_STRING);
}

void Client::setConfig(const Config &config)
{
    m_config = config;
    m_retryPolicy.setMaxRetries(config.maxRetries());
}

void Client::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    m_config.setMaxRetries(policy.maxRetries());
}

InitJob *Client::init(const InitParams &params)
{
    return new InitJob(this, params);
}

ResultJob *Client::getResult(const QString &token)
{
    return new ResultJob(this, token);
}

BlacklistListJob *Client::blacklist(int page, int perPage)
{
    return new BlacklistListJob(this, page, perPage);
}

BlacklistAddJob *Client::blacklistSession(const QString &sessionToken, const QString &reason)
{
    return BlacklistAddJob::forSession(this, sessionToken, reason);
}

BlacklistAddJob *Client::blacklistImage(const QByteArray &image, const QString &reason)
{
    return BlacklistAddJob::forImage(this, image, reason);
}

BlacklistRemoveJob *Client::removeBlacklistEntry(qint64 id)
{
    return new BlacklistRemoveJob(this, id);
}

Face2faStartJob *Client::registerFace(const QString &userId, const QByteArray &image)
{
    return new Face2faStartJob(this, Face2faStartJob::Kind::Enroll, userId, image);
}

Face2faStartJob *Client::verifyFace(const QString &userId, const QByteArray &image)
{
    return new Face2faStartJob(this, Face2faStartJob::Kind::Verify, userId, image);
}

Face2faStatusJob *Client::face2faStatus(const QString &challengeId)
{
    return new Face2faStatusJob(this, challengeId);
}

Face2faUserJob *Client::face2faUser(const QString &userId)
{
    return new Face2faUserJob(this, Face2faUserJob::Action::Read, userId);
}

Face2faUserJob *Client::deleteFace2faUser(const QString &userId)
{
    return new Face2faUserJob(this, Face2faUserJob::Action::Delete, userId);
}

qint64 Client::pauseRemainingMs() const
{
    return m_pausedUntil.hasExpired() ? 0 : m_pausedUntil.remainingTime();
}

void Client::pauseFor(qint64 milliseconds)
{
    if (milliseconds <= 0 || milliseconds <= pauseRemainingMs())
        return;
    m_pausedUntil.setRemainingTime(milliseconds);
    qCInfo(lcClient) << "rate limited: pausing all requests for" << milliseconds << "ms";
    Q_EMIT paused(milliseconds);
}

} // namespace Xident
