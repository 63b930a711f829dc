#include "console/core/history/historyworker.h"

#include "console/core/history/historyschema.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtSql/QSqlError>

using namespace Qt::StringLiterals;

namespace Xident::Console {

using namespace HistorySchema;

namespace {
QAtomicInteger<quint64> s_connectionSerial;
} // namespace

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
        for (const QLatin1StringView statement : migration(version)) {
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
    for (const QLatin1StringView probe : probes()) {
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

} // namespace Xident::Console
