#pragma once

#include "console/core/profile.h"
#include "console/core/secretset.h"
#include "console/core/trackedsession.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <memory>

class QSettings;

namespace Xident {
class Client;
namespace Sandbox {
class Server;
}
} // namespace Xident

namespace Xident::Console {

class ConnectionMonitor;
class HistoryStore;
class InboxModel;
class WebhookInbox;
struct ReceivedWebhook;
class PollScheduler;
class RequestLogModel;
class ProfileStore;
class SecretStore;
class SessionModel;

//! Everything behind the window: profiles and their secrets, the embedded sandbox, one client per profile,
//! the watchlist with its poller and its history. No widgets: tests drive it without a window.
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
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    HistoryStore *history() const { return m_history; }
    SessionModel *sessions() const { return m_sessions; }
    //! Every profile's secrets: whether a text holds one, and the text without them.
    const SecretSet &secretSet() const { return m_secretSet; }
    //! Every HTTP exchange of every client, redacted.
    RequestLogModel *requestLog() const { return m_requestLog; }
    PollScheduler *scheduler() const { return m_scheduler; }
    //! The local webhook receiver and what it received.
    WebhookInbox *inbox() const { return m_inbox; }
    InboxModel *inboxModel() const { return m_inboxModel; }
    //! Listens on \a port (a free one when taken), remembers it, and points the local sandbox at it; an error text or empty.
    QString restartInbox(quint16 port);
    //! Why the inbox is not listening; empty when it is.
    QString inboxProblem() const { return m_inboxProblem; }
    //! The watchlist token a received webhook belongs to (by token, result token, init token or legacy id); empty if none.
    QString sessionFor(const QStringList &references) const;
    //! Forgets every received webhook, here and in the history.
    void clearInbox();
    ConnectionMonitor *monitor() const { return m_monitor; }
    Sandbox::Server *sandbox() const { return m_sandbox.get(); }
    //! Why the embedded sandbox is not running; empty when it runs (or was not asked for).
    QString sandboxProblem() const { return m_sandboxProblem; }
    //! Identifies this run's embedded sandbox: its sessions do not outlive it.
    QString sandboxRun() const { return m_sandboxRun; }
    QString historyPath() const;
    bool historyReady() const { return m_historyReady; }

    //! Shares the embedded sandbox's verification pages on \a address (a phone on the same network opens them
    //! there); never on by default and never remembered. An error text, or empty when it is shared.
    QString shareSandbox(const QHostAddress &address);
    void stopSharing();
    //! The shared address's URL, empty when not shared.
    QString sharedUrl() const;
    //! Addresses a phone could reach: IPv4 (then IPv6) addresses of interfaces that are up, loopback excluded.
    static QList<QHostAddress> shareCandidates();
    //! Where the sandbox sends a browser that finished, on the address the pages are served from.
    QString sandboxDoneUrl() const;

    //! The client of a profile; null while its key is missing or invalid.
    Client *client(const QString &profileId);
    Client *currentClient();
    Profile currentProfile() const;

    //! Tracks tokens under a profile: into the model, the history and the poller. Returns the new ones.
    QStringList track(const QStringList &tokens, const QString &profileId, const QString &userId = {});
    void remove(const QStringList &tokens);
    void setArchived(const QStringList &tokens, bool archived);
    //! Removes every session that reached a terminal status; returns how many.
    int clearFinished();

    //! Saves a profile: its secrets to the keychain, the rest to the settings.
    void saveProfile(const Profile &profile);
    void deleteProfile(const QString &id);

Q_SIGNALS:
    //! Something the operator should read, said plainly (history moved aside, keychain unavailable...).
    void notice(const QString &message);
    void historyLoaded(int sessions);
    void sessionFinished(const QString &token, const QString &status);
    void sharingChanged(bool shared);
    //! A webhook changed a session's timeline (the poller reports its own changes).
    void timelineChanged(const Xident::Console::StatusChange &change);

private:
    void startSandbox();
    void scrubRememberedSecrets();
    void onCurrentChanged();
    void dropClient(const QString &profileId);
    void readSecrets();
    void onSessionsLoaded(const QList<TrackedSession> &sessions);
    void startInbox();
    void onWebhookReceived(const ReceivedWebhook &webhook);
    void saveWebhook(const ReceivedWebhook &webhook);
    static ReceivedWebhook redactedForHistory(const ReceivedWebhook &webhook);
    void updateLogSecrets();
    void saveRepeats();

    Options m_options;
    QTimer m_repeatSave;         // a run of refusals reaches the history at most once a second
    qint64 m_repeatedId = 0;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    HistoryStore *m_history;
    SessionModel *m_sessions;
    RequestLogModel *m_requestLog;
    PollScheduler *m_scheduler;
    ConnectionMonitor *m_monitor;
    WebhookInbox *m_inbox;
    InboxModel *m_inboxModel;
    QString m_inboxProblem;
    SecretSet m_secretSet;
    QSet<QString> m_appliedWebhooks;   // "token\nevent id" applied in this run
    std::unique_ptr<Sandbox::Server> m_sandbox;
    QString m_sandboxProblem;
    QString m_sandboxRun;
    QHash<QString, QPointer<Client>> m_clients;
    QSet<QString> m_pendingReads;     // keychain accounts asked for and not answered yet
    QSet<QString> m_writtenAccounts;  // accounts saved or removed in this run: older reads no longer apply
    QSet<QString> m_refusedAccounts;  // the keychain refused to store them: said once
    bool m_historyReady = false;
    bool m_historyFailureShown = false;
};

} // namespace Xident::Console
