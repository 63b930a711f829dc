#pragma once

#include "error.h"
#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <algorithm>
#include <chrono>

namespace Xident {

//! Connection settings for a Client: key, base URL, timeout, retries and extra headers.
class XIDENTQT_EXPORT Config
{
public:
    static constexpr auto DefaultBaseUrl = "http://localhost:9000";
    static constexpr auto DefaultApiVersion = "2026-08-13";
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int DefaultMaxRetries = 3;

    Config() = default;
    explicit Config(const QString &apiKey);

    //! Checks the key locally: only keys matching ^sk_(live|test)_[A-Za-z0-9_]+$ are accepted.
    static Error validateApiKey(const QString &apiKey);
    //! Whether \a host is this machine (localhost, 127.0.0.0/8, ::1): plain http there stays on the machine.
    static bool isLoopbackHost(const QString &host);
    //! Whether a key is a live (production) key, which the UI must mark.
    static bool isLiveKey(const QString &apiKey);

    //! Every rule at once; NoError when the config can be used.
    Error validate() const;

    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key) { m_apiKey = key; }

    //! The base URL as given, trailing slashes stripped.
    QString baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString &url);
    //! The base URL with /verify/v1 appended.
    QUrl apiUrl() const;
    //! apiUrl() plus an endpoint path such as "/init".
    QUrl endpointUrl(const QString &path) const;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    //! Clamped to what a timer can hold (about 24.8 days).
    void setTimeout(std::chrono::milliseconds timeout)
    {
        m_timeout = std::clamp(timeout, std::chrono::milliseconds(0), std::chrono::milliseconds(2147483647));
    }

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }

    using HeaderList = QList<QPair<QByteArray, QByteArray>>;
    HeaderList extraHeaders() const { return m_extraHeaders; }
    //! Adds a header sent on every request; X-API-Key and the headers the client owns cannot be overridden.
    Error addExtraHeader(const QByteArray &name, const QByteArray &value);

    //! "Xident-Qt/<ver> Qt/<ver> <os>/<release>"
    static QByteArray userAgent();

private:
    QString m_apiKey;
    QString m_baseUrl = QString::fromLatin1(DefaultBaseUrl);
    std::chrono::milliseconds m_timeout{DefaultTimeoutSeconds * 1000};
    int m_maxRetries = DefaultMaxRetries;
    QString m_apiVersion = QString::fromLatin1(DefaultApiVersion);
    HeaderList m_extraHeaders;
};

} // namespace Xident
