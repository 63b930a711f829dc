#include "config.h"

#include "xidentversion.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSysInfo>
#include <QtNetwork/QHostAddress>

using namespace Qt::StringLiterals;

namespace Xident {

Config::Config(const QString &apiKey)
    : m_apiKey(apiKey)
{
}

Error Config::validateApiKey(const QString &apiKey)
{
    if (apiKey.trimmed().isEmpty())
        return Error(ErrorKind::Configuration,
                     u"API key is required. Pass your secret key (sk_live_* or sk_test_*)."_s);
    if (apiKey.startsWith("pk_"_L1))
        return Error(ErrorKind::Configuration,
                     u"Invalid API key: this looks like a public key (pk_*). The server-side client requires "
                     "a secret key (sk_live_* or sk_test_*). Never expose your secret key in client-side code."_s);
    if (!apiKey.startsWith("sk_live_"_L1) && !apiKey.startsWith("sk_test_"_L1))
        return Error(ErrorKind::Configuration,
                     u"Invalid API key format: a secret key starts with sk_live_ or sk_test_."_s);
    // anchoredPattern: "$" alone would also match before a final newline, which would reach the wire.
    static const QRegularExpression keyPattern(QRegularExpression::anchoredPattern(u"sk_(live|test)_[A-Za-z0-9_]+"_s));
    if (!keyPattern.match(apiKey).hasMatch())
        return Error(ErrorKind::Configuration,
                     apiKey.size() == 8 ? u"Invalid API key format: the key is truncated."_s
                                        : u"Invalid API key format: after sk_live_ or sk_test_ only letters, digits and _ "
                                          "may follow (no white space, line breaks or other characters)."_s);
    return {};
}

bool Config::isLoopbackHost(const QString &host)
{
    // Only the literal name: *.localhost may be resolved through DNS and leave the machine.
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Config::isLiveKey(const QString &apiKey)
{
    return apiKey.startsWith("sk_live_"_L1);
}

void Config::setBaseUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    m_baseUrl = u;
}

QUrl Config::apiUrl() const
{
    return QUrl(m_baseUrl + "/verify/v1"_L1, QUrl::StrictMode);
}

QUrl Config::endpointUrl(const QString &path) const
{
    return QUrl(m_baseUrl + "/verify/v1"_L1 + path, QUrl::StrictMode);
}

Error Config::validate() const
{
    if (Error e = validateApiKey(m_apiKey))
        return e;
    const QUrl base(m_baseUrl, QUrl::StrictMode);
    if (m_baseUrl.isEmpty() || !base.isValid() || base.host().isEmpty()
        || (base.scheme() != "http"_L1 && base.scheme() != "https"_L1))
        return Error(ErrorKind::Configuration,
                     u"Invalid base URL \"%1\": use an absolute http:// or https:// URL."_s.arg(m_baseUrl));
    if (!base.userInfo().isEmpty() || base.hasQuery() || base.hasFragment())
        return Error(ErrorKind::Configuration,
                     u"Invalid base URL: it may not carry credentials, a query or a fragment."_s);
    if (isLiveKey(m_apiKey) && base.scheme() == "http"_L1 && !isLoopbackHost(base.host()))
        return Error(ErrorKind::Configuration,
                     u"Refusing to send a live key over plain http:// to %1: it would travel in cleartext. "
                     "Use https://."_s.arg(base.host()));
    if (m_timeout < std::chrono::seconds(1))
        return Error(ErrorKind::Configuration, u"Timeout must be at least 1 second."_s);
    if (m_maxRetries < 0)
        return Error(ErrorKind::Configuration, u"Max retries must be 0 or more."_s);
    if (m_apiVersion.trimmed().isEmpty())
        return Error(ErrorKind::Configuration, u"API version must not be empty."_s);
    return {};
}

Error Config::addExtraHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower.isEmpty())
        return Error(ErrorKind::Configuration, u"Header name must not be empty."_s);
    for (char c : lower) {
        if (c <= 32 || c >= 127 || c == ':')
            return Error(ErrorKind::Configuration,
                         u"Header name \"%1\" contains a character that is not allowed."_s.arg(QString::fromLatin1(name)));
    }
    if (value.contains('\r') || value.contains('\n'))
        return Error(ErrorKind::Configuration, u"Header value must not contain line breaks."_s);
    if (lower == "x-api-key")
        return Error(ErrorKind::Configuration, u"X-API-Key cannot be set as an extra header; set the API key instead."_s);
    if (lower == "host" || lower == "content-length")
        return Error(ErrorKind::Configuration,
                     u"%1 is managed by the client and cannot be overridden."_s.arg(QString::fromLatin1(name)));
    m_extraHeaders.append(qMakePair(name.trimmed(), value));
    return {};
}

QByteArray Config::userAgent()
{
    static const QByteArray ua = "Xident-Qt/" XIDENTQT_VERSION_STRING " Qt/" + QByteArray(qVersion()) + ' '
        + QSysInfo::productType().toUtf8() + '/' + QSysInfo::productVersion().toUtf8();
    return ua;
}

} // namespace Xident
