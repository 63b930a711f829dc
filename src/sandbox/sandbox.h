#pragma once

#include "sandbox/faceresources.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpfrontend.h"
#include "sandbox/imagebody.h"
#include "sandbox/options.h"
#include "sandbox/sessionstore.h"
#include "sandbox/webhookdispatcher.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <memory>
#include <optional>
#include <vector>

class QThreadPool;


namespace Xident::Sandbox {

class RouteGroup;


//! A local Xident-compatible server: the API, an admin API, a hosted-widget simulator, webhooks and faults.
class Server : public QObject
{
    Q_OBJECT
public:
    static constexpr auto AdminPrefix = "/_sandbox";
    //! Sent with /health, naming the admin prefix: how a client tells a sandbox from the hosted API.
    static constexpr auto MarkerHeader = "X-Xident-Sandbox";
    //! Older than this X-API-Version gets the legacy result shape.
    static constexpr auto V1ContractVersion = "2026-08-03";
    //! Request bodies: 1 MB, and 16 MB on the routes that take a base64 image.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr qint64 MaxImageBodyBytes = 16 * 1024 * 1024;

    explicit Server(Options options = {}, QObject *parent = nullptr);
    ~Server() override;

    //! Starts listening; false with errorString() when the address or port cannot be used.
    bool start();
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    //! True when the requested port was taken and freePortIfTaken picked another.
    bool onFallbackPort() const { return m_fallback; }
    //! http://127.0.0.1:<port>, the public URL when one is set, or for a wildcard listen address the
    //! address of an interface other machines can reach.
    QString baseUrl() const;
    //! Whether the server listens on a loopback address only (127.0.0.0/8, ::1).
    bool isLoopbackOnly() const;

    //! Shares the hosted-widget pages (and /done) on \a address, for a phone on the same network: a second
    //! listener that answers nothing else (the API and the admin API stay where they were). verify_url then
    //! uses that address. The port is the main one when free there, else any. False with errorString() when
    //! it cannot listen.
    bool shareWidgetPages(const QHostAddress &address);
    //! Closes the sharing listener; verify_url goes back to the main address. Sessions are kept.
    void stopSharing();
    bool isSharing() const { return m_sharedPort != 0; }
    //! http://<shared address>:<port> while sharing, else empty.
    QString sharedUrl() const;
    //! Where verify_url points: the shared URL while sharing, else baseUrl().
    QString widgetBaseUrl() const;
    //! The first non-loopback address of an interface that is up (IPv4 preferred); loopback when none.
    static QHostAddress reachableAddress();
    QString webhookSecret() const { return m_options.webhookSecret; }
    //! Where later webhooks go (the console points them at its inbox).
    void setWebhookUrls(const QList<QUrl> &urls);
    //! The admin key: on /_sandbox it sees and changes every key's sessions, deliveries and faults.
    QString adminKey() const { return m_options.adminKey; }
    //! The key to show an operator: the configured one (then the only one accepted), or a fixed test key.
    QString testKey() const;
    Options options() const { return m_options; }

    //! The 2FA failure reasons a magic image "sandbox:<reason>" can force.
    static QStringList face2faFailureReasons();
    //! Why \a outcome with \a detail (a method for pass, a reason for fail) is not allowed; empty when it is.
    static QString outcomeProblem(const QString &outcome, const QString &detail);
    //! Settles a session as if the tester had picked an outcome ("pass", "fail", "cancel", "expire").
    bool complete(const QString &token, const QString &outcome, const QString &detail = {});
    std::optional<Session> session(const QString &token) const;
    //! The webhook deliveries still in the log, oldest first.
    QJsonArray deliveries() const { return m_webhooks->toJson(); }
    //! Sends delivery \a index again (to every configured URL); false when there is no such delivery.
    bool resend(int index);
    const SessionStore &sessions() const { return m_store; }
    const WebhookDispatcher &webhooks() const { return *m_webhooks; }
    //! The longest housekeeping slice so far (expiry and forgetting run in slices of a few ms at most).
    qint64 longestHousekeepingNs() const { return m_longestHousekeepingNs; }
    //! How often housekeeping stopped at its time budget and went on in a later slice.
    quint64 splitHousekeepingSlices() const { return m_splitSlices; }
    //! Bodies larger than this on the image routes are read (JSON, base64, hash) on a worker thread: the console
    //! runs the sandbox on its GUI thread.
    static constexpr qsizetype ReadOffThreadBytes = 64 * 1024;
    //! Large bodies being read or waiting to be; more are answered 503 with Retry-After (each holds up to 16 MB).
    static constexpr int MaxBodiesReading = 4;
    //! Whether \a path is a route that takes a base64 image (its body may be MaxImageBodyBytes).
    static bool isImageRoute(const QByteArray &path);
    //! How many request bodies were read on a worker thread so far.
    quint64 bodiesReadOffThread() const { return m_bodiesReadOffThread; }

Q_SIGNALS:
    //! One line per request: method, path, status, ms, request id. Never a key.
    void requestLogged(const QString &line);
    void sessionChanged(const QString &initToken, const QString &status);
    void webhookDelivered(const QJsonObject &delivery);
    //! A device asked for /done?probe=\a probe through the shared address: a phone on the network reaches the pages.
    void probeArrived(const QString &probe);

private:
    friend class AdminRoutes;
    friend class ApiRoutes;
    friend class WidgetPages;

    //! Runs the handler at once, or, for a large body on an image route, after a worker thread has read it.
    void dispatch(const HttpRequest &request, const Http::Responder &responder);
    HttpReply handle(const HttpRequest &request, const ImageBody *prepared = nullptr);
    //! Whether \a request came through the main listener (not the one that shares the widget pages).
    bool cameThroughMain(const HttpRequest &request) const;
    //! The first route group that takes the request answers it.
    HttpReply route(const HttpRequest &request, const QString &requestId, const ImageBody *prepared);
    std::optional<HttpReply> injectFault(const QString &apiKey, const QString &requestId);
    std::optional<HttpReply> authenticate(const HttpRequest &request, const QString &requestId) const;
    Session *findSession(const QString &token);
    const Session *findSession(const QString &token) const;
    bool isExpired(const Session &s) const;
    void settle(Session &s, const QString &status, const QString &detail);
    void sendWebhook(const Session &s, const QString &type, bool legacyShape);
    bool isAdmin(const QString &key) const;
    HttpReply handleBlacklist(const HttpRequest &request, const ImageBody &body, const QStringList &parts,
                              const QString &apiKey, const QString &requestId);
    HttpReply handleFace2fa(const HttpRequest &request, const ImageBody &body, const QStringList &parts,
                            const QString &apiKey, const QString &requestId);
    //! Expires due sessions and forgets old ones, a slice of at most HousekeepingSliceMs at a time.
    void housekeep();
    static constexpr int HousekeepingSliceMs = 4;
    bool wantsLegacy(const HttpRequest &request) const;

    Options m_options;
    std::unique_ptr<HttpFrontend> m_frontend;
    SessionStore m_store;
    FaultInjector m_faults;
    WebhookDispatcher *m_webhooks;
    FaceResources m_faces;
    QTimer *m_housekeeping;
    qint64 m_longestHousekeepingNs = 0;
    quint64 m_splitSlices = 0;
    quint16 m_port = 0;
    bool m_fallback = false;
    QHostAddress m_sharedAddress;
    quint16 m_sharedPort = 0;
    QString m_error;
    quint64 m_requests = 0;
    quint64 m_bodiesReadOffThread = 0;
    int m_bodiesReading = 0;
    std::vector<std::unique_ptr<RouteGroup>> m_routes;   // asked in order
    QThreadPool *m_readers;   // reads large bodies; waited for before the rest of the server goes
};

//! Envelope helpers shared by the sandbox's routes.
HttpReply jsonReply(int status, const QJsonObject &body, const QString &requestId);
HttpReply errorReply(int status, const QString &code, const QString &message, const QString &requestId);
//! {"success": true, "data": ...} with \a meta beside the request id.
HttpReply dataReply(int status, const QJsonValue &data, const QString &requestId, const QJsonObject &meta = {});
//! \a bytes random bytes from the system's generator, as hex (tokens, request ids, secrets).
QString randomHex(int bytes);
//! A time as the API writes it (UTC, ISO 8601); empty when invalid.
QString iso(const QDateTime &time);

} // namespace Xident::Sandbox
