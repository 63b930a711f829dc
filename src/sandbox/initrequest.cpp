#include "sandbox/initrequest.h"

#include "sandbox/options.h"
#include "sandbox/sandbox.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

// user_id and metadata may hold a magic value (sandbox:pass, sandbox:fail:<reason>, ...): it must be a whole one.
QString magicProblem(const Session &s)
{
    for (const auto &[field, magic] : {std::pair{"user_id", s.userId}, std::pair{"metadata", s.metadata}}) {
        if (!magic.startsWith("sandbox:"_L1))
            continue;
        const QStringList parts = magic.split(u':');
        if (const QString problem = Server::outcomeProblem(parts.value(1), parts.mid(2).join(u':'));
            !problem.isEmpty() || parts.size() > 3 || (parts.size() == 3 && parts[2].isEmpty()))
            return u"%1: \"%2\" is not a sandbox magic value (%3; e.g. sandbox:pass, sandbox:pass:ocr, "
                   "sandbox:fail:face_mismatch, sandbox:cancel, sandbox:expire)."_s
                .arg(QLatin1StringView(field), magic, problem.isEmpty() ? u"an empty or extra part"_s : problem);
    }
    return {};
}

} // namespace

InitRequest InitRequest::refused(const QString &code, const QString &message)
{
    InitRequest r;
    r.code = code;
    r.message = message;
    return r;
}

InitRequest InitRequest::read(const QByteArray &json)
{
    const QByteArray &requestBody = json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return InitRequest::refused(u"INVALID_JSON"_s, u"The request body must be a JSON object."_s);
    const QJsonObject body = doc.object();
    const auto invalid = [](const QString &message) { return InitRequest::refused(u"INVALID_REQUEST"_s, message); };
    const auto stringField = [&](const char *name, QString *out) -> std::optional<InitRequest> {
        const QJsonValue v = body.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return invalid(u"%1 must be a string."_s.arg(QLatin1StringView(name)));
        *out = v.toString();
        return std::nullopt;
    };
    const auto oneOf = [&](const char *name, const QString &value, const QStringList &allowed) -> std::optional<InitRequest> {
        if (!value.isEmpty() && !allowed.contains(value))
            return invalid(u"%1 must be one of %2 (got \"%3\")."_s.arg(QLatin1StringView(name), allowed.join(u", "_s), value));
        return std::nullopt;
    };

    Session s;
    for (auto [name, out] : {std::pair{"callback_url", &s.callbackUrl}, {"success_url", &s.successUrl},
                             {"failed_url", &s.failedUrl}, {"user_id", &s.userId}, {"theme", &s.theme},
                             {"locale", &s.locale}, {"metadata", &s.metadata},
                             {"liveness_difficulty", &s.livenessDifficulty}, {"purpose", &s.purpose},
                             {"verification_mode", &s.verificationMode}}) {
        if (auto bad = stringField(name, out))
            return *bad;
    }
    // Every field has a maximum length (documented in the README), named when it is exceeded.
    for (auto [name, value, limit] : {std::tuple{"callback_url", &s.callbackUrl, 2048}, {"success_url", &s.successUrl, 2048},
                                      {"failed_url", &s.failedUrl, 2048}, {"user_id", &s.userId, 255}, {"theme", &s.theme, 16},
                                      {"locale", &s.locale, 16}, {"metadata", &s.metadata, 4096},
                                      {"liveness_difficulty", &s.livenessDifficulty, 16}, {"purpose", &s.purpose, 64},
                                      {"verification_mode", &s.verificationMode, 16}}) {
        // Characters as people count them (code points), not UTF-16 units.
        if (const qsizetype length = value->toUcs4().size(); length > limit)
            return invalid(u"%1 may be at most %2 characters (got %3)."_s.arg(QLatin1StringView(name)).arg(limit).arg(length));
    }
    if (s.callbackUrl.isEmpty())
        return invalid(u"callback_url is required."_s);
    if (!isAbsoluteHttpUrl(s.callbackUrl))
        return invalid(u"callback_url must be an absolute http(s) URL."_s);
    if (!s.successUrl.isEmpty() && !isAbsoluteHttpUrl(s.successUrl))
        return invalid(u"success_url must be an absolute http(s) URL."_s);
    if (!s.failedUrl.isEmpty() && !isAbsoluteHttpUrl(s.failedUrl))
        return invalid(u"failed_url must be an absolute http(s) URL."_s);
    if (auto bad = oneOf("theme", s.theme, {u"light"_s, u"dark"_s, u"auto"_s, u"system"_s}))
        return *bad;
    if (auto bad = oneOf("liveness_difficulty", s.livenessDifficulty, {u"easy"_s, u"medium"_s, u"hard"_s}))
        return *bad;
    if (auto bad = oneOf("verification_mode", s.verificationMode, {u"auto"_s, u"document"_s, u"facial"_s}))
        return *bad;
    if (auto bad = oneOf("purpose", s.purpose, {u"age_verification"_s, u"id_verification"_s}))
        return *bad;
    if (!s.locale.isEmpty() && (s.locale.size() < 2 || s.locale.size() > 10))
        return invalid(u"locale must be a language code such as en, de or fr."_s);
    const QJsonValue minAge = body.value("min_age"_L1);
    if (!minAge.isUndefined() && !minAge.isNull()) {
        const double age = minAge.toDouble(-1);
        const int lowest = s.purpose == "id_verification"_L1 ? 0 : 1;
        if (!minAge.isDouble() || age != double(int(age)) || age < lowest || age > 99)
            return invalid(u"min_age must be a whole number from %1 to 99."_s.arg(lowest));
        s.minAge = int(age);
    }

    if (const QString problem = magicProblem(s); !problem.isEmpty())
        return invalid(problem);
    InitRequest accepted;
    accepted.session = s;
    return accepted;
}

} // namespace Xident::Sandbox
