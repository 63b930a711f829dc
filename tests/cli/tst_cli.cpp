#include <XidentQt/hmac.h>
#include <XidentQt/webhook.h>
#include "faultserver.h"
#include "headlessbrowser.h"
#include "ports.h"
#include "console/core/evidencecollector.h"
#include "console/core/history/historystore.h"
#include "sandbox/sandbox.h"
#include "text/evidence.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Key = u"sk_test_cli_tests_0123456789"_s;
// A loopback URL on which nothing listens.
QString closedPortUrl()
{
    return u"http://127.0.0.1:%1"_s.arg(closedLoopbackPort());
}

// What the catalogs say (translations/xident*_de.ts, _fr.ts).
const QByteArray FrenchNotFound = "xident: Le serveur ne connaît pas cette session.";
const QByteArray GermanVerifyHelp = "Signatur eines Webhooks über dessen exakten Body prüfen.";
struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Xident::Sandbox::Server> m_sandbox;
    QTemporaryDir m_dir;

    // Runs the real xident binary while this process's event loop serves the sandbox.
    Run xident(const QStringList &args, const QByteArray &stdinData = {}, bool withEnv = true,
               const QList<QPair<QString, QString>> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"XIDENT_SECRET_KEY"_s);
        env.remove(u"XIDENT_BASE_URL"_s);
        env.remove(u"XIDENT_WEBHOOK_SECRET"_s);
        // English whatever the machine's language; the translations have their own test.
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        if (withEnv) {
            env.insert(u"XIDENT_SECRET_KEY"_s, Key);
            env.insert(u"XIDENT_BASE_URL"_s, m_sandbox->baseUrl());
        }
        for (const auto &e : extraEnv)
            env.insert(e.first, e.second);
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(XIDENT_CLI_PATH), args);
        if (!stdinData.isNull())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!finished.wait(30000))
            p.kill();
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        // No command may ever print the key.
        if (r.out.contains(Key.toUtf8()) || r.err.contains(Key.toUtf8()))
            r.code = -99;
        return r;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    // One command table drives dispatch, the help's list and the man page's: every command it names answers
    // --help, the top help lists each, and an unknown one is refused.
    void everyListedCommandAnswersHelp()
    {
        const Run listed = xident({u"help"_s, u"--commands"_s});
        QCOMPARE(listed.code, 0);
        const QStringList commands = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(commands.size() >= 14, listed.out.constData());
        const Run top = xident({u"--help"_s});
        for (const QString &command : commands) {
            QVERIFY2(top.out.contains(QByteArray("  " + command.section(u' ', 0, 0).toUtf8() + ' ')), qPrintable(command));
            const Run help = xident(command.split(u' ') + QStringList{u"--help"_s});
            QVERIFY2(help.code == 0 && help.out.contains(QByteArray("xident " + command.toUtf8())), qPrintable(command));
        }
        const Run unknown = xident({u"verify"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("unknown command"));
    }

    // webhook listen: each delivery printed with its verdict, forwarded byte for byte, and bad requests refused.
    void webhookListen()
    {
        FaultServer receiver;
        receiver.setFallback({202, "{}", {}});
        QProcess listen;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XIDENT_WEBHOOK_SECRET"_s, u"whsec_listen"_s);
        listen.setProcessEnvironment(env);
        listen.start(QStringLiteral(XIDENT_CLI_PATH),
                     {u"webhook"_s, u"listen"_s, u"--port=0"_s, u"--json"_s, u"--max-body=1000"_s,
                      u"--forward-to"_s, receiver.baseUrl() + u"/in"_s});
        QVERIFY(listen.waitForStarted());
        QVERIFY(listen.waitForReadyRead(5000));
        const QByteArray banner = listen.readLine();
        const qsizetype colon = banner.indexOf("127.0.0.1:");
        QVERIFY2(colon > 0, banner.constData());
        const int port = banner.mid(colon + 10).split('/').first().toInt();
        QVERIFY(port > 0);
        const QString url = u"http://127.0.0.1:%1/hook"_s.arg(port);

        QNetworkAccessManager nam;
        const auto post = [&](const QByteArray &body, const QByteArray &signature, const QByteArray &method = "POST") {
            QNetworkRequest r{QUrl(url)};
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            r.setRawHeader("X-Xident-Signature", signature);
            QNetworkReply *reply = nam.sendCustomRequest(r, method, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        int forwarded = 0;
        const auto nextLine = [&]() -> QJsonObject {
            for (;;) {
                while (!listen.canReadLine()) {
                    if (!listen.waitForReadyRead(5000))
                        return {};
                }
                const QJsonObject o = QJsonDocument::fromJson(listen.readLine()).object();
                if (!o.contains("forwarded_to"_L1))
                    return o;
                ++forwarded;   // the forward's answer, on its own line
                if (o.value("status"_L1).toInt() != 202)
                    return {};
            }
        };
        const QByteArray body = R"({"id":"evt_listen","type":"session.success","created":1,"data":{"token":"xtk_abcdefgh1234"}})";
        const QByteArray signature = Xident::WebhookVerifier::signatureHeader(body, "whsec_listen", QDateTime::currentSecsSinceEpoch());
        QCOMPARE(post(body, signature), 200);
        const QJsonObject first = nextLine();
        QCOMPARE(first.value("valid"_L1).toBool(), true);
        QCOMPARE(first.value("type"_L1).toString(), u"session.success"_s);
        QCOMPARE(first.value("body"_L1).toString().toUtf8(), body);
        // Forwarded as received: the same bytes and signature.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received().size(), 1, 5000);
        QCOMPARE(receiver.received().first().body, body);
        QCOMPARE(receiver.received().first().header("X-Xident-Signature"), signature);
        QCOMPARE(receiver.received().first().path, QByteArray("/in"));

        QByteArray tampered = body;
        tampered.replace("success", "failed!");
        QCOMPARE(post(tampered, signature), 200);
        const QJsonObject second = nextLine();
        QCOMPARE(second.value("valid"_L1).toBool(), false);
        QCOMPARE(second.value("verdict"_L1).toString(), u"signature_mismatch"_s);
        // Not a POST: 405; over the body limit: 413; and the secret never appears in what it prints.
        QCOMPARE(post({}, signature, "GET"), 405);
        QCOMPARE(post(QByteArray(2000, 'x'), signature), 413);
        listen.terminate();
        QVERIFY(listen.waitForFinished(5000));
        const QByteArray rest = listen.readAll() + listen.readAllStandardError();
        QVERIFY(!rest.contains("whsec_listen"));
        QVERIFY2(rest.contains("405") && rest.contains("413"), rest.constData());
    }

    // --explain names the accidental change: here CRLF line endings from a Windows log and a pasted header line.
    void webhookVerifyExplains()
    {
        const QByteArray signedBody = "{\n  \"type\": \"session.failed\",\n  \"id\": \"evt_9\"\n}";
        const QByteArray header = Xident::WebhookVerifier::signatureHeader(signedBody, "whsec_cli", 1000);
        const QByteArray given = QByteArray(signedBody).replace("\n", "\r\n");
        const QStringList verify{u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s, u"--now=1000"_s,
                                 u"--explain"_s, u"--signature"_s, u"X-Xident-Signature: "_s + QString::fromLatin1(header)};
        const Run text = xident(verify, given);
        QCOMPARE(text.code, 11);
        QVERIFY2(text.err.contains("why: Your payload has CRLF"), text.err.constData());
        const Run json = xident(verify + QStringList{u"--json"_s}, given);
        QCOMPARE(json.code, 11);
        const QJsonArray why = json.json().value("explanations"_L1).toArray();
        QVERIFY(!why.isEmpty());
        QCOMPARE(why.first().toObject().value("code"_L1).toString(), u"crlf_line_endings"_s);
        // Nothing to explain when the bytes are right; and it says so when nothing common explains a mismatch.
        QCOMPARE(xident(verify, signedBody).code, 0);
        const Run other = xident(verify, QByteArray(signedBody).replace("evt_9", "evt_8"));
        QCOMPARE(other.code, 11);
        QVERIFY2(other.err.contains("no common accidental change, alone or two at once"), other.err.constData());
        QVERIFY(!other.err.contains("alphabetical order"));

        // Two accidents at once: a BOM and CRLF line endings. Both are named, the first to undo first.
        const QByteArray both = "\xEF\xBB\xBF" + given;
        const Run pair = xident(verify, both);
        QCOMPARE(pair.code, 11);
        QVERIFY2(pair.err.contains("why: two changes at once: ") && pair.err.contains("CRLF") && pair.err.contains("byte order mark"),
                 pair.err.constData());
        const QJsonObject pairJson = xident(verify + QStringList{u"--json"_s}, both).json();
        const QJsonObject first = pairJson.value("explanations"_L1).toArray().first().toObject();
        QStringList changes;
        for (const QJsonValue &c : first.value("changes"_L1).toArray())
            changes.append(c.toString());
        QCOMPARE(changes.size(), 2);
        QVERIFY2(changes.contains(u"crlf_line_endings"_s) && changes.contains(u"bom_added"_s), qPrintable(changes.join(u' ')));
        QCOMPARE(first.value("code"_L1).toString(), changes.join(u'+'));
        QVERIFY(pairJson.value("pairs_tried"_L1).toBool());

        // Keys in alphabetical order at every level, and nothing else explains it: a hint that a framework
        // parsed and re-serialised the body.
        const QByteArray unsorted = R"({"type":"session.failed","id":"evt_9","data":{"token":"xtk_1","reason":"x"}})";
        const QByteArray sorted = R"({"data":{"reason":"x","token":"xtk_1"},"id":"evt_9","type":"session.failed"})";
        QStringList sortedVerify = verify;
        sortedVerify.last() = QString::fromLatin1(Xident::WebhookVerifier::signatureHeader(unsorted, "whsec_cli", 1000));
        const Run reserialised = xident(sortedVerify, sorted);
        QCOMPARE(reserialised.code, 11);
        QVERIFY2(reserialised.err.contains("alphabetical order at every level"), reserialised.err.constData());
        QVERIFY(xident(sortedVerify + QStringList{u"--json"_s}, sorted).json().value("keys_sorted"_L1).toBool());

        const QByteArray large = "{\"pad\":\"" + QByteArray(300 * 1024, 'p') + "\"}";
        // A body larger than a pipe holds at once is read whole from standard input (it was read in one go and cut).
        sortedVerify.last() = QString::fromLatin1(Xident::WebhookVerifier::signatureHeader(large, "whsec_cli", 1000));
        QCOMPARE(xident(sortedVerify, large).code, 0);

        // Beyond the size where pairs stay fast it says that they were not tried.
        const Run big = xident(sortedVerify, QByteArray(large).replace("pad", "pal"));
        QCOMPARE(big.code, 11);
        QVERIFY2(big.err.contains("two at once are tried up to 256 KiB"), big.err.constData());
        QVERIFY(!xident(sortedVerify + QStringList{u"--json"_s}, QByteArray(large).replace("pad", "pal")).json().value("pairs_tried"_L1).toBool());
    }

    // Messages and help follow the locale or --lang (anywhere on the line); --json and exit codes never change.
    void speaksTheUsersLanguage()
    {
        const Run help = xident({u"--lang"_s, u"fr"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains("Commandes :") && help.out.contains("--api-key-file"), help.out.constData());

        const QList<QPair<QString, QString>> french{{u"LC_ALL"_s, u"fr_FR.UTF-8"_s}};
        const Run usage = xident({u"init"_s}, {}, true, french);
        QCOMPARE(usage.code, 2);
        QVERIFY2(usage.err.contains("init : --callback-url est obligatoire."), usage.err.constData());

        const Run commandHelp = xident({u"webhook"_s, u"verify"_s, u"--help"_s, u"--lang=de"_s});
        QCOMPARE(commandHelp.code, 0);
        QVERIFY2(commandHelp.out.contains("xident webhook verify") && commandHelp.out.contains(GermanVerifyHelp),
                 commandHelp.out.constData());

        // A forensic finding and the verdict, in the words the console uses (the shared catalog).
        const QByteArray signedBody = "{\"id\":\"evt_1\"}\n";
        const QByteArray header = Xident::WebhookVerifier::signatureHeader(signedBody, "whsec_cli", 1000);
        const QStringList verify{u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s, u"--now=1000"_s,
                                 u"--explain"_s, u"--signature"_s, QString::fromLatin1(header), u"--lang"_s, u"de"_s};
        const QByteArray crlf = QByteArray(signedBody).replace("\n", "\r\n");
        const Run german = xident(verify, crlf);
        QCOMPARE(german.code, 11);
        QVERIFY2(german.err.contains("Signatur stimmt nicht überein")
                     && german.err.contains("Ihre Nutzdaten haben CRLF-Zeilenenden"),
                 german.err.constData());

        // Which part of a malformed header is wrong, in German too (the library names it in English).
        const Run malformed = xident({u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s,
                                      u"--signature=t=abc,v1=00"_s, u"--lang=de"_s}, signedBody);
        QCOMPARE(malformed.code, 11);
        QVERIFY2(malformed.err.contains("(t= ist keine Unix-Zeit in Sekunden)"), malformed.err.constData());

        // --json is for scripts: the same in every language.
        const Run jsonDe = xident(verify + QStringList{u"--json"_s}, crlf);
        const Run jsonEn = xident(QStringList(verify.mid(0, verify.size() - 2)) << u"--json"_s, crlf);
        QCOMPARE(jsonDe.code, jsonEn.code);
        QCOMPARE(jsonDe.out, jsonEn.out);
        QVERIFY(jsonDe.out.contains("Your payload has CRLF"));
        const Run missing = xident({u"result"_s, u"xit_doesnotexist0001"_s, u"--json"_s}, {}, true, french);
        const Run missingEn = xident({u"result"_s, u"xit_doesnotexist0001"_s, u"--json"_s});
        QCOMPARE(missing.code, 6);
        QCOMPARE(missing.json().value("error"_L1).toObject().value("message"_L1),
                 missingEn.json().value("error"_L1).toObject().value("message"_L1));
        // Without --json the same error is introduced in French.
        const Run missingText = xident({u"result"_s, u"xit_doesnotexist0001"_s}, {}, true, french);
        QCOMPARE(missingText.code, 6);
        QVERIFY2(missingText.err.contains(FrenchNotFound), missingText.err.constData());

        // Errors the library gives in --json stay English even where Qt's own words are translated (a refused
        // connection: Qt says "Verbindung verweigert" in German).
        const QStringList refused{u"result"_s, u"xit_00000001"_s, u"--base-url=" + closedPortUrl(), u"--max-retries=0"_s,
                                  u"--json"_s};
        const Run refusedDe = xident(refused + QStringList{u"--lang"_s, u"de"_s});
        const Run refusedEn = xident(refused);
        QCOMPARE(refusedDe.code, 9);
        QCOMPARE(refusedDe.json().value("error"_L1).toObject().value("message"_L1).toString(),
                 refusedEn.json().value("error"_L1).toObject().value("message"_L1).toString());
        QVERIFY(refusedEn.json().value("error"_L1).toObject().value("message"_L1).toString().startsWith("Connection refused"_L1));

        // --lang without a code is a usage error, wherever it stands.
        for (const QStringList &args : {QStringList{u"--help"_s, u"--lang"_s}, QStringList{u"--lang="_s, u"--help"_s},
                                        QStringList{u"init"_s, u"--lang"_s, u"--json"_s}}) {
            const Run bad = xident(args);
            QCOMPARE(bad.code, 2);
            QVERIFY2(bad.err.contains("--lang needs a language code"), bad.err.constData());
        }

        // A language without a catalog: English, with its plural forms, and said so.

        for (const QString &code : {u"es"_s, u"xx"_s}) {
            const Run other = xident({u"--lang"_s, code, u"--help"_s});
            QCOMPARE(other.code, 0);
            QVERIFY(other.out.contains("Commands:"));
            QVERIFY2(other.err.contains(QByteArray("no translation for \"" + code.toLatin1() + "\"")), other.err.constData());
        }
        // Plural forms come from the English catalog when the language has none (here the C locale).
        const QByteArray body = "{\"id\":\"evt_1\"}";
        const QByteArray signature = Xident::WebhookVerifier::signatureHeader(body, "whsec_cli", 1000);
        const Run stale = xident({u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s,
                                  u"--now=" + QString::number(1000 + 3 * 86400), u"--signature"_s, QString::fromLatin1(signature)},
                                 body);
        QCOMPARE(stale.code, 11);
        QVERIFY2(stale.err.contains("made 3 days before"), stale.err.constData());
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Xident::Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 100;
        o.resourceDelayMs = 50;
        m_sandbox = std::make_unique<Xident::Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("version") << QStringList{u"--version"_s} << 0;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
        QTest::newRow("unknown flag") << QStringList{u"init"_s, u"--nope"_s} << 2;
        QTest::newRow("init needs callback") << QStringList{u"init"_s} << 2;
        QTest::newRow("init bad min-age") << QStringList{u"init"_s, u"--callback-url=https://e.com"_s, u"--min-age=abc"_s} << 2;
        QTest::newRow("init local check") << QStringList{u"init"_s, u"--callback-url=/relative"_s} << 3;
        QTest::newRow("public key") << QStringList{u"init"_s, u"--callback-url=https://e.com"_s, u"--api-key=pk_test_1"_s} << 3;
        QTest::newRow("bad timeout") << QStringList{u"result"_s, u"xit_00000001"_s, u"--timeout=0"_s} << 2;
        QTest::newRow("bad retries") << QStringList{u"result"_s, u"xit_00000001"_s, u"--max-retries=-1"_s} << 2;
        QTest::newRow("result no token") << QStringList{u"result"_s} << 2;
        QTest::newRow("nan interval") << QStringList{u"result"_s, u"xit_00000001"_s, u"--wait"_s, u"--interval=nan"_s} << 2;
        QTest::newRow("inf interval") << QStringList{u"result"_s, u"xit_00000001"_s, u"--wait"_s, u"--interval=inf"_s} << 2;
        QTest::newRow("nan wait timeout") << QStringList{u"result"_s, u"xit_00000001"_s, u"--wait"_s, u"--wait-timeout=nan"_s} << 2;
        QTest::newRow("nan timeout") << QStringList{u"result"_s, u"xit_00000001"_s, u"--timeout=NaN"_s} << 2;
        QTest::newRow("huge wait timeout") << QStringList{u"result"_s, u"xit_00000001"_s, u"--wait"_s, u"--wait-timeout=1e300"_s} << 2;
        QTest::newRow("huge min age") << QStringList{u"init"_s, u"--callback-url=https://e.com"_s, u"--min-age=99999999999"_s} << 2;
        QTest::newRow("bad tolerance") << QStringList{u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--signature=t=1,v1=a"_s, u"--tolerance=-1"_s} << 2;
        QTest::newRow("two stdin readers") << QStringList{u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret-file=-"_s, u"--signature=t=1,v1=a"_s} << 2;
        QTest::newRow("key and key file") << QStringList{u"result"_s, u"xit_00000001"_s, u"--api-key=sk_test_x1"_s, u"--api-key-file=/nonexistent"_s} << 2;
        QTest::newRow("missing key file") << QStringList{u"result"_s, u"xit_00000001"_s, u"--api-key-file=/nonexistent/key"_s} << 2;
        QTest::newRow("bad token") << QStringList{u"result"_s, u".."_s} << 3;
        QTest::newRow("interval without wait") << QStringList{u"result"_s, u"xit_00000001"_s, u"--interval=1"_s} << 2;
        QTest::newRow("expect no state") << QStringList{u"result"_s, u"xit_00000001"_s, u"--expect=pending"_s} << 2;
        QTest::newRow("expect reason alone") << QStringList{u"result"_s, u"xit_00000001"_s, u"--expect-reason=x"_s} << 2;
        QTest::newRow("server validation") << QStringList{u"init"_s, u"--callback-url=https://e.com"_s, u"--theme=pink"_s} << 5;
        QTest::newRow("live key refused") << QStringList{u"result"_s, u"xit_00000001"_s, u"--api-key=sk_live_abcdefgh1234"_s} << 4;
        QTest::newRow("not found") << QStringList{u"result"_s, u"xit_missing0"_s} << 6;
        QTest::newRow("network") << QStringList{u"result"_s, u"xit_00000001"_s, u"--base-url=" + closedPortUrl(), u"--max-retries=0"_s} << 9;
        QTest::newRow("webhook no sub") << QStringList{u"webhook"_s} << 2;
        QTest::newRow("webhook missing file") << QStringList{u"webhook"_s, u"verify"_s, u"--payload=/nonexistent/x"_s, u"--signature=t=1,v1=a"_s, u"--secret=whsec_x"_s} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = xident(args);
        QVERIFY2(r.code == code, qPrintable(u"exit %1, stderr: %2"_s.arg(r.code).arg(QString::fromUtf8(r.err))));
        if (code == 2 || code == 3 || code == 4 || code == 6)
            QVERIFY(!r.err.isEmpty()); // every failure says why
    }

    void initAndWaitJson()
    {
        const Run init = xident({u"init"_s, u"--callback-url"_s, u"https://e.com/cb"_s, u"--min-age"_s, u"21"_s,
                                 u"--user-id"_s, u"sandbox:fail:age_below_threshold"_s, u"--locale"_s, u"fr"_s, u"--json"_s});
        QCOMPARE(init.code, 0);
        const QString token = init.json().value("token"_L1).toString();
        QVERIFY(token.startsWith("xit_"_L1));
        QVERIFY(init.json().value("request_id"_L1).toString().startsWith("req_"_L1));
        QCOMPARE(m_sandbox->session(token)->locale, u"fr"_s);
        QCOMPARE(m_sandbox->session(token)->minAge, std::optional<int>(21));

        const Run wait = xident({u"result"_s, token, u"--wait"_s, u"--interval"_s, u"0.05"_s, u"--json"_s});
        QCOMPARE(wait.code, 0);
        const QJsonObject j = wait.json();
        QCOMPARE(j.value("status"_L1).toString(), u"failed"_s);
        QCOMPARE(j.value("verified"_L1).toBool(true), false);
        QCOMPARE(j.value("reason"_L1).toString(), u"age_below_threshold"_s);
        QVERIFY(j.value("result"_L1).toObject().contains("checks"_L1));

        const Run legacy = xident({u"result"_s, token, u"--api-version"_s, u"2025-06-01"_s, u"--json"_s});
        QCOMPARE(legacy.code, 0);
        QCOMPARE(legacy.json().value("shape"_L1).toString(), u"legacy"_s);
        QCOMPARE(legacy.json().value("status"_L1).toString(), u"failed"_s);
        QVERIFY(legacy.json().value("result"_L1).toObject().contains("age_result"_L1));

        const Run human = xident({u"result"_s, token});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains("status"));
        QVERIFY(human.out.contains("age_below_threshold"));
    }

    void evidenceForATicket()
    {
        const Run init = xident({u"init"_s, u"--callback-url"_s, u"https://e.com/cb"_s, u"--user-id"_s,
                                 u"sandbox:fail:face_mismatch"_s, u"--json"_s});
        QCOMPARE(init.code, 0);
        const QString token = init.json().value("token"_L1).toString();
        const Run wait = xident({u"result"_s, token, u"--wait"_s, u"--interval"_s, u"0.05"_s, u"--json"_s});
        QCOMPARE(wait.code, 0);
        // The console's history of it: two status changes, a ticket and a note.
        Xident::Console::TrackedSession kept;
        kept.token = token;
        kept.profileId = u"p1"_s;
        kept.status = u"failed"_s;
        kept.resultJson = QJsonDocument(wait.json().value("result"_L1).toObject()).toJson(QJsonDocument::Compact);
        kept.ticket = u"ZD-48213"_s;
        kept.note = u"Customer says <b>it was her</b>."_s;
        const QDateTime t0 = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        const QList<Xident::Console::StatusChange> timeline{{token, t0, {}, u"pending"_s, u"req_a"_s},
                                                            {token, t0.addSecs(30), u"pending"_s, u"failed"_s, u"req_b"_s}};
        const QString history = path("history.sqlite");
        {
            Xident::Console::HistoryStore store;
            store.open(history);
            store.saveSession(kept);
            for (const auto &c : timeline)
                store.recordChange(c);
            store.flush();
        }
        const auto historyBytes = [&history] {
            QFile f(history);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = historyBytes();
        const QString out = path("evidence-de.html");
        const Run cli = xident({u"evidence"_s, token, u"--out"_s, out, u"--history"_s, history, u"--lang"_s, u"de"_s});
        QVERIFY2(cli.code == 0, cli.err.constData());
        QCOMPARE(historyBytes(), before);   // read, never written
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<h2 class=\"bad\">Nicht verifiziert</h2>"));
        QVERIFY(!bytes.contains(Key.toUtf8()) && !bytes.contains(Key.mid(4, 12).toUtf8()));
        QVERIFY(!bytes.contains("sandbox:fail:face_mismatch"));   // the user id only when asked for
        QString problem;
        const auto read = Xident::Text::readEvidence(bytes, &problem);
        QVERIFY2(read, qPrintable(problem));
        // What the console would write for the same session and history: the same parts, and the same bytes for the
        // same input.
        const Xident::Text::Evidence::Session console =
            Xident::Console::EvidenceCollector::sessionOf(kept, timeline, {u"de"_s, false, false, false});
        const Xident::Text::Evidence::Session &fromCli = read->sessions.first();
        QCOMPARE(fromCli.token, console.token);
        QCOMPARE(fromCli.otherTokens, console.otherTokens);
        QCOMPARE(fromCli.status, console.status);
        QCOMPARE(fromCli.reason, console.reason);
        QCOMPARE(fromCli.ticket, console.ticket);
        QCOMPARE(fromCli.note, console.note);
        QCOMPARE(fromCli.timeline.size(), 2);
        QCOMPARE(fromCli.timeline.at(1).requestId, u"req_b"_s);
        QCOMPARE(fromCli.checks.size(), console.checks.size());
        QCOMPARE(Xident::Text::evidenceHtml(*read), bytes);

        const Run withId = xident({u"evidence"_s, token, u"--out"_s, path("evidence-id.html"), u"--include-user-id"_s});
        QCOMPARE(withId.code, 0);
        QFile idFile(path("evidence-id.html"));
        QVERIFY(idFile.open(QIODevice::ReadOnly));
        QVERIFY(idFile.readAll().contains("sandbox:fail:face_mismatch"));
        // Sections it cannot fill say so; a session no one knows is an error, not an empty file.
        QCOMPARE(xident({u"evidence"_s, u"xit_missing00"_s, u"--out"_s, path("missing.html")}).code, 6);
        QVERIFY(!QFile::exists(path("missing.html")));
        QCOMPARE(xident({u"evidence"_s, token}).code, 2);
        QCOMPARE(xident({u"evidence"_s, token, u"--out"_s, path("x.html"), u"--history"_s, path("nope.sqlite")}).code, 2);
    }

    void resultExpect_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("apiVersion");
        for (const QString &version : {QString(), u"2025-06-01"_s}) {   // the current shape, then the legacy one
            const QString shape = version.isEmpty() ? u"v1"_s : u"legacy"_s;
            QTest::addRow("success, %s", qPrintable(shape)) << u"sandbox:pass"_s << u"success"_s << QString() << version;
            QTest::addRow("failed, %s", qPrintable(shape)) << u"sandbox:fail:dob_unreadable"_s << u"failed"_s
                                                            << u"dob_unreadable"_s << version;
            QTest::addRow("canceled, %s", qPrintable(shape)) << u"sandbox:cancel"_s << u"canceled"_s << QString() << version;
            QTest::addRow("expired, %s", qPrintable(shape)) << u"sandbox:expire"_s << u"expired"_s << QString() << version;
        }
    }

    // --expect says whether a session ended as a test expects: 0 when it did, 14 when it ended otherwise, whatever
    // the shape; a token no one knows stays 6.
    void resultExpect()
    {
        QFETCH(QString, userId);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(QString, apiVersion);
        const Run init = xident({u"init"_s, u"--callback-url"_s, u"https://e.com/cb"_s, u"--user-id"_s, userId, u"--json"_s});
        QCOMPARE(init.code, 0);
        const QString token = init.json().value("token"_L1).toString();
        QStringList common{u"result"_s, token, u"--interval"_s, u"0.05"_s};
        if (!apiVersion.isEmpty())
            common << u"--api-version"_s << apiVersion;
        const Run met = xident(common + QStringList{u"--expect"_s, state});
        QVERIFY2(met.code == 0, met.err.constData());
        QVERIFY2(met.err.contains(QByteArray("as expected: " + state.toUtf8())), met.err.constData());
        const QString other = state == "success"_L1 ? u"failed"_s : u"success"_s;
        const Run missed = xident(common + QStringList{u"--expect"_s, other});
        QCOMPARE(missed.code, 14);
        QVERIFY2(missed.err.contains(QByteArray("expected " + other.toUtf8() + ", but the session ended " + state.toUtf8())), missed.err.constData());
        if (!reason.isEmpty()) {
            QCOMPARE(xident(common + QStringList{u"--expect"_s, state, u"--expect-reason"_s, reason}).code, 0);
            const Run wrongReason = xident(common + QStringList{u"--expect"_s, state, u"--expect-reason"_s, u"face_mismatch"_s});
            QCOMPARE(wrongReason.code, 14);
            QVERIFY2(wrongReason.err.contains(QByteArray("expected failed (face_mismatch), but the session ended failed (" + reason.toUtf8() + ")")),
                     wrongReason.err.constData());
        }
        QCOMPARE(xident({u"result"_s, u"xit_nobodyknows01"_s, u"--expect"_s, state}).code, 6);
    }

    // Checks a JUnit report as CI servers would read it: against tests/data/junit.xsd with xmllint, then with
    // Debian's junitparser; returns "tests failures errors skipped" over every suite.
    QString readJunit(const QString &file)
    {
        QProcess lint;
        lint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, QStringLiteral(XIDENT_TEST_DATA_DIR "/junit.xsd"), file});
        if (!lint.waitForFinished(30000) || lint.exitCode() != 0)
            return u"invalid: "_s + QString::fromUtf8(lint.readAllStandardError());
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import sys\nfrom junitparser import JUnitXml\nx = JUnitXml.fromfile(sys.argv[1])\n"
                                                     "t = [0, 0, 0, 0]\nfor s in x:\n    for c in s:\n        t[0] += 1\n"
                                                     "        for r in c.result:\n            k = type(r).__name__\n"
                                                     "            t[{'Failure': 1, 'Error': 2, 'Skipped': 3}[k]] += 1\n"
                                                     "print(*t)\n"_s,
                                        file});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            return u"unreadable: "_s + QString::fromUtf8(python.readAllStandardError());
        return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    }

    // Both example files pass against sandboxes the command starts itself; the JUnit report validates and reads
    // back; the HTML report opens in a browser and asks for nothing.
    void scenariosExamplesPass()
    {
        const QString junit = path("examples.xml"), html = path("examples.html");
        const Run r = xident({u"scenarios"_s, u"run"_s, QStringLiteral(XIDENT_EXAMPLES_DIR "/smoke.yaml"),
                              QStringLiteral(XIDENT_EXAMPLES_DIR "/resilience.yaml"), u"--jobs"_s, u"8"_s, u"--junit"_s, junit,
                              u"--html"_s, html},
                             {}, false);
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QVERIFY2(r.err.contains("[46/46] "), r.err.constData());
        QVERIFY2(r.out.contains("46 passed, 0 failed, 0 errors, 0 skipped"), r.out.constData());
        QCOMPARE(readJunit(junit), u"46 0 0 0"_s);
        if (HeadlessBrowser::executable().isEmpty() && qEnvironmentVariableIsSet("XIDENT_ALLOW_NO_BROWSER"))
            QSKIP("chromium is not installed (tools/xident-dev setup installs it)");
        HeadlessBrowser browser;
        QVERIFY2(browser.start(), qPrintable(browser.errorString()));
        QVERIFY(browser.navigate(QUrl::fromLocalFile(html).toString()));
        QVERIFY(browser.waitFor(u"document.readyState === 'complete'"_s));
        QVERIFY(browser.evaluate(u"document.body.innerText.includes('46 scenarios: 46 passed')"_s)->toBool());
        QCOMPARE(browser.evaluate(u"document.scripts.length"_s)->toInt(), 0);
        QCOMPARE(browser.evaluate(u"document.querySelectorAll('details').length > 46"_s)->toBool(), true);
        QCOMPARE(browser.evaluate(u"performance.getEntriesByType('resource').length"_s)->toInt(), 0);
    }

    void scenariosSayWhatWentOtherwise()
    {
        const QString file = path("wrong.yaml"), junit = path("wrong.xml");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("suite: wrong\nscenarios:\n  - name: hoped for a pass\n    end: \"fail:face_mismatch\"\n    expect: {status: success}\n"
                "  - name: right\n    end: cancel\n");
        f.close();
        const QStringList run{u"scenarios"_s, u"run"_s, file, u"--junit"_s, junit};
        const Run r = xident(run, {}, false);
        QCOMPARE(r.code, 14);
        QVERIFY2(r.err.contains("status: expected success, observed failed"), r.err.constData());
        QVERIFY2(r.out.contains("1 passed, 1 failed"), r.out.constData());
        QCOMPARE(readJunit(junit), u"2 1 0 0"_s);
        QFile report(junit);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray xml = report.readAll();
        QVERIFY(xml.contains("message=\"status: expected success, observed failed\""));
        QVERIFY(xml.contains("request ids: req_"));
        QVERIFY(xml.contains(QByteArray("Re-run: xident scenarios run " + file.toUtf8() + " --scenario 'hoped for a pass'")));
        // That command runs just that one.
        const Run again = xident(run.mid(0, 3) + QStringList{u"--scenario"_s, u"hoped for a pass"_s}, {}, false);
        QCOMPARE(again.code, 14);
        QVERIFY2(again.err.contains("[1/1] failed"), again.err.constData());
        QCOMPARE(xident(run.mid(0, 3) + QStringList{u"--filter"_s, u"right"_s}, {}, false).code, 0);
    }

    void scenariosRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("says");
        const QByteArray good = "scenarios:\n  - {name: a, end: pass}\n";
        QTest::newRow("malformed") << QStringList{} << "scenarios:\n  - name: a\n    end: pass\n    expect: {statu: success}\n"_ba << 2
                                   << "bad.yaml:4:14: scenarios[0].expect.statu: unknown key"_ba;
        QTest::newRow("filter matches nothing") << QStringList{u"--filter"_s, u"zzz"_s} << good << 2 << "no scenario matches"_ba;
        QTest::newRow("receiver port alone") << QStringList{u"--receiver-port"_s, u"9100"_s} << good << 2 << "goes with --base-url"_ba;
        QTest::newRow("live key") << QStringList{u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--api-key"_s, u"sk_live_abcdefgh"_s}
                                  << good << 3 << "LIVE key"_ba;
        QTest::newRow("jobs") << QStringList{u"--jobs"_s, u"0"_s} << good << 2 << "--jobs"_ba;
        QTest::newRow("base url") << QStringList{u"--base-url"_s, u"ftp://x"_s} << good << 2 << "--base-url"_ba;
        QTest::newRow("secret missing") << QStringList{u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--receiver-port"_s, u"9100"_s}
                                        << good << 2 << "the server's secret"_ba;
        QTest::newRow("nothing listens") << QStringList{u"--base-url"_s, u"http://127.0.0.1:%1"_s.arg(closedLoopbackPort())}
                                         << good << 9 << "cannot be reached"_ba;
    }

    void scenariosRefuseBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QByteArray, says);
        QDir(m_dir.path()).mkpath(u"in"_s);
        const QString name = m_dir.filePath(u"in/bad.yaml"_s);
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
        f.close();
        const Run r = xident(QStringList{u"scenarios"_s, u"run"_s, name} + args, {}, false);
        QVERIFY2(r.code == code, QByteArray(QByteArray::number(r.code) + ' ' + r.err).constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(!r.err.contains("sk_live_abcdefgh"));
    }

    void waitTimeout()
    {
        const Run init = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--json"_s});
        const QString token = init.json().value("token"_L1).toString();
        const Run wait = xident({u"result"_s, token, u"--wait"_s, u"--interval=0.05"_s, u"--wait-timeout=0.3"_s});
        QCOMPARE(wait.code, 12);
    }

    void hmacUnavailableIsNotAForgery_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("unavailable");
        // OpenSSL with only its null provider: HMAC cannot be fetched (qca-ossl uses calls that ignore it).
        QTest::newRow("openssl failure") << u"OPENSSL_CONF"_s << path("null-provider.cnf")
                                         << (QByteArrayView(Xident::hmacBackend()) == QByteArrayView("openssl"));
        // QCA without its provider plugins: only the QCA backend depends on them.
        QTest::newRow("no qca provider") << u"QCA_NO_PLUGINS"_s << u"1"_s
                                         << (QByteArrayView(Xident::hmacBackend()) == QByteArrayView("qca"));
    }

    void hmacUnavailableIsNotAForgery()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, unavailable);
        QFile conf(path("null-provider.cnf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n"
                   "[provider_sect]\nnull = null_sect\n[null_sect]\nactivate = 1\n");
        conf.close();
        const QByteArray payload = R"({"id":"evt_1","type":"session.success","created":1000,"data":{}})";
        const QByteArray good = Xident::WebhookVerifier::signatureHeader(payload, "whsec_cli", 1000);
        QVERIFY(!good.isEmpty());
        const QList<QPair<QString, QString>> env{{variable, value}};
        const QStringList verify{u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s, u"--now=1000"_s, u"--signature"_s};
        // The header that an empty MAC would have matched, a well-formed wrong one, and the right one.
        for (const QByteArray &header : {QByteArray("t=1000,v1="), QByteArray("t=1000,v1=" + QByteArray(64, '0')), good}) {
            const Run r = xident(verify + QStringList{QString::fromLatin1(header)}, payload, true, env);
            if (header == "t=1000,v1=") {
                QCOMPARE(r.code, 11); // malformed before any MAC is computed
                QVERIFY(r.err.contains("64 hex"));
            } else if (unavailable) {
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains("HMAC-SHA256 is not available in this installation"), r.err.constData());
            } else {
                QCOMPARE(r.code, header == good ? 0 : 11);
            }
        }
        const Run json = xident(verify + QStringList{QString::fromLatin1(good), u"--json"_s}, payload, true, env);
        QCOMPARE(json.code, unavailable ? 1 : 0);
        QCOMPARE(json.json().value("verdict"_L1).toString(), unavailable ? u"signature_unavailable"_s : u"valid"_s);
        const Run sign = xident({u"webhook"_s, u"sign"_s, u"--payload=-"_s, u"--secret=whsec_cli"_s}, payload, true, env);
        QCOMPARE(sign.code, unavailable ? 1 : 0);
        QCOMPARE(sign.out.isEmpty(), unavailable);
        const Run version = xident({u"--version"_s}, {}, true, env);
        QCOMPARE(version.out.contains("UNAVAILABLE"), unavailable);
        QVERIFY(version.out.contains(QByteArray(QByteArray("HMAC-SHA256: ") + Xident::hmacBackend())));
    }

    void secretsFromFilesAndStandardInput()
    {
        QFile keyFile(path("key.txt"));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(Key.toUtf8() + "\n");
        keyFile.close();
        const Run fromFile = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--api-key-file"_s, keyFile.fileName(), u"--json"_s},
                                    {}, false, {{u"XIDENT_BASE_URL"_s, m_sandbox->baseUrl()}});
        QCOMPARE(fromFile.code, 0);
        const Run fromStdin = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--api-key-file=-"_s, u"--json"_s},
                                     Key.toUtf8() + "\n", false, {{u"XIDENT_BASE_URL"_s, m_sandbox->baseUrl()}});
        QCOMPARE(fromStdin.code, 0);
        QVERIFY(fromStdin.json().value("token"_L1).toString().startsWith("xit_"_L1));

        const QByteArray payload = R"({"id":"evt_1","type":"t","created":5,"data":{}})";
        QFile payloadFile(path("p.json"));
        QVERIFY(payloadFile.open(QIODevice::WriteOnly));
        payloadFile.write(payload);
        payloadFile.close();
        const QByteArray header = Xident::WebhookVerifier::signatureHeader(payload, "whsec_file", 5);
        const Run verify = xident({u"webhook"_s, u"verify"_s, u"--payload"_s, payloadFile.fileName(), u"--secret-file=-"_s,
                                   u"--now=5"_s, u"--signature"_s, QString::fromLatin1(header)}, "whsec_file\n");
        QCOMPARE(verify.code, 0);
        const Run help = xident({u"result"_s, u"--help"_s});
        QVERIFY(help.out.contains("--api-key-file"));
        QVERIFY(help.out.contains("process list"));
    }

    void unboundedInputIsCapped()
    {
        const Run zero = xident({u"webhook"_s, u"verify"_s, u"--payload"_s, u"/dev/zero"_s, u"--secret=whsec_x"_s,
                                 u"--signature=t=1,v1=aa"_s});
        QCOMPARE(zero.code, 2);
        QVERIFY(zero.err.contains("larger than"));
        const Run both = xident({u"webhook"_s, u"verify"_s, u"--payload=/dev/stdin"_s, u"--secret-file=-"_s,
                                 u"--signature=t=1,v1=aa"_s}, "x");
        QCOMPARE(both.code, 2);
    }

    void successfulAnswersNeverPrintTheKey()
    {
        // A server may echo the key anywhere in a result: here as the user id. xident() fails on any trace of it.
        const Run init = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--user-id"_s, Key, u"--json"_s});
        QCOMPARE(init.code, 0);
        const QString token = init.json().value("token"_L1).toString();
        QCOMPARE(xident({u"result"_s, token}).code, 0);
        QCOMPARE(xident({u"result"_s, token, u"--json"_s}).code, 0);
    }

    void blacklistCommands()
    {
        QFile image(path("face.jpg"));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write("a face that is blacklisted");
        image.close();
        const Run added = xident({u"blacklist"_s, u"add-image"_s, u"--image"_s, image.fileName(), u"--reason=fraud"_s, u"--json"_s});
        QCOMPARE(added.code, 0);
        QCOMPARE(added.json().value("status"_L1).toString(), u"processing"_s);
        QJsonArray entries;
        QVERIFY(QTest::qWaitFor([&] {
            entries = xident({u"blacklist"_s, u"list"_s, u"--json"_s}).json().value("entries"_L1).toArray();
            return !entries.isEmpty();
        }, 5000));
        const qint64 id = entries.last().toObject().value("id"_L1).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(xident({u"blacklist"_s, u"remove"_s, QString::number(id)}).code, 0);
        QCOMPARE(xident({u"blacklist"_s, u"remove"_s, QString::number(id)}).code, 6);
        QCOMPARE(xident({u"blacklist"_s, u"remove"_s, u"bl_1"_s}).code, 2);
        QCOMPARE(xident({u"blacklist"_s, u"list"_s, u"--per-page=101"_s}).code, 2);
        QCOMPARE(xident({u"blacklist"_s, u"add-session"_s, u"xtk_nosuchsession1"_s, u"--reason=x"_s}).code, 6);
        QCOMPARE(xident({u"blacklist"_s, u"add-session"_s, u"../x"_s, u"--reason=x"_s}).code, 3);
        QCOMPARE(xident({u"blacklist"_s, u"add-image"_s, u"--image=/nonexistent"_s, u"--reason=x"_s}).code, 2);
        QCOMPARE(xident({u"blacklist"_s, u"frobnicate"_s}).code, 2);
    }

    void face2faCommands()
    {
        QFile face(path("alice.jpg")), other(path("mallory.jpg"));
        QVERIFY(face.open(QIODevice::WriteOnly) && other.open(QIODevice::WriteOnly));
        face.write("alice");
        other.write("mallory");
        face.close();
        other.close();
        const QStringList fast{u"--wait"_s, u"--interval=0.05"_s};
        QCOMPARE(xident(QStringList{u"2fa"_s, u"register"_s, u"--user-id=alice"_s, u"--image"_s, face.fileName()} + fast).code, 0);
        const Run passed = xident(QStringList{u"2fa"_s, u"verify"_s, u"--user-id=alice"_s, u"--image"_s, face.fileName(), u"--json"_s} + fast);
        QCOMPARE(passed.code, 0);
        QCOMPARE(passed.json().value("challenge"_L1).toObject().value("passed"_L1).toBool(), true);
        // A negative verdict has an exit code of its own.
        const Run failed = xident(QStringList{u"2fa"_s, u"verify"_s, u"--user-id=alice"_s, u"--image"_s, other.fileName()} + fast);
        QCOMPARE(failed.code, 13);
        QVERIFY(failed.out.contains("face_mismatch"));
        // Without --wait: the challenge id, then its status on demand.
        const Run started = xident({u"2fa"_s, u"verify"_s, u"--user-id=alice"_s, u"--image=-"_s, u"--json"_s}, "alice");
        QCOMPARE(started.code, 0);
        const QString challenge = started.json().value("challenge_id"_L1).toString();
        QVERIFY(!challenge.isEmpty());
        QCOMPARE(xident(QStringList{u"2fa"_s, u"status"_s, challenge} + fast).code, 0);
        QVERIFY(xident({u"2fa"_s, u"user"_s, u"alice"_s}).out.contains("enrolled:    yes"));   // aligned with "enrolled at:"
        QCOMPARE(xident({u"2fa"_s, u"delete"_s, u"alice"_s}).code, 0);
        QCOMPARE(xident({u"2fa"_s, u"delete"_s, u"alice"_s}).code, 0); // idempotent
        QVERIFY(xident({u"2fa"_s, u"user"_s, u"alice"_s}).out.startsWith("enrolled:   no\n"));
        QCOMPARE(xident({u"2fa"_s, u"register"_s, u"--user-id=alice"_s}).code, 2);
        QCOMPARE(xident({u"2fa"_s, u"status"_s, u"../../x"_s}).code, 3);
        QCOMPARE(xident({u"2fa"_s, u"user"_s, u"alice"_s, u"--wait"_s}).code, 2);
        QCOMPARE(xident({u"2fa"_s, u"status"_s, challenge, u"--interval=nan"_s, u"--wait"_s}).code, 2);
    }

    void waitReportsRequestIds()
    {
        const Run init = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--user-id=sandbox:pass"_s, u"--json"_s});
        const QString token = init.json().value("token"_L1).toString();
        const Run done = xident({u"result"_s, token, u"--wait"_s, u"--interval=0.05"_s, u"--json"_s});
        QCOMPARE(done.code, 0);
        QVERIFY2(done.json().value("request_id"_L1).toString().startsWith("req_"_L1), done.out.constData());
        const Run init2 = xident({u"init"_s, u"--callback-url=https://e.com"_s, u"--json"_s});
        const QString pending = init2.json().value("token"_L1).toString();
        const Run timedOut = xident({u"result"_s, pending, u"--wait"_s, u"--interval=0.05"_s, u"--wait-timeout=0.3"_s, u"--json"_s});
        QCOMPARE(timedOut.code, 12);
        const QString requestId = timedOut.json().value("request_id"_L1).toString();
        QVERIFY2(requestId.startsWith("req_"_L1), timedOut.out.constData());
        QVERIFY(requestId != pending);
    }

    void liveKeyIsMarked()
    {
        const Run r = xident({u"result"_s, u"xit_00000001"_s, u"--api-key=sk_live_abcdefgh12345678"_s, u"--json"_s});
        QCOMPARE(r.code, 4); // the sandbox refuses live keys
        QVERIFY(r.err.contains("LIVE key (sk_live_"));
        QVERIFY(!r.err.contains("abcdefgh1234"));
        QVERIFY(!r.out.contains("abcdefgh1234"));
        QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), u"LIVE_KEY_REFUSED"_s);
    }

    void errorJson()
    {
        const Run r = xident({u"result"_s, u"xit_missing0"_s, u"--json"_s});
        QCOMPARE(r.code, 6);
        const QJsonObject e = r.json().value("error"_L1).toObject();
        QCOMPARE(e.value("kind"_L1).toString(), u"not_found"_s);
        QCOMPARE(e.value("http_status"_L1).toInt(), 404);
        QCOMPARE(e.value("code"_L1).toString(), u"TOKEN_NOT_FOUND"_s);
        QVERIFY(e.value("request_id"_L1).toString().startsWith("req_"_L1));
    }

    void webhookSignAndVerifyByteForByte()
    {
        // A trailing newline is part of the payload: it must be signed and checked as is.
        const QByteArray payload = "{\"id\":\"evt_1\",\"type\":\"session.success\",\"created\":1,\"data\":{}}\n";
        QFile f(path("payload.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(payload);
        f.close();
        const Run sign = xident({u"webhook"_s, u"sign"_s, u"--payload"_s, f.fileName(), u"--secret=whsec_cli"_s, u"--timestamp=1000"_s});
        QCOMPARE(sign.code, 0);
        const QByteArray header = sign.out.trimmed();
        QCOMPARE(header, Xident::WebhookVerifier::signatureHeader(payload, "whsec_cli", 1000));
        QVERIFY(!sign.out.contains("whsec_cli"));

        Run ok = xident({u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--signature"_s, QString::fromLatin1(header),
                         u"--secret=whsec_cli"_s, u"--now=1100"_s, u"--json"_s}, payload);
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.json().value("verdict"_L1).toString(), u"valid"_s);
        QCOMPARE(ok.json().value("event"_L1).toObject().value("type"_L1).toString(), u"session.success"_s);

        Run stripped = xident({u"webhook"_s, u"verify"_s, u"--payload=-"_s, u"--signature"_s, QString::fromLatin1(header),
                               u"--secret=whsec_cli"_s, u"--now=1100"_s, u"--json"_s}, payload.trimmed());
        QCOMPARE(stripped.code, 11);
        QCOMPARE(stripped.json().value("verdict"_L1).toString(), u"signature_mismatch"_s);

        Run stale = xident({u"webhook"_s, u"verify"_s, u"--payload"_s, f.fileName(), u"--signature"_s, QString::fromLatin1(header),
                            u"--secret=whsec_cli"_s, u"--now=5000"_s});
        QCOMPARE(stale.code, 11);
        QVERIFY2(stale.err.contains("invalid: Timestamp too old. The signature is right, but it was made 1 h 6 min before"),
                 stale.err.constData());

        Run noSecret = xident({u"webhook"_s, u"verify"_s, u"--payload"_s, f.fileName(), u"--signature"_s, QString::fromLatin1(header)});
        QCOMPARE(noSecret.code, 11);
        QVERIFY(noSecret.err.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
