#pragma once

#include "config.h"
#include "error.h"
#include "redaction.h"
#include "initparams.h"
#include "sessionresult.h"
#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

class QNetworkReply;

namespace Xident {

class Client;

//! One API call with its retries, with KJob's lifecycle: start() only schedules; finished() is emitted
//! exactly once (also on cancel, and from the destructor when the job is destroyed unfinished), then
//! succeeded() when there was no error (KJob's finished/result order). Every signal is emitted once the
//! job's state is final, and a slot may cancel or delete the job (or its client) from any of them.
class XIDENTQT_EXPORT Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override;

    //! Schedules the first attempt on the event loop; calling it again does nothing.
    void start();
    //! Stops the job at any point (in flight, waiting for a retry or not started yet); finished() follows with Canceled.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    //! NoError after a success; the last attempt's error otherwise.
    Error error() const { return m_error; }
    //! The request id of the last answer, for support tickets.
    QString requestId() const { return m_requestId; }
    //! Attempts made so far (1 for the first).
    int attempts() const { return m_attempt; }
    quint64 id() const { return m_id; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

    //! The client that made the job; null once it is gone.
    Client *client() const;

    //! By default a job deletes itself after finished(); turn that off to keep it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    //! Attempt \a attempt is about to be sent; cancel() from a slot means it is not sent.
    void attemptStarted(int attempt);
    //! Attempt \a nextAttempt will start after \a delayMs because of \a reason.
    void retryScheduled(int nextAttempt, qint64 delayMs, const QString &reason);
    //! The next attempt waits \a milliseconds because the whole client is paused after a 429.
    void waitingForPause(qint64 milliseconds);
    //! The job ended without error; emitted right after finished(). No need to special-case Canceled,
    //! and the job is whole here: downcasting is safe.
    void succeeded(Xident::Job *job);
    //! Emitted exactly once; check error(). When the job is destroyed before it finished, this is emitted
    //! from ~Job() with Canceled: the subclass is already gone then, so slots must not downcast a job
    //! whose error() is Canceled (with NoError it is always whole).
    void finished(Xident::Job *job);

protected:
    Job(Client *client, QByteArray method, QString path, QByteArray body);
    //! Reads the envelope's data object; returns a Parse error when it lacks what the endpoint promises.
    virtual Error takeData(const QJsonObject &data) = 0;
    //! Reads a successful envelope ({"success": true, "data": …, "meta": …}); by default its data object
    //! goes to takeData(). Endpoints whose data is an array override this.
    virtual Error takeEnvelope(const QJsonObject &root);
    //! A check made when the job starts, before any request (the config is always checked).
    virtual Error preflight() const { return {}; }

private:
    enum class AbortReason { None, Timeout, TooLarge, Canceled };

    void beginAttempt();
    void onReplyFinished();
    void onReadyRead();
    void onDeadline();
    void abortReply(AbortReason reason);
    void scheduleOrFinish(const Error &error);
    void finish(const Error &error);
    Error redacted(Error error) const;

    QPointer<Client> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    quint64 m_id = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_response;
    // Parented, so that moveToThread() takes them along.
    QTimer *m_deadline;
    QTimer *m_retryTimer;
    // The config of the attempt in flight: what was actually sent, whatever setConfig() does meanwhile.
    Config m_sent;
    Redactor m_redactor;
    QElapsedTimer m_elapsed;
    Error m_error;
    QString m_requestId;
    AbortReason m_abort = AbortReason::None;
    int m_attempt = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_announced = false;   // finished() was emitted
    bool m_autoDelete = true;
    bool m_certificateRejected = false;
};

//! POST /init.
class XIDENTQT_EXPORT InitJob : public Job
{
    Q_OBJECT
public:
    InitJob(Client *client, const InitParams &params);
    InitResult result() const { return m_result; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    InitParams m_params;
    InitResult m_result;
};

//! GET /result/{token}.
class XIDENTQT_EXPORT ResultJob : public Job
{
    Q_OBJECT
public:
    ResultJob(Client *client, const QString &token);
    QString token() const { return m_token; }
    //! Whether \a token has the form of an init or result token: ^(xit|xtk)_[A-Za-z0-9_-]{8,128}$.
    static bool isValidToken(const QString &token);
    SessionResult result() const { return m_result; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    QString m_token;
    SessionResult m_result;
};

} // namespace Xident
