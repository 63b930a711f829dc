// The newer API's blacklist and face-2FA resources, in memory and private to each key.
#include "sandbox/sandbox.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

HttpReply invalid(const QString &message, const QString &requestId)
{
    return errorReply(400, u"INVALID_REQUEST"_s, message, requestId);
}

} // namespace

QStringList Server::face2faFailureReasons()
{
    return FaceResources::failureReasons();
}

// The blacklist routes: request checks and answers; the state lives in FaceResources.
HttpReply Server::handleBlacklist(const HttpRequest &request, const ImageBody &body, const QStringList &parts,
                                  const QString &apiKey, const QString &requestId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parts.size() == 1 && request.method == "GET") {
        bool ok = true;
        const int page = request.query.hasQueryItem(u"page"_s) ? request.query.queryItemValue(u"page"_s).toInt(&ok) : 1;
        if (!ok || page < 1)
            return invalid(u"page must be a whole number ≥ 1."_s, requestId);
        const int perPage = request.query.hasQueryItem(u"per_page"_s) ? request.query.queryItemValue(u"per_page"_s).toInt(&ok) : 20;
        if (!ok || perPage < 1 || perPage > 100)
            return invalid(u"per_page must be a whole number from 1 to 100."_s, requestId);
        const auto mine = m_faces.blacklist(apiKey, now);
        QJsonArray items;
        for (qsizetype at = qsizetype(page - 1) * perPage; at < mine.size() && items.size() < perPage; ++at)
            items.append(mine[at]->toJson());
        const int total = int(mine.size());
        return dataReply(200, items, requestId,
                    QJsonObject{{"pagination"_L1, QJsonObject{{"page"_L1, page}, {"per_page"_L1, perPage}, {"total"_L1, total},
                                                              {"total_pages"_L1, (total + perPage - 1) / perPage}}}});
    }

    if (parts.size() == 2 && request.method == "POST" && (parts[1] == "session"_L1 || parts[1] == "image"_L1)) {
        if (!body.json)
            return errorReply(400, u"INVALID_JSON"_s, u"The request body must be a JSON object."_s, requestId);
        const QString reason = body.json->value("reason"_L1).toString();
        if (!body.json->value("reason"_L1).isString() || reason.trimmed().isEmpty())
            return invalid(u"reason is required."_s, requestId);
        if (reason.toUcs4().size() > 500)   // characters, not UTF-16 units
            return invalid(u"reason may be at most 500 characters."_s, requestId);
        qint64 sessionId = 0;
        QByteArray hash;
        if (parts[1] == "session"_L1) {
            const QString token = body.json->value("session_token"_L1).toString();
            if (token.isEmpty())
                return invalid(u"session_token is required (the xtk_ result token)."_s, requestId);
            const Session *s = findSession(token);
            if (!s || s->apiKey != apiKey)
                return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"session_token not found."_s, requestId);
            if (s->status == "pending"_L1 || s->status == "in_progress"_L1)
                return errorReply(409, u"SESSION_IN_PROGRESS"_s, u"The session is still in progress; blacklist it once it is final."_s, requestId);
            // Only a session that captured a face has data to blacklist.
            if (s->status == "canceled"_L1 || s->status == "expired"_L1 || s->method == "self_declaration"_L1 || s->method == "eu_wallet"_L1)
                return errorReply(422, u"SESSION_HAS_NO_FACE_DATA"_s, u"The session captured no face (browser-only or no capture)."_s, requestId);
            sessionId = qint64(s->serial);
            hash = QCryptographicHash::hash(s->resultToken.toUtf8(), QCryptographicHash::Sha256);
        } else {
            if (!body.imageHash)
                return invalid(body.imageError, requestId);
            hash = *body.imageHash;
        }
        m_faces.addToBlacklist(apiKey, parts[1], reason, sessionId, hash, now);
        return dataReply(202, QJsonObject{{"status"_L1, u"processing"_s}}, requestId);
    }

    if (parts.size() == 2 && request.method == "DELETE") {
        bool ok = false;
        const qint64 id = parts[1].toLongLong(&ok);
        if (!ok || id <= 0)
            return invalid(u"The blacklist id is a positive whole number."_s, requestId);
        if (!m_faces.removeFromBlacklist(apiKey, id))
            return errorReply(404, u"NOT_FOUND"_s, u"No blacklist entry %1."_s.arg(id), requestId);
        return dataReply(200, QJsonObject{{"id"_L1, id}, {"deleted"_L1, true}}, requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown blacklist endpoint."_s, requestId);
}

// The face-2FA routes: request checks and answers; the state lives in FaceResources.
HttpReply Server::handleFace2fa(const HttpRequest &request, const ImageBody &body, const QStringList &parts,
                                const QString &apiKey, const QString &requestId)
{
    // parts: 2fa, register | verify | status/{id} | users/{user_id}
    const QString action = parts.value(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto checkUserId = [&](const QString &userId) -> std::optional<HttpReply> {
        if (userId.trimmed().isEmpty())
            return invalid(u"user_id is required."_s, requestId);
        if (userId.toUcs4().size() > 255)
            return invalid(u"user_id may be at most 255 characters."_s, requestId);
        return std::nullopt;
    };

    if (parts.size() == 2 && request.method == "POST" && (action == "register"_L1 || action == "verify"_L1)) {
        if (!body.json)
            return errorReply(400, u"INVALID_JSON"_s, u"The request body must be a JSON object."_s, requestId);
        const QString userId = body.json->value("user_id"_L1).toString();
        if (auto bad = checkUserId(userId))
            return *bad;
        if (!body.imageHash)
            return invalid(body.imageError, requestId);
        // A magic image "sandbox:<failure_reason>" forces that outcome; otherwise it is decided when processed.
        QString forced;
        if (body.imageHead.startsWith("sandbox:")) {
            forced = QString::fromLatin1(body.imageHead.mid(8));
            if (!FaceResources::failureReasons().contains(forced))
                return invalid(u"a sandbox image names one of %1."_s.arg(FaceResources::failureReasons().join(u", "_s)), requestId);
        }
        const Challenge &c = m_faces.startChallenge(apiKey, userId, action == "register"_L1 ? u"enroll"_s : u"verify"_s,
                                                    *body.imageHash, forced, now);
        return dataReply(202, QJsonObject{{"challenge_id"_L1, c.id}, {"status"_L1, u"processing"_s}}, requestId);
    }

    if (parts.size() == 3 && action == "status"_L1 && request.method == "GET") {
        if (const Challenge *c = m_faces.challenge(apiKey, parts[2], now))
            return dataReply(200, c->toJson(), requestId);
        return errorReply(404, u"NOT_FOUND"_s, u"No challenge %1."_s.arg(parts[2]), requestId);
    }

    if (parts.size() == 3 && action == "users"_L1 && (request.method == "GET" || request.method == "DELETE")) {
        if (auto bad = checkUserId(parts[2]))
            return *bad;
        if (request.method == "DELETE") {
            // A hard delete, and idempotent: deleting what is not there succeeds too.
            m_faces.deleteUser(apiKey, parts[2]);
            return dataReply(200, QJsonObject{{"deleted"_L1, true}}, requestId);
        }
        const auto user = m_faces.user(apiKey, parts[2]);
        return dataReply(200, QJsonObject{{"enrolled"_L1, user.has_value()},
                                     {"enrolled_at"_L1, user ? QJsonValue(user->enrolledAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}},
                    requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown 2FA endpoint."_s, requestId);
}

} // namespace Xident::Sandbox
