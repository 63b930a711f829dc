#include "console/core/workspace.h"

#include "console/core/blacklistbook.h"
#include "console/core/face2fabook.h"

#include <XidentQt/hmac.h>
#include "console/core/clientpool.h"
#include "console/core/connectionmonitor.h"
#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/sessionlocator.h"
#include "console/core/sessiontracker.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "xident.console.workspace", QtWarningMsg)

namespace Xident::Console {

Workspace::Workspace(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profileService(new ProfileService(options.settings, options.secretService, options.keychainTimeout, this))
    , m_sandbox(new SandboxHost(this))
    , m_clients(new ClientPool(profileStore(), m_sandbox, this))
    , m_history(new HistoryStore(this))
    , m_sessions(new SessionModel(this))
    , m_requestLog(new RequestLogModel(this))
    , m_scheduler(new PollScheduler(m_sessions, this))
    , m_tracker(new SessionTracker(m_sessions, m_scheduler, m_history, profileStore(), this))
    , m_monitor(new ConnectionMonitor(this))
    , m_inbox(new WebhookInbox(this))
    , m_inboxModel(new InboxModel(this))
    , m_webhooks(new WebhookRouter({options.settings, options.inboxPort}, m_inbox, m_inboxModel, m_history, m_sessions,
                                   m_tracker, m_scheduler, profileStore(), this))
    , m_blacklist(new BlacklistBook(m_clients, profileStore(), this))
    , m_face2fa(new Face2faBook(m_clients, this))
{
    // The crypto backend starts here, on the GUI thread: the validator computes HMACs on a worker thread.
    if (!hmacAvailable())
        qCWarning(lcWorkspace) << "HMAC-SHA256 is unavailable (backend" << hmacBackend() << "): webhooks cannot be verified";
    m_tracker->setSandboxRun(m_sandbox->runId());
    m_scheduler->setClientLookup([this](const QString &id) { return m_clients->client(id); });
    m_tracker->locator()->setClientLookup([this](const QString &id) { return m_clients->client(id); });
    m_scheduler->setIntervalLookup([this](const QString &id) {
        const auto p = profileStore()->profile(id);
        return (p ? p->pollIntervalSeconds : 3) * 1000;
    });
    connect(m_clients, &ClientPool::exchangeFinished, m_requestLog, &RequestLogModel::append);
    connect(m_profileService, &ProfileService::secretsChanged, m_requestLog, &RequestLogModel::setSecrets);
    connect(profileStore(), &ProfileStore::profilesChanged, this, [this] {
        QHash<QString, QString> names;
        for (const Profile &p : profileStore()->profiles())
            names.insert(p.id, p.name);
        m_sessions->setProfileNames(names);
        m_inboxModel->setProfileNames(names);
    });
    connect(profileStore(), &ProfileStore::currentChanged, m_monitor, [this] { m_monitor->setBaseUrl(profileStore()->current().baseUrl); });
    connect(m_profileService, &ProfileService::profileChanged, this, [this](const QString &id) {
        m_clients->drop(id);
        if (id == profileStore()->currentId())
            m_monitor->setBaseUrl(profileStore()->current().baseUrl);
    });
    connect(m_profileService, &ProfileService::profileRemoved, this, [this](const QString &id) {
        m_clients->drop(id);
        // Its sessions stay in the watchlist, but nothing can poll them any more.
        m_tracker->stopPolling(id);
    });
    // The local sandbox delivers its webhooks to the inbox.
    connect(m_webhooks, &WebhookRouter::urlChanged, m_sandbox, &SandboxHost::setWebhookUrl);
    connect(m_profileService, &ProfileService::notice, this, &Workspace::notice);
    connect(m_tracker, &SessionTracker::notice, this, &Workspace::notice);
    connect(m_webhooks, &WebhookRouter::notice, this, &Workspace::notice);
}

Workspace::~Workspace()
{
    shutdown();
    m_webhooks->flushRepeats();
    // Jobs go before the sandbox they talk to; the history flushes in its own destructor.
    m_scheduler->untrack(m_sessions->tokens());
    m_clients->clear();
}

ProfileStore *Workspace::profileStore() const
{
    return m_profileService->store();
}

void Workspace::start()
{
    // Earlier versions remembered the create form's fields verbatim: a key or secret typed there leaves the file.
    m_profileService->scrubSettings(u"createForm"_s);
    if (m_options.embeddedSandbox)
        startSandbox();
    // The history names people's sessions: keep the folder to its owner.
    QDir().mkpath(m_options.dataDir);
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_history->open(historyPath());
    if (m_options.webhookInbox)
        m_webhooks->start();
    m_profileService->readSecrets();
    m_monitor->setBaseUrl(profileStore()->current().baseUrl);
}

void Workspace::shutdown()
{
    // The doors close first: nothing new arrives while the history writes what it holds.
    m_inbox->stop();
    m_sandbox->stop();
}

QString Workspace::historyPath() const
{
    return QDir(m_options.dataDir).filePath(u"history.sqlite"_s);
}

void Workspace::startSandbox()
{
    if (!m_sandbox->start({m_options.sandboxPort, m_options.sandboxMagicDelayMs})) {
        Q_EMIT notice(m_sandbox->problem());
        return;
    }
    // A key made for the run: the sandbox keeps each key's sessions, deliveries and faults to that key.
    m_profileService->useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(), m_sandbox->webhookSecret());
    if (m_sandbox->onFallbackPort())
        Q_EMIT notice(tr("Port %1 is taken; the local sandbox listens on %2 instead.")
                          .arg(m_options.sandboxPort)
                          .arg(m_sandbox->baseUrl()));
}

} // namespace Xident::Console
