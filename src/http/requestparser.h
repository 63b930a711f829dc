#pragma once

#include "http/serverlimits.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <memory>

namespace Xident::Http {

//! Frames HTTP/1.1 requests with llhttp (Node's parser, strict mode) and judges them: bytes in, requests and
//! refusals out, no sockets. llhttp alone decides where each request, header, chunk and trailer begins and ends;
//! the parser adds what a server must refuse on top (RFC 9110/9112) and counts every limit from the spans before
//! more bytes are read: 414 for the request line, 431 for the head and the trailers, 413 before a byte of an
//! oversized body.
//!
//! feed() stops after each event (a head complete, a request complete, a refusal), so the caller can answer
//! 100-continue, hold back while answers pile up, and feed the rest later where it stopped.
class RequestParser
{
public:
    //! The longest chunk-size line, its extensions included.
    static constexpr qint64 MaxChunkLine = 1024;

    //! The request being framed, or the one just completed.
    struct Message
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;              //!< "HTTP/1.1" or "HTTP/1.0"
        QList<QPair<QByteArray, QByteArray>> headers;
        QList<QPair<QByteArray, QByteArray>> trailers;
        QByteArray body;                 //!< de-chunked
        bool closeAfter = false;         //!< "Connection: close", or HTTP/1.0 without "keep-alive"
        bool upgrade = false;            //!< it asked to switch protocols: answered as HTTP/1.1, then closed
        bool expectContinue = false;     //!< "Expect: 100-continue" with a body to come
    };
    enum class Event {
        NeedMore,          //!< everything given was taken; feed more
        HeadComplete,      //!< message() has its head; its body follows
        RequestComplete,   //!< takeMessage() has a whole request
        Failed,            //!< refused: failureStatus() and failureReason() say why; nothing more is parsed
    };
    //! Where the current request stands, for the connection's timers.
    enum class Phase { Idle, Head, Body };

    explicit RequestParser(Limits limits = {});
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    //! Parses \a size bytes at \a data up to the next event; \a consumed says how many were taken.
    Event feed(const char *data, qsizetype size, qsizetype *consumed);
    Phase phase() const { return m_phase; }
    const Message &message() const { return m_message; }
    Message takeMessage();
    //! After Failed: the status to answer (400, 413, 414, 431, 501, 505) and why, in words.
    int failureStatus() const { return m_failureStatus; }
    QString failureReason() const { return m_failureReason; }
    //! Body bytes the current request announced so far (its Content-Length, or its chunks' sizes).
    qint64 declaredBodyBytes() const { return m_declared; }
    //! True once a refusal or an upgrade ended the byte stream: nothing after it is a request.
    bool isFinished() const { return m_finished; }

private:
    struct Callbacks;
    friend struct Callbacks;
    qint64 positionOf(const char *at) const;
    char precedingByte(const char *at) const;
    QByteArray protocolBefore(const char *at) const;
    int fail(int status, const QString &reason);
    int onMessageBegin();
    int onSpan(int kind, const char *at, size_t length);
    int onHeaderComplete();
    int onHeadersComplete();
    int onChunkHeader();
    int onMessageComplete();
    int judgeHead();
    void mapError(int error);
    void judgeMethod();
    bool methodDecided() const;
    bool exceededBefore(qint64 position);
    qint64 untilNextLimit() const;
    Event executePiece(const char *data, qsizetype size, qsizetype *consumed);

    Limits m_limits;
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    Message m_message;
    Phase m_phase = Phase::Idle;
    Event m_pending = Event::NeedMore;
    bool m_finished = false;
    int m_failureStatus = 0;
    QString m_failureReason;
    // Positions in the whole byte stream, to measure spans across feeds.
    qint64 m_streamOffset = 0;       // bytes taken before the current feed
    const char *m_feedStart = nullptr;
    qint64 m_messageStart = -1;      // where the current request's first byte is
    qint64 m_versionEnd = -1;        // where its version ended
    qint64 m_lastSpanEnd = -1;       // where its last field name or value ended
    qint64 m_lineEnd = -1;           // where its request line ended
    qint64 m_trailersStart = -1;     // where its trailers began (after the last chunk's size line)
    // The header or trailer field being read.
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    qint64 m_valueEnd = -1;          // where the last span of the value ended: a later one elsewhere is a fold
    int m_fields = 0;
    bool m_inTrailers = false;
    qint64 m_bodyLimit = 0;
    qint64 m_declared = 0;
    QByteArray m_probe;              // the first bytes of a request, to tell an unknown method from garbage
    char m_lastByte = 0;             // the last byte taken before this feed that is not SP or HTAB
    QByteArray m_rawTail;            // the last bytes taken before this piece, as they were
    bool m_methodUndecided = false;  // llhttp refused the method; its first word is still arriving
    bool m_chunked = false;          // the current request's body is chunked
    bool m_inSizeLine = false;       // a chunk-size line is being read
    qint64 m_sizeLineStart = -1;     // where it began
    qint64 m_bodySpanEnd = -1;       // where the last body bytes ended
};

} // namespace Xident::Http
