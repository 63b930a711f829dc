#include "console/core/history/historystore.h"

#include "console/core/history/historyschema.h"
#include "console/core/history/historyworker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMutexLocker>

#include <utility>

using namespace Qt::StringLiterals;

namespace Xident::Console {

using namespace HistorySchema;

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

void HistoryStore::mergeSessions(const QString &keep, const QString &drop)
{
    queueWrite([keep, drop](HistoryWorker &w, QSqlError *e) { return w.mergeSessions(keep, drop, e); },
               [drop](const QSqlError &e) {
                   return tr("The session %1 could not be merged in the history: %2").arg(drop, reasonOf(e));
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
