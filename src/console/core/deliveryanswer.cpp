#include "console/core/deliveryanswer.h"

#include <XidentQt/webhooksender.h>

using namespace Qt::StringLiterals;

namespace Xident::Console {

DeliveryAnswer DeliveryAnswer::from(const WebhookAnswer &answer)
{
    DeliveryAnswer a;
    a.url = answer.url;
    a.status = answer.status;
    a.reason = answer.reason;
    a.headers = answer.headers;
    a.body = answer.body;
    a.bodyTruncated = answer.bodyTruncated;
    a.ms = answer.elapsedMs;
    switch (answer.outcome) {
    case WebhookAnswer::Outcome::Answered:
        if (answer.isRedirect())
            a.error = tr("The receiver redirects to %1; redirects are not followed.")
                          .arg(QString::fromUtf8(answer.location()));
        break;
    case WebhookAnswer::Outcome::TimedOut:
        a.error = tr("the receiver did not answer in time");
        break;
    case WebhookAnswer::Outcome::NetworkError:
        a.error = answer.errorString;
        break;
    }
    return a;
}

DeliveryAnswer DeliveryAnswer::notSent(const QString &error)
{
    DeliveryAnswer a;
    a.error = error;
    return a;
}

QString DeliveryAnswer::describe() const
{
    QString text;
    if (status == 0) {
        text = tr("No answer from %1 after %2 ms: %3").arg(url.toDisplayString()).arg(ms).arg(error);
        return text;
    }
    text = u"HTTP %1 %2 — %3 ms — %4\n"_s.arg(status).arg(QString::fromLatin1(reason)).arg(ms).arg(url.toDisplayString());
    for (const auto &h : headers)
        text += QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(h.second) + u'\n';
    text += u'\n';
    text += QString::fromUtf8(body);
    if (bodyTruncated)
        text += tr("\n… (the rest of the body is not shown)");
    if (!error.isEmpty())
        text += u"\n"_s + error;
    return text;
}

QString DeliveryAnswer::urlProblem(const QUrl &url, const QString &typed)
{
    if (url.isEmpty() && typed.trimmed().isEmpty())
        return tr("Enter the URL of the receiver.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a complete URL; write it as http://host:port/path.")
            .arg(typed.isEmpty() ? url.toString() : typed.trimmed());
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return tr("Only http:// and https:// URLs can receive webhooks.");
    return {};
}

} // namespace Xident::Console
