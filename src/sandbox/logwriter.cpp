#include "logwriter.h"

#include <cerrno>
#include <unistd.h>

namespace Xident::Sandbox {

LogWriter::LogWriter(int fd, qsizetype maxBufferedBytes)
    : m_fd(fd)
    , m_maxBytes(maxBufferedBytes)
    , m_thread([this] { run(); })
{
}

LogWriter::~LogWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    // A writer blocked on a full pipe may never return: do not wait for it then.
    if (m_thread.joinable())
        m_thread.detach();
}

void LogWriter::write(const QByteArray &line)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_queuedBytes + line.size() + 1 > m_maxBytes) {
            ++m_dropped;
            return;
        }
        QByteArray copy = line;
        copy.append('\n');
        m_queue.push_back(std::move(copy));
        m_queuedBytes += line.size() + 1;
    }
    m_wake.notify_one();
}

quint64 LogWriter::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

bool LogWriter::waitUntilWritten(int ms)
{
    for (int waited = 0; waited <= ms; waited += 5) {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty() && !m_writing)
                return true;
        }
        ::usleep(5000);
    }
    return false;
}

void LogWriter::run()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            if (m_dropped > m_droppedReported) {
                chunk = QByteArray("[").append(QByteArray::number(m_dropped - m_droppedReported))
                            .append(" log lines dropped: the output was not read]\n");
                m_droppedReported = m_dropped;
            }
            while (!m_queue.empty() && chunk.size() < 64 * 1024) {
                chunk += m_queue.front();
                m_queuedBytes -= m_queue.front().size();
                m_queue.pop_front();
            }
            m_writing = true;
        }
        const char *p = chunk.constData();
        qsizetype left = chunk.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;   // the reader went away: drop the rest of this chunk
            p += n;
            left -= n;
        }
        std::lock_guard lock(m_mutex);
        m_writing = false;
    }
}

} // namespace Xident::Sandbox
