#pragma once

#include <XidentQt/exchange.h>

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Xident {
class Client;
}

namespace Xident::Console {

class ProfileStore;
class SandboxHost;

//! One client per profile, made when first asked for and dropped when the profile changes.
class ClientPool : public QObject
{
    Q_OBJECT
public:
    ClientPool(ProfileStore *profiles, const SandboxHost *sandbox, QObject *parent = nullptr);
    ~ClientPool() override;

    //! The client of a profile; null while its key is missing or invalid, or its sandbox is not running.
    Client *client(const QString &profileId);
    Client *currentClient();
    //! Forgets a profile's client (its jobs are cancelled); the next call makes a new one.
    void drop(const QString &profileId);
    //! Deletes every client now.
    void clear();

Q_SIGNALS:
    //! Every HTTP exchange of every client, with the name of the profile it was made for.
    void exchangeFinished(const QString &profileName, const Xident::Exchange &exchange);

private:
    ProfileStore *m_profiles;
    const SandboxHost *m_sandbox;
    QHash<QString, QPointer<Client>> m_clients;
};

} // namespace Xident::Console
