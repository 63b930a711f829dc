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
        return clampDelay(std::chrono::seconds(std::max(0, *retryAfterSeconds)));
    const int exponent = std::clamp(retry, 1, 31) - 1;   // clamp first: retry - 1 would overflow at INT_MIN
    const double base = double(m_baseDelay.count()) * std::ldexp(1.0, exponent);
    const double r = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    const double delay = std::min({base * (0.5 + 0.5 * r), double(m_maxDelay.count()), double(MaxTimerDelay.count())});
    return std::chrono::milliseconds(qint64(std::llround(delay)));
}

bool RetryPolicy::shouldRetry(const Error &error, int retry) const
{
    if (retry > m_maxRetries || !error.isTransient())
        return false;
    // A Retry-After longer than the policy waits is surfaced; without one, the backoff applies.
    if (error.kind() == ErrorKind::RateLimit && error.retryAfter())
        return *error.retryAfter() <= m_maxRetryAfter.count();
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

    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT". Qt 6.4's RFC 2822 parser rejects the "GMT" zone,
    // and QLocale::toDateTime() parses in local time (a date in a DST gap would vanish), so the date and
    // the time are read separately and joined in UTC.
    const QString text = QString::fromLatin1(value);
    if (text.size() != 29 || text.at(3) != u',' || text.at(4) != u' ' || text.at(16) != u' ' || text.at(25) != u' '
        || !text.endsWith(" GMT"_L1))
        return std::nullopt;
    const QDate date = QLocale::c().toDate(text.mid(5, 11), u"dd MMM yyyy"_s);
    const QTime time = QLocale::c().toTime(text.mid(17, 8), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime when(date, time, QTimeZone::utc());
    const qint64 delta = now.secsTo(when);
    return int(std::clamp<qint64>(delta, 0, MaxRetryAfterSeconds));
}

} // namespace Xident
