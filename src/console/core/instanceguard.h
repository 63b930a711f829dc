#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace Xident::Console {

//! Keeps one console per user: a later launch hands its arguments to the running one over a local socket.
//!
//! The first launch listens on a per-user socket; a later one connects, sends its arguments as one
//! length-prefixed message and waits for the primary's acknowledgement. Claims go through a lock file,
//! so two simultaneous launches end with exactly one primary, and a socket left behind by a killed
//! instance is recognised (nobody answers) and replaced.
class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    //! The most bytes one message's payload may hold; larger messages are refused.
    static constexpr int MaximumMessageSize = 64 * 1024;
    //! At most this many later launches are heard at once; more are turned away.
    static constexpr int MaximumPendingClients = 8;

    //! key names the application; the socket name adds the user so that users never collide.
    explicit InstanceGuard(const QString &key, QObject *parent = nullptr);
    ~InstanceGuard() override;

    //! True when this process is now the primary; false when another instance runs (then exit 0 if
    //! errorString() is empty: it took the message). Blocks for at most about timeoutMs, so call it
    //! before the event loop runs.
    bool claimOrForward(const QStringList &arguments, int timeoutMs = 2000);

    //! Whether this process listens for later launches.
    bool isPrimary() const;
    //! The full socket name (a path on Unix) used for key.
    QString serverName() const { return m_serverName; }
    //! What went wrong in the last claimOrForward(); empty when it went as it should.
    QString errorString() const { return m_errorString; }

    //! How long the primary waits for a connected client to send its whole message.
    int readTimeout() const { return m_readTimeoutMs; }
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }

    //! The socket name for key and the current user: on Unix a path in $XDG_RUNTIME_DIR, or else in
    //! fallbackDirectory(). Empty when neither is a folder only this user can enter (then \a problem says why,
    //! and the console starts without the guard rather than trust a socket another user could own).
    static QString serverNameFor(const QString &key, QString *problem = nullptr);
    //! The user's own folder in the temporary folder (made with mode 700), used without $XDG_RUNTIME_DIR.
    static QString fallbackDirectory();
    //! The bytes a launch sends for arguments; empty when they exceed MaximumMessageSize.
    static QByteArray encodeMessage(const QStringList &arguments);

Q_SIGNALS:
    //! In the primary: a later launch started with these arguments.
    void argumentsReceived(const QStringList &arguments);

private:
    enum class Forward { Delivered, NobodyListens, NotOurs, Failed };

    Forward forward(const QByteArray &message, int timeoutMs);
    bool listen();
    void acceptClients();
    void readClient(QLocalSocket *socket);

    QString m_unguardedReason;   // declared before m_serverName, which fills it
    QString m_serverName;
    QString m_errorString;
    int m_readTimeoutMs = 5000;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Xident::Console
