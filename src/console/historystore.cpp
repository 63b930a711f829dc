#include "historystore.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <span>
#include <utility>

using namespace Qt::StringLiterals;

namespace Xident::Console {

Q_LOGGING_CATEGORY(lcHistory, "xident.console.history", QtInfoMsg)

namespace {

// SQLite's primary result codes; Qt puts the code of a failed call in QSqlError::nativeErrorCode().
constexpr int SqliteError = 1;          // generic: a statement that does not fit the schema
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// A lock held by another process is waited for this long, on the worker thread only.
constexpr int BusyTimeoutMs = 5000;

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
    void saveSession(const TrackedSession &session);
    void recordChange(const StatusChange &change);
    void removeSessions(const QStringList &tokens);
    void setArchived(const QStringList &tokens, bool archived);
    void loadSessions();
    void loadTimeline(const QString &token);
    void saveWebhook(const ReceivedWebhook &webhook, int keep);
    void loadWebhooks(int limit);
    void clearWebhooks();
    void noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt);

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
    //! Runs \a statement once per entry of \a rows (its bound values), all in one transaction.
    bool execInTransaction(const QString &statement, const QList<QVariantList> &rows, QSqlError *error);
    bool isReady();
    void fail(const QString &message);
    void reportOpened(bool ok, const QString &message, const QString &movedAside);

    template<typename Emit>
    void emitLater(Emit &&emitter)
    {
        // Signals are emitted on the store's thread, so its receivers never see the worker thread.
        QMetaObject::invokeMethod(m_store, std::forward<Emit>(emitter), Qt::QueuedConnection);
    }

    HistoryStore *const m_store;   // outlives this worker: the store's destructor stops the thread first
    QSqlDatabase m_db;
    QString m_connectionName;
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

bool HistoryWorker::execInTransaction(const QString &statement, const QList<QVariantList> &rows, QSqlError *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError();
        return false;
    }
    {
        QSqlQuery query(m_db);
        if (!query.prepare(statement)) {
            *error = query.lastError();
            query.finish();
            m_db.rollback();
            return false;
        }
        for (const QVariantList &values : rows) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec()) {
                *error = query.lastError();
                query.finish();
                m_db.rollback();
                return false;
            }
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

void HistoryWorker::saveSession(const TrackedSession &session)
{
    if (!isReady())
        return;
    if (session.token.isEmpty()) {
        fail(HistoryStore::tr("A session without a token cannot be kept in the history."));
        return;
    }
    QSqlError error;
    const bool ok = execInTransaction(
        u"INSERT OR REPLACE INTO sessions (token, profile_id, user_id, added_at, last_polled_at, status,"
        " result_json, last_request_id, sandbox_run, archived, webhook_event, webhook_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {{session.token, session.profileId, session.userId, timeValue(session.addedAt),
          timeValue(session.lastPolledAt), session.status, session.resultJson, session.lastRequestId,
          session.sandboxRun, session.archived ? 1 : 0, session.webhookEvent, timeValue(session.webhookAt)}},
        &error);
    if (!ok) {
        fail(HistoryStore::tr("The session %1 could not be saved in the history: %2")
                 .arg(session.token, reasonOf(error)));
    }
}

void HistoryWorker::recordChange(const StatusChange &change)
{
    if (!isReady())
        return;
    QSqlError error;
    const bool ok = execInTransaction(
        u"INSERT INTO status_changes (token, at, from_status, to_status, request_id, event) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {{change.token, timeValue(change.at), change.from, change.to, change.requestId, change.event}}, &error);
    if (!ok) {
        fail(HistoryStore::tr("A status change of session %1 could not be saved in the history: %2")
                 .arg(change.token, reasonOf(error)));
    }
}

void HistoryWorker::removeSessions(const QStringList &tokens)
{
    if (!isReady() || tokens.isEmpty())
        return;
    // Both deletions commit together: a session never loses its timeline but stays listed.
    QSqlError error;
    bool ok = m_db.transaction();
    if (!ok)
        error = m_db.lastError();
    if (ok) {
        QSqlQuery query(m_db);
        for (const QString &statement : {u"DELETE FROM status_changes WHERE token = ?"_s,
                                         u"DELETE FROM sessions WHERE token = ?"_s}) {
            ok = query.prepare(statement);
            for (qsizetype i = 0; ok && i < tokens.size(); ++i) {
                query.addBindValue(tokens.at(i));
                ok = query.exec();
            }
            if (!ok) {
                error = query.lastError();
                break;
            }
        }
        query.finish();
        if (ok && !m_db.commit()) {
            ok = false;
            error = m_db.lastError();
        }
        if (!ok)
            m_db.rollback();
    }
    if (!ok) {
        fail(HistoryStore::tr("%n session(s) could not be removed from the history: %1", nullptr, int(tokens.size()))
                 .arg(reasonOf(error)));
    }
}

void HistoryWorker::setArchived(const QStringList &tokens, bool archived)
{
    if (!isReady() || tokens.isEmpty())
        return;
    QList<QVariantList> rows;
    rows.reserve(tokens.size());
    for (const QString &token : tokens)
        rows.append({archived ? 1 : 0, token});
    QSqlError error;
    if (!execInTransaction(u"UPDATE sessions SET archived = ? WHERE token = ?"_s, rows, &error)) {
        fail(HistoryStore::tr("The archived mark of %n session(s) could not be saved in the history: %1", nullptr,
                              int(tokens.size()))
                 .arg(reasonOf(error)));
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

void HistoryWorker::saveWebhook(const ReceivedWebhook &w, int keep)
{
    if (!isReady())
        return;
    // The row and the trimming commit together. Only the latest \a keep rows, and of them only as many as fit
    // in MaxWebhookBytes of bodies, are kept: an inbox left open for days (or flooded) must not fill the disk.
    QSqlError error;
    bool ok = m_db.transaction();
    if (!ok)
        error = m_db.lastError();
    QSqlQuery query(m_db);
    const auto exec = [&](const QString &statement, const QVariantList &values) {
        if (!ok)
            return;
        ok = query.prepare(statement);
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = ok && query.exec();
        if (!ok)
            error = query.lastError();
    };
    exec(u"INSERT OR REPLACE INTO webhooks (id, received_at, method, path, headers, body, remote, answered_status,"
         " refused, verdict, message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {w.id, timeValue(w.receivedAt), QString::fromLatin1(w.method), w.path, headersToJson(w.headers), w.body,
          w.remote, w.answeredStatus, w.refused, w.verdict, w.message, w.profileId, w.eventType, w.eventId,
          w.sessionRef, w.matchedToken, std::max(w.repeats, 1), timeValue(w.lastAt)});
    exec(u"DELETE FROM webhooks WHERE id NOT IN (SELECT id FROM webhooks ORDER BY id DESC LIMIT ?)"_s, {keep});
    exec(u"DELETE FROM webhooks WHERE id IN (SELECT id FROM (SELECT id, SUM(length(body)) OVER (ORDER BY id DESC)"
         " AS total FROM webhooks) WHERE total > ?)"_s,
         {HistoryStore::MaxWebhookBytes});
    query.finish();
    if (ok && !m_db.commit()) {
        ok = false;
        error = m_db.lastError();
    }
    if (!ok) {
        m_db.rollback();
        fail(HistoryStore::tr("A received webhook could not be saved in the history: %1").arg(reasonOf(error)));
    }
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

void HistoryWorker::noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt)
{
    if (!isReady())
        return;
    QSqlError error;
    if (!execInTransaction(u"UPDATE webhooks SET repeats = ?, last_at = ? WHERE id = ?"_s,
                           {{std::max(repeats, 1), timeValue(lastAt), id}}, &error))
        fail(HistoryStore::tr("A received webhook could not be saved in the history: %1").arg(reasonOf(error)));
}

void HistoryWorker::clearWebhooks()
{
    if (!isReady())
        return;
    QSqlError error;
    if (!execInTransaction(u"DELETE FROM webhooks"_s, {{}}, &error)) {
        fail(HistoryStore::tr("The received webhooks could not be removed from the history: %1").arg(reasonOf(error)));
        return;
    }
    // Bodies can be large: give their space back to the disk.
    QSqlQuery vacuum(m_db);
    if (!vacuum.exec(u"VACUUM"_s))
        qCWarning(lcHistory) << "VACUUM after clearing the inbox failed:" << vacuum.lastError().text();
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
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // Signals the worker posted for this object are dropped with it.
}

template<typename Job>
void HistoryStore::post(Job &&job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::forward<Job>(job)] { job(*worker); }, Qt::QueuedConnection);
}

void HistoryStore::open(const QString &path)
{
    post([path](HistoryWorker &w) { w.open(path); });
}

void HistoryStore::saveSession(const TrackedSession &session)
{
    post([session](HistoryWorker &w) { w.saveSession(session); });
}

void HistoryStore::recordChange(const StatusChange &change)
{
    post([change](HistoryWorker &w) { w.recordChange(change); });
}

void HistoryStore::removeSessions(const QStringList &tokens)
{
    post([tokens](HistoryWorker &w) { w.removeSessions(tokens); });
}

void HistoryStore::setArchived(const QStringList &tokens, bool archived)
{
    post([tokens, archived](HistoryWorker &w) { w.setArchived(tokens, archived); });
}

void HistoryStore::loadSessions()
{
    post([](HistoryWorker &w) { w.loadSessions(); });
}

void HistoryStore::loadTimeline(const QString &token)
{
    post([token](HistoryWorker &w) { w.loadTimeline(token); });
}

void HistoryStore::saveWebhook(const ReceivedWebhook &webhook, int keep)
{
    post([webhook, keep](HistoryWorker &w) { w.saveWebhook(webhook, keep); });
}

void HistoryStore::loadWebhooks(int limit)
{
    post([limit](HistoryWorker &w) { w.loadWebhooks(limit); });
}

void HistoryStore::noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt)
{
    post([id, repeats, lastAt](HistoryWorker &w) { w.noteWebhookRepeats(id, repeats, lastAt); });
}

void HistoryStore::clearWebhooks()
{
    post([](HistoryWorker &w) { w.clearWebhooks(); });
}

void HistoryStore::flush()
{
    waitForWorker();
    // The worker has posted its signals for this object by now: deliver them before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void HistoryStore::waitForWorker()
{
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Xident::Console
