// "Check the demo" against the workspace's own embedded sandbox and inbox on loopback ports, and against an
// external sandbox: every line once passing and once failing, with the reason it gives.
#include "console/core/democheck.h"
#include "console/core/profile.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/workspace.h"
#include "sandbox/sandbox.h"

#include "faultserver.h"

#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

class tst_DemoCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;

    // Runs the check on \a profileId to its end; the lines by id.
    QHash<QString, DemoCheck::Line> run(const QString &profileId, const DemoCheck::CodeReader &reader = {})
    {
        DemoCheck check(m_workspace.get());
        check.setWebhookTimeout(4000);
        if (reader)
            check.setCodeReader(reader);
        QSignalSpy done(&check, &DemoCheck::finished);
        check.start(profileId);
        if (check.isRunning() && !done.wait(20000))
            qFatal("the check did not end");
        QHash<QString, DemoCheck::Line> byId;
        for (const DemoCheck::Line &line : check.lines())
            byId.insert(line.id, line);
        if (byId.size() != 7 || check.lines().size() != 7)
            qFatal("not seven lines");
        return byId;
    }

    static QByteArray said(const DemoCheck::Line &line) { return DemoCheck::format(line).toUtf8(); }

    Profile external(const Xident::Sandbox::Server &server, const QString &key)
    {
        Profile p;
        p.id = Profile::newId();
        p.name = u"Team sandbox"_s;
        p.baseUrl = server.baseUrl();
        p.apiKey = key;
        m_workspace->profileStore()->addTemporary(p);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false\nxident.console.history.info=false"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->path() + u"/console.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = m_settings.get();
        o.dataDir = m_dir->path() + u"/data"_s;
        o.sandboxPort = 0;
        o.inboxPort = 0;
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

    void theEmbeddedSandboxSharedOnAPhoneAddressPasses()
    {
        // 127.0.0.2 stands in for the laptop's Wi-Fi address: a loopback address given on purpose is allowed.
        QVERIFY(m_workspace->sandboxHost()->share(QHostAddress(u"127.0.0.2"_s)).isEmpty());
        QString drawn;
        const auto lines = run(QString::fromLatin1(Profile::SandboxId), [&drawn](const QString &url) {
            drawn = url;
            return url;
        });
        for (const auto &line : lines)
            QVERIFY2(line.result == DemoCheck::Result::Passed, said(line).constData());
        QVERIFY(drawn.startsWith(u"http://127.0.0.2:"_s));

        // "Scan to test": another device opening the probe's page through the shared address is noticed; the same
        // page asked on the API's own address, or with another probe, is not.
        DemoCheck probe(m_workspace.get());
        probe.start(QString::fromLatin1(Profile::SandboxId));
        const QString url = probe.phoneProbeUrl();
        QVERIFY2(url.startsWith(u"http://127.0.0.2:"_s) && url.contains(u"/done?probe="_s), qPrintable(url));
        QSignalSpy reached(&probe, &DemoCheck::phoneReached);
        QNetworkAccessManager nam;
        const auto get = [&nam](const QString &address) {
            std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(address))));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        };
        get(QString(url).replace(u"probe="_s, u"probe=other"_s));
        QUrl viaMain(m_workspace->sandboxHost()->baseUrl() + u"/done"_s);
        viaMain.setQuery(QUrl(url).query());
        get(viaMain.toString());
        QVERIFY(!probe.phoneWasReached());
        get(url);
        QTRY_COMPARE(reached.size(), 1);
        QVERIFY(probe.phoneWasReached());
        QTRY_VERIFY_WITH_TIMEOUT(!probe.isRunning(), 10000);
        QVERIFY(drawn.contains(u"flow=phone"_s));
        QVERIFY(said(lines[u"lifetime"_s]).contains("10 minutes"));
    }

    void eachProblemIsSaidWithWhatToDo()
    {
        // Not shared: the code points at this computer. A reader that misreads. Faults active for the key.
        const QString key = m_workspace->sandboxHost()->apiKey();
        QNetworkAccessManager nam;
        QNetworkRequest put(QUrl(m_workspace->sandboxHost()->baseUrl() + u"/_sandbox/faults"_s));
        put.setRawHeader("X-API-Key", key.toUtf8());
        put.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        std::unique_ptr<QNetworkReply> reply(nam.put(put, R"({"latency_ms": 300})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const auto lines = run(QString::fromLatin1(Profile::SandboxId), [](const QString &url) { return QString(url + u"x"_s); });
        QCOMPARE(lines[u"server"_s].result, DemoCheck::Result::Failed);
        QVERIFY2(said(lines[u"server"_s]).contains("latency 300 ms"), said(lines[u"server"_s]).constData());
        QCOMPARE(lines[u"phone"_s].result, DemoCheck::Result::Failed);
        QVERIFY(said(lines[u"phone"_s]).contains("--phone-address"));
        QVERIFY2(lines[u"code"_s].result == DemoCheck::Result::Failed, said(lines[u"code"_s]).constData());
        QCOMPARE(lines[u"profile"_s].result, DemoCheck::Result::Passed);
        QCOMPARE(lines[u"webhooks"_s].result, DemoCheck::Result::Passed);
    }

    void aShortLifetimeAndALoopbackExternalSandboxFail()
    {
        Xident::Sandbox::Options o;
        o.port = 0;
        o.tokenTtlSeconds = 300;
        Xident::Sandbox::Server server(o);
        QVERIFY(server.start());
        const Profile p = external(server, u"sk_test_external_check_0000"_s);
        const auto lines = run(p.id);
        QCOMPARE(lines[u"lifetime"_s].result, DemoCheck::Result::Failed);
        QVERIFY(said(lines[u"lifetime"_s]).contains("--token-ttl"));
        QCOMPARE(lines[u"phone"_s].result, DemoCheck::Result::Failed);
        QVERIFY2(said(lines[u"phone"_s]).contains("--public-url"), said(lines[u"phone"_s]).constData());
        QCOMPARE(lines[u"server"_s].result, DemoCheck::Result::Passed);
        // Its webhooks go where that sandbox was told; without a secret the result cannot be confirmed.
        QCOMPARE(lines[u"webhooks"_s].result, DemoCheck::Result::Failed);
    }

    void aClockFarOffTheServersFails()
    {
        // A server whose Date is an hour ahead; its admin routes answer like a sandbox's.
        FaultServer server;
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(3600), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                    .toLatin1();
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
        const QByteArray later = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs).toLatin1();
        // In the order the check asks: the session, the faults, the session's times, then the clock.
        const auto json = [](const QByteArray &data) {
            return FaultServer::Answer{200, FaultServer::envelope(data), {}, FaultServer::Mode::Normal, "application/json"};
        };
        server.enqueue(json(R"({"token":"xit_clockcheck0001","verify_url":")" + server.baseUrl().toUtf8() + R"(/widget/xit_clockcheck0001"})"));
        server.enqueue(json("{}"));
        server.enqueue(json(R"({"status":"pending","phase":"waiting","created_at":")" + now + R"(","expires_at":")" + later + R"("})"));
        server.enqueue({404, "{}", {{"Date", date}}, FaultServer::Mode::Normal, "application/json"});
        Profile p;
        p.id = Profile::newId();
        p.name = u"Clock"_s;
        p.baseUrl = server.baseUrl();
        p.apiKey = u"sk_test_clock_check_000000"_s;
        p.maxRetries = 0;
        m_workspace->profileStore()->addTemporary(p);
        const auto lines = run(p.id);
        QCOMPARE(lines[u"clock"_s].result, DemoCheck::Result::Failed);
        // An hour, to the second the Date header can say.
        static const QRegularExpression off(u"clock is (\\d+) s off"_s);
        const int seconds = off.match(QString::fromUtf8(said(lines[u"clock"_s]))).captured(1).toInt();
        QVERIFY2(seconds >= 3598 && seconds <= 3601, said(lines[u"clock"_s]).constData());
        QCOMPARE(lines[u"lifetime"_s].result, DemoCheck::Result::Passed);
    }

    void aLiveProfileIsNotTried()
    {
        Profile live;
        live.id = Profile::newId();
        live.name = u"Production"_s;
        live.baseUrl = u"http://127.0.0.1:9"_s;
        live.apiKey = u"sk_live_00000000000000000000"_s;
        m_workspace->profileStore()->addTemporary(live);
        const auto lines = run(live.id);
        QCOMPARE(lines[u"profile"_s].result, DemoCheck::Result::Failed);
        QVERIFY(said(lines[u"profile"_s]).contains("LIVE"));
        for (const QString &id : {u"server"_s, u"phone"_s, u"webhooks"_s})
            QCOMPARE(lines[id].result, DemoCheck::Result::Skipped);
    }
};

QTEST_GUILESS_MAIN(tst_DemoCheck)
#include "tst_democheck.moc"
