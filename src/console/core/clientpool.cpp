#include "console/core/clientpool.h"

#include <XidentQt/client.h>
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"

namespace Xident::Console {

ClientPool::ClientPool(ProfileStore *profiles, const SandboxHost *sandbox, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_sandbox(sandbox)
{
}

ClientPool::~ClientPool()
{
    clear();
}

Client *ClientPool::client(const QString &profileId)
{
    if (const auto it = m_clients.constFind(profileId); it != m_clients.constEnd() && *it)
        return *it;
    const auto p = m_profiles->profile(profileId);
    if (!p || (p->isSandbox() && !m_sandbox->isRunning()))
        return nullptr;
    const Config config = p->config();
    if (config.validate())
        return nullptr;
    auto *c = new Client(config, this);
    connect(c, &Client::exchangeFinished, this,
            [this, name = p->name](const Exchange &exchange) { Q_EMIT exchangeFinished(name, exchange); });
    m_clients.insert(profileId, c);
    return c;
}

Client *ClientPool::currentClient()
{
    return client(m_profiles->currentId());
}

void ClientPool::drop(const QString &profileId)
{
    // Deleting the client cancels its jobs; the poller then polls again with the new one.
    if (QPointer<Client> c = m_clients.take(profileId))
        c->deleteLater();
}

void ClientPool::clear()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

} // namespace Xident::Console
