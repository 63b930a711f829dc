#include "console/core/apicall.h"

#include "console/core/profile.h"

#include <XidentQt/blacklist.h>
#include <XidentQt/client.h>
#include <XidentQt/face2fa.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The headers every call carries, which a snippet's SDK sets itself.
bool isOwnHeader(const QByteArray &name)
{
    for (const char *own : {"x-api-key", "x-api-version", "user-agent", "accept", "content-type", "content-length", "host",
                            "connection", "accept-encoding", "accept-language"}) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Config::HeaderList withheld(const Config::HeaderList &headers)
{
    Config::HeaderList out;
    for (const auto &h : headers) {
        if (isOwnHeader(h.first))
            continue;
        out.append({h.first, Profile::isSensitiveHeader(h.first) ? RedactionMarker.toString().toUtf8() : h.second});
    }
    return out;
}

void readInit(const QJsonObject &body, InitParams &p)
{
    p.callbackUrl = body.value("callback_url"_L1).toString();
    if (body.value("min_age"_L1).isDouble())
        p.minAge = body.value("min_age"_L1).toInt();
    p.successUrl = body.value("success_url"_L1).toString();
    p.failedUrl = body.value("failed_url"_L1).toString();
    p.userId = body.value("user_id"_L1).toString();
    p.theme = body.value("theme"_L1).toString();
    p.locale = body.value("locale"_L1).toString();
    p.metadata = body.value("metadata"_L1).toString();
    p.livenessDifficulty = body.value("liveness_difficulty"_L1).toString();
    p.purpose = body.value("purpose"_L1).toString();
    p.verificationMode = body.value("verification_mode"_L1).toString();
}

// The operation a method and path (under /verify/v1, decoded segments) name, filling what the path carries.
std::optional<ApiCall::Operation> operationOf(const QByteArray &method, const QStringList &parts, ApiCall &call)
{
    using Op = ApiCall::Operation;
    const QString first = parts.value(0), second = parts.value(1);
    const auto is = [&method](const char *m) { return method == m; };
    if (parts.size() == 1 && first == "init"_L1 && is("POST"))
        return Op::Init;
    if (parts.size() == 2 && first == "result"_L1 && is("GET")) {
        call.token = second;
        return Op::Result;
    }
    if (first == "blacklist"_L1) {
        if (parts.size() == 1 && is("GET"))
            return Op::BlacklistList;
        if (parts.size() == 2 && second == "session"_L1 && is("POST"))
            return Op::BlacklistAddSession;
        if (parts.size() == 2 && second == "image"_L1 && is("POST"))
            return Op::BlacklistAddImage;
        bool ok = false;
        call.entryId = second.toLongLong(&ok);
        if (parts.size() == 2 && ok && is("DELETE"))
            return Op::BlacklistRemove;
        return std::nullopt;
    }
    if (first != "2fa"_L1 || parts.size() < 2)
        return std::nullopt;
    if (parts.size() == 2 && second == "register"_L1 && is("POST"))
        return Op::FaceRegister;
    if (parts.size() == 2 && second == "verify"_L1 && is("POST"))
        return Op::FaceVerify;
    if (parts.size() == 3 && second == "status"_L1 && is("GET")) {
        call.challengeId = parts.value(2);
        return Op::FaceStatus;
    }
    if (parts.size() == 3 && second == "users"_L1 && (is("GET") || is("DELETE"))) {
        call.userId = parts.value(2);
        return is("GET") ? Op::FaceUser : Op::FaceDeleteUser;
    }
    return std::nullopt;
}

} // namespace

ApiCall ApiCall::forConfig(const Config &config, Operation operation)
{
    ApiCall call;
    call.operation = operation;
    call.baseUrl = config.baseUrl();
    call.apiVersion = config.apiVersion();
    call.headers = withheld(config.extraHeaders());
    return call;
}

std::optional<ApiCall> ApiCall::fromExchange(const Exchange &x)
{
    const QString path = x.url.path(QUrl::FullyEncoded);
    const qsizetype at = path.lastIndexOf("/verify/v1/"_L1);
    if (at < 0)
        return std::nullopt;
    ApiCall call;
    QUrl base = x.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    base.setPath(path.left(at), QUrl::TolerantMode);
    call.baseUrl = base.toString(QUrl::FullyEncoded);
    QStringList parts;
    for (const QString &p : path.mid(at + 11).split(u'/'))
        parts.append(QUrl::fromPercentEncoding(p.toUtf8()));
    const auto op = operationOf(x.method, parts, call);
    if (!op)
        return std::nullopt;
    call.operation = *op;
    Config::HeaderList extra;
    for (const auto &h : x.requestHeaders) {
        if (h.first.compare("x-api-version", Qt::CaseInsensitive) == 0)
            call.apiVersion = QString::fromUtf8(h.second);
        else
            extra.append(h);
    }
    call.headers = withheld(extra);
    const QUrlQuery query(x.url);
    if (call.operation == Operation::BlacklistList) {
        call.page = query.queryItemValue(u"page"_s).toInt();
        call.perPage = query.queryItemValue(u"per_page"_s).toInt();
    }
    const QJsonObject body = QJsonDocument::fromJson(x.requestBody).object();
    readInit(body, call.init);
    call.token = body.contains("session_token"_L1) ? body.value("session_token"_L1).toString() : call.token;
    call.reason = body.value("reason"_L1).toString();
    call.userId = body.contains("user_id"_L1) ? body.value("user_id"_L1).toString() : call.userId;
    // The log keeps the start of a large body only: the image is read from a file in a snippet anyway.
    call.image = QByteArray::fromBase64(body.value("image"_L1).toString().toLatin1());
    return call;
}

bool ApiCall::hasImage() const
{
    return operation == Operation::BlacklistAddImage || operation == Operation::FaceRegister
           || operation == Operation::FaceVerify;
}

QByteArray ApiCall::method() const
{
    switch (operation) {
    case Operation::Result:
    case Operation::BlacklistList:
    case Operation::FaceStatus:
    case Operation::FaceUser:
        return "GET";
    case Operation::BlacklistRemove:
    case Operation::FaceDeleteUser:
        return "DELETE";
    default:
        return "POST";
    }
}

QString ApiCall::path() const
{
    switch (operation) {
    case Operation::Init: return u"/init"_s;
    case Operation::Result: return u"/result/"_s + segment(token);
    case Operation::BlacklistList: return u"/blacklist"_s;
    case Operation::BlacklistAddSession: return u"/blacklist/session"_s;
    case Operation::BlacklistAddImage: return u"/blacklist/image"_s;
    case Operation::BlacklistRemove: return u"/blacklist/"_s + QString::number(entryId);
    case Operation::FaceRegister: return u"/2fa/register"_s;
    case Operation::FaceVerify: return u"/2fa/verify"_s;
    case Operation::FaceStatus: return u"/2fa/status/"_s + segment(challengeId);
    case Operation::FaceUser:
    case Operation::FaceDeleteUser: return u"/2fa/users/"_s + segment(userId);
    }
    return {};
}

QString ApiCall::query() const
{
    return operation == Operation::BlacklistList ? u"page=%1&per_page=%2"_s.arg(page).arg(perPage) : QString();
}

QJsonObject ApiCall::body() const
{
    switch (operation) {
    case Operation::Init:
        return init.toJson();
    case Operation::BlacklistAddSession:
        return {{"session_token"_L1, token}, {"reason"_L1, reason}};
    case Operation::BlacklistAddImage:
        return {{"image"_L1, QString::fromLatin1(image.toBase64())}, {"reason"_L1, reason}};
    case Operation::FaceRegister:
    case Operation::FaceVerify:
        return {{"user_id"_L1, userId}, {"image"_L1, QString::fromLatin1(image.toBase64())}};
    default:
        return {};
    }
}

QUrl ApiCall::url() const
{
    Config config;
    config.setBaseUrl(baseUrl);
    QUrl url = config.endpointUrl(path());
    if (!query().isEmpty())
        url.setQuery(query(), QUrl::StrictMode);
    return url;
}

Job *ApiCall::makeJob(Client *client) const
{
    switch (operation) {
    case Operation::Init: return client->init(init);
    case Operation::Result: return client->getResult(token);
    case Operation::BlacklistList: return client->blacklist(page, perPage);
    case Operation::BlacklistAddSession: return client->blacklistSession(token, reason);
    case Operation::BlacklistAddImage: return client->blacklistImage(image, reason);
    case Operation::BlacklistRemove: return client->removeBlacklistEntry(entryId);
    case Operation::FaceRegister: return client->registerFace(userId, image);
    case Operation::FaceVerify: return client->verifyFace(userId, image);
    case Operation::FaceStatus: return client->face2faStatus(challengeId);
    case Operation::FaceUser: return client->face2faUser(userId);
    case Operation::FaceDeleteUser: return client->deleteFace2faUser(userId);
    }
    return nullptr;
}

} // namespace Xident::Console
