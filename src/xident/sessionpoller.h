#pragma once

#include "error.h"
#include "sessionresult.h"
#include "xidentglobal.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <chrono>

namespace Xident {

class Client;
class Job;
class ResultJob;

//! Polls one token on a timer until the session is terminal, backing off on errors and honouring 429.
//! Its lifecycle reads like a Job's: finished() exactly once per start(), with error(); then
//! succeeded() when a final status was reached. Slots may stop, restart or delete the poller.
class XIDENTQT_EXPORT SessionPoller : public QObject
{
    Q_OBJECT
public:
    SessionPoller(Client *client, const QString &token, QObject *parent = nullptr);
    ~SessionPoller() override;

    QString token() const { return m_token; }

    //! Intervals are clamped to what a timer can hold.
    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval);
    //! The longest wait between polls while errors repeat.
    std::chrono::milliseconds maxInterval() const { return m_maxInterval; }
    void setMaxInterval(std::chrono::milliseconds interval);
    //! Give up after this long (0 = never); finished() then carries a Timeout error.
    std::chrono::milliseconds waitTimeout() const { return m_waitTimeout; }
    void setWaitTimeout(std::chrono::milliseconds timeout);

    bool isActive() const { return m_active; }
    SessionResult lastResult() const { return m_last; }
    bool hasResult() const { return m_hasResult; }
    //! The request id of the last answer (successful or not), for support tickets.
    QString lastRequestId() const { return m_lastRequestId; }
    int polls() const { return m_polls; }
    //! Why polling ended: NoError after a final status; valid once finished() was emitted.
    Error error() const { return m_error; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    //! Every successful poll.
    void polled(const Xident::SessionResult &result);
    //! The status text differs from the previous poll's (the first poll always counts).
    void statusChanged(const Xident::SessionResult &result);
    //! A poll failed; polling goes on after \a nextPollMs unless the error is permanent.
    void pollFailed(const Xident::Error &error, qint64 nextPollMs);
    //! A final status was reached; emitted right after finished().
    void succeeded(Xident::SessionPoller *poller);
    //! Polling ended, exactly once per start(): a final status (error() is NoError), a permanent error,
    //! the wait timeout, stop(), or the client going away.
    void finished(Xident::SessionPoller *poller);

private:
    void poll();
    void onJobFinished(Job *job);
    void end(const Error &error);

    QPointer<Client> m_client;
    QString m_token;
    std::chrono::milliseconds m_interval{2000};
    std::chrono::milliseconds m_maxInterval{30000};
    std::chrono::milliseconds m_waitTimeout{0};
    QTimer *m_timer;   // a child, so that moveToThread() takes it along
    QElapsedTimer m_since;
    QPointer<ResultJob> m_job;
    SessionResult m_last;
    Error m_error;
    QString m_lastRequestId;
    bool m_hasResult = false;
    bool m_active = false;
    bool m_announced = true;   // finished() was emitted for the current start()
    int m_polls = 0;
    int m_consecutiveErrors = 0;
};

} // namespace Xident
