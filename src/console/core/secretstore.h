#pragma once

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QTimer>

#include <chrono>
#include <deque>
#include <optional>

namespace QKeychain {
class Job;
}

namespace Xident::Console {

//! API keys and webhook secrets in the OS keychain (QtKeychain), with a time-out and an in-memory fallback for this run.
//!
//! Every call only queues an operation; its result comes as a signal from the event loop, in the order the
//! calls were made. One QtKeychain job runs at a time. When no keychain service answers (an error meaning
//! there is none, or no answer within timeout()), the store turns Unavailable for the rest of its life and
//! serves that operation, every queued one and every later one from memory. Values are cached once read or
//! written. Lives on the GUI thread; slots may call into the store or delete it from any of its signals.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)

    //! \a service names the entries in the keychain (QtKeychain's service, libsecret's "server" attribute).
    explicit SecretStore(const QString &service = QStringLiteral("xident-console"), QObject *parent = nullptr);
    //! Queued operations are dropped without signals; a running keychain job is left to end on its own.
    ~SecretStore() override;

    //! Unknown until the keychain first answered or failed to.
    State state() const { return m_state; }
    //! A translated sentence for the UI when state() is Unavailable; empty otherwise.
    QString unavailableReason() const { return m_unavailableReason; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    //! How long one keychain job may take (4 s by default); applies to jobs started afterwards.
    void setTimeout(std::chrono::milliseconds timeout);

    //! The value last read or written for \a account in this run; nullopt when unknown or removed.
    std::optional<QString> cached(const QString &account) const;

    //! Reads \a account; readFinished() follows.
    void read(const QString &account);
    //! Stores \a value for \a account; writeFinished() follows.
    void write(const QString &account, const QString &value);
    //! Removes \a account; removeFinished() follows.
    void remove(const QString &account);

    //! Nothing queued and no keychain job running.
    bool isIdle() const;

    //! Keychain jobs of this process that a store gave up on (timed out, or their store was destroyed) and
    //! that have not ended yet; each deletes itself when it ends. For diagnostics and tests.
    static int abandonedJobCount();

Q_SIGNALS:
    //! \a found is false when the account has no value; \a value is empty then.
    void readFinished(const QString &account, const QString &value, bool found);
    //! \a persisted is false when the value is kept in memory for this run only.
    void writeFinished(const QString &account, bool persisted);
    void removeFinished(const QString &account);
    void stateChanged(Xident::Console::SecretStore::State state);

private:
    enum class Kind { Read, Write, Remove };
    struct Operation
    {
        Kind kind = Kind::Read;
        QString account;
        QString value;
    };

    void enqueue(Operation operation);
    void scheduleNext();
    void runNext();
    void startJob(const Operation &operation);
    void jobFinished(QKeychain::Job *job);
    void jobTimedOut();
    void abandonJob();
    //! Answers \a operation from memory; returns false when a slot deleted the store.
    bool serveFromMemory(const Operation &operation);
    void setState(State state, const QString &reason = {});

    QString m_service;
    std::chrono::milliseconds m_timeout{4000};
    State m_state = State::Unknown;
    QString m_unavailableReason;
    QHash<QString, QString> m_values;  // the cache, and the only store once Unavailable
    std::deque<Operation> m_queue;
    Operation m_current;                // the operation of m_job
    QPointer<QKeychain::Job> m_job;     // running; never deleted by the store
    QTimer m_deadline;
    bool m_runScheduled = false;
};

} // namespace Xident::Console
