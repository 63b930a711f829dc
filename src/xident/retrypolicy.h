#pragma once

#include "error.h"
#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

namespace Xident {

//! When and how long to wait before another attempt: exponential backoff with jitter, Retry-After honoured.
class XIDENTQT_EXPORT RetryPolicy
{
public:
    //! Returns a number in [0, 1); injectable so delays can be tested exactly.
    using RandomSource = std::function<double()>;

    RetryPolicy();

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries) { m_maxRetries = std::clamp(retries, 0, 100); }

    //! Base of the exponential backoff: the delay before retry n is base × 2^(n-1) × (0.5 + 0.5 × random).
    std::chrono::milliseconds baseDelay() const { return m_baseDelay; }
    void setBaseDelay(std::chrono::milliseconds delay) { m_baseDelay = clampDelay(delay); }

    //! No backoff delay exceeds this.
    std::chrono::milliseconds maxDelay() const { return m_maxDelay; }
    void setMaxDelay(std::chrono::milliseconds delay) { m_maxDelay = clampDelay(delay); }

    //! A Retry-After longer than this is not waited for; the 429 is surfaced instead.
    std::chrono::seconds maxRetryAfter() const { return m_maxRetryAfter; }
    void setMaxRetryAfter(std::chrono::seconds limit) { m_maxRetryAfter = limit; }

    void setRandomSource(RandomSource source) { m_random = std::move(source); }

    //! Pure: the delay before retry number \a retry (1 = first retry). A Retry-After, when given, wins.
    std::chrono::milliseconds delayFor(int retry, std::optional<int> retryAfterSeconds = {}) const;

    //! Whether \a error deserves retry number \a retry (1-based) under this policy's budget.
    bool shouldRetry(const Error &error, int retry) const;

    //! Parses Retry-After as delta-seconds or an HTTP-date (relative to \a now); nullopt when unusable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

    //! The longest delay a timer can hold (Qt 6.4's QTimer takes an int of milliseconds); every delay is clamped to [0, this].
    static constexpr std::chrono::milliseconds MaxTimerDelay{2147483647};
    static std::chrono::milliseconds clampDelay(std::chrono::milliseconds delay)
    {
        return delay.count() < 0 ? std::chrono::milliseconds(0) : std::min(delay, MaxTimerDelay);
    }

private:
    int m_maxRetries = 3;
    std::chrono::milliseconds m_baseDelay{1000};
    std::chrono::milliseconds m_maxDelay{30000};
    std::chrono::seconds m_maxRetryAfter{60};
    RandomSource m_random;
};

} // namespace Xident
