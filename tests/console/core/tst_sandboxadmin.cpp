// The console's admin client for the sandbox, against a real sandbox on a loopback port: one session's phase,
// an outcome set beforehand, another key's session, and each way a call can fail ends in a sentence.
#include "console/core/sandboxadmin.h"
#include "sandbox/sandbox.h"

#include "faultserver.h"

#include <XidentQt/client.h>
#include <XidentQt/initparams.h>
#include <XidentQt/job.h>

#include <QtCore/QJsonDocument>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

constexpr auto Key = "sk_test_sandbox_admin_client";

struct Fetched
{
    SandboxAdmin::SessionState state;
    QString problem;
};

} // namespace

class tst_SandboxAdmin : public QObject
{
    Q_OBJECT

    std::unique_ptr<Xident::Sandbox::Server> m_sandbox;

    SandboxAdmin::Target target(const QString &key = QString::fromLatin1(Key)) const
    {
        return {m_sandbox->baseUrl(), key};
    }

    static Fetched fetch(SandboxAdmin &admin, const SandboxAdmin::Target &target, const QString &token)
    {
        std::optional<Fetched> got;
        admin.fetchSession(target, token, [&got](const SandboxAdmin::SessionState &s, const QString &p) { got = Fetched{s, p}; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            qFatal("no answer");
        return *got;
    }

    static QString preset(SandboxAdmin &admin, const SandboxAdmin::Target &target, const QString &token,
                          const QString &outcome, const QString &detail = {})
    {
        std::optional<QString> got;
        admin.preset(target, token, outcome, detail, [&got](const QString &p) { got = p; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            qFatal("no answer");
        return *got;
    }

    QString createSession()
    {
        Xident::Config config(QString::fromLatin1(Key));
        config.setBaseUrl(m_sandbox->baseUrl());
        Xident::Client client(config);
        Xident::InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        std::unique_ptr<Xident::InitJob> job(client.init(params));
        job->setAutoDelete(false);
        bool done = false;
        connect(job.get(), &Xident::Job::finished, this, [&done] { done = true; });
        job->start();
        if (!QTest::qWaitFor([&done] { return done; }, 10000) || job->error())
            return {};
        return job->result().token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Xident::Sandbox::Options o;
        o.port = 0;
        m_sandbox = std::make_unique<Xident::Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
    }

    void followsASessionAndPresetsItsOutcome()
    {
        SandboxAdmin admin;
        const QString token = createSession();
        QVERIFY(token.startsWith("xit_"_L1));
        Fetched f = fetch(admin, target(), token);
        QCOMPARE(f.problem, QString());
        QCOMPARE(f.state.status, u"pending"_s);
        QCOMPARE(f.state.phase, SandboxAdmin::Phase::Waiting);
        QVERIFY(f.state.createdAt.isValid());
        QVERIFY(f.state.expiresAt > f.state.createdAt);
        QVERIFY(f.state.presetOutcome.isEmpty());

        QCOMPARE(preset(admin, target(), token, u"fail"_s, u"face_mismatch"_s), QString());
        f = fetch(admin, target(), token);
        QCOMPARE(f.state.presetOutcome, u"fail"_s);
        QCOMPARE(f.state.presetDetail, u"face_mismatch"_s);
        QCOMPARE(preset(admin, target(), token, u"none"_s), QString());
        QVERIFY(fetch(admin, target(), token).state.presetOutcome.isEmpty());
        // A wrong outcome is refused with the sandbox's own words.
        const QString bad = preset(admin, target(), token, u"fail"_s, u"bogus"_s);
        QVERIFY2(bad.contains(u"400"_s) && bad.contains(u"reason"_s), qPrintable(bad));

        QVERIFY(m_sandbox->complete(token, u"pass"_s));
        f = fetch(admin, target(), token);
        QCOMPARE(f.state.phase, SandboxAdmin::Phase::Final);
        QCOMPARE(f.state.status, u"success"_s);
        QVERIFY(f.state.completedAt.isValid());
        QVERIFY(preset(admin, target(), token, u"pass"_s).contains(u"409"_s));
    }

    void anotherKeySeesNothing()
    {
        SandboxAdmin admin;
        const QString token = createSession();
        const Fetched f = fetch(admin, target(u"sk_test_someone_else"_s), token);
        QVERIFY2(f.problem.contains(u"does not know this session"_s), qPrintable(f.problem));
        QVERIFY(!preset(admin, target(u"sk_test_someone_else"_s), token, u"pass"_s).isEmpty());
        QVERIFY(fetch(admin, target(), token).state.presetOutcome.isEmpty());
    }

    void everyFailureIsASentence()
    {
        SandboxAdmin admin;
        // Nobody listens.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString gone = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        QVERIFY(fetch(admin, {gone, QString::fromLatin1(Key)}, u"xit_x"_s).problem.contains(u"cannot be reached"_s));
        // Not an address.
        QVERIFY(!fetch(admin, {u"ftp://127.0.0.1"_s, QString::fromLatin1(Key)}, u"xit_x"_s).problem.isEmpty());
        // Something else answers: not JSON, a redirect, silence.
        FaultServer other;
        other.enqueue({200, "<html>hello</html>", {}});
        QVERIFY(fetch(admin, {other.baseUrl(), QString::fromLatin1(Key)}, u"xit_x"_s).problem.contains(u"not the sandbox"_s));
        other.enqueue({302, {}, {{"Location", "http://127.0.0.1:1/"}}});
        QVERIFY(fetch(admin, {other.baseUrl(), QString::fromLatin1(Key)}, u"xit_x"_s).problem.contains(u"redirect"_s));
        FaultServer::Answer stall{200, QByteArray(100, ' '), {}};
        stall.mode = FaultServer::Mode::Stall;
        other.enqueue(stall);
        admin.setTimeout(400);
        QVERIFY(fetch(admin, {other.baseUrl(), QString::fromLatin1(Key)}, u"xit_x"_s).problem.contains(u"in time"_s));
        // The key goes in its header, never in the URL; a token is one path segment, whatever it holds.
        admin.setTimeout(SandboxAdmin::DefaultTimeoutMs);
        other.enqueue({404, {}, {}});
        fetch(admin, {other.baseUrl() + u"/"_s, QString::fromLatin1(Key)}, u"../stats?x#y"_s);
        QCOMPARE(other.received().constLast().path, QByteArray("/_sandbox/sessions/..%2Fstats%3Fx%23y"));
        other.enqueue({404, {}, {}});
        fetch(admin, {other.baseUrl(), QString::fromLatin1(Key)}, u"xit_x"_s);
        const FaultServer::Received last = other.received().constLast();
        QCOMPARE(last.header("X-API-Key"), QByteArray(Key));
        QVERIFY(!last.path.contains(Key));
        QCOMPARE(last.path, QByteArray("/_sandbox/sessions/xit_x"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxAdmin)
#include "tst_sandboxadmin.moc"
