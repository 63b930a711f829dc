// The runner against real servers on loopback: sandboxes in process (one per shape), a sandbox at a base URL with
// the receiver where it delivers, and a server that is no sandbox. Faults stay with their scenario, a receiver that
// answers badly makes the sandbox retry, and a wrong expectation fails with expected and observed.
#include "scenarios/scenarioreader.h"
#include "scenarios/scenariorunner.h"

#include "sandbox/sandbox.h"

#include "faultserver.h"
#include "ports.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident::Scenarios;

class tst_ScenarioRunner : public QObject
{
    Q_OBJECT

    static QList<Scenario> scenarios(const QByteArray &text)
    {
        ReadError error;
        const auto file = ScenarioReader::readText(text, u"t.yaml"_s, &error);
        if (!file)
            qFatal("%s", qPrintable(error.toString()));
        return file->scenarios;
    }

    //! Runs every scenario and waits for the end; false when it did not come.
    static bool runAll(ScenarioRunner &runner, int timeoutMs = 60000)
    {
        QSignalSpy done(&runner, &ScenarioRunner::finished);
        runner.run();
        return done.wait(timeoutMs);
    }

    static ScenarioRunner::Options options(int jobs, const QString &baseUrl = {}, const QString &apiKey = {})
    {
        ScenarioRunner::Options o;
        o.jobs = jobs;
        o.baseUrl = baseUrl;
        o.apiKey = apiKey;
        return o;
    }

    static QString describe(const ScenarioRunner &runner)
    {
        QStringList lines;
        for (int i = 0; i < runner.count(); ++i)
            lines.append(u"%1: %2 %3"_s.arg(runner.scenario(i).name, stateName(runner.result(i).state), runner.result(i).message));
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void theSmokeFilePassesInProcess()
    {
        ReadError error;
        const auto file = ScenarioReader::readFile(QStringLiteral(XIDENT_EXAMPLES_DIR "/smoke.yaml"), &error);
        QVERIFY(file);
        ScenarioRunner runner(options(8));
        runner.setScenarios(file->scenarios);
        QVERIFY(runAll(runner));
        for (int i = 0; i < runner.count(); ++i) {
            const ScenarioResult &r = runner.result(i);
            QVERIFY2(r.state == RunState::Passed, qPrintable(describe(runner)));
            // The webhook was there, signed and in agreement with the result, for every one of them.
            const auto checked = [&r](const QString &what) {
                return std::any_of(r.checks.cbegin(), r.checks.cend(), [&](const Check &c) { return c.what == what && c.ok; });
            };
            QVERIFY2(checked(u"webhook.signature"_s) && checked(u"webhook.matches_result"_s) && checked(u"webhook.type"_s),
                     qPrintable(runner.scenario(i).name));
            QVERIFY(!r.requestIds.isEmpty());
        }
        QVERIFY(runner.sandbox(Shape::V1) && runner.sandbox(Shape::Legacy));
    }

    void aWrongExpectationFailsNamingBoth()
    {
        ScenarioRunner runner(options(4));
        runner.setScenarios(scenarios(R"(
scenarios:
  - name: hoped for a pass
    end: "fail:face_mismatch"
    expect: {status: success}
  - name: right about it
    end: "fail:face_mismatch"
)"));
        QVERIFY(runAll(runner));
        QCOMPARE(runner.result(0).state, RunState::Failed);
        QCOMPARE(runner.result(0).message, u"status: expected success, observed failed"_s);
        QCOMPARE(runner.result(1).state, RunState::Passed);
        // Running the failed again runs that one only.
        QSignalSpy started(&runner, &ScenarioRunner::scenarioStarted);
        QSignalSpy done(&runner, &ScenarioRunner::finished);
        runner.runFailed();
        QVERIFY(done.wait(30000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 0);
        QCOMPARE(runner.result(0).state, RunState::Failed);
    }

    void faultsStayWithTheirScenarioAndAreForgotten()
    {
        ScenarioRunner runner(options(2));
        runner.setScenarios(scenarios(R"(
scenarios:
  - name: stormy
    end: pass
    faults: {script: [503, 503, 503, 503, 503, 503]}
  - name: calm
    end: pass
)"));
        QVERIFY(runAll(runner));
        QCOMPARE(runner.result(0).state, RunState::Failed);   // four attempts, all 503
        QVERIFY2(runner.result(0).message.contains(u"init"_s), qPrintable(runner.result(0).message));
        QCOMPARE(runner.result(1).state, RunState::Passed);
        // The key's faults were cleared when it was done, and the sandbox forgot them.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(runner.sandbox(Shape::V1)->baseUrl() + u"/_sandbox/faults"_s));
        request.setRawHeader("X-API-Key", ScenarioRun::keyFor(runner.scenario(0)).toLatin1());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy answered(reply, &QNetworkReply::finished);
        QVERIFY(answered.wait(5000));
        const QJsonObject data = QJsonDocument::fromJson(reply->readAll()).object().value("data"_L1).toObject();
        QCOMPARE(data.value("scope"_L1).toString(), u"defaults"_s);
        QCOMPARE(data.value("script"_L1).toArray().size(), 0);
        delete reply;
    }

    void aReceiverAnsweringBadlyIsRetried()
    {
        ScenarioRunner runner(options(4));
        runner.setScenarios(scenarios(R"(
scenarios:
  - name: twice 500
    end: pass
    receiver: {status: 500, times: 2}
    expect: {webhook: {within: 10s, deliveries: 3}}
)"));
        QVERIFY(runAll(runner));
        QVERIFY2(runner.result(0).state == RunState::Passed, qPrintable(describe(runner)));
        // The sandbox's own record: three attempts, the last one delivered.
        // (it records an attempt once the answer has reached it, which can be just after the receiver gave it)
        const auto attemptsOf = [&runner] {
            return runner.sandbox(Shape::V1)->deliveries().first().toObject().value("attempts"_L1).toArray();
        };
        QCOMPARE(runner.sandbox(Shape::V1)->deliveries().size(), 1);
        QTRY_COMPARE(attemptsOf().size(), 3);
        const QJsonArray deliveries = runner.sandbox(Shape::V1)->deliveries();
        const QJsonArray attempts = attemptsOf();
        QCOMPARE(attempts.at(0).toObject().value("status"_L1).toInt(), 500);
        QCOMPARE(attempts.at(2).toObject().value("status"_L1).toInt(), 200);
        QVERIFY(deliveries.first().toObject().value("delivered"_L1).toBool());
    }

    void aSandboxAtABaseUrlWithTheReceiverWhereItDelivers()
    {
        const quint16 receiverPort = closedLoopbackPort();
        QVERIFY(receiverPort);
        Xident::Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 100;
        o.webhookUrls = {QUrl(u"http://127.0.0.1:%1/webhooks"_s.arg(receiverPort))};
        Xident::Sandbox::Server sandbox(o);
        QVERIFY(sandbox.start());
        ScenarioRunner::Options o2 = options(4, sandbox.baseUrl());
        o2.receiverPort = receiverPort;
        o2.webhookSecret = sandbox.webhookSecret().toUtf8();
        ScenarioRunner runner(o2);
        runner.setScenarios(scenarios(R"(
scenarios:
  - {name: magic pass, end: pass}
  - {name: widget cancel, end: {widget: cancel}}
  - {name: legacy pass, end: pass, shape: legacy}
)"));
        QVERIFY(runAll(runner));
        QVERIFY2(runner.result(0).state == RunState::Passed && runner.result(1).state == RunState::Passed
                     && runner.result(2).state == RunState::Passed,
                 qPrintable(describe(runner)));
        QVERIFY(!runner.sandbox(Shape::V1));   // nothing started in process
    }

    void aServerThatIsNoSandbox()
    {
        // A stand-in for a staging server: answers like the API, has no admin routes and no /health marker.
        FaultServer server;
        FaultServer::Answer answer;
        answer.body = FaultServer::envelope("{\"token\":\"xit_0123456789abcdef01234567\",\"verify_url\":\"https://verify.example/x\","
                                            "\"status\":\"success\",\"verified\":true}");
        server.setFallback(answer);
        ScenarioRunner runner(options(8, server.baseUrl(), u"sk_test_staging_only"_s));
        QCOMPARE(runner.options().jobs, 1);   // one key: one scenario at a time
        runner.setScenarios(scenarios(R"(
scenarios:
  - {name: needs magic, end: pass}
  - {name: needs faults, end: none, expect: {status: success}, faults: {latency: 10ms}}
  - {name: decided elsewhere, end: none, expect: {status: success}}
)"));
        QVERIFY(runAll(runner));
        QCOMPARE(runner.result(0).state, RunState::Skipped);
        QVERIFY2(runner.result(0).message.contains(u"no admin API"_s), qPrintable(runner.result(0).message));
        QCOMPARE(runner.result(1).state, RunState::Skipped);
        QVERIFY2(runner.result(2).state == RunState::Passed, qPrintable(describe(runner)));
        QVERIFY(runner.result(2).log.join(u'\n').contains(u"webhook not checked"_s));
        for (const FaultServer::Received &r : server.received()) {
            if (r.path.startsWith("/verify/"))
                QCOMPARE(r.header("X-API-Key"), "sk_test_staging_only"_ba);
        }
    }

    void aServerThatCannotBeReached()
    {
        ScenarioRunner runner(options(4, u"http://127.0.0.1:%1"_s.arg(closedLoopbackPort())));
        runner.setScenarios(scenarios("scenarios:\n  - {name: a, end: none, expect: {status: success}}\n"));
        QSignalSpy failed(&runner, &ScenarioRunner::setupFailed);
        runner.run();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(u"cannot be reached"_s), qPrintable(failed.first().first().toString()));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioRunner)
#include "tst_scenariorunner.moc"
