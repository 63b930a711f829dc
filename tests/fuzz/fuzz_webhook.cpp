// libFuzzer target: webhook signature header parsing, verification and event parsing.
// Input: "<X-Xident-Signature value>\n<payload>" (no newline: the whole input is the header, the payload is empty).
#include <XidentQt/jsonscan.h>
#include <XidentQt/webhook.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FuzzNow = 1700000000;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_webhook: invariant violated: %s\n", what);
    std::abort();
}

void checkVerdict(const Xident::WebhookVerdict &v, bool headerHasV1)
{
    if (v.signatureCount < 0)
        fail("signatureCount < 0");
    if (v.matchedSignature != -1 && (v.matchedSignature < 0 || v.matchedSignature >= v.signatureCount))
        fail("matchedSignature neither -1 nor in [0, signatureCount)");
    if (v.isValid() && (v.matchedSignature < 0 || v.matchedSignature >= v.signatureCount))
        fail("valid verdict without matchedSignature in [0, signatureCount)");
    if (v.isValid() && !headerHasV1)
        fail("valid verdict for a header without \"v1=\"");
    if (v.code().isEmpty())
        fail("empty verdict code");
    (void)v.message();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray payload = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const bool headerHasV1 = header.contains(QByteArrayView("v1="));

    Xident::WebhookVerifier v(QByteArray("whsec_fuzz"), 300);
    v.setClock([] { return qint64(FuzzNow); });

    const Xident::WebhookVerdict verified = v.verifySignature(payload, header);
    checkVerdict(verified, headerHasV1);

    const Xident::WebhookVerdict constructed = v.constructEvent(payload, header);
    checkVerdict(constructed, headerHasV1);

    const std::optional<Xident::WebhookEvent> event = Xident::WebhookVerifier::parseEvent(payload);

    // constructEvent() = verifySignature() + parseEvent().
    if (!verified.isValid()) {
        if (constructed.reason != verified.reason)
            fail("constructEvent disagrees with verifySignature on an invalid signature");
    } else if (event.has_value()) {
        if (!constructed.isValid())
            fail("valid signature over a JSON object body not accepted by constructEvent");
        if (constructed.event.raw != event->raw || constructed.event.type != event->type || constructed.event.id != event->id
            || constructed.event.created != event->created)
            fail("constructEvent's event differs from parseEvent's");
    } else if (constructed.reason != Xident::WebhookVerdict::Reason::InvalidJson) {
        fail("valid signature over a non-object body not reported as InvalidJson");
    }
    // The document-free check agrees with Qt's parser on every input, and verify() with constructEvent().
    if (Xident::JsonScan::isObject(payload) != event.has_value())
        fail("JsonScan::isObject disagrees with QJsonDocument::fromJson");
    const Xident::WebhookVerdict light = v.verify(payload, header);
    if (light.reason != constructed.reason)
        fail("verify() and constructEvent() disagree");
    if (const auto summary = Xident::WebhookVerifier::parseEventSummary(payload); summary.has_value() != event.has_value()
        || (summary && (summary->type != event->type || summary->id != event->id || summary->created != event->created)))
        fail("parseEventSummary differs from parseEvent");
    if (event) {
        (void)event->data.size();
        (void)event->type.size();
    }

    // What the verifier signs itself, it accepts.
    const QByteArray ownHeader = Xident::WebhookVerifier::signatureHeader(payload, QByteArrayView("whsec_fuzz"), FuzzNow);
    const Xident::WebhookVerdict own = v.verifySignature(payload, ownHeader);
    if (!own.isValid() || own.matchedSignature != 0 || own.signatureCount != 1 || own.timestamp != FuzzNow)
        fail("the verifier rejects its own signature");
    return 0;
}
