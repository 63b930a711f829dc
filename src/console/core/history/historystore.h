#pragma once

#include "console/core/receivedwebhook.h"
#include "console/core/trackedsession.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QThread>

#include <functional>

class QSqlError;

namespace Xident::Console {

class HistoryWorker;

//! The watchlist's SQLite store: every call is queued to one worker thread that owns the connection,
//! and its outcome comes back as a signal on the caller's thread. Calls are carried out in the order they were
//! made; writes that wait together are committed together, in one transaction (a flood of webhooks is a few
//! transactions a second, not one per row), and a write that fails there is retried on its own.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    //! How a write with a callback ended.
    enum class Kept {
        Yes,         //!< committed: it survives a crash of the process from now on
        No,          //!< the database refused it (failed() says why)
        NoHistory,   //!< there is no database in this run (opened() said why)
    };
    using KeptCallback = std::function<void(Kept)>;
    //! Writes waiting beyond these make isBacklogged() true: producers should hold back (the inbox answers 503).
    static constexpr qsizetype MaxPendingWrites = 20000;
    static constexpr qint64 MaxPendingBytes = 64LL * 1024 * 1024;

    //! Stored in PRAGMA user_version; older files are migrated forward one step at a time.
    static constexpr int SchemaVersion = 6;
    //! The received webhooks kept in the file hold at most this many bytes of bodies (the oldest go first).
    static constexpr qint64 MaxWebhookBytes = 256LL * 1024 * 1024;
    //! The sessions in loadSessions()'s first piece, and in each after it.
    static constexpr qsizetype FirstLoadPiece = 500;
    static constexpr qsizetype LoadPiece = 5000;

    explicit HistoryStore(QObject *parent = nullptr);
    //! Carries out every queued call (without emitting), closes the connection and stops the thread.
    ~HistoryStore() override;

    //! Opens (creating if needed) the database at \a path, closing any previous one; emits opened().
    //! A damaged file is moved aside with its -wal/-shm and a fresh one is started.
    void open(const QString &path);
    //! Inserts \a session or replaces the one with its token.
    void saveSession(const TrackedSession &session);
    //! The same for many sessions (a paste of thousands), in one write.
    void saveSessions(const QList<TrackedSession> &sessions);
    void recordChange(const StatusChange &change);
    //! Removes the sessions and their timelines, in one transaction.
    void removeSessions(const QStringList &tokens);
    void setArchived(const QStringList &tokens, bool archived);
    //! \a drop turned out to be the session \a keep: its timeline and webhooks move to \a keep, its row goes.
    void mergeSessions(const QString &keep, const QString &drop);
    //! Emits sessionsLoaded() with every session, archived ones included, newest first, in pieces (the first
    //! small, so that a long history lists its recent sessions at once); the last piece says it is complete.
    void loadSessions();
    //! Emits timelineLoaded() with the changes of \a token, oldest first.
    void loadTimeline(const QString &token);
    //! Keeps at most \a bytes of webhook bodies instead of MaxWebhookBytes (tests).
    void setMaxWebhookBytes(qint64 bytes);
    //! Waits at most \a ms for another process's lock before a write fails, instead of a second (tests).
    void setBusyTimeout(int ms);
    //! Inserts (or replaces, by id) a received webhook, keeping only the latest \a keep; \a done, when given, is
    //! called on this object's thread once the write is committed or has failed.
    void saveWebhook(const ReceivedWebhook &webhook, int keep = 2000, KeptCallback done = {});
    //! Emits webhooksLoaded() with the latest \a limit received webhooks, oldest first.
    void loadWebhooks(int limit);
    void clearWebhooks();
    //! Counts further refusals alike on a saved row (its count and latest time only; the row is not rewritten).
    void noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt);
    //! Blocks until every call made so far has been carried out and emits the signals they produced
    //! (tests, shutdown); never called by the GUI in normal use.
    void flush();

    //! Writes queued and not yet committed, and the bytes of the bodies among them. Thread-safe.
    qsizetype pendingWrites() const { return m_pendingWrites.loadRelaxed(); }
    qint64 pendingBytes() const { return m_pendingBytes.loadRelaxed(); }
    //! Whether the writer is so far behind that new work should wait.
    bool isBacklogged() const { return pendingWrites() >= MaxPendingWrites || pendingBytes() >= MaxPendingBytes; }
    //! Writes committed since the store was made, and the transactions that took them (benchmarks).
    quint64 committedWrites() const { return m_committedWrites.loadRelaxed(); }
    quint64 transactions() const { return m_transactions.loadRelaxed(); }

Q_SIGNALS:
    //! \a ok is false when no database could be opened; \a message is empty when all went well, and
    //! says what happened otherwise (also when \a ok is true after a damaged file was moved aside).
    void opened(bool ok, const QString &message, const QString &movedAsidePath);
    //! Before the pieces of loadSessions(): how many sessions they hold.
    void sessionsToLoad(int count);
    void sessionsLoaded(const QList<Xident::Console::TrackedSession> &sessions, bool complete);
    void timelineLoaded(const QString &token, const QList<Xident::Console::StatusChange> &changes);
    void webhooksLoaded(const QList<Xident::Console::ReceivedWebhook> &webhooks);
    //! A write or read that failed, said plainly.
    void failed(const QString &message);

private:
    friend class HistoryWorker;
    //! One call, queued in order: a write (batched with its neighbours) or anything else (opening, reading).
    struct Task
    {
        std::function<bool(HistoryWorker &, QSqlError *)> write;   //!< set for writes; false on failure
        std::function<QString(const QSqlError &)> failure;         //!< what a failed write means, said plainly
        std::function<void(HistoryWorker &)> other;                //!< set for everything else
        KeptCallback done;
        qint64 bytes = 0;
    };
    void enqueue(Task task);
    void queueWrite(std::function<bool(HistoryWorker &, QSqlError *)> write,
                    std::function<QString(const QSqlError &)> failure, qint64 bytes = 0, KeptCallback done = {});
    void queueOther(std::function<void(HistoryWorker &)> job);
    //! Takes every queued task (worker thread); empty when there was none, and the next enqueue posts a drain.
    QList<Task> takeQueued();
    void waitForWorker();

    QThread m_thread;
    HistoryWorker *m_worker = nullptr;   // lives on m_thread, deleted there when it finishes
    QMutex m_queueMutex;
    QList<Task> m_queue;
    bool m_drainPosted = false;
    QAtomicInteger<qsizetype> m_pendingWrites = 0;
    QAtomicInteger<qint64> m_pendingBytes = 0;
    QAtomicInteger<quint64> m_committedWrites = 0;
    QAtomicInteger<quint64> m_transactions = 0;
};

} // namespace Xident::Console
