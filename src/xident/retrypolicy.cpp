#include "retrypolicy.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// A week: anything longer is a broken header, and the result must still fit an int.
constexpr qint64 MaxRetryAfterSeconds = 7 * 86400;
} // namespace

namespace Xident {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::chrono::milliseconds RetryPolicy::delayFor(int retry, std::optional<int> retryAfterSeconds) const
{
    if (retryAfterSeconds)
        return std::chrono::seconds(std::max(0, *retryAfterSeconds));
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double base = double(m_baseDelay.count()) * std::ldexp(1.0, exponent);
    const double r = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    const double delay = std::min(base * (0.5 + 0.5 * r), double(m_maxDelay.count()));
    return std::chrono::milliseconds(qint64(std::llround(delay)));
}

bool RetryPolicy::shouldRetry(const Error &error, int retry) const
{
    if (retry > m_maxRetries || !error.isTransient())
        return false;
    if (error.kind() == ErrorKind::RateLimit)
        return error.retryAfter() && *error.retryAfter() <= m_maxRetryAfter.count();
    return true;
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qlonglong>(seconds, MaxRetryAfterSeconds)));

    // Qt 6.4's RFC 2822 parser rejects the "GMT" zone, so read the IMF-fixdate form by hand.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.secsTo(when);
    return int(std::clamp<qint64>(delta, 0, MaxRetryAfterSeconds));
}

} // namespace Xident
