#include "console/core/webhookcheck.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QStringDecoder>

using namespace Qt::StringLiterals;

namespace Xident::Console {

QString WebhookCheck::describe(const PayloadInfo &info)
{
    QStringList parts;
    parts << tr("%Ln byte(s)", nullptr, int(std::min<qsizetype>(info.bytes, INT_MAX)));
    switch (info.lineEndings) {
    case PayloadInfo::LineEndings::None:
        parts << tr("one line");
        break;
    case PayloadInfo::LineEndings::LF:
        parts << tr("LF line endings");
        break;
    case PayloadInfo::LineEndings::CRLF:
        parts << tr("CRLF line endings");
        break;
    case PayloadInfo::LineEndings::CR:
        parts << tr("CR line endings");
        break;
    case PayloadInfo::LineEndings::Mixed:
        parts << tr("mixed line endings");
        break;
    }
    parts << (info.endsWithNewline ? tr("ends with a newline") : tr("no newline at the end"));
    if (info.hasBom)
        parts << tr("starts with a UTF-8 BOM");
    if (!info.validUtf8)
        parts << tr("not valid UTF-8");
    return parts.join(u" · "_s);
}

WebhookCheckResult WebhookCheck::run(const WebhookCheckInput &input)
{
    QElapsedTimer clock;
    clock.start();
    WebhookCheckResult r;
    r.generation = input.generation;
    r.info = PayloadInfo::of(input.payload);
    r.evaluatedAt = input.evaluateAt.value_or(QDateTime::currentSecsSinceEpoch());
    const QByteArray header = signatureHeaderValue(input.header);
    WebhookVerifier verifier(input.secret, input.tolerance);
    const qint64 at = r.evaluatedAt;
    verifier.setClock([at] { return at; });
    r.verdict = verifier.verifySignature(input.payload, header);
    if (r.verdict.reason == WebhookVerdict::Reason::SignatureMismatch) {
        const auto cancelled = [&input] { return input.wanted && input.wanted->load() != input.generation; };
        ForensicReport report = WebhookForensics::investigate(input.payload, header, input.secret, cancelled);
        r.findings = std::move(report.findings);
        r.firstChanges = std::move(report.firstChanges);
        r.reserialised = report.reserialised;
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
