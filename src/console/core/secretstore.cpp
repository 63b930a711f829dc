#include "console/core/secretstore.h"

#include <QtCore/QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// Accounts and error codes only: never a value.
Q_LOGGING_CATEGORY(lcSecrets, "xident.console.secrets", QtWarningMsg)

// QtKeychain jobs given up on and still running, process-wide: they outlive their store.
std::atomic_int s_abandonedJobs = 0;

const char *errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return "NoError";
    case QKeychain::EntryNotFound: return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry: return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser: return "AccessDeniedByUser";
    case QKeychain::AccessDenied: return "AccessDenied";
    case QKeychain::NoBackendAvailable: return "NoBackendAvailable";
    case QKeychain::NotImplemented: return "NotImplemented";
    case QKeychain::OtherError: return "OtherError";
    }
    return "unknown error";
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SecretStore::jobTimedOut);
}

SecretStore::~SecretStore()
{
    if (m_job)
        qCDebug(lcSecrets) << "store destroyed while the keychain works on" << m_current.account
                           << "; the job is left to end on its own";
    abandonJob();
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

std::optional<QString> SecretStore::cached(const QString &account) const
{
    const auto it = m_values.constFind(account);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

void SecretStore::read(const QString &account)
{
    enqueue({Kind::Read, account, {}});
}

void SecretStore::write(const QString &account, const QString &value)
{
    enqueue({Kind::Write, account, value});
}

void SecretStore::remove(const QString &account)
{
    enqueue({Kind::Remove, account, {}});
}

bool SecretStore::isIdle() const
{
    return m_queue.empty() && !m_job;
}

int SecretStore::abandonedJobCount()
{
    return s_abandonedJobs.load();
}

void SecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    scheduleNext();
}

// Results always come from the event loop, never from inside read()/write()/remove().
void SecretStore::scheduleNext()
{
    if (m_runScheduled || m_job || m_queue.empty())
        return;
    m_runScheduled = true;
    QMetaObject::invokeMethod(this, &SecretStore::runNext, Qt::QueuedConnection);
}

void SecretStore::runNext()
{
    m_runScheduled = false;
    while (!m_job && !m_queue.empty()) {
        Operation operation = std::move(m_queue.front());
        m_queue.pop_front();
        if (m_state != State::Unavailable) {
            startJob(operation);
            return;
        }
        if (!serveFromMemory(operation))
            return;
    }
}

void SecretStore::startJob(const Operation &operation)
{
    QKeychain::Job *job = nullptr;
    const char *what = "";
    switch (operation.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        what = "read";
        break;
    case Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(operation.value);
        job = writeJob;
        what = "write";
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        what = "remove";
        break;
    }
    // No parent and auto-delete: a job that outlives the store (time-out, destruction) still cleans up
    // after itself, and nothing here ever deletes a job that may still run.
    job->setAutoDelete(true);
    job->setKey(operation.account);
    m_current = operation;
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &SecretStore::jobFinished);
    qCDebug(lcSecrets) << "keychain" << what << operation.account;
    m_deadline.start(m_timeout);
    job->start();
}

void SecretStore::jobFinished(QKeychain::Job *job)
{
    if (job != m_job)
        return;
    m_deadline.stop();
    disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;
    const Operation operation = std::exchange(m_current, {});
    const QPointer<SecretStore> guard(this);
    const QKeychain::Error error = job->error();

    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        setState(State::Available);
        if (!guard)
            return;
        switch (operation.kind) {
        case Kind::Read:
            if (error == QKeychain::NoError) {
                const QString value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
                m_values.insert(operation.account, value);
                Q_EMIT readFinished(operation.account, value, true);
            } else {
                m_values.remove(operation.account);
                Q_EMIT readFinished(operation.account, QString(), false);
            }
            break;
        case Kind::Write:
            m_values.insert(operation.account, operation.value);
            Q_EMIT writeFinished(operation.account, error == QKeychain::NoError);
            break;
        case Kind::Remove:
            m_values.remove(operation.account);
            Q_EMIT removeFinished(operation.account);
            break;
        }
        if (!guard)
            return;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        // The keychain answered but refused (a locked collection, a dismissed prompt): this operation
        // alone is served from memory; the next one asks the keychain again.
        qCWarning(lcSecrets) << "keychain refused" << operation.account << errorName(error) << job->errorString();
        if (!serveFromMemory(operation))
            return;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        qCWarning(lcSecrets) << "no keychain service for" << operation.account << errorName(error)
                             << job->errorString() << "; secrets are kept in memory for this run";
        setState(State::Unavailable,
                 tr("No keychain service answered; secrets are kept for this session only and will be asked "
                    "for again after a restart."));
        if (!guard || !serveFromMemory(operation))
            return;
        break;
    }
    scheduleNext();
}

void SecretStore::jobTimedOut()
{
    if (!m_job)
        return;
    const Operation operation = std::exchange(m_current, {});
    qCWarning(lcSecrets) << "keychain did not answer within" << m_timeout.count() << "ms for" << operation.account
                         << "; secrets are kept in memory for this run";
    abandonJob();
    const QPointer<SecretStore> guard(this);
    setState(State::Unavailable,
             tr("The keychain did not answer in time; secrets are kept for this session only and will be asked "
                "for again after a restart."));
    if (!guard || !serveFromMemory(operation))
        return;
    scheduleNext();
}

// Never deletes the job: QtKeychain (libsecret) keeps a raw pointer to it until its call ends. Without our
// connection it just ends, emits to nobody and deletes itself.
void SecretStore::abandonJob()
{
    m_deadline.stop();
    QKeychain::Job *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    disconnect(job, nullptr, this, nullptr);
    ++s_abandonedJobs;
    QObject::connect(job, &QObject::destroyed, [] { --s_abandonedJobs; });
}

bool SecretStore::serveFromMemory(const Operation &operation)
{
    const QPointer<SecretStore> guard(this);
    switch (operation.kind) {
    case Kind::Read: {
        const std::optional<QString> value = cached(operation.account);
        Q_EMIT readFinished(operation.account, value.value_or(QString()), value.has_value());
        break;
    }
    case Kind::Write:
        m_values.insert(operation.account, operation.value);
        Q_EMIT writeFinished(operation.account, false);
        break;
    case Kind::Remove:
        m_values.remove(operation.account);
        Q_EMIT removeFinished(operation.account);
        break;
    }
    return !guard.isNull();
}

// Unavailable is final for the store's life: the keychain is not asked again in this run.
void SecretStore::setState(State state, const QString &reason)
{
    if (m_state == state || m_state == State::Unavailable)
        return;
    m_state = state;
    m_unavailableReason = reason;
    Q_EMIT stateChanged(state);
}

} // namespace Xident::Console
