// libFuzzer target: Error::fromHttp() on an arbitrary status and body.
// Input: 2 bytes that select the HTTP status (mapped into 100..599), then the body.
#include <XidentQt/error.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

volatile qsizetype g_sink = 0;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_errorenvelope: invariant violated: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + int((unsigned(data[0]) << 8 | unsigned(data[1])) % 500u);
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    QJsonObject root;
    const Xident::Error e = Xident::Error::fromHttp(status, body, std::nullopt, &root);

    if (e.bodySample().size() > Xident::Error::BodySampleLimit)
        fail("bodySample() exceeds BodySampleLimit");
    if (e.httpStatus() != status)
        fail("httpStatus() is not the status given");
    if (e.retryAfter().has_value())
        fail("retryAfter() set although none was given");
    const Xident::ErrorKind statusKind = Xident::errorKindForStatus(status);
    if (statusKind != Xident::ErrorKind::NoError && e.kind() != statusKind)
        fail("kind() differs from errorKindForStatus() for a non-2xx status");
    if (e.isError() != (e.kind() != Xident::ErrorKind::NoError) || bool(e) != e.isError())
        fail("isError() disagrees with kind()");
    if (e.isError() && e.message().isEmpty())
        fail("an error without a message");

    const QString text = e.toString();
    const QString kind = Xident::Error::kindName(e.kind());
    if (text.isEmpty() || kind.isEmpty() || !text.startsWith(kind))
        fail("toString() does not start with kindName()");
    (void)e.isTransient();
    g_sink = g_sink + text.size() + e.code().size() + e.requestId().size() + e.redirectTarget().size() + root.size();
    return 0;
}
