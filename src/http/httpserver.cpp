#include "http/httpserver.h"

#include "http/requestparser.h"

#include <QtCore/QDateTime>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cctype>
#include <limits>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Xident::Http {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : "Error";
    }
}

namespace {

// The Date field's IMF-fixdate (RFC 9110 §5.6.7), made once a second.
QByteArray httpDate()
{
    static qint64 madeFor = -1;
    static QByteArray text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != madeFor) {
        madeFor = now.toSecsSinceEpoch();
        text = QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " GMT";
    }
    return text;
}

QByteArray errorCode(int status)
{
    switch (status) {
    case 400: return "BAD_REQUEST";
    case 408: return "REQUEST_TIMEOUT";
    case 413: return "PAYLOAD_TOO_LARGE";
    case 414: return "URI_TOO_LONG";
    case 431: return "HEADERS_TOO_LARGE";
    case 501: return "NOT_IMPLEMENTED";
    case 503: return "SERVICE_UNAVAILABLE";
    case 505: return "HTTP_VERSION_NOT_SUPPORTED";
    default: return "ERROR";
    }
}

} // namespace

struct Responder::State
{
    QPointer<QObject> connection;   // a Server::Connection
    quint64 serial = 0;
    bool answered = false;
    //! A handler that dropped its responder without answering would hold its connection for ever: it is
    //! answered 500 instead.
    ~State();
};

class Server::Connection : public QObject
{
public:
    Connection(Server *server, QTcpSocket *socket)
        : m_server(server)
        , m_handler(server->m_handler)
        , m_limits(server->m_limits)
        , m_socket(socket)
        , m_peer(socket->peerAddress())
        , m_timer(new QTimer(this))
        , m_delayTimer(new QTimer(this))
        , m_deadlineTimer(new QTimer(this))
        , m_sendTimer(new QTimer(this))
        , m_parser(server->m_limits)
    {
        socket->setParent(this);
        m_sendTimer->setSingleShot(true);
        connect(m_sendTimer, &QTimer::timeout, this, [this] {
            // The client took none of its answers for sendStallMs: nothing else would ever free its slot.
            if (m_gone || m_socket->bytesToWrite() == 0)
                return;
            reportRefusal(408, u"the client took no byte of its answers within %1 ms"_s.arg(limits().sendStallMs));
            if (m_gone)
                return;   // the server went meanwhile
            m_closing = true;
            m_socket->abort();
            onDisconnected();
        });
        m_deadlineTimer->setSingleShot(true);
        connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
            refuse(408, u"the request did not arrive within %1 ms"_s.arg(requestAllowanceMs()));
        });
        m_idleClock.start();
        // Qt stops reading from the kernel when this much waits unread: TCP flow control does the rest.
        socket->setReadBufferSize(64 * 1024);
        m_timer->setSingleShot(true);
        m_delayTimer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Connection::onTimeout);
        connect(m_delayTimer, &QTimer::timeout, this, &Connection::flush);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        // A client that does not read its answers stops being read from, instead of growing our buffers.
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            watchSending();
            if (m_closing || m_socket->bytesToWrite() > MaxUnsentBytes / 2 || m_queue.size() >= limits().maxPipelined)
                return;
            if (m_socket->bytesAvailable() > 0)
                takeFromSocket();
            if (!m_buffer.isEmpty())
                parse();
        });
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError && m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
        // A fresh connection must send its first request head in time, like any other.
        armTimer(m_limits.headTimeoutMs);
    }

    //! Whether this connection is running its parse loop or a handler just now (deleting it would pull the stack
    //! from under it).
    bool isBusy() const { return m_parsing || m_callingOut > 0; }

    //! Its server is going: the socket is reset, and nothing reaches the server any more.
    void detach()
    {
        m_closing = true;
        m_gone = true;
        m_server = nullptr;
        m_timer->stop();
        m_delayTimer->stop();
        m_deadlineTimer->stop();
        m_sendTimer->stop();
        m_socket->abort();
    }

    QHostAddress peer() const { return m_peer; }
    //! The listener this connection came in on.
    bool cameThrough(const QHostAddress &address, quint16 port) const
    {
        return m_socket->localPort() == port && m_socket->localAddress().isEqual(address, QHostAddress::TolerantConversion);
    }

    void shutdown()
    {
        m_closing = true;
        m_socket->abort();
    }

    //! How little this connection is worth keeping when every slot is taken: the lowest goes first. None for a
    //! connection that is on its way out, owes answers, or moves its request fast enough.
    std::optional<double> evictionScore() const
    {
        // Answers owed or still leaving are never cut off, nor is a sender whose bytes wait for this server to read
        // them (when the server is the slow one, its clients must not pay for it).
        if (m_closing || m_gone || !m_queue.isEmpty() || m_socket->bytesToWrite() > 0 || m_socket->bytesAvailable() > 0)
            return std::nullopt;
        if (m_parser.phase() == RequestParser::Phase::Idle) {
            if (!m_buffer.isEmpty())
                return std::nullopt;   // the next request has begun to arrive
            // A kept-alive connection between requests goes after the crawling ones (a client may be sending its
            // next request just then), the longest idle first; one that has not sent a byte yet is given the grace
            // time, then counts as crawling.
            if (m_served)
                return 1e12 - double(m_idleClock.elapsed());
            return m_idleClock.elapsed() >= limits().slowGraceMs ? std::optional<double>(0.0) : std::nullopt;
        }
        const qint64 elapsed = m_requestClock.elapsed();
        if (elapsed < limits().slowGraceMs)
            return std::nullopt;
        const double rate = double(m_requestBytes) * 1000.0 / double(std::max<qint64>(1, elapsed));
        return rate < double(limits().minBytesPerSecond) ? std::optional<double>(rate) : std::nullopt;
    }

    //! Closed to make room for a new connection: at once, so its slot is free now.
    void evict()
    {
        m_closing = true;
        m_timer->stop();
        m_deadlineTimer->stop();
        m_sendTimer->stop();
        m_socket->abort();
        onDisconnected();
    }

    //! The answer of the request numbered \a serial, from its responder.
    void answer(quint64 serial, const Response &response)
    {
        if (m_gone)
            return;
        for (Pending &p : m_queue) {
            if (p.serial != serial)
                continue;
            p.response = response;
            p.ready = true;
            p.readyAt = QDeadlineTimer(std::max(0, response.delayMs));
            if (response.close && !p.closeAfter) {
                p.closeAfter = true;
                m_closing = true;   // nothing after this request is read
                m_buffer.clear();
            }
            flush();
            return;
        }
    }

private:
    struct Pending
    {
        Response response;
        bool head = false;        // HEAD: headers only
        bool closeAfter = false;
        bool ready = true;        // false while its handler has not answered
        quint64 serial = 0;
        QDeadlineTimer readyAt;
    };

    const Limits &limits() const { return m_limits; }

    // Runs code outside this connection (a handler, a slot of refused()), which may delete the server.
    template<typename F>
    void callOut(F &&f)
    {
        ++m_callingOut;
        f();
        --m_callingOut;
    }

    void reportRefusal(int status, const QString &reason)
    {
        if (m_server)
            callOut([&] { m_server->noteRefused(status, reason, m_peer); });
    }

    // Answers waiting in the socket must keep leaving; they are watched from the first unsent byte.
    void watchSending()
    {
        if (m_gone || m_socket->bytesToWrite() == 0 || limits().sendStallMs <= 0)
            m_sendTimer->stop();
        else
            m_sendTimer->start(limits().sendStallMs);   // restarted by every write the client takes
    }

    // The time the current request may take from its first byte: a base, plus its declared body at the minimum rate.
    qint64 requestAllowanceMs() const
    {
        const qint64 rate = std::max<qint64>(1, limits().minBytesPerSecond);
        return qint64(limits().requestTimeoutMs) + m_declared * 1000 / rate;
    }

    void armDeadline()
    {
        if (limits().requestTimeoutMs <= 0)
            return;
        const qint64 left = requestAllowanceMs() - m_requestClock.elapsed();
        m_deadlineTimer->start(int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max())));
    }

    void armTimer(int ms)
    {
        if (ms > 0)
            m_timer->start(ms);
        else
            m_timer->stop();
    }

    void onReadyRead()
    {
        if (m_closing) {
            m_socket->readAll();   // drain, so the answer already written is not lost to a reset
            return;
        }
        if (m_queue.size() >= limits().maxPipelined || m_socket->bytesToWrite() > MaxUnsentBytes)
            return;   // back-pressure: read again once answers have left (bytesWritten resumes)
        takeFromSocket();
        if (m_parser.phase() == RequestParser::Phase::Body)
            armTimer(limits().bodyStallMs);   // the body moved
        parse();
    }

    void takeFromSocket()
    {
        const QByteArray data = m_socket->readAll();
        m_buffer += data;
        m_requestBytes += data.size();
    }

    void onDisconnected()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_closing = true;   // nothing more is read, parsed or answered
        m_timer->stop();
        m_delayTimer->stop();
        m_deadlineTimer->stop();
        m_sendTimer->stop();
        if (m_server)
            m_server->connectionClosed(this);
    }

    void onTimeout()
    {
        if (m_closing)
            return;
        switch (m_parser.phase()) {
        case RequestParser::Phase::Idle:
            if (m_queue.isEmpty() && !m_served) {
                refuse(408, u"no request within %1 ms of connecting"_s.arg(limits().headTimeoutMs));
                return;
            }
            if (m_queue.isEmpty()) {
                m_closing = true;
                m_socket->disconnectFromHost();   // idle keep-alive: close quietly
            }
            return;
        case RequestParser::Phase::Head:
            refuse(408, u"the request head was not complete within %1 ms"_s.arg(limits().headTimeoutMs));
            return;
        case RequestParser::Phase::Body:
            refuse(408, u"the request body stalled for %1 ms"_s.arg(limits().bodyStallMs));
            return;
        }
    }

    // Answers the guard's own refusal (after any answers still owed, in order) and closes the connection.
    void refuse(int status, const QString &reason)
    {
        if (m_closing)
            return;
        reportRefusal(status, reason);
        if (m_gone)
            return;   // the server went meanwhile
        Pending p;
        p.response.status = status;
        const QJsonObject body{{"success"_L1, false},
                               {"error"_L1, QJsonObject{{"code"_L1, QString::fromLatin1(errorCode(status))}, {"message"_L1, reason}}}};
        p.response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        p.closeAfter = true;
        p.readyAt = QDeadlineTimer(0);
        m_queue.append(p);
        m_closing = true;
        m_buffer.clear();
        m_timer->stop();
        m_deadlineTimer->stop();
        flush();
    }

    static constexpr qint64 MaxUnsentBytes = 256 * 1024;

    // Feeds what was read to the parser, one event at a time, for as long as answers may pile up.
    void parse()
    {
        // complete() -> flush() may ask to parse on: the loop below does that already; recursing would
        // nest one frame per pipelined request.
        if (m_parsing)
            return;
        m_parsing = true;
        struct Reset
        {
            bool &flag;
            ~Reset() { flag = false; }
        } reset{m_parsing};
        while (!m_closing && m_queue.size() < limits().maxPipelined && m_socket->bytesToWrite() <= MaxUnsentBytes) {
            const bool wasIdle = m_parser.phase() == RequestParser::Phase::Idle;
            if (wasIdle && m_buffer.isEmpty())
                return;
            qsizetype consumed = 0;
            const qsizetype available = m_buffer.size();
            const RequestParser::Event event = m_parser.feed(m_buffer.constData(), m_buffer.size(), &consumed);
            m_buffer.remove(0, consumed);
            if (wasIdle && m_parser.phase() != RequestParser::Phase::Idle)
                beginRequest(available);
            switch (event) {
            case RequestParser::Event::NeedMore:
                if (m_parser.phase() == RequestParser::Phase::Body && m_parser.declaredBodyBytes() != m_declared) {
                    m_declared = m_parser.declaredBodyBytes();   // each chunk announced earns its time
                    armDeadline();
                }
                return;
            case RequestParser::Event::HeadComplete:
                onHead();
                break;
            case RequestParser::Event::RequestComplete:
                if (!completeAndSurvive(m_parser.takeMessage()))
                    return;
                break;
            case RequestParser::Event::Failed:
                refuse(m_parser.failureStatus(), m_parser.failureReason());
                return;
            }
        }
    }

    //! The first bytes of a request arrived, among the \a available ones read so far.
    void beginRequest(qint64 available)
    {
        m_requestClock.start();
        m_requestBytes = available;
        m_declared = 0;
        // A later request's head gets its time from its first byte; the first one's counts from the connect, so
        // waiting before sending gains nothing. Trickling bytes never reset it.
        if (m_served)
            armTimer(limits().headTimeoutMs);
        armDeadline();
    }

    void onHead()
    {
        m_declared = m_parser.declaredBodyBytes();
        armDeadline();
        armTimer(limits().bodyStallMs);
        if (m_parser.message().expectContinue && m_queue.isEmpty() && m_buffer.isEmpty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    //! complete(), and whether this connection still exists afterwards (a handler may delete the server).
    bool completeAndSurvive(RequestParser::Message message)
    {
        QPointer<Connection> self(this);
        complete(std::move(message));
        return !self.isNull();
    }

    void complete(RequestParser::Message message)
    {
        m_timer->stop();
        m_deadlineTimer->stop();
        m_requestClock.invalidate();
        m_idleClock.start();
        Request request;
        request.method = std::move(message.method);
        request.target = std::move(message.target);
        request.version = std::move(message.version);
        request.headers = std::move(message.headers);
        request.body = std::move(message.body);
        request.peer = m_peer;
        request.peerPort = m_socket->peerPort();
        request.localAddress = m_socket->localAddress();
        request.localPort = m_socket->localPort();
        QByteArray target = request.target;
        if (target.startsWith("http://") || target.startsWith("https://")) {
            // Absolute form: keep the path and query.
            const qsizetype authority = target.indexOf("//") + 2;
            const qsizetype slash = target.indexOf('/', authority);
            const qsizetype question = target.indexOf('?', authority);
            if (question >= 0 && (slash < 0 || question < slash))
                target = "/" + target.mid(question);   // "http://host?q": an empty path, the query kept
            else
                target = slash < 0 ? QByteArray("/") : target.mid(slash);
        }
        const qsizetype question = target.indexOf('?');
        request.rawPath = question < 0 ? target : target.left(question);
        request.path = QUrl::fromPercentEncoding(request.rawPath);
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));

        // An Upgrade request is answered as plain HTTP/1.1; what followed it was another protocol.
        const bool closeAfter = message.closeAfter || message.upgrade;
        Pending p;
        p.head = request.method == "HEAD";
        p.closeAfter = closeAfter;
        p.ready = false;
        p.serial = ++m_serial;
        m_queue.append(p);
        m_served = true;
        if (closeAfter) {
            m_closing = true;   // nothing after this request is read
            m_buffer.clear();
        }
        auto state = std::make_shared<Responder::State>();
        state->connection = this;
        state->serial = p.serial;
        // The handler may answer now (send() runs answer() and flush()) or later. It is held by this connection
        // too, since the handler may delete the server.
        const std::shared_ptr<const AsyncHandler> handler = m_handler;
        callOut([&] { (*handler)(request, Responder(std::move(state))); });
    }

    void flush()
    {
        if (m_gone)
            return;
        while (!m_queue.isEmpty()) {
            const Pending &front = m_queue.first();
            if (!front.ready)
                return;   // its handler answers later; what follows waits behind it
            if (!front.readyAt.hasExpired()) {
                m_delayTimer->start(int(std::max<qint64>(1, front.readyAt.remainingTime())));
                return;
            }
            const Pending p = m_queue.takeFirst();
            write(p);
            if (p.closeAfter || p.response.dropMidBody)
                return;
        }
        if (m_closing)
            return;
        // Everything owed has left: read on (back-pressure may have held bytes back).
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
            if (m_socket->bytesAvailable() > 0)
                takeFromSocket();
            parse();
        } else if (m_parser.phase() == RequestParser::Phase::Idle) {
            armTimer(limits().idleTimeoutMs);
        }
    }

    void write(const Pending &p)
    {
        const Response &r = p.response;
        const bool noBody = p.head || r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        if (!r.body.isEmpty() || p.head)
            head += "Content-Type: " + r.contentType + "\r\n";
        if (r.status != 204 && r.status != 304)
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto &h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Date: " + httpDate() + "\r\n";   // RFC 9110 §6.6.1
        if (p.closeAfter)
            head += "Connection: close\r\n";
        head += "\r\n";
        if (r.dropMidBody && !p.head) {
            // Promise the whole body, deliver half of it, then reset: what a crashing proxy looks like.
            m_socket->write(head + r.body.left(r.body.size() / 2));
            m_socket->flush();
            m_closing = true;
            m_socket->abort();
            return;
        }
        m_socket->write(noBody ? head : head + r.body);
        watchSending();
        if (p.closeAfter) {
            m_closing = true;
            m_socket->disconnectFromHost();   // once the answer has left; the send timer ends a client that never reads it
        }
    }

    Server *m_server;   // null once the server has gone
    std::shared_ptr<const AsyncHandler> m_handler;
    Limits m_limits;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QTimer *m_timer;        // head deadline, body stall or idle, by state
    QTimer *m_delayTimer;   // the next delayed answer
    QTimer *m_deadlineTimer;   // the whole request's allowance
    QTimer *m_sendTimer;       // answers that stopped leaving
    QElapsedTimer m_requestClock;   // since the current request's first byte
    QElapsedTimer m_idleClock;      // since the connect, or the last request ended
    qint64 m_requestBytes = 0;      // bytes read for the current request (about)
    qint64 m_declared = 0;          // body bytes announced so far (Content-Length, or the chunks' sizes)
    quint64 m_serial = 0;
    QByteArray m_buffer;
    RequestParser m_parser;
    bool m_closing = false;
    bool m_served = false;
    bool m_gone = false;
    bool m_parsing = false;
    int m_callingOut = 0;
    QList<Pending> m_queue;
};

void Responder::send(Response response) const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    if (QObject *c = m_state->connection)
        static_cast<Server::Connection *>(c)->answer(m_state->serial, response);
}

Responder::State::~State()
{
    if (answered || !connection)
        return;
    Response failed;
    failed.status = 500;
    failed.body = R"({"success":false,"error":{"code":"NO_ANSWER","message":"the request was dropped without an answer"}})";
    failed.close = true;
    static_cast<Server::Connection *>(connection.data())->answer(serial, failed);
}

bool Responder::isPending() const
{
    return m_state && !m_state->answered && m_state->connection;
}

Server::Server(Handler handler, Limits limits, QObject *parent)
    : Server(AsyncHandler([handler = std::move(handler)](const Request &request, Responder responder) {
                 responder.send(handler(request));
             }),
             std::move(limits), parent)
{
}

Server::Server(AsyncHandler handler, Limits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::make_shared<const AsyncHandler>(std::move(handler)))
    , m_limits(std::move(limits))
{
    // Never promise more connections than the process has file descriptors for (keep some for the rest).
    struct rlimit files = {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY && files.rlim_cur > 48)
        m_limits.maxConnections = std::min<qint64>(m_limits.maxConnections, qint64(files.rlim_cur) - 32);
}

Server::~Server()
{
    close();
    const auto connections = m_connections;
    m_connections.clear();
    for (Connection *c : connections) {
        c->disconnect(this);
        c->detach();
        if (c->isBusy()) {
            // A handler of this very connection is deleting the server: the connection goes once it has returned.
            c->setParent(nullptr);
            c->deleteLater();
        } else {
            delete c;
        }
    }
}

quint16 Server::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(this);
    // A burst of connections (a load test, a browser's parallel requests) waits in the kernel's queue instead of
    // having its handshakes dropped and retried a second later (Qt's default queue is 50 long).
    tcp->setListenBacklogSize(std::max(50, std::min(m_limits.maxConnections, 1024)));
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return 0;
    }
    connect(tcp, &QTcpServer::newConnection, this, [this, tcp] { onNewConnection(tcp); });
    // Out of file descriptors (or another accept failure): pause instead of spinning on the listener.
    connect(tcp, &QTcpServer::acceptError, this, [tcp](QAbstractSocket::SocketError) {
        tcp->pauseAccepting();
        QTimer::singleShot(100, tcp, [tcp] { tcp->resumeAccepting(); });
    });
    m_listeners.append(tcp);
    return tcp->serverPort();
}

bool Server::removeListener(const QHostAddress &address, quint16 port, ConnectionPolicy policy)
{
    for (QTcpServer *tcp : std::as_const(m_listeners)) {
        if (tcp->serverAddress() == address && tcp->serverPort() == port) {
            m_listeners.removeOne(tcp);
            tcp->close();
            tcp->deleteLater();
            if (policy == ConnectionPolicy::Drop) {
                // Kept-alive connections would otherwise go on being served through a door that was shut.
                const QList<QPointer<Connection>> open(m_connections.cbegin(), m_connections.cend());
                for (const QPointer<Connection> &c : open) {
                    if (c && c->cameThrough(address, port))
                        c->shutdown();
                }
            }
            return true;
        }
    }
    return false;
}

void Server::close()
{
    for (QTcpServer *tcp : std::as_const(m_listeners)) {
        tcp->close();
        tcp->deleteLater();
    }
    m_listeners.clear();
}

bool Server::isListening() const
{
    return std::any_of(m_listeners.cbegin(), m_listeners.cend(), [](QTcpServer *t) { return t->isListening(); });
}

QList<QPair<QHostAddress, quint16>> Server::listeners() const
{
    QList<QPair<QHostAddress, quint16>> out;
    for (QTcpServer *tcp : m_listeners)
        out.append(qMakePair(tcp->serverAddress(), tcp->serverPort()));
    return out;
}

void Server::onNewConnection(QTcpServer *listener)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        // Full: an idle or crawling connection makes room, so a flood of slow senders cannot lock everyone out.
        if (int(m_connections.size()) >= m_limits.maxConnections)
            makeRoom(nullptr);
        if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer)
            makeRoom(&peer);
        if (int(m_connections.size()) >= m_limits.maxConnections || m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
            noteRefused(503, u"too many connections"_s, peer);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nDate: " + httpDate()
                          + "\r\nConnection: close\r\n\r\n");
            // Gone when the client closes, or after sendStallMs at the latest.
            QTimer::singleShot(std::max(1000, m_limits.sendStallMs), socket, &QAbstractSocket::abort);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new Connection(this, socket);
        connection->setParent(this);
        m_connections.append(connection);
        ++m_perPeer[peer];
    }
}

bool Server::makeRoom(const QHostAddress *peer)
{
    Connection *weakest = nullptr;
    double lowest = 0;
    for (Connection *c : std::as_const(m_connections)) {
        if (peer && c->peer() != *peer)
            continue;
        const std::optional<double> score = c->evictionScore();
        if (score && (!weakest || *score < lowest)) {
            weakest = c;
            lowest = *score;
        }
    }
    if (!weakest)
        return false;
    ++m_evicted;
    // A kept-alive connection between requests loses nothing; a crawling request is refused, and said so.
    if (lowest < 1e11)
        noteRefused(408, u"closed to make room for a new connection: its request moved too slowly"_s, weakest->peer());
    weakest->evict();
    return true;
}

void Server::connectionClosed(Connection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    const QHostAddress peer = connection->peer();
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
    connection->deleteLater();
}

void Server::noteRefused(int status, const QString &reason, const QHostAddress &peer)
{
    ++m_refused;
    Q_EMIT refused(status, reason, peer);
}

} // namespace Xident::Http
