// The watchlist's poller against the in-process sandbox: terminal statuses, expiry, pause and resume,
// permanent errors, and a 429 storm that must not turn into a flood.
#include <XidentQt/client.h>
#include <XidentQt/initparams.h>
#include <XidentQt/job.h>
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "sandbox/sandbox.h"

#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

class tst_PollScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Client> m_client;

    QString createSession(Client *client, const QString &userId)
    {
        InitParams p;
        p.callbackUrl = u"https://shop.example/callback"_s;
        p.userId = userId;
        InitJob *job = client->init(p);
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(5000))
            return {};
        std::unique_ptr<InitJob> owned(job);
        return owned->error() ? QString() : owned->result().token;
    }

    static TrackedSession tracked(const QString &token, const QString &userId = {})
    {
        TrackedSession s;
        s.token = token;
        s.profileId = u"p1"_s;
        s.userId = userId;
        s.addedAt = QDateTime::currentDateTimeUtc();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 100;
        o.tokenTtlSeconds = 600;
        m_sandbox = std::make_unique<Sandbox::Server>(o);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        Config c(u"sk_test_watchlist_0000000000"_s);
        c.setBaseUrl(m_sandbox->baseUrl());
        c.setMaxRetries(0);
        m_client = std::make_unique<Client>(c);
    }

    void eachMagicValueReachesItsTerminalStatus_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("watchStatus");
        QTest::newRow("pass") << u"sandbox:pass"_s << u"success"_s << int(WatchStatus::Success);
        QTest::newRow("pass:ocr") << u"sandbox:pass:ocr"_s << u"success"_s << int(WatchStatus::Success);
        QTest::newRow("fail") << u"sandbox:fail:face_mismatch"_s << u"failed"_s << int(WatchStatus::Failed);
        QTest::newRow("cancel") << u"sandbox:cancel"_s << u"canceled"_s << int(WatchStatus::Canceled);
        QTest::newRow("expire") << u"sandbox:expire"_s << u"expired"_s << int(WatchStatus::Expired);
    }

    void eachMagicValueReachesItsTerminalStatus()
    {
        QFETCH(QString, userId);
        QFETCH(QString, status);
        QFETCH(int, watchStatus);
        const QString token = createSession(m_client.get(), userId);
        QVERIFY(!token.isEmpty());

        SessionModel model;
        PollScheduler scheduler(&model);
        scheduler.setClientLookup([this](const QString &) { return m_client.get(); });
        scheduler.setIntervalLookup([](const QString &) { return 200; });
        QSignalSpy changes(&scheduler, &PollScheduler::statusChanged);
        QSignalSpy finished(&scheduler, &PollScheduler::sessionFinished);
        model.addSessions({tracked(token, userId)});
        scheduler.track({token});
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), status);
        QCOMPARE(model.index(0, 0).data(SessionModel::StatusRole).toInt(), watchStatus);
        QCOMPARE(model.pollState(token), SessionModel::PollState::Stopped);
        QVERIFY(!scheduler.isTracked(token));
        // The timeline starts at the first observation and ends at the terminal status, each with a request id.
        const auto first = changes.first().first().value<StatusChange>();
        QVERIFY(first.from.isEmpty());
        const auto last = changes.last().first().value<StatusChange>();
        QCOMPARE(last.to, status);
        QVERIFY(!last.requestId.isEmpty());
        // Nothing more is sent for a finished session.
        const quint64 started = scheduler.requestsStarted();
        QTest::qWait(450);
        QCOMPARE(scheduler.requestsStarted(), started);
    }

    void pauseHoldsAndResumePolls()
    {
        const QString token = createSession(m_client.get(), u"someone"_s);
        SessionModel model;
        PollScheduler scheduler(&model);
        scheduler.setClientLookup([this](const QString &) { return m_client.get(); });
        scheduler.setIntervalLookup([](const QString &) { return 200; });
        model.addSessions({tracked(token)});
        scheduler.track({token});
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.requestsStarted() >= 2, 3000);
        scheduler.pauseAll();
        QTRY_COMPARE(scheduler.inFlight(), 0);
        QCOMPARE(model.pollState(token), SessionModel::PollState::Paused);
        const quint64 held = scheduler.requestsStarted();
        QTest::qWait(600);
        QCOMPARE(scheduler.requestsStarted(), held);
        scheduler.resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.requestsStarted() > held, 2000);
        // "Poll now" on a paused row sends one at once.
        scheduler.pause({token});
        QTRY_COMPARE(scheduler.inFlight(), 0);
        const quint64 before = scheduler.requestsStarted();
        scheduler.pollNow({token});
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.requestsStarted(), before + 1, 1000);
    }

    void unknownTokenStopsWithAReason()
    {
        SessionModel model;
        PollScheduler scheduler(&model);
        scheduler.setClientLookup([this](const QString &) { return m_client.get(); });
        scheduler.setIntervalLookup([](const QString &) { return 200; });
        const QString token = u"xit_doesnotexist0000"_s;
        model.addSessions({tracked(token)});
        scheduler.track({token});
        QTRY_COMPARE_WITH_TIMEOUT(model.pollState(token), SessionModel::PollState::Stopped, 3000);
        QVERIFY2(model.lastError(token).contains("not found"_L1, Qt::CaseInsensitive), qPrintable(model.lastError(token)));
        QCOMPARE(scheduler.requestsStarted(), 1u);
    }

    void manySessionsAreSpreadAndBounded()
    {
        // Forty sessions on a 1 s interval: never more than the cap in flight, and the first polls spread out.
        SessionModel model;
        PollScheduler scheduler(&model);
        scheduler.setMaxInFlight(3);
        scheduler.setClientLookup([this](const QString &) { return m_client.get(); });
        scheduler.setIntervalLookup([](const QString &) { return 1000; });
        QStringList tokens;
        QList<TrackedSession> rows;
        for (int i = 0; i < 40; ++i) {
            const QString token = createSession(m_client.get(), u"u%1"_s.arg(i));
            QVERIFY(!token.isEmpty());
            tokens.append(token);
            rows.append(tracked(token));
        }
        model.addSessions(rows);
        int maxInFlight = 0;
        connect(&scheduler, &PollScheduler::pollStarted, this, [&] { maxInFlight = std::max(maxInFlight, scheduler.inFlight()); });
        scheduler.track(tokens);
        QTest::qWait(250);
        // Spread over the interval: a quarter of it has passed, so far fewer than all have been polled.
        QVERIFY2(scheduler.requestsStarted() < 30, qPrintable(QString::number(scheduler.requestsStarted())));
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.requestsStarted() >= 40, 3000);
        QVERIFY(maxInFlight <= 3);
        scheduler.untrack(tokens);
        QTRY_COMPARE(scheduler.inFlight(), 0);
    }

    void rateLimitStormStaysWithinThePolicy()
    {
        // A key limited to 5 requests a minute, Retry-After 1 s: the client pauses on each 429 and the
        // scheduler sends nothing of that profile while it is paused.
        Config c(u"sk_test_storm_000000000000"_s);
        c.setBaseUrl(m_sandbox->baseUrl());
        c.setMaxRetries(2);
        Client client(c);
        RetryPolicy policy = client.retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(10));
        client.setRetryPolicy(policy);
        QList<TrackedSession> rows;
        QStringList tokens;
        for (int i = 0; i < 20; ++i) {
            const QString token = createSession(&client, u"storm%1"_s.arg(i));
            QVERIFY(!token.isEmpty());
            tokens.append(token);
            rows.append(tracked(token));
        }
        QNetworkAccessManager nam;
        QNetworkRequest limit(QUrl(m_sandbox->baseUrl() + u"/_sandbox/faults"_s));
        limit.setRawHeader("X-API-Key", "sk_test_storm_000000000000");
        limit.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.put(limit, R"({"rate_limit_per_minute":5,"retry_after":1})");
        QSignalSpy put(reply, &QNetworkReply::finished);
        QVERIFY(put.wait(3000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        int sent = 0;
        int limited = 0;
        connect(&client, &Client::exchangeFinished, this, [&](const Exchange &ex) {
            ++sent;
            if (ex.httpStatus == 429)
                ++limited;
        });
        SessionModel model;
        PollScheduler scheduler(&model);
        scheduler.setClientLookup([&](const QString &) { return &client; });
        scheduler.setIntervalLookup([](const QString &) { return 200; });
        model.addSessions(rows);
        scheduler.track(tokens);
        QTest::qWait(3000);
        scheduler.untrack(tokens);
        // Unchecked, 20 sessions at 5 polls a second make about 300 requests in 3 s. Within the policy: the 5
        // allowed, and per 1 s pause at most the in-flight cap's worth of 429s (plus one window of slack).
        const int bound = 5 + scheduler.maxInFlight() * (3 + 2);
        QVERIFY2(sent <= bound, qPrintable(u"%1 requests (%2 answered 429), bound %3"_s.arg(sent).arg(limited).arg(bound)));
        QVERIFY(limited > 0);
        qInfo("429 storm: %d requests in 3 s, %d answered 429 (bound %d)", sent, limited, bound);
    }
};

QTEST_GUILESS_MAIN(tst_PollScheduler)
#include "tst_pollscheduler.moc"
