#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace Xident {
class SessionResult;
}

namespace Xident::Console {

//! What the watchlist shows of a session's stored result: read once from its JSON, where that is cheap to do (the
//! history parses a loaded file's results on its own thread, so 100,000 of them do not hold up the window).
struct ResultSummary
{
    bool parsed = false;    //!< false: not read yet (the JSON is to be read)
    bool present = false;   //!< the JSON is a result object
    std::optional<int> ageBracket;
    std::optional<int> estimatedAge;   //!< legacy: an estimate, only without a bracket
    QString method;
    QString reason;
    QString token;          //!< the token the result names (v1)
    QString id;             //!< the legacy session UUID

    //! Reads \a resultJson (a GET /result data object); thread-safe.
    static ResultSummary of(const QByteArray &resultJson);
    static ResultSummary of(const Xident::SessionResult &result);
};

} // namespace Xident::Console
