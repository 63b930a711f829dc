#pragma once

#include <QtCore/QByteArray>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
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
    //! Stops the thread, waiting for it unless it is stuck in write(); such a thread is left to the process's
    //! exit, and what it uses outlives this object.
    ~LogWriter();

    //! Queues \a line (a newline is added); never blocks on the output.
    void write(const QByteArray &line);
    quint64 dropped() const;
    //! Waits at most \a ms for the queued lines to be written; false when they were not.
    bool waitUntilWritten(int ms);

private:
    //! What the writing thread uses: shared with it, so a thread left behind never touches freed memory.
    struct State
    {
        int fd = -1;
        qsizetype maxBytes = 0;
        mutable std::mutex mutex;
        std::condition_variable wake;
        std::deque<QByteArray> queue;
        qsizetype queuedBytes = 0;
        quint64 dropped = 0;
        quint64 droppedReported = 0;
        bool stop = false;
        bool writing = false;
        bool finished = false;
    };
    static void run(const std::shared_ptr<State> &state);

    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

} // namespace Xident::Sandbox
