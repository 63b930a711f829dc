// libFuzzer target: the HTTP request parser (llhttp, strict, and the server's judging on top of it).
// Input: one byte that seeds where the bytes are split, then the bytes a client sends. The whole stream is parsed in
// one piece, then again split at pseudo-random points as a socket delivers it: every split must assemble the same
// requests (method, target, headers, trailers, body, close and upgrade) and end in the same refusal.
#include "http/requestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Xident::Http;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_requestparser: invariant violated: %s\n", what);
    std::abort();
}

struct Result
{
    QList<RequestParser::Message> requests;
    int failure = 0;
};

constexpr qint64 BigBody = 4096;

// Small limits, so the fuzzer reaches them.
Limits smallLimits()
{
    Limits l;
    l.maxRequestLine = 256;
    l.maxHeaderBytes = 512;
    l.maxHeaderCount = 8;
    l.maxBodyBytes = 1024;
    // A larger limit for some routes, as the sandbox has for its image uploads.
    l.bodyLimitFor = [](const QByteArray &method, const QByteArray &path) -> qint64 {
        return method == "PUT" && path.startsWith("/i") ? BigBody : 1024;
    };
    return l;
}

Result parse(const char *data, qsizetype size, quint32 seed)
{
    RequestParser parser(smallLimits());
    Result out;
    QByteArray pending;
    qsizetype offset = 0;
    quint32 state = seed * 2654435761u + 1;
    for (int guard = 0; guard < 100000; ++guard) {
        if (offset < size) {
            // The next piece: 1 to 16 bytes, or the rest when seed is 0.
            state = state * 1103515245u + 12345u;
            const qsizetype piece = seed == 0 ? size - offset : qsizetype(1 + (state >> 16) % 16);
            const qsizetype take = piece < size - offset ? piece : size - offset;
            pending.append(data + offset, take);
            offset += take;
        }
        qsizetype consumed = 0;
        const RequestParser::Event event = parser.feed(pending.constData(), pending.size(), &consumed);
        if (consumed < 0 || consumed > pending.size())
            fail("consumed more than it was given");
        pending.remove(0, consumed);
        switch (event) {
        case RequestParser::Event::Failed:
            out.failure = parser.failureStatus();
            if (out.failure < 400 || out.failure > 599)
                fail("a refusal without an error status");
            return out;
        case RequestParser::Event::RequestComplete: {
            const RequestParser::Message m = parser.takeMessage();
            const qint64 limit = m.method == "PUT" && m.target.startsWith("/i") ? BigBody : smallLimits().maxBodyBytes;
            if (m.body.size() > limit)
                fail("a body over the limit was taken");
            if (m.headers.size() > smallLimits().maxHeaderCount)
                fail("more header fields than the limit were taken");
            out.requests.append(m);
            if (parser.isFinished())
                return out;
            break;
        }
        case RequestParser::Event::HeadComplete:
            break;
        case RequestParser::Event::NeedMore:
            if (offset >= size)
                return out;   // an incomplete request at the end
            break;
        }
    }
    fail("the parser made no progress");
}

bool same(const RequestParser::Message &a, const RequestParser::Message &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version && a.headers == b.headers
        && a.trailers == b.trailers && a.body == b.body && a.closeAfter == b.closeAfter && a.upgrade == b.upgrade
        && a.expectContinue == b.expectContinue;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const quint32 seed = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const Result whole = parse(bytes, length, 0);
    for (const quint32 split : {seed + 1, seed + 77, 1u}) {
        const Result pieces = parse(bytes, length, split);
        if (pieces.failure != whole.failure)
            fail("a split changed the refusal");
        if (pieces.requests.size() != whole.requests.size())
            fail("a split changed the number of requests");
        for (qsizetype i = 0; i < whole.requests.size(); ++i) {
            if (!same(pieces.requests[i], whole.requests[i]))
                fail("a split changed a request");
        }
    }
    return 0;
}
