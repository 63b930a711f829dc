#pragma once

#include "console/core/history/historystore.h"

#include <QtCore/QObject>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <map>
#include <memory>

class QSqlError;

namespace Xident::Console {

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
    bool mergeSessions(const QString &keep, const QString &drop, QSqlError *error);
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
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }
};

} // namespace Xident::Console
