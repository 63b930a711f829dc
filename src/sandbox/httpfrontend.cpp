#include "httpfrontend.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Xident::Sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    QTcpSocket *socket = responder.socket();
    if (reply.dropMidBody && socket) {
        // Promise the whole body, deliver half of it, then reset: what a crashing proxy looks like.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " OK\r\nContent-Type: " + reply.contentType
            + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
}

} // namespace

class HttpFrontend::Server : public QAbstractHttpServer
{
public:
    explicit Server(HttpFrontend *owner)
        : m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequest r;
        r.method = methodName(request.method());
        const QUrl url = request.url();
        r.path = url.path(QUrl::FullyDecoded);
        r.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        r.peer = request.remoteAddress();
        const HttpReply reply = m_owner->m_handler(r);
        if (reply.delayMs <= 0) {
            QHttpServerResponder responder = makeResponder(request, socket);
            writeReply(responder, reply);
            return true;
        }
        // Latency without blocking other connections: answer later from a timer.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [responder, guard, reply] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeReply(*responder, reply);
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    HttpFrontend *m_owner;
};

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<Server>(this))
    , m_handler(std::move(handler))
{
}

HttpFrontend::~HttpFrontend() = default;

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    // Bind our own QTcpServer so a failure can be reported precisely (6.4's listen() only returns 0).
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return 0;
    }
    m_server->bind(tcp);
    return tcp->serverPort();
}

bool HttpFrontend::isListening() const
{
    const auto servers = m_server->servers();
    for (QTcpServer *s : servers) {
        if (s->isListening())
            return true;
    }
    return false;
}

void HttpFrontend::close()
{
    const auto servers = m_server->servers();
    for (QTcpServer *s : servers)
        s->close();
}

} // namespace Xident::Sandbox
