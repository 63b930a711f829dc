#pragma once

#include <XidentQt/config.h>

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace Xident::Console {

//! A connection profile, like an environment in an API client. Secrets are carried in memory only:
//! ProfileStore never writes apiKey or webhookSecret anywhere but the keychain.
struct Profile
{
    enum class Kind { EmbeddedSandbox, Server };

    QString id;                 //!< a UUID without braces; stable across renames
    QString name;
    Kind kind = Kind::Server;
    QString baseUrl = QString::fromLatin1(Config::DefaultBaseUrl);
    QString apiVersion = QString::fromLatin1(Config::DefaultApiVersion);
    int timeoutSeconds = Config::DefaultTimeoutSeconds;
    int maxRetries = Config::DefaultMaxRetries;
    int pollIntervalSeconds = 3;
    Config::HeaderList extraHeaders;
    QString apiKey;             //!< secret: never persisted outside the keychain
    QString webhookSecret;      //!< secret: never persisted outside the keychain

    bool isSandbox() const { return kind == Kind::EmbeddedSandbox; }
    bool isLive() const { return Config::isLiveKey(apiKey); }
    //! The library config this profile describes (with its secrets).
    Config config() const;

    //! Which field a problem belongs to, so a form can show it next to that field.
    enum class Field { None, Name, BaseUrl, ApiKey, ApiVersion, Timeout, MaxRetries, PollInterval, ExtraHeaders, WebhookSecret };
    struct Problem
    {
        Field field = Field::None;
        QString message;
    };
    //! Every problem of the profile, by field; empty when it can be used. The key is checked by the library's rules.
    QList<Problem> problems() const;

    //! Parses "Name: value" lines into headers; problems name the line.
    static Config::HeaderList parseHeaders(const QString &text, QStringList *problems = nullptr);
    static QString formatHeaders(const Config::HeaderList &headers);
    //! Whether a header's value is likely a credential (Authorization, cookies, tokens, keys, secrets): such
    //! values live in the keychain with the key, never in the settings file.
    static bool isSensitiveHeader(const QByteArray &name);
    //! The headers with sensitive values left empty (what the settings file may hold).
    static Config::HeaderList withoutSensitiveValues(const Config::HeaderList &headers);
    //! Only the sensitive headers, with their values (what the keychain holds).
    static Config::HeaderList sensitiveOnly(const Config::HeaderList &headers);
    //! \a headers with the values of \a sensitive filled in by name.
    static Config::HeaderList mergedSensitive(Config::HeaderList headers, const Config::HeaderList &sensitive);

    //! A fresh id for a new profile.
    static QString newId();
    //! The id of the built-in "Local sandbox" profile.
    static constexpr auto SandboxId = "local-sandbox";

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Xident::Console

Q_DECLARE_METATYPE(Xident::Console::Profile)
