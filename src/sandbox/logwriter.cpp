#include "sandbox/logwriter.h"

#include <cerrno>
#include <chrono>
#include <unistd.h>

namespace Xident::Sandbox {

LogWriter::LogWriter(int fd, qsizetype maxBufferedBytes)
    : m_state(std::make_shared<State>())
{
    m_state->fd = fd;
    m_state->maxBytes = maxBufferedBytes;
    m_thread = std::thread([state = m_state] { run(state); });
}

LogWriter::~LogWriter()
{
    bool finished = false;
    {
        std::unique_lock lock(m_state->mutex);
        m_state->stop = true;
        m_state->wake.notify_all();
        // A writer blocked on a full pipe may never return: wait a moment, not for ever.
        finished = m_state->wake.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_state->finished; });
    }
    if (finished)
        m_thread.join();
    else
        m_thread.detach();   // it holds its own reference to the state
}

void LogWriter::write(const QByteArray &line)
{
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->queuedBytes + line.size() + 1 > m_state->maxBytes) {
            ++m_state->dropped;
            return;
        }
        QByteArray copy = line;
        copy.append('\n');
        m_state->queue.push_back(std::move(copy));
        m_state->queuedBytes += line.size() + 1;
    }
    m_state->wake.notify_all();
}

quint64 LogWriter::dropped() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->dropped;
}

bool LogWriter::waitUntilWritten(int ms)
{
    for (int waited = 0; waited <= ms; waited += 5) {
        {
            std::lock_guard lock(m_state->mutex);
            if (m_state->queue.empty() && !m_state->writing)
                return true;
        }
        ::usleep(5000);
    }
    return false;
}

void LogWriter::run(const std::shared_ptr<State> &state)
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(state->mutex);
            state->wake.wait(lock, [&state] { return state->stop || !state->queue.empty(); });
            if (state->queue.empty()) {
                state->finished = true;
                state->wake.notify_all();
                return;
            }
            if (state->dropped > state->droppedReported) {
                chunk = QByteArray("[").append(QByteArray::number(state->dropped - state->droppedReported))
                            .append(" log lines dropped: the output was not read]\n");
                state->droppedReported = state->dropped;
            }
            while (!state->queue.empty() && chunk.size() < 64 * 1024) {
                chunk += state->queue.front();
                state->queuedBytes -= state->queue.front().size();
                state->queue.pop_front();
            }
            state->writing = true;
        }
        const char *p = chunk.constData();
        qsizetype left = chunk.size();
        while (left > 0) {
            const ssize_t n = ::write(state->fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;   // the reader went away: drop the rest of this chunk
            p += n;
            left -= n;
        }
        std::lock_guard lock(state->mutex);
        state->writing = false;
    }
}

} // namespace Xident::Sandbox
