#include "console/core/sessionreference.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

class tst_SessionReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        // One fragment per expected problem, in order: each must appear in its sentence.
        QTest::addColumn<QStringList>("problemFragments");

        const QString a = u"xit_abcdefgh12345678"_s;
        const QString b = u"xtk_AbC-dEf_0123"_s;

        QTest::newRow("bare xit") << a << QStringList{a} << QStringList{};
        QTest::newRow("bare xtk, padded") << u"  \t" + b + u"\n"_s << QStringList{b} << QStringList{};
        QTest::newRow("shortest") << u"xit_12345678"_s << QStringList{u"xit_12345678"_s} << QStringList{};
        QTest::newRow("longest") << u"xit_"_s + QString(128, u'z') << QStringList{u"xit_"_s + QString(128, u'z')}
                                 << QStringList{};
        QTest::newRow("whitespace list") << a + u"  "_s + b << QStringList{a, b} << QStringList{};
        QTest::newRow("comma list") << a + u","_s + b << QStringList{a, b} << QStringList{};
        QTest::newRow("comma and space") << a + u", "_s + b + u" ,"_s << QStringList{a, b} << QStringList{};
        QTest::newRow("lines") << a + u"\r\n"_s + b + u"\n\n"_s << QStringList{a, b} << QStringList{};
        QTest::newRow("duplicates keep order") << b + u" "_s + a + u","_s + b + u"\n"_s + a << QStringList{b, a}
                                               << QStringList{};
        QTest::newRow("quoted") << u"\""_s + a + u"\", '"_s + b + u"'."_s << QStringList{a, b} << QStringList{};
        QTest::newRow("callback URL")
            << u"https://shop.example/done?status=success&token=xtk_abcdefgh12345678&user_id=u1"_s
            << QStringList{u"xtk_abcdefgh12345678"_s} << QStringList{};
        QTest::newRow("verify URL, token in the path") << u"<http://127.0.0.1:9000/widget/"_s + a + u">"_s
                                                       << QStringList{a} << QStringList{};
        QTest::newRow("link to a session, token in the path") << u"https://console.example/s/"_s + b + u"/details"_s
                                                               << QStringList{b} << QStringList{};
        QTest::newRow("token inside a word") << u"(token:"_s + a + u")"_s << QStringList{a} << QStringList{};
        QTest::newRow("callback URL, token first") << u"http://localhost:8080/cb?token="_s + a + u"&status=failed"_s
                                                   << QStringList{a} << QStringList{};
        QTest::newRow("callback URL, encoded") << u"https://shop.example/done?token=xit%5Fabcdefgh12345678"_s
                                               << QStringList{a} << QStringList{};
        QTest::newRow("URL in angle brackets") << u"<https://shop.example/done?token="_s + b + u">"_s
                                               << QStringList{b} << QStringList{};
        QTest::newRow("URL with commas in its query")
            << u"https://shop.example/done?tags=a,b&token="_s + a << QStringList{a} << QStringList{};
        QTest::newRow("two URLs, a comma between")
            << u"https://s.example/done?token="_s + a + u",https://s.example/done?token="_s + b << QStringList{a, b}
            << QStringList{};
        QTest::newRow("desktop link") << u"xident://session/"_s + a << QStringList{a} << QStringList{};
        QTest::newRow("desktop link, trailing slash") << u"xident://session/"_s + b + u"/"_s << QStringList{b}
                                                      << QStringList{};
        QTest::newRow("mixed") << u"xident://session/"_s + a + u"\nhttps://x.example/?token="_s + b + u", "_s + a
                               << QStringList{a, b} << QStringList{};

        QTest::newRow("empty") << QString() << QStringList{} << QStringList{u"nothing"_s};
        QTest::newRow("blank") << u" \n\t , ,"_s << QStringList{} << QStringList{u"nothing"_s};
        QTest::newRow("URL without token")
            << u"https://shop.example/done?status=success&user_id=u1"_s << QStringList{}
            << QStringList{u"“https://shop.example/done?status=success&user_id=u1” has no token parameter"_s};
        QTest::newRow("URL with empty token") << u"https://shop.example/done?token="_s << QStringList{}
                                              << QStringList{u"empty token"_s};
        QTest::newRow("URL with bad token") << u"https://shop.example/done?token=abc"_s << QStringList{}
                                            << QStringList{u"“abc”"_s, u"xit_"_s};
        QTest::newRow("short token") << u"xit_abc"_s << QStringList{} << QStringList{u"“xit_abc” is too short"_s};
        QTest::newRow("long token") << u"xtk_"_s + QString(129, u'a') << QStringList{}
                                    << QStringList{u"too long"_s, u"…”"_s};
        QTest::newRow("bad characters") << u"xit_abcdefgh!2345678"_s << QStringList{}
                                        << QStringList{u"“xit_abcdefgh!2345678”"_s, u"only letters"_s};
        QTest::newRow("wrong prefix") << u"xid_abcdefgh12345678"_s << QStringList{}
                                      << QStringList{u"“xid_abcdefgh12345678” is not a session token"_s};
        QTest::newRow("upper-case prefix") << u"XIT_abcdefgh12345678"_s << QStringList{}
                                           << QStringList{u"start with xit_ or xtk_"_s};
        QTest::newRow("other xident link") << u"xident://settings/profile"_s << QStringList{}
                                           << QStringList{u"“xident://settings/profile”"_s, u"another kind"_s};
        QTest::newRow("xident link without token") << u"xident://session/"_s << QStringList{}
                                                   << QStringList{u"names no session token"_s};
        QTest::newRow("xident link with extra path") << u"xident://session/"_s + a + u"/more"_s << QStringList{}
                                                     << QStringList{u"more than a session token"_s};
        QTest::newRow("good and bad") << a + u" nonsense "_s + b << QStringList{a, b}
                                      << QStringList{u"“nonsense”"_s};
        QTest::newRow("long junk is cut")
            << QString(300, u'j') << QStringList{}
            << QStringList{u"“"_s + QString(SessionReference::MaximumQuoteLength - 3, u'j') + u"…”"_s};
        QTest::newRow("control characters are not echoed") << u"bad\u0007bell"_s << QStringList{}
                                                            << QStringList{u"“bad\uFFFDbell”"_s};
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QFETCH(QStringList, problemFragments);
        const SessionReferenceParse result = parseSessionReferences(input);
        QCOMPARE(result.tokens, tokens);
        if (problemFragments.isEmpty()) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u" | "_s)));
            return;
        }
        QCOMPARE(result.problems.size(), 1);
        for (const QString &fragment : std::as_const(problemFragments)) {
            QVERIFY2(result.problems.constFirst().contains(fragment, Qt::CaseInsensitive),
                     qPrintable(result.problems.constFirst() + u" lacks "_s + fragment));
        }
        // A sentence, and the quoted piece inside it kept short.
        const QString sentence = result.problems.constFirst();
        QVERIFY(sentence.endsWith(u'.'));
        const qsizetype open = sentence.indexOf(u'“');
        if (open >= 0) {
            const qsizetype close = sentence.indexOf(u'”', open);
            QVERIFY(close > open);
            QVERIFY(close - open + 1 <= SessionReference::MaximumQuoteLength);
        }
    }

    void keysAreNeverEchoed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        const QString sk = u"sk_test_51HqzXAbCdEfGhIjKlMnOpQrStUv"_s;
        const QString pk = u"pk_live_9f8e7d6c5b4a39281706"_s;
        const QString wh = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
        QTest::newRow("secret key") << sk << sk;
        QTest::newRow("publishable key") << pk << pk;
        QTest::newRow("upper-case key") << sk.toUpper() << sk.toUpper();
        QTest::newRow("webhook secret") << wh << wh;
        QTest::newRow("key as token parameter") << u"https://shop.example/done?token="_s + sk << sk;
        QTest::newRow("key elsewhere in a URL") << u"https://shop.example/done?api_key="_s + sk + u"&x=1"_s << sk;
        QTest::newRow("key in a desktop link") << u"xident://session/"_s + pk << pk;
        QTest::newRow("key in another desktop link") << u"xident://keys/"_s + sk << sk;
        QTest::newRow("key glued to junk") << u"junk-"_s + sk << sk;
        QTest::newRow("key among tokens") << u"xit_abcdefgh12345678, "_s + sk + u", xtk_abcdefgh12345678"_s << sk;
    }

    void keysAreNeverEchoed()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const SessionReferenceParse result = parseSessionReferences(input);
        QCOMPARE(result.problems.size(), 1);
        const QString problem = result.problems.constFirst();
        // Not the key, nor any recognisable part of what follows its prefix.
        const QString secretPart = secret.mid(secret.indexOf(u'_') + 1);
        QVERIFY2(!problem.contains(secret, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY2(!problem.contains(secretPart.left(6), Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY2(!problem.contains(secretPart.right(6), Qt::CaseInsensitive), qPrintable(problem));
        for (const QString &token : result.tokens)
            QVERIFY(!token.contains(secretPart, Qt::CaseInsensitive));
    }

    void apiKeyIsNamed()
    {
        const SessionReferenceParse result = parseSessionReferences(u"sk_live_abcdefghijklmnop1234"_s);
        QVERIFY(result.tokens.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().contains(u"an API key, not a session token"_s),
                 qPrintable(result.problems.constFirst()));
    }

    void problemPerPiece()
    {
        const SessionReferenceParse result
            = parseSessionReferences(u"one, xit_abcdefgh12345678 https://a.example/ pk_test_abcdefgh1234 two"_s);
        QCOMPARE(result.tokens, QStringList{u"xit_abcdefgh12345678"_s});
        QCOMPARE(result.problems.size(), 4);
        QVERIFY(result.problems.at(0).contains(u"“one”"_s));
        QVERIFY(result.problems.at(1).contains(u"“https://a.example/”"_s));
        QVERIFY(result.problems.at(2).contains(u"API key"_s));
        QVERIFY(result.problems.at(3).contains(u"“two”"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SessionReference)
#include "tst_sessionreference.moc"
