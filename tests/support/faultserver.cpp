#include "faultserver.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

using namespace Qt::StringLiterals;

QByteArray FaultServer::Received::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    m_fallback.body = envelope("{}");
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

QByteArray FaultServer::envelope(const QByteArray &dataJson, const QByteArray &requestId)
{
    return R"({"success":true,"data":)" + dataJson + R"(,"meta":{"request_id":")" + requestId + R"("}})";
}

QByteArray FaultServer::errorEnvelope(const QByteArray &code, const QByteArray &message, const QByteArray &requestId)
{
    return R"({"success":false,"error":{"code":")" + code + R"(","message":")" + message + R"("},"meta":{"request_id":")"
        + requestId + R"("}})";
}

void FaultServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Owned by the connection below, so it goes away with the socket.
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            // One request at a time: headers, then Content-Length bytes of body.
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                Received r;
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.path = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines[i].trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    r.headers.append(qMakePair(name, value));
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_received.append(r);
                Q_EMIT requestReceived();
                serve(socket);
            }
        });
    }
}

void FaultServer::serve(QTcpSocket *socket)
{
    const Answer a = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
    if (a.mode == Mode::CloseNoAnswer) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + " Scripted\r\nContent-Type: " + a.contentType + "\r\n";
    head += a.mode == Mode::Chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                                    : "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    for (const auto &h : a.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";

    switch (a.mode) {
    case Mode::Normal:
        socket->write(head + a.body);
        break;
    case Mode::Stall:
        socket->write(head + a.body.left(a.body.size() / 2));
        break;
    case Mode::ResetMidBody:
        socket->write(head + a.body.left(a.body.size() / 2));
        socket->flush();
        socket->abort();
        break;
    case Mode::CloseMidBody: {
        // Close once the client has read what was sent, so it sees a quiet socket go away mid-body.
        socket->write(head + a.body.left(a.body.size() / 2));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(100, socket, [guard] {
            if (guard)
                guard->disconnectFromHost();
        });
        break;
    }
    case Mode::SlowBody: {
        socket->write(head);
        QPointer<QTcpSocket> guard(socket);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [guard, timer, offset, body = a.body] {
            if (!guard)
                return;
            guard->write(body.mid(*offset, 4));
            *offset += 4;
            if (*offset >= body.size())
                timer->stop();
        });
        timer->start(20);
        break;
    }
    case Mode::Chunked: {
        QByteArray out = head;
        for (qsizetype at = 0; at < a.body.size(); at += 4096) {
            const QByteArray chunk = a.body.mid(at, 4096);
            out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        out += "0\r\n\r\n";
        socket->write(out);
        break;
    }
    case Mode::CloseNoAnswer:
        break;
    }
}
