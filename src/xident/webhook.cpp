#include "webhook.h"

#include "hmac.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QVarLengthArray>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Xident {

QString WebhookVerdict::code() const
{
    switch (reason) {
    case Reason::Valid: return u"valid"_s;
    case Reason::MissingSignature: return u"missing_signature"_s;
    case Reason::MissingSecret: return u"missing_secret"_s;
    case Reason::MalformedHeader: return u"malformed_header"_s;
    case Reason::TimestampOutsideTolerance: return u"timestamp_outside_tolerance"_s;
    case Reason::SignatureMismatch: return u"signature_mismatch"_s;
    case Reason::InvalidJson: return u"valid_signature_invalid_json"_s;
    }
    return u"unknown"_s;
}

QString WebhookVerdict::message() const
{
    switch (reason) {
    case Reason::Valid:
        return signatureCount > 1 ? u"Valid signature (v1 #%1 of %2 matched)."_s.arg(matchedSignature + 1).arg(signatureCount)
                                  : u"Valid signature."_s;
    case Reason::MissingSignature:
        return u"No signature: the X-Xident-Signature header is missing or empty."_s;
    case Reason::MissingSecret:
        return u"No webhook secret was given, so the signature cannot be checked."_s;
    case Reason::MalformedHeader:
        return u"Malformed signature header: expected \"t=<unix seconds>,v1=<hex>\"."_s;
    case Reason::TimestampOutsideTolerance:
        return ageSeconds >= 0
            ? u"Timestamp outside the tolerance: signed %1 s ago (possible replay)."_s.arg(ageSeconds)
            : u"Timestamp outside the tolerance: signed %1 s in the future (clock skew or forgery)."_s.arg(-ageSeconds);
    case Reason::SignatureMismatch:
        return u"Signature mismatch: the body was changed (even one byte or a newline), or the secret is wrong."_s;
    case Reason::InvalidJson:
        return u"The signature is valid but the body is not a JSON object."_s;
    }
    return {};
}

WebhookVerifier::WebhookVerifier(QByteArray secret, int toleranceSeconds)
    : m_secret(std::move(secret))
    , m_tolerance(toleranceSeconds)
{
}

QByteArray WebhookVerifier::computeSignature(QByteArrayView payload, QByteArrayView secret, qint64 timestamp)
{
    const QByteArray t = QByteArray::number(timestamp);
    return hmacSha256(secret, {t, QByteArrayView("."), payload}).toHex();
}

QByteArray WebhookVerifier::signatureHeader(QByteArrayView payload, QByteArrayView secret, qint64 timestamp)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + computeSignature(payload, secret, timestamp);
}

WebhookVerdict WebhookVerifier::verifySignature(QByteArrayView payload, QByteArrayView header) const
{
    WebhookVerdict v;
    if (m_secret.isEmpty()) {
        v.reason = WebhookVerdict::Reason::MissingSecret;
        return v;
    }
    const QByteArrayView trimmedHeader = header.trimmed();
    if (trimmedHeader.isEmpty()) {
        v.reason = WebhookVerdict::Reason::MissingSignature;
        return v;
    }

    // Parse "t=...,v1=...,v1=..."; unknown schemes (v0, ...) are ignored as Stripe does.
    std::optional<qint64> timestamp;
    QVarLengthArray<QByteArrayView, 4> signatures;
    bool malformed = false;
    qsizetype pos = 0;
    while (pos <= trimmedHeader.size() && !malformed) {
        qsizetype comma = trimmedHeader.indexOf(',', pos);
        if (comma < 0)
            comma = trimmedHeader.size();
        const QByteArrayView item = trimmedHeader.sliced(pos, comma - pos).trimmed();
        pos = comma + 1;
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0) {
            malformed = true;
            break;
        }
        const QByteArrayView key = item.first(eq);
        const QByteArrayView value = item.sliced(eq + 1);
        if (key == "t") {
            bool ok = !value.isEmpty() && value.size() <= 12;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok || timestamp) {
                malformed = true;
                break;
            }
            timestamp = value.toLongLong(&ok);
        } else if (key == "v1") {
            signatures.append(value);
            ++v.signatureCount;
        }
    }
    if (malformed || !timestamp || v.signatureCount == 0) {
        v.reason = WebhookVerdict::Reason::MalformedHeader;
        return v;
    }
    v.timestamp = *timestamp;

    const QByteArray expected = computeSignature(payload, m_secret, *timestamp);
    for (int i = 0; i < int(signatures.size()); ++i) {
        // Check every candidate so the time taken does not tell which one matched.
        if (constantTimeEquals(expected, signatures[i]) && v.matchedSignature < 0)
            v.matchedSignature = i;
    }
    if (v.matchedSignature < 0) {
        v.reason = WebhookVerdict::Reason::SignatureMismatch;
        return v;
    }

    const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
    v.ageSeconds = now - *timestamp;
    // Both directions: a timestamp far in the future is as suspect as an old one.
    if (m_tolerance > 0 && std::llabs(v.ageSeconds) > m_tolerance) {
        v.reason = WebhookVerdict::Reason::TimestampOutsideTolerance;
        return v;
    }
    v.reason = WebhookVerdict::Reason::Valid;
    return v;
}

WebhookVerdict WebhookVerifier::constructEvent(QByteArrayView payload, QByteArrayView header) const
{
    WebhookVerdict v = verifySignature(payload, header);
    if (!v.isValid())
        return v;
    if (auto event = parseEvent(payload))
        v.event = *event;
    else
        v.reason = WebhookVerdict::Reason::InvalidJson;
    return v;
}

std::optional<WebhookEvent> WebhookVerifier::parseEvent(QByteArrayView payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    WebhookEvent e;
    e.raw = doc.object();
    e.type = e.raw.value("type"_L1).toString(e.raw.value("event_type"_L1).toString());
    // Older bodies carry the session at the top level, where "id" is the session's and "event_id" the event's.
    const bool topLevelSession = !e.raw.value("data"_L1).isObject();
    const QString eventId = e.raw.value("event_id"_L1).toString();
    e.id = (topLevelSession && !eventId.isEmpty()) ? eventId : e.raw.value("id"_L1).toString(eventId);
    const QJsonValue created = e.raw.value("created"_L1);
    if (created.isDouble()) {
        e.created = qint64(created.toDouble());
    } else if (created.isString()) {
        bool ok = false;
        const qint64 n = created.toString().toLongLong(&ok);
        if (ok)
            e.created = n;
    }
    if (e.raw.value("data"_L1).isObject()) {
        e.data = e.raw.value("data"_L1).toObject();
    } else {
        e.data = e.raw;
        for (auto key : {"type"_L1, "event_type"_L1, "event_id"_L1, "created"_L1})
            e.data.remove(key);
        if (eventId.isEmpty())
            e.data.remove("id"_L1);
    }
    return e;
}

} // namespace Xident
