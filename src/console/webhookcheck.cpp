#include "webhookcheck.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QStringDecoder>

using namespace Qt::StringLiterals;

namespace Xident::Console {

PayloadInfo PayloadInfo::of(QByteArrayView bytes)
{
    PayloadInfo info;
    info.bytes = bytes.size();
    info.hasBom = bytes.startsWith("\xEF\xBB\xBF");
    info.endsWithNewline = bytes.endsWith('\n') || bytes.endsWith('\r');
    qsizetype lf = 0, crlf = 0, cr = 0;
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (p[i] == '\n') {
            ++lf;
        }
    }
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds > 1)
        info.lineEndings = LineEndings::Mixed;
    else if (lf)
        info.lineEndings = LineEndings::LF;
    else if (crlf)
        info.lineEndings = LineEndings::CRLF;
    else if (cr)
        info.lineEndings = LineEndings::CR;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);   // the decoder works when its result is taken
    info.validUtf8 = !decoder.hasError();
    return info;
}

QString PayloadInfo::text() const
{
    QStringList parts;
    parts << WebhookCheck::tr("%Ln byte(s)", nullptr, int(std::min<qsizetype>(bytes, INT_MAX)));
    switch (lineEndings) {
    case LineEndings::None:
        parts << WebhookCheck::tr("one line");
        break;
    case LineEndings::LF:
        parts << WebhookCheck::tr("LF line endings");
        break;
    case LineEndings::CRLF:
        parts << WebhookCheck::tr("CRLF line endings");
        break;
    case LineEndings::CR:
        parts << WebhookCheck::tr("CR line endings");
        break;
    case LineEndings::Mixed:
        parts << WebhookCheck::tr("mixed line endings");
        break;
    }
    parts << (endsWithNewline ? WebhookCheck::tr("ends with a newline") : WebhookCheck::tr("no newline at the end"));
    if (hasBom)
        parts << WebhookCheck::tr("starts with a UTF-8 BOM");
    if (!validUtf8)
        parts << WebhookCheck::tr("not valid UTF-8");
    return parts.join(u" · "_s);
}

QByteArray WebhookCheck::headerValue(QByteArrayView text)
{
    QByteArray value = text.trimmed().toByteArray();
    static constexpr QByteArrayView name("x-xident-signature");
    if (value.size() > name.size() && QByteArrayView(value).first(name.size()).compare(name, Qt::CaseInsensitive) == 0
        && value.at(name.size()) == ':')
        value = value.mid(name.size() + 1).trimmed();
    return value;
}

WebhookCheckResult WebhookCheck::run(const WebhookCheckInput &input)
{
    QElapsedTimer clock;
    clock.start();
    WebhookCheckResult r;
    r.generation = input.generation;
    r.info = PayloadInfo::of(input.payload);
    r.evaluatedAt = input.evaluateAt.value_or(QDateTime::currentSecsSinceEpoch());
    const QByteArray header = headerValue(input.header);
    WebhookVerifier verifier(input.secret, input.tolerance);
    const qint64 at = r.evaluatedAt;
    verifier.setClock([at] { return at; });
    r.verdict = verifier.verifySignature(input.payload, header);
    if (r.verdict.reason == WebhookVerdict::Reason::SignatureMismatch)
        r.findings = WebhookForensics::explain(input.payload, header, input.secret);
    r.event = WebhookVerifier::parseEvent(input.payload);
    if (r.verdict.isValid() && !r.event)
        r.verdict.reason = WebhookVerdict::Reason::InvalidJson;
    if (!input.secret.isEmpty()) {
        const qint64 t = r.verdict.timestamp > 0 ? r.verdict.timestamp : at;
        r.expectedHeader = WebhookVerifier::signatureHeader(input.payload, input.secret, t);
    }
    r.elapsedMs = clock.elapsed();
    return r;
}

QString WebhookCheck::findingText(const ForensicFinding &f)
{
    static const QHash<QString, const char *> texts{
        {u"crlf_line_endings"_s, QT_TR_NOOP("Your payload has CRLF (\\r\\n) line endings; the signed bytes had LF (\\n).")},
        {u"lf_line_endings"_s, QT_TR_NOOP("Your payload has LF (\\n) line endings; the signed bytes had CRLF (\\r\\n).")},
        {u"extra_trailing_newline"_s, QT_TR_NOOP("Your payload ends with a line break that the signed bytes did not have.")},
        {u"missing_trailing_newline"_s, QT_TR_NOOP("The signed bytes ended with a line break that your payload lacks.")},
        {u"surrounding_whitespace"_s,
         QT_TR_NOOP("Your payload has white space before or after the JSON that the signed bytes did not have.")},
        {u"bom_added"_s,
         QT_TR_NOOP("Your payload starts with a UTF-8 byte order mark (EF BB BF) that the signed bytes did not have.")},
        {u"bom_missing"_s,
         QT_TR_NOOP("The signed bytes started with a UTF-8 byte order mark (EF BB BF) that your payload lacks.")},
        {u"log_line_quotes"_s, QT_TR_NOOP("Your payload is the body as a log line quotes it; the signed bytes are the "
                                          "text inside the quotes.")},
        {u"pretty_printed"_s, QT_TR_NOOP("Your payload is pretty-printed JSON; the signed bytes were compact (no "
                                         "spaces or line breaks).")},
        {u"minified"_s, QT_TR_NOOP("Your payload is compact JSON; the signed bytes were pretty-printed.")},
        {u"slashes_escaped"_s, QT_TR_NOOP("Your payload writes / as \\/; the signed bytes had a plain /.")},
        {u"slashes_unescaped"_s, QT_TR_NOOP("Your payload has a plain /; the signed bytes wrote it as \\/ (as PHP does).")},
        {u"unicode_escaped"_s, QT_TR_NOOP("Your payload writes non-ASCII characters as \\uXXXX escapes; the signed "
                                          "bytes had them as UTF-8.")},
        {u"unicode_unescaped"_s, QT_TR_NOOP("Your payload has non-ASCII characters as UTF-8; the signed bytes wrote "
                                            "them as \\uXXXX escapes.")},
        {u"secret_whitespace"_s, QT_TR_NOOP("The secret has white space or a line break around it; without it the "
                                            "signature matches.")},
        {u"secret_prefix_extra"_s, QT_TR_NOOP("The signature was made with the secret without its whsec_ prefix.")},
        {u"secret_prefix_missing"_s, QT_TR_NOOP("The secret lacks its whsec_ prefix; with it the signature matches.")},
    };
    const char *text = texts.value(f.code);
    // A code this version does not know yet keeps the library's English sentence.
    return text ? tr(text) : f.explanation;
}

QString WebhookCheck::duration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%n day(s) %1 h", nullptr, int(std::min<qint64>(seconds / 86400, INT_MAX))).arg((seconds % 86400) / 3600);
}

QString WebhookCheck::title(const WebhookVerdict &v)
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

QString WebhookCheck::detail(const WebhookVerdict &v, qint64 evaluatedAt)
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
                         .arg(v.malformedPart);
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

} // namespace Xident::Console
