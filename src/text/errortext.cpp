#include "text/errortext.h"

#include <XidentQt/error.h>

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {
// The translation context of these functions (lupdate reads it from the macro).
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Text::ErrorText)
};
} // namespace

QString errorCaption(const Error &error)
{
    switch (error.kind()) {
    case ErrorKind::NoError:
        return {};
    case ErrorKind::Configuration:
        return ErrorText::tr("The request was not sent: a setting or a value needs a correction.");
    case ErrorKind::Authentication:
        return ErrorText::tr("The server refused the API key.");
    case ErrorKind::Validation:
        return ErrorText::tr("The server refused the request's parameters.");
    case ErrorKind::NotFound:
        return ErrorText::tr("The server does not know this session.");
    case ErrorKind::RateLimit:
        return ErrorText::tr("The server asked to slow down (too many requests).");
    case ErrorKind::Server:
        return ErrorText::tr("The server failed to answer properly (a server error).");
    case ErrorKind::Network:
        return ErrorText::tr("The server could not be reached.");
    case ErrorKind::Timeout:
        return ErrorText::tr("The server did not answer in time.");
    case ErrorKind::Parse:
        return ErrorText::tr("The server's answer could not be read.");
    case ErrorKind::TooLarge:
        return ErrorText::tr("The server's answer was too large to read.");
    case ErrorKind::Redirect:
        return ErrorText::tr("The server redirected the request; redirects are not followed.");
    case ErrorKind::Canceled:
        return ErrorText::tr("Canceled.");
    }
    return {};
}

QString errorDetails(const Error &error)
{
    QStringList lines{errorCaption(error)};
    if (!error.message().isEmpty())
        lines.append(ErrorText::tr("Message: %1").arg(error.message()));
    if (!error.code().isEmpty())
        lines.append(ErrorText::tr("Code: %1").arg(error.code()));
    if (error.httpStatus() > 0)
        lines.append(ErrorText::tr("HTTP status: %1").arg(error.httpStatus()));
    if (!error.requestId().isEmpty())
        lines.append(ErrorText::tr("Request id: %1").arg(error.requestId()));
    return lines.join(u'\n');
}

} // namespace Xident::Text
