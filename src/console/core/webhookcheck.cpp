#include "console/core/webhookcheck.h"

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
    if (r.verdict.reason == WebhookVerdict::Reason::SignatureMismatch) {
        const auto cancelled = [&input] { return input.wanted && input.wanted->load() != input.generation; };
        r.findings = WebhookForensics::explain(input.payload, header, input.secret, cancelled);
    }
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

} // namespace Xident::Console
