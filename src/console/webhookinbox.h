#pragma once

#include "receivedwebhook.h"
#include "webhooksender.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <functional>

class QThreadPool;

namespace Xident::Http {
class Server;
struct Request;
struct Response;
} // namespace Xident::Http

namespace Xident::Console {

//! The console's webhook receiver: a loopback listener on the project's HTTP server (with its guard), which
//! judges each POST by the profiles' webhook secrets and reports it. Non-POST requests get 405 and bodies over
//! MaxBodyBytes 413; both are reported as refused. Optionally forwards every accepted request to a URL.
//!
//! The sender is answered at once; the judging (an HMAC of the whole body for each secret, and parsing the event)
//! runs on a worker thread, and received() reports the requests in the order they came. While more than
//! MaxPendingBytes of bodies wait to be judged, further requests get 503 with Retry-After and are listed as refused.
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
    //! Bodies still waiting for their verdict; a request that would take this over \a bytes gets 503.
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }
    qint64 pendingBytes() const { return m_pendingBytes; }

Q_SIGNALS:
    void received(const Xident::Console::ReceivedWebhook &webhook);
    void forwarded(qint64 id, const Xident::Console::DeliveryAnswer &answer);
    void replayFinished(qint64 id, const Xident::Console::DeliveryAnswer &answer);
    void listeningChanged();

private:
    Http::Response handle(const Http::Request &request);
    void onRefused(int status, const QString &reason, const QHostAddress &peer);
    //! Queues \a webhook behind the earlier ones; judged on the worker when \a judgeIt, then reported.
    void report(ReceivedWebhook webhook, bool judgeIt);

    Http::Server *m_server = nullptr;
    WebhookSender *m_sender;
    SecretLookup m_secrets;
    int m_tolerance = 300;
    quint16 m_port = 0;
    bool m_fallback = false;
    QString m_error;
    QUrl m_forward;
    qint64 m_nextId;               // from the clock at start: unique across runs, and later ones sort after
    int m_forwardsInFlight = 0;
    QThreadPool *m_judges;         // one thread, so verdicts come in the order the requests did
    qint64 m_pendingBytes = 0;
    qint64 m_maxPendingBytes = MaxPendingBytes;
};

} // namespace Xident::Console

