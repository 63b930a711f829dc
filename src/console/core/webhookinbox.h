#pragma once

#include "console/core/receivedwebhook.h"
#include "console/core/deliveryanswer.h"
#include "http/httpserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <map>
#include <optional>

class QThreadPool;

namespace Xident {
class WebhookSender;
}

namespace Xident::Console {

//! The console's webhook receiver: a loopback listener on the project's HTTP server (with its guard), which
//! judges each POST by the profiles' webhook secrets and reports it. Non-POST requests get 405 and bodies over
//! MaxBodyBytes 413; both are reported as refused. Optionally forwards every accepted request to a URL.
//!
//! The judging (an HMAC of the whole body for each secret, and parsing the event) runs on a worker thread, and
//! received() reports the requests in the order they came. While more than MaxPendingBytes of bodies wait to be
//! judged, or the admission check says no (the history is behind), further requests get 503 with Retry-After and
//! are listed as refused.
//!
//! With setAnswerWhenKept(), an accepted delivery is answered only once whoever keeps it calls answer() (the
//! console, after the history committed it): a sender told 200 can rely on it, even if the console is killed.
class WebhookInbox : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024;
    static constexpr quint16 DefaultPort = 9100;
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;
    //! Connections at once; beyond them a sender gets 503 (the HTTP server's guard).
    static constexpr int MaxConnections = 64;

    //! A profile's id and webhook secret, for judging deliveries.
    struct Secret
    {
        QString profileId;
        QByteArray secret;
    };
    //! The secrets to try, the preferred profile's first.
    using SecretLookup = std::function<QList<Secret>()>;

    explicit WebhookInbox(QObject *parent = nullptr);
    ~WebhookInbox() override;

    void setSecretLookup(SecretLookup lookup) { m_secrets = std::move(lookup); }
    void setTolerance(int seconds) { m_tolerance = seconds; }

    //! Listens on 127.0.0.1:\a port, or on a free port when it is taken; false with errorString() when neither works.
    bool start(quint16 port);
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    bool onFallbackPort() const { return m_fallback; }
    //! The port start() was asked for; while onFallbackPort(), the one senders may still be pointed at.
    quint16 wantedPort() const { return m_wanted; }
    //! On a fallback port: tries the wanted port again, and moves there when it is free (the fallback listens until
    //! then). True when the inbox listens on the wanted port; otherwise errorString() says why.
    bool listenOnWantedPort();
    //! Where senders post: http://127.0.0.1:<port>/webhooks (any path is accepted).
    QUrl url() const;
    QString errorString() const { return m_error; }

    //! Every accepted request is also sent here as it arrives; an empty URL turns forwarding off.
    void setForwardUrl(const QUrl &url) { m_forward = url; }
    QUrl forwardUrl() const { return m_forward; }
    //! Sends a received request again, its body byte for byte, to \a url; replayFinished() says how it went.
    void replay(const ReceivedWebhook &webhook, const QUrl &url);

    //! Ids of later requests are larger than \a id.
    void ensureIdsAbove(qint64 id) { m_nextId = std::max(m_nextId, id + 1); }
    //! Forwards still waiting for their answer; beyond MaxForwardsInFlight a delivery is not forwarded.
    static constexpr int MaxForwardsInFlight = 8;
    //! Whether \a url names this machine (localhost, a loopback or unspecified address).
    static bool reachesThisMachine(const QUrl &url);
    //! Added to every forwarded request; a request that carries it is listed but never forwarded again.
    static constexpr auto ForwardMarker = "X-Xident-Console-Forwarded";

    //! Judges \a webhook's body and signature by \a secrets: the first that verifies, else the preferred one.
    //! Thread-safe: the worker thread calls it.
    static void judge(ReceivedWebhook &webhook, const QList<Secret> &secrets, int tolerance);
    //! Judges \a webhooks again with the secrets of now (a profile's secret was added or changed), on the worker
    //! behind the deliveries still waiting; judgedAgain() reports them with their new verdicts.
    void judgeAgain(QList<ReceivedWebhook> webhooks);
    //! Bodies still waiting for their verdict; a request that would take this over \a bytes gets 503.
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }
    qint64 pendingBytes() const { return m_pendingBytes; }

    //! Asked before a delivery is accepted; false turns it away with 503 and Retry-After (nothing is taken that
    //! could not be kept).
    void setAdmission(std::function<bool()> admit) { m_admit = std::move(admit); }
    //! Accepted deliveries wait for answer() before the sender hears 200.
    void setAnswerWhenKept(bool wait) { m_answerWhenKept = wait; }
    //! How long an accepted delivery waits for answer() before the sender is told to come back (503): shorter
    //! than senders wait (the sandbox gives up after 10 s), so the sender hears it.
    static constexpr int KeepTimeoutMs = 8000;
    //! The delivery \a id was kept (200) or could not be (503, with Retry-After, so the sender tries again).
    void answer(qint64 id, bool kept);
    //! Accepted deliveries whose sender still waits for answer().
    int awaitingAnswers() const { return int(m_awaiting.size()); }

    //! Answering badly on purpose, so that a sender's retries can be watched: deliveries are still listed and
    //! judged, but their sender hears \a status (or the connection closes mid-answer), after \a delayMs.
    struct BadAnswers
    {
        bool on = false;
        int status = 500;
        int delayMs = 0;
        bool close = false;    //!< announce an answer, send half of it, then cut the connection
        int remaining = 0;     //!< for this many more deliveries; 0: until switched off
    };
    static constexpr int MaxBadAnswerDelayMs = 60000;
    void setBadAnswers(const BadAnswers &bad);
    BadAnswers badAnswers() const { return m_bad; }

Q_SIGNALS:
    void received(const Xident::Console::ReceivedWebhook &webhook);
    void judgedAgain(const QList<Xident::Console::ReceivedWebhook> &webhooks);
    //! An accepted delivery could not be kept: its sender was answered 503 instead of 200.
    void answeredNotKept(qint64 id);
    void forwarded(qint64 id, const Xident::Console::DeliveryAnswer &answer);
    void replayFinished(qint64 id, const Xident::Console::DeliveryAnswer &answer);
    void listeningChanged();
    //! Bad answers were switched on or off, or one was given (remaining changed).
    void badAnswersChanged();

private:
    //! Why a request is turned away before it is judged, and what its sender is answered.
    struct Refusal
    {
        int status;
        QPair<QByteArray, QByteArray> header;   // Allow or Retry-After; empty name for none
        QByteArray body;
        QString refused;                        // the row's reason, the same for a run of them
        QString message;                        // the row's message when it says more; empty: the reason
        bool keepBody;
    };
    std::optional<Refusal> refusalOf(const Http::Request &request) const;
    Http::Server *newServer();
    //! Closes the server and forgets what its connections waited for, without a word (stop() says it).
    void closeServer();
    void handle(const Http::Request &request, const Http::Responder &responder);
    //! Passes an accepted delivery on to the forwarding address, marked so that it is not forwarded again.
    void forward(qint64 id, HeaderList headers, const QByteArray &body);
    //! Answers every delivery that has waited KeepTimeoutMs for answer().
    void expireAwaiting();
    void onRefused(int status, const QString &reason, const QHostAddress &peer);
    //! Queues \a webhook behind the earlier ones; judged on the worker when \a judgeIt, then reported.
    void report(ReceivedWebhook webhook, bool judgeIt);

    Http::Server *m_server = nullptr;
    Xident::WebhookSender *m_sender;
    SecretLookup m_secrets;
    int m_tolerance = 300;
    quint16 m_port = 0;
    quint16 m_wanted = 0;
    bool m_fallback = false;
    QString m_error;
    QUrl m_forward;
    qint64 m_nextId;               // from the clock at start: unique across runs, and later ones sort after
    int m_forwardsInFlight = 0;
    QThreadPool *m_judges;         // one thread, so verdicts come in the order the requests did
    qint64 m_pendingBytes = 0;
    qint64 m_maxPendingBytes = MaxPendingBytes;
    std::function<bool()> m_admit;
    bool m_answerWhenKept = false;
    BadAnswers m_bad;
    struct Awaiting
    {
        Http::Responder responder;
        QElapsedTimer since;
    };
    std::map<qint64, Awaiting> m_awaiting;   // by id: the oldest first
    QTimer *m_awaitTimer;
};

} // namespace Xident::Console

