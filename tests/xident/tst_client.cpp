#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include "faultserver.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using Answer = FaultServer::Answer;

namespace {
const QString Key = u"sk_test_client_0123456789abcdef"_s;
const QByteArray ResultData = R"({"token":"xtk_1","status":"success","verified":true,"checks":{"age":{"performed":true,"passed":true,"gate":18}}})";
} // namespace

class tst_Client : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Client> makeClient(const FaultServer &server, int maxRetries = 3, int timeoutMs = 5000)
    {
        Config config(Key);
        config.setBaseUrl(server.baseUrl() + u"/"_s);
        config.setMaxRetries(maxRetries);
        config.setTimeout(std::chrono::milliseconds(timeoutMs));
        auto client = std::make_unique<Client>(config);
        RetryPolicy policy = client->retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(5));
        policy.setRandomSource([] { return 0.0; });
        client->setRetryPolicy(policy);
        return client;
    }

    // Runs a job to its end and returns it (kept alive: auto-delete off).
    template<typename J>
    J *run(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (!spy.wait(10000))
            qWarning("job did not finish");
        return job;
    }

private Q_SLOTS:
    void sendsHeadersAndBody()
    {
        FaultServer server;
        server.enqueue({200, FaultServer::envelope(R"({"token":"xit_1","verify_url":"http:\/\/v/1"})"), {}, {}});
        auto client = makeClient(server);
        Config c = client->config();
        QVERIFY(!c.addExtraHeader("X-Custom", "value"));
        client->setConfig(c);
        InitParams p;
        p.callbackUrl = u"https://example.com/cb"_s;
        p.minAge = 21;
        p.locale = u"de"_s;
        std::unique_ptr<InitJob> job(run(client->init(p)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().token, u"xit_1"_s);
        QCOMPARE(job->result().verifyUrl, u"http://v/1"_s);
        QCOMPARE(job->requestId(), u"req_test"_s);

        QCOMPARE(server.received().size(), 1);
        const auto r = server.received().first();
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.path, "/verify/v1/init");
        QCOMPARE(r.header("X-API-Key"), Key.toUtf8());
        QCOMPARE(r.header("X-API-Version"), "2026-08-13");
        QCOMPARE(r.header("Accept"), "application/json");
        QCOMPARE(r.header("Content-Type"), "application/json");
        QCOMPARE(r.header("X-Custom"), "value");
        QVERIFY(r.header("User-Agent").startsWith(QByteArray("Xident-Qt/" + Client::version().toLatin1() + " Qt/")));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("callback_url"_L1).toString(), u"https://example.com/cb"_s);
        QCOMPARE(body.value("min_age"_L1).toInt(), 21);
        QCOMPARE(body.value("locale"_L1).toString(), u"de"_s);
        QVERIFY(!body.contains("theme"_L1)); // unset fields are omitted
        QCOMPARE(body.size(), 3);
    }

    void tokensAreCheckedLocally_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("init token") << u"xit_0123456789abcdef"_s << true;
        QTest::newRow("result token with - and _") << u"xtk_ab-cd_ef-12"_s << true;
        QTest::newRow("dot dot") << u".."_s << false;
        QTest::newRow("path") << u"a/b?c d"_s << false;
        QTest::newRow("traversal in token") << u"xit_../../init"_s << false;
        QTest::newRow("too short") << u"xit_1234567"_s << false;
        QTest::newRow("too long") << QString(u"xit_"_s + QString(129, u'a')) << false;
        QTest::newRow("other prefix") << u"sess_12345678"_s << false;
        QTest::newRow("line break") << u"xit_12345678\r\nX: y"_s << false;
        QTest::newRow("trailing newline") << u"xit_01234567\n"_s << false;
    }

    void tokensAreCheckedLocally()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server);
        std::unique_ptr<ResultJob> job(run(client->getResult(token)));
        if (valid) {
            QVERIFY(!job->error());
            QCOMPARE(server.received().first().path, "/verify/v1/result/" + token.toLatin1());
        } else {
            QCOMPARE(job->error().kind(), ErrorKind::Configuration);
            QVERIFY(job->error().message().contains("xit_ or xtk_"_L1));
            QCOMPARE(server.received().size(), 0);
        }
    }

    void keyWithControlCharactersIsRefused()
    {
        FaultServer server;
        Config config(u"sk_test_abc\rX-Evil: 1"_s);
        config.setBaseUrl(server.baseUrl());
        Client client(config);
        std::unique_ptr<ResultJob> job(run(client.getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Configuration);
        QCOMPARE(server.received().size(), 0);
    }

    void liveKeyNeverTravelsInCleartext_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("refused");
        QTest::newRow("plain http, remote host") << u"http://api.example.com"_s << true;
        QTest::newRow("plain http, LAN address") << u"http://192.168.1.10:9000"_s << true;
        QTest::newRow("https") << u"https://api.example.com"_s << false;
        QTest::newRow("loopback 127.0.0.2") << u"http://127.0.0.2:9000"_s << false;
        QTest::newRow("localhost") << u"http://localhost:9000"_s << false;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:9000"_s << false;
    }

    void liveKeyNeverTravelsInCleartext()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, refused);
        Config config(u"sk_live_abcdefgh12345678"_s);
        config.setBaseUrl(baseUrl);
        const Error e = config.validate();
        QCOMPARE(e.isError(), refused);
        if (refused)
            QVERIFY(e.message().contains("cleartext"_L1));
        Config test(u"sk_test_abcdefgh12345678"_s);
        test.setBaseUrl(baseUrl);
        QVERIFY(!test.validate()); // test keys may use plain http anywhere (staging, the sandbox on a LAN)
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << FaultServer::errorEnvelope("INVALID_REQUEST", "min_age bad", "req_400") << ErrorKind::Validation << u"INVALID_REQUEST"_s;
        QTest::newRow("401") << 401 << FaultServer::errorEnvelope("INVALID_API_KEY", "bad key", "req_401") << ErrorKind::Authentication << u"INVALID_API_KEY"_s;
        QTest::newRow("403") << 403 << FaultServer::errorEnvelope("FORBIDDEN", "revoked", "req_403") << ErrorKind::Authentication << u"FORBIDDEN"_s;
        QTest::newRow("404") << 404 << FaultServer::errorEnvelope("TOKEN_NOT_FOUND", "nope", "req_404") << ErrorKind::NotFound << u"TOKEN_NOT_FOUND"_s;
        QTest::newRow("409") << 409 << FaultServer::errorEnvelope("CONFLICT", "dup", "req_409") << ErrorKind::Validation << u"CONFLICT"_s;
        QTest::newRow("422") << 422 << FaultServer::errorEnvelope("UNPROCESSABLE", "x", "req_422") << ErrorKind::Validation << u"UNPROCESSABLE"_s;
        QTest::newRow("429 no Retry-After") << 429 << FaultServer::errorEnvelope("RATE_LIMITED", "slow", "req_429") << ErrorKind::RateLimit << u"RATE_LIMITED"_s;
        QTest::newRow("500") << 500 << FaultServer::errorEnvelope("SERVER_ERROR", "boom", "req_500") << ErrorKind::Server << u"SERVER_ERROR"_s;
        QTest::newRow("503") << 503 << FaultServer::errorEnvelope("UNAVAILABLE", "down", "req_503") << ErrorKind::Server << u"UNAVAILABLE"_s;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>") << ErrorKind::Server << QString();
        QTest::newRow("200 not json") << 200 << QByteArray("this is not json") << ErrorKind::Parse << u"PARSE_ERROR"_s;
        QTest::newRow("200 array") << 200 << QByteArray("[1,2]") << ErrorKind::Parse << u"PARSE_ERROR"_s;
        QTest::newRow("200 no data") << 200 << QByteArray(R"({"success":true,"meta":{"request_id":"req_x"}})") << ErrorKind::Parse << u"PARSE_ERROR"_s;
        QTest::newRow("200 success false") << 200 << FaultServer::errorEnvelope("ODD", "odd", "req_200") << ErrorKind::Validation << u"ODD"_s;
    }

    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        FaultServer server;
        Answer a;
        a.status = status;
        a.body = body;
        server.setFallback(a);
        auto client = makeClient(server, 0);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        const Error e = job->error();
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.code(), code);
        QVERIFY(!e.message().isEmpty());
        if (body.startsWith('{') && body.contains("req_"))
            QVERIFY(e.requestId().startsWith("req_"_L1));
        if (!body.startsWith('{'))
            QCOMPARE(e.bodySample(), body.left(Error::BodySampleLimit)); // the raw body is kept for the operator
        QCOMPARE(server.received().size(), 1);
    }

    void retriesServerErrorsThenSucceeds()
    {
        FaultServer server;
        server.enqueue({503, FaultServer::errorEnvelope("UNAVAILABLE", "x"), {}, {}});
        server.enqueue({500, FaultServer::errorEnvelope("SERVER_ERROR", "x"), {}, {}});
        server.enqueue({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server, 3);
        QSignalSpy exchanges(client.get(), &Client::exchangeFinished);
        ResultJob *raw = client->getResult(u"xit_00000001"_s);
        QSignalSpy retries(raw, &Job::retryScheduled);
        QSignalSpy attempts(raw, &Job::attemptStarted);
        std::unique_ptr<ResultJob> job(run(raw));
        QVERIFY(!job->error());
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(0).toInt(), 2);
        QCOMPARE(retries.at(0).at(1).toLongLong(), 3); // 5 ms × 2^0 × (0.5 + 0.5 × 0), rounded
        QCOMPARE(retries.at(1).at(1).toLongLong(), 5); // 5 ms × 2^1 × 0.5
        QCOMPARE(exchanges.size(), 3);
        const auto first = exchanges.at(0).at(0).value<Exchange>();
        QCOMPARE(first.httpStatus, 503);
        QCOMPARE(first.attempt, 1);
        QCOMPARE(first.error.kind(), ErrorKind::Server);
        // The request log never carries the key.
        for (const auto &h : first.requestHeaders) {
            if (h.first == "X-API-Key") {
                QVERIFY(!h.second.contains(Key.toUtf8()));
                QVERIFY(h.second.startsWith("sk_test_"));
            }
        }
    }

    void retryBudgetExhausted()
    {
        FaultServer server;
        server.setFallback({500, FaultServer::errorEnvelope("SERVER_ERROR", "x"), {}, {}});
        auto client = makeClient(server, 2);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Server);
        QCOMPARE(server.received().size(), 3); // 1 + 2 retries
        QCOMPARE(job->attempts(), 3);
    }

    void clientErrorsAreNotRetried()
    {
        FaultServer server;
        server.setFallback({400, FaultServer::errorEnvelope("INVALID_REQUEST", "x"), {}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Validation);
        QCOMPARE(server.received().size(), 1);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("delta-seconds") << QByteArray("1");
        QTest::newRow("http-date") << QByteArray("http-date");
    }

    void retryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        // The delay the client must choose: 1 s, or up to the date (whole seconds, so up to 1 s less than 2 s,
        // and less again by the time that passes before the client reads it; a slow build may take a while).
        QElapsedTimer sinceDate;
        sinceDate.start();
        if (retryAfter == "http-date") // computed here, not in _data, so the clock has not moved on
            retryAfter = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        FaultServer server;
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", retryAfter}}, {}});
        server.enqueue({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server, 3);
        QSignalSpy paused(client.get(), &Client::paused);
        ResultJob *raw = client->getResult(u"xit_00000001"_s);
        QSignalSpy retries(raw, &Job::retryScheduled);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ResultJob> job(run(raw));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QCOMPARE(server.received().size(), 2);
        QCOMPARE(retries.size(), 1);
        const qint64 delay = retries.at(0).at(1).toLongLong();
        const qint64 earliest = retryAfter.size() == 1 ? 1000 : 1000 - sinceDate.elapsed();
        QVERIFY2(delay <= 2000 && delay >= std::max<qint64>(1, earliest), QByteArray::number(delay).constData());
        QVERIFY(retries.at(0).at(2).toString().contains("rate_limit"_L1));
        QCOMPARE(paused.size(), 1);
    }

    void retryAfterBeyondBudgetIsSurfaced()
    {
        FaultServer server;
        server.setFallback({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "3600"}}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::RateLimit);
        QCOMPARE(job->error().retryAfter(), std::optional<int>(3600));
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(client->pauseRemainingMs(), 0); // an hour-long Retry-After does not freeze the client
    }

    void rateLimitPausesWholeClient()
    {
        FaultServer server;
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "1"}}, {}});
        server.setFallback({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> first(run(client->getResult(u"xit_00000001"_s)));
        QVERIFY(!first->error());
        // The 429 made the client pause; it has since expired. Trigger a new pause and check another job waits.
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "1"}}, {}});
        ResultJob *a = client->getResult(u"xit_0000000a"_s);
        a->setAutoDelete(false);
        QSignalSpy aDone(a, &Job::finished);
        a->start();
        QTRY_VERIFY(client->pauseRemainingMs() > 0);
        const int before = int(server.received().size());
        ResultJob *b = client->getResult(u"xit_0000000b"_s);
        b->setAutoDelete(false);
        QSignalSpy bDone(b, &Job::finished);
        b->start();
        QTest::qWait(300);
        QCOMPARE(int(server.received().size()), before); // b is held back by the pause
        QVERIFY(bDone.wait(3000));
        QVERIFY(aDone.size() == 1 || aDone.wait(3000));
        QVERIFY(!a->error());
        QVERIFY(!b->error());
        delete a;
        delete b;
    }

    void cancelDuringRetryDelay()
    {
        FaultServer server;
        server.setFallback({503, FaultServer::errorEnvelope("UNAVAILABLE", "x"), {}, {}});
        auto client = makeClient(server, 3);
        RetryPolicy slow = client->retryPolicy();
        slow.setBaseDelay(std::chrono::milliseconds(5000));
        client->setRetryPolicy(slow);
        ResultJob *job = client->getResult(u"xit_00000001"_s);
        job->setAutoDelete(false);
        QSignalSpy retries(job, &Job::retryScheduled);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QVERIFY(retries.wait(5000));
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind(), ErrorKind::Canceled);
        job->cancel(); // idempotent: finished stays at one
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.received().size(), 1);
        delete job;
    }

    void cancelBeforeStartAndInFlight()
    {
        FaultServer server;
        FaultServer::Answer stall{200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::Stall};
        server.setFallback(stall);
        auto client = makeClient(server, 0);
        ResultJob *pending = client->getResult(u"xit_00000001"_s);
        QSignalSpy pendingDone(pending, &Job::finished);
        pending->start();
        pending->cancel(); // before the queued start ran
        QCOMPARE(pendingDone.size(), 1);
        QTest::qWait(20);
        QCOMPARE(pendingDone.size(), 1);

        ResultJob *inFlight = client->getResult(u"xit_00000001"_s);
        inFlight->setAutoDelete(false);
        QSignalSpy done(inFlight, &Job::finished);
        inFlight->start();
        QTRY_COMPARE(server.received().size(), 1);
        inFlight->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(inFlight->error().kind(), ErrorKind::Canceled);
        delete inFlight;
    }

    void stalledTransferTimesOut()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::Stall});
        auto client = makeClient(server, 1, 1000);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Timeout);
        QCOMPARE(server.received().size(), 2); // a timeout is transient: retried once
    }

    void slowBodyWithinDeadlineSucceeds()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::SlowBody});
        auto client = makeClient(server, 0, 10000);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
    }

    void resetMidBodyIsNetworkError()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::ResetMidBody});
        auto client = makeClient(server, 1);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(server.received().size(), 2);
    }

    // A body shorter than its Content-Length is a broken connection, however the transport ends it.
    void bodyShorterThanAnnouncedIsNetworkError()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::CloseMidBody});
        auto client = makeClient(server, 1);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(job->error().httpStatus(), 200);
        // Retried once by the policy; QNAM may resend once more on its own when a kept-alive connection closes.
        QVERIFY2(server.received().size() >= 2 && server.received().size() <= 4,
                 qPrintable(QString::number(server.received().size())));
    }

    void connectionRefusedIsNetworkError()
    {
        quint16 port;
        {
            FaultServer gone;
            port = gone.port();
        }
        Config config(Key);
        config.setBaseUrl(u"http://127.0.0.1:%1"_s.arg(port));
        config.setMaxRetries(0);
        Client client(config);
        std::unique_ptr<ResultJob> job(run(client.getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(job->error().httpStatus(), 0);
    }

    void redirectIsNotFollowed()
    {
        FaultServer other;
        FaultServer server;
        server.setFallback({302, QByteArray(), {{"Location", other.baseUrl().toLatin1() + "/verify/v1/result/xit_00000001"}}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Redirect);
        QCOMPARE(job->error().httpStatus(), 302);
        QVERIFY(job->error().redirectTarget().startsWith(other.baseUrl()));
        QVERIFY(job->error().message().contains(other.baseUrl()));
        QTest::qWait(100);
        QCOMPARE(other.received().size(), 0); // the key never reached the other origin
        QCOMPARE(server.received().size(), 1); // not retried
    }

    void echoedKeyIsRedacted()
    {
        FaultServer server;
        const QByteArray key = Key.toUtf8();
        server.setFallback({302, "moved to ?k=" + key, {{"Location", "http://evil.example/?k=" + key}}, {}});
        auto client = makeClient(server, 0);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        const Error e = job->error();
        QCOMPARE(e.kind(), ErrorKind::Redirect);
        QVERIFY(!e.message().contains(Key));
        QVERIFY(!e.redirectTarget().contains(Key));
        QVERIFY(!e.bodySample().contains(key));
        QVERIFY(!e.toString().contains(Key));
        QVERIFY(e.redirectTarget().startsWith("http://evil.example/?k=sk_test_"_L1)); // still says where it pointed
    }

    void oversizedBodyIsRefused()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope("\"" + QByteArray(300 * 1024, 'x') + "\""), {}, {}});
        auto client = makeClient(server, 0);
        client->setMaxResponseBytes(100 * 1024);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::TooLarge);
    }

    void configErrorsFinishWithoutRequest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("public key") << u"pk_test_abc"_s << u"http://127.0.0.1:1"_s;
        QTest::newRow("empty key") << QString() << u"http://127.0.0.1:1"_s;
        QTest::newRow("bad url") << Key << u"ftp://x"_s;
    }

    void configErrorsFinishWithoutRequest()
    {
        QFETCH(QString, key);
        QFETCH(QString, baseUrl);
        Config config(key);
        config.setBaseUrl(baseUrl);
        Client client(config);
        ResultJob *job = client.getResult(u"xit_00000001"_s);
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        QCOMPARE(done.size(), 0); // start() only schedules
        QVERIFY(done.wait(1000));
        QCOMPARE(job->error().kind(), ErrorKind::Configuration);
        QCOMPARE(job->attempts(), 0);
        delete job;
    }

    void parseErrorBodySampleIsRedacted()
    {
        // A data object without a status fails in takeData(): its body sample must be redacted too.
        FaultServer server;
        const QByteArray key = Key.toUtf8();
        server.setFallback({200, FaultServer::envelope(R"({"echo":")" + key + R"("})"), {}, {}});
        auto client = makeClient(server, 0);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Parse);
        QVERIFY(!job->error().bodySample().isEmpty());
        QVERIFY2(!job->error().bodySample().contains(key), job->error().bodySample().constData());
        QVERIFY(!job->error().bodySample().contains(key.mid(8, 12)));
    }

    void keyStraddlingTheSampleLimitIsRedacted_data()
    {
        QTest::addColumn<int>("offset");
        for (int delta : {-20, -12, -8, -1, 0})
            QTest::newRow(qPrintable(u"key at %1"_s.arg(Error::BodySampleLimit + delta))) << int(Error::BodySampleLimit + delta);
    }

    void keyStraddlingTheSampleLimitIsRedacted()
    {
        QFETCH(int, offset);
        FaultServer server;
        const QByteArray key = Key.toUtf8();
        QByteArray body(offset, 'x');
        body += key + QByteArray(100, 'y');
        server.setFallback({500, body, {}, {}});
        auto client = makeClient(server, 0);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        const QByteArray sample = job->error().bodySample();
        QVERIFY(sample.size() <= Error::BodySampleLimit);
        // No prefix of the key's secret part of 4 characters or more is left at the cut.
        const QByteArray secretPart = key.mid(8);
        for (int n = 4; n <= secretPart.size(); ++n)
            QVERIFY2(!sample.endsWith(secretPart.left(n)), sample.right(40).constData());
        QVERIFY(!sample.contains(key));
    }

    void exchangeIsRedactedEverywhere()
    {
        FaultServer server;
        const QByteArray key = Key.toUtf8();
        // The key in a Location header, in another header, and straddling the request log's body limit.
        QByteArray body(Exchange::BodyLogLimit - 10, 'z');
        body += key;
        server.setFallback({302, body, {{"Location", "https://elsewhere.example/?api_key=" + key}, {"X-Echo", key},
                                        {"X-Echo-" + key, "1"}}, {}});
        auto client = makeClient(server, 0);
        QList<Exchange> log;
        connect(client.get(), &Client::exchangeFinished, this, [&log](const Exchange &ex) { log.append(ex); });
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(log.size(), 1);
        const Exchange ex = log.first();
        const QByteArray fragment = key.mid(8, 12);
        for (const auto &h : ex.responseHeaders) {
            QVERIFY2(!h.second.contains(fragment), h.first.constData());
            QVERIFY2(!h.first.contains(fragment), "a header name carries the key");
        }
        for (const auto &h : ex.requestHeaders)
            QVERIFY2(!h.second.contains(fragment), h.first.constData());
        QVERIFY(ex.responseBody.size() <= Exchange::BodyLogLimit);
        QVERIFY(!ex.responseBody.contains(key.left(12)));
        QVERIFY(!ex.responseBody.endsWith(key.mid(8, 2)));
        QVERIFY(!job->error().redirectTarget().contains(QString::fromLatin1(fragment)));
    }

    void fragmentsOfTheKeyAreRedacted()
    {
        const Redactor r(Key);
        const QByteArray secretPart = Key.toUtf8().mid(8);
        // A 12-character piece anywhere, the secret part without its prefix, and the whole key.
        QVERIFY(!r.apply(QByteArray("id=" + secretPart.mid(3, 12) + "&")).contains(secretPart.mid(3, 12)));
        QVERIFY(!r.apply(QByteArray("k=" + secretPart)).contains(secretPart.left(12)));
        QVERIFY(r.leaks(Key.toUtf8()));
        // Shorter pieces and the public prefix alone are left as they are, and so are runs of one character.
        QCOMPARE(r.apply(QByteArray("sk_test_ and " + secretPart.left(11))), QByteArray("sk_test_ and " + secretPart.left(11)));
        // The whole key's replacement keeps no tail that, with what follows, would rebuild a fragment.
        const QString tailKey = u"sk_test_abcdEFGHIJKLmnopqrstabcd"_s;
        const Redactor tail(tailKey);
        QVERIFY(!tail.leaks(tail.apply(QByteArray(tailKey.toUtf8() + "EFGHIJKL"))));
        const Redactor zeros(u"sk_test_client_000000000000000000"_s);
        QCOMPARE(zeros.apply(QByteArray("amount 000000000000000000 cents")), QByteArray("amount 000000000000000000 cents"));
        // The cut never splits a UTF-8 sequence.
        QCOMPARE(r.apply(QByteArray("ab\xc3\xa9"), 3), QByteArray("ab"));
    }

    void keyActuallySentIsTheOneRedacted()
    {
        // setConfig() while a request is in flight must not change which key the answer is redacted for.
        FaultServer server;
        const QByteArray key = Key.toUtf8();
        server.setFallback({500, "echo " + key + " end", {}, FaultServer::Mode::SlowBody});
        auto client = makeClient(server, 0);
        ResultJob *job = client->getResult(u"xit_00000001"_s);
        job->setAutoDelete(false);
        QSignalSpy started(job, &Job::attemptStarted);
        QSignalSpy done(job, &Job::finished);
        job->start();
        QVERIFY(started.wait(2000));
        Config other = client->config();
        other.setApiKey(u"sk_test_another_key_9876543210"_s);
        client->setConfig(other);
        QVERIFY(done.wait(5000));
        QVERIFY(!job->error().bodySample().isEmpty());
        QVERIFY2(!job->error().bodySample().contains(key.mid(8, 12)), job->error().bodySample().constData());
        QCOMPARE(server.received().first().header("X-API-Key"), key);
        delete job;
    }

    void rateLimitWithoutRetryAfterBacksOff()
    {
        FaultServer server;
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {}, {}});
        server.setFallback({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server, 3);
        RetryPolicy policy = client->retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(400));
        client->setRetryPolicy(policy);
        QSignalSpy paused(client.get(), &Client::paused);
        QSignalSpy held(client.get(), &Client::requestHeld);
        ResultJob *a = client->getResult(u"xit_0000000a"_s);
        a->setAutoDelete(false);
        QSignalSpy retries(a, &Job::retryScheduled);
        QSignalSpy aDone(a, &Job::finished);
        a->start();
        QVERIFY(retries.wait(2000));
        QCOMPARE(retries.first().at(1).toLongLong(), 200); // base 400 ms × (0.5 + 0.5 × 0)
        QCOMPARE(paused.size(), 1);
        // Another job waits out the pause, and says so.
        ResultJob *b = client->getResult(u"xit_0000000b"_s);
        b->setAutoDelete(false);
        QSignalSpy bWaiting(b, &Job::waitingForPause);
        QSignalSpy bDone(b, &Job::finished);
        b->start();
        QVERIFY(bWaiting.wait(1000));
        QVERIFY(bWaiting.first().at(0).toLongLong() > 0);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().at(0).toULongLong(), b->id());
        QVERIFY(aDone.size() == 1 || aDone.wait(3000));
        QVERIFY(bDone.size() == 1 || bDone.wait(3000));
        QVERIFY(!a->error());
        QVERIFY(!b->error());
        QCOMPARE(a->attempts(), 2);
        delete a;
        delete b;
    }

    void streamedBodyOverTheCapIsRefused()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope("\"" + QByteArray(300 * 1024, 'x') + "\""), {}, FaultServer::Mode::Chunked});
        auto client = makeClient(server, 0);
        client->setMaxResponseBytes(100 * 1024);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::TooLarge);
        // Under the cap, the same chunked answer is read.
        client->setMaxResponseBytes(1024 * 1024);
        std::unique_ptr<ResultJob> ok(run(client->getResult(u"xit_00000001"_s)));
        QCOMPARE(ok->error().kind(), ErrorKind::Parse); // a string is no result object, but it was read whole
    }

    void hugeDurationsDoNotWrap()
    {
        Config config(Key);
        config.setTimeout(std::chrono::hours(24 * 365));
        QCOMPARE(config.timeout().count(), 2147483647);
        RetryPolicy p;
        p.setMaxDelay(std::chrono::hours(24 * 365));
        p.setBaseDelay(std::chrono::hours(24 * 365));
        p.setRandomSource([] { return 0.99; });
        const auto d = p.delayFor(30);
        QVERIFY(d.count() > 0 && d.count() <= 2147483647);
        QCOMPARE(p.delayFor(1, 100000000).count(), 2147483647);
    }

    void childrenFollowMoveToThread()
    {
        QThread thread;
        auto *client = new Client(Config(Key));
        auto *job = client->getResult(u"xit_00000001"_s);
        auto *poller = new SessionPoller(client, u"xit_00000001"_s, client);
        client->moveToThread(&thread);
        QCOMPARE(client->networkAccessManager()->thread(), &thread);
        QCOMPARE(job->thread(), &thread);
        const auto timers = client->findChildren<QTimer *>();
        QVERIFY(timers.size() >= 3); // the job's deadline and retry timers, the poller's timer
        for (QTimer *t : timers)
            QCOMPARE(t->thread(), &thread);
        QCOMPARE(poller->thread(), &thread);
        thread.start();
        QMetaObject::invokeMethod(client, [client] { delete client; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    void rejectedCertificateIsNotRetried()
    {
#if QT_CONFIG(ssl)
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed to make a throwaway certificate");
        QTemporaryDir dir;
        QProcess gen;
        gen.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                            u"-nodes"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s),
                            u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
        QVERIFY(gen.waitForFinished(30000));
        QCOMPARE(gen.exitCode(), 0);
        QFile certFile(dir.filePath(u"cert.pem"_s));
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QSslServer server;
        server.setSslConfiguration(tls);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        Config config(Key);
        config.setBaseUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        config.setMaxRetries(3);
        Client client(config);
        RetryPolicy fast = client.retryPolicy();
        fast.setBaseDelay(std::chrono::milliseconds(5));
        client.setRetryPolicy(fast);
        std::unique_ptr<ResultJob> job(run(client.getResult(u"xit_00000001"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(job->error().code(), Error::CertificateRejectedCode);
        QCOMPARE(job->attempts(), 1); // a certificate the client rejects will not heal
        QCOMPARE(handshakes, 1);

        // A handshake the server interrupts may heal: it is retried within the budget.
        QTcpServer hangUp;
        QVERIFY(hangUp.listen(QHostAddress::LocalHost, 0));
        connect(&hangUp, &QTcpServer::newConnection, this, [&hangUp] {
            while (QTcpSocket *s = hangUp.nextPendingConnection())
                s->abort();
        });
        config.setBaseUrl(u"https://127.0.0.1:%1"_s.arg(hangUp.serverPort()));
        client.setConfig(config);
        client.setRetryPolicy(fast);
        std::unique_ptr<ResultJob> retried(run(client.getResult(u"xit_00000001"_s)));
        QCOMPARE(retried->error().kind(), ErrorKind::Network);
        QVERIFY(retried->error().code() != Error::CertificateRejectedCode);
        QCOMPARE(retried->attempts(), 4);
#else
        QSKIP("built without TLS");
#endif
    }

    void jobDeletesItself()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server);
        QPointer<ResultJob> job = client->getResult(u"xit_00000001"_s);
        QSignalSpy done(job.data(), &Job::finished);
        job->start();
        QVERIFY(done.wait(5000));
        QTRY_VERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
