#include <XidentQt/sessionresult.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

static QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(XIDENT_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

class tst_SessionResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v1Golden()
    {
        const QJsonObject raw = fixture("result-v1-golden.json");
        const SessionResult r = SessionResult::fromJson(raw);
        QCOMPARE(r.shape(), SessionResult::Shape::V1);
        QCOMPARE(r.status(), SessionStatus::Success);
        QVERIFY(r.isVerified());
        QVERIFY(r.isTerminal());
        QVERIFY(!r.isPending());
        QCOMPARE(r.token(), u"xtk_golden0001"_s);
        QCOMPARE(r.verified(), std::optional<bool>(true));
        QCOMPARE(r.method(), u"full"_s);
        QCOMPARE(r.ageBracket(), std::optional<int>(21));
        QCOMPARE(r.ipCountry(), u"DE"_s);
        QCOMPARE(r.externalUserId(), u"cust-4711"_s);
        QCOMPARE(r.riskBand(), u"low"_s);
        QCOMPARE(r.createdAt(), u"2026-08-03T10:00:00Z"_s);
        QCOMPARE(r.completedAt(), u"2026-08-03T10:02:30Z"_s);
        QCOMPARE(r.expiresAt(), u"2026-08-03T10:15:00Z"_s);
        QCOMPARE(r.raw(), raw);
        const auto doc = r.check(u"document"_s);
        QVERIFY(doc);
        QVERIFY(doc->performed);
        QCOMPARE(doc->passed, std::optional<bool>(true));
        QCOMPARE(doc->details.value("document_type"_L1).toString(), u"passport"_s);
        QCOMPARE(doc->details.value("country"_L1).toString(), u"DE"_s);
        const auto wallet = r.check(u"eu_wallet"_s);
        QVERIFY(wallet && !wallet->performed);
        QVERIFY(r.check(u"aml"_s));
        QVERIFY(r.check(u"liveness"_s)->passed.value());
        QVERIFY(r.check(u"face_match"_s)->passed.value());
        QVERIFY(r.check(u"risk"_s));
        QCOMPARE(r.check(u"age"_s)->details.value("gate"_L1).toInt(), 21);
    }

    void legacy()
    {
        const QJsonObject raw = fixture("result-legacy.json");
        const SessionResult r = SessionResult::fromJson(raw);
        QCOMPARE(r.shape(), SessionResult::Shape::Legacy);
        QCOMPARE(r.statusText(), u"completed"_s);
        QCOMPARE(r.status(), SessionStatus::Success); // legacy "completed" means success
        QVERIFY(r.isVerified());
        QVERIFY(r.isCompleted());
        QCOMPARE(r.id(), u"6f1c2a9e-3b7d-4e21-9a55-0c8e7d4b1f20"_s);
        QCOMPARE(r.ageBracket(), std::optional<int>(18));
        QCOMPARE(r.method(), u"ml_fast"_s);
        QCOMPARE(r.countryCode(), u"DE"_s);
        QCOMPARE(r.country(), u"DE"_s);
        QCOMPARE(r.regime(), u"medium"_s);
        QCOMPARE(r.minAge(), std::optional<int>(18));
        QCOMPARE(r.externalUserId(), u"user-123"_s);
        QCOMPARE(r.requiredMethods(), (QStringList{u"liveness"_s, u"age"_s}));
        QCOMPARE(r.remainingAttempts(), std::optional<int>(2));
        QCOMPARE(r.startedAt(), u"2026-04-01T09:00:12Z"_s);
        QVERIFY(r.ocrResult().isNull());
        QVERIFY(r.faceMatchResult().isNull());
        QCOMPARE(r.livenessResult().toObject().value("score"_L1).toDouble(), 0.97);
        QCOMPARE(r.check(u"liveness"_s)->passed, std::optional<bool>(true));
        QVERIFY(!r.check(u"document"_s)->performed);
        QVERIFY(r.check(u"age"_s)->passed.value());
        QCOMPARE(r.raw(), raw);
    }

    void legacyEstimatedAgeFallback()
    {
        const SessionResult r = SessionResult::fromJson(QJsonObject{
            {"id"_L1, u"x"_s}, {"status"_L1, u"completed"_s},
            {"age_result"_L1, QJsonObject{{"estimated_age"_L1, 27}, {"method"_L1, u"ocr"_s}}}});
        QCOMPARE(r.ageBracket(), std::nullopt);   // an estimate is not a verified bracket
        QCOMPARE(r.estimatedAge(), std::optional<int>(27));
        QCOMPARE(r.method(), u"ocr"_s);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<bool>("verified");
        QTest::newRow("pending") << u"pending"_s << false << true << false;
        QTest::newRow("in_progress") << u"in_progress"_s << false << true << false;
        QTest::newRow("success") << u"success"_s << true << false << true;
        QTest::newRow("completed") << u"completed"_s << true << false << true;
        QTest::newRow("failed") << u"failed"_s << true << false << false;
        QTest::newRow("canceled") << u"canceled"_s << true << false << false;
        QTest::newRow("claimed") << u"claimed"_s << true << false << false;
        QTest::newRow("unknown") << u"manual_review"_s << false << false << false;
    }

    void statuses()
    {
        QFETCH(QString, status);
        QFETCH(bool, terminal);
        QFETCH(bool, pending);
        QFETCH(bool, verified);
        const SessionResult r = SessionResult::fromJson(QJsonObject{{"token"_L1, u"xtk_1"_s}, {"status"_L1, status}});
        QCOMPARE(r.isTerminal(), terminal);
        QCOMPARE(r.isPending(), pending);
        QCOMPARE(r.isVerified(), verified);
        QCOMPARE(r.statusText(), status); // kept verbatim, even when unknown
    }

    void mistypedFieldsDoNotBreakIt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("checks string") << QByteArray(R"({"token":"xtk_1","status":"success","checks":"all good"})");
        QTest::newRow("check array") << QByteArray(R"({"token":"xtk_1","status":"failed","checks":{"age":[1,2],"liveness":null}})");
        QTest::newRow("risk number") << QByteArray(R"({"token":"xtk_1","status":"pending","risk":7})");
        QTest::newRow("legacy age number") << QByteArray(R"({"id":"x","status":"completed","age_result":5,"required_methods":"liveness"})");
        QTest::newRow("status number") << QByteArray(R"({"id":"x","status":3})");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("gate string") << QByteArray(R"({"token":"t","status":"success","checks":{"age":{"performed":true,"passed":true,"gate":"21"}}})");
    }

    void mistypedFieldsDoNotBreakIt()
    {
        QFETCH(QByteArray, json);
        const SessionResult r = SessionResult::fromJson(QJsonDocument::fromJson(json).object());
        // Whatever the shape, the model answers every question without inventing a verdict.
        Q_UNUSED(r.ageBracket());
        Q_UNUSED(r.method());
        Q_UNUSED(r.country());
        QVERIFY(!r.isVerified() || r.statusText() == "success"_L1 || r.statusText() == "completed"_L1);
        if (r.statusText().isEmpty())
            QVERIFY(!r.isTerminal());
        for (const CheckResult &c : r.checks())
            QVERIFY(!c.name.isEmpty());
    }

    void failedV1KeepsReasonAndUnknownChecks()
    {
        QJsonObject raw = fixture("result-v1-golden.json");
        raw.insert("status"_L1, u"failed"_s);
        raw.insert("verified"_L1, false);
        raw.insert("reason"_L1, u"face_mismatch"_s);
        QJsonObject checks = raw.value("checks"_L1).toObject();
        QJsonObject age = checks.value("age"_L1).toObject();
        age.insert("passed"_L1, false);
        checks.insert("age"_L1, age);
        checks.insert("voice"_L1, QJsonObject{{"performed"_L1, true}, {"passed"_L1, true}});
        raw.insert("checks"_L1, checks);
        const SessionResult r = SessionResult::fromJson(raw);
        QVERIFY(r.isFailed());
        QCOMPARE(r.reason(), u"face_mismatch"_s);
        QCOMPARE(r.ageBracket(), std::nullopt); // no bracket unless the age check passed
        QVERIFY(r.check(u"voice"_s)); // the contract is additive
    }
};

QTEST_GUILESS_MAIN(tst_SessionResult)
#include "tst_sessionresult.moc"
