#pragma once

#include "console/core/trackedsession.h"

#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

class QSettings;

namespace Xident::Console {

class HistoryStore;
class InboxModel;
class PollScheduler;
class ProfileStore;
class SessionModel;
class SessionTracker;
class WebhookInbox;
struct ReceivedWebhook;

//! The way of a delivery to the inbox: checked with the profiles' secrets, listed, kept in the history, and,
//! when validly signed for a watched session of that profile, applied to that session's timeline once.
class WebhookRouter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QSettings *settings = nullptr;   //!< remembers a port the operator chose ("inbox/port"); not owned
        quint16 port = 9100;             //!< a free one is used when it is taken
    };

    WebhookRouter(const Options &options, WebhookInbox *inbox, InboxModel *list, HistoryStore *history,
                  SessionModel *sessions, SessionTracker *tracker, PollScheduler *scheduler, ProfileStore *profiles,
                  QObject *parent = nullptr);

    //! Starts listening on the remembered port or the default one; problems are told as notices.
    void start();
    //! Listens on \a port (a free one when taken) and remembers it; an error text or empty.
    QString restart(quint16 port);
    //! While the inbox listens on a fallback port: tries the wanted one again. An error text, or empty once the
    //! inbox listens on the wanted port.
    QString retryWantedPort();
    //! Why the inbox is not listening; empty when it is.
    QString problem() const { return m_problem; }
    //! Forgets every received webhook, here and in the history.
    void clear();
    //! Writes the count of a run of repeated refusals now rather than within the second.
    void flushRepeats();

Q_SIGNALS:
    void notice(const QString &message);
    //! Where the inbox listens now; empty when it does not.
    void urlChanged(const QUrl &url);
    //! A webhook changed a session's timeline (the poller reports its own changes).
    void timelineChanged(const Xident::Console::StatusChange &change);

private:
    void onReceived(const ReceivedWebhook &webhook);
    //! A profile's webhook secret was added, changed or removed: every accepted delivery is judged again.
    void onProfilesChanged();
    //! The new verdicts: the rows, their matches and the history follow them.
    void onJudgedAgain(const QList<ReceivedWebhook> &webhooks);
    //! A digest of every profile's id and webhook secret, to notice when one changes.
    QByteArray secretsDigest() const;
    QString sessionOf(const ReceivedWebhook &webhook);
    void apply(const QString &token, const ReceivedWebhook &webhook);
    void keep(const ReceivedWebhook &webhook);

    Options m_options;
    WebhookInbox *m_inbox;
    InboxModel *m_list;
    HistoryStore *m_history;
    SessionModel *m_sessions;
    SessionTracker *m_tracker;
    PollScheduler *m_scheduler;
    ProfileStore *m_profiles;
    QString m_problem;
    QSet<QString> m_applied;   // "token\nevent id" applied in this run
    QTimer m_repeatSave;       // a run of refusals reaches the history at most once a second
    qint64 m_repeatedId = 0;
    QByteArray m_secretsDigest;
};

} // namespace Xident::Console
