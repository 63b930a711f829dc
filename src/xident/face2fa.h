#pragma once

#include "job.h"
#include "xidentglobal.h"

#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <chrono>
#include <optional>

namespace Xident {

//! A face-2FA challenge (enrolment or verification), as GET /2fa/status/{id} returns it.
struct XIDENTQT_EXPORT Face2faChallenge
{
    QString challengeId;
    QString kind;                  //!< "enroll" or "verify" (open set)
    QString status;                //!< "processing", "completed", "failed", "expired" (open set)
    std::optional<bool> passed;    //!< unknown while processing
    QString failureReason;         //!< invalid_image, no_face_detected, not_enrolled, face_mismatch, blacklist_match, expired, internal_error, … (open set)
    QString expiresAt;
    QString completedAt;
    QJsonObject raw;

    bool isProcessing() const { return status == QLatin1StringView("processing"); }
    //! A verdict that says no: failed or expired, or passed false.
    bool isFailed() const { return !isProcessing() && passed != std::optional<bool>(true); }
    static Face2faChallenge fromJson(const QJsonObject &object);
};

//! Whether a user has a face enrolled, as GET /2fa/users/{user_id} says.
struct XIDENTQT_EXPORT Face2faUser
{
    bool enrolled = false;
    QString enrolledAt;
    QJsonObject raw;
};

//! POST /2fa/register or /2fa/verify: a challenge starts, processed asynchronously.
class XIDENTQT_EXPORT Face2faStartJob : public Job
{
    Q_OBJECT
public:
    enum class Kind { Enroll, Verify };
    Face2faStartJob(Client *client, Kind kind, const QString &userId, const QByteArray &image);
    QString challengeId() const { return m_challengeId; }
    QString status() const { return m_status; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    QString m_userId;
    qsizetype m_imageSize;
    QString m_challengeId, m_status;
};

//! GET /2fa/status/{challenge_id}.
class XIDENTQT_EXPORT Face2faStatusJob : public Job
{
    Q_OBJECT
public:
    Face2faStatusJob(Client *client, const QString &challengeId);
    QString challengeId() const { return m_challengeId; }
    Face2faChallenge challenge() const { return m_challenge; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    QString m_challengeId;
    Face2faChallenge m_challenge;
};

//! GET /2fa/users/{user_id}, or DELETE it (a hard delete, idempotent).
class XIDENTQT_EXPORT Face2faUserJob : public Job
{
    Q_OBJECT
public:
    enum class Action { Read, Delete };
    Face2faUserJob(Client *client, Action action, const QString &userId);
    Face2faUser user() const { return m_user; }
    bool deleted() const { return m_deleted; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    Action m_action;
    QString m_userId;
    Face2faUser m_user;
    bool m_deleted = false;
};

//! Polls a challenge until it leaves "processing" (or a timeout), backing off on errors.
class XIDENTQT_EXPORT ChallengePoller : public QObject
{
    Q_OBJECT
public:
    ChallengePoller(Client *client, const QString &challengeId, QObject *parent = nullptr);
    ~ChallengePoller() override;

    void setInterval(std::chrono::milliseconds interval);
    void setWaitTimeout(std::chrono::milliseconds timeout) { m_waitTimeout = timeout; }
    Face2faChallenge challenge() const { return m_challenge; }
    Error error() const { return m_error; }
    QString lastRequestId() const { return m_lastRequestId; }
    bool isActive() const { return m_active; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    //! The challenge settled (error() is NoError) or polling ended with an error; exactly once per start().
    void finished(Xident::ChallengePoller *poller);

private:
    void poll();
    void end(const Error &error);

    QPointer<Client> m_client;
    QString m_challengeId;
    std::chrono::milliseconds m_interval{1000};
    std::chrono::milliseconds m_waitTimeout{0};
    QTimer *m_timer;
    QElapsedTimer m_since;
    QPointer<Face2faStatusJob> m_job;
    Face2faChallenge m_challenge;
    Error m_error;
    QString m_lastRequestId;
    bool m_active = false;
    int m_errors = 0;
};

} // namespace Xident
