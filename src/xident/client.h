#pragma once

#include "config.h"
#include "exchange.h"
#include "initparams.h"
#include "retrypolicy.h"
#include "xidentglobal.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QObject>

#include <memory>

class QNetworkAccessManager;

namespace Xident {

class InitJob;
class ResultJob;
class BlacklistListJob;
class BlacklistAddJob;
class BlacklistRemoveJob;
class Face2faStartJob;
class Face2faStatusJob;
class Face2faUserJob;

//! Entry point of the SDK: owns the network access, the config and the retry policy, and creates jobs.
class XIDENTQT_EXPORT Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(const Config &config = Config(), QObject *parent = nullptr);
    ~Client() override;

    //! The library's version, e.g. "0.1.0".
    static QString version();

    Config config() const { return m_config; }
    //! Replaces the config; max retries is applied to the retry policy too.
    void setConfig(const Config &config);

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy);

    //! Bodies larger than this are refused with ErrorKind::TooLarge instead of being buffered.
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    //! POST /init. The job is not started: connect, then call start().
    InitJob *init(const InitParams &params);
    //! GET /result/{token}; the token is path-escaped.
    ResultJob *getResult(const QString &token);

    //! GET /blacklist (page from 1, per page 1 to 100).
    BlacklistListJob *blacklist(int page = 1, int perPage = 20);
    //! POST /blacklist/session: the face of a finished session (its xtk_ token), processed asynchronously.
    BlacklistAddJob *blacklistSession(const QString &sessionToken, const QString &reason);
    //! POST /blacklist/image: a face image (raw bytes, at most 10 MB), processed asynchronously.
    BlacklistAddJob *blacklistImage(const QByteArray &image, const QString &reason);
    //! DELETE /blacklist/{id}.
    BlacklistRemoveJob *removeBlacklistEntry(qint64 id);
    //! POST /2fa/register: enrols \a userId's face; poll the challenge for the outcome.
    Face2faStartJob *registerFace(const QString &userId, const QByteArray &image);
    //! POST /2fa/verify: checks a face against \a userId's enrolment.
    Face2faStartJob *verifyFace(const QString &userId, const QByteArray &image);
    //! GET /2fa/status/{challenge_id}.
    Face2faStatusJob *face2faStatus(const QString &challengeId);
    //! GET /2fa/users/{user_id}.
    Face2faUserJob *face2faUser(const QString &userId);
    //! DELETE /2fa/users/{user_id} (idempotent).
    Face2faUserJob *deleteFace2faUser(const QString &userId);

    //! How long every job of this client still waits after a 429 with Retry-After (0 when not paused).
    qint64 pauseRemainingMs() const;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    //! One per HTTP attempt of any job, secrets redacted: the request log's feed.
    void exchangeFinished(const Xident::Exchange &exchange);
    //! A 429 paused the whole client for \a milliseconds.
    void paused(qint64 milliseconds);
    //! Job \a jobId waits \a milliseconds before its next attempt because the client is paused.
    void requestHeld(quint64 jobId, qint64 milliseconds);

private:
    friend class Job;
    quint64 nextJobId() { return ++m_lastJobId; }
    void pauseFor(qint64 milliseconds);

    Config m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_nam;   // a child, so that moveToThread() takes it along
    qint64 m_maxResponseBytes = 10 * 1024 * 1024;
    QDeadlineTimer m_pausedUntil;
    quint64 m_lastJobId = 0;
};

} // namespace Xident
