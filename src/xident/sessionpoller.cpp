#include "sessionpoller.h"

#include "client.h"
#include "job.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

std::chrono::milliseconds clampInterval(std::chrono::milliseconds ms)
{
    return std::clamp(ms, std::chrono::milliseconds(0), RetryPolicy::MaxTimerDelay);
}

} // namespace

SessionPoller::SessionPoller(Client *client, const QString &token, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_token(token)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SessionPoller::poll);
}

SessionPoller::~SessionPoller()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (!m_announced) {
        // Like a Job: whoever waits for finished() hears it, even when the poller is deleted under it.
        if (m_active)
            m_error = Error(ErrorKind::Canceled, u"The poller was destroyed while polling."_s);
        m_active = false;
        m_announced = true;
        Q_EMIT finished(this);
    }
}

void SessionPoller::setInterval(std::chrono::milliseconds interval)
{
    m_interval = clampInterval(interval);
}

void SessionPoller::setMaxInterval(std::chrono::milliseconds interval)
{
    m_maxInterval = clampInterval(interval);
}

void SessionPoller::setWaitTimeout(std::chrono::milliseconds timeout)
{
    m_waitTimeout = std::max(timeout, std::chrono::milliseconds(0));
}

void SessionPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    m_announced = false;
    m_polls = 0;
    m_consecutiveErrors = 0;
    m_error = Error();
    m_since.start();
    m_timer->start(0);
}

void SessionPoller::stop()
{
    if (!m_active)
        return;
    end(Error(ErrorKind::Canceled, u"Polling was stopped."_s));
}

void SessionPoller::poll()
{
    if (!m_active)
        return;
    if (!m_client) {
        end(Error(ErrorKind::Configuration, u"The client is gone."_s));
        return;
    }
    if (m_waitTimeout.count() > 0 && m_since.elapsed() >= m_waitTimeout.count()) {
        end(Error(ErrorKind::Timeout,
                  u"The session did not reach a final status within %1 s."_s.arg(double(m_waitTimeout.count()) / 1000.0)));
        return;
    }
    m_job = m_client->getResult(m_token);
    connect(m_job, &Job::finished, this, &SessionPoller::onJobFinished);
    // Belt and braces: should the job vanish without a word, polling must not hang on it.
    connect(m_job, &QObject::destroyed, this, [this] {
        if (m_active && !m_job && !m_timer->isActive())
            end(Error(ErrorKind::Canceled, u"The poll's request was destroyed."_s));
    });
    m_job->start();
}

void SessionPoller::onJobFinished(Job *job)
{
    // Only base-class members are read before the error is known: a job destroyed unfinished (its
    // client deleted, say) reports Canceled from ~Job(), when it is no longer a ResultJob.
    const Error error = job->error();
    m_job.clear();
    if (!m_active)
        return;
    ++m_polls;
    if (!job->requestId().isEmpty())
        m_lastRequestId = job->requestId();
    if (error.kind() == ErrorKind::Canceled) {
        // Canceled may come from ~Job(): only base-class members were read above.
        end(m_client ? error : Error(ErrorKind::Configuration, u"The client is gone."_s));
        return;
    }
    QPointer<SessionPoller> self(this);
    if (!error) {
        m_consecutiveErrors = 0;
        const SessionResult result = static_cast<ResultJob *>(job)->result();
        const bool changed = !m_hasResult || result.statusText() != m_last.statusText();
        m_last = result;
        m_hasResult = true;
        Q_EMIT polled(result);
        if (!self || !m_active)
            return;
        if (changed) {
            Q_EMIT statusChanged(result);
            if (!self || !m_active)
                return;
        }
        if (result.isTerminal()) {
            end({});
            return;
        }
        m_timer->start(m_interval);
        return;
    }

    switch (error.kind()) {
    case ErrorKind::Server:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimit:
    case ErrorKind::Parse:
        if (error.kind() != ErrorKind::Network || error.isTransient())
            break;
        [[fallthrough]];
    default:
        end(error);
        return;
    }
    ++m_consecutiveErrors;
    qint64 next = qint64(m_interval.count()) << std::min(m_consecutiveErrors, 10);
    next = std::min<qint64>(next, m_maxInterval.count());
    if (error.retryAfter())
        next = std::max<qint64>(next, qint64(*error.retryAfter()) * 1000);
    if (m_client)
        next = std::max(next, m_client->pauseRemainingMs());
    next = clampInterval(std::chrono::milliseconds(next)).count();
    m_timer->start(std::chrono::milliseconds(next));
    Q_EMIT pollFailed(error, next);
}

void SessionPoller::end(const Error &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_error = error;
    m_timer->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job.clear();
    }
    // finished() first, then succeeded(), like a Job.
    QPointer<SessionPoller> self(this);
    m_announced = true;
    Q_EMIT finished(this);
    if (!self || m_active)   // deleted, or started again from the slot: that run announces itself
        return;
    if (!error)
        Q_EMIT succeeded(this);
}

} // namespace Xident
