#include "console/core/history/historystore.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutexLocker>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <map>
#include <memory>
#include <span>
#include <utility>

using namespace Qt::StringLiterals;

namespace Xident::Console {

Q_LOGGING_CATEGORY(lcHistory, "xident.console.history", QtInfoMsg)

namespace {

// SQLite's primary result codes; Qt puts the code of a failed call in QSqlError::nativeErrorCode().
constexpr int SqliteError = 1;          // generic: a statement that does not fit the schema
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// A lock held by another process is waited for this long, on the worker thread only; less while closing. A
// write that still cannot go is refused (the inbox then asks its sender to come back).
constexpr int BusyTimeoutMs = 1000;
constexpr int ClosingBusyTimeoutMs = 250;

// Every schema version's statements, applied in order from the file's user_version. A step never
// changes once released: files in the wild were written by it.
constexpr QLatin1StringView SchemaV1[] = {
    QLatin1StringView("CREATE TABLE sessions ("
                      " token TEXT PRIMARY KEY NOT NULL,"
                      " profile_id TEXT,"
                      " user_id TEXT,"
                      " added_at INTEGER,"           // ms since the epoch, UTC; NULL when invalid
                      " last_polled_at INTEGER,"     // NULL when never polled
                      " status TEXT,"
                      " result_json BLOB,"
                      " last_request_id TEXT,"
                      " sandbox_run TEXT)"),
    QLatin1StringView("CREATE TABLE status_changes ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " token TEXT NOT NULL,"
                      " at INTEGER,"
                      " from_status TEXT,"
                      " to_status TEXT)"),
    QLatin1StringView("CREATE INDEX status_changes_by_token ON status_changes (token, at, id)"),
};
constexpr QLatin1StringView SchemaV2[] = {
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
    QLatin1StringView("ALTER TABLE status_changes ADD COLUMN request_id TEXT"),
};
constexpr QLatin1StringView SchemaV3[] = {
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN webhook_event TEXT"),
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN webhook_at INTEGER"),
    QLatin1StringView("ALTER TABLE status_changes ADD COLUMN event TEXT"),
    QLatin1StringView("CREATE TABLE webhooks ("
                      " id INTEGER PRIMARY KEY NOT NULL,"
                      " received_at INTEGER,"
                      " method TEXT,"
                      " path TEXT,"
                      " headers BLOB,"               // JSON array of [name, value] pairs
                      " body BLOB,"
                      " remote TEXT,"
                      " answered_status INTEGER,"
                      " refused TEXT,"
                      " verdict TEXT,"
                      " message TEXT,"
                      " profile_id TEXT,"
                      " event_type TEXT,"
                      " event_id TEXT,"
                      " session_ref TEXT,"
                      " matched_token TEXT)"),
};
constexpr QLatin1StringView SchemaV4[] = {
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN last_at INTEGER"),
};
constexpr std::span<const QLatin1StringView> Migrations[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4};
static_assert(std::size(Migrations) == HistoryStore::SchemaVersion);

// Reading these proves the schema is the one this version writes, whatever user_version says.
constexpr QLatin1StringView SchemaProbes[] = {
    QLatin1StringView("SELECT token, profile_id, user_id, added_at, last_polled_at, status, result_json,"
                      " last_request_id, sandbox_run, archived, webhook_event, webhook_at FROM sessions LIMIT 0"),
    QLatin1StringView("SELECT id, token, at, from_status, to_status, request_id, event FROM status_changes LIMIT 0"),
    QLatin1StringView("SELECT id, received_at, method, path, headers, body, remote, answered_status, refused, verdict,"
                      " message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at"
                      " FROM webhooks LIMIT 0"),
};

QAtomicInteger<quint64> s_connectionSerial;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;   // extended codes keep the primary one in the low byte
}

QString reasonOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

//! Owns the connection and does all database work; lives on the store's thread.
class HistoryWorker : public QObject
{
public:
    explicit HistoryWorker(HistoryStore *store)
        : m_store(store)
    {
    }
    ~HistoryWorker() override { close(); }

    void open(const QString &path);
    void close();
    //! Carries out every queued task, writes that wait together in one transaction.
    void drain();

    // Writes, run inside the transaction of their batch; false (with \a error) on failure.
    bool saveSessions(const QList<TrackedSession> &sessions, QSqlError *error);
    bool recordChange(const StatusChange &change, QSqlError *error);
    bool removeSessions(const QStringList &tokens, QSqlError *error);
    bool setArchived(const QStringList &tokens, bool archived, QSqlError *error);
    bool saveWebhook(const ReceivedWebhook &webhook, int keep, QSqlError *error);
    bool noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt, QSqlError *error);

    void loadSessions();
    void loadTimeline(const QString &token);
    void loadWebhooks(int limit);
    void clearWebhooks();

private:
    enum class Outcome { Ok, Damaged, Failed };
    struct Attempt
    {
        Outcome outcome;
        QString reason;
    };

    Attempt attemptOpen(const QString &path);
    //! Checks an existing file through a read-only connection that is closed again.
    static Attempt probe(const QString &path);
    static Attempt checkContent(const QSqlDatabase &db);
    static Attempt classify(const QSqlError &error);
    bool migrate(int from, QSqlError *error);
    bool schemaMatches(QSqlError *error);
    //! Renames \a path and its -wal, -shm and -journal files; the new main file name, or empty.
    QString moveAside(const QString &path, QString *reason);
    //! A statement prepared once per connection, its bound values cleared.
    QSqlQuery *prepared(const QString &statement, QSqlError *error);
    //! Runs \a writes in one transaction, then trims the webhooks once; false (rolled back) when one failed.
    bool commitBatch(const QList<HistoryStore::Task> &writes, QSqlError *error);
    //! Commits a batch, or each write on its own when the batch failed; reports each outcome.
    void runBatch(QList<HistoryStore::Task> &writes);
    //! The webhooks beyond the latest m_keep rows or MaxWebhookBytes of bodies go, by id range.
    bool trimWebhooks(QSqlError *error);
    bool countWebhooks(QSqlError *error);
    bool isReady();
    void fail(const QString &message);
    void reportOpened(bool ok, const QString &message, const QString &movedAside);
    void finish(HistoryStore::Task &task, HistoryStore::Kept kept);

    template<typename Emit>
    void emitLater(Emit &&emitter)
    {
        // Signals are emitted on the store's thread, so its receivers never see the worker thread.
        QMetaObject::invokeMethod(m_store, std::forward<Emit>(emitter), Qt::QueuedConnection);
    }

    HistoryStore *const m_store;   // outlives this worker: the store's destructor stops the thread first
    QSqlDatabase m_db;
    QString m_connectionName;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    // The webhooks table, counted at open and kept up to date, so trimming never reads the whole table.
    qint64 m_webhookRows = 0;
    qint64 m_webhookBytes = 0;
    int m_keep = -1;               // the smallest "keep" of the batch's webhook writes; -1 when none
    qint64 m_maxWebhookBytes = HistoryStore::MaxWebhookBytes;

public:
    void setMaxWebhookBytes(qint64 bytes) { m_maxWebhookBytes = bytes; }
    //! How long a write waits for another process's lock; shortened when the store closes, so quitting is quick.
    void setBusyTimeout(int ms)
    {
        if (m_db.isOpen())
            QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = %1"_s.arg(ms));
    }
};

void HistoryWorker::open(const QString &path)
{
    close();
    if (path.isEmpty()) {
        reportOpened(false, HistoryStore::tr("No file was given for the history."), {});
        return;
    }

    Attempt attempt = attemptOpen(path);
    if (attempt.outcome == Outcome::Ok) {
        QSqlError error;
        if (!countWebhooks(&error))
            attempt = classify(error);
    }
    if (attempt.outcome == Outcome::Ok) {
        qCInfo(lcHistory) << "opened" << path;
        reportOpened(true, {}, {});
        return;
    }
    close();
    if (attempt.outcome == Outcome::Failed) {
        qCWarning(lcHistory) << "cannot open" << path << ":" << attempt.reason;
        reportOpened(false,
                     HistoryStore::tr("The history cannot be opened from %1: %2").arg(nativePath(path), attempt.reason),
                     {});
        return;
    }

    qCWarning(lcHistory) << "damaged database" << path << ":" << attempt.reason;
    QString moveProblem;
    const QString movedAside = moveAside(path, &moveProblem);
    if (movedAside.isEmpty()) {
        qCWarning(lcHistory) << "cannot move aside" << path << ":" << moveProblem;
        reportOpened(false,
                     HistoryStore::tr("The history file %1 is damaged and could not be moved aside (%2), so it was "
                                      "left as it is and no history is kept.")
                         .arg(nativePath(path), moveProblem),
                     {});
        return;
    }
    qCWarning(lcHistory) << "moved" << path << "aside to" << movedAside;

    attempt = attemptOpen(path);
    if (attempt.outcome == Outcome::Ok) {
        QSqlError error;
        if (!countWebhooks(&error))
            attempt = classify(error);
    }
    if (attempt.outcome != Outcome::Ok) {
        close();
        qCWarning(lcHistory) << "cannot create a fresh database" << path << ":" << attempt.reason;
        reportOpened(false,
                     HistoryStore::tr("The history file %1 was damaged and has been moved aside to %2, but a new one "
                                      "cannot be created: %3")
                         .arg(nativePath(path), nativePath(movedAside), attempt.reason),
                     movedAside);
        return;
    }
    reportOpened(true,
                 HistoryStore::tr("The history file %1 was damaged and has been moved aside to %2. A new, empty "
                                  "history has been started.")
                     .arg(nativePath(path), nativePath(movedAside)),
                 movedAside);
}

HistoryWorker::Attempt HistoryWorker::attemptOpen(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {Outcome::Failed, HistoryStore::tr("it is a folder, not a file.")};
    if (!QDir().mkpath(info.absolutePath()))
        return {Outcome::Failed,
                HistoryStore::tr("the folder %1 cannot be created.").arg(nativePath(info.absolutePath()))};
    // SQLite deletes the -wal of an empty or missing file when it opens it: keep such a -wal instead.
    if (info.size() == 0 && QFileInfo(path + u"-wal"_s).size() > 0)
        return {Outcome::Damaged, HistoryStore::tr("a -wal file without its database")};
    if (info.exists()) {
        const Attempt checked = probe(path);
        if (checked.outcome != Outcome::Ok)
            return checked;
    }

    m_connectionName = u"xident-history-%1"_s.arg(s_connectionSerial.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return {Outcome::Failed, HistoryStore::tr("the SQLite driver of Qt (QSQLITE) is not installed.")};
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open())
        return classify(m_db.lastError());

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return classify(query.lastError());
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcHistory) << "journal mode stays" << query.value(0).toString() << "for" << path;
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s))
        return classify(query.lastError());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return classify(query.lastError());
    const int version = query.value(0).toInt();
    query.finish();

    QSqlError error;
    if (!migrate(version, &error) || !schemaMatches(&error)) {
        Attempt attempt = classify(error);
        // A step that does not fit (no such table, duplicate column) means the schema is not what its version says.
        if (sqliteCode(error) == SqliteError)
            attempt.outcome = Outcome::Damaged;
        return attempt;
    }
    return {Outcome::Ok, {}};
}

HistoryWorker::Attempt HistoryWorker::probe(const QString &path)
{
    // A read-only connection of its own: closing it never checkpoints or truncates the -wal of a file
    // that is about to be moved aside.
    const QString name = u"xident-history-probe-%1"_s.arg(s_connectionSerial.fetchAndAddRelaxed(1));
    Attempt attempt{Outcome::Ok, {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        attempt = db.open() ? checkContent(db) : classify(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return attempt;
}

HistoryWorker::Attempt HistoryWorker::checkContent(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // SQLite opens any file lazily: reading the schema is the first real read, and fails on a non-database.
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return classify(query.lastError());
    const int objects = query.value(0).toInt();

    if (!query.exec(u"PRAGMA quick_check"_s))
        return classify(query.lastError());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (query.lastError().isValid())
        return classify(query.lastError());
    if (problems != QStringList{u"ok"_s})
        return {Outcome::Damaged, problems.value(0, HistoryStore::tr("the integrity check gave no answer"))};

    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return classify(query.lastError());
    const int version = query.value(0).toInt();
    if (version > HistoryStore::SchemaVersion) {
        // Not damaged: a newer console wrote it. Leave it for that version.
        return {Outcome::Failed,
                HistoryStore::tr("it was written by a newer version of Xident Console (schema %1; this version "
                                 "knows up to %2).")
                    .arg(version)
                    .arg(HistoryStore::SchemaVersion)};
    }
    if (version < 0 || (version == 0 && objects > 0))
        return {Outcome::Damaged, HistoryStore::tr("tables without a known schema version (%1)").arg(version)};
    return {Outcome::Ok, {}};
}

HistoryWorker::Attempt HistoryWorker::classify(const QSqlError &error)
{
    const int code = sqliteCode(error);
    const bool damaged = code == SqliteCorrupt || code == SqliteNotADatabase;
    return {damaged ? Outcome::Damaged : Outcome::Failed, reasonOf(error)};
}

bool HistoryWorker::migrate(int from, QSqlError *error)
{
    for (int version = from + 1; version <= HistoryStore::SchemaVersion; ++version) {
        // Each step and its version number commit together, so a crash leaves the file at one version.
        if (!m_db.transaction()) {
            *error = m_db.lastError();
            return false;
        }
        QSqlQuery query(m_db);
        bool ok = true;
        for (const QLatin1StringView statement : Migrations[version - 1]) {
            if (!query.exec(QString(statement))) {
                ok = false;
                break;
            }
        }
        if (ok && !query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            ok = false;
        if (!ok) {
            *error = query.lastError();
            query.finish();
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            *error = m_db.lastError();
            m_db.rollback();
            return false;
        }
        qCInfo(lcHistory) << "migrated" << m_db.databaseName() << "to schema" << version;
    }
    return true;
}

bool HistoryWorker::schemaMatches(QSqlError *error)
{
    QSqlQuery query(m_db);
    for (const QLatin1StringView probe : SchemaProbes) {
        if (!query.exec(QString(probe))) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

QString HistoryWorker::moveAside(const QString &path, QString *reason)
{
    static constexpr QLatin1StringView Companions[] = {
        QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")};
    const QString stem =
        path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    // Never overwrite an earlier one moved aside in the same second.
    QString target = stem;
    const auto taken = [](const QString &name) {
        if (QFileInfo::exists(name))
            return true;
        for (const QLatin1StringView suffix : Companions) {
            if (QFileInfo::exists(name + suffix))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(target); ++n)
        target = stem + u'-' + QString::number(n);

    QFile file(path);
    if (file.exists() && !file.rename(target)) {
        *reason = file.errorString();
        return {};
    }
    for (const QLatin1StringView suffix : Companions) {
        QFile companion(path + suffix);
        if (!companion.exists())
            continue;
        // A stale -wal beside a fresh file would be replayed into it: stop rather than start over it.
        if (!companion.rename(target + suffix)) {
            *reason = companion.errorString();
            return {};
        }
    }
    return target;
}

void HistoryWorker::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool HistoryWorker::isReady()
{
    if (m_db.isOpen())
        return true;
    fail(HistoryStore::tr("The history is not open, so nothing can be read from it or kept in it."));
    return false;
}

void HistoryWorker::fail(const QString &message)
{
    qCWarning(lcHistory).noquote() << message;
    emitLater([store = m_store, message] { Q_EMIT store->failed(message); });
}

void HistoryWorker::reportOpened(bool ok, const QString &message, const QString &movedAside)
{
    emitLater([store = m_store, ok, message, movedAside] { Q_EMIT store->opened(ok, message, movedAside); });
}

QSqlQuery *HistoryWorker::prepared(const QString &statement, QSqlError *error)
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(statement)) {
            *error = query->lastError();
            return nullptr;
        }
        it = m_prepared.emplace(statement, std::move(query)).first;
    }
    return it->second.get();
}

namespace {
bool run(QSqlQuery *query, const QVariantList &values, QSqlError *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (query->exec())
        return true;
    *error = query->lastError();
    return false;
}
} // namespace

bool HistoryWorker::saveSessions(const QList<TrackedSession> &sessions, QSqlError *error)
{
    QSqlQuery *query = prepared(u"INSERT OR REPLACE INTO sessions (token, profile_id, user_id, added_at, last_polled_at,"
                                " status, result_json, last_request_id, sandbox_run, archived, webhook_event, webhook_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                error);
    for (const TrackedSession &session : sessions) {
        if (!query || !run(query, {session.token, session.profileId, session.userId, timeValue(session.addedAt),
                                   timeValue(session.lastPolledAt), session.status, session.resultJson,
                                   session.lastRequestId, session.sandboxRun, session.archived ? 1 : 0,
                                   session.webhookEvent, timeValue(session.webhookAt)},
                           error))
            return false;
    }
    return true;
}

bool HistoryWorker::recordChange(const StatusChange &change, QSqlError *error)
{
    QSqlQuery *query = prepared(u"INSERT INTO status_changes (token, at, from_status, to_status, request_id, event)"
                                " VALUES (?, ?, ?, ?, ?, ?)"_s,
                                error);
    return query
        && run(query, {change.token, timeValue(change.at), change.from, change.to, change.requestId, change.event}, error);
}

bool HistoryWorker::removeSessions(const QStringList &tokens, QSqlError *error)
{
    // Both deletions commit together: a session never loses its timeline but stays listed.
    for (const QString &statement : {u"DELETE FROM status_changes WHERE token = ?"_s, u"DELETE FROM sessions WHERE token = ?"_s}) {
        QSqlQuery *query = prepared(statement, error);
        for (const QString &token : tokens) {
            if (!query || !run(query, {token}, error))
                return false;
        }
    }
    return true;
}

bool HistoryWorker::setArchived(const QStringList &tokens, bool archived, QSqlError *error)
{
    QSqlQuery *query = prepared(u"UPDATE sessions SET archived = ? WHERE token = ?"_s, error);
    for (const QString &token : tokens) {
        if (!query || !run(query, {archived ? 1 : 0, token}, error))
            return false;
    }
    return true;
}

namespace {
QByteArray headersToJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const auto &h : headers)
        a.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

HeaderList headersFromJson(const QByteArray &json)
{
    HeaderList headers;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}
} // namespace

bool HistoryWorker::saveWebhook(const ReceivedWebhook &w, int keep, QSqlError *error)
{
    // A row replaced by id gives its body's bytes back.
    QSqlQuery *old = prepared(u"SELECT length(body) FROM webhooks WHERE id = ?"_s, error);
    if (!old || !run(old, {w.id}, error))
        return false;
    if (old->next()) {
        m_webhookBytes -= old->value(0).toLongLong();
        --m_webhookRows;
    }
    old->finish();
    QSqlQuery *query = prepared(
        u"INSERT OR REPLACE INTO webhooks (id, received_at, method, path, headers, body, remote, answered_status,"
        " refused, verdict, message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        error);
    if (!query
        || !run(query,
                {w.id, timeValue(w.receivedAt), QString::fromLatin1(w.method), w.path, headersToJson(w.headers), w.body,
                 w.remote, w.answeredStatus, w.refused, w.verdict, w.message, w.profileId, w.eventType, w.eventId,
                 w.sessionRef, w.matchedToken, std::max(w.repeats, 1), timeValue(w.lastAt)},
                error))
        return false;
    ++m_webhookRows;
    m_webhookBytes += w.body.size();
    m_keep = m_keep < 0 ? keep : std::min(m_keep, keep);
    return true;
}

bool HistoryWorker::countWebhooks(QSqlError *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*), COALESCE(SUM(length(body)), 0) FROM webhooks"_s) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    m_webhookRows = query.value(0).toLongLong();
    m_webhookBytes = query.value(1).toLongLong();
    return true;
}

bool HistoryWorker::trimWebhooks(QSqlError *error)
{
    // Only the latest m_keep rows, and of them only as many as fit in MaxWebhookBytes of bodies, are kept: an
    // inbox left open for days (or flooded) must not fill the disk. Ids only grow, so the oldest rows are one
    // range of the primary key: found by walking it from the start, and deleted by it.
    const int keep = std::exchange(m_keep, -1);
    if (keep < 0 || (m_webhookRows <= keep && m_webhookBytes <= m_maxWebhookBytes))
        return true;
    QSqlQuery oldest(m_db);
    oldest.setForwardOnly(true);
    if (!oldest.exec(u"SELECT id, length(body) FROM webhooks ORDER BY id"_s)) {
        *error = oldest.lastError();
        return false;
    }
    qint64 rows = m_webhookRows;
    qint64 bytes = m_webhookBytes;
    qint64 lastGone = -1;
    while ((rows > keep || bytes > m_maxWebhookBytes) && oldest.next()) {
        lastGone = oldest.value(0).toLongLong();
        bytes -= oldest.value(1).toLongLong();
        --rows;
    }
    oldest.finish();
    if (lastGone < 0)
        return true;
    QSqlQuery *remove = prepared(u"DELETE FROM webhooks WHERE id <= ?"_s, error);
    if (!remove || !run(remove, {lastGone}, error))
        return false;
    m_webhookRows = rows;
    m_webhookBytes = bytes;
    return true;
}

bool HistoryWorker::noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt, QSqlError *error)
{
    QSqlQuery *query = prepared(u"UPDATE webhooks SET repeats = ?, last_at = ? WHERE id = ?"_s, error);
    return query && run(query, {std::max(repeats, 1), timeValue(lastAt), id}, error);
}

bool HistoryWorker::commitBatch(const QList<HistoryStore::Task> &writes, QSqlError *error)
{
    // IMMEDIATE: the write lock is taken (waiting for another writer up to the busy timeout) before anything is
    // read; a deferred transaction that reads first could not wait for it and would fail at once.
    QSqlQuery control(m_db);
    if (!control.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = control.lastError();
        return false;
    }
    bool ok = true;
    for (const HistoryStore::Task &task : writes) {
        if (!task.write(*this, error)) {
            ok = false;
            break;
        }
    }
    ok = ok && trimWebhooks(error);
    if (ok && !control.exec(u"COMMIT"_s)) {
        *error = control.lastError();
        ok = false;
    }
    if (!ok) {
        control.exec(u"ROLLBACK"_s);
        // What the rolled-back writes counted is recounted from the file.
        QSqlError ignored;
        countWebhooks(&ignored);
        m_keep = -1;
    }
    return ok;
}

void HistoryWorker::runBatch(QList<HistoryStore::Task> &writes)
{
    if (writes.isEmpty())
        return;
    if (!m_db.isOpen()) {
        for (HistoryStore::Task &task : writes)
            finish(task, HistoryStore::Kept::NoHistory);
        fail(HistoryStore::tr("The history is not open, so nothing can be read from it or kept in it."));
        writes.clear();
        return;
    }
    QSqlError error;
    if (commitBatch(writes, &error)) {
        m_store->m_transactions.fetchAndAddRelaxed(1);
        for (HistoryStore::Task &task : writes)
            finish(task, HistoryStore::Kept::Yes);
        writes.clear();
        return;
    }
    // Another process holds the file: trying each write again would wait as long once more for each.
    const int code = sqliteCode(error);
    if (code == SqliteBusy || code == SqliteLocked) {
        fail(writes.first().failure(error));
        for (HistoryStore::Task &task : writes)
            finish(task, HistoryStore::Kept::No);
        writes.clear();
        return;
    }
    // One write spoiled the batch: each goes again on its own, so the others are kept and the one is named.
    for (HistoryStore::Task &task : writes) {
        QSqlError own;
        const bool kept = commitBatch({task}, &own);
        m_store->m_transactions.fetchAndAddRelaxed(1);
        if (!kept)
            fail(task.failure(own));
        finish(task, kept ? HistoryStore::Kept::Yes : HistoryStore::Kept::No);
    }
    writes.clear();
}

void HistoryWorker::finish(HistoryStore::Task &task, HistoryStore::Kept kept)
{
    m_store->m_pendingWrites.fetchAndSubRelaxed(1);
    m_store->m_pendingBytes.fetchAndSubRelaxed(task.bytes);
    if (kept == HistoryStore::Kept::Yes)
        m_store->m_committedWrites.fetchAndAddRelaxed(1);
    if (task.done)
        emitLater([done = std::move(task.done), kept] { done(kept); });
}

void HistoryWorker::drain()
{
    // Everything queued so far, in order; writes that wait together share a transaction, and the queue is
    // taken again until it is empty (what arrives meanwhile joins the next batch).
    for (QList<HistoryStore::Task> tasks = m_store->takeQueued(); !tasks.isEmpty(); tasks = m_store->takeQueued()) {
        QList<HistoryStore::Task> batch;
        for (HistoryStore::Task &task : tasks) {
            if (task.write) {
                batch.append(std::move(task));
                continue;
            }
            runBatch(batch);
            task.other(*this);
        }
        runBatch(batch);
    }
}

void HistoryWorker::loadSessions()
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<TrackedSession> sessions;
    bool ok = query.exec(u"SELECT token, profile_id, user_id, added_at, last_polled_at, status, result_json,"
                         " last_request_id, sandbox_run, archived, webhook_event, webhook_at FROM sessions"
                         " ORDER BY added_at, token"_s);
    while (ok && query.next()) {
        TrackedSession s;
        s.token = query.value(0).toString();
        s.profileId = query.value(1).toString();
        s.userId = query.value(2).toString();
        s.addedAt = timeFrom(query.value(3));
        s.lastPolledAt = timeFrom(query.value(4));
        s.status = query.value(5).toString();
        s.resultJson = query.value(6).toByteArray();
        s.lastRequestId = query.value(7).toString();
        s.sandboxRun = query.value(8).toString();
        s.archived = query.value(9).toInt() != 0;
        s.webhookEvent = query.value(10).toString();
        s.webhookAt = timeFrom(query.value(11));
        sessions.append(std::move(s));
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The watchlist could not be read from the history: %1").arg(reasonOf(query.lastError())));
        return;
    }
    emitLater([store = m_store, sessions = std::move(sessions)] { Q_EMIT store->sessionsLoaded(sessions); });
}

void HistoryWorker::loadTimeline(const QString &token)
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<StatusChange> changes;
    bool ok = query.prepare(u"SELECT at, from_status, to_status, request_id, event FROM status_changes"
                            " WHERE token = ? ORDER BY at, id"_s);
    if (ok) {
        query.addBindValue(token);
        ok = query.exec();
    }
    while (ok && query.next()) {
        StatusChange c;
        c.token = token;
        c.at = timeFrom(query.value(0));
        c.from = query.value(1).toString();
        c.to = query.value(2).toString();
        c.requestId = query.value(3).toString();
        c.event = query.value(4).toString();
        changes.append(std::move(c));
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The timeline of session %1 could not be read from the history: %2")
                 .arg(token, reasonOf(query.lastError())));
        return;
    }
    emitLater([store = m_store, token, changes = std::move(changes)] { Q_EMIT store->timelineLoaded(token, changes); });
}

void HistoryWorker::loadWebhooks(int limit)
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<ReceivedWebhook> list;
    bool ok = query.prepare(u"SELECT id, received_at, method, path, headers, body, remote, answered_status, refused,"
                            " verdict, message, profile_id, event_type, event_id, session_ref, matched_token,"
                            " repeats, last_at FROM (SELECT * FROM webhooks ORDER BY id DESC LIMIT ?) ORDER BY id"_s);
    if (ok) {
        query.addBindValue(limit);
        ok = query.exec();
    }
    while (ok && query.next()) {
        ReceivedWebhook w;
        w.id = query.value(0).toLongLong();
        w.receivedAt = timeFrom(query.value(1));
        w.method = query.value(2).toString().toLatin1();
        w.path = query.value(3).toString();
        w.headers = headersFromJson(query.value(4).toByteArray());
        w.body = query.value(5).toByteArray();
        w.remote = query.value(6).toString();
        w.answeredStatus = query.value(7).toInt();
        w.refused = query.value(8).toString();
        w.verdict = query.value(9).toString();
        w.message = query.value(10).toString();
        w.profileId = query.value(11).toString();
        w.eventType = query.value(12).toString();
        w.eventId = query.value(13).toString();
        w.sessionRef = query.value(14).toString();
        w.matchedToken = query.value(15).toString();
        w.repeats = std::max(query.value(16).toInt(), 1);
        w.lastAt = timeFrom(query.value(17));
        list.append(std::move(w));
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The received webhooks could not be read from the history: %1").arg(reasonOf(query.lastError())));
        return;
    }
    emitLater([store = m_store, list = std::move(list)] { Q_EMIT store->webhooksLoaded(list); });
}

void HistoryWorker::clearWebhooks()
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM webhooks"_s)) {
        fail(HistoryStore::tr("The received webhooks could not be removed from the history: %1").arg(reasonOf(query.lastError())));
        return;
    }
    m_webhookRows = 0;
    m_webhookBytes = 0;
    // Bodies can be large: give their space back to the disk.
    if (!query.exec(u"VACUUM"_s))
        qCWarning(lcHistory) << "VACUUM after clearing the inbox failed:" << query.lastError().text();
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrackedSession>();
    qRegisterMetaType<StatusChange>();
    qRegisterMetaType<QList<TrackedSession>>();
    qRegisterMetaType<QList<StatusChange>>();
    qRegisterMetaType<ReceivedWebhook>();
    qRegisterMetaType<QList<ReceivedWebhook>>();

    m_thread.setObjectName(u"xident-history"_s);
    m_worker = new HistoryWorker(this);
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as that ends, so the connection is removed where it was made.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

HistoryStore::~HistoryStore()
{
    // The queued calls run first (the queue is in order), then the connection closes on its thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] {
            // Quitting does not wait seconds for another process's lock: what cannot be written soon is said.
            worker->setBusyTimeout(ClosingBusyTimeoutMs);
            worker->drain();
            worker->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // Signals the worker posted for this object are dropped with it.
}

void HistoryStore::enqueue(Task task)
{
    if (task.write) {
        m_pendingWrites.fetchAndAddRelaxed(1);
        m_pendingBytes.fetchAndAddRelaxed(task.bytes);
    }
    bool post = false;
    {
        QMutexLocker locker(&m_queueMutex);
        m_queue.append(std::move(task));
        post = !std::exchange(m_drainPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->drain(); }, Qt::QueuedConnection);
}

QList<HistoryStore::Task> HistoryStore::takeQueued()
{
    QMutexLocker locker(&m_queueMutex);
    if (m_queue.isEmpty())
        m_drainPosted = false;
    return std::exchange(m_queue, {});
}

void HistoryStore::queueWrite(std::function<bool(HistoryWorker &, QSqlError *)> write,
                              std::function<QString(const QSqlError &)> failure, qint64 bytes, KeptCallback done)
{
    Task task;
    task.write = std::move(write);
    task.failure = std::move(failure);
    task.bytes = bytes;
    task.done = std::move(done);
    enqueue(std::move(task));
}

void HistoryStore::queueOther(std::function<void(HistoryWorker &)> job)
{
    Task task;
    task.other = std::move(job);
    enqueue(std::move(task));
}

void HistoryStore::open(const QString &path)
{
    queueOther([path](HistoryWorker &w) { w.open(path); });
}

void HistoryStore::saveSession(const TrackedSession &session)
{
    saveSessions({session});
}

void HistoryStore::saveSessions(const QList<TrackedSession> &sessions)
{
    if (sessions.isEmpty())
        return;
    for (const TrackedSession &s : sessions) {
        if (s.token.isEmpty()) {
            Q_EMIT failed(tr("A session without a token cannot be kept in the history."));
            return;
        }
    }
    queueWrite([sessions](HistoryWorker &w, QSqlError *e) { return w.saveSessions(sessions, e); },
               [sessions](const QSqlError &e) {
                   return sessions.size() == 1
                              ? tr("The session %1 could not be saved in the history: %2").arg(sessions.first().token, reasonOf(e))
                              : tr("%n session(s) could not be saved in the history: %1", nullptr, int(sessions.size()))
                                    .arg(reasonOf(e));
               });
}

void HistoryStore::recordChange(const StatusChange &change)
{
    queueWrite([change](HistoryWorker &w, QSqlError *e) { return w.recordChange(change, e); },
               [token = change.token](const QSqlError &e) {
                   return tr("A status change of session %1 could not be saved in the history: %2").arg(token, reasonOf(e));
               });
}

void HistoryStore::removeSessions(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return;
    queueWrite([tokens](HistoryWorker &w, QSqlError *e) { return w.removeSessions(tokens, e); },
               [n = int(tokens.size())](const QSqlError &e) {
                   return tr("%n session(s) could not be removed from the history: %1", nullptr, n).arg(reasonOf(e));
               });
}

void HistoryStore::setArchived(const QStringList &tokens, bool archived)
{
    if (tokens.isEmpty())
        return;
    queueWrite([tokens, archived](HistoryWorker &w, QSqlError *e) { return w.setArchived(tokens, archived, e); },
               [n = int(tokens.size())](const QSqlError &e) {
                   return tr("The archived mark of %n session(s) could not be saved in the history: %1", nullptr, n)
                       .arg(reasonOf(e));
               });
}

void HistoryStore::loadSessions()
{
    queueOther([](HistoryWorker &w) { w.loadSessions(); });
}

void HistoryStore::loadTimeline(const QString &token)
{
    queueOther([token](HistoryWorker &w) { w.loadTimeline(token); });
}

void HistoryStore::saveWebhook(const ReceivedWebhook &webhook, int keep, KeptCallback done)
{
    queueWrite([webhook, keep](HistoryWorker &w, QSqlError *e) { return w.saveWebhook(webhook, keep, e); },
               [](const QSqlError &e) {
                   return tr("A received webhook could not be saved in the history: %1").arg(reasonOf(e));
               },
               webhook.body.size(), std::move(done));
}

void HistoryStore::setMaxWebhookBytes(qint64 bytes)
{
    queueOther([bytes](HistoryWorker &w) { w.setMaxWebhookBytes(bytes); });
}

void HistoryStore::setBusyTimeout(int ms)
{
    queueOther([ms](HistoryWorker &w) { w.setBusyTimeout(ms); });
}

void HistoryStore::loadWebhooks(int limit)
{
    queueOther([limit](HistoryWorker &w) { w.loadWebhooks(limit); });
}

void HistoryStore::noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt)
{
    queueWrite([id, repeats, lastAt](HistoryWorker &w, QSqlError *e) { return w.noteWebhookRepeats(id, repeats, lastAt, e); },
               [](const QSqlError &e) {
                   return tr("A received webhook could not be saved in the history: %1").arg(reasonOf(e));
               });
}

void HistoryStore::clearWebhooks()
{
    queueOther([](HistoryWorker &w) { w.clearWebhooks(); });
}

void HistoryStore::flush()
{
    waitForWorker();
    // The worker has posted its signals for this object by now: deliver them before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void HistoryStore::waitForWorker()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->drain(); }, Qt::BlockingQueuedConnection);
}

} // namespace Xident::Console
