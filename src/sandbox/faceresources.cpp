#include "sandbox/faceresources.h"

#include <QtCore/QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

QJsonObject BlacklistEntry::toJson() const
{
    return QJsonObject{{"id"_L1, id}, {"reason"_L1, reason}, {"source"_L1, source},
                       {"session_id"_L1, sessionId > 0 ? QJsonValue(sessionId) : QJsonValue(QJsonValue::Null)},
                       {"created_at"_L1, createdAt.toString(Qt::ISODate)}};
}

QJsonObject Challenge::toJson() const
{
    return QJsonObject{{"challenge_id"_L1, id},
                       {"kind"_L1, kind},
                       {"status"_L1, status},
                       {"passed"_L1, passed ? QJsonValue(*passed) : QJsonValue(QJsonValue::Null)},
                       {"failure_reason"_L1, failureReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(failureReason)},
                       {"expires_at"_L1, expiresAt.toString(Qt::ISODate)},
                       {"completed_at"_L1, completedAt.isValid() ? QJsonValue(completedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
}

QStringList FaceResources::failureReasons()
{
    return {u"invalid_image"_s, u"no_face_detected"_s, u"not_enrolled"_s, u"face_mismatch"_s, u"blacklist_match"_s,
            u"expired"_s, u"internal_error"_s};
}

QList<const BlacklistEntry *> FaceResources::blacklist(const QString &apiKey, const QDateTime &now) const
{
    QList<const BlacklistEntry *> out;
    for (const BlacklistEntry &e : m_blacklist) {
        if (e.apiKey == apiKey && e.readyAt <= now)
            out.append(&e);
    }
    return out;
}

qint64 FaceResources::addToBlacklist(const QString &apiKey, const QString &source, const QString &reason, qint64 sessionId,
                                     const QByteArray &imageHash, const QDateTime &now)
{
    if (m_blacklist.size() >= MaxEntries)
        m_blacklist.removeFirst();
    BlacklistEntry e;
    e.id = m_nextId++;
    e.apiKey = apiKey;
    e.source = source;
    e.reason = reason;
    e.sessionId = sessionId;
    e.imageHash = imageHash;
    e.createdAt = now;
    e.readyAt = now.addMSecs(m_delayMs);
    m_blacklist.append(e);
    return e.id;
}

bool FaceResources::removeFromBlacklist(const QString &apiKey, qint64 id)
{
    return m_blacklist.removeIf([&](const BlacklistEntry &e) { return e.id == id && e.apiKey == apiKey; }) > 0;
}

const Challenge &FaceResources::startChallenge(const QString &apiKey, const QString &userId, const QString &kind,
                                               const QByteArray &imageHash, const QString &forcedFailure, const QDateTime &now)
{
    if (m_challenges.size() >= MaxEntries)
        m_challenges.removeFirst();
    Challenge c;
    c.id = u"ch_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    c.apiKey = apiKey;
    c.userId = userId;
    c.kind = kind;
    c.imageHash = imageHash;
    c.forcedFailure = forcedFailure;
    c.createdAt = now;
    c.readyAt = now.addMSecs(m_delayMs);
    c.expiresAt = now.addSecs(600);
    m_challenges.append(c);
    return m_challenges.last();
}

const Challenge *FaceResources::challenge(const QString &apiKey, const QString &id, const QDateTime &now)
{
    for (Challenge &c : m_challenges) {
        if (c.id == id && c.apiKey == apiKey) {
            decide(c, now);
            return &c;
        }
    }
    return nullptr;
}

qsizetype FaceResources::userIndex(const QString &apiKey, const QString &userId) const
{
    for (qsizetype at = 0; at < m_users.size(); ++at) {
        if (m_users[at].apiKey == apiKey && m_users[at].userId == userId)
            return at;
    }
    return -1;
}

std::optional<FaceUser> FaceResources::user(const QString &apiKey, const QString &userId) const
{
    const qsizetype at = userIndex(apiKey, userId);
    return at < 0 ? std::nullopt : std::optional<FaceUser>(m_users[at]);
}

void FaceResources::deleteUser(const QString &apiKey, const QString &userId)
{
    if (const qsizetype at = userIndex(apiKey, userId); at >= 0)
        m_users.removeAt(at);
}

void FaceResources::decide(Challenge &c, const QDateTime &now)
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
    const qsizetype user = userIndex(c.apiKey, c.userId);
    if (failure.isEmpty()) {
        for (const BlacklistEntry &e : std::as_const(m_blacklist)) {
            if (e.apiKey == c.apiKey && e.imageHash == c.imageHash && e.readyAt <= now)
                failure = u"blacklist_match"_s;
        }
    }
    if (failure.isEmpty() && c.kind == "verify"_L1) {
        if (user < 0)
            failure = u"not_enrolled"_s;
        else if (m_users[user].imageHash != c.imageHash)   // the same image bytes stand for the same face
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
            m_users[user] = FaceUser{c.apiKey, c.userId, c.imageHash, c.completedAt};
        else
            m_users.append(FaceUser{c.apiKey, c.userId, c.imageHash, c.completedAt});
    }
}

} // namespace Xident::Sandbox
