#pragma once

#include <QtCore/QByteArray>

#include <functional>

namespace Xident::Http {

//! What the server refuses on its own, before any handler runs. Defaults suit an API on loopback.
struct Limits
{
    qsizetype maxRequestLine = 8 * 1024;     //!< longer request line: 414
    qsizetype maxHeaderBytes = 32 * 1024;    //!< larger header block: 431
    int maxHeaderCount = 100;                //!< more header fields: 431
    qint64 maxBodyBytes = 1024 * 1024;       //!< larger body (declared or streamed): 413
    //! A larger limit for some routes (say, those taking a base64 image); returns maxBodyBytes otherwise.
    std::function<qint64(const QByteArray &method, const QByteArray &path)> bodyLimitFor;
    int headTimeoutMs = 30000;               //!< a request head must be complete within this: 408
    int bodyStallMs = 15000;                 //!< a body must keep moving: no byte for this long is 408
    int idleTimeoutMs = 60000;               //!< an idle kept-alive connection closes after this
    int sendStallMs = 15000;                 //!< answers must keep leaving: a client that takes none of their
                                             //!< bytes for this long is cut off (it would hold its slot for ever)
    //! A whole request (head and body, from its first byte) must arrive within requestTimeoutMs plus the time its
    //! declared body takes at minBytesPerSecond: a body trickled a byte at a time cannot hold a slot for long.
    int requestTimeoutMs = 30000;
    qint64 minBytesPerSecond = 16 * 1024;
    //! When every slot is taken, a new connection takes the place of one whose request has moved slower than
    //! minBytesPerSecond for at least this long (it is reset at once, and reported through refused() as a 408),
    //! or else of an idle kept-alive one.
    int slowGraceMs = 2000;
    int maxConnections = 1024;               //!< in total; beyond it a new connection gets 503 and is closed
    int maxConnectionsPerPeer = 512;         //!< per remote address
    int maxPipelined = 32;                   //!< requests queued on one connection before it stops reading
};

} // namespace Xident::Http
