#pragma once

#include "console/core/trackedsession.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>

#include <functional>
#include <map>

class QTimer;

namespace Xident {
class Client;
class Error;
class Job;
} // namespace Xident

namespace Xident::Console {

class SessionModel;

//! Polls the watchlist's open sessions through the library: each on its profile's interval, a few requests in
//! flight at most, spread over the interval, backing off on errors and holding everything while a client is
//! paused by a 429. Results go to the model; status changes are announced for the history and notifications.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    using ClientLookup = std::function<Xident::Client *(const QString &profileId)>;
    using IntervalLookup = std::function<int(const QString &profileId)>;   // milliseconds

    explicit PollScheduler(SessionModel *model, QObject *parent = nullptr);
    ~PollScheduler() override;

    void setClientLookup(ClientLookup lookup) { m_clientFor = std::move(lookup); }
    void setIntervalLookup(IntervalLookup lookup) { m_intervalFor = std::move(lookup); }
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    //! The longest wait after repeated errors.
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    //! A source of randomness for spreading polls (tests pin it).
    void setRandomGenerator(QRandomGenerator *random) { m_random = random; }

    //! Starts polling these tokens (already in the model), their first polls spread over their interval.
    void track(const QStringList &tokens);
    //! Stops polling and forgets these tokens.
    void untrack(const QStringList &tokens);
    void pause(const QStringList &tokens);
    void resume(const QStringList &tokens);
    void pauseAll();
    void resumeAll();
    //! Polls these tokens as soon as a slot is free, paused or finished ones included.
    void pollNow(const QStringList &tokens);
    bool isTracked(const QString &token) const { return m_entries.contains(token); }
    bool isPaused(const QString &token) const;
    int inFlight() const { return m_inFlight; }
    quint64 requestsStarted() const { return m_started; }
    //! How late each poll started after its due time, for the benchmark (ms, the worst so far).
    qint64 worstLatenessMs() const { return m_worstLateness; }
    void resetLateness() { m_worstLateness = 0; }

Q_SIGNALS:
    //! A status differs from the last one observed (the first observation counts).
    void statusChanged(const Xident::Console::StatusChange &change);
    //! The session's stored row changed (result, status, poll time): time to save it.
    void sessionUpdated(const QString &token);
    //! A session reached a terminal status.
    void sessionFinished(const QString &token, const QString &status);
    //! The session's profile does not know it (404, not an expiry); polling stopped.
    void notFound(const QString &token, const QString &profileId, const QString &requestId);
    //! Every poll that started (for the request counter in the status bar).
    void pollStarted(const QString &token);

private:
    struct Entry
    {
        QString profileId;
        qint64 due = 0;             // on m_clock
        bool paused = false;
        bool inFlight = false;
        bool queued = false;        // in m_due
        bool once = false;          // a "poll now" on a finished or paused row
        int errors = 0;
        QPointer<Xident::Job> job;  // the poll in flight
        std::multimap<qint64, QString>::iterator slot;
    };

    void schedule(const QString &token, Entry &entry, qint64 due);
    void unschedule(Entry &entry);
    void arm();
    void runDue();
    void start(const QString &token, Entry &entry);
    void onFinished(const QString &token, Xident::Job *job);
    void stopOnError(const QString &token, const Xident::Error &error, const QString &requestId, const QDateTime &at);
    void showWaiting(const QString &token, const Entry &entry, const QString &error = {});
    int intervalMs(const QString &profileId) const;
    qint64 jitter(qint64 span);

    QPointer<SessionModel> m_model;
    ClientLookup m_clientFor;
    IntervalLookup m_intervalFor;
    QHash<QString, Entry> m_entries;
    std::multimap<qint64, QString> m_due;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QRandomGenerator *m_random = QRandomGenerator::global();
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_maxBackoffMs = 60000;
    quint64 m_started = 0;
    qint64 m_worstLateness = 0;
};

} // namespace Xident::Console
