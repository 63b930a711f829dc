#include "console/core/resultsummary.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Xident::Console {

ResultSummary ResultSummary::of(const QByteArray &resultJson)
{
    if (resultJson.isEmpty()) {
        ResultSummary none;
        none.parsed = true;
        return none;
    }
    const QJsonObject data = QJsonDocument::fromJson(resultJson).object();
    if (data.isEmpty()) {
        ResultSummary none;
        none.parsed = true;
        return none;
    }
    return of(SessionResult::fromJson(data));
}

ResultSummary ResultSummary::of(const SessionResult &result)
{
    ResultSummary s;
    s.parsed = true;
    s.present = true;
    s.ageBracket = result.ageBracket();
    if (!s.ageBracket)
        s.estimatedAge = result.estimatedAge();
    s.method = result.method();
    s.reason = result.reason();
    s.token = result.token();
    s.id = result.id();
    return s;
}

} // namespace Xident::Console
