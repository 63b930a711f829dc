#include "sandbox/sessionstore.h"

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

SessionStore::SessionStore(StoreLimits limits)
    : m_limits(limits)
{
}

Session &SessionStore::add(Session session)
{
    while (!m_sessions.empty() && int(m_sessions.size()) >= std::max(1, m_limits.maxSessions)) {
        forget(m_sessions.begin());
        ++m_forgotten;
    }
    session.serial = m_nextSerial++;
    const quint64 serial = session.serial;
    m_byToken.insert(session.initToken, serial);
    m_byToken.insert(session.resultToken, serial);
    m_byKey[session.apiKey].insert(serial);
    if (session.expiresAt.isValid())
        m_deadlines.emplace(session.expiresAt.toMSecsSinceEpoch(), serial);
    return m_sessions.emplace(serial, std::move(session)).first->second;
}

Session *SessionStore::find(const QString &token)
{
    const auto serial = m_byToken.constFind(token);
    if (serial == m_byToken.cend())
        return nullptr;
    const auto it = m_sessions.find(*serial);
    return it == m_sessions.end() ? nullptr : &it->second;
}

const Session *SessionStore::find(const QString &token) const
{
    return const_cast<SessionStore *>(this)->find(token);
}

void SessionStore::forget(std::map<quint64, Session>::iterator it)
{
    const Session &s = it->second;
    m_byToken.remove(s.initToken);
    m_byToken.remove(s.resultToken);
    if (auto key = m_byKey.find(s.apiKey); key != m_byKey.end()) {
        key->erase(s.serial);
        if (key->empty())
            m_byKey.erase(key);
    }
    // Its deadline entry, if still queued, is dropped when it comes due (the serial no longer resolves).
    m_sessions.erase(it);
}

QList<QString> SessionStore::takeExpired(const QDateTime &now, int max)
{
    QList<QString> out;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    while (!m_deadlines.empty() && int(out.size()) < max && m_deadlines.begin()->first < nowMs) {
        const quint64 serial = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        const auto it = m_sessions.find(serial);
        if (it != m_sessions.end() && it->second.status == "pending"_L1)
            out.append(it->second.initToken);
    }
    return out;
}

int SessionStore::forgetAged(const QDateTime &now, int max)
{
    const QDateTime cutoff = now.addSecs(-m_limits.maxAgeSeconds);
    int n = 0;
    while (!m_sessions.empty() && n < max && m_sessions.begin()->second.createdAt < cutoff) {
        forget(m_sessions.begin());
        ++m_forgotten;
        ++n;
    }
    return n;
}

bool SessionStore::hasDueWork(const QDateTime &now) const
{
    if (!m_deadlines.empty() && m_deadlines.begin()->first < now.toMSecsSinceEpoch())
        return true;
    return !m_sessions.empty() && m_sessions.begin()->second.createdAt < now.addSecs(-m_limits.maxAgeSeconds);
}

QList<const Session *> SessionStore::page(const QString &apiKey, int page, int perPage, int *total) const
{
    QList<const Session *> out;
    const qsizetype skip = qsizetype(std::max(0, page - 1)) * perPage;
    if (apiKey.isEmpty()) {
        *total = int(m_sessions.size());
        qsizetype i = 0;
        for (auto it = m_sessions.crbegin(); it != m_sessions.crend() && out.size() < perPage; ++it, ++i) {
            if (i >= skip)
                out.append(&it->second);
        }
        return out;
    }
    const auto key = m_byKey.constFind(apiKey);
    if (key == m_byKey.cend()) {
        *total = 0;
        return out;
    }
    *total = int(key->size());
    qsizetype i = 0;
    for (auto it = key->crbegin(); it != key->crend() && out.size() < perPage; ++it, ++i) {
        if (i >= skip)
            out.append(&m_sessions.at(*it));
    }
    return out;
}

} // namespace Xident::Sandbox
