// A program outside the project that uses the installed SDK.
#include <XidentQt/client.h>
#include <XidentQt/webhook.h>

#include <cstdio>

// The SDK's headers live under XidentQt/ only: nothing of it leaks to the top level of the include path.
#if __has_include(<client.h>) || __has_include(<webhook.h>)
#  error "the installed SDK exports include/XidentQt itself as an include directory"
#endif

int main()
{
    const QByteArray body = "{\"type\":\"session.success\",\"data\":{}}";
    Xident::WebhookVerifier verifier("whsec_consumer", 0);
    const auto verdict = verifier.verifySignature(body, Xident::WebhookVerifier::signatureHeader(body, "whsec_consumer", 1));
    std::printf("%s from %s\n", verdict.isValid() ? "valid signature" : "INVALID", Xident::Config::userAgent().constData());
    return verdict.isValid() ? 0 : 1;
}
