#include "console/core/pollscheduler.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include "console/core/models/sessionmodel.h"
#include "console/core/watchstatus.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPoll, "xident.console.poll", QtWarningMsg)

namespace Xident::Console {

PollScheduler::PollScheduler(SessionModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PollScheduler::runDue);
    m_clock.start();
}

PollScheduler::~PollScheduler() = default;

int PollScheduler::intervalMs(const QString &profileId) const
{
    const int ms = m_intervalFor ? m_intervalFor(profileId) : 3000;
    return std::clamp(ms, 200, 3600 * 1000);
}

qint64 PollScheduler::jitter(qint64 span)
{
    return span > 0 ? qint64(m_random->bounded(quint64(span))) : 0;
}

void PollScheduler::schedule(const QString &token, Entry &entry, qint64 due)
{
    unschedule(entry);
    entry.due = due;
    entry.slot = m_due.emplace(due, token);
    entry.queued = true;
    arm();
}

void PollScheduler::unschedule(Entry &entry)
{
    if (entry.queued) {
        m_due.erase(entry.slot);
        entry.queued = false;
    }
}

void PollScheduler::arm()
{
    if (m_due.empty() || m_inFlight >= m_maxInFlight) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_due.begin()->first - m_clock.elapsed());
    // Restarting a running timer costs little, but skip it when the deadline has not moved.
    if (m_timer->isActive() && std::abs(m_timer->remainingTime() - wait) < 2)
        return;
    m_timer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void PollScheduler::showWaiting(const QString &token, const Entry &entry, const QString &error)
{
    if (!m_model)
        return;
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(entry.due - m_clock.elapsed());
    const auto state = entry.paused       ? SessionModel::PollState::Paused
                       : entry.errors > 0 ? SessionModel::PollState::Backoff
                                          : SessionModel::PollState::Waiting;
    m_model->setPollState(token, state, at, error);
}

void PollScheduler::track(const QStringList &tokens)
{
    if (!m_model)
        return;
    const qint64 now = m_clock.elapsed();
    for (const QString &token : tokens) {
        if (m_entries.contains(token) || m_model->rowOf(token) < 0)
            continue;
        const auto session = m_model->session(token);
        if (isTerminal(watchStatusFromText(session->status)))
            continue;
        Entry &entry = m_entries[token];
        entry.profileId = session->profileId;
        // A session never polled goes first; the others spread over their interval so a restart with
        // hundreds of rows does not send them all at once.
        const qint64 interval = intervalMs(entry.profileId);
        const qint64 due = session->lastPolledAt.isValid() || tokens.size() > m_maxInFlight ? now + jitter(interval) : now;
        schedule(token, entry, due);
        showWaiting(token, entry);
    }
}

void PollScheduler::untrack(const QStringList &tokens)
{
    for (const QString &token : tokens) {
        auto it = m_entries.find(token);
        if (it == m_entries.end())
            continue;
        unschedule(*it);
        // An answer still on its way is dropped when it arrives (the entry is gone).
        m_entries.erase(it);
        if (m_model)
            m_model->setPollState(token, SessionModel::PollState::Stopped, {});
    }
    arm();
}

bool PollScheduler::isPaused(const QString &token) const
{
    const auto it = m_entries.constFind(token);
    return it != m_entries.constEnd() && it->paused;
}

void PollScheduler::pause(const QStringList &tokens)
{
    for (const QString &token : tokens) {
        auto it = m_entries.find(token);
        if (it == m_entries.end() || it->paused)
            continue;
        it->paused = true;
        unschedule(*it);
        showWaiting(token, *it);
    }
    arm();
}

void PollScheduler::resume(const QStringList &tokens)
{
    const qint64 now = m_clock.elapsed();
    for (const QString &token : tokens) {
        auto it = m_entries.find(token);
        if (it == m_entries.end() || !it->paused)
            continue;
        it->paused = false;
        it->errors = 0;
        if (!it->inFlight)
            schedule(token, *it, now + (tokens.size() > m_maxInFlight ? jitter(intervalMs(it->profileId)) : 0));
        showWaiting(token, *it);
    }
    arm();
}

void PollScheduler::pauseAll()
{
    pause(m_entries.keys());
}

void PollScheduler::resumeAll()
{
    resume(m_entries.keys());
}

void PollScheduler::pollNow(const QStringList &tokens)
{
    if (!m_model)
        return;
    const qint64 now = m_clock.elapsed();
    for (const QString &token : tokens) {
        auto it = m_entries.find(token);
        if (it == m_entries.end()) {
            const auto session = m_model->session(token);
            if (!session)
                continue;
            it = m_entries.insert(token, Entry{});
            it->profileId = session->profileId;
            it->once = isTerminal(watchStatusFromText(session->status));
        }
        // One poll now; a paused row stays paused afterwards.
        it->errors = 0;
        if (!it->inFlight)
            schedule(token, *it, now);
    }
    arm();
}

void PollScheduler::runDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_due.empty() && m_inFlight < m_maxInFlight && m_due.begin()->first <= now + 1) {
        const auto first = m_due.begin();
        const QString token = first->second;
        const qint64 due = first->first;
        Entry &entry = m_entries[token];
        unschedule(entry);
        // While a 429 pauses the profile's client, nothing of it is sent: wait out the pause.
        Client *client = m_clientFor ? m_clientFor(entry.profileId) : nullptr;
        if (!client) {
            entry.errors = 1;
            schedule(token, entry, now + intervalMs(entry.profileId));
            showWaiting(token, entry, tr("The profile's key is not available yet; polling waits for it."));
            continue;
        }
        if (const qint64 pause = client->pauseRemainingMs(); pause > 0) {
            schedule(token, entry, now + pause + jitter(std::max<qint64>(pause / 4, 50)));
            showWaiting(token, entry, tr("The server asked to slow down (429); polling resumes after the pause."));
            continue;
        }
        m_worstLateness = std::max(m_worstLateness, now - due);
        start(token, entry);
    }
    arm();
}

void PollScheduler::start(const QString &token, Entry &entry)
{
    Client *client = m_clientFor(entry.profileId);
    ResultJob *job = client->getResult(token);
    entry.inFlight = true;
    entry.job = job;
    ++m_inFlight;
    ++m_started;
    if (m_model)
        m_model->setPollState(token, SessionModel::PollState::Polling, QDateTime::currentDateTimeUtc());
    connect(job, &Job::finished, this, [this, token](Job *finished) { onFinished(token, finished); });
    Q_EMIT pollStarted(token);
    job->start();
}

void PollScheduler::stopOnError(const QString &token, const Error &error, const QString &requestId, const QDateTime &at)
{
    qCInfo(lcPoll) << "polling stopped for" << token << error.toString();
    const QString profileId = m_entries.value(token).profileId;
    m_entries.remove(token);
    // The request was answered: its id and time are the last poll's, though it brought no result.
    m_model->noteRequest(token, requestId, at);
    const QString text = error.message().isEmpty() ? Error::kindName(error.kind()) : error.message();
    m_model->setPollState(token, SessionModel::PollState::Stopped, {}, tr("Polling stopped: %1").arg(text));
    Q_EMIT sessionUpdated(token);
    if (error.kind() == ErrorKind::NotFound)
        Q_EMIT notFound(token, profileId, requestId);
    arm();
}

void PollScheduler::onFinished(const QString &token, Job *job)
{
    --m_inFlight;
    const Error error = job->error();
    const QString requestId = job->requestId();
    auto it = m_entries.find(token);
    // An answer for a row removed (or re-added) meanwhile is dropped.
    if (it == m_entries.end() || it->job != job || !m_model || m_model->rowOf(token) < 0) {
        arm();
        return;
    }
    Entry &entry = *it;
    entry.inFlight = false;
    entry.job.clear();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const qint64 now = m_clock.elapsed();
    const qint64 interval = intervalMs(entry.profileId);

    QString previous;
    QString status;
    bool changed = false;
    if (!error) {
        // NoError: the job is whole, the downcast is safe.
        const SessionResult result = static_cast<ResultJob *>(job)->result();
        previous = m_model->applyResult(token, result, requestId, at);
        status = result.statusText();
        changed = previous != status;
        entry.errors = 0;
    } else if (error.kind() == ErrorKind::Canceled) {
        // The profile's client went away (edited or switched): poll again with the new one.
        if (!entry.paused)
            schedule(token, entry, now + interval);
        showWaiting(token, entry);
        arm();
        return;
    } else if (error.kind() == ErrorKind::NotFound && error.code() == "TOKEN_EXPIRED"_L1) {
        previous = m_model->setStatus(token, u"expired"_s, requestId, at);
        status = u"expired"_s;
        changed = previous != status;
    } else {
        const bool permanent = error.kind() == ErrorKind::NotFound || error.kind() == ErrorKind::Authentication
                               || error.kind() == ErrorKind::Configuration || error.kind() == ErrorKind::Validation;
        const QString text = error.message().isEmpty() ? Error::kindName(error.kind()) : error.message();
        if (permanent) {
            stopOnError(token, error, requestId, at);
            return;
        }
        ++entry.errors;
        const qint64 backoff = std::min<qint64>(interval << std::min(entry.errors, 10), m_maxBackoffMs);
        schedule(token, entry, now + backoff / 2 + jitter(backoff / 2));
        showWaiting(token, entry, text);
        Q_EMIT sessionUpdated(token);
        arm();
        return;
    }

    if (changed)
        Q_EMIT statusChanged(StatusChange{token, at, previous, status, requestId, {}});
    Q_EMIT sessionUpdated(token);
    const bool terminal = isTerminal(watchStatusFromText(status));
    if (terminal || entry.once) {
        m_entries.erase(it);
        m_model->setPollState(token, SessionModel::PollState::Stopped, {});
        if (terminal && changed)
            Q_EMIT sessionFinished(token, status);
    } else if (!entry.paused) {
        schedule(token, entry, now + interval);
        showWaiting(token, entry);
    } else {
        showWaiting(token, entry);
    }
    arm();
}

} // namespace Xident::Console
