// The presenter's session against the workspace's own embedded sandbox on a loopback port, driven as a phone
// would (the page fetched, the last step posted): its phases, the verdict, a preset failure, the next customer, a
// token renewed before it expires, nothing personal sent, and a live profile refused.
#include "console/core/demosession.h"
#include "console/core/profile.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/workspace.h"
#include "sandbox/sandbox.h"
#include "sandbox/sessionstore.h"

#include "faultserver.h"
#include "phone.h"

#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

class tst_DemoSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager m_nam;

    int phone(const QByteArray &method, const QString &url, const QByteArray &body = {})
    {
        return phoneRequest(m_nam, method, url, body);
    }

    static QString choosePath(const QString &phoneUrl)
    {
        QUrl url(phoneUrl);
        url.setQuery(QString());
        return url.toString() + u"/choose"_s;
    }

    std::unique_ptr<DemoSession> demo()
    {
        auto d = std::make_unique<DemoSession>(m_workspace->profileService(), m_workspace->clients(),
                                               m_workspace->sandboxHost());
        d->setPollInterval(100);
        return d;
    }

    std::optional<Xident::Sandbox::Session> sandboxSession(const QString &token) const
    {
        return m_workspace->sandboxHost()->server()->session(token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->path() + u"/console.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = m_settings.get();
        o.dataDir = m_dir->path() + u"/data"_s;
        o.sandboxPort = 0;
        o.webhookInbox = false;
        o.keychainTimeout = std::chrono::milliseconds(1000);
        m_workspace = std::make_unique<Workspace>(o);
        m_workspace->start();
        QVERIFY(m_workspace->sandboxHost()->isRunning());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void phonePassesAndTheVerdictIsGood()
    {
        auto d = demo();
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QCOMPARE(d->state(), DemoSession::State::Creating);
        QVERIFY(ready.wait(5000));
        QCOMPARE(d->state(), DemoSession::State::Waiting);
        const QUrl page(d->phoneUrl());
        QCOMPARE(QUrlQuery(page).queryItemValue(u"flow"_s), u"phone"_s);
        QVERIFY2(page.path().endsWith(d->token()), qPrintable(page.toString()));
        QVERIFY(d->canPreset());
        // The stage may show the first and last four characters, never more.
        QCOMPARE(d->tokenHint(), d->token().left(4) + u"…"_s + d->token().right(4));
        QVERIFY(!d->tokenHint().contains(d->token().mid(4, 8)));

        QCOMPARE(phone("GET", d->phoneUrl()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DemoSession::State::Opened, 3000);
        QSignalSpy finished(d.get(), &DemoSession::finished);
        QCOMPARE(phone("POST", choosePath(d->phoneUrl()), "outcome=pass&method=full"), 303);
        QVERIFY(finished.wait(3000));
        QCOMPARE(d->state(), DemoSession::State::Finished);
        QCOMPARE(d->verdict().tone, Verdict::Tone::Good);
        QVERIFY2(d->verdict().headline.startsWith(u"Verified"_s), qPrintable(d->verdict().headline));
        QVERIFY(!d->verdict().checks.isEmpty());
        QCOMPARE(d->stateText(), d->verdict().headline);
        QVERIFY(d->problem().isEmpty());
    }

    void nothingPersonalIsSentAndTheLanguageIsTheDemos()
    {
        auto d = demo();
        d->setLanguage(u"de"_s);
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QVERIFY(ready.wait(5000));
        const auto s = sandboxSession(d->token());
        QVERIFY(s);
        QVERIFY(s->userId.isEmpty());
        QVERIFY(s->metadata.isEmpty());
        QCOMPARE(s->locale, u"de"_s);
        QCOMPARE(s->minAge.value_or(0), 18);
        d->setLanguage(u"xx"_s);
        QCOMPARE(d->language(), u"en"_s);
    }

    void aPresetFailureWinsOverThePhonesChoice()
    {
        auto d = demo();
        d->setPreset(u"fail"_s, u"face_mismatch"_s);
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QVERIFY(ready.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(sandboxSession(d->token())->presetOutcome, u"fail"_s, 3000);
        QCOMPARE(phone("GET", d->phoneUrl()), 200);
        QSignalSpy finished(d.get(), &DemoSession::finished);
        QCOMPARE(phone("POST", choosePath(d->phoneUrl()), "outcome=pass&method=full"), 303);
        QVERIFY(finished.wait(3000));
        QCOMPARE(d->verdict().tone, Verdict::Tone::Bad);
        QCOMPARE(d->verdict().headline, u"Not verified"_s);
        QVERIFY2(d->verdict().detail.contains(u"face"_s, Qt::CaseInsensitive), qPrintable(d->verdict().detail));

        // Letting the phone decide again clears it on the next session.
        d->setPreset({}, {});
        d->next();
        QVERIFY(ready.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxSession(d->token())->presetOutcome.isEmpty(), 3000);
    }

    void nextCustomerGetsANewToken()
    {
        auto d = demo();
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QVERIFY(ready.wait(5000));
        const QString first = d->token();
        d->next();
        QCOMPARE(d->state(), DemoSession::State::Creating);
        QVERIFY(d->token().isEmpty());
        QVERIFY(ready.wait(5000));
        QVERIFY(d->token() != first);
        QCOMPARE(d->sessionsMade(), 2);
    }

    void anUnopenedTokenIsRenewedBeforeItExpires()
    {
        auto d = demo();
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QVERIFY(ready.wait(5000));
        const QString first = d->token();
        const qint64 lifetime = d->createdAt().secsTo(d->expiresAt());
        QVERIFY2(lifetime >= 590, qPrintable(QString::number(lifetime)));
        // Renewing "lifetime" seconds ahead: due at the next poll.
        d->setRenewLead(int(lifetime));
        QVERIFY(ready.wait(5000));
        QVERIFY(d->token() != first);
        QCOMPARE(d->state(), DemoSession::State::Waiting);

        // An opened one is left alone: the phone is on it.
        d->setRenewLead(0);
        QCOMPARE(phone("GET", d->phoneUrl()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DemoSession::State::Opened, 3000);
        const QString opened = d->token();
        d->setRenewLead(int(lifetime));
        QTest::qWait(400);
        QCOMPARE(d->token(), opened);
    }

    void aServerThatGoesAwayIsSaidAndTheCodeWithdrawn()
    {
        auto d = demo();
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(QString::fromLatin1(Profile::SandboxId)));
        QVERIFY(ready.wait(5000));
        QVERIFY(!d->hasLostContact());
        QVERIFY(d->stageProblem().isEmpty());
        m_workspace->sandboxHost()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(d->hasLostContact(), 5000);
        QCOMPARE(d->stateText(), u"Reconnecting to the server…"_s);
        // The stage's sentence has neither the server's words nor its address.
        QVERIFY(!d->stageProblem().isEmpty());
        QVERIFY(!d->stageProblem().contains(u"127.0.0.1"_s));
        QVERIFY(!d->problem().isEmpty());
    }

    void aLiveProfileIsRefused()
    {
        Profile live;
        live.id = Profile::newId();
        live.name = u"Production"_s;
        live.baseUrl = u"https://api.xident.example"_s;
        live.apiKey = u"sk_live_00000000000000000000"_s;
        QVERIFY(live.isLive());
        m_workspace->profileStore()->addTemporary(live);
        auto d = demo();
        QVERIFY(!d->start(live.id));
        QCOMPARE(d->state(), DemoSession::State::Idle);
        QVERIFY2(d->problem().contains(u"LIVE"_s), qPrintable(d->problem()));
        QVERIFY(!d->problem().contains(live.apiKey));
        QVERIFY(d->token().isEmpty());
        QVERIFY(DemoSession::refusal(m_workspace->profileStore()->current()).isEmpty());
    }

    void aServerThatCannotBeReachedIsTriedAgain()
    {
        Profile gone;
        gone.id = Profile::newId();
        gone.name = u"Staging"_s;
        gone.baseUrl = u"http://127.0.0.1:1"_s;
        gone.apiKey = u"sk_test_00000000000000000000"_s;
        gone.maxRetries = 0;
        m_workspace->profileStore()->addTemporary(gone);
        QList<DemoSession::State> states;
        auto d = demo();
        d->setRetryDelay(200);
        connect(d.get(), &DemoSession::changed, this, [&states, &d] { states.append(d->state()); });
        QVERIFY(d->start(gone.id));
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DemoSession::State::Failed, 5000);
        QVERIFY(!d->problem().isEmpty());
        QVERIFY(!d->problem().contains(gone.apiKey));
        // It keeps trying by itself, and says so the whole time: no flicker back to "preparing" between attempts.
        const int firstFailure = int(states.indexOf(DemoSession::State::Failed));
        QTRY_VERIFY_WITH_TIMEOUT(states.count(DemoSession::State::Failed) >= 3, 5000);
        QVERIFY(states.lastIndexOf(DemoSession::State::Creating) < firstFailure);
    }

    void aHostedTestServerIsFollowedThroughTheApi()
    {
        // A server without the sandbox's admin routes: its own page in the code, no preset, the status read through
        // the API until the result, whose checks make the verdict.
        FaultServer hosted;
        const auto json = [](const QByteArray &data) {
            return FaultServer::Answer{200, FaultServer::envelope(data), {}, FaultServer::Mode::Normal, "application/json"};
        };
        hosted.enqueue(json("{\"token\":\"xit_hosteddemo0001\",\"verify_url\":\"https://verify.xident.example/s/xit_hosteddemo0001\"}"));
        hosted.enqueue({404, FaultServer::errorEnvelope("NOT_FOUND", "No route."), {}, FaultServer::Mode::Normal, "application/json"});
        hosted.enqueue(json(R"({"token":"xit_hosteddemo0001","status":"pending"})"));
        hosted.enqueue(json(R"({"token":"xit_hosteddemo0001","status":"in_progress"})"));
        QFile golden(QStringLiteral(XIDENT_TEST_DATA_DIR "/result-v1-golden.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        hosted.setFallback(json(golden.readAll()));
        Profile p;
        p.id = Profile::newId();
        p.name = u"Xident test"_s;
        p.baseUrl = hosted.baseUrl();
        p.apiKey = u"sk_test_hosted_demo_000000"_s;
        p.maxRetries = 0;
        m_workspace->profileStore()->addTemporary(p);
        auto d = demo();
        QList<DemoSession::State> states;
        connect(d.get(), &DemoSession::changed, this, [&states, &d] {
            if (states.isEmpty() || states.last() != d->state())
                states.append(d->state());
        });
        QSignalSpy finished(d.get(), &DemoSession::finished);
        QVERIFY(d->start(p.id));
        QVERIFY(finished.wait(5000));
        QCOMPARE(d->phoneUrl(), u"https://verify.xident.example/s/xit_hosteddemo0001"_s);
        QVERIFY(!d->canPreset());
        QCOMPARE(states, (QList<DemoSession::State>{DemoSession::State::Creating, DemoSession::State::Waiting,
                                                   DemoSession::State::Opened, DemoSession::State::Finished}));
        QCOMPARE(d->verdict().tone, Verdict::Tone::Good);
        QCOMPARE(d->verdict().headline, u"Verified, 21+"_s);
        // The admin route was asked once, then never again.
        int admin = 0;
        for (const auto &r : hosted.received())
            admin += r.path.startsWith("/_sandbox/") ? 1 : 0;
        QCOMPARE(admin, 1);
    }

    void anExternalSandboxAnswersItsAdminRoutes()
    {
        Xident::Sandbox::Options o;
        o.port = 0;
        Xident::Sandbox::Server external(o);
        QVERIFY(external.start());
        Profile p;
        p.id = Profile::newId();
        p.name = u"Team sandbox"_s;
        p.baseUrl = external.baseUrl();
        p.apiKey = u"sk_test_external_demo_0000"_s;
        m_workspace->profileStore()->addTemporary(p);
        auto d = demo();
        QSignalSpy ready(d.get(), &DemoSession::sessionReady);
        QVERIFY(d->start(p.id));
        QVERIFY(ready.wait(5000));
        QCOMPARE(QUrlQuery(QUrl(d->phoneUrl())).queryItemValue(u"flow"_s), u"phone"_s);
        QVERIFY(d->phoneUrl().startsWith(external.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(d->canPreset(), 3000);
    }
};

QTEST_GUILESS_MAIN(tst_DemoSession)
#include "tst_demosession.moc"
