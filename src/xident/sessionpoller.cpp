#include "sessionpoller.h"

#include "client.h"
#include "job.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident {

SessionPoller::SessionPoller(Client *client, const QString &token, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_token(token)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionPoller::poll);
}

SessionPoller::~SessionPoller()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void SessionPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    m_polls = 0;
    m_consecutiveErrors = 0;
    m_since.start();
    m_timer.start(0);
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
    m_job->start();
}

void SessionPoller::onJobFinished()
{
    ResultJob *job = m_job;
    m_job.clear();
    if (!job || !m_active)
        return;
    ++m_polls;
    const Error error = job->error();
    if (!error) {
        m_consecutiveErrors = 0;
        const SessionResult result = job->result();
        const bool changed = !m_hasResult || result.statusText() != m_last.statusText();
        m_last = result;
        m_hasResult = true;
        Q_EMIT polled(result);
        if (changed)
            Q_EMIT statusChanged(result);
        if (result.isTerminal()) {
            end({});
            return;
        }
        m_timer.start(m_interval);
        return;
    }

    switch (error.kind()) {
    case ErrorKind::Server:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimit:
    case ErrorKind::Parse:
        break;
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
    Q_EMIT pollFailed(error, next);
    m_timer.start(std::chrono::milliseconds(next));
}

void SessionPoller::end(const Error &error)
{
    m_active = false;
    m_timer.stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job.clear();
    }
    Q_EMIT finished(error);
}

} // namespace Xident
