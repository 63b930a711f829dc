// The project's server against Node's: the framing corpus (tests/data/http-framing.json, recorded from Node 20's
// HTTP server with tests/http/framing/record.mjs) is sent raw, each case followed by a clean request, and the
// requests the handler sees (method, target, body) and whether the connection stays open must be Node's. A
// difference fails unless the case is listed below with the RFC section that allows it.
#include "http/httpserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Xident;

namespace {

// Where this server frames differently from Node 20 on purpose, and why a conforming server may.
const QHash<QString, QString> &allowedDifferences()
{
    static const QHash<QString, QString> list{
        // Refusals the server adds on top of llhttp's framing (the request and what follows it are not served).
        {u"two hosts"_s, u"RFC 9112 §3.2: more than one Host is answered 400"_s},
        {u"two equal hosts"_s, u"RFC 9112 §3.2: more than one Host field line is answered 400"_s},
        {u"no host in 1.1"_s, u"RFC 9112 §3.2: 400, and the connection closes (§9.6) instead of serving what follows"_s},
        {u"gzip, chunked"_s, u"RFC 9112 §6.1: a transfer coding the server does not understand is answered 501"_s},
        {u"empty coding"_s, u"RFC 9112 §6.1: a Transfer-Encoding without a coding is no valid field value (400)"_s},
        {u"empty coding, then chunked"_s, u"RFC 9112 §6.1: a Transfer-Encoding without a coding is no valid field value (400)"_s},
        {u"no version"_s, u"RFC 9110 §15.6.6: HTTP/0.9 is not served (505)"_s},
        {u"http/2.0"_s, u"RFC 9110 §15.6.6: a major version other than 1 is not served (505)"_s},
        {u"rtsp version"_s, u"RFC 9110 §15.6.6: only HTTP is served; llhttp frames RTSP/1.0 as well (505)"_s},
        {u"ice version"_s, u"RFC 9110 §15.6.6: only HTTP is served; llhttp frames ICE/1.0 as well (505)"_s},
        {u"host with a space"_s, u"RFC 9112 §3.2: a Host with an invalid field value is answered 400"_s},
        {u"host with a slash"_s, u"RFC 9112 §3.2: a Host with an invalid field value is answered 400"_s},
        {u"host with userinfo"_s, u"RFC 9112 §3.2 and RFC 9110 §4.2.4: a Host with userinfo is invalid (400)"_s},
        {u"chunk size 2^64 - 1"_s, u"RFC 9110 §15.5.14: a chunk larger than the body limit is answered 413 before its bytes"_s},
        {u"chunk size 2^63"_s, u"RFC 9110 §15.5.14: a chunk larger than the body limit is answered 413 before its bytes"_s},
        {u"chunk size with 2000 leading zeros"_s, u"RFC 9112 §7.1: a chunk-size line is limited (1 KiB here, as the request "
                                                  "line is) against numerals that never end (400)"_s},
        {u"http/1.0 chunked"_s, u"RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 is faulty framing: the connection closes after "
                                "the request"_s},
        // llhttp 8.1's strict grammar refuses this; Node 20's llhttp 9 takes it. A refusal never desynchronises.
        {u"two extensions"_s, u"RFC 9112 §7.1.1 grammar taken strictly by llhttp 8.1: a chunk extension without a value "
                              "after one with a value is refused (400)"_s},
        // Bare LF line ends: llhttp 8.1 recognises them, Node 20's llhttp 9 refuses them.
        {u"bare LF after the request line"_s, u"RFC 9112 §2.2: a recipient MAY recognise a single LF as a line terminator"_s},
        {u"bare LF ending the trailers"_s, u"RFC 9112 §2.2: a recipient MAY recognise a single LF as a line terminator"_s},
        // Persistence: decided by the latest request (HTTP/1.1, no close), where Node closes after a 1.0 exchange.
        {u"http/1.0 keep-alive"_s, u"RFC 9112 §9.3: the last request (HTTP/1.1, no close) leaves the connection open"_s},
        {u"http/1.0 with a body"_s, u"RFC 9112 §9.3: the last request (HTTP/1.1, no close) leaves the connection open"_s},
        {u"no host in 1.0"_s, u"RFC 9112 §9.3: the last request (HTTP/1.1, no close) leaves the connection open"_s},
        // Upgrade: answered as plain HTTP/1.1, and then the connection closes rather than waiting.
        {u"upgrade h2c"_s, u"RFC 9110 §7.8: the server may ignore Upgrade; it closes after the answer (RFC 9112 §9.6)"_s},
        {u"upgrade websocket"_s, u"RFC 9110 §7.8: the server may ignore Upgrade; it closes after the answer (RFC 9112 §9.6)"_s},
        {u"upgrade with a body"_s, u"RFC 9110 §7.8: the server may ignore Upgrade; it closes after the answer (RFC 9112 §9.6)"_s},
    };
    return list;
}

struct Framing
{
    QStringList requests;   // "METHOD target base64(body)"
    bool open = false;
};

QString describe(const Framing &f)
{
    return u"%1 requests [%2], %3"_s.arg(f.requests.size()).arg(f.requests.join(u" | "_s), f.open ? u"open"_s : u"closed"_s);
}

} // namespace

class tst_Framing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesNode()
    {
        QFile file(QStringLiteral(XIDENT_TEST_DATA_DIR) + u"/http-framing.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray cases = doc.value("cases"_L1).toArray();
        const QByteArray clean = QByteArray::fromBase64(doc.value("cleanRequest"_L1).toString().toLatin1());
        QVERIFY(cases.size() >= 200);
        qInfo("%lld cases recorded with Node %s (llhttp %s)", qint64(cases.size()),
              qPrintable(doc.value("recordedWith"_L1).toObject().value("node"_L1).toString()),
              qPrintable(doc.value("recordedWith"_L1).toObject().value("llhttp"_L1).toString()));

        QHash<quint16, QStringList> seen;   // the client's port → what the handler saw
        Http::Limits limits;
        limits.maxConnections = 1000;
        limits.maxConnectionsPerPeer = 1000;
        Http::Server server([&seen](const Http::Request &r) {
            seen[r.peerPort].append(QString::fromLatin1(r.method + ' ' + r.target + ' ' + r.body.toBase64()));
            Http::Response answer;
            answer.body = "ok";
            return answer;
        }, limits);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        // Every case on its own connection, all at once; then the server has a moment to read them.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (const QJsonValue &c : cases) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            socket->write(QByteArray::fromBase64(c.toObject().value("bytes"_L1).toString().toLatin1()) + clean);
            sockets.push_back(std::move(socket));
        }
        // Each one's port as soon as it is connected: a closed socket forgets it.
        std::vector<quint16> ports(sockets.size(), 0);
        QVERIFY(QTest::qWaitFor([&] {
            bool all = true;
            for (size_t i = 0; i < sockets.size(); ++i) {
                if (ports[i] == 0)
                    ports[i] = sockets[i]->localPort();
                all = all && ports[i] != 0;
            }
            return all;
        }, 10000));
        // Then until nothing changes any more: every byte sent, and no request or close for a while.
        const auto snapshot = [&] {
            qsizetype handled = 0;
            for (const QStringList &l : std::as_const(seen))
                handled += l.size();
            qsizetype open = 0;
            qint64 unsent = 0;
            for (const auto &socket : sockets) {
                open += socket->state() == QAbstractSocket::ConnectedState;
                unsent += socket->bytesToWrite();
            }
            return std::make_tuple(handled, open, unsent);
        };
        auto last = snapshot();
        QElapsedTimer still;
        still.start();
        QVERIFY(QTest::qWaitFor([&] {
            const auto now = snapshot();
            if (now != last || std::get<2>(now) > 0) {
                last = now;
                still.restart();
            }
            return still.elapsed() >= 400;
        }, 20000));

        int differing = 0;
        QStringList unexpected;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QString name = c.value("name"_L1).toString();
            Framing node;
            for (const QJsonValue &r : c.value("requests"_L1).toArray()) {
                const QJsonObject o = r.toObject();
                node.requests.append(o.value("method"_L1).toString() + u' ' + o.value("target"_L1).toString() + u' '
                                     + o.value("body"_L1).toString());
            }
            node.open = c.value("open"_L1).toBool();
            Framing ours;
            ours.requests = seen.value(ports[size_t(i)]);
            ours.open = sockets[size_t(i)]->state() == QAbstractSocket::ConnectedState;
            const bool same = ours.requests == node.requests && ours.open == node.open;
            const auto allowed = allowedDifferences().constFind(name);
            if (same && allowed != allowedDifferences().constEnd())
                unexpected.append(u"\"%1\" frames as Node does now: take it off the list of allowed differences"_s.arg(name));
            if (!same) {
                ++differing;
                const QString line = u"\"%1\"\n    Node: %2\n    ours: %3"_s.arg(name, describe(node), describe(ours));
                if (allowed == allowedDifferences().constEnd())
                    unexpected.append(line);
                else
                    qInfo("allowed difference %s (%s)", qPrintable(line), qPrintable(*allowed));
            }
        }
        qInfo("%d of %lld cases frame differently from Node, all of them listed with the RFC that allows it", differing,
              qint64(cases.size()));
        for (const QString &line : std::as_const(unexpected))
            qWarning("unexpected difference %s", qPrintable(line));
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"%1 cases frame differently from Node without a reason listed"_s.arg(unexpected.size())));
    }
};

QTEST_GUILESS_MAIN(tst_Framing)
#include "tst_framing.moc"
