#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace Xident {

//! A webhook event: type/event_type, id/event_id, created and data, as the seed's parse_event returns them.
struct XIDENTQT_EXPORT WebhookEvent
{
    QString type;
    QString id;
    std::optional<qint64> created;
    QJsonObject data;   //!< the "data" object; older bodies that put the session at the top level get it here
    QJsonObject raw;
};

//! The outcome of verifying a webhook: valid, or the precise reason it is not.
class XIDENTQT_EXPORT WebhookVerdict
{
    Q_GADGET
public:
    enum class Reason {
        Valid,
        MissingSignature,
        MissingSecret,
        MalformedHeader,
        TimestampOutsideTolerance,
        SignatureMismatch,
        InvalidJson,   //!< the signature is valid but the body is not a JSON object
        SignatureUnavailable, //!< no HMAC could be computed (crypto backend missing or failing): never valid
    };
    Q_ENUM(Reason)

    Reason reason = Reason::MissingSignature;
    qint64 timestamp = 0;        //!< t= from the header
    qint64 ageSeconds = 0;       //!< now − t: positive in the past, negative in the future
    int matchedSignature = -1;   //!< index of the v1= value that matched, among signatureCount
    int signatureCount = 0;      //!< v1= values in the header, well-formed or not
    int wellFormedSignatures = 0; //!< v1= values of exactly 64 hex digits; the others never match
    QString malformedPart;       //!< for MalformedHeader: which part of the header is wrong
    WebhookEvent event;          //!< set by constructEvent() when valid

    bool isValid() const { return reason == Reason::Valid; }
    //! Stable snake_case name: "valid", "signature_mismatch", "valid_signature_invalid_json", ...
    QString code() const;
    //! The reason whose code() is \a code; empty for a code this version does not know.
    static std::optional<Reason> reasonFromCode(QStringView code);
    //! A sentence for the operator, with the age for timestamp failures.
    QString message() const;
};

//! Verifies and parses Xident webhooks (X-Xident-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]).
class XIDENTQT_EXPORT WebhookVerifier
{
public:
    static constexpr int DefaultTolerance = 300;
    using Clock = std::function<qint64()>;

    explicit WebhookVerifier(QByteArray secret = {}, int toleranceSeconds = DefaultTolerance);

    void setSecret(const QByteArray &secret) { m_secret = secret; }
    //! Seconds either side of now that a timestamp may be; 0 disables the replay check.
    void setTolerance(int seconds) { m_tolerance = seconds; }
    int tolerance() const { return m_tolerance; }
    //! Unix seconds; the system clock by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    //! Checks the signature and the timestamp, not the body.
    WebhookVerdict verifySignature(QByteArrayView payload, QByteArrayView signatureHeader) const;
    //! verifySignature(), then checks that the body is a JSON object without building a document; the
    //! event gets its type, id and created but no data. The verdict only, at the least cost.
    WebhookVerdict verify(QByteArrayView payload, QByteArrayView signatureHeader) const;
    //! verifySignature() and then parseEvent(); a valid signature over a non-JSON body gives InvalidJson.
    WebhookVerdict constructEvent(QByteArrayView payload, QByteArrayView signatureHeader) const;

    //! Parses without verifying; nullopt when the body is not a JSON object.
    static std::optional<WebhookEvent> parseEvent(QByteArrayView payload);
    //! Only the event's type, id and created, read without building a document; nullopt when not a JSON object.
    static std::optional<WebhookEvent> parseEventSummary(QByteArrayView payload);
    //! Lowercase hex HMAC-SHA256 of "<t>.<payload>"; empty when no HMAC can be computed.
    static QByteArray computeSignature(QByteArrayView payload, QByteArrayView secret, qint64 timestamp);
    //! The whole header value "t=<t>,v1=<hex>"; empty when no HMAC can be computed.
    static QByteArray signatureHeader(QByteArrayView payload, QByteArrayView secret, qint64 timestamp);

private:
    QByteArray m_secret;
    int m_tolerance;
    Clock m_clock;
};

} // namespace Xident
