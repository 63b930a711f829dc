#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

namespace Xident {
Q_NAMESPACE_EXPORT(XIDENTQT_EXPORT)

//! What went wrong, coarsely: the value a caller switches on.
enum class ErrorKind {
    NoError,
    Configuration,   //!< refused locally before any request (bad key, bad URL, bad parameter)
    Authentication,  //!< 401, 403
    Validation,      //!< 400 and the other 4xx not listed here
    NotFound,        //!< 404
    RateLimit,       //!< 429; retryAfter() says how long to wait when the server said so
    Server,          //!< 5xx
    Network,         //!< no HTTP answer: refused, reset, DNS, TLS
    Timeout,         //!< the attempt's deadline passed (a stalled transfer included)
    Parse,           //!< the body is not a JSON object or lacks what the endpoint promises
    TooLarge,        //!< the body exceeded the client's size cap and was not buffered
    Redirect,        //!< a 3xx answer; redirects are never followed
    Canceled,        //!< the caller canceled the job
};
Q_ENUM_NS(ErrorKind)

//! An error as a value: kind, HTTP status, server code and message, request id, Retry-After and a body sample.
class XIDENTQT_EXPORT Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message);

    //! Maps an HTTP answer (status, body and parsed Retry-After) to an error; NoError for 2xx with a JSON object body.
    //! When \a root is given, it receives the parsed body object so callers need not parse it again.
    static Error fromHttp(int httpStatus, const QByteArray &body, std::optional<int> retryAfter = {},
                          QJsonObject *root = nullptr);

    bool isError() const { return m_kind != ErrorKind::NoError; }
    explicit operator bool() const { return isError(); }

    ErrorKind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    std::optional<int> retryAfter() const { return m_retryAfter; }
    QByteArray bodySample() const { return m_bodySample; }
    //! Where a 3xx answer pointed; the client never goes there.
    QString redirectTarget() const { return m_redirectTarget; }

    void setKind(ErrorKind kind) { m_kind = kind; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(const QString &code) { m_code = code; }
    void setMessage(const QString &message) { m_message = message; }
    void setRequestId(const QString &id) { m_requestId = id; }
    void setRetryAfter(std::optional<int> seconds) { m_retryAfter = seconds; }
    void setBodySample(const QByteArray &body);
    void setRedirectTarget(const QString &target) { m_redirectTarget = target; }

    //! Whether the retry policy may try again after this error (before the budget is considered):
    //! 5xx, timeouts, network failures other than a rejected certificate, and 429.
    bool isTransient() const;

    //! Stable machine-readable name of the kind ("rate_limit", "not_found", ...).
    static QString kindName(ErrorKind kind);
    //! English words for a QNetworkReply::NetworkError (passed as int; \a host names the server where it helps).
    //! Qt's own errorString() follows whatever translations the application installed; errors from this
    //! library stay English, and applications translate by kind and code.
    static QString networkErrorMessage(int networkError, const QString &host = {});
    //! English words for a QJsonParseError::ParseError (passed as int), for the same reason.
    static QString jsonErrorMessage(int parseError);
    //! One line for logs and terminals: kind, status, code, message and request id.
    QString toString() const;

    static constexpr qsizetype BodySampleLimit = 512;
    //! code() of a Network error whose cause is a server certificate the client rejected (never retried).
    static constexpr QLatin1StringView CertificateRejectedCode{"TLS_CERTIFICATE_REJECTED"};

private:
    ErrorKind m_kind = ErrorKind::NoError;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    std::optional<int> m_retryAfter;
    QByteArray m_bodySample;
    QString m_redirectTarget;
};

//! Maps an HTTP status to its error kind (NoError for 2xx).
XIDENTQT_EXPORT ErrorKind errorKindForStatus(int httpStatus);

} // namespace Xident

Q_DECLARE_METATYPE(Xident::Error)
