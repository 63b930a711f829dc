#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Xident::Sandbox {

//! A face on the blacklist: from a session or an image; the face itself is only a hash here.
struct BlacklistEntry
{
    qint64 id = 0;
    QString apiKey, source, reason;
    qint64 sessionId = 0;   //!< the session's number; 0 for an image
    QByteArray imageHash;
    QDateTime createdAt, readyAt;
    //! As GET /blacklist lists it (the face template is never returned).
    QJsonObject toJson() const;
};

struct FaceUser
{
    QString apiKey, userId;
    QByteArray imageHash;
    QDateTime enrolledAt;
};

//! A face-2FA challenge: enrolment or verification, decided once its processing time is over.
struct Challenge
{
    QString id, apiKey, userId, kind;
    QString status = QStringLiteral("processing");
    std::optional<bool> passed;
    QString failureReason, forcedFailure;
    QByteArray imageHash;
    QDateTime createdAt, readyAt, expiresAt, completedAt;
    //! As GET /2fa/status/{id} returns it.
    QJsonObject toJson() const;
};

//! The blacklist and face-2FA state, private to each key, with the asynchronous processing the hosted
//! API has: additions appear and challenges are decided only after processingDelayMs.
class FaceResources
{
public:
    static constexpr qsizetype MaxEntries = 10000;

    explicit FaceResources(int processingDelayMs = 500)
        : m_delayMs(processingDelayMs)
    {
    }

    //! The 2FA failure reasons a magic image "sandbox:<reason>" can force.
    static QStringList failureReasons();

    //! \a apiKey's processed entries, oldest first.
    QList<const BlacklistEntry *> blacklist(const QString &apiKey, const QDateTime &now) const;
    //! Queues an entry (listed once processed); returns its id.
    qint64 addToBlacklist(const QString &apiKey, const QString &source, const QString &reason, qint64 sessionId,
                          const QByteArray &imageHash, const QDateTime &now);
    bool removeFromBlacklist(const QString &apiKey, qint64 id);

    //! Starts a challenge ("enroll" or "verify"); returns it.
    const Challenge &startChallenge(const QString &apiKey, const QString &userId, const QString &kind, const QByteArray &imageHash,
                                    const QString &forcedFailure, const QDateTime &now);
    //! \a apiKey's challenge \a id, decided if its time has come; nullptr when unknown.
    const Challenge *challenge(const QString &apiKey, const QString &id, const QDateTime &now);
    std::optional<FaceUser> user(const QString &apiKey, const QString &userId) const;
    //! A hard delete; deleting what is not there is fine.
    void deleteUser(const QString &apiKey, const QString &userId);

private:
    void decide(Challenge &challenge, const QDateTime &now);
    qsizetype userIndex(const QString &apiKey, const QString &userId) const;

    int m_delayMs;
    qint64 m_nextId = 1;
    QList<BlacklistEntry> m_blacklist;
    QList<FaceUser> m_users;
    QList<Challenge> m_challenges;
};

} // namespace Xident::Sandbox
