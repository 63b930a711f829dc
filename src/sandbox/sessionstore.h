#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <map>
#include <optional>
#include <set>

namespace Xident::Sandbox {

//! One verification session held in memory.
struct Session
{
    quint64 serial = 0;   //!< creation order, assigned by the store
    QString initToken;
    QString resultToken;
    QString id;
    QString apiKey;
    QString status = QStringLiteral("pending");
    std::optional<int> minAge;
    QString callbackUrl, successUrl, failedUrl, userId, theme, locale, metadata, livenessDifficulty, purpose,
        verificationMode;
    QString method;       //!< verification type of a passed session
    QString reason;       //!< failure reason
    QDateTime createdAt, startedAt, completedAt, expiresAt;
    QDateTime submittedAt;   //!< when the widget's last step was posted: the outcome is being worked out
    int remainingAttempts = 3;
    //! An outcome set beforehand (POST /_sandbox/sessions/{token}/preset): it wins over what the widget posts.
    QString presetOutcome, presetDetail;
};

//! How much the store keeps: a server left running for days must level off.
struct StoreLimits
{
    int maxSessions = 100000;          //!< beyond it the oldest session is forgotten
    qint64 maxAgeSeconds = 24 * 3600;  //!< a session older than this is forgotten
};

//! The sandbox's sessions, per key, with the queue of init-token deadlines and the caps. Nothing here
//! scans every session: expiry and forgetting take the due ones off ordered structures, a few at a time.
class SessionStore
{
public:
    explicit SessionStore(StoreLimits limits = {});

    StoreLimits limits() const { return m_limits; }
    void setLimits(const StoreLimits &limits) { m_limits = limits; }

    //! Stores \a session (the oldest is forgotten first when the store is full) and returns it.
    Session &add(Session session);
    Session *find(const QString &token);
    const Session *find(const QString &token) const;
    int size() const { return int(m_sessions.size()); }
    //! Sessions forgotten for the caps so far.
    quint64 forgotten() const { return m_forgotten; }

    //! The init tokens of pending sessions whose deadline has passed, earliest first, at most \a max.
    QList<QString> takeExpired(const QDateTime &now, int max);
    //! Forgets up to \a max sessions older than the age limit, oldest first; returns how many.
    int forgetAged(const QDateTime &now, int max);
    //! Whether takeExpired() or forgetAged() would find work now.
    bool hasDueWork(const QDateTime &now) const;

    //! Page \a page (1-based) of \a perPage sessions of \a apiKey (every key's when empty), newest first.
    QList<const Session *> page(const QString &apiKey, int page, int perPage, int *total) const;

private:
    void forget(std::map<quint64, Session>::iterator it);

    StoreLimits m_limits;
    std::map<quint64, Session> m_sessions;            // by serial: creation order
    QHash<QString, quint64> m_byToken;                // init and result tokens
    std::multimap<qint64, quint64> m_deadlines;       // init-token deadline (ms since epoch) -> serial
    QHash<QString, std::set<quint64>> m_byKey;
    quint64 m_nextSerial = 1;
    quint64 m_forgotten = 0;
};

} // namespace Xident::Sandbox
