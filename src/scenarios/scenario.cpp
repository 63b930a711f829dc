#include "scenarios/scenario.h"

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

bool FaultSpec::isEmpty() const
{
    return !latencyMs && !errorRate && script.isEmpty() && !rateLimitPerMinute && !retryAfter && body.isEmpty();
}

QJsonObject FaultSpec::toJson() const
{
    QJsonObject o;
    if (latencyMs)
        o.insert("latency_ms"_L1, *latencyMs);
    if (errorRate)
        o.insert("error_rate"_L1, *errorRate);
    if (!script.isEmpty()) {
        QJsonArray statuses;
        for (int status : script)
            statuses.append(status);
        o.insert("script"_L1, statuses);
    }
    if (rateLimitPerMinute)
        o.insert("rate_limit_per_minute"_L1, *rateLimitPerMinute);
    if (retryAfter)
        o.insert("retry_after"_L1, *retryAfter);
    if (!body.isEmpty()) {
        o.insert("body"_L1, body);
        o.insert("count"_L1, bodyCount);
    }
    return o;
}

QString FaultSpec::summary() const
{
    QStringList parts;
    if (!script.isEmpty()) {
        QStringList statuses;
        for (int status : script)
            statuses.append(QString::number(status));
        parts.append(u"script "_s + statuses.join(u", "_s));
    }
    if (latencyMs)
        parts.append(u"latency %1 ms"_s.arg(*latencyMs));
    if (errorRate)
        parts.append(u"error rate %1"_s.arg(*errorRate));
    if (rateLimitPerMinute)
        parts.append(u"%1 requests a minute"_s.arg(*rateLimitPerMinute));
    if (retryAfter)
        parts.append(u"Retry-After %1 s"_s.arg(*retryAfter));
    if (!body.isEmpty())
        parts.append(u"%1 × %2"_s.arg(body).arg(bodyCount));
    return parts.isEmpty() ? u"none"_s : parts.join(u"; "_s);
}

QString ReceiverSpec::summary() const
{
    QStringList parts;
    if (close)
        parts.append(u"closes mid-answer"_s);
    else if (status != 200)
        parts.append(u"answers %1"_s.arg(status));
    if (delayMs > 0)
        parts.append(u"after %1 ms"_s.arg(delayMs));
    if (parts.isEmpty())
        return u"answers 200"_s;
    if (times > 0)
        parts.append(u"for %1 deliveries"_s.arg(times));
    return parts.join(u' ');
}

QString Ending::magicValue() const
{
    return detail.isEmpty() ? u"sandbox:"_s + outcome : u"sandbox:%1:%2"_s.arg(outcome, detail);
}

QString Ending::summary() const
{
    const QString what = detail.isEmpty() ? outcome : outcome + u':' + detail;
    switch (kind) {
    case Kind::Magic: return u"magic "_s + what;
    case Kind::Widget: return u"widget "_s + what;
    case Kind::Admin: return u"admin "_s + what;
    case Kind::None: break;
    }
    return u"none"_s;
}

QString Scenario::expectedStatus() const
{
    if (!expect.status.isEmpty() || ending.kind == Ending::Kind::None)
        return expect.status;
    if (ending.outcome == "expire"_L1)
        return u"expired"_s;
    if (ending.outcome == "pass"_L1)
        return u"success"_s;
    if (ending.outcome == "fail"_L1)
        return u"failed"_s;
    return u"canceled"_s;
}

std::optional<QString> Scenario::expectedReason() const
{
    if (expect.reason || !expect.status.isEmpty())
        return expect.reason;
    if (ending.kind == Ending::Kind::None)
        return std::nullopt;
    if (ending.outcome == "fail"_L1)
        return ending.detail.isEmpty() ? u"age_below_threshold"_s : ending.detail;
    return QString();
}

bool Scenario::needsSandbox() const
{
    return !faults.isEmpty() || ending.kind != Ending::Kind::None;
}

QString Scenario::id() const
{
    return suite + u" / "_s + name;
}

QString ReadError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u":%1:%2"_s.arg(line).arg(column);
    return field.isEmpty() ? u"%1: %2"_s.arg(where, message) : u"%1: %2: %3"_s.arg(where, field, message);
}

} // namespace Xident::Scenarios
