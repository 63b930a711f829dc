// Scenario files: every key checked, every error placed (file, line, field), matrices expanded with readable names,
// and defaults that each scenario gets unchanged.
#include "scenarios/scenarioreader.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident::Scenarios;

class tst_ScenarioReader : public QObject
{
    Q_OBJECT

    static ScenarioFile read(const QByteArray &text)
    {
        ReadError error;
        const std::optional<ScenarioFile> file = ScenarioReader::readText(text, u"t.yaml"_s, &error);
        if (!file)
            qWarning("%s", qPrintable(error.toString()));
        return file.value_or(ScenarioFile{});
    }

private Q_SLOTS:
    void theExamplesRead()
    {
        ReadError error;
        const auto smoke = ScenarioReader::readFile(QStringLiteral(XIDENT_EXAMPLES_DIR "/smoke.yaml"), &error);
        QVERIFY2(smoke, qPrintable(error.toString()));
        QCOMPARE(smoke->suite, u"smoke"_s);
        // Eleven outcomes in two shapes, and five by hand.
        QCOMPARE(smoke->scenarios.size(), 27);
        const auto resilience = ScenarioReader::readFile(QStringLiteral(XIDENT_EXAMPLES_DIR "/resilience.yaml"), &error);
        QVERIFY2(resilience, qPrintable(error.toString()));
        QVERIFY(std::any_of(resilience->scenarios.cbegin(), resilience->scenarios.cend(),
                            [](const Scenario &s) { return s.receiver.status == 500 && s.receiver.times == 2; }));
    }

    void aScenarioIsEverythingItSays()
    {
        const ScenarioFile f = read(R"(
suite: one
scenarios:
  - name: all of it
)"
                                    "    init: {callback_url: \"https://e.example/cb\", min_age: 21, locale: de, user_id: \"u-1\"}\n"
                                    R"(    end: {widget: fail, reason: face_mismatch}
    faults: {script: [503, 429], retry_after: 2s, latency: 250ms, error_rate: 0.1, rate_limit: 30, body: non_json, body_count: 2}
    receiver: {status: 410, delay: 1s, times: 3}
    api_version: "2026-01-01"
    timeout: 1m
    expect:
      reason: face_mismatch
      checks: {face_match: failed, eu_wallet: not_performed}
      age_bracket: none
      webhook: {within: 3s, type: verification.failed, deliveries: 4, signature: any, matches_result: false}
      max_duration: 90s
)");
        QCOMPARE(f.scenarios.size(), 1);
        const Scenario &s = f.scenarios.first();
        QCOMPARE(s.id(), u"one / all of it"_s);
        QCOMPARE(s.line, 4);
        QCOMPARE(s.init.minAge, 21);
        QCOMPARE(s.init.userId, u"u-1"_s);
        QCOMPARE(s.ending.kind, Ending::Kind::Widget);
        QCOMPARE(s.ending.summary(), u"widget fail:face_mismatch"_s);
        QCOMPARE(s.faults.script, (QList<int>{503, 429}));
        QCOMPARE(s.faults.retryAfter, 2);
        QCOMPARE(s.faults.latencyMs, 250);
        QCOMPARE(s.faults.bodyCount, 2);
        QCOMPARE(s.faults.toJson().value("body"_L1).toString(), u"non_json"_s);
        QCOMPARE(s.receiver.status, 410);
        QCOMPARE(s.receiver.delayMs, 1000);
        QCOMPARE(s.shape, Shape::Legacy);   // implied by the API version
        QCOMPARE(s.timeoutMs, 60000);
        QCOMPARE(s.expectedStatus(), u"failed"_s);   // implied by the ending
        QCOMPARE(s.expectedReason(), u"face_mismatch"_s);
        QCOMPARE(s.expect.checks.size(), 2);
        QCOMPARE(s.expect.ageBracket, 0);
        QCOMPARE(s.expect.webhook.deliveries, 4);
        QVERIFY(!s.expect.webhook.validSignature);
        QCOMPARE(s.expect.maxDurationMs, 90000);
        QVERIFY(s.needsSandbox());
    }

    void defaultsReachEveryScenarioUnchanged()
    {
        // Overriding a default in one scenario must not change what the next one gets.
        const ScenarioFile f = read(R"(
defaults:
  end: pass
  expect: {status: success, webhook: {within: 4s}}
scenarios:
  - name: first
    end: cancel
    expect: {status: canceled, webhook: {within: 9s}}
  - name: second
  - name: third
    init: {user_id: someone}
)");
        QCOMPARE(f.scenarios.size(), 3);
        QCOMPARE(f.scenarios[0].expectedStatus(), u"canceled"_s);
        QCOMPARE(f.scenarios[0].expect.webhook.withinMs, 9000);
        QCOMPARE(f.scenarios[1].expectedStatus(), u"success"_s);
        QCOMPARE(f.scenarios[1].ending.outcome, u"pass"_s);
        QCOMPARE(f.scenarios[1].expect.webhook.withinMs, 4000);
        QCOMPARE(f.scenarios[2].expect.webhook.withinMs, 4000);
        QCOMPARE(f.scenarios[2].init.userId, u"someone"_s);
    }

    void aMatrixExpandsWithReadableNames()
    {
        const ScenarioFile f = read(R"(
matrix:
  - name: grid
    with: {timeout: 5s}
    axes:
      outcome: [pass, "fail:face_mismatch"]
      shape: [v1, legacy]
      faults:
        calm: {}
        storm: {faults: {script: [503, 503]}}
)");
        QCOMPARE(f.scenarios.size(), 8);
        QCOMPARE(f.scenarios.first().name, u"grid: pass, v1, calm"_s);
        QCOMPARE(f.scenarios.last().name, u"grid: fail:face_mismatch, legacy, storm"_s);
        QCOMPARE(f.scenarios.last().expectedStatus(), u"failed"_s);
        QCOMPARE(f.scenarios.last().expectedReason(), u"face_mismatch"_s);
        QCOMPARE(f.scenarios.last().shape, Shape::Legacy);
        QCOMPARE(f.scenarios.last().faults.script.size(), 2);
        QVERIFY(f.scenarios.first().faults.isEmpty());
        QCOMPARE(f.scenarios.first().timeoutMs, 5000);
    }

    void errorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown top key") << "scenario:\n  - name: a\n"_ba << 1 << u"scenario"_s << u"unknown key"_s;
        QTest::newRow("unknown expect key") << "scenarios:\n  - name: a\n    end: pass\n    expect:\n      statuss: success\n"_ba
                                            << 5 << u"scenarios[0].expect.statuss"_s << u"unknown key"_s;
        QTest::newRow("bad status") << "scenarios:\n  - name: a\n    end: pass\n    expect: {status: done}\n"_ba << 4
                                    << u"scenarios[0].expect.status"_s << u"expected one of success"_s;
        QTest::newRow("bad duration") << "scenarios:\n  - name: a\n    end: pass\n    timeout: soon\n"_ba << 4
                                      << u"scenarios[0].timeout"_s << u"duration"_s;
        QTest::newRow("unknown reason") << "scenarios:\n  - name: a\n    end: \"fail:nope\"\n"_ba << 3 << u"scenarios[0].end"_s
                                        << u"reason must be one of"_s;
        QTest::newRow("no name") << "scenarios:\n  - end: pass\n"_ba << 2 << u"scenarios[0]"_s << u"needs a name"_s;
        QTest::newRow("same name twice") << "scenarios:\n  - {name: a, end: pass}\n  - {name: a, end: cancel}\n"_ba << 3
                                         << u"scenarios[1]"_s << u"named \"a\""_s;
        QTest::newRow("ends by itself without a status") << "scenarios:\n  - name: a\n    end: none\n"_ba << 2
                                                         << u"scenarios[0].expect.status"_s << u"needs an expected status"_s;
        QTest::newRow("count without body") << "scenarios:\n  - name: a\n    end: pass\n    faults: {body_count: 2}\n"_ba << 4
                                            << u"scenarios[0].faults.body_count"_s << u"say which"_s;
        QTest::newRow("script not statuses") << "scenarios:\n  - name: a\n    end: pass\n    faults: {script: [503, 9]}\n"_ba << 4
                                             << u"scenarios[0].faults.script[1]"_s << u"from 100 to 599"_s;
        QTest::newRow("key twice") << "scenarios:\n  - name: a\n    end: pass\n    end: cancel\n"_ba << 4 << u"scenarios[0].end"_s
                                   << u"given twice"_s;
        QTest::newRow("shape against version") << "scenarios:\n  - {name: a, end: pass, shape: v1, api_version: \"2025-01-01\"}\n"_ba
                                               << 2 << u"scenarios[0].api_version"_s << u"legacy shape"_s;
        QTest::newRow("matrix list axis") << "matrix:\n  - axes:\n      colour: [red]\n"_ba << 3 << u"matrix[0].axes.colour"_s
                                          << u"named after what it sets"_s;
        QByteArray wide = "matrix:\n  - axes:\n";
        for (const char *axis : {"a", "b"}) {
            wide += "      " + QByteArray(axis) + ":\n";
            for (int i = 0; i < 101; ++i)
                wide += "        v" + QByteArray::number(i) + ": {end: pass}\n";
        }
        QTest::newRow("matrix too large") << wide << 2 << u"matrix[0].axes"_s << u"expands to more than 10000 scenarios"_s;
        QTest::newRow("nested too deeply") << QByteArray("a: " + QByteArray(3000, '[') + QByteArray(3000, ']')) << 1 << QString()
                                           << u"nested too deeply"_s;
        QTest::newRow("not yaml") << "scenarios:\n  - name: [a\n"_ba << 3 << QString() << u"not valid YAML"_s;
        QTest::newRow("empty") << ""_ba << 0 << QString() << u"empty"_s;
        QTest::newRow("no scenarios") << "suite: x\n"_ba << 1 << QString() << u"no scenarios"_s;
    }

    void errorsNameLineAndField()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, says);
        ReadError error;
        QVERIFY(!ScenarioReader::readText(text, u"bad.yaml"_s, &error));
        QVERIFY2(error.message.contains(says), qPrintable(error.toString()));
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY(error.toString().startsWith(u"bad.yaml"_s));
    }

    void filesThatCannotBeRead()
    {
        ReadError error;
        QVERIFY(!ScenarioReader::readFile(u"/nonexistent/x.yaml"_s, &error));
        QCOMPARE(error.message, u"no such file"_s);
        QTemporaryDir dir;
        QVERIFY(!ScenarioReader::readFile(dir.path(), &error));
        QCOMPARE(error.message, u"not a file"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioReader)
#include "tst_scenarioreader.moc"
