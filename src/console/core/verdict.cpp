#include "console/core/verdict.h"

#include <XidentQt/sessionresult.h>
#include "text/verdicttext.h"

using namespace Qt::StringLiterals;

namespace Xident::Console {

QString Verdict::checkLabel(const QString &name)
{
    return Text::checkLabel(name);
}

QString Verdict::statusText(WatchStatus status)
{
    switch (status) {
    case WatchStatus::Success:
        return u"success"_s;
    case WatchStatus::Failed:
        return u"failed"_s;
    case WatchStatus::Pending:
        return u"pending"_s;
    case WatchStatus::InProgress:
        return u"in_progress"_s;
    case WatchStatus::Canceled:
        return u"canceled"_s;
    case WatchStatus::Claimed:
        return u"claimed"_s;
    case WatchStatus::Expired:
        return u"expired"_s;
    case WatchStatus::Gone:
        return u"gone"_s;
    case WatchStatus::Unknown:
        break;
    }
    return {};
}

Verdict Verdict::of(WatchStatus status, const SessionResult &result)
{
    // The words are the shared texts' (the CLI and the evidence files say the same); the tone is the console's.
    Verdict v;
    const Text::VerdictWords words = Text::verdictWords(statusText(status), result.ageBracket(), result.method(), result.reason());
    v.headline = words.headline;
    v.detail = words.detail;
    v.reply = words.reply;
    switch (status) {
    case WatchStatus::Success:
    case WatchStatus::Claimed:
        v.tone = Tone::Good;
        break;
    case WatchStatus::Failed:
        v.tone = Tone::Bad;
        break;
    case WatchStatus::InProgress:
        v.tone = Tone::Working;
        break;
    case WatchStatus::Pending:
    case WatchStatus::Canceled:
    case WatchStatus::Expired:
    case WatchStatus::Gone:
    case WatchStatus::Unknown:
        break;
    }
    if (isTerminal(status) || status == WatchStatus::Expired) {
        // The order a person goes through them, then any others the server reports.
        static const QStringList order{u"liveness"_s, u"age"_s, u"document"_s, u"face_match"_s};
        QList<CheckResult> performed;
        for (const CheckResult &c : result.checks()) {
            if (c.performed && c.name != "risk"_L1)   // a risk band is not passed or failed
                performed.append(c);
        }
        std::stable_sort(performed.begin(), performed.end(), [](const CheckResult &a, const CheckResult &b) {
            const auto rank = [](const QString &n) { return order.contains(n) ? order.indexOf(n) : order.size(); };
            return rank(a.name) < rank(b.name);
        });
        for (const CheckResult &c : performed)
            v.checks.append({c.name, checkLabel(c.name), c.passed});
    }
    return v;
}

} // namespace Xident::Console
