#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Xident::Console {

//! Whether the active server answers: a cheap GET of /health on a timer, without the API key.
//! Any HTTP answer counts as "answers"; a network error or time-out is "offline since …". The same answer says
//! whether the server is a sandbox (the embedded one or any xident-sandbox): it names itself with a header the
//! hosted API never sends, whatever its address.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    explicit ConnectionMonitor(QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    //! Watches \a baseUrl from now on (probing at once).
    void setBaseUrl(const QString &baseUrl);
    void setInterval(int ms);
    void setProbeTimeout(int ms) { m_timeoutMs = ms; }
    State state() const { return m_state; }
    //! When the server stopped answering (UTC); invalid while online.
    QDateTime offlineSince() const { return m_offlineSince; }
    QString lastError() const { return m_lastError; }
    //! Whether the server's last answer named it a sandbox (it has the admin routes: faults, deliveries, outcomes).
    bool isSandbox() const { return m_sandbox; }
    //! The header a sandbox names itself with on /health.
    static constexpr auto SandboxMarker = "X-Xident-Sandbox";
    //! Probes now, unless a probe is already on its way.
    void probe();

Q_SIGNALS:
    void stateChanged(Xident::Console::ConnectionMonitor::State state);
    void sandboxChanged(bool sandbox);

private:
    void onReply();
    void setState(State state, const QString &error);

    QNetworkAccessManager *m_nam;
    QTimer *m_timer;
    QTimer *m_deadline;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    State m_state = State::Unknown;
    QDateTime m_offlineSince;
    QString m_lastError;
    int m_timeoutMs = 3000;
    bool m_sandbox = false;
};

} // namespace Xident::Console
