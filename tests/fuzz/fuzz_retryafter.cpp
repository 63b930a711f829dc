// libFuzzer target: RetryPolicy::parseRetryAfter() (delta-seconds or IMF-fixdate) and delayFor().
#include <XidentQt/retrypolicy.h>

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QTime>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_retryafter: invariant violated: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<int> seconds = Xident::RetryPolicy::parseRetryAfter(value, now);
    if (seconds && (*seconds < 0 || *seconds > 7 * 86400))
        fail("parseRetryAfter() outside [0, 7 days]");

    int retry = 0;
    if (size > 0)
        std::memcpy(&retry, data, std::min(size, sizeof retry));
    const Xident::RetryPolicy policy;
    const std::chrono::milliseconds delay = policy.delayFor(retry, seconds);
    if (delay.count() < 0)
        fail("delayFor() < 0");
    if (seconds && delay != std::chrono::seconds(*seconds))
        fail("delayFor() does not honour the Retry-After");
    const std::chrono::milliseconds backoff = policy.delayFor(retry);
    if (backoff.count() < 0 || backoff > policy.maxDelay())
        fail("delayFor() without Retry-After outside [0, maxDelay]");
    return 0;
}
