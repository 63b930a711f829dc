// The sandbox's rooms on their own: the fault injector and its rate limiter, and the webhook log.
#include "sandbox/faultinjector.h"
#include "sandbox/webhookdispatcher.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident::Sandbox;

class tst_Rooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rateLimiterWindowsAndBound()
    {
        RateLimiter limiter(100);
        const qint64 t0 = 1'000'000;
        QVERIFY(limiter.admit(u"a"_s, 2, t0));
        QVERIFY(limiter.admit(u"a"_s, 2, t0 + 10));
        QVERIFY(!limiter.admit(u"a"_s, 2, t0 + 20));      // third in the minute
        QVERIFY(limiter.admit(u"b"_s, 2, t0 + 20));       // per key
        QVERIFY(limiter.admit(u"a"_s, 2, t0 + 60'000));   // a new window
        // A flood of distinct keys never grows it beyond its bound.
        for (int i = 0; i < 10'000; ++i)
            limiter.admit(u"key-%1"_s.arg(i), 5, t0 + 60'000 + i);
        QVERIFY(limiter.trackedKeys() <= 100);
    }

    void faultsArePerKey()
    {
        FaultInjector faults;
        faults.defaults().latencyMs = 5;
        faults.defaults().script = {503, 503};
        QCOMPARE(&faults.settingsFor(u"alice"_s), &faults.defaults());
        FaultSettings *bob = faults.ownSettings(u"bob"_s);
        QVERIFY(bob);
        QCOMPARE(bob->latencyMs, 5);       // starts from the defaults' steady settings
        QVERIFY(bob->script.isEmpty());    // but not their scripted sequence
        bob->errorRate = 1.0;
        QCOMPARE(faults.settingsFor(u"alice"_s).errorRate, 0.0);
        QCOMPARE(faults.settingsFor(u"bob"_s).errorRate, 1.0);
        for (int i = 0; i < FaultInjector::MaxKeys; ++i)
            faults.ownSettings(u"k%1"_s.arg(i));
        QVERIFY(!faults.ownSettings(u"one too many"_s)); // bounded
        QVERIFY(faults.ownSettings(u"bob"_s));           // existing keys keep theirs
    }

    void webhookLogIsCappedAndScoped()
    {
        WebhookDispatcher log(u"whsec_rooms"_s, {}, 3);
        for (int i = 0; i < 5; ++i)
            log.dispatch(i % 2 ? u"sk_test_b"_s : u"sk_test_a"_s, u"xit_%1"_s.arg(i), u"evt_%1"_s.arg(i), u"session.success"_s, "{}");
        QCOMPARE(log.size(), 3);
        QVERIFY(!log.find(0));
        QVERIFY(log.find(4));
        int total = 0;
        const auto mine = log.page(u"sk_test_a"_s, 1, 10, &total);
        QCOMPARE(total, 2);   // 2 and 4: the oldest were forgotten
        QCOMPARE(mine.first()->eventId, u"evt_2"_s);
        QCOMPARE(log.page(QString(), 1, 10, &total).size(), 3);
        QVERIFY(!log.resend(0));
        QCOMPARE(log.forgetOlderThan(QDateTime::currentDateTimeUtc().addSecs(60), 2), 2);
        QCOMPARE(log.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Rooms)
#include "tst_rooms.moc"
