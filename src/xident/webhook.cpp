#include "webhook.h"

#include "hmac.h"
#include "jsonscan.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QMetaEnum>
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
    case Reason::SignatureUnavailable: return u"signature_unavailable"_s;
    }
    return u"unknown"_s;
}

std::optional<WebhookVerdict::Reason> WebhookVerdict::reasonFromCode(QStringView code)
{
    const QMetaEnum reasons = QMetaEnum::fromType<Reason>();
    for (int i = 0; i < reasons.keyCount(); ++i) {
        WebhookVerdict v;
        v.reason = Reason(reasons.value(i));
        if (v.code() == code)
            return v.reason;
    }
    return std::nullopt;
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
        return u"Malformed signature header (%1): expected \"t=<unix seconds>,v1=<64 hex digits>\"."_s
            .arg(malformedPart.isEmpty() ? u"unreadable"_s : malformedPart);
    case Reason::TimestampOutsideTolerance:
        return ageSeconds >= 0
            ? u"Timestamp outside the tolerance: signed %1 s ago (possible replay)."_s.arg(ageSeconds)
            : u"Timestamp outside the tolerance: signed %1 s in the future (clock skew or forgery)."_s.arg(-ageSeconds);
    case Reason::SignatureMismatch:
        return u"Signature mismatch: the body was changed (even one byte or a newline), or the secret is wrong."_s;
    case Reason::InvalidJson:
        return u"The signature is valid but the body is not a JSON object."_s;
    case Reason::SignatureUnavailable:
        return u"The signature could not be checked: HMAC-SHA256 is unavailable in this installation (backend %1). "
               "This is a broken installation, not a verdict on the webhook."_s.arg(QLatin1StringView(hmacBackend()));
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
    const QByteArray mac = hmacSha256(secret, {t, QByteArrayView("."), payload});
    return mac.size() == HmacSha256Size ? mac.toHex() : QByteArray();
}

QByteArray WebhookVerifier::signatureHeader(QByteArrayView payload, QByteArrayView secret, qint64 timestamp)
{
    const QByteArray signature = computeSignature(payload, secret, timestamp);
    if (signature.isEmpty())
        return {};
    return "t=" + QByteArray::number(timestamp) + ",v1=" + signature;
}

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A v1 value is exactly the hex form of a 32-byte MAC; anything else can never match.
bool isWellFormedSignature(QByteArrayView value)
{
    if (value.size() != 2 * HmacSha256Size)
        return false;
    for (char c : value) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

// Range-checked conversion of a JSON number or numeric string to Unix seconds.
std::optional<qint64> unixSeconds(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // ±2^53 keeps every value exact and far from the qint64 limits (and rejects NaN and infinities).
        constexpr double limit = 9007199254740992.0;
        if (!(d >= -limit && d <= limit))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

} // namespace

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

    // Parse "t=...,v1=...,v1=..."; unknown schemes (v0, ...) are ignored as Stripe does. A v1 value that
    // is not 64 hex digits is counted but skipped, so a rotation with one broken entry still verifies.
    std::optional<qint64> timestamp;
    QVarLengthArray<QByteArray, 4> signatures;   // decoded 32-byte MACs, by their index among the v1 values
    QVarLengthArray<int, 4> signatureIndex;
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
            v.malformedPart = u"an item without \"name=value\""_s;
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
                v.malformedPart = timestamp ? u"t= appears twice"_s : u"t= is not a Unix time in seconds"_s;
                malformed = true;
                break;
            }
            timestamp = value.toLongLong(&ok);
        } else if (key == "v1") {
            if (isWellFormedSignature(value)) {
                signatures.append(QByteArray::fromHex(value.toByteArray()));
                signatureIndex.append(v.signatureCount);
            }
            ++v.signatureCount;
        }
    }
    v.wellFormedSignatures = int(signatures.size());
    if (!malformed && !timestamp)
        v.malformedPart = u"no t= timestamp"_s;
    else if (!malformed && v.signatureCount == 0)
        v.malformedPart = u"no v1= signature"_s;
    else if (!malformed && signatures.isEmpty())
        v.malformedPart = u"no v1= value is 64 hex digits"_s;
    if (malformed || !timestamp || signatures.isEmpty()) {
        v.reason = WebhookVerdict::Reason::MalformedHeader;
        return v;
    }
    v.timestamp = *timestamp;

    // Fail closed: a MAC that could not be computed is never compared, so nothing matches an empty one.
    const QByteArray t = QByteArray::number(*timestamp);
    const QByteArray expected = hmacSha256(m_secret, {t, QByteArrayView("."), payload});
    if (expected.size() != HmacSha256Size) {
        v.reason = WebhookVerdict::Reason::SignatureUnavailable;
        return v;
    }
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        // Check every candidate so the time taken does not tell which one matched.
        if (constantTimeEquals(expected, signatures[i]) && v.matchedSignature < 0)
            v.matchedSignature = signatureIndex[i];
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

WebhookVerdict WebhookVerifier::verify(QByteArrayView payload, QByteArrayView header) const
{
    WebhookVerdict v = verifySignature(payload, header);
    if (!v.isValid())
        return v;
    if (auto event = parseEventSummary(payload))
        v.event = *event;
    else
        v.reason = WebhookVerdict::Reason::InvalidJson;
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

std::optional<WebhookEvent> WebhookVerifier::parseEventSummary(QByteArrayView payload)
{
    QList<JsonScan::Member> members;
    if (!JsonScan::scanObject(payload, &members))
        return std::nullopt;
    // Exactly parseEvent()'s rules, read off the top-level members: QJsonValue::toString(fallback)
    // gives the fallback for anything that is not a string.
    const auto text = [&members](QLatin1StringView key, const QString &fallback = {}) {
        const auto v = JsonScan::value(members, key);
        return v && v->isString() ? v->toString() : fallback;
    };
    WebhookEvent e;
    e.type = text("type"_L1, text("event_type"_L1));
    // Whether "data" is an object shows in its first byte: the (possibly huge) value is never decoded.
    bool dataIsObject = false;
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (JsonScan::key(*it) == "data"_L1) {
            dataIsObject = it->value.startsWith('{');
            break;
        }
    }
    const bool topLevelSession = !dataIsObject;
    const QString eventId = text("event_id"_L1);
    e.id = (topLevelSession && !eventId.isEmpty()) ? eventId : text("id"_L1, eventId);
    if (const auto created = JsonScan::value(members, "created"_L1))
        e.created = unixSeconds(*created);
    return e;
}

std::optional<WebhookEvent> WebhookVerifier::parseEvent(QByteArrayView payload)
{
    QJsonParseError error;
    // fromRawData: no copy of a body that may be megabytes.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(payload.data(), payload.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    WebhookEvent e;
    e.raw = doc.object();
    e.type = e.raw.value("type"_L1).toString(e.raw.value("event_type"_L1).toString());
    // Older bodies carry the session at the top level, where "id" is the session's and "event_id" the event's.
    const bool topLevelSession = !e.raw.value("data"_L1).isObject();
    const QString eventId = e.raw.value("event_id"_L1).toString();
    e.id = (topLevelSession && !eventId.isEmpty()) ? eventId : e.raw.value("id"_L1).toString(eventId);
    e.created = unixSeconds(e.raw.value("created"_L1));
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
