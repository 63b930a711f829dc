#include "webhookflood.h"

#include <XidentQt/webhook.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDeadlineTimer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

namespace Xident::Testing {

struct WebhookFlood::Connection
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray buffer;
    int inFlight = -1;     // the delivery waiting for its answer, -1 when none
    QElapsedTimer since;
};

WebhookFlood::WebhookFlood(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_created = QDateTime::currentSecsSinceEpoch();
    m_pacer.setInterval(1);
    connect(&m_pacer, &QTimer::timeout, this, &WebhookFlood::pump);
    for (int i = 0; i < m_options.connections; ++i) {
        m_connections.push_back(std::make_unique<Connection>());
        reconnect(*m_connections.back());
    }
}

WebhookFlood::~WebhookFlood() = default;

void WebhookFlood::reconnect(Connection &c)
{
    if (c.socket)
        c.socket.release()->deleteLater();
    c.buffer.clear();
    c.socket = std::make_unique<QTcpSocket>();
    QTcpSocket *s = c.socket.get();
    connect(s, &QTcpSocket::readyRead, this, [this, &c] { read(c); });
    connect(s, &QTcpSocket::disconnected, this, [this, &c, s] {
        if (c.socket.get() != s)
            return;
        if (c.inFlight >= 0)
            m_done.append({c.inFlight, 0, c.since.nsecsElapsed() / 1000});
        c.inFlight = -1;
        if (m_sending)
            reconnect(c);
    });
    s->connectToHost(m_options.host, m_options.port);
}

QByteArray WebhookFlood::body(int n) const
{
    QByteArray b = R"({"id":"evt_flood_)" + QByteArray::number(n) + R"(","type":"session.success","created":)"
                   + QByteArray::number(m_created) + R"(,"data":{"token":"xtk_flood)" + QByteArray::number(n)
                   + R"(","n":)" + QByteArray::number(n) + R"(,"pad":")";
    const qsizetype pad = std::max<qsizetype>(0, m_options.bodyBytes - b.size() - 3);
    return b + QByteArray(pad, 'p') + "\"}}";
}

void WebhookFlood::start()
{
    m_sending = true;
    m_clock.start();
    m_pacer.start();
}

void WebhookFlood::stop()
{
    m_sending = false;
    m_pacer.stop();
}

void WebhookFlood::pump()
{
    if (m_clock.elapsed() >= qint64(m_options.seconds) * 1000 || (m_options.total > 0 && m_next >= m_options.total)) {
        stop();
        Q_EMIT finished();
        return;
    }
    // As many as the rate allows by now; never a burst beyond one per idle connection.
    qint64 due = m_clock.elapsed() * m_options.perSecond / 1000 - m_next;
    for (auto &c : m_connections) {
        if (due <= 0)
            break;
        if (c->inFlight < 0 && c->socket->state() == QAbstractSocket::ConnectedState) {
            sendOn(*c);
            --due;
        }
    }
}

void WebhookFlood::sendOn(Connection &c)
{
    const int n = m_next++;
    const QByteArray b = body(n);
    QByteArray request = "POST " + m_options.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!m_options.secret.isEmpty())
        request += "X-Xident-Signature: " + WebhookVerifier::signatureHeader(b, m_options.secret, m_created) + "\r\n";
    request += "Content-Length: " + QByteArray::number(b.size()) + "\r\n\r\n" + b;
    c.inFlight = n;
    c.since.start();
    c.socket->write(request);
}

void WebhookFlood::read(Connection &c)
{
    c.buffer += c.socket->readAll();
    for (;;) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        const int status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = 0;
        bool close = false;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            close = close || lower == "connection: close";
        }
        if (c.buffer.size() < end + 4 + length)
            return;
        c.buffer.remove(0, end + 4 + length);
        if (c.inFlight >= 0)
            m_done.append({c.inFlight, status, c.since.nsecsElapsed() / 1000});
        c.inFlight = -1;
        if (close) {
            if (m_sending)
                reconnect(c);
            return;
        }
        if (m_sending)
            pump();
    }
}

bool WebhookFlood::waitForAnswers(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_done.size() < m_next && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return m_done.size() >= m_next;
}

int WebhookFlood::count(int status) const
{
    return int(std::count_if(m_done.cbegin(), m_done.cend(), [status](const Delivery &d) { return d.status == status; }));
}

QList<int> WebhookFlood::accepted() const
{
    QList<int> out;
    for (const Delivery &d : m_done) {
        if (d.status >= 200 && d.status < 300)
            out.append(d.n);
    }
    return out;
}

qint64 WebhookFlood::latencyPercentileUs(double p) const
{
    QList<qint64> v;
    for (const Delivery &d : m_done) {
        if (d.status != 0)
            v.append(d.latencyUs);
    }
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype at = std::clamp<qsizetype>(qsizetype(p / 100.0 * double(v.size())), 0, v.size() - 1);
    return v[at];
}

} // namespace Xident::Testing
