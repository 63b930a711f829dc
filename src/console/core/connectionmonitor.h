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
//! Any HTTP answer counts as "answers"; a network error or time-out is "offline since …".
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
    //! Probes now, unless a probe is already on its way.
    void probe();

Q_SIGNALS:
    void stateChanged(Xident::Console::ConnectionMonitor::State state);

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
};

} // namespace Xident::Console
