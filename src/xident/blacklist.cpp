#include "blacklist.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

// The largest image the API takes (about 10 MB).
constexpr qsizetype MaxImageBytes = 10 * 1024 * 1024;

Error invalid(const QString &message)
{
    return Error(ErrorKind::Configuration, message);
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

std::optional<BlacklistEntry> BlacklistEntry::fromJson(const QJsonObject &o)
{
    const auto id = wholeNumber(o.value("id"_L1));
    if (!id)
        return std::nullopt;
    BlacklistEntry e;
    e.id = *id;
    e.reason = o.value("reason"_L1).toString();
    e.source = o.value("source"_L1).toString();
    e.sessionId = wholeNumber(o.value("session_id"_L1));
    e.createdAt = o.value("created_at"_L1).toString();
    e.raw = o;
    return e;
}

BlacklistListJob::BlacklistListJob(Client *client, int page, int perPage)
    : Job(client, "GET", u"/blacklist?page=%1&per_page=%2"_s.arg(page).arg(perPage), QByteArray())
    , m_page(page)
    , m_perPage(perPage)
{
}

Error BlacklistListJob::preflight() const
{
    if (m_page < 1)
        return invalid(u"page must be 1 or more."_s);
    if (m_perPage < 1 || m_perPage > 100)
        return invalid(u"per_page must be from 1 to 100."_s);
    return {};
}

Error BlacklistListJob::takeEnvelope(const QJsonObject &root)
{
    const QJsonValue data = root.value("data"_L1);
    if (!data.isArray()) {
        Error e(ErrorKind::Parse, u"The blacklist answer has no \"data\" array."_s);
        e.setCode(u"PARSE_ERROR"_s);
        return e;
    }
    const QJsonArray items = data.toArray();
    for (const QJsonValue &v : items) {
        const auto entry = BlacklistEntry::fromJson(v.toObject());
        if (!entry) {
            Error e(ErrorKind::Parse, u"A blacklist entry has no integer id."_s);
            e.setCode(u"PARSE_ERROR"_s);
            return e;
        }
        m_entries.append(*entry);
    }
    const QJsonObject p = root.value("meta"_L1).toObject().value("pagination"_L1).toObject();
    m_pagination.page = p.value("page"_L1).toInt(m_page);
    m_pagination.perPage = p.value("per_page"_L1).toInt(m_perPage);
    m_pagination.total = p.value("total"_L1).toInt(int(m_entries.size()));
    m_pagination.totalPages = p.value("total_pages"_L1).toInt(m_pagination.total > 0 ? 1 : 0);
    return {};
}

BlacklistAddJob::BlacklistAddJob(Client *client, const QString &path, const QJsonObject &body, Error problem)
    : Job(client, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact))
    , m_problem(std::move(problem))
{
}

static Error reasonProblem(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(u"A reason is required."_s);
    if (reason.size() > 500)
        return invalid(u"The reason may be at most 500 characters."_s);
    return {};
}

BlacklistAddJob *BlacklistAddJob::forSession(Client *client, const QString &sessionToken, const QString &reason)
{
    Error problem = reasonProblem(reason);
    if (!problem && !ResultJob::isValidToken(sessionToken))
        problem = invalid(u"Invalid session token: expected the xtk_ result token of a finished session."_s);
    return new BlacklistAddJob(client, u"/blacklist/session"_s,
                               QJsonObject{{"session_token"_L1, sessionToken}, {"reason"_L1, reason}}, problem);
}

BlacklistAddJob *BlacklistAddJob::forImage(Client *client, const QByteArray &image, const QString &reason)
{
    Error problem = reasonProblem(reason);
    if (!problem && image.isEmpty())
        problem = invalid(u"The image is empty."_s);
    if (!problem && image.size() > MaxImageBytes)
        problem = invalid(u"The image is larger than 10 MB."_s);
    return new BlacklistAddJob(client, u"/blacklist/image"_s,
                               QJsonObject{{"image"_L1, QString::fromLatin1(image.toBase64())}, {"reason"_L1, reason}}, problem);
}

Error BlacklistAddJob::takeData(const QJsonObject &data)
{
    m_status = data.value("status"_L1).toString();
    if (m_status.isEmpty()) {
        Error e(ErrorKind::Parse, u"The answer has no status."_s);
        e.setCode(u"PARSE_ERROR"_s);
        return e;
    }
    return {};
}

BlacklistRemoveJob::BlacklistRemoveJob(Client *client, qint64 id)
    : Job(client, "DELETE", u"/blacklist/%1"_s.arg(id), QByteArray())
    , m_id(id)
{
}

Error BlacklistRemoveJob::preflight() const
{
    return m_id > 0 ? Error() : invalid(u"A blacklist id is a positive whole number."_s);
}

} // namespace Xident
