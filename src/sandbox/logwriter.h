#pragma once

#include <QtCore/QByteArray>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace Xident::Sandbox {

//! Writes log lines to a file descriptor from a thread of its own, so that serving never waits for a
//! reader: when the output is a pipe nobody drains, lines are dropped beyond a bounded buffer and
//! counted, and the count is written once the output moves again.
class LogWriter
{
public:
    explicit LogWriter(int fd, qsizetype maxBufferedBytes = 1024 * 1024);
    //! Stops the thread if it can; a thread stuck in write() is left to the process's exit.
    ~LogWriter();

    //! Queues \a line (a newline is added); never blocks on the output.
    void write(const QByteArray &line);
    quint64 dropped() const;
    //! Waits at most \a ms for the queued lines to be written; false when they were not.
    bool waitUntilWritten(int ms);

private:
    void run();

    int m_fd;
    qsizetype m_maxBytes;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    qsizetype m_queuedBytes = 0;
    quint64 m_dropped = 0;
    quint64 m_droppedReported = 0;
    bool m_stop = false;
    bool m_writing = false;
    std::thread m_thread;
};

} // namespace Xident::Sandbox
