// The request parser over llhttp, without a network: what it frames, what it refuses and with which status, the
// limits counted before more bytes are taken, and the same outcome however the bytes are split.
#include "http/requestparser.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident::Http;

namespace {

struct Outcome
{
    QList<RequestParser::Message> requests;
    int failure = 0;          // the refusal's status, 0 when none
    bool finished = false;
    int heads = 0;            // HeadComplete events seen
};

// Feeds \a bytes in pieces of at most \a step bytes, as a socket delivers them.
Outcome parse(const QByteArray &bytes, qsizetype step = 1 << 30, Limits limits = {})
{
    RequestParser parser(limits);
    Outcome out;
    QByteArray pending;
    qsizetype offset = 0;
    while (true) {
        if (offset < bytes.size() && pending.size() < step) {
            const qsizetype take = std::min(step, bytes.size() - offset);
            pending += bytes.mid(offset, take);
            offset += take;
        }
        qsizetype consumed = 0;
        const auto event = parser.feed(pending.constData(), pending.size(), &consumed);
        pending.remove(0, consumed);
        if (event == RequestParser::Event::Failed) {
            out.failure = parser.failureStatus();
            break;
        }
        if (event == RequestParser::Event::HeadComplete) {
            ++out.heads;
            continue;
        }
        if (event == RequestParser::Event::RequestComplete) {
            out.requests.append(parser.takeMessage());
            if (parser.isFinished())
                break;
            continue;
        }
        if (offset >= bytes.size() && pending.isEmpty())
            break;
        if (offset >= bytes.size() && consumed == 0)
            break;   // the rest is an incomplete request
    }
    out.finished = parser.isFinished();
    return out;
}

const QByteArray Clean = "GET /next HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

class tst_RequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesRequests()
    {
        const Outcome o = parse("GET /a?b=1 HTTP/1.1\r\nHost: example\r\nX-Two:  spaced \t\r\n\r\n"
                                "POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" + Clean);
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 3);
        QCOMPARE(o.requests[0].method, "GET");
        QCOMPARE(o.requests[0].target, "/a?b=1");
        QCOMPARE(o.requests[0].version, "HTTP/1.1");
        QCOMPARE(o.requests[0].headers.value(1).second, "spaced");   // OWS is SP and HTAB only
        QCOMPARE(o.requests[1].body, "hello");
        QCOMPARE(o.requests[2].target, "/next");
        QCOMPARE(o.heads, 3);
    }

    void chunkedWithTrailers()
    {
        const Outcome o = parse("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5;name=\"v\"\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n" + Clean);
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 2);
        QCOMPARE(o.requests[0].body, "hello world");
        QCOMPARE(o.requests[0].trailers.value(0).first, "X-Sum");
    }

    void connectionIsReadTokenByToken_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("close");
        QTest::newRow("keep-alive then close") << QByteArray("Connection: keep-alive\r\nConnection: close\r\n") << QByteArray("1.1") << true;
        QTest::newRow("close in a list") << QByteArray("Connection: foo, CLOSE\r\n") << QByteArray("1.1") << true;
        QTest::newRow("enclosed is no close") << QByteArray("Connection: enclosed\r\n") << QByteArray("1.1") << false;
        QTest::newRow("1.0 default") << QByteArray() << QByteArray("1.0") << true;
        QTest::newRow("1.0 keep-alive") << QByteArray("Connection: Keep-Alive\r\n") << QByteArray("1.0") << false;
    }

    void framingThatEndsTheConnection()
    {
        // RFC 9112 §6.1: a Transfer-Encoding in HTTP/1.0 is faulty framing, so the connection closes after it.
        Outcome o = parse("POST / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n");
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].body, "x");
        QVERIFY(o.requests[0].closeAfter);
        // A Connection: close among the trailers closes it as well.
        o = parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nConnection: close\r\n\r\n");
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 1);
        QVERIFY(o.requests[0].closeAfter);
        // Neither without them.
        o = parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX: y\r\n\r\n");
        QCOMPARE(o.requests.size(), 1);
        QVERIFY(!o.requests[0].closeAfter);
    }

    void validHostsAreServed()
    {
        for (const QByteArray &host : {QByteArray("localhost:9000"), QByteArray("[::1]:9000"), QByteArray("127.0.0.1"), QByteArray("")}) {
            const Outcome o = parse("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            QVERIFY2(o.failure == 0, host.constData());
            QCOMPARE(o.requests.size(), 1);
        }
    }

    void connectionIsReadTokenByToken()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QByteArray, version);
        QFETCH(bool, close);
        const Outcome o = parse("GET / HTTP/" + version + "\r\nHost: x\r\n" + fields + "\r\n");
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 1);
        QCOMPARE(o.requests[0].closeAfter, close);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: x\r\n";
        QTest::newRow("TE with a leading VT") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: \x0b" "chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("TE with a trailing VT") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\x0b\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("TE with a FF") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: \x0c" "chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("CL with a VT") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: \x0b" "5\r\n\r\nhello") << 400;
        QTest::newRow("CL 5 and 05") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 05\r\n\r\nhello") << 400;
        QTest::newRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("TE twice") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("TE gzip") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("TE gzip, chunked") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n") << 501;
        QTest::newRow("bare CR in trailers") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\r\n") << 400;
        QTest::newRow("trailer without colon") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\nX\r\n\r\n") << 400;
        QTest::newRow("NUL in a trailer") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\nX: a"
                                                         + QByteArray(1, '\0') + "b\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("obs-fold after an empty first line") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("obs-fold after white space") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: \t\r\n\tchunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("control in an extension") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n1;a=\x01\r\nx\r\n0\r\n\r\n") << 400;
        QTest::newRow("unterminated quote in an extension") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n1;a=\"x\r\nx\r\n0\r\n\r\n") << 400;
        QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("empty field name") << QByteArray("GET / HTTP/1.1\r\n" + host + ": v\r\n\r\n") << 400;
        QTest::newRow("unknown method") << QByteArray("FOO / HTTP/1.1\r\n" + host + "\r\n") << 501;
        QTest::newRow("TLS handshake") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("CONNECT") << QByteArray("CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\n") << 501;
        QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n" + host + "\r\n") << 505;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("bare CR ending the head") << QByteArray("GET / HTTP/1.1\r\n" + host + "\rX") << 400;
        QTest::newRow("control in the target") << QByteArray("GET /a\x01 HTTP/1.1\r\n" + host + "\r\n") << 400;
        // llhttp also frames RTSP and ICE: neither protocol nor RTSP's methods are served here.
        QTest::newRow("RTSP version") << QByteArray("GET / RTSP/1.0\r\n" + host + "\r\n") << 505;
        QTest::newRow("ICE version") << QByteArray("SOURCE / ICE/1.0\r\n" + host + "\r\n") << 505;
        QTest::newRow("RTSP method on HTTP") << QByteArray("DESCRIBE / HTTP/1.1\r\n" + host + "\r\n") << 501;
        QTest::newRow("obs-fold of an empty value") << QByteArray("GET / HTTP/1.1\r\n" + host + "X:\r\n \r\n\r\n") << 400;
        QTest::newRow("fold in the trailers") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("Host with a space") << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") << 400;
        QTest::newRow("Host with a slash") << QByteArray("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n") << 400;
        QTest::newRow("Host with an at") << QByteArray("GET / HTTP/1.1\r\nHost: user@a\r\n\r\n") << 400;
        QTest::newRow("chunk size of 2^64 - 1") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nx") << 413;
        QTest::newRow("chunk size of 2^63") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n8000000000000000\r\nx") << 413;
        QTest::newRow("chunk size past 2^64") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\nx") << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        // The same refusal however the bytes arrive.
        for (const qsizetype step : {qsizetype(1) << 30, qsizetype(1), qsizetype(2), qsizetype(5)}) {
            const Outcome o = parse(bytes + Clean, step);
            QCOMPARE(o.failure, status);
            QVERIFY(o.finished);
            for (const auto &r : o.requests)
                QVERIFY2(r.target != "/next", "the request after a refused one was served");
        }
    }

    void upgradeIsAnsweredThenTheStreamEnds()
    {
        const Outcome o = parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                                "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n" + Clean);
        QCOMPARE(o.failure, 0);
        QCOMPARE(o.requests.size(), 1);
        QVERIFY(o.requests[0].upgrade);
        QVERIFY(o.requests[0].closeAfter);
        QVERIFY(o.finished);
    }

    void limitsBeforeMoreBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("request line") << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
        QTest::newRow("request line that never ends") << QByteArray("GET /" + QByteArray(9000, 'a')) << 414;
        QTest::newRow("head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(33000, 'a') + "\r\n\r\n") << 431;
        QTest::newRow("field count") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n" + QByteArray("X: 1\r\n").repeated(101) + "\r\n") << 431;
        QTest::newRow("declared body") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n") << 413;
        QTest::newRow("chunk size") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n") << 413;
        QTest::newRow("chunk extensions") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(1100, 'e') + "\r\nx\r\n0\r\n\r\n") << 400;
        QTest::newRow("trailers") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: " + QByteArray(33000, 't') + "\r\n\r\n") << 431;
        // The chunk-size line counts as a whole, however it is made long.
        QTest::newRow("chunk size of leading zeros") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(5000, '0') + "1\r\nx\r\n0\r\n\r\n") << 400;
        QTest::newRow("many empty extensions") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1" + QByteArray(";a").repeated(2000) + "\r\nx\r\n0\r\n\r\n") << 400;
        QTest::newRow("second chunk's line") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n1;" + QByteArray(1100, 'e') + "\r\nx\r\n0\r\n\r\n") << 400;
    }

    void limitsBeforeMoreBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QCOMPARE(parse(bytes).failure, status);
        QCOMPARE(parse(bytes, 7).failure, status);
    }

    void sameOutcomeHoweverSplit()
    {
        const QByteArray stream = "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "5;n=v\r\nhello\r\n0\r\nX-Sum: 1\r\n\r\n"
                                  "PUT /d HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\nabc"
                                  "\r\n\r\nGET /e HTTP/1.0\r\n\r\n";
        const Outcome whole = parse(stream);
        QCOMPARE(whole.failure, 0);
        QCOMPARE(whole.requests.size(), 3);
        QVERIFY(whole.requests[1].expectContinue);
        QVERIFY(whole.requests[2].closeAfter);
        for (qsizetype step = 1; step < 40; ++step) {
            const Outcome split = parse(stream, step);
            QCOMPARE(split.requests.size(), whole.requests.size());
            for (qsizetype i = 0; i < split.requests.size(); ++i) {
                QCOMPARE(split.requests[i].method, whole.requests[i].method);
                QCOMPARE(split.requests[i].target, whole.requests[i].target);
                QCOMPARE(split.requests[i].headers, whole.requests[i].headers);
                QCOMPARE(split.requests[i].body, whole.requests[i].body);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_RequestParser)
#include "tst_requestparser.moc"
