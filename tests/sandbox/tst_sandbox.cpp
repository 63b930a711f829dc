#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionresult.h>
#include <XidentQt/webhook.h>
#include "faultserver.h"
#include "ports.h"
#include "sandbox/sandbox.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Xident;

namespace {
const QByteArray Key = "sk_test_sandbox_tests_000000";

struct Raw
{
    int status = 0;
    QJsonObject body;
    QByteArray bytes;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};
} // namespace

class tst_Sandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sandbox::Server> m_sandbox;
    QNetworkAccessManager m_nam;

    // Sends to the shared sandbox, or to \a server when given.
    Raw send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &key = Key,
             const QList<QPair<QByteArray, QByteArray>> &headers = {}, const Sandbox::Server *server = nullptr)
    {
        QNetworkRequest req(QUrl((server ? server : m_sandbox.get())->baseUrl() + path));
        if (!key.isEmpty())
            req.setRawHeader("X-API-Key", key);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            qWarning("request timed out");
        Raw r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.bytes = reply->readAll();
        r.body = QJsonDocument::fromJson(r.bytes).object();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return r;
    }

    QString init(const QJsonObject &params, const Sandbox::Server *server = nullptr)
    {
        const Raw r = send("POST", u"/verify/v1/init"_s, QJsonDocument(params).toJson(), Key, {}, server);
        return r.body.value("data"_L1).toObject().value("token"_L1).toString();
    }

    static QJsonObject data(const Raw &r) { return r.body.value("data"_L1).toObject(); }
    static QString code(const Raw &r) { return r.body.value("error"_L1).toObject().value("code"_L1).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        // One log line per request would drown the output of the load tests.
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 100;
        m_sandbox = std::make_unique<Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
        QVERIFY(m_sandbox->webhookSecret().startsWith("whsec_"_L1));
    }

    void portInUseIsReported()
    {
        Sandbox::Options o;
        o.port = m_sandbox->port();
        Sandbox::Server second(o);
        QVERIFY(!second.start());
        QVERIFY(second.errorString().contains(QString::number(o.port)));

        o.freePortIfTaken = true; // what the console asks for
        Sandbox::Server third(o);
        QVERIFY(third.start());
        QVERIFY(third.onFallbackPort());
        QVERIFY(third.port() != m_sandbox->port());
        QVERIFY(third.baseUrl().endsWith(QString::number(third.port())));
    }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray() << 401 << u"MISSING_API_KEY"_s;
        QTest::newRow("live") << QByteArray("sk_live_abc") << 403 << u"LIVE_KEY_REFUSED"_s;
        QTest::newRow("public") << QByteArray("pk_test_abc") << 401 << u"INVALID_API_KEY"_s;
        QTest::newRow("garbage") << QByteArray("hello") << 401 << u"INVALID_API_KEY"_s;
    }

    void auth()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Raw r = send("POST", u"/verify/v1/init"_s, R"({"callback_url":"https:\/\/e.com/cb"})", key);
        QCOMPARE(r.status, status);
        QCOMPARE(tst_Sandbox::code(r), code);
        QCOMPARE(r.body.value("success"_L1).toBool(true), false);
        QVERIFY(r.body.value("meta"_L1).toObject().value("request_id"_L1).toString().startsWith("req_"_L1));
        if (status == 403)
            QVERIFY(r.body.value("error"_L1).toObject().value("message"_L1).toString().contains("Live keys"_L1));
    }

    void initValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << QByteArray(R"({"callback_url":"https:\/\/e.com/cb","min_age":18,"unknown":1})") << 200 << QString();
        QTest::newRow("malformed") << QByteArray("{nope") << 400 << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << 400 << u"JSON"_s;
        QTest::newRow("no callback") << QByteArray("{}") << 400 << u"callback_url"_s;
        QTest::newRow("relative callback") << QByteArray(R"({"callback_url":"/cb"})") << 400 << u"callback_url"_s;
        QTest::newRow("min_age 0") << QByteArray(R"({"callback_url":"https:\/\/e.com","min_age":0})") << 400 << u"min_age"_s;
        QTest::newRow("min_age 0 id") << QByteArray(R"({"callback_url":"https:\/\/e.com","min_age":0,"purpose":"id_verification"})") << 200 << QString();
        QTest::newRow("min_age text") << QByteArray(R"({"callback_url":"https:\/\/e.com","min_age":"18"})") << 400 << u"min_age"_s;
        QTest::newRow("theme") << QByteArray(R"({"callback_url":"https:\/\/e.com","theme":"pink"})") << 400 << u"theme"_s;
        QTest::newRow("liveness") << QByteArray(R"({"callback_url":"https:\/\/e.com","liveness_difficulty":"x"})") << 400 << u"liveness_difficulty"_s;
        QTest::newRow("mode") << QByteArray(R"({"callback_url":"https:\/\/e.com","verification_mode":"x"})") << 400 << u"verification_mode"_s;
        QTest::newRow("purpose") << QByteArray(R"({"callback_url":"https:\/\/e.com","purpose":"x"})") << 400 << u"purpose"_s;
        QTest::newRow("type") << QByteArray(R"({"callback_url":42})") << 400 << u"callback_url"_s;
    }

    void initValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Raw r = send("POST", u"/verify/v1/init"_s, body);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QVERIFY(data(r).value("token"_L1).toString().startsWith("xit_"_L1));
            QVERIFY(data(r).value("verify_url"_L1).toString().startsWith(m_sandbox->baseUrl()));
        } else {
            QVERIFY2(r.body.value("error"_L1).toObject().value("message"_L1).toString().contains(field), r.bytes.constData());
        }
    }

    void resultShapes()
    {
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"min_age"_L1, 21}, {"user_id"_L1, u"u-1"_s}});
        QVERIFY(m_sandbox->complete(token, u"pass"_s, u"ocr"_s));
        const Raw v1 = send("GET", u"/verify/v1/result/"_s + token);
        QCOMPARE(v1.status, 200);
        const QJsonObject d = data(v1);
        for (const char *field : {"token", "status", "verified", "reason", "verification_type", "ip_country", "external_user_id",
                                  "checks", "risk", "created_at", "completed_at", "expires_at"})
            QVERIFY2(d.contains(QLatin1StringView(field)), field);
        QCOMPARE(d.value("status"_L1).toString(), u"success"_s);
        QCOMPARE(d.value("verification_type"_L1).toString(), u"ocr"_s);
        QCOMPARE(d.value("checks"_L1).toObject().value("age"_L1).toObject().value("gate"_L1).toInt(), 21);
        const QString resultToken = d.value("token"_L1).toString();
        QVERIFY(resultToken.startsWith("xtk_"_L1));
        QCOMPARE(send("GET", u"/verify/v1/result/"_s + resultToken).status, 200); // the result token works too

        const Raw legacy = send("GET", u"/verify/v1/result/"_s + token, {}, Key, {{"X-API-Version", "2025-11-01"}});
        const QJsonObject l = data(legacy);
        for (const char *field : {"id", "status", "min_age", "country_code", "external_user_id", "required_methods",
                                  "remaining_attempts", "liveness_result", "age_result", "ocr_result", "face_match_result",
                                  "ocr_task_id", "regime", "created_at", "started_at", "completed_at", "expires_at"})
            QVERIFY2(l.contains(QLatin1StringView(field)), field);
        QCOMPARE(l.value("status"_L1).toString(), u"completed"_s);
        QCOMPARE(l.value("age_result"_L1).toObject().value("verified_bracket"_L1).toInt(), 21);
    }

    void failuresReadTheSameInBothShapes_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("agePassed");
        QTest::addColumn<bool>("estimated");
        QTest::newRow("age_below_threshold") << u"age_below_threshold"_s << false << true;
        QTest::newRow("dob_unreadable") << u"dob_unreadable"_s << false << false;
        QTest::newRow("face_mismatch") << u"face_mismatch"_s << true << true;
        QTest::newRow("docverify_reject") << u"docverify_reject"_s << true << true;
        QTest::newRow("face_not_detected") << u"face_not_detected"_s << true << true;
        QTest::newRow("blacklist_match") << u"blacklist_match"_s << true << true;
    }
    void failuresReadTheSameInBothShapes()
    {
        // The age check passes unless the age was too low or could not be read, in both shapes; a bracket ("N+")
        // only where it passed; the legacy shape's estimate stays an estimate.
        QFETCH(QString, reason);
        QFETCH(bool, agePassed);
        QFETCH(bool, estimated);
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"min_age"_L1, 18}});
        QVERIFY(m_sandbox->complete(token, u"fail"_s, reason));
        const Raw v1 = send("GET", u"/verify/v1/result/"_s + token);
        const Raw legacy = send("GET", u"/verify/v1/result/"_s + token, {}, Key, {{"X-API-Version", "2025-11-01"}});
        const QJsonObject age = data(v1).value("checks"_L1).toObject().value("age"_L1).toObject();
        QVERIFY(age.value("performed"_L1).toBool());
        QCOMPARE(age.value("passed"_L1).toBool(), agePassed);
        for (const Raw &r : {v1, legacy}) {
            const SessionResult result = SessionResult::fromJson(data(r));
            QCOMPARE(result.status(), SessionStatus::Failed);
            QCOMPARE(result.reason(), reason);
            QVERIFY(result.check(u"age"_s)->performed);
            QCOMPARE(result.check(u"age"_s)->passed.value_or(false), agePassed);
            QCOMPARE(result.ageBracket(), agePassed ? std::optional<int>(18) : std::nullopt);
        }
        const SessionResult old = SessionResult::fromJson(data(legacy));
        QCOMPARE(old.estimatedAge().has_value(), estimated);
        if (reason == "age_below_threshold"_L1)
            QVERIFY(*old.estimatedAge() < 18);
    }

    void resultNotFound()
    {
        QCOMPARE(send("GET", u"/verify/v1/result/xit_missing"_s).status, 404);
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}});
        const Raw other = send("GET", u"/verify/v1/result/"_s + token, {}, "sk_test_someone_else");
        QCOMPARE(other.status, 404); // sessions do not leak between keys
    }

    void expiry()
    {
        Sandbox::Options o;
        o.port = 0;
        o.tokenTtlSeconds = 1;
        Sandbox::Server short_lived(o);
        QVERIFY(short_lived.start());
        Config c(QString::fromLatin1(Key));
        c.setBaseUrl(short_lived.baseUrl());
        Client client(c);
        InitParams p;
        p.callbackUrl = u"https://e.com"_s;
        InitJob *job = client.init(p);
        QSignalSpy done(job, &Job::finished);
        job->start();
        QVERIFY(done.wait(3000));
        const QString token = job->result().token;
        QTest::qWait(1300);
        ResultJob *result = client.getResult(token);
        result->setAutoDelete(false);
        QSignalSpy resultDone(result, &Job::finished);
        result->start();
        QVERIFY(resultDone.wait(3000));
        QCOMPARE(result->error().kind(), ErrorKind::NotFound);
        QCOMPARE(result->error().code(), u"TOKEN_EXPIRED"_s);
        delete result;
        QCOMPARE(short_lived.session(token)->status, u"expired"_s);
    }

    void magicValues_data()
    {
        QTest::addColumn<QString>("magic");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pass") << u"sandbox:pass"_s << u"success"_s << QString();
        QTest::newRow("fail") << u"sandbox:fail:dob_unreadable"_s << u"failed"_s << u"dob_unreadable"_s;
        QTest::newRow("cancel") << u"sandbox:cancel"_s << u"canceled"_s << QString();
    }

    void magicValues()
    {
        QFETCH(QString, magic);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"metadata"_L1, magic}});
        QTRY_COMPARE_WITH_TIMEOUT(data(send("GET", u"/verify/v1/result/"_s + token)).value("status"_L1).toString(), status, 3000);
        const QJsonObject d = data(send("GET", u"/verify/v1/result/"_s + token));
        if (!reason.isEmpty())
            QCOMPARE(d.value("reason"_L1).toString(), reason);
    }

    void adminApi()
    {
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}});
        Raw bad = send("POST", u"/_sandbox/sessions/"_s + token + u"/complete"_s, R"({"outcome":"fail","reason":"bogus"})");
        QCOMPARE(bad.status, 400);
        Raw ok = send("POST", u"/_sandbox/sessions/"_s + token + u"/complete"_s, R"({"outcome":"fail","reason":"blacklist_match"})");
        QCOMPARE(ok.status, 200);
        Raw again = send("POST", u"/_sandbox/sessions/"_s + token + u"/complete"_s, R"({"outcome":"pass"})");
        QCOMPARE(again.status, 409);
        const QJsonObject d = data(send("GET", u"/verify/v1/result/"_s + token));
        QCOMPARE(d.value("reason"_L1).toString(), u"blacklist_match"_s);
        QCOMPARE(d.value("risk"_L1).toObject().value("band"_L1).toString(), u"high"_s);
        const Raw list = send("GET", u"/_sandbox/sessions"_s);
        QVERIFY(list.body.value("data"_L1).toArray().size() >= 1);
        QCOMPARE(send("GET", u"/_sandbox/sessions"_s, {}, "sk_live_x").status, 403);
        QCOMPARE(send("POST", u"/_sandbox/sessions/xit_nope/expire"_s).status, 404);
    }

    void presetOutcomeAndPhase()
    {
        // What the stage follows: the phase of one session, and an outcome set beforehand that wins over the page.
        Sandbox::Options o;
        o.port = 0;
        o.processingDelayMs = 4000;   // long enough to see "checking" on a busy machine, also under sanitizers
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}}, &sb);
        const QString one = u"/_sandbox/sessions/"_s + token;
        const auto phase = [&] { return data(send("GET", one, {}, Key, {}, &sb)).value("phase"_L1).toString(); };
        QCOMPARE(phase(), u"waiting"_s);
        QVERIFY(data(send("GET", one, {}, Key, {}, &sb)).value("preset"_L1).isNull());
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"fail","reason":"bogus"})", Key, {}, &sb).status, 400);
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"cancel"})", Key, {}, &sb).status, 400);
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"fail","reason":"face_mismatch"})", "sk_test_other", {}, &sb).status,
                 404);   // another key's session does not exist for it
        QCOMPARE(send("GET", one, {}, "sk_test_other", {}, &sb).status, 404);
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"pass"})", Key, {}, &sb).status, 200);
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"none"})", Key, {}, &sb).status, 200);
        QVERIFY(data(send("GET", one, {}, Key, {}, &sb)).value("preset"_L1).isNull());
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"fail","reason":"face_mismatch"})", Key, {}, &sb).status, 200);
        QCOMPARE(data(send("GET", one, {}, Key, {}, &sb)).value("preset"_L1).toObject().value("detail"_L1).toString(),
                 u"face_mismatch"_s);
        // The phone opens the page, then posts a pass: the preset failure is what the session gets.
        const auto fetch = [&](const QByteArray &method, const QString &path, const QByteArray &form) {
            QNetworkRequest req(QUrl(sb.baseUrl() + path));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
            QNetworkReply *reply = method == "GET" ? m_nam.get(req) : method == "HEAD" ? m_nam.head(req) : m_nam.post(req, form);
            QSignalSpy done(reply, &QNetworkReply::finished);
            const bool finished = done.wait(5000);
            reply->deleteLater();
            return finished ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        };
        // A link preview's HEAD (or a HEAD of the phone's page) is answered like the page but starts nothing.
        QCOMPARE(fetch("HEAD", u"/widget/"_s + token, {}), 200);
        QCOMPARE(fetch("HEAD", u"/widget/"_s + token + u"?flow=phone"_s, {}), 200);
        QCOMPARE(phase(), u"waiting"_s);
        QCOMPARE(data(send("GET", u"/verify/v1/result/"_s + token, {}, Key, {}, &sb)).value("status"_L1).toString(), u"pending"_s);
        QCOMPARE(fetch("GET", u"/widget/"_s + token, {}), 200);
        QCOMPARE(phase(), u"opened"_s);
        QCOMPARE(fetch("POST", u"/widget/"_s + token + u"/choose"_s, "outcome=pass&method=full"), 200);
        QCOMPARE(phase(), u"checking"_s);
        // The phone has spoken: nothing can be preset any more.
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"pass"})", Key, {}, &sb).status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(phase(), u"final"_s, 20000);
        const QJsonObject result = data(send("GET", u"/verify/v1/result/"_s + token, {}, Key, {}, &sb));
        QCOMPARE(result.value("status"_L1).toString(), u"failed"_s);
        QCOMPARE(result.value("reason"_L1).toString(), u"face_mismatch"_s);
        QVERIFY(!data(send("GET", one, {}, Key, {}, &sb)).value("submitted_at"_L1).toString().isEmpty());
        // Once final, nothing can be preset any more.
        QCOMPARE(send("POST", one + u"/preset"_s, R"({"outcome":"pass"})", Key, {}, &sb).status, 409);
        QCOMPARE(send("GET", u"/_sandbox/sessions/xit_nope"_s, {}, Key, {}, &sb).status, 404);
    }

    void faults()
    {
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}});
        Config c(QString::fromLatin1(Key));
        c.setBaseUrl(m_sandbox->baseUrl());
        c.setMaxRetries(2);
        Client client(c);
        RetryPolicy policy = client.retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(5));
        client.setRetryPolicy(policy);
        const auto fetch = [&]() {
            ResultJob *job = client.getResult(token);
            job->setAutoDelete(false);
            QSignalSpy done(job, &Job::finished);
            job->start();
            done.wait(5000);
            std::unique_ptr<ResultJob> owned(job);
            return std::make_pair(owned->error(), owned->attempts());
        };

        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"script":[503,503,200]})").status, 200);
        auto [e1, attempts1] = fetch();
        QVERIFY2(!e1, qPrintable(e1.toString()));
        QCOMPARE(attempts1, 3);

        send("PUT", u"/_sandbox/faults"_s, R"({"body":"html_502","count":3})");
        auto [e2, a2] = fetch();
        QCOMPARE(e2.kind(), ErrorKind::Server);
        QCOMPARE(e2.httpStatus(), 502);
        QVERIFY(e2.bodySample().contains("Bad Gateway"));

        send("PUT", u"/_sandbox/faults"_s, R"({"body":"non_json","count":1})");
        auto [e3, a3] = fetch();
        QCOMPARE(e3.kind(), ErrorKind::Parse);
        QCOMPARE(e3.bodySample(), "this is not json");

        send("PUT", u"/_sandbox/faults"_s, R"({"body":"drop","count":3})");
        auto [e4, a4] = fetch();
        QCOMPARE(e4.kind(), ErrorKind::Network);

        send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":300})");
        QElapsedTimer t;
        t.start();
        auto [e5, a5] = fetch();
        QVERIFY(!e5);
        QVERIFY(t.elapsed() >= 290);
        send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":0})");
        // A key's faults are its own: sk_test_rl limits itself, and nobody else.
        send("PUT", u"/_sandbox/faults"_s, R"({"rate_limit_per_minute":2,"retry_after":7})", "sk_test_rl");
        send("GET", u"/verify/v1/result/"_s + token, {}, "sk_test_rl");
        send("GET", u"/verify/v1/result/"_s + token, {}, "sk_test_rl");
        const Raw limited = send("GET", u"/verify/v1/result/"_s + token, {}, "sk_test_rl");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), "7");
        QCOMPARE(send("GET", u"/verify/v1/result/"_s + token, {}, "sk_test_other_key").status, 404); // per key
        QCOMPARE(send("GET", u"/verify/v1/result/"_s + token).status, 200);
        send("PUT", u"/_sandbox/faults"_s, R"({"rate_limit_per_minute":0})", "sk_test_rl");
    }

    void signedWebhooksWithRetries()
    {
        FaultServer receiver;
        receiver.enqueue({500, "no", {}, {}});
        receiver.setFallback({200, "{}", {}, {}});
        Sandbox::Options o;
        o.port = 0;
        o.webhookUrls = {QUrl(receiver.baseUrl() + u"/hook"_s)};
        o.webhookSecret = u"whsec_test_secret"_s;
        Sandbox::Server sandbox(o);
        QVERIFY(sandbox.start());
        const QString token = init(QJsonDocument::fromJson(R"({"callback_url":"https:\/\/e.com","user_id":"u-9"})").object(), &sandbox);
        QVERIFY(sandbox.complete(token, u"fail"_s, u"face_mismatch"_s));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received().size(), 2, 5000); // first answered 500, then retried
        const auto delivery = receiver.received().last();
        QCOMPARE(delivery.method, "POST");
        WebhookVerifier verifier("whsec_test_secret");
        const WebhookVerdict v = verifier.constructEvent(delivery.body, delivery.header("X-Xident-Signature"));
        QVERIFY2(v.isValid(), qPrintable(v.message()));
        QCOMPARE(v.event.type, u"session.failed"_s);
        QCOMPARE(v.event.data.value("reason"_L1).toString(), u"face_mismatch"_s);
        QTRY_VERIFY(sandbox.deliveries().at(0).toObject().value("delivered"_L1).toBool());
        QCOMPARE(sandbox.deliveries().at(0).toObject().value("attempts"_L1).toArray().size(), 2);
    }

    void eachWebhookUrlRetriesOnItsOwn()
    {
        FaultServer flaky, steady;
        flaky.enqueue({503, "busy", {}, {}});
        flaky.setFallback({200, "{}", {}, {}});
        steady.setFallback({200, "{}", {}, {}});
        Sandbox::Options o;
        o.port = 0;
        o.webhookUrls = {QUrl(flaky.baseUrl() + u"/a"_s), QUrl(steady.baseUrl() + u"/b"_s)};
        Sandbox::Server sandbox(o);
        QVERIFY(sandbox.start());
        const QString token = init(QJsonDocument::fromJson(R"({"callback_url":"https:\/\/e.com"})").object(), &sandbox);
        QVERIFY(sandbox.complete(token, u"cancel"_s));
        QTRY_COMPARE_WITH_TIMEOUT(flaky.received().size(), 2, 5000);
        QTest::qWait(100);
        QCOMPARE(steady.received().size(), 1); // the healthy receiver is not sent the event again
        const QJsonArray attempts = sandbox.deliveries().at(0).toObject().value("attempts"_L1).toArray();
        QCOMPARE(attempts.size(), 3);
        WebhookVerifier verifier(sandbox.webhookSecret().toUtf8());
        QVERIFY(verifier.verifySignature(flaky.received().at(1).body, flaky.received().at(1).header("X-Xident-Signature")).isValid());
    }

    // Whether \a value has the documented type ("int", "string|null", ...).
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        const QStringList types = type.split(u'|');
        for (const QString &t : types) {
            if ((t == "int"_L1 && value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
                || (t == "string"_L1 && value.isString()) || (t == "bool"_L1 && value.isBool()) || (t == "null"_L1 && value.isNull())
                || (t == "array"_L1 && value.isArray()) || (t == "object"_L1 && value.isObject()))
                return true;
        }
        return false;
    }

    // Checks \a object against the fixture's field table (keys that are not types are skipped).
    static bool matchesShape(const QJsonObject &object, const QJsonObject &shape, QString *why)
    {
        for (auto it = shape.begin(); it != shape.end(); ++it) {
            if (!it.value().isString() || it.key().endsWith("_value"_L1) || it.key().contains(u'.'))
                continue;
            if (!object.contains(it.key()) || !hasType(object.value(it.key()), it.value().toString())) {
                *why = u"%1 should be %2 in %3"_s.arg(it.key(), it.value().toString(),
                                                       QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
                return false;
            }
        }
        return true;
    }

    static QJsonObject shapes()
    {
        QFile f(QStringLiteral(XIDENT_TEST_DATA_DIR "/resource-shapes.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    void blacklistAsTheOfficialSdksReadIt()
    {
        const QJsonObject fixture = shapes();
        QVERIFY(!fixture.isEmpty());
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 10;
        o.resourceDelayMs = 1500; // long enough to see "processing" even under sanitizers
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        const QByteArray key = "sk_test_blacklist_owner";
        const auto post = [&](const QString &path, const QJsonObject &body, const QByteArray &k = "sk_test_blacklist_owner") {
            return send("POST", path, QJsonDocument(body).toJson(), k, {}, &sb);
        };
        const QString pending = data(post(u"/verify/v1/init"_s, QJsonObject{{"callback_url"_L1, u"https://e.com"_s}})).value("token"_L1).toString();
        const QString passed = data(post(u"/verify/v1/init"_s, QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"user_id"_L1, u"sandbox:pass"_s}})).value("token"_L1).toString();
        const QString wallet = data(post(u"/verify/v1/init"_s, QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"user_id"_L1, u"sandbox:pass:eu_wallet"_s}})).value("token"_L1).toString();
        QTRY_COMPARE(sb.session(passed)->status, u"success"_s);
        QTRY_COMPARE(sb.session(wallet)->status, u"success"_s);
        const QString resultToken = sb.session(passed)->resultToken;

        QCOMPARE(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"reason"_L1, u"fraud"_s}}).status, 400);
        QCOMPARE(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, u"xtk_nope0000"_s}, {"reason"_L1, u"f"_s}}).status, 404);
        QCOMPARE(code(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, pending}, {"reason"_L1, u"f"_s}})), u"SESSION_IN_PROGRESS"_s);
        QCOMPARE(code(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, sb.session(wallet)->resultToken}, {"reason"_L1, u"f"_s}})),
                 u"SESSION_HAS_NO_FACE_DATA"_s);
        QCOMPARE(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, resultToken}, {"reason"_L1, QString(501, u'r')}}).status, 400);
        QCOMPARE(post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, resultToken}, {"reason"_L1, u"fraud"_s}}, "sk_test_other").status, 404);
        const Raw added = post(u"/verify/v1/blacklist/session"_s, QJsonObject{{"session_token"_L1, resultToken}, {"reason"_L1, u"fraud"_s}});
        QCOMPARE(data(added).value("status"_L1).toString(), fixture.value("blacklist_add"_L1).toObject().value("status_value"_L1).toString());
        QCOMPARE(post(u"/verify/v1/blacklist/image"_s, QJsonObject{{"image"_L1, u"!!notbase64"_s}, {"reason"_L1, u"x"_s}}).status, 400);
        for (int n = 0; n < 4; ++n)
            QCOMPARE(data(post(u"/verify/v1/blacklist/image"_s, QJsonObject{{"image"_L1, QString::fromLatin1(QByteArray("face" + QByteArray::number(n)).toBase64())},
                                                                           {"reason"_L1, u"known fraudster"_s}})).value("status"_L1).toString(), u"processing"_s);
        // Processing: nothing is listed yet; then all five are.
        QCOMPARE(send("GET", u"/verify/v1/blacklist"_s, {}, key, {}, &sb).body.value("data"_L1).toArray().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", u"/verify/v1/blacklist"_s, {}, key, {}, &sb).body.value("data"_L1).toArray().size(), 5, 10000);
        const Raw page2 = send("GET", u"/verify/v1/blacklist?page=2&per_page=2"_s, {}, key, {}, &sb);
        const QJsonObject listShape = fixture.value("blacklist_list"_L1).toObject();
        QString why;
        QVERIFY2(matchesShape(page2.body.value("meta"_L1).toObject().value("pagination"_L1).toObject(), listShape.value("meta.pagination"_L1).toObject(), &why), qPrintable(why));
        QCOMPARE(page2.body.value("meta"_L1).toObject().value("pagination"_L1).toObject().value("total_pages"_L1).toInt(), 3);
        const QJsonArray all = send("GET", u"/verify/v1/blacklist?per_page=100"_s, {}, key, {}, &sb).body.value("data"_L1).toArray();
        for (const QJsonValue &v : all) {
            QVERIFY2(matchesShape(v.toObject(), listShape.value("entry"_L1).toObject(), &why), qPrintable(why));
            for (const QJsonValue &forbidden : listShape.value("entry_forbidden"_L1).toArray())
                QVERIFY(!v.toObject().contains(forbidden.toString()));
        }
        QCOMPARE(all.at(0).toObject().value("source"_L1).toString(), u"session"_s);
        QCOMPARE(all.at(0).toObject().value("session_id"_L1).toInteger(), qint64(sb.session(passed)->serial));
        QVERIFY(all.at(1).toObject().value("session_id"_L1).isNull());
        QCOMPARE(send("GET", u"/verify/v1/blacklist?per_page=101"_s, {}, key, {}, &sb).status, 400);
        QCOMPARE(send("GET", u"/verify/v1/blacklist"_s, {}, "sk_test_someone_else", {}, &sb).body.value("data"_L1).toArray().size(), 0);
        const QString id = QString::number(all.at(0).toObject().value("id"_L1).toInteger());
        QCOMPARE(send("DELETE", u"/verify/v1/blacklist/"_s + id, {}, "sk_test_someone_else", {}, &sb).status, 404);
        QCOMPARE(send("DELETE", u"/verify/v1/blacklist/"_s + id, {}, key, {}, &sb).status, 200);
        QCOMPARE(send("DELETE", u"/verify/v1/blacklist/"_s + id, {}, key, {}, &sb).status, 404);
        QCOMPARE(send("DELETE", u"/verify/v1/blacklist/bl_1"_s, {}, key, {}, &sb).status, 400);
        QCOMPARE(send("DELETE", u"/verify/v1/blacklist/0"_s, {}, key, {}, &sb).status, 400);
    }

    void face2faAsTheOfficialSdksReadIt()
    {
        const QJsonObject fixture = shapes();
        Sandbox::Options o;
        o.port = 0;
        o.resourceDelayMs = 400;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        const QByteArray face = QByteArray("face-of-alice").toBase64();
        const auto start = [&](const char *action, const QString &user, const QByteArray &image) {
            return send("POST", u"/verify/v1/2fa/"_s + QLatin1StringView(action),
                        QJsonDocument(QJsonObject{{"user_id"_L1, user}, {"image"_L1, QString::fromLatin1(image)}}).toJson(), Key, {}, &sb);
        };
        QString why;
        const auto settled = [&](const Raw &started) {
            const QString id = data(started).value("challenge_id"_L1).toString();
            QJsonObject status;
            (void)QTest::qWaitFor([&] {
                status = data(send("GET", u"/verify/v1/2fa/status/"_s + id, {}, Key, {}, &sb));
                return status.value("status"_L1).toString() != "processing"_L1;
            }, 3000);
            return status;
        };
        QCOMPARE(send("POST", u"/verify/v1/2fa/register"_s, R"({"image":"AAAA"})", Key, {}, &sb).status, 400);
        QCOMPARE(start("register", QString(256, u'u'), face).status, 400);
        const Raw enroll = start("register", u"alice"_s, face);
        QVERIFY2(matchesShape(data(enroll), fixture.value("face2fa_start"_L1).toObject(), &why), qPrintable(why));
        const QJsonObject processing = data(send("GET", u"/verify/v1/2fa/status/"_s + data(enroll).value("challenge_id"_L1).toString(), {}, Key, {}, &sb));
        QCOMPARE(processing.value("status"_L1).toString(), u"processing"_s);
        QVERIFY(processing.value("passed"_L1).isNull());
        const QJsonObject enrolled = settled(enroll);
        QVERIFY2(matchesShape(enrolled, fixture.value("face2fa_status"_L1).toObject(), &why), qPrintable(why));
        QCOMPARE(enrolled.value("kind"_L1).toString(), u"enroll"_s);
        QCOMPARE(enrolled.value("passed"_L1).toBool(), true);
        const QJsonObject user = data(send("GET", u"/verify/v1/2fa/users/alice"_s, {}, Key, {}, &sb));
        QVERIFY2(matchesShape(user, fixture.value("face2fa_user"_L1).toObject(), &why), qPrintable(why));
        QCOMPARE(user.value("enrolled"_L1).toBool(), true);
        // Verify: the same face passes; another fails with face_mismatch; an unknown user with not_enrolled.
        QCOMPARE(settled(start("verify", u"alice"_s, face)).value("status"_L1).toString(), u"completed"_s);
        const QJsonObject mismatch = settled(start("verify", u"alice"_s, QByteArray("face-of-mallory").toBase64()));
        QCOMPARE(mismatch.value("failure_reason"_L1).toString(), u"face_mismatch"_s);
        QCOMPARE(mismatch.value("passed"_L1).toBool(true), false);
        QCOMPARE(settled(start("verify", u"nobody"_s, face)).value("failure_reason"_L1).toString(), u"not_enrolled"_s);
        // Magic images force each failure reason.
        for (const QString &reason : Sandbox::Server::face2faFailureReasons()) {
            const QJsonObject forced = settled(start("verify", u"alice"_s, QByteArray("sandbox:" + reason.toLatin1()).toBase64()));
            QCOMPARE(forced.value("failure_reason"_L1).toString(), reason);
            QCOMPARE(forced.value("status"_L1).toString(), reason == "expired"_L1 ? u"expired"_s : u"failed"_s);
        }
        QCOMPARE(start("verify", u"alice"_s, QByteArray("sandbox:bogus").toBase64()).status, 400);
        QCOMPARE(send("GET", u"/verify/v1/2fa/users/alice"_s, {}, "sk_test_someone_else", {}, &sb).body.value("data"_L1).toObject().value("enrolled"_L1).toBool(), false);
        QCOMPARE(send("GET", u"/verify/v1/2fa/status/"_s + data(enroll).value("challenge_id"_L1).toString(), {}, "sk_test_someone_else", {}, &sb).status, 404);
        // Delete is a hard delete, and idempotent.
        for (int n = 0; n < 2; ++n) {
            const Raw deleted = send("DELETE", u"/verify/v1/2fa/users/alice"_s, {}, Key, {}, &sb);
            QCOMPARE(deleted.status, 200);
            QVERIFY2(matchesShape(data(deleted), fixture.value("face2fa_delete"_L1).toObject(), &why), qPrintable(why));
        }
        QCOMPARE(data(send("GET", u"/verify/v1/2fa/users/alice"_s, {}, Key, {}, &sb)).value("enrolled"_L1).toBool(true), false);
    }

    void largeImagesAreReadOffTheServersThread()
    {
        // The console runs the sandbox on its GUI thread: a 13 MB body's JSON, base64 and hash are read on a worker,
        // and the answer is the same as for a small one.
        Sandbox::Options o;
        o.port = 0;
        o.resourceDelayMs = 0;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        QByteArray face(9'500'000, Qt::Uninitialized);
        for (qsizetype i = 0; i < face.size(); ++i)
            face[i] = char((i * 131) % 251);
        const QByteArray body =
            QJsonDocument(QJsonObject{{"user_id"_L1, u"big"_s}, {"image"_L1, QString::fromLatin1(face.toBase64())}}).toJson();
        QVERIFY(body.size() > 12'000'000 && body.size() < Sandbox::Server::MaxImageBodyBytes);

        QElapsedTimer clock;
        qint64 longest = 0;
        QTimer beat;
        clock.start();
        connect(&beat, &QTimer::timeout, this, [&] { longest = std::max(longest, clock.restart()); });
        beat.start(5);
        const auto settled = [&](const Raw &started) {
            QJsonObject status;
            (void)QTest::qWaitFor([&] {
                status = data(send("GET", u"/verify/v1/2fa/status/"_s + data(started).value("challenge_id"_L1).toString(), {},
                                   Key, {}, &sb));
                return status.value("status"_L1).toString() != "processing"_L1;
            }, 5000);
            return status;
        };
        const Raw enroll = send("POST", u"/verify/v1/2fa/register"_s, body, Key, {}, &sb);
        QCOMPARE(enroll.status, 202);
        QCOMPARE(settled(enroll).value("passed"_L1).toBool(), true);
        const Raw verify = send("POST", u"/verify/v1/2fa/verify"_s, body, Key, {}, &sb);
        QCOMPARE(verify.status, 202);
        // The same large face verifies against its enrolment: the hash read on the worker is the face.
        QCOMPARE(settled(verify).value("passed"_L1).toBool(), true);
        QByteArray blacklistBody = body;
        blacklistBody.replace("\"user_id\"", "\"reason\"");
        QCOMPARE(send("POST", u"/verify/v1/blacklist/image"_s, blacklistBody, Key, {}, &sb).status, 202);
        beat.stop();
        std::printf("three 13 MB image bodies: longest gap on the sandbox's thread %lld ms\n", longest);
        QCOMPARE(sb.bodiesReadOffThread(), 3u);
        // Small bodies are read where they arrive.
        QCOMPARE(send("POST", u"/verify/v1/2fa/register"_s, R"({"user_id":"x","image":"AAAA"})", Key, {}, &sb).status, 202);
        QCOMPARE(sb.bodiesReadOffThread(), 3u);
        // A large body with a wrong key is refused at once, before anything reads it.
        QCOMPARE(send("POST", u"/verify/v1/2fa/register"_s, body, "sk_live_not_here_000000000", {}, &sb).status, 403);
        QCOMPARE(sb.bodiesReadOffThread(), 3u);
        // A large body that is no JSON gets its 400 from the worker's reading too.
        QByteArray junk(200'000, 'j');
        QCOMPARE(code(send("POST", u"/verify/v1/2fa/register"_s, junk, Key, {}, &sb)), u"INVALID_JSON"_s);
        QCOMPARE(sb.bodiesReadOffThread(), 4u);
    }

    void expiryWebhookAndResend()
    {
        FaultServer receiver;
        receiver.setFallback({200, "{}", {}, {}});
        Sandbox::Options o;
        o.port = 0;
        o.tokenTtlSeconds = 1;
        o.webhookUrls = {QUrl(receiver.baseUrl() + u"/hook"_s)};
        Sandbox::Server sandbox(o);
        QVERIFY(sandbox.start());
        QVERIFY(init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}}, &sandbox).startsWith("xit_"_L1));
        // Nobody reads the session: it still expires on time and says so.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received().size(), 1, 5000);
        WebhookVerifier verifier(sandbox.webhookSecret().toUtf8());
        const WebhookVerdict v = verifier.constructEvent(receiver.received().at(0).body, receiver.received().at(0).header("X-Xident-Signature"));
        QVERIFY(v.isValid());
        QCOMPARE(v.event.type, u"session.expired"_s);
        QVERIFY(sandbox.resend(0));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received().size(), 2, 5000);
        QCOMPARE(receiver.received().at(1).body, receiver.received().at(0).body); // the same event, byte for byte
        QVERIFY(!sandbox.resend(7));
    }

    void moreFaultsAndRoutes()
    {
        // Latency delays each answer without holding up the others.
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":400})").status, 200);
        QElapsedTimer t;
        t.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest req(QUrl(m_sandbox->baseUrl() + u"/verify/v1/result/xit_nope"_s));
            req.setRawHeader("X-API-Key", Key);
            replies.append(m_nam.get(req));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed()))); // four answers in parallel, not 4 × 400 ms
        QVERIFY(t.elapsed() >= 390);
        qDeleteAll(replies);
        send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":0,"error_rate":1})");
        const Raw failed = send("GET", u"/verify/v1/result/xit_nope"_s);
        QCOMPARE(failed.status, 500);
        QCOMPARE(code(failed), u"SERVER_ERROR"_s);
        send("PUT", u"/_sandbox/faults"_s, R"({"error_rate":0})");
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"script":[42]})").status, 400);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"body":"explode"})").status, 400);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":"slow"})").status, 400);

        QCOMPARE(send("GET", u"/verify/v1/init"_s).status, 405);
        QCOMPARE(send("GET", u"/verify/v1/unknown"_s).status, 404);
        QCOMPARE(send("GET", u"/nowhere"_s).status, 404);
    }

    void expireMagicAndLegacyOption()
    {
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"user_id"_L1, u"sandbox:expire"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", u"/verify/v1/result/"_s + token).status, 404, 3000);
        QCOMPARE(code(send("GET", u"/verify/v1/result/"_s + token)), u"TOKEN_EXPIRED"_s);

        Sandbox::Options o;
        o.port = 0;
        o.shape = Sandbox::Options::Shape::Legacy;
        Sandbox::Server legacy(o);
        QVERIFY(legacy.start());
        const QString legacyToken = init(QJsonDocument::fromJson(R"({"callback_url":"https:\/\/e.com"})").object(), &legacy);
        QVERIFY(legacy.complete(legacyToken, u"pass"_s));
        // --shape legacy wins over a new API version.
        const QJsonObject d = data(send("GET", u"/verify/v1/result/"_s + legacyToken, {}, Key, {{"X-API-Version", "2026-08-13"}}, &legacy));
        QCOMPARE(d.value("status"_L1).toString(), u"completed"_s);
        QVERIFY(d.contains("age_result"_L1));
    }

    void executableStartsAndStopsCleanly()
    {
        QProcess first;
        first.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--port"_s, u"0"_s, u"--webhook-secret"_s, u"whsec_given"_s});
        QVERIFY(first.waitForStarted());
        QByteArray banner;
        QVERIFY(QTest::qWaitFor([&] { banner += first.readAllStandardOutput(); return banner.count('\n') >= 5; }, 10000));
        QVERIFY(banner.contains("listening on http://127.0.0.1:"));
        QVERIFY(banner.contains("admin key:      sk_test_admin_"));
        QVERIFY(banner.contains("sk_test_"));
        QVERIFY(banner.contains("whsec_given"));
        const QByteArray port = banner.mid(banner.indexOf("127.0.0.1:") + 10).split('\n').first().trimmed();

        QProcess second; // same port: a clear message and exit code 2
        second.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--port"_s, QString::fromLatin1(port)});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 2);
        QVERIFY(second.readAllStandardError().contains("already in use"));

        first.terminate(); // SIGTERM
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(first.readAllStandardOutput().contains("Shutting down."));
    }

    void fullOutputPipeNeverStopsServing()
    {
        // Its output (stdout and stderr) goes into a pipe that nobody reads.
        const quint16 port = closedLoopbackPort();
        QVERIFY(port);
        QProcess sandbox, sleeper;
        sandbox.setProcessChannelMode(QProcess::MergedChannels);
        sandbox.setStandardOutputProcess(&sleeper);
        sleeper.start(u"sleep"_s, {u"600"_s});
        sandbox.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--port"_s, QString::number(port)});
        QVERIFY(sandbox.waitForStarted());
        QNetworkAccessManager nam;
        const auto health = [&] {
            QNetworkReply *r = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/health"_s.arg(port))));
            QSignalSpy done(r, &QNetworkReply::finished);
            const bool finished = done.wait(5000);
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
            return finished ? status : -1;
        };
        QVERIFY(QTest::qWaitFor([&] { return health() == 200; }, 5000));
        // Some 3 000 log lines (far more than a pipe holds), in waves of 100.
        for (int wave = 0; wave < 30; ++wave) {
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 100; ++i)
                replies.append(nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/no/such/route/%2"_s.arg(port).arg(i)))));
            for (QNetworkReply *r : replies) {
                if (!r->isFinished())
                    QVERIFY2(QSignalSpy(r, &QNetworkReply::finished).wait(5000), "the sandbox stopped answering");
                r->deleteLater();
            }
        }
        QCOMPARE(health(), 200);
        sandbox.terminate(); // SIGTERM ends it even now
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        sleeper.kill();
        sleeper.waitForFinished(2000);
    }

    void fewFileDescriptorsNeverSpin()
    {
        // With 64 file descriptors and 80 idle connections, a new client still gets an answer at once
        // (503 beyond the connection cap), and the server does not spin on its listener.
        const quint16 port = closedLoopbackPort();
        QVERIFY(port);
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::MergedChannels);
        sandbox.start(u"/bin/sh"_s, {u"-c"_s, u"ulimit -n 64 && exec \"$0\" --port \"$1\""_s, QStringLiteral(XIDENT_SANDBOX_PATH),
                                     QString::number(port)});
        QVERIFY(sandbox.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return sandbox.readAllStandardOutput().contains("listening") || sandbox.state() != QProcess::Running; }, 5000));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 80; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, port);
            idle.push_back(std::move(s));
        }
        QTest::qWait(300);
        const auto cpuTicks = [&] {
            QFile stat(u"/proc/%1/stat"_s.arg(sandbox.processId()));
            if (!stat.open(QIODevice::ReadOnly))
                return qint64(-1);
            const QList<QByteArray> fields = stat.readAll().split(' ');
            return fields.value(13).toLongLong() + fields.value(14).toLongLong(); // utime + stime
        };
        const qint64 before = cpuTicks();
        QTest::qWait(1000);
        const qint64 used = cpuTicks() - before;
        qInfo("CPU over one second with 80 idle connections: %lld ticks", used);
        QVERIFY2(used < 50, "the server spins"); // under half of one core (100 ticks a second)
        QTcpSocket fresh;
        fresh.connectToHost(QHostAddress::LocalHost, port);
        fresh.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] { answer += fresh.readAll(); return answer.contains("\r\n\r\n"); }, 3000));
        QVERIFY2(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 503"), answer.constData());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void concurrentRequestsStayConsistent()
    {
        // Fifty inits from three keys at once: every one answered, every token distinct and private to its key.
        QList<QNetworkReply *> replies;
        QList<QByteArray> keys;
        for (int i = 0; i < 50; ++i) {
            const QByteArray key = "sk_test_concurrent_" + QByteArray::number(i % 3);
            QNetworkRequest req(QUrl(m_sandbox->baseUrl() + u"/verify/v1/init"_s));
            req.setRawHeader("X-API-Key", key);
            replies.append(m_nam.post(req, R"({"callback_url":"https:\/\/e.com"})"));
            keys.append(key);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 10000);
        QSet<QString> tokens;
        for (int i = 0; i < replies.size(); ++i) {
            QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QString token = QJsonDocument::fromJson(replies[i]->readAll()).object().value("data"_L1).toObject().value("token"_L1).toString();
            QVERIFY(token.startsWith("xit_"_L1));
            tokens.insert(token);
            QCOMPARE(m_sandbox->session(token)->apiKey, QString::fromLatin1(keys[i]));
        }
        QCOMPARE(tokens.size(), 50);
        qDeleteAll(replies);
    }

    void garbageNeverBreaksIt()
    {
        QRandomGenerator rng(42);
        const QList<QPair<QByteArray, QString>> targets = {
            {"POST", u"/verify/v1/init"_s}, {"GET", u"/verify/v1/result/%00%ff"_s}, {"POST", u"/verify/v1/blacklist/image"_s},
            {"POST", u"/verify/v1/2fa/verify"_s}, {"PUT", u"/_sandbox/faults"_s}, {"POST", u"/_sandbox/sessions/x/complete"_s},
            {"POST", u"/widget/xit_x/choose"_s}, {"DELETE", u"/verify/v1/init"_s}, {"PATCH", u"/verify/v1/result/../../etc"_s}};
        for (const auto &[method, path] : targets) {
            for (int i = 0; i < 5; ++i) {
                QByteArray junk(int(rng.bounded(1, 4096)), Qt::Uninitialized);
                for (char &c : junk)
                    c = char(rng.bounded(256));
                const Raw r = send(method, path, i == 0 ? QByteArray(R"({"callback_url":{"nested":[1,2,{}]},"min_age":1e308})") : junk);
                if (i == 0 && path == "/_sandbox/faults"_L1) {
                    QCOMPARE(r.status, 200); // a JSON object with no known setting changes nothing
                    continue;
                }
                QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(u"%1 %2 -> %3"_s.arg(QString::fromLatin1(method), path).arg(r.status)));
            }
        }
        // Still serving, and still consistent.
        QCOMPARE(send("GET", u"/health"_s).status, 200);
        QVERIFY(init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}}).startsWith("xit_"_L1));
    }

    void clearedFaultsAreForgotten()
    {
        // A key that set faults and cleared them holds no place of its own any more (there are MaxKeys places).
        const QByteArray key = "sk_test_forgetful";
        const auto scope = [&] { return data(send("GET", u"/_sandbox/faults"_s, {}, key)).value("scope"_L1).toString(); };
        QCOMPARE(scope(), u"defaults"_s);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":5})", key).status, 200);
        QCOMPARE(scope(), u"key"_s);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms":0})", key).status, 200);
        QCOMPARE(scope(), u"defaults"_s);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"script":[503],"body":"drop","count":1})", key).status, 200);
        QCOMPARE(scope(), u"key"_s);
        QCOMPARE(data(send("GET", u"/_sandbox/faults"_s, {}, key)).value("script"_L1).toArray().size(), 1);
        QCOMPARE(send("DELETE", u"/_sandbox/faults"_s, {}, key).status, 200);
        QCOMPARE(scope(), u"defaults"_s);
        QCOMPARE(data(send("GET", u"/_sandbox/faults"_s, {}, key)).value("script"_L1).toArray().size(), 0);
        // Another key's faults were never touched by any of it.
        QCOMPARE(data(send("GET", u"/_sandbox/faults"_s)).value("scope"_L1).toString(), u"defaults"_s);
    }

    void healthNamesTheSandbox()
    {
        // What the console and the scenario runner look for to tell a sandbox from the hosted API.
        const Raw health = send("GET", u"/health"_s, {}, {});
        QCOMPARE(health.status, 200);
        QCOMPARE(health.header(Sandbox::Server::MarkerHeader), QByteArray(Sandbox::Server::AdminPrefix));
        QCOMPARE(send("GET", u"/verify/v1/result/xit_none"_s).header(Sandbox::Server::MarkerHeader), QByteArray());
    }

    void magicDelayFlag()
    {
        QProcess p;
        p.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--port"_s, u"0"_s, u"--magic-delay"_s, u"50"_s});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("http://127.0.0.1:") || p.state() != QProcess::Running,
                                 10000);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }

    void flagsAreRangeChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("flag");
        QTest::newRow("token-ttl INT_MAX") << QStringList{u"--token-ttl"_s, u"2147483647"_s} << u"--token-ttl"_s;
        QTest::newRow("token-ttl beyond int") << QStringList{u"--token-ttl"_s, u"99999999999"_s} << u"--token-ttl"_s;
        QTest::newRow("processing-delay INT_MAX") << QStringList{u"--processing-delay"_s, u"2147483647"_s} << u"--processing-delay"_s;
        QTest::newRow("magic-delay negative") << QStringList{u"--magic-delay"_s, u"-5"_s} << u"--magic-delay"_s;
        QTest::newRow("latency negative") << QStringList{u"--latency"_s, u"-1"_s} << u"--latency"_s;
        QTest::newRow("latency huge") << QStringList{u"--latency"_s, u"2147483647"_s} << u"--latency"_s;
        QTest::newRow("error-rate nan") << QStringList{u"--error-rate"_s, u"nan"_s} << u"--error-rate"_s;
        QTest::newRow("error-rate 2") << QStringList{u"--error-rate"_s, u"2"_s} << u"--error-rate"_s;
        QTest::newRow("retry-after huge") << QStringList{u"--retry-after"_s, u"2147483647"_s} << u"--retry-after"_s;
        QTest::newRow("rate-limit huge") << QStringList{u"--rate-limit"_s, u"2147483647"_s} << u"--rate-limit"_s;
        QTest::newRow("public-url not http") << QStringList{u"--public-url"_s, u"ftp://x"_s} << u"--public-url"_s;
        QTest::newRow("live key") << QStringList{u"--api-key"_s, u"sk_live_abc"_s} << u"--api-key"_s;
        // Every flag that takes a whole number refuses one that is not.
        for (const char *flag : {"--token-ttl", "--latency", "--rate-limit", "--retry-after", "--processing-delay", "--magic-delay",
                                 "--max-sessions", "--session-max-age", "--max-deliveries", "--resource-delay"})
            QTest::addRow("%s 1.5", flag) << QStringList{QString::fromLatin1(flag), u"1.5"_s} << QString::fromLatin1(flag);
        QTest::newRow("listen not an address") << QStringList{u"--listen"_s, u"localhost:1"_s} << u"--listen"_s;
        QTest::newRow("shape unknown") << QStringList{u"--shape"_s, u"v2"_s} << u"--shape"_s;
        QTest::newRow("webhook-url relative") << QStringList{u"--webhook-url"_s, u"/hook"_s} << u"--webhook-url"_s;
        QTest::newRow("webhook-secret shape") << QStringList{u"--webhook-secret"_s, u"secret"_s} << u"--webhook-secret"_s;
        QTest::newRow("script not a status") << QStringList{u"--script"_s, u"503,99"_s} << u"--script"_s;
        QTest::newRow("admin-key short") << QStringList{u"--admin-key"_s, u"sk_test_x"_s} << u"--admin-key"_s;
    }

    void flagsAreRangeChecked()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, flag);
        QProcess p;
        p.start(QStringLiteral(XIDENT_SANDBOX_PATH), QStringList{u"--port"_s, u"0"_s} + args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // no UBSan abort, no crash
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(flag.toLatin1()), err.constData());
    }

    void listenAddressesAndPublicUrl()
    {
        // A second loopback address is loopback: no warning, and the URL names it.
        QProcess p;
        p.start(QStringLiteral(XIDENT_SANDBOX_PATH), {u"--listen"_s, u"127.0.0.2"_s, u"--port"_s, u"0"_s,
                                                      u"--public-url"_s, u"http://tunnel.example:8080/"_s});
        QVERIFY(p.waitForStarted());
        QByteArray banner;
        QVERIFY(QTest::qWaitFor([&] { banner += p.readAllStandardOutput(); return banner.count('\n') >= 4; }, 10000));
        QVERIFY2(banner.contains("listening on http://tunnel.example:8080\n"), banner.constData());
        QVERIFY(!banner.contains("warning"));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));

        // A wildcard names an address other machines can reach, never 0.0.0.0 or [::] (checked without binding).
        for (const QHostAddress &any : {QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::AnyIPv6), QHostAddress(QHostAddress::Any)}) {
            Sandbox::Options o;
            o.address = any;
            Sandbox::Server s(o);
            QVERIFY(!s.isLoopbackOnly());
            const QString url = s.baseUrl();
            QVERIFY2(!url.contains("0.0.0.0"_L1) && !url.contains("[::]"_L1), qPrintable(url));
            QVERIFY(url.contains(Sandbox::Server::reachableAddress().toString()));
        }
        Sandbox::Options loop;
        loop.address = QHostAddress(u"127.0.0.2"_s);
        QVERIFY(Sandbox::Server(loop).isLoopbackOnly());
    }

    void configuredKeyIsTheOnlyKey()
    {
        const QByteArray builtIn = Sandbox::Server().testKey().toLatin1();
        QVERIFY(builtIn.startsWith("sk_test_sandbox_"));
        // Random-looking, so that redacting it never garbles numbers in a body.
        QVERIFY(!builtIn.contains("0000"));
        Sandbox::Options o;
        o.port = 0;
        o.apiKey = u"sk_test_only_this_one"_s;
        Sandbox::Server only(o);
        QVERIFY(only.start());
        QCOMPARE(send("GET", u"/verify/v1/result/xit_00000000"_s, {}, builtIn, {}, &only).status, 401);
        QCOMPARE(send("GET", u"/verify/v1/result/xit_00000000"_s, {}, "sk_test_only_this_one", {}, &only).status, 404);
        Sandbox::Options bad;
        bad.tokenTtlSeconds = 2147483647;
        Sandbox::Server refused(bad);
        QVERIFY(!refused.start());
        QVERIFY(refused.errorString().contains("--token-ttl"_L1));
    }

    void fieldsHaveMaximumLengths()
    {
        for (const auto &[field, limit] : {std::pair{"metadata", 4096}, std::pair{"user_id", 255}, std::pair{"callback_url", 2048}}) {
            QJsonObject body{{"callback_url"_L1, u"https://e.com"_s}};
            QString value = QLatin1StringView(field) == "callback_url"_L1 ? u"https://e.com/"_s : QString();
            value += QString(limit + 1 - value.size(), u'a');
            body.insert(QLatin1StringView(field), value);
            const Raw r = send("POST", u"/verify/v1/init"_s, QJsonDocument(body).toJson());
            QCOMPARE(r.status, 400);
            QVERIFY(r.body.value("error"_L1).toObject().value("message"_L1).toString().startsWith(QLatin1StringView(field)));
        }
    }

    void lengthsCountCharacters()
    {
        // 200 emoji are 200 characters (400 UTF-16 units): within the 255 a user id may have.
        const QJsonObject body{{"callback_url"_L1, u"https://e.com"_s}, {"user_id"_L1, QString(u"😀"_s).repeated(200)}};
        QCOMPARE(send("POST", u"/verify/v1/init"_s, QJsonDocument(body).toJson()).status, 200);
    }

    void outcomesTakeOnlyDocumentedValues()
    {
        const Raw bogus = send("POST", u"/verify/v1/init"_s, R"({"callback_url":"https:\/\/e.com","user_id":"sandbox:pass:bogus"})");
        QCOMPARE(bogus.status, 400);
        QVERIFY(bogus.body.value("error"_L1).toObject().value("message"_L1).toString().contains("user_id"_L1));
        const QByteArray badReason = R"({"callback_url":"https:\/\/e.com","metadata":"sandbox:fail:nope"})";
        const QByteArray emptyPart = R"({"callback_url":"https:\/\/e.com","user_id":"sandbox:pass:"})";
        QCOMPARE(send("POST", u"/verify/v1/init"_s, emptyPart).status, 400);
        const QByteArray goodMethod = R"({"callback_url":"https:\/\/e.com","user_id":"sandbox:pass:ocr"})";
        QCOMPARE(send("POST", u"/verify/v1/init"_s, badReason).status, 400);
        QCOMPARE(send("POST", u"/verify/v1/init"_s, goodMethod).status, 200);
        const QString token = init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}});
        QNetworkRequest req(QUrl(m_sandbox->baseUrl() + u"/widget/"_s + token + u"/choose"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        QNetworkReply *reply = m_nam.post(req, "outcome=pass&method=%3Cimg+src%3Dx%3E");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(!reply->readAll().contains("<img"));
        reply->deleteLater();
        QCOMPARE(m_sandbox->session(token)->status, u"pending"_s);
        QVERIFY(!m_sandbox->complete(token, u"pass"_s, u"<img src=x>"_s));
    }

    void requestLogLineIsNeverAFormatString()
    {
        QSignalSpy logged(m_sandbox.get(), &Sandbox::Server::requestLogged);
        send("GET", u"/a%2Fb%20c"_s); // %2 and %20 would be arg() placeholders
        QCOMPARE(logged.size(), 1);
        const QStringList fields = logged.at(0).at(0).toString().split(u' ');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), u"GET"_s);
        QCOMPARE(fields.at(1), u"/a%2Fb%20c"_s);
        QCOMPARE(fields.at(2), u"404"_s);
        QVERIFY(fields.at(3).endsWith("ms"_L1));
        QVERIFY(fields.at(4).startsWith("req_sbx_"_L1));
        logged.clear();
        send("GET", u"/x"_s + QString(5000, u'a'));
        QVERIFY(logged.at(0).at(0).toString().size() < 400);
    }

    void requestsAreGuarded()
    {
        // Raw bytes, so nothing in between rewrites the request.
        const auto raw = [this](const QByteArray &bytes, QByteArray *all = nullptr) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
            (void)QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 2000);
            s.write(bytes);
            QByteArray got;
            (void)QTest::qWaitFor([&] {
                got += s.readAll();
                return s.state() != QAbstractSocket::ConnectedState || got.contains("\r\n\r\n{") || got.endsWith("}");
            }, 3000);
            QTest::qWait(50);
            got += s.readAll();
            if (all)
                *all = got;
            return got.mid(9, 3).toInt();
        };
        // An unauthenticated upload declaring 10 GB is refused before a byte of it is read.
        QCOMPARE(raw("POST /verify/v1/init HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n"), 413);
        QCOMPARE(raw("POST /verify/v1/init HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\nContent-Length: 2000000\r\n\r\n"), 413);
        // The image routes take up to 16 MB: a 2 MB declared body is not refused by the guard.
        QByteArray answer;
        const QByteArray image = "{\"image\":\"" + QByteArray(2000000, 'A') + "\",\"reason\":\"r\"}";
        raw("POST /verify/v1/blacklist/image HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\nContent-Length: "
            + QByteArray::number(image.size()) + "\r\n\r\n" + image, &answer);
        QVERIFY2(!answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QCOMPARE(raw("GET /" + QByteArray(10000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
        QCOMPARE(raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40000, 'b') + "\r\n\r\n"), 431);
        // A method the route does not take is named, with the methods that are allowed.
        QCOMPARE(raw("PUT /verify/v1/init HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\n\r\n", &answer), 405);
        QVERIFY(answer.contains("Allow: POST"));
        QVERIFY(answer.contains("Method PUT"));
        // Changed with llhttp: a method HTTP does not define is not implemented by the server (501, RFC 9110 §9.1)
        // before any route sees it.
        QCOMPARE(raw("BREW /verify/v1/init HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\n\r\n", &answer), 501);
        // HEAD: the headers of GET, no body; the next answer on the connection is intact.
        QCOMPARE(raw("HEAD /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &answer), 200);
        QCOMPARE(answer.count("HTTP/1.1 200"), 2);
        QCOMPARE(answer.count("{\"data\""), 1);
    }

    void pipelinedAnswersKeepOrderUnderLatency()
    {
        Sandbox::Options o;
        o.port = 0;
        o.latencyMs = 150;
        Sandbox::Server slow(o);
        QVERIFY(slow.start());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, slow.port());
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 2000));
        // Two delayed API answers (404, then 400), then /health, which has no latency: still third.
        const QByteArray pipeline = "GET /verify/v1/result/xit_aaaaaaaa HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\n\r\n"
            + "POST /verify/v1/init HTTP/1.1\r\nHost: x\r\nX-API-Key: " + Key + "\r\nContent-Length: 1\r\n\r\nx"
            + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
        s.write(pipeline);
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&] { got += s.readAll(); return got.count("HTTP/1.1 ") == 3 && got.endsWith("}"); }, 5000));
        const qsizetype a = got.indexOf("HTTP/1.1 404"), b = got.indexOf("HTTP/1.1 400"), c = got.indexOf("HTTP/1.1 200");
        QVERIFY2(a >= 0 && a < b && b < c, got.constData());
    }

    void adminApiIsScopedToTheKey()
    {
        Sandbox::Options o;
        o.port = 0;
        o.adminKey = u"sk_test_admin_for_tests"_s;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        const QByteArray alice = "sk_test_alice", bob = "sk_test_bob";
        const QByteArray params = R"({"callback_url":"https:\/\/e.com","user_id":"alice-1"})";
        const QString aliceToken = data(send("POST", u"/verify/v1/init"_s, params, alice, {}, &sb)).value("token"_L1).toString();
        QVERIFY(aliceToken.startsWith("xit_"_L1));
        // Bob sees none of Alice's sessions, cannot settle them, and his faults leave her answers alone.
        const Raw bobList = send("GET", u"/_sandbox/sessions"_s, {}, bob, {}, &sb);
        QCOMPARE(bobList.body.value("data"_L1).toArray().size(), 0);
        QVERIFY(!bobList.bytes.contains("alice-1"));
        QCOMPARE(send("POST", u"/_sandbox/sessions/"_s + aliceToken + u"/pass"_s, {}, bob, {}, &sb).status, 404);
        QCOMPARE(sb.session(aliceToken)->status, u"pending"_s);
        QCOMPARE(send("PUT", u"/_sandbox/faults"_s, R"({"error_rate":1})", bob, {}, &sb).status, 200);
        QCOMPARE(send("GET", u"/verify/v1/result/"_s + aliceToken, {}, alice, {}, &sb).status, 200);
        QCOMPARE(send("GET", u"/verify/v1/result/xit_00000000"_s, {}, bob, {}, &sb).status, 500);
        // Alice settles her own; the delivery log shows her event to her and to the admin key only.
        QCOMPARE(send("POST", u"/_sandbox/sessions/"_s + aliceToken + u"/pass"_s, {}, alice, {}, &sb).status, 200);
        QCOMPARE(send("GET", u"/_sandbox/webhooks"_s, {}, bob, {}, &sb).body.value("data"_L1).toArray().size(), 0);
        QCOMPARE(send("GET", u"/_sandbox/webhooks"_s, {}, alice, {}, &sb).body.value("data"_L1).toArray().size(), 1);
        QCOMPARE(send("POST", u"/_sandbox/webhooks/0/resend"_s, {}, bob, {}, &sb).status, 404);
        const Raw all = send("GET", u"/_sandbox/sessions"_s, {}, "sk_test_admin_for_tests", {}, &sb);
        QCOMPARE(all.body.value("data"_L1).toArray().size(), 1);
        QCOMPARE(all.body.value("meta"_L1).toObject().value("pagination"_L1).toObject().value("total"_L1).toInt(), 1);
    }

    void adminListsArePaginated()
    {
        Sandbox::Options o;
        o.port = 0;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        const QByteArray params = R"({"callback_url":"https:\/\/e.com"})";
        for (int i = 0; i < 7; ++i)
            QCOMPARE(send("POST", u"/verify/v1/init"_s, params, Key, {}, &sb).status, 200);
        const Raw first = send("GET", u"/_sandbox/sessions?per_page=3"_s, {}, Key, {}, &sb);
        QCOMPARE(first.body.value("data"_L1).toArray().size(), 3);
        const QJsonObject pagination = first.body.value("meta"_L1).toObject().value("pagination"_L1).toObject();
        QCOMPARE(pagination.value("total"_L1).toInt(), 7);
        QCOMPARE(pagination.value("total_pages"_L1).toInt(), 3);
        QCOMPARE(send("GET", u"/_sandbox/sessions?per_page=3&page=3"_s, {}, Key, {}, &sb).body.value("data"_L1).toArray().size(), 1);
        QCOMPARE(send("GET", u"/_sandbox/sessions?per_page=501"_s, {}, Key, {}, &sb).status, 400);
        QCOMPARE(send("GET", u"/_sandbox/webhooks?page=0"_s, {}, Key, {}, &sb).status, 400);
    }

    void storeForgetsBeyondItsCaps()
    {
        Sandbox::SessionStore store({3, 3600});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList tokens;
        for (int i = 0; i < 5; ++i) {
            Sandbox::Session s;
            s.initToken = u"xit_%1"_s.arg(i);
            s.resultToken = u"xtk_%1"_s.arg(i);
            s.apiKey = u"k"_s;
            s.createdAt = now.addSecs(-7200 + i);   // older than the age limit
            s.expiresAt = now.addSecs(-1);
            store.add(s);
            tokens.append(s.initToken);
        }
        QCOMPARE(store.size(), 3);           // the two oldest were forgotten for the cap
        QVERIFY(!store.find(u"xit_0"_s));
        QVERIFY(!store.find(u"xtk_1"_s));
        QVERIFY(store.find(u"xit_4"_s));
        QCOMPARE(store.takeExpired(now, 10), (QStringList{u"xit_2"_s, u"xit_3"_s, u"xit_4"_s}));
        QVERIFY(store.takeExpired(now, 10).isEmpty()); // each deadline is taken once
        QCOMPARE(store.forgetAged(now, 2), 2);       // a bounded step
        QCOMPARE(store.forgetAged(now, 10), 1);
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.forgotten(), 5u);
        QVERIFY(!store.hasDueWork(now));
    }

    void expiryRunsInShortSlices()
    {
        // 3 000 sessions expiring at once: settled in slices of a few milliseconds, never one long stall.
        Sandbox::Options o;
        o.port = 0;
        o.tokenTtlSeconds = 1;
        o.maxDeliveries = 1000;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        QNetworkAccessManager nam;
        int created = 0;
        const QByteArray params = R"({"callback_url":"https:\/\/e.com"})";
        for (int batch = 0; batch < 3; ++batch) {
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 1000; ++i) {
                QNetworkRequest req(QUrl(sb.baseUrl() + u"/verify/v1/init"_s));
                req.setRawHeader("X-API-Key", Key);
                req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
                replies.append(nam.post(req, params));
            }
            for (QNetworkReply *r : replies) {
                if (!r->isFinished())
                    QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(10000));
                created += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
                r->deleteLater();
            }
        }
        QCOMPARE(created, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(int(sb.webhooks().size()), 1000, 30000); // the delivery log's cap
        int total = 0;
        const auto newest = sb.sessions().page(QString(), 1, 1, &total);
        QCOMPARE(total, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(newest.first()->status, u"expired"_s, 30000);
        // The work was cut into slices (the figure itself belongs to the soak benchmark, not to a timed test).
        QVERIFY(sb.splitHousekeepingSlices() > 0);
        qInfo("longest housekeeping slice: %.2f ms, %llu slices cut at the budget", double(sb.longestHousekeepingNs()) / 1e6,
              sb.splitHousekeepingSlices());
    }

    void deliveriesAreRecordedPerUrlWithTheirSignatures()
    {
        FaultServer good;
        good.setFallback({200, "{}", {}, {}});
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 10;
        o.webhookUrls = {QUrl(good.baseUrl() + u"/hook"_s), QUrl(u"http://127.0.0.1:%1/hook"_s.arg(silent.serverPort()))};
        o.webhookTimeoutMs = 300;
        Sandbox::Server sb(o);
        QVERIFY(sb.start());
        init(QJsonObject{{"callback_url"_L1, u"https://e.com"_s}, {"user_id"_L1, u"sandbox:pass"_s}}, &sb);
        QTRY_VERIFY_WITH_TIMEOUT(sb.deliveries().size() == 1 && !sb.deliveries().at(0).toObject().value("attempts"_L1).toArray().isEmpty(), 5000);
        QJsonObject record = sb.deliveries().at(0).toObject();
        // One URL got it, the other did not: the event is not "delivered" as a whole.
        QCOMPARE(record.value("delivered"_L1).toBool(), false);
        const QJsonArray urls = record.value("urls"_L1).toArray();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toObject().value("delivered"_L1).toBool(), true);
        QCOMPARE(urls.at(1).toObject().value("delivered"_L1).toBool(), false);
        // The attempt kept its signature and the body its bytes: it verifies afterwards.
        const QJsonObject attempt = record.value("attempts"_L1).toArray().at(0).toObject();
        WebhookVerifier verifier(sb.webhookSecret().toUtf8(), 0);
        QVERIFY(verifier.verifySignature(record.value("body"_L1).toString().toUtf8(), attempt.value("signature"_L1).toString().toUtf8()).isValid());
        QCOMPARE(good.received().first().body, record.value("body"_L1).toString().toUtf8());
        // The receiver that never answers is logged as a timeout, not as "Operation canceled".
        QTRY_VERIFY_WITH_TIMEOUT(sb.deliveries().at(0).toObject().value("attempts"_L1).toArray().size() >= 2, 5000);
        bool sawTimeout = false;
        for (const QJsonValue &a : sb.deliveries().at(0).toObject().value("attempts"_L1).toArray())
            sawTimeout = sawTimeout || a.toObject().value("error"_L1).toString().startsWith("timed out"_L1);
        QVERIFY(sawTimeout);
    }

    void requestLogHasNoKey()
    {
        QSignalSpy logged(m_sandbox.get(), &Sandbox::Server::requestLogged);
        send("GET", u"/verify/v1/result/xit_1"_s);
        QCOMPARE(logged.size(), 1);
        const QString line = logged.at(0).at(0).toString();
        QVERIFY(line.contains("404"_L1));
        QVERIFY(!line.contains(QString::fromLatin1(Key)));
    }
};

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
