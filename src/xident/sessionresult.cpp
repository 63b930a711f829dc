#include "sessionresult.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

std::optional<int> optInt(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> optBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return std::nullopt;
}

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

CheckResult v1Check(const QString &name, const QJsonValue &value)
{
    CheckResult c;
    c.name = name;
    QJsonObject o = value.toObject();
    c.performed = o.value("performed"_L1).toBool(false);
    c.passed = optBool(o.value("passed"_L1));
    o.remove("performed"_L1);
    o.remove("passed"_L1);
    c.details = o;
    return c;
}

// Legacy *_result values are free-form: an object means the check ran.
CheckResult legacyCheck(const QString &name, const QJsonValue &value)
{
    CheckResult c;
    c.name = name;
    c.performed = value.isObject();
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        c.passed = optBool(o.value("passed"_L1));
        if (!c.passed && name == "age"_L1)
            c.passed = o.contains("verified_bracket"_L1) && !o.value("verified_bracket"_L1).isNull();
        o.remove("passed"_L1);
        c.details = o;
    }
    return c;
}

} // namespace

SessionStatus sessionStatusFromString(const QString &s)
{
    if (s == "pending"_L1) return SessionStatus::Pending;
    if (s == "in_progress"_L1) return SessionStatus::InProgress;
    if (s == "success"_L1 || s == "completed"_L1) return SessionStatus::Success;
    if (s == "failed"_L1) return SessionStatus::Failed;
    if (s == "canceled"_L1 || s == "cancelled"_L1) return SessionStatus::Canceled;
    if (s == "claimed"_L1) return SessionStatus::Claimed;
    return SessionStatus::Unknown;
}

QString sessionStatusToString(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Pending: return u"pending"_s;
    case SessionStatus::InProgress: return u"in_progress"_s;
    case SessionStatus::Success: return u"success"_s;
    case SessionStatus::Failed: return u"failed"_s;
    case SessionStatus::Canceled: return u"canceled"_s;
    case SessionStatus::Claimed: return u"claimed"_s;
    case SessionStatus::Unknown: break;
    }
    return u"unknown"_s;
}

bool isTerminalStatus(SessionStatus status)
{
    return status == SessionStatus::Success || status == SessionStatus::Failed
        || status == SessionStatus::Canceled || status == SessionStatus::Claimed;
}

SessionResult SessionResult::fromJson(const QJsonObject &data)
{
    SessionResult r;
    r.m_raw = data;
    r.m_statusText = data.value("status"_L1).toString();
    r.m_status = sessionStatusFromString(r.m_statusText);

    // The v1 contract has "checks" or "token"; the legacy shape has "id" and *_result fields.
    const bool legacy = !data.contains("checks"_L1) && !data.contains("token"_L1)
        && (data.contains("id"_L1) || data.contains("age_result"_L1) || data.contains("liveness_result"_L1)
            || r.m_statusText == "completed"_L1);
    r.m_shape = legacy ? Shape::Legacy : Shape::V1;

    r.m_token = str(data, "token"_L1);
    r.m_id = str(data, "id"_L1);
    r.m_externalUserId = str(data, "external_user_id"_L1);
    r.m_createdAt = str(data, "created_at"_L1);
    r.m_startedAt = str(data, "started_at"_L1);
    r.m_completedAt = str(data, "completed_at"_L1);
    r.m_expiresAt = str(data, "expires_at"_L1);

    r.m_verified = optBool(data.value("verified"_L1));
    r.m_reason = str(data, "reason"_L1);
    r.m_verificationType = str(data, "verification_type"_L1);
    r.m_ipCountry = str(data, "ip_country"_L1);
    r.m_riskBand = data.value("risk"_L1).toObject().value("band"_L1).toString();

    r.m_minAge = optInt(data.value("min_age"_L1));
    r.m_countryCode = str(data, "country_code"_L1);
    const QJsonArray methods = data.value("required_methods"_L1).toArray();
    for (const QJsonValue &m : methods)
        r.m_requiredMethods.append(m.toString());
    r.m_remainingAttempts = optInt(data.value("remaining_attempts"_L1));
    r.m_ocrTaskId = str(data, "ocr_task_id"_L1);
    r.m_regime = str(data, "regime"_L1);

    if (legacy) {
        r.m_checks = {
            legacyCheck(u"liveness"_s, data.value("liveness_result"_L1)),
            legacyCheck(u"age"_s, data.value("age_result"_L1)),
            legacyCheck(u"document"_s, data.value("ocr_result"_L1)),
            legacyCheck(u"face_match"_s, data.value("face_match_result"_L1)),
        };
    } else {
        const QJsonObject checks = data.value("checks"_L1).toObject();
        static const QStringList known = {u"liveness"_s, u"age"_s, u"document"_s, u"face_match"_s, u"eu_wallet"_s, u"aml"_s};
        for (const QString &name : known)
            r.m_checks.append(v1Check(name, checks.value(name)));
        // The contract is additive: keep checks this client does not know yet.
        for (auto it = checks.begin(); it != checks.end(); ++it) {
            if (!known.contains(it.key()))
                r.m_checks.append(v1Check(it.key(), it.value()));
        }
        if (data.contains("risk"_L1)) {
            CheckResult risk;
            risk.name = u"risk"_s;
            risk.performed = !r.m_riskBand.isEmpty();
            risk.details = data.value("risk"_L1).toObject();
            r.m_checks.append(risk);
        }
    }
    return r;
}

std::optional<CheckResult> SessionResult::check(const QString &name) const
{
    for (const CheckResult &c : m_checks) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<int> SessionResult::ageBracket() const
{
    if (m_shape == Shape::Legacy) {
        const QJsonObject age = m_raw.value("age_result"_L1).toObject();
        return optInt(age.value("verified_bracket"_L1));
    }
    const QJsonObject age = m_raw.value("checks"_L1).toObject().value("age"_L1).toObject();
    if (age.value("passed"_L1).toBool(false))
        return optInt(age.value("gate"_L1));
    return std::nullopt;
}

std::optional<int> SessionResult::estimatedAge() const
{
    const QJsonObject age = m_shape == Shape::Legacy ? m_raw.value("age_result"_L1).toObject()
                                                     : m_raw.value("checks"_L1).toObject().value("age"_L1).toObject();
    return optInt(age.value("estimated_age"_L1));
}

QString SessionResult::method() const
{
    if (m_shape == Shape::Legacy)
        return m_raw.value("age_result"_L1).toObject().value("method"_L1).toString();
    return m_verificationType;
}

QString SessionResult::country() const
{
    if (!m_ipCountry.isEmpty())
        return m_ipCountry;
    if (!m_countryCode.isEmpty())
        return m_countryCode;
    if (auto doc = check(u"document"_s))
        return doc->details.value("country"_L1).toString();
    return {};
}

} // namespace Xident
