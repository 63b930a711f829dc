// The one webhook sender: what it sends, what it leaves out, and how each kind of answer (or none) ends.
#include <XidentQt/webhooksender.h>

#include "faultserver.h"

#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Xident::WebhookAnswer;
using Xident::WebhookSender;

class tst_WebhookSender : public QObject
{
    Q_OBJECT

    // Posts and waits for the answer (the sender promises one for every post).
    static WebhookAnswer post(WebhookSender &sender, const QUrl &url, const WebhookSender::HeaderList &headers,
                              const QByteArray &body)
    {
        std::optional<WebhookAnswer> got;
        sender.post(url, headers, body, [&got](const WebhookAnswer &a) { got = a; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            qFatal("the sender never answered");
        return *got;
    }

private Q_SLOTS:
    void sendsTheBytesAndHeadersButNotTheHopByHopOnes()
    {
        FaultServer receiver;
        receiver.setFallback({200, R"({"ok":true})", {{"X-Answer", "yes"}}});
        WebhookSender sender;
        const QByteArray body = "{\"a\":1}\r\n";
        const WebhookAnswer a = post(sender, QUrl(receiver.baseUrl() + u"/in"_s),
                                     {{"X-Xident-Signature", "t=1,v1=ab"}, {"HOST", "evil.example"},
                                      {"Content-Length", "3"}, {"connection", "close"}, {"Transfer-Encoding", "chunked"},
                                      {"Keep-Alive", "1"}, {"Expect", "100-continue"}, {"Upgrade", "h2c"}, {"TE", "trailers"},
                                      {"X-Custom", "kept"}},
                                     body);
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::Answered);
        QVERIFY(a.isSuccess());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray(R"({"ok":true})"));
        QVERIFY(std::any_of(a.headers.cbegin(), a.headers.cend(), [](const auto &h) { return h.first == "X-Answer"; }));
        QCOMPARE(receiver.received().size(), 1);
        const FaultServer::Received r = receiver.received().constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("X-Xident-Signature"), QByteArray("t=1,v1=ab"));
        QCOMPARE(r.header("X-Custom"), QByteArray("kept"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));   // added when none was given
        QVERIFY(r.header("Host").startsWith("127.0.0.1"));
        QCOMPARE(r.header("Content-Length"), QByteArray::number(body.size()));
        for (const char *dropped : {"Transfer-Encoding", "Keep-Alive", "Expect", "Upgrade", "TE"})
            QVERIFY2(r.header(dropped).isEmpty(), dropped);
    }

    void hopByHopNamesInAnyCase()
    {
        for (const char *name : {"host", "Content-Length", "CONNECTION", "transfer-encoding", "Keep-Alive", "expect",
                                 "Upgrade", "te"})
            QVERIFY2(WebhookSender::isHopByHop(name), name);
        for (const char *name : {"X-Xident-Signature", "Content-Type", "User-Agent", "tea", "Hosts", ""})
            QVERIFY2(!WebhookSender::isHopByHop(name), name);
    }

    void aRedirectIsReportedNotFollowed()
    {
        FaultServer receiver;
        receiver.setFallback({307, {}, {{"Location", "http://127.0.0.1:1/elsewhere"}}});
        WebhookSender sender;
        const WebhookAnswer a = post(sender, QUrl(receiver.baseUrl()), {}, "{}");
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::Answered);
        QVERIFY(a.isRedirect());
        QVERIFY(!a.isSuccess());
        QCOMPARE(a.location(), QByteArray("http://127.0.0.1:1/elsewhere"));
        QCOMPARE(receiver.received().size(), 1);
    }

    void aLongAnswerKeepsOnlyItsStart()
    {
        FaultServer receiver;
        receiver.setFallback({500, QByteArray(WebhookSender::MaxAnswerBytes * 4, 'x'), {}});
        WebhookSender sender;
        const WebhookAnswer a = post(sender, QUrl(receiver.baseUrl()), {}, "{}");
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::Answered);
        QCOMPARE(a.status, 500);
        QVERIFY(a.bodyTruncated);
        QCOMPARE(a.body.size(), WebhookSender::MaxAnswerBytes);
    }

    void aReceiverThatStallsTimesOut()
    {
        FaultServer receiver;
        FaultServer::Answer stall{200, QByteArray(1000, 'x'), {}};
        stall.mode = FaultServer::Mode::Stall;
        receiver.setFallback(stall);
        WebhookSender sender;
        sender.setTimeout(300);
        const WebhookAnswer a = post(sender, QUrl(receiver.baseUrl()), {}, "{}");
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::TimedOut);
        QCOMPARE(a.status, 0);
        QVERIFY(!a.isSuccess());
    }

    void anAnswerCutOffMidBodyIsNoAnswer_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("reset") << int(FaultServer::Mode::ResetMidBody);
        QTest::newRow("closed") << int(FaultServer::Mode::CloseMidBody);
    }

    // A receiver that announced 200 and then went away may not have finished its work: a sender must try again.
    void anAnswerCutOffMidBodyIsNoAnswer()
    {
        QFETCH(int, mode);
        FaultServer receiver;
        FaultServer::Answer cut{200, QByteArray(4000, 'x'), {}};
        cut.mode = FaultServer::Mode(mode);
        receiver.setFallback(cut);
        WebhookSender sender;
        const WebhookAnswer a = post(sender, QUrl(receiver.baseUrl()), {}, "{}");
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::NetworkError);
        QCOMPARE(a.status, 0);
        QVERIFY(!a.isSuccess());
        QVERIFY(!a.errorString.isEmpty());
    }

    void aClosedPortIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        WebhookSender sender;
        const WebhookAnswer a = post(sender, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), {}, "{}");
        QCOMPARE(a.outcome, WebhookAnswer::Outcome::NetworkError);
        QCOMPARE(a.status, 0);
        QVERIFY(a.networkError != 0);
        QVERIFY(!a.errorString.isEmpty());
    }

    void noAnswerReachesACallerAfterTheSenderIsGone()
    {
        FaultServer receiver;
        FaultServer::Answer stall{200, "{}", {}};
        stall.mode = FaultServer::Mode::Stall;
        receiver.setFallback(stall);
        bool called = false;
        {
            WebhookSender sender;
            sender.post(QUrl(receiver.baseUrl()), {}, "{}", [&called](const WebhookAnswer &) { called = true; });
            QTRY_COMPARE(receiver.received().size(), 1);
        }
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookSender)
#include "tst_webhooksender.moc"
