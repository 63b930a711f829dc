#include "error.h"

#include <QtNetwork/QNetworkReply>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>

using namespace Qt::StringLiterals;

namespace Xident {

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
}

ErrorKind errorKindForStatus(int status)
{
    if (status >= 200 && status < 300)
        return ErrorKind::NoError;
    if (status >= 300 && status < 400)
        return ErrorKind::Redirect;
    switch (status) {
    case 401:
    case 403:
        return ErrorKind::Authentication;
    case 404:
        return ErrorKind::NotFound;
    case 429:
        return ErrorKind::RateLimit;
    default:
        break;
    }
    if (status >= 500)
        return ErrorKind::Server;
    return ErrorKind::Validation;
}

void Error::setBodySample(const QByteArray &body)
{
    m_bodySample = body.left(BodySampleLimit);
}

Error Error::fromHttp(int httpStatus, const QByteArray &body, std::optional<int> retryAfter, QJsonObject *parsedRoot)
{
    Error e;
    e.m_httpStatus = httpStatus;
    e.m_kind = errorKindForStatus(httpStatus);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A proxy's HTML page or a truncated body: keep what was said so the operator can read it.
        e.setBodySample(body);
        if (e.m_kind == ErrorKind::NoError) {
            e.m_kind = ErrorKind::Parse;
            e.m_code = u"PARSE_ERROR"_s;
            e.m_message = parseError.error != QJsonParseError::NoError
                ? u"The response body is not JSON (%1 at offset %2)."_s.arg(jsonErrorMessage(parseError.error)).arg(parseError.offset)
                : u"The response body is JSON but not an object."_s;
        } else {
            e.m_message = u"HTTP %1 with a body that is not a JSON object."_s.arg(httpStatus);
        }
        if (e.m_kind == ErrorKind::RateLimit)
            e.m_retryAfter = retryAfter;
        return e;
    }

    const QJsonObject root = doc.object();
    if (parsedRoot)
        *parsedRoot = root;
    e.m_requestId = root.value("meta"_L1).toObject().value("request_id"_L1).toString();
    if (e.m_kind == ErrorKind::NoError) {
        if (root.value("success"_L1).toBool(true) == false) {
            // A 2xx that says it failed is still a failure; trust the envelope.
            e.m_kind = ErrorKind::Validation;
        } else {
            return e;
        }
    }

    const QJsonObject err = root.value("error"_L1).toObject();
    e.m_code = err.value("code"_L1).toString();
    e.m_message = err.value("message"_L1).toString();
    if (e.m_message.isEmpty())
        e.m_message = root.value("message"_L1).toString();
    if (e.m_message.isEmpty())
        e.m_message = u"HTTP %1"_s.arg(httpStatus);
    if (e.m_kind == ErrorKind::RateLimit)
        e.m_retryAfter = retryAfter;
    if (e.m_code.isEmpty())
        e.setBodySample(body);
    return e;
}

bool Error::isTransient() const
{
    switch (m_kind) {
    case ErrorKind::Server:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimit:
        return true;
    case ErrorKind::Network:
        // An interrupted handshake may heal; a certificate the client rejects will not.
        return m_code != CertificateRejectedCode;
    default:
        return false;
    }
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NoError: return u"ok"_s;
    case ErrorKind::Configuration: return u"configuration"_s;
    case ErrorKind::Authentication: return u"authentication"_s;
    case ErrorKind::Validation: return u"validation"_s;
    case ErrorKind::NotFound: return u"not_found"_s;
    case ErrorKind::RateLimit: return u"rate_limit"_s;
    case ErrorKind::Server: return u"server"_s;
    case ErrorKind::Network: return u"network"_s;
    case ErrorKind::Timeout: return u"timeout"_s;
    case ErrorKind::Parse: return u"parse"_s;
    case ErrorKind::TooLarge: return u"too_large"_s;
    case ErrorKind::Redirect: return u"redirect"_s;
    case ErrorKind::Canceled: return u"canceled"_s;
    }
    return u"unknown"_s;
}

QString Error::networkErrorMessage(int networkError, const QString &host)
{
    const QString server = host.isEmpty() ? u"the server"_s : host;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return u"Connection refused by %1"_s.arg(server);
    case QNetworkReply::RemoteHostClosedError:
        return u"%1 closed the connection"_s.arg(server);
    case QNetworkReply::HostNotFoundError:
        return u"Host %1 not found"_s.arg(server);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return u"The connection timed out"_s;
    case QNetworkReply::OperationCanceledError:
        return u"The operation was canceled"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"The TLS handshake with %1 failed"_s.arg(server);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return u"The network is not available"_s;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return u"The proxy failed (network error %1)"_s.arg(networkError);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolUnknownError:
        return u"The answer broke the HTTP protocol"_s;
    default:
        return u"Network error %1"_s.arg(networkError);
    }
}

QString Error::jsonErrorMessage(int parseError)
{
    switch (QJsonParseError::ParseError(parseError)) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return u"unterminated object"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"missing name separator"_s;
    case QJsonParseError::UnterminatedArray:
        return u"unterminated array"_s;
    case QJsonParseError::MissingValueSeparator:
        return u"missing value separator"_s;
    case QJsonParseError::IllegalValue:
        return u"illegal value"_s;
    case QJsonParseError::TerminationByNumber:
        return u"invalid termination by number"_s;
    case QJsonParseError::IllegalNumber:
        return u"illegal number"_s;
    case QJsonParseError::IllegalEscapeSequence:
        return u"invalid escape sequence"_s;
    case QJsonParseError::IllegalUTF8String:
        return u"invalid UTF-8 string"_s;
    case QJsonParseError::UnterminatedString:
        return u"unterminated string"_s;
    case QJsonParseError::MissingObject:
        return u"object is missing after a comma"_s;
    case QJsonParseError::DeepNesting:
        return u"too deeply nested document"_s;
    case QJsonParseError::DocumentTooLarge:
        return u"too large document"_s;
    case QJsonParseError::GarbageAtEnd:
        return u"garbage at the end of the document"_s;
    }
    return u"parse error %1"_s.arg(parseError);
}

QString Error::toString() const
{
    if (!isError())
        return u"ok"_s;
    QString s = kindName(m_kind);
    if (m_httpStatus)
        s += u" (HTTP %1)"_s.arg(m_httpStatus);
    if (!m_code.isEmpty())
        s += u" "_s + m_code;
    s += u": "_s + m_message;
    if (m_retryAfter)
        s += u" [retry after %1 s]"_s.arg(*m_retryAfter);
    if (!m_requestId.isEmpty())
        s += u" [request id %1]"_s.arg(m_requestId);
    return s;
}

} // namespace Xident
