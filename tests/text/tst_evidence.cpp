// The evidence file: what goes in comes back out, nothing in a value runs or loads anything (checked in headless
// Chromium), no secret or fragment of one is in its bytes, and it is said in the language chosen.
#include "faultserver.h"
#include "headlessbrowser.h"
#include "text/evidence.h"

#include <XidentQt/redaction.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Text;

namespace {

constexpr auto Secret = "whsec_evidence_secret_value_0123456789";
constexpr auto Key = "sk_test_evidence_key_abcdefghijklmnop";

// Every value that comes from outside carries markup that would run or load something if it were not escaped.
QString hostile(const QString &what, quint16 port)
{
    return u"%1 </script><script>document.title='ran'+(40+2)</script><img src=x onerror=\"document.title='ran'+(40+2)\">"
           "<img src=\"http://127.0.0.1:%2/leak\"> \u2028 & ' \" ü"_s.arg(what).arg(port);
}

Evidence sample(quint16 port)
{
    Evidence e;
    e.language = u"en"_s;
    e.exportedAt = QDateTime(QDate(2026, 12, 5), QTime(11, 30, 15), Qt::UTC);
    e.consoleVersion = u"0.1.0"_s;
    e.libraryVersion = u"0.1.0"_s;
    e.qtVersion = u"6.4.2"_s;
    Evidence::Session s;
    s.token = u"xit_evidencesample01"_s;
    s.otherTokens = {u"xtk_evidencesample02"_s};
    s.status = u"failed"_s;
    s.ageBracket = 18;
    s.method = u"full"_s;
    s.reason = u"face_mismatch"_s;
    s.checks = {{u"liveness"_s, true, true}, {u"face_match"_s, true, false}, {u"document"_s, false, std::nullopt}};
    s.userId = hostile(u"user"_s, port);
    s.ticket = hostile(u"ZD-48213"_s, port);
    s.note = hostile(u"note"_s, port) + u"\nkey " + QLatin1StringView(Key) + u" and a piece of the secret: "
             + QLatin1StringView(Secret).mid(8, 14);
    s.profileName = u"Staging EU"_s;
    s.host = u"staging.example"_s;
    s.createdAt = u"2026-12-05T11:00:00Z"_s;
    s.completedAt = u"2026-12-05T11:02:00Z"_s;
    s.timeline = {{QDateTime(QDate(2026, 12, 5), QTime(11, 0, 1), Qt::UTC), {}, u"pending"_s, u"req_1"_s, {}},
                  {QDateTime(QDate(2026, 12, 5), QTime(11, 2, 1), Qt::UTC), u"pending"_s, u"failed"_s, u"evt_9"_s,
                   u"session.failed"_s}};
    s.webhooks = {{QDateTime(QDate(2026, 12, 5), QTime(11, 2, 0), Qt::UTC), u"session.failed"_s, u"evt_9"_s,
                   u"valid"_s, hostile(u"body"_s, port).toUtf8() + "\"secret\":\"" + Secret + "\""}};
    s.exchanges = {{QDateTime(QDate(2026, 12, 5), QTime(11, 0, 1), Qt::UTC), u"GET"_s,
                    u"https://staging.example/verify/v1/result/xit_evidencesample01"_s, u"req_1"_s, {}, 200, 1, 42}};
    s.result = QJsonObject{{"token"_L1, u"xtk_evidencesample02"_s}, {"status"_L1, u"failed"_s},
                           {"external_user_id"_L1, hostile(u"raw"_s, port)}};
    s.unfilled = {};
    e.sessions = {s};
    return e;
}

// The caller's one redaction path: the key and the secret, and any 12 characters of either, out.
QString redact(const QString &text)
{
    static const Redactor key(QString::fromLatin1(Key));
    static const Redactor secret(QString::fromLatin1(Secret));
    return secret.applyText(key.applyText(text));
}

} // namespace

class tst_Evidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrote()
    {
        const Evidence e = sample(1);
        const QByteArray file = evidenceHtml(e, redact);
        QCOMPARE(evidenceHtml(e, redact), file);   // the same input and time: the same bytes
        QString problem;
        const std::optional<Evidence> back = readEvidence(file, &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->sessions.size(), 1);
        const Evidence::Session &s = back->sessions.first();
        QCOMPARE(s.token, e.sessions.first().token);
        QCOMPARE(s.userId, e.sessions.first().userId);   // markup comes back as the same text
        QCOMPARE(s.ticket, e.sessions.first().ticket);
        QCOMPARE(s.timeline.size(), 2);
        QCOMPARE(s.timeline.at(1).event, u"session.failed"_s);
        QCOMPARE(s.checks.at(2).passed, std::nullopt);
        QCOMPARE(s.ageBracket, 18);
        QCOMPARE(back->exportedAt, e.exportedAt);
        // Written again from what was read, it is the same file.
        QCOMPARE(evidenceHtml(*back, redact), file);
    }

    void noValueCanLeaveItsPlace()
    {
        const QByteArray file = evidenceHtml(sample(1), redact);
        const qsizetype open = file.indexOf("<script type=\"application/json\" id=\"xident-evidence\">");
        QVERIFY(open > 0);
        // One script element, holding data; the page before it has no element from a value.
        QCOMPARE(file.count("<script"), 1);
        QCOMPARE(file.count("</script>"), 1);
        QVERIFY(!file.left(open).contains("<img"));
        const qsizetype start = file.indexOf('>', open) + 1;
        const QByteArray data = file.mid(start, file.indexOf("</script>", start) - start);
        QVERIFY(!data.contains('<') && !data.contains('>') && !data.contains('&'));
        QVERIFY(!data.contains("\xe2\x80\xa8"));
        QVERIFY(file.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    }

    void noSecretNorAFragmentOfOne()
    {
        const QByteArray file = evidenceHtml(sample(1), redact);
        for (const QByteArray &secret : {QByteArray(Key), QByteArray(Secret)}) {
            for (qsizetype at = 0; at + 12 <= secret.size(); ++at)
                QVERIFY2(!file.contains(secret.mid(at, 12)), secret.mid(at, 12).constData());
        }
    }

    void saidInTheLanguageChosen()
    {
        Evidence e = sample(1);
        e.language = u"de"_s;
        const QString page = QString::fromUtf8(evidenceHtml(e, redact));
        QVERIFY2(page.contains(u"<h2 class=\"bad\">Nicht verifiziert</h2>"_s), qPrintable(page.left(3000)));
        QVERIFY(page.contains(u"Das Gesicht im Selfie"_s));
        QVERIFY(page.contains(u"<html lang=\"de\">"_s));
        e.language = u"fr"_s;
        QVERIFY(QString::fromUtf8(evidenceHtml(e, redact)).contains(u"<html lang=\"fr\">"_s));
    }

    void refusesWhatItCannotRead()
    {
        QString problem;
        QVERIFY(!readEvidence("<html><body>hello</body></html>", &problem));
        QVERIFY2(problem.contains(u"holds no evidence data"_s), qPrintable(problem));
        QByteArray newer = evidenceHtml(sample(1), redact);
        newer.replace("\"version\":1", "\"version\":2");
        QVERIFY(!readEvidence(newer, &problem));
        QVERIFY2(problem.contains(u"format version 2"_s), qPrintable(problem));
        QByteArray damaged = evidenceHtml(sample(1), redact);
        damaged.replace("\"sessions\":[", "\"sessions\":[[");
        QVERIFY(!readEvidence(damaged, &problem));
        QVERIFY(!readEvidence(QByteArray(Evidence::MaxFileBytes + 1, ' '), &problem));
        QVERIFY2(problem.contains(u"50 MB"_s), qPrintable(problem));
    }

    void itsNameCarriesNoPersonalData()
    {
        Evidence e = sample(1);
        e.sessions.first().ticket = u"ZD-48213 / Jana"_s;
        QCOMPARE(evidenceFileName(e), u"evidence-ZD-48213-Jana-2026-12-05.html"_s);
        e.sessions.first().ticket.clear();
        QCOMPARE(evidenceFileName(e), u"evidence-xit_evidence-2026-12-05.html"_s);
    }

    void aBrowserShowsItAndRunsNothing()
    {
        if (HeadlessBrowser::executable().isEmpty() && qEnvironmentVariableIsSet("XIDENT_ALLOW_NO_BROWSER"))
            QSKIP("chromium is not installed (tools/xident-dev setup installs it)");
        // A server on loopback that any request the page made would reach.
        FaultServer watcher;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"evidence.html"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(evidenceHtml(sample(watcher.port()), redact));
        file.close();
        HeadlessBrowser browser;
        QVERIFY2(browser.start(), qPrintable(browser.errorString()));
        QVERIFY(browser.navigate(QUrl::fromLocalFile(path).toString()));
        QVERIFY(browser.waitFor(u"document.readyState === 'complete'"_s));
        QCOMPARE(browser.evaluate(u"document.title.includes('ran42')"_s)->toBool(), false);
        QCOMPARE(browser.evaluate(u"document.querySelectorAll('img').length"_s)->toInt(), 0);
        QCOMPARE(browser.evaluate(u"document.scripts.length"_s)->toInt(), 1);
        QCOMPARE(browser.evaluate(u"document.querySelector('h2').textContent"_s)->toString(), u"Not verified"_s);
        QVERIFY(browser.evaluate(u"document.body.innerText.includes('Face match')"_s)->toBool());
        QVERIFY(browser.evaluate(u"document.body.innerText.includes('req_1')"_s)->toBool());
        QVERIFY(browser.evaluate(u"document.body.innerText.includes(\"</script><script>document.title='ran'+(40+2)\")"_s)->toBool());
        QCOMPARE(browser.evaluate(u"performance.getEntriesByType('resource').length"_s)->toInt(), 0);
        // The embedded data reads back as the same values.
        QCOMPARE(browser.evaluate(u"JSON.parse(document.getElementById('xident-evidence').textContent).sessions[0].ticket"_s)
                     ->toString(),
                 sample(watcher.port()).sessions.first().ticket);
        QTest::qWait(200);
        QCOMPARE(watcher.received().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Evidence)
#include "tst_evidence.moc"
