// The HTTP server and its guard, driven byte for byte by raw loopback sockets.
#include "http/httpserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Xident;

namespace {

struct Answer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Parses complete HTTP/1.1 answers off the front of \a buffer; \a headRequests[i] says whether answer i has no body.
QList<Answer> parseAnswers(QByteArray &buffer, const QList<bool> &headRequests = {})
{
    QList<Answer> out;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Answer a;
        a.status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            a.headers.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
            if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (a.status == 100) {
            buffer.remove(0, end + 4);
            out.append(a);
            continue;
        }
        const bool noBody = headRequests.value(out.size(), false);
        const qsizetype bodyLength = noBody ? 0 : length;
        if (buffer.size() < end + 4 + bodyLength)
            return out;
        a.body = buffer.mid(end + 4, bodyLength);
        buffer.remove(0, end + 4 + bodyLength);
        out.append(a);
    }
}

// A raw client that never blocks the event loop the server runs on: waiting is QTest::qWaitFor's.
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
    {
        m_socket.connectToHost(host, port);
        (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    //! Waits until \a count answers arrived, the connection closed, or \a timeoutMs passed; \a heads marks HEAD answers.
    QList<Answer> answers(int count, int timeoutMs = 5000, const QList<bool> &heads = {})
    {
        (void)QTest::qWaitFor([&] {
            read(heads);
            return int(m_answers.size()) >= count || m_socket.state() != QAbstractSocket::ConnectedState;
        }, timeoutMs);
        read(heads);
        return m_answers;
    }
    bool closedWithin(int ms)
    {
        return QTest::qWaitFor([this] {
            m_buffer += m_socket.readAll();
            return m_socket.state() != QAbstractSocket::ConnectedState;
        }, ms);
    }
    QByteArray leftover() const { return m_buffer; }

private:
    void read(const QList<bool> &heads)
    {
        m_buffer += m_socket.readAll();
        m_answers += parseAnswers(m_buffer, heads.mid(m_answers.size()));
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<Answer> m_answers;
};

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Http::Server> m_server;
    quint16 m_port = 0;
    QList<Http::Request> m_seen;

    // Echo handler: the body length and method, after ?delay= ms.
    static Http::Response echo(const Http::Request &r)
    {
        Http::Response a;
        a.contentType = "text/plain";
        a.body = r.method + ' ' + r.rawPath + ' ' + QByteArray::number(r.body.size());
        a.delayMs = r.query.queryItemValue(u"delay"_s).toInt();
        if (r.path == "/close"_L1)
            a.close = true;
        return a;
    }

    std::unique_ptr<Http::Server> makeServer(Http::Limits limits, quint16 *port)
    {
        auto server = std::make_unique<Http::Server>([this](const Http::Request &r) {
            m_seen.append(r);
            return echo(r);
        }, limits);
        *port = server->listen(QHostAddress::LocalHost, 0);
        return server;
    }

    // Requests run on the event loop of this thread while the test waits on the client socket.
    QList<Answer> exchange(Client &c, const QByteArray &bytes, int count, const QList<bool> &heads = {}, int timeoutMs = 5000)
    {
        c.send(bytes);
        return c.answers(count, timeoutMs, heads);
    }

private Q_SLOTS:
    void init()
    {
        m_seen.clear();
        Http::Limits limits;
        limits.maxBodyBytes = 1000;
        limits.bodyLimitFor = [](const QByteArray &, const QByteArray &path) -> qint64 {
            return path == "/image" ? 16000 : 1000;
        };
        m_server = makeServer(limits, &m_port);
        QVERIFY(m_port != 0);
    }

    void servesKeepAliveRequests()
    {
        Client c(m_port);
        auto a = exchange(c, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", 2);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].body, "GET /a 0");
        QCOMPARE(a[1].body, "POST /b 5");
        QCOMPARE(m_seen.at(1).body, "hello");
        QCOMPARE(m_seen.at(0).peer, QHostAddress(QHostAddress::LocalHost));
        // The absolute form keeps its path and query.
        Client d(m_port);
        QCOMPARE(exchange(d, "GET http://host.example?a=b HTTP/1.1\r\nHost: x\r\n\r\nGET http://h/p/q?c=d HTTP/1.1\r\nHost: x\r\n\r\n", 2).size(), 2);
        QCOMPARE(m_seen.at(2).rawPath, "/");
        QCOMPARE(m_seen.at(2).query.queryItemValue(u"a"_s), u"b"_s);
        QCOMPARE(m_seen.at(3).rawPath, "/p/q");
        QCOMPARE(m_seen.at(3).query.queryItemValue(u"c"_s), u"d"_s);
    }

    void bodyLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("declared too large") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n") << 413;
        QTest::newRow("declared just over") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n") << 413;
        QTest::newRow("image route allows more") << QByteArray("POST /image HTTP/1.1\r\nHost: x\r\nContent-Length: 16001\r\n\r\n") << 413;
        QTest::newRow("chunked over the limit")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" + QByteArray(1000, 'a') + "\r\n1\r\nb\r\n") << 413;
        QTest::newRow("both framings") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc") << 400;
        QTest::newRow("bad length") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("gzip coding") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("0x chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nabcde\r\n0\r\n\r\n") << 400;
        QTest::newRow("signed chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n+5\r\nabcde\r\n0\r\n\r\n") << 400;
        QTest::newRow("minus zero chunk") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-0\r\n\r\n") << 400;
        QTest::newRow("padded chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n 5 \r\nabcde\r\n0\r\n\r\n") << 400;
        QTest::newRow("empty then chunked TE") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\nTransfer-Encoding: chunked\r\n\r\nGET /s HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("chunked then identity TE") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("bare CR in a value") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nX: a\rContent-Length: 30\r\n\r\nGET /s HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("NUL in a value") << QByteArray("GET /x HTTP/1.1\r\nHost: x\r\nX: a" + QByteArray(1, '\0') + "b\r\n\r\n") << 400;
        QTest::newRow("control in target") << QByteArray("GET /hea\x01lth HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    }

    void bodyLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Client c(m_port);
        const auto a = exchange(c, request, 1);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].status, status);
        QCOMPARE(a[0].header("Connection"), "close");
        QVERIFY(c.closedWithin(2000));
        QVERIFY(m_seen.isEmpty()); // no handler ran
        QCOMPARE(m_server->refusedCount(), 1u);
    }

    void everyRequestOnAConnectionIsChecked()
    {
        // The first request is fine; the second, on the same kept-alive connection, is too large.
        Client c(m_port);
        const auto a = exchange(c, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                                   "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n", 2);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].status, 200);
        QCOMPARE(a[1].status, 413);
        QCOMPARE(m_seen.size(), 1);
        // A chunked body within the limit is decoded.
        Client d(m_port);
        const auto b = exchange(d, "POST /image HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n", 1);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b[0].body, "POST /image 11");
        QCOMPARE(m_seen.last().body, "hello world");
    }

    void headerLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("long url") << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
        QTest::newRow("long url still arriving") << QByteArray("GET /" + QByteArray(9000, 'a')) << 414;
        QByteArray many = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many fields") << QByteArray(many + "\r\n") << 431;
        QTest::newRow("huge field") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40000, 'b') + "\r\n\r\n") << 431;
        QTest::newRow("huge field still arriving") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40000, 'b')) << 431;
        QTest::newRow("tls handshake") << QByteArray::fromHex("160301020001000001fc0303") << 400;
        QTest::newRow("garbage line") << QByteArray("G\x01T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        // Changed with llhttp: a request line without a version is HTTP/0.9, which is not served (505, RFC 9110 §15.6.6).
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 505;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("bad header name") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX A: 1\r\n\r\n") << 400;
    }

    void headerLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Client c(m_port);
        const auto a = exchange(c, request, 1);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].status, status);
        QVERIFY(c.closedWithin(2000));
        QVERIFY(m_seen.isEmpty());
    }

    void headHasNoBody()
    {
        Client c(m_port);
        const auto a = exchange(c, "HEAD /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n", 2, {true, false});
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].status, 200);
        QCOMPARE(a[0].header("Content-Length"), "9"); // the length of the body a GET would get ("HEAD /a 0")
        QVERIFY(a[0].body.isEmpty());
        QCOMPARE(a[1].body, "GET /b 0"); // the next answer on the connection is intact
        QVERIFY(c.leftover().isEmpty());
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        Client c(m_port);
        const auto a = exchange(c, "GET /1?delay=300 HTTP/1.1\r\nHost: x\r\n\r\nGET /2?delay=100 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n", 3);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[0].body, "GET /1 0");
        QCOMPARE(a[1].body, "GET /2 0");
        QCOMPARE(a[2].body, "GET /3 0");
    }

    void upgradeIsAnsweredThenClosed()
    {
        // Changed with llhttp: a request asking to switch protocols is answered as plain HTTP/1.1 (RFC 9110 §7.8,
        // the server may ignore Upgrade), and then the connection closes: what follows was meant as another
        // protocol, never as the next request.
        Client c(m_port);
        exchange(c, "GET /a HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n", 2);
        const auto all = c.answers(3, 300);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].body, "GET /a 0");
        QCOMPARE(all[0].header("Connection"), "close");
        QVERIFY(c.closedWithin(2000));
        QCOMPARE(m_seen.size(), 1);
    }

    void connectAndUnknownMethodsAreNotImplemented_data()
    {
        QTest::addColumn<QByteArray>("request");
        // Changed with llhttp: CONNECT is not served (501, RFC 9110 §9.3.6: a server may refuse it) and the
        // connection closes, since what follows it would be a tunnel; a method llhttp does not know is 501 (RFC 9110
        // §9.1), where the server used to pass it on for the handler's 405.
        QTest::newRow("CONNECT") << QByteArray("CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    }

    void connectAndUnknownMethodsAreNotImplemented()
    {
        QFETCH(QByteArray, request);
        Client c(m_port);
        const auto a = exchange(c, request, 1);
        QCOMPARE(a.value(0).status, 501);
        QVERIFY(c.closedWithin(2000));
        QVERIFY(m_seen.isEmpty());
    }

    void everyAnswerIsDated()
    {
        Client c(m_port);
        const auto a = exchange(c, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        const QByteArray date = a.value(0).header("Date");
        QVERIFY2(date.endsWith(" GMT") && date.size() == 29, date.constData());   // "Sun, 06 Nov 1994 08:49:37 GMT"
        Client d(m_port);
        QVERIFY(!exchange(d, "GET /a HTTP/1.1\r\n\r\n", 1).value(0).header("Date").isEmpty());   // refusals too
        // The guard's own: a request that did not arrive in time, and a connection over the cap.
        Http::Limits limits;
        limits.headTimeoutMs = 200;
        limits.maxConnections = 1;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        Client slow(port);
        slow.send("GET / HT");
        QTRY_COMPARE(server->connectionCount(), 1);
        Client over(port);
        const auto full = over.answers(1, 3000);
        QCOMPARE(full.value(0).status, 503);
        QVERIFY(!full.value(0).header("Date").isEmpty());
        const auto late = slow.answers(1, 3000);
        QCOMPARE(late.value(0).status, 408);
        QVERIFY(!late.value(0).header("Date").isEmpty());
    }

    void expectContinueIsAnswered()
    {
        Client c(m_port);
        c.send("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QList<Answer> a = c.answers(1, 2000);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].status, 100);
        c.send("body");
        a = c.answers(2, 2000);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[1].body, "POST /x 4");
        // Too large: refused at once, without a 100.
        Client d(m_port);
        const auto refused = exchange(d, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n", 1);
        QCOMPARE(refused[0].status, 413);
    }

    void connectionCloseAndHttp10()
    {
        Client c(m_port);
        auto a = exchange(c, "GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        QCOMPARE(a.size(), 1);
        QVERIFY(c.closedWithin(2000));
        QCOMPARE(m_seen.size(), 1);
        Client d(m_port);
        a = exchange(d, "GET /old HTTP/1.0\r\n\r\n", 1);
        QCOMPARE(a[0].body, "GET /old 0");
        QVERIFY(d.closedWithin(2000));
    }

    void timeouts()
    {
        Http::Limits limits;
        limits.headTimeoutMs = 300;
        limits.bodyStallMs = 300;
        limits.idleTimeoutMs = 300;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        // A head that trickles in is cut at its deadline even though bytes keep coming.
        Client slow(port);
        slow.send("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(60);
            slow.send("X-A: 1\r\n");
        }
        auto a = slow.answers(1, 1500);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].status, 408);
        QVERIFY(slow.closedWithin(1000));
        // A body that stops moving.
        Client stalled(port);
        stalled.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
        a = stalled.answers(1, 1500);
        QCOMPARE(a.value(0).status, 408);
        // A connection that never says anything, and an idle kept-alive one, are closed.
        Client silent(port);
        QVERIFY(silent.closedWithin(1500));
        Client idle(port);
        a = exchange(idle, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        QCOMPARE(a.value(0).status, 200);
        QVERIFY(idle.closedWithin(1500));
    }

    void blankLinesDoNotKeepAConnection()
    {
        Http::Limits limits;
        limits.headTimeoutMs = 400;
        limits.idleTimeoutMs = 400;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        Client fresh(port);
        for (int i = 0; i < 6; ++i) { // 600 ms of blank lines: past the deadline counted from the connect
            fresh.send("\r\n");
            QTest::qWait(100);
        }
        QCOMPARE(fresh.answers(1, 1500).value(0).status, 408);
        Client served(port);
        QCOMPARE(exchange(served, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
        for (int i = 0; i < 6; ++i) {
            served.send("\r\n");
            QTest::qWait(100);
        }
        QVERIFY(served.closedWithin(1000)); // idle, whatever the blank lines say
    }

    void clientThatNeverReadsIsNotBuffered()
    {
        // Pipelined requests from a client that reads nothing: the server stops reading once its unsent
        // answers pile up, instead of growing its buffers.
        QTcpSocket s;
        s.setReadBufferSize(1);
        s.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 2000));
        QByteArray many;
        for (int i = 0; i < 1000; ++i)
            many += "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        for (int round = 0; round < 150; ++round) {
            s.write(many);
            QTest::qWait(5);
        }
        // 150 000 requests (some 16 MB of answers, more than the kernel's buffers hold) were sent. The server
        // stops handling them once the answers stop leaving: the count comes to rest well short of them all.
        qsizetype before = -1;
        QVERIFY(QTest::qWaitFor([&] {
            const qsizetype now = m_seen.size();
            const bool resting = now == before;
            before = now;
            QTest::qWait(300);
            return resting && now == m_seen.size();
        }, 10000));
        qInfo("handled %lld of 150000 pipelined requests while the client read nothing", qint64(m_seen.size()));
        QVERIFY(m_seen.size() < 150000);
        // The answers owed to it never grow past the back-pressure bound plus what the kernel holds: at most some
        // 100 000 requests of the small answers here, on any loopback.
        QVERIFY(m_seen.size() < 100000);
    }

    void clientThatNeverReadsIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("requests");
        QByteArray pipelined;
        for (int i = 0; i < 400; ++i)
            pipelined += "GET /big HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("pipelined") << pipelined;
        // An answer that closes the connection: it stays half-closed until its bytes have left.
        QTest::newRow("closing answer") << QByteArray("GET /huge HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }

    void clientThatNeverReadsIsCutOff()
    {
        // Without a cut-off such a client would hold its slot for ever (neither idle nor slow by the other rules).
        QFETCH(QByteArray, requests);
        Http::Limits limits;
        limits.sendStallMs = 300;
        Http::Server server([](const Http::Request &r) {
            Http::Response a;
            a.body = QByteArray(r.path == "/huge"_L1 ? 32 * 1024 * 1024 : 64 * 1024, 'a');
            return a;
        }, limits);
        QSignalSpy refused(&server, &Http::Server::refused);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QTcpSocket s;
        s.setReadBufferSize(1);
        s.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 2000));
        s.write(requests);
        QTRY_COMPARE(server.connectionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 10000);
        QVERIFY(!refused.isEmpty());
        QCOMPARE(refused.last().at(0).toInt(), 408);
    }

    void handlerThatDeletesTheServer()
    {
        // The console stops its inbox from a handler, say: the connection must survive its server's end.
        std::unique_ptr<Http::Server> server;
        server = std::make_unique<Http::Server>([&server](const Http::Request &) {
            server.reset();
            return Http::Response();
        });
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        Client c(port);
        c.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(c.closedWithin(3000));
        QVERIFY(!server);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void refusalSlotThatDeletesTheServer()
    {
        auto server = std::make_unique<Http::Server>([](const Http::Request &) { return Http::Response(); });
        connect(server.get(), &Http::Server::refused, this, [&server] { server.reset(); });
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        Client c(port);
        c.send("GET / HTTP/1.1\r\n\r\n");   // no Host: refused
        QVERIFY(c.closedWithin(3000));
        QVERIFY(!server);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void connectionCaps()
    {
        Http::Limits limits;
        limits.maxConnections = 5;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        std::vector<std::unique_ptr<Client>> held;
        for (int i = 0; i < 5; ++i)
            held.push_back(std::make_unique<Client>(port));
        QTRY_COMPARE(server->connectionCount(), 5);
        Client sixth(port);
        const auto a = sixth.answers(1, 2000);
        QCOMPARE(a.value(0).status, 503);
        QVERIFY(sixth.closedWithin(1000));
        held.clear();
        QTRY_COMPARE(server->connectionCount(), 0);
    }

    void responsiveWhileSlowClientsAreHeld()
    {
        // 200 clients trickling heads (the default per-peer cap lets loopback tests in), and a newcomer is served at once.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 200; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_port);
            s->write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            slow.push_back(std::move(s));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 200, 10000);
        QElapsedTimer timer;
        timer.start();
        Client fresh(m_port);
        const auto a = exchange(fresh, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        QCOMPARE(a.value(0).status, 200);
        qInfo("a new client was answered in %lld ms with 200 slow ones held", timer.elapsed());
        QCOMPARE(m_server->refusedCount(), 0u);
    }

    void aWholeRequestHasADeadline()
    {
        // Each byte keeps the body from stalling, yet the request as a whole must arrive in its allowance: the base
        // plus its declared body at the minimum rate.
        Http::Limits limits;
        limits.requestTimeoutMs = 500;
        limits.minBytesPerSecond = 100000;   // 50 bytes earn half a millisecond
        limits.bodyStallMs = 5000;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        QSignalSpy refused(server.get(), &Http::Server::refused);
        Client trickle(port);
        trickle.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n");
        QElapsedTimer clock;
        clock.start();
        QList<Answer> a;
        for (int i = 0; i < 30 && a.isEmpty(); ++i) {
            trickle.send("x");
            a = trickle.answers(1, 100);
        }
        QCOMPARE(a.value(0).status, 408);
        QVERIFY2(a.value(0).body.contains("did not arrive within"), a.value(0).body.constData());
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(refused.size(), 1);
        QVERIFY(m_seen.isEmpty() || m_seen.last().path != "/"_L1);
        // A body that moves at the minimum rate or better is served, however long it is.
        Client steady(port);
        QByteArray body(20000, 'y');
        QCOMPARE(exchange(steady, "POST /ok HTTP/1.1\r\nHost: x\r\nContent-Length: 20000\r\n\r\n" + body, 1).value(0).status, 200);
    }

    void slowSendersCannotHoldEverySlot()
    {
        // Every slot taken by senders that trickle their bodies: a new connection takes the place of the slowest,
        // so a delivery still gets through (one peer holds them all here, as everything on loopback does).
        Http::Limits limits;
        limits.maxConnections = 8;
        limits.maxConnectionsPerPeer = 8;
        limits.slowGraceMs = 300;
        limits.minBytesPerSecond = 1000;
        limits.requestTimeoutMs = 60000;
        limits.bodyStallMs = 60000;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 8; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            socket->write("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\nab");
            slow.push_back(std::move(socket));
        }
        QTRY_COMPARE(server->connectionCount(), 8);
        for (int i = 0; i < 4; ++i) {   // 400 ms of one byte each per 100 ms: far below 1000 bytes a second
            QTest::qWait(100);
            for (auto &socket : slow)
                socket->write("c");
        }
        Client fresh(port);
        const auto a = exchange(fresh, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        QCOMPARE(a.value(0).status, 200);
        QCOMPARE(server->evictedCount(), 1u);
        QCOMPARE(server->connectionCount(), 8);
        // A fast sender is never the one that goes: with none slow enough, a newcomer is refused.
        Http::Limits tight = limits;
        tight.maxConnections = 2;
        tight.maxConnectionsPerPeer = 2;
        tight.slowGraceMs = 5000;
        quint16 tightPort = 0;
        auto busy = makeServer(tight, &tightPort);
        Client a1(tightPort), a2(tightPort);
        QCOMPARE(exchange(a1, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
        a2.send("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab");   // just started: within its grace time
        QTRY_COMPARE(busy->connectionCount(), 2);
        Client third(tightPort);
        third.send("POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab");
        // a1 was idle between requests: it made room, quietly.
        QVERIFY(a1.closedWithin(1000));
        QCOMPARE(busy->evictedCount(), 1u);
        QTRY_COMPARE(busy->connectionCount(), 2);
        Client fourth(tightPort);
        QCOMPARE(fourth.answers(1, 2000).value(0).status, 503);
    }

    void aCrawlerGoesBeforeAnIdleConnection()
    {
        // A kept-alive client may be sending its next request just as it is closed: a crawling one goes first.
        Http::Limits limits;
        limits.maxConnections = 2;
        limits.maxConnectionsPerPeer = 2;
        limits.slowGraceMs = 200;
        limits.minBytesPerSecond = 1000;
        quint16 port = 0;
        auto server = makeServer(limits, &port);
        Client idle(port);
        QCOMPARE(exchange(idle, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
        Client crawler(port);
        crawler.send("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nab");
        QTest::qWait(400);
        Client third(port);
        QVERIFY(crawler.closedWithin(1000));
        QCOMPARE(exchange(idle, "GET /c HTTP/1.1\r\nHost: x\r\n\r\n", 2).value(1).status, 200);   // still served
        QCOMPARE(exchange(third, "GET /d HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
    }

    void anAnswerOnItsWayIsNeverCutOff()
    {
        // A kept-alive connection whose last answer is still leaving (its reader is slow) is not idle: a newcomer
        // takes the place of the idle one instead.
        Http::Limits limits;
        limits.maxConnections = 2;
        limits.maxConnectionsPerPeer = 2;
        Http::Server server([](const Http::Request &) {
            Http::Response big;
            big.body = QByteArray(8 * 1024 * 1024, 'x');
            return big;
        }, limits);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QTcpSocket reader;
        reader.setReadBufferSize(4096);   // reads slowly: the answer stays in the server's write buffer
        reader.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(reader.waitForConnected(2000));
        reader.write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
        Client idle(port);
        QCOMPARE(exchange(idle, "GET /small HTTP/1.1\r\nHost: x\r\n\r\n", 1, {}, 10000).value(0).body.size(), 8 * 1024 * 1024);
        QTRY_COMPARE(server.connectionCount(), 2);
        Client third(port);
        QVERIFY(idle.closedWithin(2000));
        QCOMPARE(server.evictedCount(), 1u);
        // The slow reader still gets its whole answer.
        reader.setReadBufferSize(0);
        qint64 got = 0;
        QVERIFY(QTest::qWaitFor([&] {
            got += reader.readAll().size();
            return got >= 8 * 1024 * 1024;
        }, 10000));
    }

    void answersMayComeLater()
    {
        // An asynchronous handler answers out of order; the connection still answers in request order, and an answer
        // for a connection that has gone is dropped.
        QList<Http::Responder> held;
        Http::Server server(Http::Server::AsyncHandler([&held](const Http::Request &, Http::Responder responder) {
            held.append(responder);
        }));
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        Client c(port);
        c.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(held.size(), 3);
        const auto answer = [](const QByteArray &body) {
            Http::Response r;
            r.body = body;
            return r;
        };
        held[1].send(answer("two"));
        QVERIFY(c.answers(1, 300).isEmpty());   // the first is still owed
        QVERIFY(!held[1].isPending());
        QVERIFY(held[0].isPending());
        held[0].send(answer("one"));
        held[0].send(answer("again"));   // only the first answer counts
        held[2].send(answer("three"));
        const auto a = c.answers(3);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[0].body, "one");
        QCOMPARE(a[1].body, "two");
        QCOMPARE(a[2].body, "three");
        // A connection that closes while its answer is owed.
        held.clear();
        {
            Client gone(port);
            gone.send("GET /later HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_COMPARE(held.size(), 1);
        }
        QTRY_COMPARE(server.connectionCount(), 1);
        QTRY_VERIFY(!held[0].isPending());
        held[0].send(answer("nobody listens"));
    }

    void secondListenerTellsItsAddress()
    {
        const quint16 second = m_server->listen(QHostAddress(u"127.0.0.2"_s), 0);
        if (second == 0)
            QSKIP("127.0.0.2 is not available here");
        Client c(second, QHostAddress(u"127.0.0.2"_s));
        QCOMPARE(exchange(c, "GET /w HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().localAddress, QHostAddress(u"127.0.0.2"_s));
        QCOMPARE(m_server->listeners().size(), 2);
        QVERIFY(m_server->removeListener(QHostAddress(u"127.0.0.2"_s), second));
        QCOMPARE(m_server->listeners().size(), 1);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(3);
        for (int i = 0; i < 200; ++i) {
            QByteArray junk(int(rng.bounded(1, 3000)), Qt::Uninitialized);
            for (char &ch : junk)
                ch = char(rng.bounded(256));
            if (i % 2)
                junk.prepend("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            Client c(m_port);
            c.send(junk);
            c.answers(1, 20);
        }
        Client after(m_port);
        QCOMPARE(exchange(after, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1).value(0).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
