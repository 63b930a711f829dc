#include "initparams.h"

#include <QtCore/QUrl>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

bool isAbsoluteHttpUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

} // namespace

QJsonObject InitParams::toJson() const
{
    QJsonObject o;
    o.insert("callback_url"_L1, callbackUrl);
    if (minAge)
        o.insert("min_age"_L1, *minAge);
    const auto put = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put("success_url"_L1, successUrl);
    put("failed_url"_L1, failedUrl);
    put("user_id"_L1, userId);
    put("theme"_L1, theme);
    put("locale"_L1, locale);
    put("metadata"_L1, metadata);
    put("liveness_difficulty"_L1, livenessDifficulty);
    put("purpose"_L1, purpose);
    put("verification_mode"_L1, verificationMode);
    return o;
}

Error InitParams::validate() const
{
    if (callbackUrl.trimmed().isEmpty())
        return Error(ErrorKind::Configuration, u"callback_url is required."_s);
    if (!isAbsoluteHttpUrl(callbackUrl))
        return Error(ErrorKind::Configuration,
                     u"callback_url must be an absolute http:// or https:// URL (got \"%1\")."_s.arg(callbackUrl));
    if (!successUrl.isEmpty() && !isAbsoluteHttpUrl(successUrl))
        return Error(ErrorKind::Configuration, u"success_url must be an absolute http:// or https:// URL."_s);
    if (!failedUrl.isEmpty() && !isAbsoluteHttpUrl(failedUrl))
        return Error(ErrorKind::Configuration, u"failed_url must be an absolute http:// or https:// URL."_s);
    if (minAge) {
        const bool idVerification = purpose == "id_verification"_L1;
        if (*minAge < (idVerification ? 0 : 1) || *minAge > 99)
            return Error(ErrorKind::Configuration,
                         idVerification ? u"min_age must be between 0 and 99."_s
                                        : u"min_age must be between 1 and 99 (0 only with purpose id_verification)."_s);
    }
    return {};
}

std::optional<InitResult> InitResult::fromJson(const QJsonObject &data)
{
    InitResult r;
    r.token = data.value("token"_L1).toString();
    r.verifyUrl = data.value("verify_url"_L1).toString();
    r.raw = data;
    if (r.token.isEmpty())
        return std::nullopt;
    return r;
}

} // namespace Xident
