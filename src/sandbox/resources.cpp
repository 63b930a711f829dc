// The newer API's blacklist and face-2FA resources, in memory and private to each key.
#include "sandbox.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

QString newId(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

HttpReply data(int status, const QJsonValue &value, const QString &requestId, const QJsonObject &meta = {})
{
    QJsonObject body{{"success"_L1, true}, {"data"_L1, value}};
    if (!meta.isEmpty())
        body.insert("meta"_L1, meta);
    return jsonReply(status, body, requestId);
}

HttpReply invalid(const QString &message, const QString &requestId)
{
    return errorReply(400, u"INVALID_REQUEST"_s, message, requestId);
}

// Decodes a base64 image; the hash stands in for a face template.
std::optional<QByteArray> imageHash(const QJsonObject &body, QString *error)
{
    const QJsonValue v = body.value("image"_L1);
    if (!v.isString() || v.toString().isEmpty()) {
        *error = u"image is required (base64)."_s;
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *error = u"image must be valid base64."_s;
        return std::nullopt;
    }
    if (decoded.decoded.size() > 5 * 1024 * 1024) {
        *error = u"image is larger than 5 MB."_s;
        return std::nullopt;
    }
    return QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

HttpReply Server::handleBlacklist(const HttpRequest &request, const QStringList &parts, const QString &apiKey,
                                  const QString &requestId)
{
    const auto entryJson = [](const BlacklistEntry &e) {
        QJsonObject o{{"id"_L1, e.id}, {"type"_L1, e.kind}, {"reason"_L1, e.reason},
                      {"created_at"_L1, e.createdAt.toString(Qt::ISODate)}};
        if (!e.sessionToken.isEmpty())
            o.insert("session_token"_L1, e.sessionToken);
        return o;
    };

    if (parts.size() == 1 && request.method == "GET") {
        bool ok = true;
        const int page = request.query.hasQueryItem(u"page"_s) ? request.query.queryItemValue(u"page"_s).toInt(&ok) : 1;
        if (!ok || page < 1)
            return invalid(u"page must be a whole number ≥ 1."_s, requestId);
        const int perPage = request.query.hasQueryItem(u"per_page"_s) ? request.query.queryItemValue(u"per_page"_s).toInt(&ok) : 20;
        if (!ok || perPage < 1 || perPage > 100)
            return invalid(u"per_page must be a whole number from 1 to 100."_s, requestId);
        QList<const BlacklistEntry *> mine;
        for (const BlacklistEntry &e : std::as_const(m_blacklist)) {
            if (e.apiKey == apiKey)
                mine.append(&e);
        }
        QJsonArray items;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < mine.size() && items.size() < perPage; ++i)
            items.append(entryJson(*mine[i]));
        const int total = int(mine.size());
        return data(200, items, requestId,
                    QJsonObject{{"pagination"_L1, QJsonObject{{"page"_L1, page}, {"per_page"_L1, perPage}, {"total"_L1, total},
                                                              {"total_pages"_L1, (total + perPage - 1) / perPage}}}});
    }

    if (parts.size() == 2 && request.method == "POST" && (parts[1] == "session"_L1 || parts[1] == "image"_L1)) {
        const auto body = jsonBody(request);
        if (!body)
            return errorReply(400, u"INVALID_JSON"_s, u"The request body must be a JSON object."_s, requestId);
        BlacklistEntry e;
        e.id = newId("bl_");
        e.apiKey = apiKey;
        e.kind = parts[1];
        e.reason = body->value("reason"_L1).toString();
        e.createdAt = QDateTime::currentDateTimeUtc();
        if (e.reason.trimmed().isEmpty())
            return invalid(u"reason is required."_s, requestId);
        if (e.kind == "session"_L1) {
            e.sessionToken = body->value("session_token"_L1).toString();
            if (e.sessionToken.isEmpty())
                return invalid(u"session_token is required."_s, requestId);
            const Session *s = findSession(e.sessionToken);
            if (!s || s->apiKey != apiKey)
                return errorReply(404, u"TOKEN_NOT_FOUND"_s, u"session_token not found."_s, requestId);
        } else {
            QString error;
            const auto hash = imageHash(*body, &error);
            if (!hash)
                return invalid(error, requestId);
            e.imageHash = *hash;
        }
        m_blacklist.append(e);
        return data(201, entryJson(e), requestId);
    }

    if (parts.size() == 2 && request.method == "DELETE") {
        for (qsizetype i = 0; i < m_blacklist.size(); ++i) {
            if (m_blacklist[i].id == parts[1] && m_blacklist[i].apiKey == apiKey) {
                m_blacklist.removeAt(i);
                return data(200, QJsonObject{{"id"_L1, parts[1]}, {"deleted"_L1, true}}, requestId);
            }
        }
        return errorReply(404, u"NOT_FOUND"_s, u"No blacklist entry %1."_s.arg(parts[1]), requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown blacklist endpoint."_s, requestId);
}

HttpReply Server::handleFace2fa(const HttpRequest &request, const QStringList &parts, const QString &apiKey,
                                const QString &requestId)
{
    // parts: 2fa, register | verify | status/{id} | users/{user_id}
    const QString action = parts.value(1);
    const auto findUser = [&](const QString &userId) -> qsizetype {
        for (qsizetype i = 0; i < m_faceUsers.size(); ++i) {
            if (m_faceUsers[i].apiKey == apiKey && m_faceUsers[i].userId == userId)
                return i;
        }
        return -1;
    };

    if (parts.size() == 2 && request.method == "POST" && (action == "register"_L1 || action == "verify"_L1)) {
        const auto body = jsonBody(request);
        if (!body)
            return errorReply(400, u"INVALID_JSON"_s, u"The request body must be a JSON object."_s, requestId);
        const QString userId = body->value("user_id"_L1).toString();
        if (userId.trimmed().isEmpty())
            return invalid(u"user_id is required."_s, requestId);
        QString error;
        const auto hash = imageHash(*body, &error);
        if (!hash)
            return invalid(error, requestId);
        const qsizetype index = findUser(userId);
        if (action == "register"_L1) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (index >= 0)
                m_faceUsers[index] = FaceUser{apiKey, userId, *hash, now};
            else
                m_faceUsers.append(FaceUser{apiKey, userId, *hash, now});
            return data(index >= 0 ? 200 : 201,
                        QJsonObject{{"user_id"_L1, userId}, {"registered"_L1, true}, {"registered_at"_L1, now.toString(Qt::ISODate)}},
                        requestId);
        }
        if (index < 0)
            return errorReply(404, u"USER_NOT_REGISTERED"_s, u"user_id %1 has no registered face."_s.arg(userId), requestId);
        // The same image bytes count as the same face; anything else does not match.
        Challenge c{newId("ch_"), apiKey, userId, m_faceUsers[index].imageHash == *hash ? u"verified"_s : u"failed"_s,
                    QDateTime::currentDateTimeUtc()};
        m_challenges.append(c);
        return data(200, QJsonObject{{"challenge_id"_L1, c.id}, {"user_id"_L1, userId}, {"status"_L1, c.status}}, requestId);
    }

    if (parts.size() == 3 && action == "status"_L1 && request.method == "GET") {
        for (const Challenge &c : std::as_const(m_challenges)) {
            if (c.id == parts[2] && c.apiKey == apiKey)
                return data(200, QJsonObject{{"challenge_id"_L1, c.id}, {"user_id"_L1, c.userId}, {"status"_L1, c.status},
                                             {"created_at"_L1, c.createdAt.toString(Qt::ISODate)}},
                            requestId);
        }
        return errorReply(404, u"NOT_FOUND"_s, u"No challenge %1."_s.arg(parts[2]), requestId);
    }

    if (parts.size() == 3 && action == "users"_L1 && (request.method == "GET" || request.method == "DELETE")) {
        const qsizetype index = findUser(parts[2]);
        if (index < 0)
            return errorReply(404, u"USER_NOT_REGISTERED"_s, u"user_id %1 has no registered face."_s.arg(parts[2]), requestId);
        const FaceUser user = m_faceUsers[index];
        if (request.method == "DELETE") {
            m_faceUsers.removeAt(index);
            return data(200, QJsonObject{{"user_id"_L1, user.userId}, {"deleted"_L1, true}}, requestId);
        }
        return data(200, QJsonObject{{"user_id"_L1, user.userId}, {"registered"_L1, true},
                                     {"registered_at"_L1, user.registeredAt.toString(Qt::ISODate)}},
                    requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown 2FA endpoint."_s, requestId);
}

} // namespace Xident::Sandbox
