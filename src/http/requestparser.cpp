#include "http/requestparser.h"

#include <algorithm>
#include <limits>
#include <llhttp.h>

using namespace Qt::StringLiterals;

static_assert(LLHTTP_STRICT_MODE == 1, "llhttp must be built in strict mode (LLHTTP_STRICT_MODE=1)");
// The callbacks and error codes used here are llhttp 8.1's (Debian 12's node-llhttp).
static_assert(LLHTTP_VERSION_MAJOR == 8 && LLHTTP_VERSION_MINOR >= 1, "llhttp 8.1 or a later 8.x is needed");

namespace Xident::Http {

namespace {

enum SpanKind { MethodSpan, UrlSpan, VersionSpan, FieldSpan, ValueSpan, BodySpan, ExtensionSpan };

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// A control character other than HTAB: read differently by other parsers, so never let through.
bool isControl(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f;
}

// Optional white space is SP and HTAB only (RFC 9110 §5.6.3); QByteArray::trimmed() would also take VT, FF and CR.
QByteArray withoutOws(QByteArray value)
{
    qsizetype start = 0;
    qsizetype end = value.size();
    while (start < end && (value.at(start) == ' ' || value.at(start) == '\t'))
        ++start;
    while (end > start && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.mid(start, end - start);
}

QList<QByteArray> tokens(const QByteArray &list)
{
    QList<QByteArray> out;
    for (const QByteArray &item : list.split(',')) {
        const QByteArray token = withoutOws(item).toLower();
        if (!token.isEmpty())
            out.append(token);
    }
    return out;
}

} // namespace

struct RequestParser::Parser
{
    llhttp_t parser;
    llhttp_settings_t settings;
};

// The C callbacks: each finds its RequestParser in llhttp's data pointer.
struct RequestParser::Callbacks
{
    static RequestParser *self(llhttp_t *p) { return static_cast<RequestParser *>(p->data); }
    static int messageBegin(llhttp_t *p) { return self(p)->onMessageBegin(); }
    static int method(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(MethodSpan, at, n); }
    static int url(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(UrlSpan, at, n); }
    static int version(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(VersionSpan, at, n); }
    static int field(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(FieldSpan, at, n); }
    static int value(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(ValueSpan, at, n); }
    static int body(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(BodySpan, at, n); }
    static int extension(llhttp_t *p, const char *at, size_t n) { return self(p)->onSpan(ExtensionSpan, at, n); }
    static int versionComplete(llhttp_t *p)
    {
        // The request line ends with the version and its CRLF.
        RequestParser *r = self(p);
        r->m_lineEnd = r->m_versionEnd + 2;
        return 0;
    }
    static int valueComplete(llhttp_t *p) { return self(p)->onHeaderComplete(); }
    static int headersComplete(llhttp_t *p) { return self(p)->onHeadersComplete(); }
    static int chunkHeader(llhttp_t *p) { return self(p)->onChunkHeader(); }
    static int chunkComplete(llhttp_t *p)
    {
        // The next chunk-size line begins after this chunk's data and its CRLF.
        RequestParser *r = self(p);
        r->m_inSizeLine = true;
        r->m_sizeLineStart = r->m_bodySpanEnd + 2;
        return 0;
    }
    static int messageComplete(llhttp_t *p) { return self(p)->onMessageComplete(); }
};

RequestParser::RequestParser(Limits limits)
    : m_limits(std::move(limits))
    , m_parser(std::make_unique<Parser>())
{
    llhttp_settings_init(&m_parser->settings);
    llhttp_settings_t &s = m_parser->settings;
    s.on_message_begin = &Callbacks::messageBegin;
    s.on_method = &Callbacks::method;
    s.on_url = &Callbacks::url;
    s.on_version = &Callbacks::version;
    s.on_version_complete = &Callbacks::versionComplete;
    s.on_header_field = &Callbacks::field;
    s.on_header_value = &Callbacks::value;
    s.on_header_value_complete = &Callbacks::valueComplete;
    s.on_headers_complete = &Callbacks::headersComplete;
    s.on_body = &Callbacks::body;
    s.on_chunk_header = &Callbacks::chunkHeader;
    s.on_chunk_complete = &Callbacks::chunkComplete;
    s.on_chunk_extension_name = &Callbacks::extension;
    s.on_chunk_extension_value = &Callbacks::extension;
    s.on_message_complete = &Callbacks::messageComplete;
    llhttp_init(&m_parser->parser, HTTP_REQUEST, &s);
    // Strict mode and no lenient flag: nothing is set here on purpose.
    m_parser->parser.data = this;
}

RequestParser::~RequestParser() = default;

qint64 RequestParser::positionOf(const char *at) const
{
    return m_streamOffset + (at - m_feedStart);
}

char RequestParser::precedingByte(const char *at) const
{
    // The byte before \a at that is not optional white space, looking back into earlier feeds when needed.
    for (const char *p = at; p > m_feedStart;) {
        --p;
        if (*p != ' ' && *p != '\t')
            return *p;
    }
    return m_lastByte;
}

QByteArray RequestParser::protocolBefore(const char *at) const
{
    // The five bytes before \a at, looking back into earlier pieces when needed.
    const qsizetype here = qsizetype(at - m_feedStart);
    QByteArray before = m_rawTail + QByteArray(m_feedStart, here);
    return before.right(5);
}

RequestParser::Message RequestParser::takeMessage()
{
    return std::exchange(m_message, Message());
}

int RequestParser::fail(int status, const QString &reason)
{
    if (m_failureStatus == 0) {
        m_failureStatus = status;
        m_failureReason = reason;
    }
    return HPE_USER;
}

int RequestParser::onMessageBegin()
{
    m_message = Message();
    m_phase = Phase::Head;
    m_messageStart = -1;
    m_lastSpanEnd = -1;
    m_versionEnd = -1;
    m_lineEnd = -1;
    m_trailersStart = -1;
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    m_valueEnd = -1;
    m_fields = 0;
    m_inTrailers = false;
    m_declared = 0;
    m_bodyLimit = m_limits.maxBodyBytes;
    return 0;
}

int RequestParser::onSpan(int kind, const char *at, size_t length)
{
    const qint64 start = positionOf(at);
    const qint64 end = start + qint64(length);
    const QByteArrayView span(at, qsizetype(length));
    // Refusals are judged by the position of the byte that causes them, the earliest first, so that the answer is
    // the same however the bytes were split: a limit crossed before a bad byte wins over the bad byte.
    const auto firstBad = [&span, start](auto isBad) -> qint64 {
        const auto it = std::find_if(span.begin(), span.end(), isBad);
        return it == span.end() ? -1 : start + (it - span.begin());
    };
    switch (kind) {
    case MethodSpan:
        if (m_messageStart < 0)
            m_messageStart = start;
        m_message.method += span;
        break;
    case UrlSpan: {
        m_message.target += span;
        const qint64 bad = firstBad([](char c) { return uchar(c) <= 0x20 || uchar(c) == 0x7f; });
        if (bad >= 0 && !(m_messageStart >= 0 && m_messageStart + m_limits.maxRequestLine < bad))
            return fail(400, u"the request target holds a control character"_s);
        break;
    }
    case VersionSpan:
        // llhttp also frames RTSP/ and ICE/ request lines: only HTTP/ is served.
        if (m_message.version.isEmpty() && protocolBefore(at) != "HTTP/")
            return fail(505, u"only HTTP/1.1 and HTTP/1.0 are served"_s);
        m_message.version += span;
        m_versionEnd = end;
        break;
    case FieldSpan:
    case ValueSpan: {
        if (m_inTrailers && m_trailersStart < 0)
            m_trailersStart = start;
        if (length > 0)
            m_lastSpanEnd = end;
        // The limit that applies here: the trailers', the header block's, or (when no version ended a request
        // line, as in HTTP/0.9) the request line's.
        const bool lineStillOpen = !m_inTrailers && m_lineEnd < 0;
        const qint64 base = m_inTrailers ? m_trailersStart : (lineStillOpen ? m_messageStart : m_lineEnd);
        const qint64 limitAt = base < 0 ? std::numeric_limits<qint64>::max()
                                        : base + (lineStillOpen ? m_limits.maxRequestLine : m_limits.maxHeaderBytes);
        const auto tooLarge = [this, lineStillOpen] {
            if (lineStillOpen)
                return fail(414, u"the request line is longer than %1 bytes"_s.arg(m_limits.maxRequestLine));
            return fail(431, m_inTrailers ? u"the trailer fields are larger than %1 bytes"_s.arg(m_limits.maxHeaderBytes)
                                          : u"the header fields are larger than %1 bytes"_s.arg(m_limits.maxHeaderBytes));
        };
        if (kind == FieldSpan) {
            m_inValue = false;
            m_field += span;
        } else {
            // A value continued after a gap (a line break and white space) is an obs-fold (RFC 9112 §5.2), and so
            // is a value that begins on the next line: what comes before its first byte, past the white space,
            // must be the field's colon.
            const bool folded = (m_inValue && m_valueEnd >= 0 && start != m_valueEnd)
                                || (!m_inValue && length > 0 && precedingByte(at) != ':');
            if (folded)
                return limitAt < start ? tooLarge() : fail(400, u"folded header lines are not accepted"_s);
            m_inValue = true;
            m_valueEnd = end;
            m_value += span;
            const qint64 bad = firstBad(isControl);
            if (bad >= 0)
                return limitAt < bad ? tooLarge() : fail(400, u"a header value holds a control character"_s);
        }
        if (limitAt < end)
            return tooLarge();
        return 0;
    }
    case BodySpan:
        m_bodySpanEnd = end;
        m_message.body += span;
        if (m_message.body.size() > m_bodyLimit)
            return fail(413, u"the body exceeds the %1-byte limit"_s.arg(m_bodyLimit));
        return 0;
    case ExtensionSpan: {
        // The whole chunk-size line (size, extensions and separators) counts against its limit.
        const qint64 bad = firstBad(isControl);
        const qint64 limitAt = m_sizeLineStart < 0 ? std::numeric_limits<qint64>::max() : m_sizeLineStart + MaxChunkLine;
        if (bad >= 0 && !(limitAt < bad))
            return fail(400, u"a chunk extension holds a control character"_s);
        if (limitAt < end)
            return fail(400, u"a chunk-size line is longer than %1 bytes"_s.arg(MaxChunkLine));
        return 0;
    }
    }
    // The request line: method, target and version.
    if (m_messageStart >= 0 && end - m_messageStart > m_limits.maxRequestLine)
        return fail(414, u"the request line is longer than %1 bytes"_s.arg(m_limits.maxRequestLine));
    return 0;
}

int RequestParser::onHeaderComplete()
{
    // The field's name and value are whole now (at the line end after the last span): a limit crossed before
    // that is the refusal, whatever else is wrong with the field.
    if (m_lastSpanEnd >= 0 && exceededBefore(m_lastSpanEnd))
        return HPE_USER;
    if (m_field.isEmpty())
        return fail(400, u"a header line has no field name"_s);
    if (!std::all_of(m_field.begin(), m_field.end(), isTokenChar))
        return fail(400, u"a header line is not \"name: value\""_s);
    if (++m_fields > m_limits.maxHeaderCount)
        return fail(431, m_inTrailers ? u"more than %1 trailer fields"_s.arg(m_limits.maxHeaderCount)
                                      : u"more than %1 header fields"_s.arg(m_limits.maxHeaderCount));
    auto &list = m_inTrailers ? m_message.trailers : m_message.headers;
    list.append(qMakePair(std::exchange(m_field, {}), withoutOws(std::exchange(m_value, {}))));
    m_inValue = false;
    m_valueEnd = -1;
    return 0;
}

int RequestParser::judgeHead()
{
    // What llhttp frames but a server must still refuse.
    llhttp_t *p = &m_parser->parser;
    if (!(p->http_major == 1 && (p->http_minor == 0 || p->http_minor == 1)))
        return fail(505, u"only HTTP/1.1 and HTTP/1.0 are served"_s);
    m_message.version = p->http_minor == 1 ? QByteArray("HTTP/1.1") : QByteArray("HTTP/1.0");
    if (p->method == HTTP_CONNECT)
        return fail(501, u"CONNECT is not served"_s);
    int hosts = 0;
    QList<QByteArray> codings;
    QList<QByteArray> lengths;
    QList<QByteArray> connection;
    QByteArray expect;
    for (const auto &h : std::as_const(m_message.headers)) {
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
        else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings.append(h.second);
        else if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(h.second);
        else if (h.first.compare("Connection", Qt::CaseInsensitive) == 0)
            connection += tokens(h.second);
        else if (h.first.compare("Expect", Qt::CaseInsensitive) == 0)
            expect = h.second;
    }
    // RFC 9112 §3.2: an HTTP/1.1 request carries exactly one Host.
    if (p->http_minor == 1 && hosts != 1)
        return fail(400, hosts == 0 ? u"an HTTP/1.1 request needs a Host header"_s : u"more than one Host header"_s);
    if (hosts > 1)
        return fail(400, u"more than one Host header"_s);
    for (const auto &h : std::as_const(m_message.headers)) {
        // RFC 9112 §3.2: an invalid Host value is answered 400 (a host, an IP literal and a port, or nothing).
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0
            && !std::all_of(h.second.begin(), h.second.end(), [](char c) {
                   return isTokenChar(c) || c == ':' || c == '[' || c == ']' || c == ',' || c == ';' || c == '=' || c == '(' || c == ')';
               }))
            return fail(400, u"the Host value is not a host"_s);
    }
    // Framing: chunked or a length, never both; a Transfer-Encoding given once and not empty (others read
    // repeated or empty ones differently), and chunked alone (RFC 9112 §6.1: other codings are not served).
    if (!codings.isEmpty()) {
        if (codings.size() > 1 || withoutOws(codings.first()).isEmpty())
            return fail(400, u"Transfer-Encoding given more than once, or empty"_s);
        if (!lengths.isEmpty())
            return fail(400, u"both Transfer-Encoding and Content-Length"_s);
        if (withoutOws(codings.first()).toLower() != "chunked")
            return fail(501, u"Transfer-Encoding other than chunked is not served"_s);
    }
    for (const QByteArray &l : std::as_const(lengths)) {
        if (l.isEmpty() || l != lengths.first() || !std::all_of(l.begin(), l.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, u"an invalid Content-Length"_s);
    }
    // Every Connection field, token by token.
    const bool close = connection.contains("close");
    // RFC 9112 §6.1: an HTTP/1.0 message with a Transfer-Encoding is treated as faulty framing: closed after.
    m_message.closeAfter = close || (p->http_minor == 0 && (!connection.contains("keep-alive") || !codings.isEmpty()));
    m_message.upgrade = p->upgrade != 0;
    const bool chunked = (p->flags & F_CHUNKED) != 0;
    const bool hasBody = chunked || ((p->flags & F_CONTENT_LENGTH) && p->content_length > 0);
    m_message.expectContinue = p->http_minor == 1 && hasBody && withoutOws(expect).compare("100-continue", Qt::CaseInsensitive) == 0;
    // Limits before the body: an oversized one is refused before a byte of it is read.
    const qsizetype question = m_message.target.indexOf('?');
    QByteArray rawPath = question < 0 ? m_message.target : m_message.target.left(question);
    if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
        const qsizetype slash = rawPath.indexOf('/', rawPath.indexOf("//") + 2);
        rawPath = slash < 0 ? QByteArray("/") : rawPath.mid(slash);
    }
    m_bodyLimit = m_limits.bodyLimitFor ? m_limits.bodyLimitFor(m_message.method, rawPath) : m_limits.maxBodyBytes;
    if ((p->flags & F_CONTENT_LENGTH) && p->content_length > quint64(m_bodyLimit)) {
        return fail(413, u"the declared body of %1 bytes exceeds the %2-byte limit"_s.arg(qulonglong(p->content_length))
                             .arg(m_bodyLimit));
    }
    if (p->flags & F_CONTENT_LENGTH)
        m_declared = qint64(p->content_length);
    m_chunked = chunked;
    return 0;
}

int RequestParser::onHeadersComplete()
{
    // Judged once llhttp has paused here (feed() knows where the head ended then, for the limits).
    m_pending = Event::HeadComplete;
    return HPE_PAUSED;
}

int RequestParser::onChunkHeader()
{
    // llhttp takes sizes up to 2^64 - 1: compared unsigned, never cast to a negative length.
    const quint64 size = m_parser->parser.content_length;
    m_inSizeLine = false;
    if (size == 0) {
        m_inTrailers = true;
        m_fields = 0;
        m_trailersStart = -1;
        // A pause, so the trailers are read in pieces of their own (feed() looks for folded lines there).
        return HPE_PAUSED;
    }
    if (size > quint64(m_bodyLimit - m_message.body.size()))
        return fail(413, u"the chunked body exceeds the %1-byte limit"_s.arg(m_bodyLimit));
    m_declared += qint64(size);
    return 0;
}

int RequestParser::onMessageComplete()
{
    m_phase = Phase::Idle;
    m_pending = Event::RequestComplete;
    m_probe.clear();
    // Nothing of this request's limits applies to what follows it.
    m_inTrailers = false;
    m_trailersStart = -1;
    m_messageStart = -1;
    m_lineEnd = -1;
    m_inSizeLine = false;
    m_chunked = false;
    // llhttp reads Connection in the trailers too: when it would close, so does the server.
    if (!llhttp_should_keep_alive(&m_parser->parser))
        m_message.closeAfter = true;
    if (m_parser->parser.upgrade) {
        // It asked to switch protocols: answered as plain HTTP/1.1 (RFC 9110 §7.8), and what follows it is another
        // protocol, never a request.
        m_message.upgrade = true;
        m_message.closeAfter = true;
        m_finished = true;
    }
    return HPE_PAUSED;
}

RequestParser::Event RequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    if (m_methodUndecided) {
        // llhttp refused the method before its end: the whole first word decides between 501 and 400.
        qsizetype taken = 0;
        while (taken < size && m_probe.size() < 40 && !m_probe.contains(' '))
            m_probe.append(data[taken++]);
        *consumed = taken;
        m_streamOffset += taken;
        if (!methodDecided())
            return Event::NeedMore;
        m_methodUndecided = false;
        judgeMethod();
        m_finished = true;
        return Event::Failed;
    }
    if (m_finished)
        return m_failureStatus ? Event::Failed : Event::NeedMore;
    // After a head, llhttp goes on without a byte when there is no body: it completes the request then.
    static const char none[1] = {0};
    if (size <= 0)
        return m_phase == Phase::Body ? executePiece(none, 0, consumed) : Event::NeedMore;
    // llhttp is given the bytes in pieces that end where a limit could be crossed (trailers may begin anywhere in
    // a chunked body, a head anywhere after a request): the limit is then checked at that very byte, as it would
    // be were the bytes to arrive one by one, so llhttp's own findings further on (or its events, which look
    // ahead a byte or two) never change the answer.
    qsizetype total = 0;
    while (total < size) {
        qsizetype piece = qsizetype(std::min<qint64>(size - total, untilNextLimit()));
        // A line of a head or of trailers that begins with white space is an obs-fold (RFC 9112 §5.2), also where
        // llhttp discards it silently (after an empty value): the piece ends on it, and it is refused there.
        bool foldEnds = false;
        if (m_phase != Phase::Body || m_inTrailers) {
            for (qsizetype i = total; i < total + piece; ++i) {
                const char previous = i > total ? data[i - 1] : m_rawTail.isEmpty() ? '\0' : m_rawTail.back();
                if ((data[i] == ' ' || data[i] == '\t') && previous == '\n') {
                    piece = i - total + 1;
                    foldEnds = true;
                    break;
                }
            }
        }
        qsizetype taken = 0;
        const Event event = executePiece(data + total, piece, &taken);
        total += taken;
        if (event != Event::NeedMore || m_methodUndecided) {
            *consumed = total;
            return event;
        }
        if (foldEnds && taken == piece && (m_phase == Phase::Head || m_inTrailers) && m_failureStatus == 0) {
            fail(400, u"folded header lines are not accepted"_s);
            m_finished = true;
            *consumed = total;
            return Event::Failed;
        }
        if (taken == 0)
            break;   // (an internal pause that took nothing: never expected, but never a busy loop)
    }
    *consumed = total;
    return Event::NeedMore;
}

qint64 RequestParser::untilNextLimit() const
{
    // Bytes from here to just past the next point where a limit could be crossed, never more than the smallest
    // limit that may begin inside the piece (a request, its line's end, a chunk-size line, trailers). A body of
    // known length has none.
    if (m_phase == Phase::Body && !m_chunked)
        return std::numeric_limits<qint64>::max();
    qint64 next = m_phase == Phase::Body ? std::min<qint64>(MaxChunkLine, m_limits.maxHeaderBytes)
                                         : std::min<qint64>(m_limits.maxRequestLine, m_limits.maxHeaderBytes);
    if (m_phase == Phase::Head && m_messageStart >= 0 && m_lineEnd < 0)
        next = std::min(next, m_messageStart + m_limits.maxRequestLine + 1 - m_streamOffset);
    else if (m_phase == Phase::Head && m_lineEnd >= 0)
        next = std::min(next, m_lineEnd + m_limits.maxHeaderBytes + 1 - m_streamOffset);
    if (m_inTrailers && m_trailersStart >= 0)
        next = std::min(next, m_trailersStart + m_limits.maxHeaderBytes + 1 - m_streamOffset);
    if (m_phase == Phase::Body && m_inSizeLine && m_sizeLineStart >= 0)
        next = std::min(next, m_sizeLineStart + MaxChunkLine + 1 - m_streamOffset);
    return std::max<qint64>(1, next);
}

RequestParser::Event RequestParser::executePiece(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    // The first bytes of a request up to its first space, kept to tell an unknown method (501) from bytes that are
    // no HTTP (400), however the bytes are split.
    if (m_phase != Phase::Body && !m_probe.contains(' ')) {
        for (qsizetype i = 0; i < size && m_probe.size() < 40; ++i) {
            if (m_probe.isEmpty() && (data[i] == '\r' || data[i] == '\n'))
                continue;
            m_probe.append(data[i]);
            if (data[i] == ' ')
                break;
        }
    }
    m_feedStart = data;
    m_pending = Event::NeedMore;
    const llhttp_errno_t error = llhttp_execute(&m_parser->parser, data, size_t(size));
    const char *stop = error == HPE_OK ? data + size : llhttp_get_error_pos(&m_parser->parser);
    qsizetype taken = stop ? qsizetype(stop - data) : size;
    taken = std::clamp<qsizetype>(taken, 0, size);
    switch (error) {
    case HPE_OK:
        break;
    case HPE_PAUSED:
        if (m_pending == Event::HeadComplete) {
            // The head ends here: its limits first (by position), then what a server must refuse.
            if (exceededBefore(m_streamOffset + taken) || judgeHead() != 0) {
                m_finished = true;
                *consumed = taken;
                return Event::Failed;
            }
            m_phase = Phase::Body;
            if (m_chunked) {
                m_inSizeLine = true;
                m_sizeLineStart = m_streamOffset + taken;
            }
        }
        if (!m_finished)
            llhttp_resume(&m_parser->parser);
        break;
    default:
        if (error == HPE_INVALID_METHOD && m_failureStatus == 0 && !methodDecided()) {
            // The method's end has not arrived yet: wait for it (the probe takes the bytes from here on).
            m_methodUndecided = true;
            m_phase = Phase::Head;
            *consumed = size;
            m_streamOffset += size;
            return Event::NeedMore;
        }
        if (!exceededBefore(m_streamOffset + taken))
            mapError(error);
        m_finished = true;
        *consumed = taken;
        return Event::Failed;
    }
    m_streamOffset += taken;
    *consumed = taken;
    const qsizetype tail = qMin<qsizetype>(taken, 8);
    m_rawTail.append(data + taken - tail, tail);
    m_rawTail = m_rawTail.right(8);
    for (qsizetype i = taken; i > 0; --i) {
        if (data[i - 1] != ' ' && data[i - 1] != '\t') {
            m_lastByte = data[i - 1];
            break;
        }
    }
    if (m_pending != Event::NeedMore)
        return m_pending;
    // Bytes llhttp skips without a span (white space, a request line or head that never ends) count as well.
    if (exceededBefore(m_streamOffset)) {
        m_finished = true;
        return Event::Failed;
    }
    return Event::NeedMore;
}

bool RequestParser::exceededBefore(qint64 position)
{
    // Whether a limit was crossed before \a position in the stream, judged by where it was crossed, so that the
    // answer does not depend on how the bytes were split (llhttp may stop at an error further on in one piece).
    if (m_failureStatus != 0)
        return false;
    if (m_phase == Phase::Head && m_messageStart >= 0 && m_lineEnd < 0
        && position - m_messageStart > m_limits.maxRequestLine) {
        fail(414, u"the request line is longer than %1 bytes"_s.arg(m_limits.maxRequestLine));
        return true;
    }
    if (m_phase == Phase::Head && m_lineEnd >= 0 && position - m_lineEnd > m_limits.maxHeaderBytes) {
        fail(431, u"the header fields are larger than %1 bytes"_s.arg(m_limits.maxHeaderBytes));
        return true;
    }
    if (m_inTrailers && m_trailersStart >= 0 && position - m_trailersStart > m_limits.maxHeaderBytes) {
        fail(431, u"the trailer fields are larger than %1 bytes"_s.arg(m_limits.maxHeaderBytes));
        return true;
    }
    if (m_phase == Phase::Body && m_inSizeLine && m_sizeLineStart >= 0 && position - m_sizeLineStart > MaxChunkLine) {
        fail(400, u"a chunk-size line is longer than %1 bytes"_s.arg(MaxChunkLine));
        return true;
    }
    return false;
}

bool RequestParser::methodDecided() const
{
    // Decided once the first word has ended, or once a byte in it is no token character (nothing after can make it
    // a method): a TLS handshake is answered at once, a long unknown method when its space comes.
    if (m_probe.contains(' ') || m_probe.size() >= 40)
        return true;
    return !std::all_of(m_probe.begin(), m_probe.end(), isTokenChar);
}

void RequestParser::judgeMethod()
{
    // A method is a token: one llhttp does not know is not implemented here; anything else is no HTTP. The first
    // word decides, up to its space (or 40 bytes), however the bytes were split.
    const qsizetype space = m_probe.indexOf(' ');
    const QByteArray method = space >= 0 ? m_probe.left(space) : m_probe;
    if (space > 0 && method.size() <= 32 && std::all_of(method.begin(), method.end(), isTokenChar))
        fail(501, u"the method %1 is not served"_s.arg(QString::fromLatin1(method)));
    else
        fail(400, u"the request does not start with an HTTP method"_s);
}

void RequestParser::mapError(int error)
{
    if (m_failureStatus != 0)
        return;   // one of our own refusals, from a callback
    const QString reason = QString::fromLatin1(llhttp_get_error_reason(&m_parser->parser));
    switch (error) {
    case HPE_INVALID_METHOD:
        judgeMethod();
        return;
    case HPE_INVALID_VERSION:
        fail(505, u"only HTTP/1.1 and HTTP/1.0 are served"_s);
        return;
    case HPE_INVALID_CONSTANT:
        // An RTSP method (DESCRIBE, PLAY, …) on an HTTP/ request line: a method HTTP does not define.
        if (m_parser->parser.method >= HTTP_DESCRIBE && m_parser->parser.method <= HTTP_FLUSH) {
            fail(501, u"the method %1 is not served"_s.arg(QString::fromLatin1(llhttp_method_name(llhttp_method_t(m_parser->parser.method)))));
            return;
        }
        fail(400, u"malformed request: %1"_s.arg(reason));
        return;
    case HPE_PAUSED_H2_UPGRADE:
        fail(505, u"HTTP/2 is not served"_s);
        return;
    default:
        fail(400, u"malformed request: %1"_s.arg(reason));
        return;
    }
}

} // namespace Xident::Http
