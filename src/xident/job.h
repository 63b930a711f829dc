#pragma once

#include "error.h"
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

//! One API call with its retries. start() only schedules; finished() is emitted exactly once, also on cancel.
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

    //! By default a job deletes itself after finished(); turn that off to keep it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void attemptStarted(int attempt);
    //! Attempt \a nextAttempt will start after \a delayMs because of \a reason.
    void retryScheduled(int nextAttempt, qint64 delayMs, const QString &reason);
    //! Emitted exactly once; check error().
    void finished(Xident::Job *job);

protected:
    Job(Client *client, QByteArray method, QString path, QByteArray body);
    //! Reads the envelope's data object; returns a Parse error when it lacks what the endpoint promises.
    virtual Error takeData(const QJsonObject &data) = 0;
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

    QPointer<Client> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    quint64 m_id = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_response;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    Error m_error;
    QString m_requestId;
    AbortReason m_abort = AbortReason::None;
    int m_attempt = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
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
    SessionResult result() const { return m_result; }

protected:
    Error takeData(const QJsonObject &data) override;
    Error preflight() const override;

private:
    QString m_token;
    SessionResult m_result;
};

} // namespace Xident
