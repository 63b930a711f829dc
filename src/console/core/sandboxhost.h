#pragma once

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <memory>

namespace Xident::Sandbox {
class Server;
}

namespace Xident::Console {

//! The embedded sandbox and the sharing of its verification pages with a phone. The rest of the console sees
//! addresses, a key made for the run and signals; only tests reach the server itself.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 9000;        //!< a free one is used when it is taken
        int magicDelayMs = 1500;
    };

    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    //! Starts the sandbox; false, with problem() saying why, when it cannot.
    bool start(const Options &options);
    void stop();
    //! Started and not stopped since.
    bool isRunning() const { return m_server && !m_stopped; }
    //! Why the sandbox is not running; empty when it runs (or was not asked for).
    QString problem() const { return m_problem; }
    //! Identifies this run: the sandbox's sessions do not outlive it.
    QString runId() const { return m_run; }
    bool onFallbackPort() const;
    QString baseUrl() const;
    //! The key the console uses with it, made for the run (a key in the source would let any local user read
    //! and settle the console's sandbox sessions).
    QString apiKey() const { return m_apiKey; }
    QString webhookSecret() const;
    //! Where the sandbox delivers its webhooks; an empty URL for nowhere.
    void setWebhookUrl(const QUrl &url);

    //! Serves the verification pages on \a address too, for a phone on the same network; never on by default and
    //! never remembered. An error text, or empty when they are shared.
    QString share(const QHostAddress &address);
    void stopSharing();
    bool isSharing() const;
    //! The shared address's URL, empty when not shared.
    QString sharedUrl() const;
    //! A session's verification page, on the address the pages are served from now; empty when not running.
    QString widgetUrl(const QString &token) const;
    //! Where the sandbox sends a browser that finished, on the address the pages are served from.
    QString doneUrl() const;
    //! Addresses a phone could reach: IPv4 (then IPv6) addresses of interfaces that are up, loopback excluded.
    static QList<QHostAddress> shareCandidates();

    //! The server itself, for tests; null when it is not running.
    Sandbox::Server *server() const { return m_server.get(); }

    //! The page a phone opens to test the network: /done with \a probe, on the shared address; empty when not shared.
    QString probeUrl(const QString &probe) const;

Q_SIGNALS:
    void sharingChanged(bool shared);
    //! A device on the network opened probeUrl(\a probe).
    void probeArrived(const QString &probe);

private:
    std::unique_ptr<Sandbox::Server> m_server;
    QString m_problem;
    QString m_run;
    bool m_stopped = false;
    QString m_apiKey;
    QUrl m_webhookUrl;
};

} // namespace Xident::Console
