#include <XidentQt/client.h>
#include <XidentQt/config.h>
#include <XidentQt/initparams.h>
#include <XidentQt/redaction.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

class tst_Config : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("test") << u"sk_test_abc123"_s << true << QString();
        QTest::newRow("live") << u"sk_live_abc123"_s << true << QString();
        QTest::newRow("public") << u"pk_live_abc123"_s << false << u"public key"_s;
        QTest::newRow("public test") << u"pk_test_abc123"_s << false << u"public key"_s;
        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("blank") << u"   "_s << false << u"required"_s;
        QTest::newRow("other prefix") << u"xk_test_abc"_s << false << u"sk_live_ or sk_test_"_s;
        QTest::newRow("prefix only") << u"sk_test_"_s << false << u"truncated"_s;
        QTest::newRow("white space") << u"sk_test_ab c"_s << false << u"white space"_s;
        QTest::newRow("trailing newline") << u"sk_test_AbCdEfGh\n"_s << false << u"white space"_s;
        QTest::newRow("trailing carriage return") << u"sk_test_AbCdEfGh\r"_s << false << u"white space"_s;
    }

    void apiKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        const Error e = Config::validateApiKey(key);
        QCOMPARE(!e.isError(), valid);
        if (!valid) {
            QCOMPARE(e.kind(), ErrorKind::Configuration);
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            QVERIFY(!e.message().contains(key.trimmed()) || key.trimmed().isEmpty() || key.size() < 9);
        }
    }

    void defaults()
    {
        Config c(u"sk_test_x1"_s);
        QCOMPARE(c.baseUrl(), u"http://localhost:9000"_s);
        QCOMPARE(c.apiUrl(), QUrl(u"http://localhost:9000/verify/v1"_s));
        QCOMPARE(c.timeout(), std::chrono::milliseconds(30000));
        QCOMPARE(c.maxRetries(), 3);
        QCOMPARE(c.apiVersion(), u"2026-08-13"_s);
        QVERIFY(!c.validate());
    }

    void baseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"https://api.xident.io"_s << u"https://api.xident.io/verify/v1"_s << true;
        QTest::newRow("slash") << u"https://api.xident.io/"_s << u"https://api.xident.io/verify/v1"_s << true;
        QTest::newRow("slashes") << u"http://127.0.0.1:9000//"_s << u"http://127.0.0.1:9000/verify/v1"_s << true;
        QTest::newRow("prefix path") << u"https://gw.example/xident/"_s << u"https://gw.example/xident/verify/v1"_s << true;
        QTest::newRow("no scheme") << u"api.xident.io"_s << QString() << false;
        QTest::newRow("ftp") << u"ftp://api.xident.io"_s << QString() << false;
        QTest::newRow("credentials") << u"https://u:p@api.xident.io"_s << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void baseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, api);
        QFETCH(bool, valid);
        Config c(u"sk_test_x1"_s);
        c.setBaseUrl(input);
        QCOMPARE(!c.validate().isError(), valid);
        if (valid)
            QCOMPARE(c.apiUrl().toString(), api);
    }

    void limits()
    {
        Config c(u"sk_test_x1"_s);
        c.setTimeout(std::chrono::milliseconds(999));
        QCOMPARE(c.validate().kind(), ErrorKind::Configuration);
        c.setTimeout(std::chrono::seconds(1));
        QVERIFY(!c.validate());
        c.setMaxRetries(-1);
        QCOMPARE(c.validate().kind(), ErrorKind::Configuration);
        c.setMaxRetries(0);
        QVERIFY(!c.validate());
    }

    void extraHeaders()
    {
        Config c(u"sk_test_x1"_s);
        QVERIFY(c.addExtraHeader("X-API-Key", "sk_test_other").isError());
        QVERIFY(c.addExtraHeader("x-api-key", "sk_test_other").isError());
        QVERIFY(c.addExtraHeader("Bad Name", "v").isError());
        QVERIFY(c.addExtraHeader("X-Ok", "line\r\nInjected: 1").isError());
        QVERIFY(!c.addExtraHeader("X-Custom", "value"));
        QCOMPARE(c.extraHeaders().size(), 1);
    }

    void userAgent()
    {
        const QByteArray ua = Config::userAgent();
        QVERIFY(ua.startsWith(QByteArray("Xident-Qt/" + Client::version().toLatin1() + " Qt/" + QByteArray(qVersion()) + ' ')));
        QVERIFY(ua.count('/') >= 3);
        QVERIFY(!Client::version().isEmpty());
    }

    void initParams()
    {
        InitParams p;
        QCOMPARE(p.validate().kind(), ErrorKind::Configuration);
        p.callbackUrl = u"/relative"_s;
        QVERIFY(p.validate().message().contains("absolute"_L1));
        p.callbackUrl = u"https://example.com/cb"_s;
        QVERIFY(!p.validate());
        p.minAge = 0;
        QVERIFY(p.validate().isError());
        p.purpose = u"id_verification"_s;
        QVERIFY(!p.validate());
        p.minAge = 100;
        QVERIFY(p.validate().isError());
        p.minAge = 18;
        p.theme = u"dark"_s;
        const QJsonObject o = p.toJson();
        QCOMPARE(o.size(), 4);
        QCOMPARE(o.value("min_age"_L1).toInt(), 18);
    }

    void redaction()
    {
        QCOMPARE(redactSecret(u"sk_test_abcdefghijkl1234"_s), u"sk_test_••••1234"_s);
        QCOMPARE(redactSecret(u"sk_live_short"_s), u"sk_live_••••"_s);
        QCOMPARE(redactSecret(u"whsec_0123456789abcdef"_s), u"whsec_••••cdef"_s);
        const QByteArray text = "key=sk_test_abcdefghijkl1234 end";
        QVERIFY(!redactIn(text, u"sk_test_abcdefghijkl1234"_s).contains("abcdefghijkl"));
        QVERIFY(isSecretHeader("x-api-key"));
        QVERIFY(!isSecretHeader("x-request-id"));
    }
};

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
