#include "console/core/verdict.h"

#include <XidentQt/sessionresult.h>
#include "text/failuretext.h"

using namespace Qt::StringLiterals;

namespace Xident::Console {

QString Verdict::checkLabel(const QString &name)
{
    if (name == "liveness"_L1)
        return tr("Liveness");
    if (name == "age"_L1)
        return tr("Age");
    if (name == "document"_L1)
        return tr("Document");
    if (name == "face_match"_L1)
        return tr("Face match");
    if (name == "eu_wallet"_L1)
        return tr("EU wallet");
    if (name == "aml"_L1)
        return tr("Sanctions and PEP lists");
    return name;
}

Verdict Verdict::of(WatchStatus status, const SessionResult &result)
{
    Verdict v;
    switch (status) {
    case WatchStatus::Success:
        v.tone = Tone::Good;
        v.headline = result.ageBracket() ? tr("Verified, %1+").arg(*result.ageBracket()) : tr("Verified");
        v.detail = result.method().isEmpty() ? tr("The person is verified.")
                                             : tr("The person is verified (method %1).").arg(result.method());
        break;
    case WatchStatus::Failed: {
        v.tone = Tone::Bad;
        v.headline = tr("Not verified");
        v.detail = Text::explainFailure(result.reason()).title;
        break;
    }
    case WatchStatus::Pending:
        v.headline = tr("Waiting for the person");
        v.detail = tr("The verification has not been started yet.");
        break;
    case WatchStatus::InProgress:
        v.tone = Tone::Working;
        v.headline = tr("In progress");
        v.detail = tr("The person is completing the verification now.");
        break;
    case WatchStatus::Canceled:
        v.headline = tr("Canceled");
        v.detail = tr("The person stopped the verification.");
        break;
    case WatchStatus::Claimed:
        v.tone = Tone::Good;
        v.headline = tr("Verified, result used");
        v.detail = tr("The result was already claimed.");
        break;
    case WatchStatus::Expired:
        v.headline = tr("Expired");
        v.detail = tr("The link was not completed in time.");
        break;
    case WatchStatus::Gone:
        v.headline = tr("Gone with the sandbox");
        v.detail = tr("The local sandbox that held this session has stopped, and its sessions with it.");
        break;
    case WatchStatus::Unknown:
        v.headline = tr("Not known yet");
        v.detail = tr("No answer from the server yet.");
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
