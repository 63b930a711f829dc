#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>

#include <chrono>

class QSettings;

namespace Xident::Console {

class BlacklistBook;
class Face2faBook;
class ClientPool;
class ConnectionMonitor;
class HistoryStore;
class InboxModel;
class PollScheduler;
class ProfileService;
class ProfileStore;
class RequestLogModel;
class SandboxHost;
class SessionModel;
class SessionTracker;
class WebhookInbox;
class WebhookRouter;

//! Everything behind the window, made and wired here: profiles and their secrets, the embedded sandbox, one
//! client per profile, the watchlist with its poller and history, and the webhook inbox. No widgets: tests
//! drive it without a window. The window hands each pane the services it names.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;                     //!< the history database lives here
        QSettings *settings = nullptr;       //!< not owned
        bool embeddedSandbox = true;
        quint16 sandboxPort = 9000;          //!< a free one is used when it is taken
        int sandboxMagicDelayMs = 1500;
        QString secretService = QStringLiteral("xident-console");
        std::chrono::milliseconds keychainTimeout{4000};
        bool webhookInbox = true;
        quint16 inboxPort = 9100;            //!< a free one is used when it is taken; the settings may name another
    };

    explicit Workspace(const Options &options, QObject *parent = nullptr);
    ~Workspace() override;

    //! Starts the embedded sandbox (fast), then opens the history and reads secrets in the background.
    void start();
    //! Stops listening (the inbox, the sandbox) before the history writes what it holds; quitting calls it first.
    void shutdown();

    QSettings *settings() const { return m_options.settings; }
    QString historyPath() const;

    ProfileService *profileService() const { return m_profileService; }
    ProfileStore *profileStore() const;
    SandboxHost *sandboxHost() const { return m_sandbox; }
    ClientPool *clients() const { return m_clients; }
    //! The face blacklist of the profile in use.
    BlacklistBook *blacklist() const { return m_blacklist; }
    //! Face 2FA with the profile in use, and this run's challenges.
    Face2faBook *face2fa() const { return m_face2fa; }
    HistoryStore *history() const { return m_history; }
    SessionModel *sessions() const { return m_sessions; }
    PollScheduler *scheduler() const { return m_scheduler; }
    SessionTracker *tracker() const { return m_tracker; }
    WebhookInbox *inbox() const { return m_inbox; }
    InboxModel *inboxModel() const { return m_inboxModel; }
    WebhookRouter *webhookRouter() const { return m_webhooks; }
    //! Every HTTP exchange of every client, redacted.
    RequestLogModel *requestLog() const { return m_requestLog; }
    ConnectionMonitor *monitor() const { return m_monitor; }

Q_SIGNALS:
    //! Something the operator should read, said plainly (history moved aside, keychain unavailable...).
    void notice(const QString &message);

private:
    void startSandbox();

    Options m_options;
    ProfileService *m_profileService;
    SandboxHost *m_sandbox;
    ClientPool *m_clients;
    HistoryStore *m_history;
    SessionModel *m_sessions;
    RequestLogModel *m_requestLog;
    PollScheduler *m_scheduler;
    SessionTracker *m_tracker;
    ConnectionMonitor *m_monitor;
    WebhookInbox *m_inbox;
    InboxModel *m_inboxModel;
    WebhookRouter *m_webhooks;
    BlacklistBook *m_blacklist;
    Face2faBook *m_face2fa;
};

} // namespace Xident::Console
