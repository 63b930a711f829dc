// A program outside the project that uses the installed SDK.
#include <XidentQt/client.h>
#include <XidentQt/webhook.h>

#include <cstdio>

int main()
{
    const QByteArray body = "{\"type\":\"session.success\",\"data\":{}}";
    Xident::WebhookVerifier verifier("whsec_consumer", 0);
    const auto verdict = verifier.verifySignature(body, Xident::WebhookVerifier::signatureHeader(body, "whsec_consumer", 1));
    std::printf("%s from %s\n", verdict.isValid() ? "valid signature" : "INVALID", Xident::Config::userAgent().constData());
    return verdict.isValid() ? 0 : 1;
}
