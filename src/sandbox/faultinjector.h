#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Xident::Sandbox {

//! The faults in force for one key (or, as defaults, for every key without its own).
struct FaultSettings
{
    int latencyMs = 0;
    double errorRate = 0.0;
    QList<int> script;          //!< statuses for the next API requests
    int rateLimitPerMinute = 0; //!< 0 = unlimited
    int retryAfter = 1;         //!< Retry-After sent with 429
    QString forcedBody;         //!< "non_json", "html_502" or "drop"
    int forcedCount = 0;        //!< for this many requests
};

//! Requests per key per minute, in fixed one-minute windows; it tracks at most maxKeys keys, so a
//! flood of distinct keys cannot grow it without bound.
class RateLimiter
{
public:
    explicit RateLimiter(int maxKeys = 10000)
        : m_maxKeys(maxKeys)
    {
    }
    //! Counts one request of \a key; false when it is over \a perMinute in the current window.
    bool admit(const QString &key, int perMinute, qint64 nowMs);
    int trackedKeys() const { return int(m_windows.size()); }

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
    int m_maxKeys;
};

//! Fault settings per key: what one key sets through the admin API changes only its own answers; the
//! defaults (the command line's, or what the admin key sets) apply to every other key.
class FaultInjector
{
public:
    static constexpr int MaxKeys = 1000;

    explicit FaultInjector(FaultSettings defaults = {})
        : m_defaults(std::move(defaults))
    {
    }

    FaultSettings &defaults() { return m_defaults; }
    //! The settings \a key's requests get (its own, or the defaults).
    FaultSettings &settingsFor(const QString &key);
    //! Settings \a key can change without touching anyone else's; nullptr when too many keys have their own.
    FaultSettings *ownSettings(const QString &key);
    bool hasOwn(const QString &key) const { return m_perKey.contains(key); }
    //! Forgets \a key's own settings: it gets the defaults again.
    void clearOwn(const QString &key) { m_perKey.remove(key); }
    //! Forgets \a key's own settings when they no longer differ from what the defaults give it, so that a
    //! key that cleared its faults does not hold one of the MaxKeys places.
    void forgetIfPlain(const QString &key);
    int keysWithOwn() const { return int(m_perKey.size()); }
    RateLimiter &rateLimiter() { return m_limiter; }

private:
    FaultSettings m_defaults;
    QHash<QString, FaultSettings> m_perKey;
    RateLimiter m_limiter;
};

} // namespace Xident::Sandbox
