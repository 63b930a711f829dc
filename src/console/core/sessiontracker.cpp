#include "console/core/sessiontracker.h"

#include "console/core/history/historystore.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/secretset.h"
#include "console/core/sessionlocator.h"
#include "console/core/watchstatus.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTracker, "xident.console.sessions", QtWarningMsg)

namespace Xident::Console {

SessionTracker::SessionTracker(SessionModel *sessions, PollScheduler *scheduler, HistoryStore *history,
                               ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_scheduler(scheduler)
    , m_history(history)
    , m_profiles(profiles)
    , m_locator(new SessionLocator(sessions, profiles, this))
{
    connect(m_history, &HistoryStore::opened, this,
            [this](bool ok, const QString &message, const QString &movedAside) {
                if (!movedAside.isEmpty())
                    qCWarning(lcTracker) << "history moved aside to" << movedAside;
                onOpened(ok, message);
            });
    connect(m_history, &HistoryStore::sessionsToLoad, this, [this](int count) { m_sessions->reserveRows(m_sessions->rowCount() + count); });
    connect(m_history, &HistoryStore::sessionsLoaded, this, &SessionTracker::onLoaded);
    connect(m_history, &HistoryStore::failed, this, [this](const QString &message) {
        // A history that opened but cannot be read still lets the watchlist work for this run: what waits for
        // the load goes ahead.
        if (!m_ready)
            setReady(0);
        // Said once: with a broken database every poll would fail to save again.
        if (m_failureShown)
            return;
        m_failureShown = true;
        Q_EMIT notice(tr("%1 The watchlist goes on, but what happens now may not be kept.").arg(message));
    });
    connect(m_scheduler, &PollScheduler::sessionUpdated, this, [this](const QString &token) {
        if (const QString other = m_sessions->sameSessionAs(token); !other.isEmpty())
            merge(token, other);
        else if (const auto s = m_sessions->session(token))
            m_history->saveSession(*s);
    });
    connect(m_scheduler, &PollScheduler::statusChanged, m_history, &HistoryStore::recordChange);
    connect(m_scheduler, &PollScheduler::sessionFinished, this, &SessionTracker::sessionFinished);
    connect(m_scheduler, &PollScheduler::notFound, this,
            [this](const QString &token, const QString &profileId, const QString &requestId) {
                // Asked once per opening: a session found elsewhere (or moved by hand) is where it belongs.
                m_locator->notFound(token, profileId, requestId, m_roaming.contains(token));
                m_roaming.remove(token);
            });
    connect(m_locator, &SessionLocator::found, this, &SessionTracker::relocate);
}

void SessionTracker::whenReady(QObject *context, std::function<void()> done)
{
    if (m_ready)
        done();
    else
        m_waiting.append({context, std::move(done)});
}

void SessionTracker::onOpened(bool ok, const QString &message)
{
    if (!message.isEmpty())
        Q_EMIT notice(message);
    if (ok) {
        m_history->loadSessions();
    } else {
        // Without a history the watchlist still works, for this run.
        m_failureShown = true;
        setReady(0);
    }
}

void SessionTracker::onLoaded(const QList<TrackedSession> &loaded, bool complete)
{
    QList<TrackedSession> rows = loaded;
    for (TrackedSession &s : rows) {
        // The in-process sandbox forgets everything when it stops: its sessions are gone, not pending.
        if (!s.sandboxRun.isEmpty() && s.sandboxRun != m_sandboxRun && !isTerminal(watchStatusFromText(s.status))) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_history->recordChange(StatusChange{s.token, now, s.status, u"gone"_s, {}, {}});
            s.status = u"gone"_s;
            m_history->saveSession(s);
        }
    }
    const int before = m_sessions->rowCount();
    m_sessions->addSessions(rows);
    QStringList open;
    for (const TrackedSession &s : std::as_const(rows)) {
        if (isTerminal(watchStatusFromText(s.status)))
            continue;
        // A session of a profile that is gone (deleted, or a --base-url profile of an earlier run) stays
        // in the list but is not polled.
        if (!m_profiles->profile(s.profileId)) {
            m_sessions->setPollState(s.token, SessionModel::PollState::Stopped, {},
                                     tr("Not polled: its profile no longer exists."));
            continue;
        }
        open.append(s.token);
    }
    m_scheduler->track(open);
    m_loadedSoFar += m_sessions->rowCount() - before;
    if (complete)
        setReady(std::exchange(m_loadedSoFar, 0));
}

void SessionTracker::setReady(int loaded)
{
    m_ready = true;
    Q_EMIT historyLoaded(loaded);
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        if (w.context)
            w.done();
    }
}

QStringList SessionTracker::track(const QStringList &tokens, const QString &profileId, const QString &userId,
                                  Routing routing)
{
    const auto profile = m_profiles->profile(profileId);
    QList<TrackedSession> rows;
    QStringList fresh;
    QSet<QString> seen;   // a paste can hold 100,000 tokens: no list scans per token
    seen.reserve(tokens.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &token : tokens) {
        // A result token of a session already watched (seen in its result) is that session, not a new one.
        if (m_sessions->contains(token) || seen.contains(token) || !m_sessions->trackedTokenFor(token).isEmpty())
            continue;
        seen.insert(token);
        TrackedSession s;
        s.token = token;
        s.profileId = profileId;
        s.userId = userId;
        s.addedAt = now;
        if (profile && profile->isSandbox())
            s.sandboxRun = m_sandboxRun;
        rows.append(s);
        fresh.append(token);
    }
    if (rows.isEmpty())
        return {};
    if (!m_ready) {
        // The history may hold these sessions: they are added once it has loaded, and only if it did not.
        whenReady(this, [this, tokens, profileId, userId, routing] { track(tokens, profileId, userId, routing); });
        return fresh;
    }
    if (routing == Routing::FindProfile)
        m_roaming.unite(QSet<QString>(fresh.cbegin(), fresh.cend()));
    m_history->saveSessions(rows);
    m_sessions->addSessions(rows);
    m_scheduler->track(fresh);
    return fresh;
}

QStringList SessionTracker::open(const QStringList &tokens, const QString &profileId, Routing routing)
{
    const QStringList fresh = track(tokens, profileId, {}, routing);
    const QSet<QString> added(fresh.cbegin(), fresh.cend());
    QStringList listed, again;
    for (const QString &token : tokens) {
        const QString tracked = added.contains(token) ? QString() : sessionFor({token});
        listed.append(tracked.isEmpty() ? token : tracked);
        if (tracked.isEmpty() || m_locator->isSearching(tracked))
            continue;
        // A session opened again is asked about again now: under the profile named, or where it is, and when
        // no profile knew it, the others are asked once more (the right one may have been added since).
        if (routing == Routing::Named && m_sessions->session(tracked)->profileId != profileId) {
            moveTo({tracked}, profileId);
            continue;
        }
        if (routing == Routing::FindProfile && m_sessions->lookup(tracked) == SessionModel::Lookup::NotFound)
            m_roaming.insert(tracked);
        again.append(tracked);
    }
    m_scheduler->pollNow(again);
    return listed;
}

QStringList SessionTracker::listedTokens(const QStringList &tokens) const
{
    QStringList listed;
    for (const QString &token : tokens) {
        if (!sessionFor({token}).isEmpty())
            listed.append(token);
    }
    return listed;
}

void SessionTracker::moveTo(const QStringList &tokens, const QString &profileId)
{
    for (const QString &token : tokens) {
        m_locator->forget(token);
        m_roaming.remove(token);
        relocate(token, profileId);
    }
}

void SessionTracker::relocate(const QString &token, const QString &profileId)
{
    m_scheduler->untrack({token});
    m_sessions->setProfile(token, profileId);
    if (const auto s = m_sessions->session(token))
        m_history->saveSession(*s);
    m_scheduler->pollNow({token});
}

void SessionTracker::merge(const QString &a, const QString &b)
{
    // The init token names the row (it is what the form and the demo track); the other becomes an alias.
    const bool keepA = a.startsWith("xit_"_L1) || !b.startsWith("xit_"_L1);
    const QString keep = keepA ? a : b;
    const QString drop = keepA ? b : a;
    Q_EMIT aboutToMerge(keep, drop);
    const bool dropWasPolled = m_scheduler->isTracked(drop);
    m_scheduler->untrack({drop});
    m_locator->forget(drop);
    m_roaming.remove(drop);
    m_sessions->merge(keep, drop);
    if (const auto s = m_sessions->session(keep)) {
        m_history->saveSession(*s);
        if (dropWasPolled && !m_scheduler->isTracked(keep) && !isTerminal(watchStatusFromText(s->status)))
            m_scheduler->track({keep});
    }
    m_history->mergeSessions(keep, drop);
    Q_EMIT merged(keep, drop);
}

void SessionTracker::annotate(const QString &token, const QString &ticket, const QString &note)
{
    // A key or secret pasted into a note by mistake never reaches the history, an export or a file.
    m_sessions->annotate(token, SecretSet::redactShapes(ticket), SecretSet::redactShapes(note));
    if (const auto s = m_sessions->session(token))
        m_history->saveSession(*s);
}

void SessionTracker::remove(const QStringList &tokens)
{
    for (const QString &token : tokens) {
        m_locator->forget(token);
        m_roaming.remove(token);
    }
    m_scheduler->untrack(tokens);
    m_sessions->removeTokens(tokens);
    m_history->removeSessions(tokens);
}

void SessionTracker::setArchived(const QStringList &tokens, bool archived)
{
    m_sessions->setArchived(tokens, archived);
    m_history->setArchived(tokens, archived);
}

int SessionTracker::clearFinished()
{
    QStringList finished;
    for (const TrackedSession &s : m_sessions->sessions()) {
        if (isTerminal(watchStatusFromText(s.status)))
            finished.append(s.token);
    }
    remove(finished);
    return int(finished.size());
}

void SessionTracker::stopPolling(const QString &profileId)
{
    QStringList orphans;
    for (const TrackedSession &s : m_sessions->sessions()) {
        if (s.profileId == profileId && m_scheduler->isTracked(s.token))
            orphans.append(s.token);
    }
    m_scheduler->untrack(orphans);
    for (const QString &token : std::as_const(orphans))
        m_sessions->setPollState(token, SessionModel::PollState::Stopped, {}, tr("Polling stopped: its profile was deleted."));
}

QString SessionTracker::sessionFor(const QStringList &references) const
{
    for (const QString &ref : references) {
        if (m_sessions->contains(ref))
            return ref;
        const QString tracked = m_sessions->trackedTokenFor(ref);
        if (!tracked.isEmpty())
            return tracked;
    }
    return {};
}

std::optional<TrackedSession> SessionTracker::session(const QString &token) const
{
    return m_sessions->session(token);
}

} // namespace Xident::Console
