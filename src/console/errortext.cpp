#include "errortext.h"

#include "error.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Xident::Console::ErrorText", text);
}
} // namespace

QString errorCaption(const Error &error)
{
    switch (error.kind()) {
    case ErrorKind::NoError:
        return {};
    case ErrorKind::Configuration:
        return tr("The request was not sent: the profile or the form needs a correction.");
    case ErrorKind::Authentication:
        return tr("The server refused the API key.");
    case ErrorKind::Validation:
        return tr("The server refused the request's parameters.");
    case ErrorKind::NotFound:
        return tr("The server does not know this session.");
    case ErrorKind::RateLimit:
        return tr("The server asked to slow down (too many requests).");
    case ErrorKind::Server:
        return tr("The server failed to answer properly (a server error).");
    case ErrorKind::Network:
        return tr("The server could not be reached.");
    case ErrorKind::Timeout:
        return tr("The server did not answer in time.");
    case ErrorKind::Parse:
        return tr("The server's answer could not be read.");
    case ErrorKind::TooLarge:
        return tr("The server's answer was too large to read.");
    case ErrorKind::Redirect:
        return tr("The server redirected the request; redirects are not followed.");
    case ErrorKind::Canceled:
        return tr("Canceled.");
    }
    return {};
}

QString errorDetails(const Error &error)
{
    QStringList lines{errorCaption(error)};
    if (!error.message().isEmpty())
        lines.append(tr("Message: %1").arg(error.message()));
    if (!error.code().isEmpty())
        lines.append(tr("Code: %1").arg(error.code()));
    if (error.httpStatus() > 0)
        lines.append(tr("HTTP status: %1").arg(error.httpStatus()));
    if (!error.requestId().isEmpty())
        lines.append(tr("Request id: %1").arg(error.requestId()));
    return lines.join(u'\n');
}

} // namespace Xident::Console
