#pragma once

#include "console/core/profile.h"
#include "console/core/secretset.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <chrono>

class QSettings;

namespace Xident::Console {

class ProfileStore;
class SecretStore;

//! The profiles and their secrets: settings for what may be seen, the keychain for the API key, the webhook
//! secret and credential-like headers (accounts "<profile id>/api-key", "/webhook-secret" and "/headers").
class ProfileService : public QObject
{
    Q_OBJECT
public:
    ProfileService(QSettings *settings, const QString &keychainService, std::chrono::milliseconds keychainTimeout,
                   QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *keychain() const { return m_keychain; }
    //! Every profile's secrets: whether a text holds one, and the text without them.
    const SecretSet &secretSet() const { return m_secretSet; }

    //! Asks the keychain for every saved profile's secrets; they arrive in the store as they are read.
    void readSecrets();
    //! Saves a profile: its secrets to the keychain, the rest to the settings.
    void save(const Profile &profile);
    void remove(const QString &id);
    //! Points the sandbox profile at this run's embedded sandbox; kept in memory only.
    void useSandbox(const QString &baseUrl, const QString &apiKey, const QString &webhookSecret);
    //! Takes key- or secret-shaped values out of \a group of the settings (earlier versions remembered forms verbatim).
    void scrubSettings(const QString &group);

Q_SIGNALS:
    //! Something the operator should read (the keychain is unavailable, or refused a secret).
    void notice(const QString &message);
    //! The values to take out of anything shown or saved.
    void secretsChanged(const QStringList &secrets);
    //! A profile's settings or secrets changed: whatever was made from them must be made again.
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);

private:
    enum class Field { ApiKey, WebhookSecret, Headers };
    static QString account(const QString &id, Field field);
    void onRead(const QString &account, const QString &value);
    void store(const QString &id, Field field, const QString &value);
    void updateSecrets();

    QSettings *m_settings;
    ProfileStore *m_store;
    SecretStore *m_keychain;
    SecretSet m_secretSet;
    struct Account
    {
        QString profileId;
        Field field;
    };
    QHash<QString, Account> m_pendingReads;   // asked for and not answered yet
    QSet<QString> m_writtenAccounts;           // saved or removed in this run: older reads no longer apply
    QSet<QString> m_refusedAccounts;           // the keychain refused to store them: said once
};

} // namespace Xident::Console
