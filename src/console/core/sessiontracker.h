#pragma once

#include "console/core/trackedsession.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>

namespace Xident::Console {

class HistoryStore;
class PollScheduler;
class ProfileStore;
class SessionLocator;
class SessionModel;

//! The watchlist's sessions: tracked into the model, the history and the poller; removed, archived, and
//! loaded back from the history at start. Tracks asked for before the history has loaded wait for it, so a
//! session the history holds keeps its stored result and timeline.
class SessionTracker : public QObject
{
    Q_OBJECT
public:
    SessionTracker(SessionModel *sessions, PollScheduler *scheduler, HistoryStore *history, ProfileStore *profiles,
                   QObject *parent = nullptr);

    //! Sessions of the embedded sandbox are marked with its run: they are gone once it stops.
    void setSandboxRun(const QString &run) { m_sandboxRun = run; }
    //! Whether the history has loaded (or failed to open: the watchlist then works for this run).
    bool isReady() const { return m_ready; }
    //! Calls \a done once the history has loaded (now, if it has), unless \a context is gone by then.
    void whenReady(QObject *context, std::function<void()> done);

    //! Where a session opened from a reference belongs.
    enum class Routing {
        Named,       //!< the profile was named (a form, ?profile=, --profile, Change profile…): it stays there
        FindProfile, //!< the profile in use: when it does not know the session, the other profiles are asked
    };
    //! Tracks tokens under a profile. Returns the new ones (before the history has loaded: those the list
    //! does not hold yet; the history may still hold them).
    QStringList track(const QStringList &tokens, const QString &profileId, const QString &userId = {},
                      Routing routing = Routing::Named);
    //! Opens sessions a ticket names: new ones are tracked; those already listed are polled again now, and moved
    //! to a profile that was named. Returns the listed token of each (a result token's session, when known).
    QStringList open(const QStringList &tokens, const QString &profileId, Routing routing);
    //! Which of \a tokens the watchlist lists already (as a row or as a name of one).
    QStringList listedTokens(const QStringList &tokens) const;
    //! Moves sessions to another profile (by hand) and polls them with it at once.
    void moveTo(const QStringList &tokens, const QString &profileId);
    SessionLocator *locator() const { return m_locator; }
    //! Keeps support's ticket reference and note with a session; anything shaped like a key or secret is taken out.
    void annotate(const QString &token, const QString &ticket, const QString &note);
    void remove(const QStringList &tokens);
    void setArchived(const QStringList &tokens, bool archived);
    //! Removes every session that reached a terminal status; returns how many.
    int clearFinished();
    //! Stops polling a deleted profile's sessions; they stay in the list.
    void stopPolling(const QString &profileId);
    //! The watched token that \a references name (a token, result token, init token or legacy id); empty if none.
    QString sessionFor(const QStringList &references) const;
    //! A watched session as it stands now (its status and latest result); empty when it is not watched.
    std::optional<TrackedSession> session(const QString &token) const;

Q_SIGNALS:
    //! Something the operator should read (the history was moved aside, or cannot be written).
    void notice(const QString &message);
    void historyLoaded(int sessions);
    void sessionFinished(const QString &token, const QString &status);
    //! Two rows turned out to be one session: \a drop is about to go into \a keep.
    void aboutToMerge(const QString &keep, const QString &drop);
    //! \a drop went into \a keep, which has both tokens, both timelines and every note.
    void merged(const QString &keep, const QString &drop);

private:
    void onOpened(bool ok, const QString &message);
    //! One piece of the history, newest first; ready once \a complete.
    void onLoaded(const QList<TrackedSession> &loaded, bool complete);
    void setReady(int loaded);
    void relocate(const QString &token, const QString &profileId);
    void merge(const QString &a, const QString &b);

    SessionModel *m_sessions;
    PollScheduler *m_scheduler;
    HistoryStore *m_history;
    ProfileStore *m_profiles;
    SessionLocator *m_locator;
    QSet<QString> m_roaming;   // opened under the profile in use, not named: a "not found" asks the others
    QString m_sandboxRun;
    bool m_ready = false;
    int m_loadedSoFar = 0;   // sessions the history's pieces added so far
    bool m_failureShown = false;
    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void()> done;
    };
    QList<Waiting> m_waiting;
};

} // namespace Xident::Console
