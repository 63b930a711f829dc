#include "text/webhooktext.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QLocale>

#include <algorithm>
#include <climits>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Xident::Text {

QString WebhookText::malformedPartText(const QString &part)
{
    // The library's words for the part of a header that is wrong (WebhookVerdict::malformedPart), translated;
    // words this version does not know stay as the library said them.
    static constexpr const char *texts[] = {
        QT_TR_NOOP("an item without \"name=value\""),
        QT_TR_NOOP("t= appears twice"),
        QT_TR_NOOP("t= is not a Unix time in seconds"),
        QT_TR_NOOP("no t= timestamp"),
        QT_TR_NOOP("no v1= signature"),
        QT_TR_NOOP("no v1= value is 64 hex digits"),
    };
    for (const char *text : texts) {
        if (part == QLatin1StringView(text))
            return tr(text);
    }
    return part;
}

QString WebhookText::duration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400) {
        // Whole hours without "0 min", whole days without "0 h".
        if ((seconds % 3600) / 60 == 0)
            return tr("%n h", nullptr, int(seconds / 3600));
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    }
    const int days = int(std::min<qint64>(seconds / 86400, INT_MAX));
    if ((seconds % 86400) / 3600 == 0)
        return tr("%n day(s)", nullptr, days);
    return tr("%n day(s) %1 h", nullptr, days).arg((seconds % 86400) / 3600);
}

QString WebhookText::title(const WebhookVerdict &v)
{
    using R = WebhookVerdict::Reason;
    switch (v.reason) {
    case R::Valid:
        return tr("Valid");
    case R::MissingSignature:
        return tr("No signature");
    case R::MissingSecret:
        return tr("No secret");
    case R::MalformedHeader:
        return tr("Malformed signature header");
    case R::TimestampOutsideTolerance:
        return v.ageSeconds >= 0 ? tr("Timestamp too old") : tr("Timestamp in the future");
    case R::SignatureMismatch:
        return tr("Signature mismatch");
    case R::InvalidJson:
        return tr("Valid signature, but the body is not JSON");
    case R::SignatureUnavailable:
        return tr("Cannot compute signatures");
    }
    return {};
}

QString WebhookText::detail(const WebhookVerdict &v, qint64 evaluatedAt)
{
    using R = WebhookVerdict::Reason;
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(evaluatedAt).toLocalTime(), QLocale::ShortFormat);
    switch (v.reason) {
    case R::Valid:
        if (v.signatureCount > 1)
            return tr("Signature v1 #%1 of %2 matched, signed %3 before %4.")
                .arg(v.matchedSignature + 1)
                .arg(v.signatureCount)
                .arg(duration(v.ageSeconds), when);
        return v.ageSeconds >= 0 ? tr("The signature matches the payload and the secret; signed %1 before %2.")
                                       .arg(duration(v.ageSeconds), when)
                                 : tr("The signature matches the payload and the secret; signed %1 after %2.")
                                       .arg(duration(v.ageSeconds), when);
    case R::MissingSignature:
        return tr("Paste the X-Xident-Signature header (the value, or the whole header line).");
    case R::MissingSecret:
        return tr("Choose the profile whose webhook secret signed it, or type the secret.");
    case R::MalformedHeader:
        return v.malformedPart.isEmpty()
                   ? tr("The header cannot be read: it should read t=<unix seconds>,v1=<64 hex digits>.")
                   : tr("The header is malformed (%1): it should read t=<unix seconds>,v1=<64 hex digits>.")
                         .arg(malformedPartText(v.malformedPart));
    case R::TimestampOutsideTolerance:
        return v.ageSeconds >= 0
                   ? tr("The signature is right, but it was made %1 before %2: outside the tolerance, so a receiver "
                        "rejects it as a possible replay. Evaluate it at the time it was received to check the rest.")
                         .arg(duration(v.ageSeconds), when)
                   : tr("The signature is right, but its timestamp is %1 after %2: the sender's clock or this one is "
                        "wrong.")
                         .arg(duration(v.ageSeconds), when);
    case R::SignatureMismatch:
        return v.wellFormedSignatures == 0
                   ? tr("No v1 value in the header is 64 hex digits, so none can match.")
               : v.signatureCount == 1
                   ? tr("The payload is not the bytes that were signed, or the secret is not the one that signed it.")
                   : tr("None of the %1 signatures matches: the payload is not the bytes that were signed, or the "
                        "secret is not the one that signed them.")
                         .arg(v.signatureCount);
    case R::InvalidJson:
        return tr("The bytes are the ones that were signed, but they are not a JSON object, so no receiver can read "
                  "the event.");
    case R::SignatureUnavailable:
        return tr("HMAC-SHA256 is not available in this installation. This is not a verdict on the webhook.");
    }
    return {};
}

} // namespace Xident::Text
