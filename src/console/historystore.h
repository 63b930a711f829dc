#pragma once

#include "receivedwebhook.h"
#include "trackedsession.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QThread>

namespace Xident::Console {

class HistoryWorker;

//! The watchlist's SQLite store: every call is queued to one worker thread that owns the connection,
//! and its outcome comes back as a signal on the caller's thread. Each write is committed on its own.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    //! Stored in PRAGMA user_version; older files are migrated forward one step at a time.
    static constexpr int SchemaVersion = 4;
    //! The received webhooks kept in the file hold at most this many bytes of bodies (the oldest go first).
    static constexpr qint64 MaxWebhookBytes = 256LL * 1024 * 1024;

    explicit HistoryStore(QObject *parent = nullptr);
    //! Carries out every queued call (without emitting), closes the connection and stops the thread.
    ~HistoryStore() override;

    //! Opens (creating if needed) the database at \a path, closing any previous one; emits opened().
    //! A damaged file is moved aside with its -wal/-shm and a fresh one is started.
    void open(const QString &path);
    //! Inserts \a session or replaces the one with its token.
    void saveSession(const TrackedSession &session);
    void recordChange(const StatusChange &change);
    //! Removes the sessions and their timelines, in one transaction.
    void removeSessions(const QStringList &tokens);
    void setArchived(const QStringList &tokens, bool archived);
    //! Emits sessionsLoaded() with every session, archived ones included, oldest first.
    void loadSessions();
    //! Emits timelineLoaded() with the changes of \a token, oldest first.
    void loadTimeline(const QString &token);
    //! Inserts (or replaces, by id) a received webhook, keeping only the latest \a keep.
    void saveWebhook(const ReceivedWebhook &webhook, int keep = 2000);
    //! Emits webhooksLoaded() with the latest \a limit received webhooks, oldest first.
    void loadWebhooks(int limit);
    void clearWebhooks();
    //! Counts further refusals alike on a saved row (its count and latest time only; the row is not rewritten).
    void noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt);
    //! Blocks until every call made so far has been carried out and emits the signals they produced
    //! (tests, shutdown); never called by the GUI in normal use.
    void flush();

Q_SIGNALS:
    //! \a ok is false when no database could be opened; \a message is empty when all went well, and
    //! says what happened otherwise (also when \a ok is true after a damaged file was moved aside).
    void opened(bool ok, const QString &message, const QString &movedAsidePath);
    void sessionsLoaded(const QList<Xident::Console::TrackedSession> &sessions);
    void timelineLoaded(const QString &token, const QList<Xident::Console::StatusChange> &changes);
    void webhooksLoaded(const QList<Xident::Console::ReceivedWebhook> &webhooks);
    //! A write or read that failed, said plainly.
    void failed(const QString &message);

private:
    template<typename Job>
    void post(Job &&job);
    void waitForWorker();

    QThread m_thread;
    HistoryWorker *m_worker = nullptr;   // lives on m_thread, deleted there when it finishes
};

} // namespace Xident::Console
