#pragma once

#include "job.h"
#include "xidentglobal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>

#include <optional>

namespace Xident {

//! One blacklist entry, as GET /blacklist lists it; unknown fields are kept in raw.
struct XIDENTQT_EXPORT BlacklistEntry
{
    qint64 id = 0;
    QString reason;
    QString source;                    //!< "session" or "image" (open set)
    std::optional<qint64> sessionId;   //!< for a session entry
    QString createdAt;
    QJsonObject raw;

    //! nullopt when the object has no integer id.
    static std::optional<BlacklistEntry> fromJson(const QJsonObject &object);
};

//! meta.pagination of a list.
struct XIDENTQT_EXPORT Pagination
{
    int page = 1;
    int perPage = 20;
    int total = 0;
    int totalPages = 0;
};

//! GET /blacklist?page=&per_page= (per_page 1 to 100).
class XIDENTQT_EXPORT BlacklistListJob : public Job
{
    Q_OBJECT
public:
    BlacklistListJob(Client *client, int page, int perPage);
    QList<BlacklistEntry> entries() const { return m_entries; }
    Pagination pagination() const { return m_pagination; }

protected:
    Error takeEnvelope(const QJsonObject &root) override;
    Error takeData(const QJsonObject &) override { return {}; }
    Error preflight() const override;

private:
    int m_page, m_perPage;
    QList<BlacklistEntry> m_entries;
    Pagination m_pagination;
};

//! POST /blacklist/session or /blacklist/image: accepted for asynchronous processing.
class XIDENTQT_EXPORT BlacklistAddJob : public Job
{
    Q_OBJECT
public:
    //! Adds the face of a finished session (its xtk_ result token).
    static BlacklistAddJob *forSession(Client *client, const QString &sessionToken, const QString &reason);
    //! Adds a face image (raw bytes; sent base64-encoded).
    static BlacklistAddJob *forImage(Client *client, const QByteArray &image, const QString &reason);
    //! "processing" once accepted.
    QString status() const { return m_status; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override { return m_problem; }

private:
    BlacklistAddJob(Client *client, const QString &path, const QJsonObject &body, Error problem);
    Error m_problem;
    QString m_status;
};

//! DELETE /blacklist/{id}.
class XIDENTQT_EXPORT BlacklistRemoveJob : public Job
{
    Q_OBJECT
public:
    BlacklistRemoveJob(Client *client, qint64 id);

protected:
    Error takeEnvelope(const QJsonObject &) override { return {}; }
    Error takeData(const QJsonObject &) override { return {}; }
    Error preflight() const override;

private:
    qint64 m_id;
};

} // namespace Xident
