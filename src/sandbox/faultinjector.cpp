#include "sandbox/faultinjector.h"

namespace Xident::Sandbox {

bool RateLimiter::admit(const QString &key, int perMinute, qint64 nowMs)
{
    auto it = m_windows.find(key);
    if (it == m_windows.end()) {
        if (int(m_windows.size()) >= m_maxKeys) {
            // Forget the windows that have run out; if every one is current, start afresh rather than grow.
            m_windows.removeIf([nowMs](const auto &entry) { return nowMs - entry.value().startMs >= 60000; });
            if (int(m_windows.size()) >= m_maxKeys)
                m_windows.clear();
        }
        it = m_windows.insert(key, Window{nowMs, 0});
    }
    if (nowMs - it->startMs >= 60000)
        *it = Window{nowMs, 0};
    if (it->count >= perMinute)
        return false;
    ++it->count;
    return true;
}

FaultSettings &FaultInjector::settingsFor(const QString &key)
{
    const auto it = m_perKey.find(key);
    return it == m_perKey.end() ? m_defaults : *it;
}

FaultSettings *FaultInjector::ownSettings(const QString &key)
{
    auto it = m_perKey.find(key);
    if (it != m_perKey.end())
        return &*it;
    if (int(m_perKey.size()) >= MaxKeys)
        return nullptr;
    // A key's own settings start from the defaults' steady ones; a scripted sequence stays the defaults'.
    FaultSettings own = m_defaults;
    own.script.clear();
    own.forcedBody.clear();
    own.forcedCount = 0;
    return &*m_perKey.insert(key, own);
}

void FaultInjector::forgetIfPlain(const QString &key)
{
    const auto it = m_perKey.constFind(key);
    if (it == m_perKey.cend())
        return;
    const FaultSettings &own = *it;
    const bool plain = own.latencyMs == m_defaults.latencyMs && own.errorRate == m_defaults.errorRate
                       && own.rateLimitPerMinute == m_defaults.rateLimitPerMinute && own.retryAfter == m_defaults.retryAfter
                       && own.script.isEmpty() && own.forcedCount == 0;
    if (plain)
        m_perKey.erase(it);
}

} // namespace Xident::Sandbox
