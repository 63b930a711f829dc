// The blacklist and face-2FA jobs of the library against the sandbox, in-process on a free port.
#include <XidentQt/blacklist.h>
#include <XidentQt/client.h>
#include <XidentQt/face2fa.h>
#include "sandbox/sandbox.h"

#include <QtCore/QLoggingCategory>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

namespace {
const QString Key = u"sk_test_resources_0123456789"_s;
}

class tst_Resources : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Client> m_client;

    template<typename J>
    J *run(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(10000))
            qWarning("job did not finish");
        return job;
    }

    QString finishedSessionToken(const QString &magic)
    {
        InitParams p;
        p.callbackUrl = u"https://shop.example/cb"_s;
        p.userId = magic;
        std::unique_ptr<InitJob> init(run(m_client->init(p)));
        const QString token = init->result().token;
        if (!QTest::qWaitFor([&] {
                const QString status = m_sandbox->session(token)->status;
                return status != "pending"_L1 && status != "in_progress"_L1;
            }, 5000))
            qWarning("the session did not finish");
        return m_sandbox->session(token)->resultToken;
    }

    Face2faChallenge settle(Face2faStartJob *start)
    {
        std::unique_ptr<Face2faStartJob> started(run(start));
        if (started->error()) {
            qWarning("%s", qPrintable(started->error().toString()));
            return {};
        }
        ChallengePoller poller(m_client.get(), started->challengeId());
        poller.setInterval(std::chrono::milliseconds(20));
        poller.setWaitTimeout(std::chrono::seconds(5));
        QSignalSpy done(&poller, &ChallengePoller::finished);
        poller.start();
        if (!done.wait(6000) || poller.error())
            qWarning("challenge did not settle: %s", qPrintable(poller.error().toString()));
        return poller.challenge();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 10;
        o.resourceDelayMs = 50;
        m_sandbox = std::make_unique<Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
        Config config(Key);
        config.setBaseUrl(m_sandbox->baseUrl());
        m_client = std::make_unique<Client>(config);
    }

    void blacklistRoundTrip()
    {
        const QString passed = finishedSessionToken(u"sandbox:pass"_s);
        std::unique_ptr<BlacklistAddJob> add(run(m_client->blacklistSession(passed, u"chargeback fraud"_s)));
        QVERIFY2(!add->error(), qPrintable(add->error().toString()));
        QCOMPARE(add->status(), u"processing"_s);
        std::unique_ptr<BlacklistAddJob> image(run(m_client->blacklistImage("a face", u"known fraudster"_s)));
        QVERIFY(!image->error());
        QList<BlacklistEntry> entries;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            std::unique_ptr<BlacklistListJob> list(run(m_client->blacklist()));
            entries = list->entries();
            return entries.size() == 2;
        }(), 5000);
        QCOMPARE(entries.at(0).source, u"session"_s);
        QVERIFY(entries.at(0).sessionId.has_value());
        QVERIFY(!entries.at(1).sessionId.has_value());
        QVERIFY(entries.at(0).raw.contains("created_at"_L1)); // nothing dropped
        std::unique_ptr<BlacklistListJob> page(run(m_client->blacklist(2, 1)));
        QCOMPARE(page->entries().size(), 1);
        QCOMPARE(page->pagination().total, 2);
        QCOMPARE(page->pagination().totalPages, 2);
        std::unique_ptr<BlacklistRemoveJob> removed(run(m_client->removeBlacklistEntry(entries.at(1).id)));
        QVERIFY(!removed->error());
        std::unique_ptr<BlacklistRemoveJob> again(run(m_client->removeBlacklistEntry(entries.at(1).id)));
        QCOMPARE(again->error().kind(), ErrorKind::NotFound);
    }

    void blacklistRefusals()
    {
        // The server's refusals arrive as errors with their codes; bad input never leaves the machine.
        InitParams p;
        p.callbackUrl = u"https://shop.example/cb"_s;
        std::unique_ptr<InitJob> init(run(m_client->init(p)));
        const QString pending = m_sandbox->session(init->result().token)->resultToken;
        std::unique_ptr<BlacklistAddJob> busy(run(m_client->blacklistSession(pending, u"x"_s)));
        QCOMPARE(busy->error().kind(), ErrorKind::Validation);
        QCOMPARE(busy->error().httpStatus(), 409);
        QCOMPARE(busy->error().code(), u"SESSION_IN_PROGRESS"_s);
        const QString wallet = finishedSessionToken(u"sandbox:pass:eu_wallet"_s);
        std::unique_ptr<BlacklistAddJob> noFace(run(m_client->blacklistSession(wallet, u"x"_s)));
        QCOMPARE(noFace->error().code(), u"SESSION_HAS_NO_FACE_DATA"_s);
        for (BlacklistAddJob *local : {m_client->blacklistSession(u"../x"_s, u"r"_s), m_client->blacklistSession(pending, QString()),
                                       m_client->blacklistSession(pending, QString(501, u'r')), m_client->blacklistImage({}, u"r"_s)}) {
            std::unique_ptr<BlacklistAddJob> job(run(local));
            QCOMPARE(job->error().kind(), ErrorKind::Configuration);
            QCOMPARE(job->attempts(), 0);
        }
        std::unique_ptr<BlacklistListJob> tooMany(run(m_client->blacklist(1, 101)));
        QCOMPARE(tooMany->error().kind(), ErrorKind::Configuration);
        std::unique_ptr<BlacklistRemoveJob> zero(run(m_client->removeBlacklistEntry(0)));
        QCOMPARE(zero->error().kind(), ErrorKind::Configuration);
    }

    void faceTwoFactor()
    {
        const Face2faChallenge enrolled = settle(m_client->registerFace(u"user 1/ä"_s, "alice's face"));
        QCOMPARE(enrolled.kind, u"enroll"_s);
        QCOMPARE(enrolled.status, u"completed"_s);
        QCOMPARE(enrolled.passed, std::optional<bool>(true));
        QVERIFY(!enrolled.isFailed());
        std::unique_ptr<Face2faUserJob> user(run(m_client->face2faUser(u"user 1/ä"_s)));
        QVERIFY2(!user->error(), qPrintable(user->error().toString()));
        QVERIFY(user->user().enrolled);
        QVERIFY(!user->user().enrolledAt.isEmpty());
        QCOMPARE(settle(m_client->verifyFace(u"user 1/ä"_s, "alice's face")).status, u"completed"_s);
        const Face2faChallenge mismatch = settle(m_client->verifyFace(u"user 1/ä"_s, "mallory's face"));
        QVERIFY(mismatch.isFailed());
        QCOMPARE(mismatch.failureReason, u"face_mismatch"_s);
        QCOMPARE(settle(m_client->verifyFace(u"nobody"_s, "x")).failureReason, u"not_enrolled"_s);
        QCOMPARE(settle(m_client->verifyFace(u"user 1/ä"_s, "sandbox:no_face_detected")).failureReason, u"no_face_detected"_s);
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<Face2faUserJob> deleted(run(m_client->deleteFace2faUser(u"user 1/ä"_s)));
            QVERIFY(!deleted->error());
            QVERIFY(deleted->deleted());
        }
        std::unique_ptr<Face2faUserJob> gone(run(m_client->face2faUser(u"user 1/ä"_s)));
        QVERIFY(!gone->user().enrolled);
        std::unique_ptr<Face2faStatusJob> unknown(run(m_client->face2faStatus(u"ch_doesnotexist"_s)));
        QCOMPARE(unknown->error().kind(), ErrorKind::NotFound);
        std::unique_ptr<Face2faStatusJob> hostile(run(m_client->face2faStatus(u"../../init"_s)));
        QCOMPARE(hostile->error().kind(), ErrorKind::Configuration);
        std::unique_ptr<Face2faStartJob> longId(run(m_client->registerFace(QString(256, u'u'), "x")));
        QCOMPARE(longId->error().kind(), ErrorKind::Configuration);
    }
};

QTEST_GUILESS_MAIN(tst_Resources)
#include "tst_resources.moc"
