// Re-entrant slots: from every signal of a job, its client and a poller, a slot cancels, stops or
// deletes something; finished must still come exactly once, and nothing may be sent after a cancel.
#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionpoller.h>
#include "faultserver.h"

#include <QtCore/QPointer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using Answer = FaultServer::Answer;

namespace {
const QString Key = u"sk_test_lifecycle_0123456789"_s;
const QString Token = u"xit_0123456789abcdef"_s;
const QByteArray Pending = R"({"token":"xtk_1234567890","status":"pending"})";
const QByteArray Success = R"({"token":"xtk_1234567890","status":"success","verified":true})";

enum class Action { Cancel, DeleteJob, DeleteClient, StopPoller, DeletePoller };
} // namespace
Q_DECLARE_METATYPE(Action)

class tst_JobLifecycle : public QObject
{
    Q_OBJECT

    Client *makeClient(const FaultServer &server)
    {
        Config config(Key);
        config.setBaseUrl(server.baseUrl());
        config.setMaxRetries(3);
        auto *client = new Client(config);
        RetryPolicy policy = client->retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(5));
        policy.setRandomSource([] { return 0.0; });
        client->setRetryPolicy(policy);
        return client;
    }

private Q_SLOTS:
    void jobSignals_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<Action>("action");
        const QStringList signalNames = {u"attemptStarted"_s, u"retryScheduled"_s, u"waitingForPause"_s, u"succeeded"_s,
                                         u"finished"_s, u"exchangeFinished"_s, u"requestHeld"_s, u"paused"_s};
        for (const QString &s : signalNames) {
            QTest::newRow(qPrintable(s + u" cancel"_s)) << s << Action::Cancel;
            QTest::newRow(qPrintable(s + u" delete job"_s)) << s << Action::DeleteJob;
            QTest::newRow(qPrintable(s + u" delete client"_s)) << s << Action::DeleteClient;
        }
    }

    void jobSignals()
    {
        QFETCH(QString, signal);
        QFETCH(Action, action);
        FaultServer server;
        // A 429 first where a second job must be held (Retry-After 1 s), then a 503, then success.
        const bool holdRows = signal == "waitingForPause"_L1 || signal == "requestHeld"_L1;
        if (holdRows)
            server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {{"Retry-After", "1"}}, {}});
        if (signal == "paused"_L1) // a 429 without Retry-After pauses the client for the policy's backoff
            server.enqueue({429, FaultServer::errorEnvelope("RATE_LIMITED", "slow"), {}, {}});
        server.enqueue({503, FaultServer::errorEnvelope("UNAVAILABLE", "down"), {}, {}});
        server.setFallback({200, FaultServer::envelope(Success), {}, {}});
        QPointer<Client> client = makeClient(server);
        QPointer<Job> job = client->getResult(Token);
        int finished = 0;
        int signalsAfterFinished = 0;
        qsizetype requestsAtCancel = -1;
        bool acted = false;
        connect(job, &Job::finished, this, [&finished](Job *j) {
            ++finished;
            // Without an error the job is whole, whatever slot runs before or after: downcasting is safe.
            if (!j->error())
                QVERIFY(!static_cast<ResultJob *>(j)->result().statusText().isEmpty());
        });
        for (auto sig : {&Job::attemptStarted}) {
            connect(job.data(), sig, this, [&] { signalsAfterFinished += finished; });
        }
        connect(job.data(), &Job::retryScheduled, this, [&] { signalsAfterFinished += finished; });

        const auto act = [&] {
            if (acted)
                return;
            acted = true;
            switch (action) {
            case Action::Cancel:
                requestsAtCancel = server.received().size();
                if (job)
                    job->cancel();
                break;
            case Action::DeleteJob:
                delete job.data();
                break;
            case Action::DeleteClient:
                delete client.data();
                break;
            default:
                break;
            }
        };
        if (signal == "attemptStarted"_L1)
            connect(job.data(), &Job::attemptStarted, this, act);
        else if (signal == "retryScheduled"_L1)
            connect(job.data(), &Job::retryScheduled, this, act);
        else if (signal == "succeeded"_L1)
            connect(job.data(), &Job::succeeded, this, act);
        else if (signal == "finished"_L1)
            connect(job.data(), &Job::finished, this, act);
        else if (signal == "exchangeFinished"_L1)
            connect(client.data(), &Client::exchangeFinished, this, act);
        else if (signal == "paused"_L1)
            connect(client.data(), &Client::paused, this, act);

        // waitingForPause / requestHeld come from a second job started while the 429 pause holds.
        QPointer<Job> held;
        int heldFinished = 0;
        if (holdRows) {
            connect(client.data(), &Client::paused, this, [&] {
                if (held || !client)
                    return;
                held = client->getResult(Token);
                connect(held.data(), &Job::finished, this, [&heldFinished] { ++heldFinished; });
                // The action applies to the held job here.
                const auto actOnHeld = [&] {
                    std::swap(job, held);
                    act();
                    std::swap(job, held);
                };
                if (signal == "waitingForPause"_L1)
                    connect(held.data(), &Job::waitingForPause, this, actOnHeld);
                else
                    connect(client.data(), &Client::requestHeld, this, actOnHeld);
                held->start();
            });
        }

        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished >= 1 && (!held || heldFinished >= 1 || !client), 10000);
        QTest::qWait(100);
        QCOMPARE(finished, 1);
        QVERIFY(heldFinished <= 1);
        QCOMPARE(signalsAfterFinished, 0);
        QVERIFY(acted);
        if (action == Action::Cancel && requestsAtCancel >= 0) {
            // Nothing reaches the server after a cancel (a request already on the wire may still land).
            QTest::qWait(100);
            if (holdRows) // the first job's 429, 503 and 200: the canceled held job sent nothing
                QCOMPARE(server.received().size(), 3);
            else QVERIFY2(server.received().size() <= requestsAtCancel + (signal == "attemptStarted"_L1 ? 0 : 1),
                     qPrintable(u"%1 requests, %2 at cancel"_s.arg(server.received().size()).arg(requestsAtCancel)));
            if (signal == "attemptStarted"_L1)
                QCOMPARE(server.received().size(), requestsAtCancel);
            if (held && holdRows)
                QCOMPARE(held->error().kind(), ErrorKind::Canceled);
            else if (job && !holdRows && signal != "succeeded"_L1 && signal != "finished"_L1)
                QCOMPARE(job->error().kind(), ErrorKind::Canceled);
        }
        delete client.data();
    }

    void pollerSignals_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<Action>("action");
        for (const QString &s : {u"polled"_s, u"statusChanged"_s, u"pollFailed"_s, u"succeeded"_s, u"finished"_s}) {
            QTest::newRow(qPrintable(s + u" stop"_s)) << s << Action::StopPoller;
            QTest::newRow(qPrintable(s + u" delete poller"_s)) << s << Action::DeletePoller;
            QTest::newRow(qPrintable(s + u" delete client"_s)) << s << Action::DeleteClient;
        }
    }

    void pollerSignals()
    {
        QFETCH(QString, signal);
        QFETCH(Action, action);
        FaultServer server;
        server.enqueue({503, FaultServer::errorEnvelope("UNAVAILABLE", "down"), {}, {}});
        server.enqueue({200, FaultServer::envelope(Pending), {}, {}});
        server.setFallback({200, FaultServer::envelope(Success), {}, {}});
        QPointer<Client> client = makeClient(server);
        client->setConfig([&] { Config c = client->config(); c.setMaxRetries(0); return c; }());
        QPointer<SessionPoller> poller = new SessionPoller(client, Token);
        poller->setInterval(std::chrono::milliseconds(10));
        int finished = 0;
        bool acted = false;
        connect(poller.data(), &SessionPoller::finished, this, [&finished] { ++finished; });
        const auto act = [&] {
            if (acted)
                return;
            acted = true;
            if (action == Action::StopPoller)
                poller->stop();
            else if (action == Action::DeletePoller)
                delete poller.data();
            else if (action == Action::DeleteClient)
                delete client.data();
        };
        if (signal == "polled"_L1)
            connect(poller.data(), &SessionPoller::polled, this, act);
        else if (signal == "statusChanged"_L1)
            connect(poller.data(), &SessionPoller::statusChanged, this, act);
        else if (signal == "pollFailed"_L1)
            connect(poller.data(), &SessionPoller::pollFailed, this, act);
        else if (signal == "succeeded"_L1)
            connect(poller.data(), &SessionPoller::succeeded, this, act);
        else
            connect(poller.data(), &SessionPoller::finished, this, act);
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished >= 1, 10000);
        QTest::qWait(100);
        QVERIFY(acted);
        QCOMPARE(finished, 1);
        if (poller)
            QVERIFY(!poller->isActive());
        delete poller.data();
        delete client.data();
    }

    void restartFromEverySlotAnnouncesEachRun()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(Success), {}, {}});
        QPointer<Client> client = makeClient(server);
        SessionPoller poller(client, Token);
        int finished = 0, succeeded = 0;
        connect(&poller, &SessionPoller::finished, this, [&finished] { ++finished; });
        connect(&poller, &SessionPoller::succeeded, this, [&] {
            if (++succeeded == 1)
                poller.start(); // a second run from the first one's succeeded()
        });
        poller.start();
        QTRY_COMPARE(succeeded, 2);
        QCOMPARE(finished, 2);
        delete client.data();
    }

    void configIsCheckedBeforeEveryAttempt()
    {
        // A slot that installs a public key (or a live key over plain http) before a retry: nothing is sent.
        FaultServer server;
        server.setFallback({503, FaultServer::errorEnvelope("UNAVAILABLE", "down"), {}, {}});
        QPointer<Client> client = makeClient(server);
        Job *job = client->getResult(Token);
        job->setAutoDelete(false);
        connect(job, &Job::retryScheduled, this, [&client] {
            Config c = client->config();
            c.setApiKey(u"pk_test_public_key"_s);
            client->setConfig(c);
        });
        QSignalSpy done(job, &Job::finished);
        job->start();
        QVERIFY(done.wait(5000));
        QCOMPARE(job->error().kind(), ErrorKind::Configuration);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(server.received().first().header("X-API-Key"), Key.toUtf8());
        delete job;
        delete client.data();
    }

    void deletingTheClientEndsAPollInFlight()
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope(Pending), {}, FaultServer::Mode::Stall});
        QPointer<Client> client = makeClient(server);
        SessionPoller poller(client, Token);
        QSignalSpy finished(&poller, &SessionPoller::finished);
        QSignalSpy received(&server, &FaultServer::requestReceived);
        poller.start();
        QVERIFY(received.wait(5000));
        delete client.data();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!poller.isActive());
        QVERIFY(poller.error().isError());
    }

    void destroyedJobEmitsFinished()
    {
        FaultServer server;
        Client *client = makeClient(server);
        Job *job = client->getResult(Token);
        int finished = 0;
        ErrorKind kind = ErrorKind::NoError;
        connect(job, &Job::finished, this, [&](Job *j) {
            ++finished;
            kind = j->error().kind(); // base-class members only: the subclass is gone
        });
        delete job;
        QCOMPARE(finished, 1);
        QCOMPARE(kind, ErrorKind::Canceled);
        delete client;
    }
};

QTEST_GUILESS_MAIN(tst_JobLifecycle)
#include "tst_joblifecycle.moc"
