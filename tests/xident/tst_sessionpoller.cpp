#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionpoller.h>
#include "sandbox/sandbox.h"

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

class tst_SessionPoller : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Client> m_client;

    QString createSession(const QString &userId)
    {
        InitParams p;
        p.callbackUrl = u"https://example.com/cb"_s;
        p.userId = userId;
        InitJob *job = m_client->init(p);
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(5000))
            return {};
        const QString token = job->result().token;
        delete job;
        return token;
    }

    // Sets the sandbox's faults through its admin API, as QA would.
    bool setFaults(const QByteArray &json)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_sandbox->baseUrl() + u"/_sandbox/faults"_s));
        req.setRawHeader("X-API-Key", "sk_test_poller_000000000000");
        std::unique_ptr<QNetworkReply> reply(nam.put(req, json));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        return done.wait(3000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 150;
        m_sandbox = std::make_unique<Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
        Config c(u"sk_test_poller_000000000000"_s);
        c.setBaseUrl(m_sandbox->baseUrl());
        c.setMaxRetries(0);
        m_client = std::make_unique<Client>(c);
    }

    void seesEveryStateUntilTerminal()
    {
        const QString token = createSession(u"sandbox:pass"_s);
        QVERIFY(token.startsWith("xit_"_L1));
        SessionPoller poller(m_client.get(), token);
        poller.setInterval(std::chrono::milliseconds(20));
        QSignalSpy changed(&poller, &SessionPoller::statusChanged);
        QSignalSpy finished(&poller, &SessionPoller::finished);
        poller.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!poller.error());
        QStringList states;
        for (const auto &args : changed)
            states << args.at(0).value<SessionResult>().statusText();
        QCOMPARE(states, (QStringList{u"pending"_s, u"in_progress"_s, u"success"_s}));
        QVERIFY(poller.lastResult().isVerified());
        QVERIFY(!poller.isActive());
    }

    void permanentErrorEnds()
    {
        SessionPoller poller(m_client.get(), u"xit_does_not_exist"_s);
        QSignalSpy finished(&poller, &SessionPoller::finished);
        poller.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(poller.error().kind(), ErrorKind::NotFound);
    }

    void transientErrorsBackOffAndContinue()
    {
        const QString token = createSession(u"sandbox:fail:face_mismatch"_s);
        QVERIFY(setFaults(R"({"script":[503,503]})"));

        SessionPoller poller(m_client.get(), token);
        poller.setInterval(std::chrono::milliseconds(10));
        QSignalSpy failed(&poller, &SessionPoller::pollFailed);
        QSignalSpy finished(&poller, &SessionPoller::finished);
        poller.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!poller.error());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(1).toLongLong(), 20); // backoff doubles the interval
        QCOMPARE(failed.at(1).at(1).toLongLong(), 40);
        QVERIFY(poller.lastResult().isFailed());
        QCOMPARE(poller.lastResult().reason(), u"face_mismatch"_s);
    }

    void rateLimitIsRespected()
    {
        const QString token = createSession(u"sandbox:pass"_s);
        QVERIFY(setFaults(R"({"script":[429],"retry_after":1})"));

        SessionPoller poller(m_client.get(), token);
        poller.setInterval(std::chrono::milliseconds(10));
        QSignalSpy failed(&poller, &SessionPoller::pollFailed);
        QSignalSpy finished(&poller, &SessionPoller::finished);
        QElapsedTimer t;
        t.start();
        poller.start();
        QVERIFY(finished.wait(8000));
        QVERIFY(!poller.error());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().kind(), ErrorKind::RateLimit);
        QVERIFY(failed.at(0).at(1).toLongLong() >= 900); // waits out Retry-After, not the 20 ms backoff
        QVERIFY(t.elapsed() >= 900);
    }

    void waitTimeoutAndStop()
    {
        const QString token = createSession(u"nobody"_s);
        SessionPoller poller(m_client.get(), token);
        poller.setInterval(std::chrono::milliseconds(20));
        poller.setWaitTimeout(std::chrono::milliseconds(200));
        QSignalSpy finished(&poller, &SessionPoller::finished);
        poller.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(poller.error().kind(), ErrorKind::Timeout);
        QVERIFY(poller.hasResult());
        QVERIFY(poller.lastResult().isPending());

        SessionPoller stopped(m_client.get(), token);
        QSignalSpy stoppedDone(&stopped, &SessionPoller::finished);
        stopped.start();
        stopped.stop();
        QCOMPARE(stoppedDone.size(), 1);
        QCOMPARE(stopped.error().kind(), ErrorKind::Canceled);
    }
};

QTEST_GUILESS_MAIN(tst_SessionPoller)
#include "tst_sessionpoller.moc"
