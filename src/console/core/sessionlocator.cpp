#include "console/core/sessionlocator.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include "console/core/models/sessionmodel.h"
#include "console/core/profilestore.h"

#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SessionLocator::SessionLocator(SessionModel *sessions, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_profiles(profiles)
{
}

SessionLocator::~SessionLocator() = default;

QString SessionLocator::nameOf(const QString &profileId) const
{
    const auto profile = m_profiles->profile(profileId);
    return profile ? profile->name : profileId;
}

void SessionLocator::notFound(const QString &token, const QString &profileId, const QString &requestId, bool askOthers)
{
    Search &search = m_searches[token];
    // A new "not found" starts the search over: the profiles may have changed since the last one.
    search = Search{};
    search.attempts.append(Attempt{profileId, Outcome::NotFound, requestId, {}});
    if (askOthers) {
        for (const Profile &p : m_profiles->profiles()) {
            if (p.id == profileId)
                continue;
            if (p.isLive())
                search.live.append(p.id);
            else
                ask(token, p.id);
        }
    }
    show(token);
}

void SessionLocator::lookUpLive(const QString &token)
{
    auto it = m_searches.find(token);
    if (it == m_searches.end())
        return;
    const QStringList live = std::exchange(it->live, {});
    for (const QString &id : live)
        ask(token, id);
    show(token);
}

QStringList SessionLocator::liveLeft(const QString &token) const
{
    QStringList names;
    for (const QString &id : m_searches.value(token).live)
        names.append(nameOf(id));
    return names;
}

void SessionLocator::forget(const QString &token)
{
    m_searches.remove(token);
    for (Queue &queue : m_queues)
        queue.waiting.removeAll(token);
    if (m_sessions)
        m_sessions->setLookup(token, SessionModel::Lookup::None, {});
}

bool SessionLocator::isSearching(const QString &token) const
{
    const auto it = m_searches.constFind(token);
    if (it == m_searches.constEnd())
        return false;
    return std::any_of(it->attempts.cbegin(), it->attempts.cend(), [](const Attempt &a) { return a.outcome == Outcome::Asking; });
}

void SessionLocator::ask(const QString &token, const QString &profileId)
{
    m_searches[token].attempts.append(Attempt{profileId, Outcome::Asking, {}, {}});
    m_queues[profileId].waiting.append(token);
    pump(profileId);
}

void SessionLocator::pump(const QString &profileId)
{
    Queue &queue = m_queues[profileId];
    while (queue.inFlight < m_maxInFlight && !queue.waiting.isEmpty()) {
        Client *client = m_clientFor ? m_clientFor(profileId) : nullptr;
        if (!client) {
            const QStringList waiting = std::exchange(queue.waiting, {});
            for (const QString &token : waiting)
                settle(token, profileId, Outcome::CouldNotAsk, {}, tr("its key is not available"));
            return;
        }
        // The profile's client waits out a 429: so does the search.
        if (const qint64 pause = client->pauseRemainingMs(); pause > 0) {
            if (!queue.pause) {
                queue.pause = new QTimer(this);
                queue.pause->setSingleShot(true);
                connect(queue.pause, &QTimer::timeout, this, [this, profileId] { pump(profileId); });
            }
            queue.pause->start(int(std::min<qint64>(pause + 20, 3600 * 1000)));
            return;
        }
        start(queue.waiting.takeFirst(), profileId, client);
    }
}

void SessionLocator::start(const QString &token, const QString &profileId, Client *client)
{
    ResultJob *job = client->getResult(token);
    ++m_queues[profileId].inFlight;
    connect(job, &Job::finished, this, [this, token, profileId](Job *finished) { onAnswer(token, profileId, finished); });
    job->start();
}

void SessionLocator::onAnswer(const QString &token, const QString &profileId, Job *job)
{
    --m_queues[profileId].inFlight;
    const Error error = job->error();
    if (!error || (error.kind() == ErrorKind::NotFound && error.code() == "TOKEN_EXPIRED"_L1))
        settle(token, profileId, Outcome::Found, job->requestId(), {});   // an expired session is known there too
    else if (error.kind() == ErrorKind::NotFound)
        settle(token, profileId, Outcome::NotFound, job->requestId(), {});
    else
        settle(token, profileId, Outcome::CouldNotAsk, job->requestId(),
               error.message().isEmpty() ? Error::kindName(error.kind()) : error.message());
    pump(profileId);
}

void SessionLocator::settle(const QString &token, const QString &profileId, Outcome outcome, const QString &requestId,
                            const QString &detail)
{
    auto it = m_searches.find(token);
    if (it == m_searches.end())
        return;   // forgotten meanwhile
    Search &search = *it;
    const bool alreadyFound = std::any_of(search.attempts.cbegin(), search.attempts.cend(),
                                          [](const Attempt &a) { return a.outcome == Outcome::Found; });
    for (Attempt &a : search.attempts) {
        if (a.profileId == profileId && a.outcome == Outcome::Asking) {
            a = Attempt{profileId, outcome, requestId, detail};
            break;
        }
    }
    if (outcome == Outcome::Found && !alreadyFound) {
        // The first profile that knows it wins; the others are not asked any more (an answer on its way is
        // dropped: its attempt is gone).
        for (const Attempt &a : std::as_const(search.attempts)) {
            if (a.outcome == Outcome::Asking)
                m_queues[a.profileId].waiting.removeAll(token);
        }
        search.attempts.removeIf([](const Attempt &a) { return a.outcome == Outcome::Asking; });
        search.live.clear();
        Q_EMIT found(token, profileId);
    }
    show(token);
}

QString SessionLocator::describe(const Search &search) const
{
    QStringList foundOn, notFound, couldNot, asking;
    for (const Attempt &a : search.attempts) {
        const QString name = nameOf(a.profileId);
        switch (a.outcome) {
        case Outcome::Found:
            foundOn.append(name);
            break;
        case Outcome::NotFound:
            notFound.append(a.requestId.isEmpty() ? name : tr("%1 (request id %2)").arg(name, a.requestId));
            break;
        case Outcome::CouldNotAsk:
            couldNot.append(tr("%1 (%2)").arg(name, a.detail));
            break;
        case Outcome::Asking:
            asking.append(name);
            break;
        }
    }
    QStringList sentences;
    if (!foundOn.isEmpty())
        sentences.append(tr("Found on %1.").arg(foundOn.first()));
    if (!notFound.isEmpty())
        sentences.append(tr("Not found on %1.").arg(notFound.join(u", "_s)));
    if (!couldNot.isEmpty())
        sentences.append(tr("Could not ask %1.").arg(couldNot.join(u", "_s)));
    if (!asking.isEmpty())
        sentences.append(tr("Asking %1…").arg(asking.join(u", "_s)));
    if (!search.live.isEmpty()) {
        QStringList live;
        for (const QString &id : search.live)
            live.append(nameOf(id));
        sentences.append(tr("Not asked, being LIVE: %1.").arg(live.join(u", "_s)));
    }
    return sentences.join(u' ');
}

void SessionLocator::show(const QString &token)
{
    const auto it = m_searches.constFind(token);
    if (!m_sessions || it == m_searches.constEnd())
        return;
    SessionModel::Lookup state = SessionModel::Lookup::NotFound;
    for (const Attempt &a : it->attempts) {
        if (a.outcome == Outcome::Found) {
            state = SessionModel::Lookup::Found;
            break;
        }
        if (a.outcome == Outcome::Asking)
            state = SessionModel::Lookup::Searching;
    }
    m_sessions->setLookup(token, state, describe(*it));
}

} // namespace Xident::Console
