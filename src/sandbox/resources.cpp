// The newer API's blacklist and face-2FA resources, in memory and private to each key.
#include "sandbox.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
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

// Decodes a base64 image; its hash stands in for a face template.
std::optional<QByteArray> decodeImage(const QJsonObject &body, QString *error)
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
    if (decoded.decoded.size() > 10 * 1024 * 1024) {
        *error = u"image is larger than 10 MB."_s;
        return std::nullopt;
    }
    return decoded.decoded;
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

QStringList Server::face2faFailureReasons()
{
    return {u"invalid_image"_s, u"no_face_detected"_s, u"not_enrolled"_s, u"face_mismatch"_s, u"blacklist_match"_s,
            u"expired"_s, u"internal_error"_s};
}

HttpReply Server::handleBlacklist(const HttpRequest &request, const QStringList &parts, const QString &apiKey,
                                  const QString &requestId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Entries become visible once "processed", as the hosted API does it asynchronously.
    const auto visible = [&](const BlacklistEntry &e) { return e.apiKey == apiKey && e.readyAt <= now; };
    const auto entryJson = [](const BlacklistEntry &e) {
        // The face template is never returned.
        return QJsonObject{{"id"_L1, e.id}, {"reason"_L1, e.reason}, {"source"_L1, e.source},
                           {"session_id"_L1, e.sessionId > 0 ? QJsonValue(e.sessionId) : QJsonValue(QJsonValue::Null)},
                           {"created_at"_L1, e.createdAt.toString(Qt::ISODate)}};
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
            if (visible(e))
                mine.append(&e);
        }
        QJsonArray items;
        for (qsizetype at = qsizetype(page - 1) * perPage; at < mine.size() && items.size() < perPage; ++at)
            items.append(entryJson(*mine[at]));
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
        e.id = m_nextBlacklistId;
        e.apiKey = apiKey;
        e.source = parts[1];
        e.reason = body->value("reason"_L1).toString();
        e.createdAt = now;
        e.readyAt = now.addMSecs(m_options.resourceDelayMs);
        if (!body->value("reason"_L1).isString() || e.reason.trimmed().isEmpty())
            return invalid(u"reason is required."_s, requestId);
        if (e.reason.size() > 500)
            return invalid(u"reason may be at most 500 characters."_s, requestId);
        if (e.source == "session"_L1) {
            const QString token = body->value("session_token"_L1).toString();
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
            e.sessionId = qint64(s->serial);
            e.imageHash = QCryptographicHash::hash(s->resultToken.toUtf8(), QCryptographicHash::Sha256);
        } else {
            QString error;
            const auto image = decodeImage(*body, &error);
            if (!image)
                return invalid(error, requestId);
            e.imageHash = QCryptographicHash::hash(*image, QCryptographicHash::Sha256);
        }
        if (m_blacklist.size() >= MaxResourceEntries)
            m_blacklist.removeFirst();
        ++m_nextBlacklistId;
        m_blacklist.append(e);
        return data(202, QJsonObject{{"status"_L1, u"processing"_s}}, requestId);
    }

    if (parts.size() == 2 && request.method == "DELETE") {
        bool ok = false;
        const qint64 id = parts[1].toLongLong(&ok);
        if (!ok || id <= 0)
            return invalid(u"The blacklist id is a positive whole number."_s, requestId);
        for (qsizetype at = 0; at < m_blacklist.size(); ++at) {
            if (m_blacklist[at].id == id && m_blacklist[at].apiKey == apiKey) {
                m_blacklist.removeAt(at);
                return data(200, QJsonObject{{"id"_L1, id}, {"deleted"_L1, true}}, requestId);
            }
        }
        return errorReply(404, u"NOT_FOUND"_s, u"No blacklist entry %1."_s.arg(id), requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown blacklist endpoint."_s, requestId);
}

HttpReply Server::handleFace2fa(const HttpRequest &request, const QStringList &parts, const QString &apiKey,
                                const QString &requestId)
{
    // parts: 2fa, register | verify | status/{id} | users/{user_id}
    const QString action = parts.value(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto findUser = [&](const QString &userId) -> qsizetype {
        for (qsizetype at = 0; at < m_faceUsers.size(); ++at) {
            if (m_faceUsers[at].apiKey == apiKey && m_faceUsers[at].userId == userId)
                return at;
        }
        return -1;
    };
    const auto checkUserId = [&](const QString &userId) -> std::optional<HttpReply> {
        if (userId.trimmed().isEmpty())
            return invalid(u"user_id is required."_s, requestId);
        if (userId.size() > 255)
            return invalid(u"user_id may be at most 255 characters."_s, requestId);
        return std::nullopt;
    };

    if (parts.size() == 2 && request.method == "POST" && (action == "register"_L1 || action == "verify"_L1)) {
        const auto body = jsonBody(request);
        if (!body)
            return errorReply(400, u"INVALID_JSON"_s, u"The request body must be a JSON object."_s, requestId);
        const QString userId = body->value("user_id"_L1).toString();
        if (auto bad = checkUserId(userId))
            return *bad;
        QString error;
        const auto image = decodeImage(*body, &error);
        if (!image)
            return invalid(error, requestId);
        Challenge c;
        c.id = newId("ch_");
        c.apiKey = apiKey;
        c.userId = userId;
        c.kind = action == "register"_L1 ? u"enroll"_s : u"verify"_s;
        c.imageHash = QCryptographicHash::hash(*image, QCryptographicHash::Sha256);
        c.createdAt = now;
        c.readyAt = now.addMSecs(m_options.resourceDelayMs);
        c.expiresAt = now.addSecs(600);
        // A magic image "sandbox:<failure_reason>" forces that outcome; otherwise it is decided when processed.
        if (image->startsWith("sandbox:")) {
            const QString forced = QString::fromLatin1(image->mid(8));
            if (!face2faFailureReasons().contains(forced))
                return invalid(u"a sandbox image names one of %1."_s.arg(face2faFailureReasons().join(u", "_s)), requestId);
            c.forcedFailure = forced;
        }
        if (m_challenges.size() >= MaxResourceEntries)
            m_challenges.removeFirst();
        m_challenges.append(c);
        return data(202, QJsonObject{{"challenge_id"_L1, c.id}, {"status"_L1, u"processing"_s}}, requestId);
    }

    if (parts.size() == 3 && action == "status"_L1 && request.method == "GET") {
        for (Challenge &c : m_challenges) {
            if (c.id != parts[2] || c.apiKey != apiKey)
                continue;
            settleChallenge(c, now);
            return data(200, challengeJson(c), requestId);
        }
        return errorReply(404, u"NOT_FOUND"_s, u"No challenge %1."_s.arg(parts[2]), requestId);
    }

    if (parts.size() == 3 && action == "users"_L1 && (request.method == "GET" || request.method == "DELETE")) {
        if (auto bad = checkUserId(parts[2]))
            return *bad;
        const qsizetype at = findUser(parts[2]);
        if (request.method == "DELETE") {
            // A hard delete, and idempotent: deleting what is not there succeeds too.
            if (at >= 0)
                m_faceUsers.removeAt(at);
            return data(200, QJsonObject{{"deleted"_L1, true}}, requestId);
        }
        return data(200, QJsonObject{{"enrolled"_L1, at >= 0},
                                     {"enrolled_at"_L1, at >= 0 ? QJsonValue(m_faceUsers[at].enrolledAt.toString(Qt::ISODate))
                                                                : QJsonValue(QJsonValue::Null)}},
                    requestId);
    }
    return errorReply(404, u"NOT_FOUND"_s, u"Unknown 2FA endpoint."_s, requestId);
}

void Server::settleChallenge(Challenge &c, const QDateTime &now)
{
    if (c.status != "processing"_L1 || now < c.readyAt)
        return;
    if (c.forcedFailure == "expired"_L1 || now > c.expiresAt) {
        c.status = u"expired"_s;
        c.failureReason = u"expired"_s;
        c.passed = false;
        return;
    }
    QString failure = c.forcedFailure;
    const qsizetype user = [&] {
        for (qsizetype at = 0; at < m_faceUsers.size(); ++at) {
            if (m_faceUsers[at].apiKey == c.apiKey && m_faceUsers[at].userId == c.userId)
                return at;
        }
        return qsizetype(-1);
    }();
    if (failure.isEmpty()) {
        for (const BlacklistEntry &e : std::as_const(m_blacklist)) {
            if (e.apiKey == c.apiKey && e.imageHash == c.imageHash && e.readyAt <= now)
                failure = u"blacklist_match"_s;
        }
    }
    if (failure.isEmpty() && c.kind == "verify"_L1) {
        if (user < 0)
            failure = u"not_enrolled"_s;
        else if (m_faceUsers[user].imageHash != c.imageHash)   // the same image bytes stand for the same face
            failure = u"face_mismatch"_s;
    }
    c.completedAt = c.readyAt;
    if (!failure.isEmpty()) {
        c.status = u"failed"_s;
        c.failureReason = failure;
        c.passed = false;
        return;
    }
    c.status = u"completed"_s;
    c.passed = true;
    if (c.kind == "enroll"_L1) {
        if (user >= 0)
            m_faceUsers[user] = FaceUser{c.apiKey, c.userId, c.imageHash, c.completedAt};
        else
            m_faceUsers.append(FaceUser{c.apiKey, c.userId, c.imageHash, c.completedAt});
    }
}

QJsonObject Server::challengeJson(const Challenge &c) const
{
    return QJsonObject{{"challenge_id"_L1, c.id},
                       {"kind"_L1, c.kind},
                       {"status"_L1, c.status},
                       {"passed"_L1, c.passed ? QJsonValue(*c.passed) : QJsonValue(QJsonValue::Null)},
                       {"failure_reason"_L1, c.failureReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.failureReason)},
                       {"expires_at"_L1, c.expiresAt.toString(Qt::ISODate)},
                       {"completed_at"_L1, c.completedAt.isValid() ? QJsonValue(c.completedAt.toString(Qt::ISODate))
                                                                   : QJsonValue(QJsonValue::Null)}};
}

} // namespace Xident::Sandbox
