#include "client.h"
#include "faultserver.h"
#include "job.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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

    void tokenIsPathEscaped()
    {
        FaultServer server;
        server.enqueue({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"a/b?c d"_s)));
        QVERIFY(!job->error());
        QCOMPARE(server.received().first().path, "/verify/v1/result/a%2Fb%3Fc%20d");
        QVERIFY(job->result().isVerified());
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
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        ResultJob *raw = client->getResult(u"xit_1"_s);
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
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Server);
        QCOMPARE(server.received().size(), 3); // 1 + 2 retries
        QCOMPARE(job->attempts(), 3);
    }

    void clientErrorsAreNotRetried()
    {
        FaultServer server;
        server.setFallback({400, FaultServer::errorEnvelope("INVALID_REQUEST", "x"), {}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        if (retryAfter == "http-date") // computed here, not in _data, so the clock has not moved on
            retryAfter = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        FaultServer server;
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", retryAfter}}, {}});
        server.enqueue({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server, 3);
        QSignalSpy paused(client.get(), &Client::paused);
        ResultJob *raw = client->getResult(u"xit_1"_s);
        QSignalSpy retries(raw, &Job::retryScheduled);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ResultJob> job(run(raw));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QCOMPARE(server.received().size(), 2);
        QCOMPARE(retries.size(), 1);
        QVERIFY(retries.at(0).at(1).toLongLong() <= 2000 && retries.at(0).at(1).toLongLong() >= 1000);
        QVERIFY(retries.at(0).at(2).toString().contains("rate_limit"_L1));
        QCOMPARE(paused.size(), 1);
    }

    void retryAfterBeyondBudgetIsSurfaced()
    {
        FaultServer server;
        server.setFallback({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "3600"}}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        std::unique_ptr<ResultJob> first(run(client->getResult(u"xit_1"_s)));
        QVERIFY(!first->error());
        // The 429 made the client pause; it has since expired. Trigger a new pause and check another job waits.
        server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "1"}}, {}});
        ResultJob *a = client->getResult(u"xit_a"_s);
        a->setAutoDelete(false);
        QSignalSpy aDone(a, &Job::finished);
        a->start();
        QTRY_VERIFY(client->pauseRemainingMs() > 0);
        const int before = int(server.received().size());
        ResultJob *b = client->getResult(u"xit_b"_s);
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
        ResultJob *job = client->getResult(u"xit_1"_s);
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
        ResultJob *pending = client->getResult(u"xit_1"_s);
        QSignalSpy pendingDone(pending, &Job::finished);
        pending->start();
        pending->cancel(); // before the queued start ran
        QCOMPARE(pendingDone.size(), 1);
        QTest::qWait(20);
        QCOMPARE(pendingDone.size(), 1);

        ResultJob *inFlight = client->getResult(u"xit_1"_s);
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
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Timeout);
        QCOMPARE(server.received().size(), 2); // a timeout is transient: retried once
    }

    void slowBodyWithinDeadlineSucceeds()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::SlowBody});
        auto client = makeClient(server, 0, 10000);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
    }

    void resetMidBodyIsNetworkError()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, FaultServer::Mode::ResetMidBody});
        auto client = makeClient(server, 1);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(server.received().size(), 2);
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
        std::unique_ptr<ResultJob> job(run(client.getResult(u"xit_1"_s)));
        QCOMPARE(job->error().kind(), ErrorKind::Network);
        QCOMPARE(job->error().httpStatus(), 0);
    }

    void redirectIsNotFollowed()
    {
        FaultServer other;
        FaultServer server;
        server.setFallback({302, QByteArray(), {{"Location", other.baseUrl().toLatin1() + "/verify/v1/result/xit_1"}}, {}});
        auto client = makeClient(server, 3);
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        std::unique_ptr<ResultJob> job(run(client->getResult(u"xit_1"_s)));
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
        ResultJob *job = client.getResult(u"xit_1"_s);
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        QCOMPARE(done.size(), 0); // start() only schedules
        QVERIFY(done.wait(1000));
        QCOMPARE(job->error().kind(), ErrorKind::Configuration);
        QCOMPARE(job->attempts(), 0);
        delete job;
    }

    void jobDeletesItself()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(ResultData), {}, {}});
        auto client = makeClient(server);
        QPointer<ResultJob> job = client->getResult(u"xit_1"_s);
        QSignalSpy done(job.data(), &Job::finished);
        job->start();
        QVERIFY(done.wait(5000));
        QTRY_VERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
