#include "console/core/profileservice.h"

#include "console/core/profilestore.h"
#include "console/core/secretstore.h"

#include <QtCore/QSettings>

using namespace Qt::StringLiterals;

namespace Xident::Console {

ProfileService::ProfileService(QSettings *settings, const QString &keychainService,
                               std::chrono::milliseconds keychainTimeout, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(new ProfileStore(settings, this))
    , m_keychain(new SecretStore(keychainService, this))
{
    m_keychain->setTimeout(keychainTimeout);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileService::updateSecrets);
    connect(m_keychain, &SecretStore::readFinished, this,
            [this](const QString &account, const QString &value, bool) { onRead(account, value); });
    connect(m_keychain, &SecretStore::writeFinished, this, [this](const QString &account, bool persisted) {
        if (persisted || m_keychain->state() == SecretStore::State::Unavailable || m_refusedAccounts.contains(account))
            return;
        m_refusedAccounts.insert(account);
        Q_EMIT notice(tr("The keychain refused to store a secret of profile \"%1\": it is kept for this run only and "
                         "will be asked for again after a restart.")
                          .arg(m_store->profile(account.section(u'/', 0, 0)).value_or(Profile()).name));
    });
    connect(m_keychain, &SecretStore::stateChanged, this, [this](SecretStore::State state) {
        if (state == SecretStore::State::Unavailable)
            Q_EMIT notice(m_keychain->unavailableReason());
    });
}

QString ProfileService::account(const QString &id, Field field)
{
    switch (field) {
    case Field::ApiKey:
        return id + u"/api-key"_s;
    case Field::WebhookSecret:
        return id + u"/webhook-secret"_s;
    case Field::Headers:
        break;
    }
    return id + u"/headers"_s;
}

void ProfileService::readSecrets()
{
    for (const Profile &p : m_store->profiles()) {
        if (p.isSandbox() || m_store->isTemporary(p.id))
            continue;
        for (const Field field : {Field::ApiKey, Field::WebhookSecret, Field::Headers}) {
            const QString name = account(p.id, field);
            m_pendingReads.insert(name, {p.id, field});
            m_keychain->read(name);
        }
    }
}

void ProfileService::onRead(const QString &name, const QString &value)
{
    const auto pending = m_pendingReads.constFind(name);
    if (pending == m_pendingReads.constEnd())
        return;
    const Account read = *pending;
    m_pendingReads.erase(pending);
    // A read queued at start-up that answers after a save in this run must not bring back the old value.
    if (m_writtenAccounts.contains(name))
        return;
    const auto p = m_store->profile(read.profileId);
    if (!p)
        return;
    switch (read.field) {
    case Field::ApiKey:
        m_store->setSecrets(p->id, value, p->webhookSecret);
        break;
    case Field::WebhookSecret:
        m_store->setSecrets(p->id, p->apiKey, value);
        break;
    case Field::Headers:
        m_store->setSensitiveHeaders(p->id, Profile::parseHeaders(value));
        break;
    }
}

void ProfileService::store(const QString &id, Field field, const QString &value)
{
    const QString name = account(id, field);
    if (value.isEmpty()) {
        // An empty field whose stored value has not even arrived yet is not a request to delete it.
        if (m_pendingReads.contains(name))
            return;
        m_keychain->remove(name);
    } else {
        m_keychain->write(name, value);
    }
    m_writtenAccounts.insert(name);
}

void ProfileService::save(const Profile &profile)
{
    if (!profile.isSandbox() && !m_store->isTemporary(profile.id)) {
        store(profile.id, Field::ApiKey, profile.apiKey);
        store(profile.id, Field::WebhookSecret, profile.webhookSecret);
        store(profile.id, Field::Headers, Profile::formatHeaders(Profile::sensitiveOnly(profile.extraHeaders)));
    }
    m_store->save(profile);
    Q_EMIT profileChanged(profile.id);
}

void ProfileService::remove(const QString &id)
{
    if (!m_store->remove(id))
        return;
    for (const Field field : {Field::ApiKey, Field::WebhookSecret, Field::Headers}) {
        m_keychain->remove(account(id, field));
        m_writtenAccounts.insert(account(id, field));
    }
    Q_EMIT profileRemoved(id);
}

void ProfileService::useSandbox(const QString &baseUrl, const QString &apiKey, const QString &webhookSecret)
{
    Profile p = *m_store->profile(QString::fromLatin1(Profile::SandboxId));
    p.baseUrl = baseUrl;
    p.apiKey = apiKey;
    p.webhookSecret = webhookSecret;
    // The sandbox profile's address and secrets change with each run: in memory only.
    m_store->setSecrets(p.id, p.apiKey, p.webhookSecret);
    m_store->save(p);
    Q_EMIT profileChanged(p.id);
}

void ProfileService::scrubSettings(const QString &group)
{
    if (!m_settings)
        return;
    m_settings->beginGroup(group);
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys) {
        if (SecretSet::holdsSecretShape(m_settings->value(key).toString()))
            m_settings->remove(key);
    }
    m_settings->endGroup();
}

void ProfileService::updateSecrets()
{
    QStringList secrets;
    for (const Profile &p : m_store->profiles()) {
        secrets << p.apiKey << p.webhookSecret;
        for (const auto &h : Profile::sensitiveOnly(p.extraHeaders)) {
            const QString value = QString::fromUtf8(h.second).trimmed();
            // A header named like a credential may hold an address (X-Auth-Realm: https://…): not a secret, and
            // taking it out would break every logged URL.
            if (value.contains(u"://"_s))
                continue;
            secrets << value << value.section(u' ', 1);   // "Bearer <token>": the token alone too
        }
    }
    m_secretSet.setSecrets(secrets);
    Q_EMIT secretsChanged(secrets);
}

} // namespace Xident::Console
