// The webhook validator pane: the verdict of every vector in webhook-vectors.json, forensics naming each common
// accident, bytes kept exactly (typed text with the chosen line endings, files byte for byte, a bounded view for
// large or odd bodies), the expected signature only on request, a 5 MB payload judged off the GUI thread, and
// the signer sending to a real receiver.
#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>
#include "console/application.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/profile.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sessiontracker.h"
#include "console/core/webhookcheck.h"
#include "console/core/workspace.h"
#include "console/webhooks/webhookvalidatorpane.h"
#include "http/httpserver.h"
#include "text/webhooktext.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QTextCursor>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

QJsonObject vectors()
{
    // The library's vectors, shared with the library's own tests.
    QFile f(QStringLiteral(XIDENT_TEST_DATA_DIR "/webhook-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A body with what the accidents act on: line breaks, slashes, non-ASCII text, nested objects, key order.
const QByteArray Pretty = "{\n  \"id\": \"evt_01\",\n  \"type\": \"session.success\",\n  \"created\": 1767225600,\n"
                          "  \"data\": {\n    \"token\": \"xtk_fixture01\",\n    \"status\": \"success\",\n"
                          "    \"callback\": \"https://shop.example/done\",\n    \"name\": \"Zo\xC3\xAB\"\n  }\n}";
const QByteArray Secret = "whsec_validator_test_secret";
constexpr qint64 SignedAt = 1767225600;

QByteArray sign(const QByteArray &payload, const QByteArray &secret = Secret)
{
    return WebhookVerifier::signatureHeader(payload, secret, SignedAt);
}

} // namespace

class tst_WebhookValidator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WebhookValidatorPane> m_pane;

    //! Starts a check at once and waits for its result on screen.
    const WebhookCheckResult &judge()
    {
        QSignalSpy checked(m_pane.get(), &WebhookValidatorPane::checked);
        m_pane->checkNow();
        if (!checked.wait(20000))
            qWarning("no verdict in time");
        return m_pane->lastResult();
    }

    void setUp(const QByteArray &payload, const QByteArray &header, const QByteArray &secret)
    {
        m_pane->setPayloadBytes(payload);
        m_pane->setHeaderText(QString::fromLatin1(header));
        m_pane->setTypedSecret(QString::fromUtf8(secret));
        m_pane->setTolerance(300);
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt + 30));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
        installTranslations(u"en"_s);   // English plural forms, as the console shows them
        m_settings = std::make_unique<QSettings>(m_dir.path() + u"/c.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = m_settings.get();
        o.dataDir = m_dir.path();
        o.embeddedSandbox = false;
        o.webhookInbox = false;
        m_workspace = std::make_unique<Workspace>(o);
        m_workspace->start();
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->tracker()->isReady(); }, 5000));
        m_pane = std::make_unique<WebhookValidatorPane>(m_workspace->profileStore(), m_workspace->tracker());
        m_pane->resize(1200, 800);
        m_pane->show();
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_workspace.reset();
    }

    void everyVector_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expect");
        const QJsonObject v = vectors();
        QVERIFY(!v.value("cases"_L1).toArray().isEmpty());
        for (const QJsonValue &c : v.value("cases"_L1).toArray()) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(o.value("name"_L1).toString()))
                << o.value("payload"_L1).toString().toUtf8() << o.value("header"_L1).toString().toUtf8()
                << o.value("expect"_L1).toString();
        }
    }

    void everyVector()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, header);
        QFETCH(QString, expect);
        const QJsonObject v = vectors();
        m_pane->setPayloadBytes(payload);
        m_pane->setHeaderText(QString::fromLatin1(header));
        m_pane->setTypedSecret(v.value("secret"_L1).toString());
        m_pane->setTolerance(v.value("tolerance"_L1).toInt());
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(v.value("now"_L1).toInteger()));
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), expect);
        QCOMPARE(m_pane->payload(), payload);
        // The verdict on screen is the one computed.
        const QString title = m_pane->findChild<QLabel *>(u"verdictTitle"_s)->text();
        QCOMPARE(title, Text::WebhookText::title(r.verdict));
        if (QByteArray(QTest::currentDataTag()) == "rotation_two_v1") {
            QCOMPARE(r.verdict.signatureCount, 2);
            QVERIFY(m_pane->findChild<QLabel *>(u"verdictDetail"_s)->text().contains(u"#%1 of 2"_s.arg(r.verdict.matchedSignature + 1)));
        }
    }

    void headerLineAccepted()
    {
        setUp(Pretty, "X-Xident-Signature: " + sign(Pretty), Secret);
        QVERIFY(judge().verdict.isValid());
        setUp(Pretty, "  x-xident-signature:" + sign(Pretty) + "  ", Secret);
        QVERIFY(judge().verdict.isValid());
        setUp(Pretty, "X-Xident-Signature: t=abc,v1=zz", Secret);
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), u"malformed_header"_s);
        QVERIFY(!r.verdict.malformedPart.isEmpty());
        QCOMPARE(m_pane->findChild<QLabel *>(u"verdictDetail"_s)->text(),
                 u"The header is malformed (%1): it should read t=<unix seconds>,v1=<64 hex digits>."_s.arg(r.verdict.malformedPart));
    }

    void timestampAgainstEvaluationTime()
    {
        setUp(Pretty, sign(Pretty), Secret);
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt + 3 * 3600 + 12 * 60));
        const WebhookCheckResult &old = judge();
        QCOMPARE(old.verdict.code(), u"timestamp_outside_tolerance"_s);
        QVERIFY2(m_pane->findChild<QLabel *>(u"verdictDetail"_s)->text().contains(u"3 h 12 min"_s),
                 qPrintable(m_pane->findChild<QLabel *>(u"verdictDetail"_s)->text()));
        // Whole hours and whole days are said without "0 min" or "0 h".
        for (const auto &[offset, said] : {std::pair{3 * 3600, "3 h"_L1}, std::pair{3 * 86400 + 40, "3 days"_L1},
                                          std::pair{3 * 86400 + 2 * 3600, "3 days 2 h"_L1}}) {
            m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt + offset));
            QCOMPARE(judge().verdict.code(), u"timestamp_outside_tolerance"_s);
            const QString detail = m_pane->findChild<QLabel *>(u"verdictDetail"_s)->text();
            QVERIFY2(detail.contains(said), qPrintable(detail));
            QVERIFY2(!detail.contains(u" 0 h"_s) && !detail.contains(u" 0 min"_s), qPrintable(detail));
        }
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt - 600));
        QCOMPARE(judge().verdict.code(), u"timestamp_outside_tolerance"_s);
        QCOMPARE(m_pane->findChild<QLabel *>(u"verdictTitle"_s)->text(), u"Timestamp in the future"_s);
        m_pane->setTolerance(0);   // off
        QVERIFY(judge().verdict.isValid());
        // Now: a 2026 signature is long stale.
        m_pane->setTolerance(300);
        m_pane->setEvaluateAt(std::nullopt);
        QCOMPARE(judge().verdict.code(), u"timestamp_outside_tolerance"_s);
    }

    void nowFollowsTheClock()
    {
        // Signed now with a 2 s tolerance: valid, then too old without any input.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_pane->setPayloadBytes(Pretty);
        m_pane->setHeaderText(QString::fromLatin1(WebhookVerifier::signatureHeader(Pretty, Secret, now)));
        m_pane->setTypedSecret(QString::fromUtf8(Secret));
        m_pane->setTolerance(2);
        m_pane->setEvaluateAt(std::nullopt);
        QVERIFY(judge().verdict.isValid());
        QSignalSpy checked(m_pane.get(), &WebhookValidatorPane::checked);
        QVERIFY(checked.wait(6000));
        QCOMPARE(m_pane->lastResult().verdict.code(), u"timestamp_outside_tolerance"_s);
        m_pane->setTolerance(300);
    }

    void forensicsNameEachAccident_data()
    {
        QTest::addColumn<QByteArray>("signedBytes");
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QByteArray>("givenSecret");
        QTest::addColumn<QString>("code");
        const QByteArray minified = WebhookForensics::minifyJson(Pretty);
        QByteArray crlf = Pretty;
        crlf.replace("\n", "\r\n");
        QByteArray escapedSlashes = minified;
        escapedSlashes.replace("https://shop.example/done", "https:\\/\\/shop.example\\/done");
        QByteArray escapedUnicode = minified;
        escapedUnicode.replace("Zo\xC3\xAB", "Zo\\u00eb");
        QByteArray quoted = minified;
        quoted.replace("\\", "\\\\").replace("\"", "\\\"");
        quoted = "\"" + quoted + "\"";
        QTest::newRow("crlf") << Pretty << crlf << Secret << u"crlf_line_endings"_s;
        QTest::newRow("lf") << crlf << Pretty << Secret << u"lf_line_endings"_s;
        QTest::newRow("newline added") << Pretty << Pretty + "\n" << Secret << u"extra_trailing_newline"_s;
        QTest::newRow("newline removed") << Pretty + "\n" << Pretty << Secret << u"missing_trailing_newline"_s;
        QTest::newRow("bom added") << Pretty << "\xEF\xBB\xBF" + Pretty << Secret << u"bom_added"_s;
        QTest::newRow("bom removed") << "\xEF\xBB\xBF" + Pretty << Pretty << Secret << u"bom_missing"_s;
        QTest::newRow("pretty-printed") << minified << Pretty << Secret << u"pretty_printed"_s;
        QTest::newRow("minified") << Pretty << minified << Secret << u"minified"_s;
        QTest::newRow("slashes escaped") << minified << escapedSlashes << Secret << u"slashes_escaped"_s;
        QTest::newRow("slashes unescaped") << escapedSlashes << minified << Secret << u"slashes_unescaped"_s;
        QTest::newRow("unicode escaped") << minified << escapedUnicode << Secret << u"unicode_escaped"_s;
        QTest::newRow("unicode unescaped") << escapedUnicode << minified << Secret << u"unicode_unescaped"_s;
        QTest::newRow("surrounding white space") << minified << "  " + minified + "\t " << Secret << u"surrounding_whitespace"_s;
        QTest::newRow("log line, double quotes") << minified << quoted << Secret << u"log_line_quotes"_s;
        QTest::newRow("log line, single quotes") << minified << "'" + minified + "'" << Secret << u"log_line_quotes"_s;
        QTest::newRow("secret with white space") << Pretty << Pretty << QByteArray(" " + Secret + "\n") << u"secret_whitespace"_s;
        QTest::newRow("secret without prefix") << Pretty << Pretty << Secret.mid(6) << u"secret_prefix_missing"_s;
        // Signed with the bare secret; the one given has the prefix.
        QTest::newRow("secret with an extra prefix") << Pretty << Pretty << QByteArray("whsec_" + Secret) << u"secret_prefix_extra"_s;
    }

    void forensicsNameEachAccident()
    {
        QFETCH(QByteArray, signedBytes);
        QFETCH(QByteArray, given);
        QFETCH(QByteArray, givenSecret);
        QFETCH(QString, code);
        setUp(given, sign(signedBytes), givenSecret);
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), u"signature_mismatch"_s);
        QVERIFY(!r.findings.isEmpty());
        QStringList codes;
        for (const ForensicFinding &f : r.findings)
            codes << f.code();
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));
        // Shown, and one click away from the bytes that verify.
        auto *list = m_pane->findChild<QListWidget *>(u"findings"_s);
        QCOMPARE(list->count(), r.findings.size());
        QCOMPARE(list->item(0)->text(), r.findings.at(0).explanation());
        QVERIFY(!list->item(0)->text().isEmpty());
        const int row = int(codes.indexOf(code));
        list->setCurrentRow(row);
        // One click away from what verifies: the bytes, or the secret that signed them.
        m_pane->findChild<QPushButton *>(u"useFinding"_s)->click();
        QCOMPARE(m_pane->payload(), signedBytes);
        QVERIFY(judge().verdict.isValid());
    }

    void twoAccidentsAtOnceAndReserialisedBodies()
    {
        // CRLF and a BOM together: no single change explains it, the pair does, and one click gives what verifies.
        const QByteArray given = "\xEF\xBB\xBF" + QByteArray(Pretty).replace("\n", "\r\n");
        setUp(given, sign(Pretty), Secret);
        WebhookCheckResult r = judge();
        QCOMPARE(r.firstChanges.size(), r.findings.size());
        QVERIFY(!r.findings.isEmpty());
        auto *list = m_pane->findChild<QListWidget *>(u"findings"_s);
        QVERIFY2(list->item(0)->text().contains(r.firstChanges.at(0).explanation()), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(r.findings.at(0).explanation()));
        list->setCurrentRow(0);
        m_pane->findChild<QPushButton *>(u"useFinding"_s)->click();
        QCOMPARE(m_pane->payload(), Pretty);
        QVERIFY(judge().verdict.isValid());

        // A body a framework parsed and wrote again with sorted keys: said as such.
        const QByteArray sorted = R"({"created":1767225600,"data":{"status":"success","token":"xtk_sorted01"},"id":"evt_s","type":"session.success"})";
        setUp(sorted, sign(R"({"id":"evt_s","type":"session.success","created":1767225600,"data":{"token":"xtk_sorted01","status":"success"}})"), Secret);
        r = judge();
        QVERIFY(r.findings.isEmpty());
        QVERIFY(r.reserialised);
        QVERIFY(m_pane->findChild<QLabel *>(u"forensicsLabel"_s)->text().contains("re-serialised"_L1));
    }

    void aCheckNoLongerWantedSkipsItsForensics()
    {
        WebhookCheckInput input;
        input.generation = 7;
        input.payload = Pretty + "\n";
        input.header = sign(Pretty);
        input.secret = Secret;
        input.evaluateAt = SignedAt;
        auto wanted = std::make_shared<std::atomic<quint64>>(7);
        input.wanted = wanted;
        QCOMPARE(WebhookCheck::run(input).findings.size(), 1);
        wanted->store(8);   // a newer input came while this one was judged
        const WebhookCheckResult stale = WebhookCheck::run(input);
        QCOMPARE(stale.verdict.reason, WebhookVerdict::Reason::SignatureMismatch);
        QVERIFY(stale.findings.isEmpty());
    }

    void tabLeavesTheEvaluationTimeAtOnce()
    {
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->activateWindow();
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt));
        auto *edit = m_pane->findChild<QDateTimeEdit *>(u"evaluateAt"_s);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY2(!edit->hasFocus(), qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s));
        QWidget *next = QApplication::focusWidget();
        QTest::keyClick(next, Qt::Key_Backtab);
        QVERIFY(edit->hasFocus());
    }

    void pastedPayloadsKeepTheirBytes()
    {
        // A whole payload pasted with CRLF line endings is the bytes it is: the editor would make it LF.
        QByteArray crlf = Pretty;
        crlf.replace("\n", "\r\n");
        auto *editor = m_pane->findChild<QPlainTextEdit *>(u"payloadEdit"_s);
        const auto paste = [&](const QByteArray &bytes) {
            QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
            QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(bytes));
            editor->setFocus();
            editor->selectAll();
            QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        };
        setUp({}, sign(crlf), Secret);
        m_pane->setPayloadBytes("{\"before\":1}");
        m_pane->setLineEnding(WebhookValidatorPane::LineEnding::LF);
        paste(crlf);
        QCOMPARE(m_pane->payload(), crlf);
        QCOMPARE(m_pane->lineEnding(), WebhookValidatorPane::LineEnding::CRLF);
        QVERIFY(m_pane->isEditable());
        QVERIFY(judge().verdict.isValid());
        // An edit like any other: Ctrl+Z brings back what was there.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(editor->toPlainText().contains(u"before"_s), qPrintable(editor->toPlainText()));
        paste(crlf);
        // The CRLF copy of a payload signed with LF: a mismatch, and the forensics say why.
        m_pane->setHeaderText(QString::fromLatin1(sign(Pretty)));
        paste(crlf);
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), u"signature_mismatch"_s);
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.at(0).payload, Pretty);
        // A few words pasted into the middle are edited text, in the chosen line endings.
        m_pane->setPayloadBytes("{\"a\":1}");
        QCOMPARE(m_pane->lineEnding(), WebhookValidatorPane::LineEnding::LF);
        QGuiApplication::clipboard()->setText(u"\"x\":\r\n2,"_s);
        editor->setFocus();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(1);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_pane->payload(), QByteArray("{\"x\":\n2,\"a\":1}"));
        // Megabytes pasted go to the bounded view, not into the editor, with the text around the cursor kept.
        QByteArray big(600 * 1024, 'x');
        m_pane->setPayloadBytes("{\"data\":\"\"}");
        cursor = editor->textCursor();
        cursor.setPosition(9);
        editor->setTextCursor(cursor);
        QGuiApplication::clipboard()->setText(QString::fromLatin1(big));
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_pane->payload(), "{\"data\":\"" + big + "\"}");
        QVERIFY(!m_pane->isEditable());
        QVERIFY(editor->toPlainText().size() < 1024);
        // Counted in bytes: 100,000 euro signs are 300,000 bytes, past what the editor takes.
        m_pane->setPayloadBytes({});
        paste(QString(100000, QChar(0x20AC)).toUtf8());
        QCOMPARE(m_pane->payload().size(), 300000);
        QVERIFY(!m_pane->isEditable());
    }

    void typedTextUsesTheChosenLineEndings()
    {
        m_pane->setPayloadBytes({});
        m_pane->setLineEnding(WebhookValidatorPane::LineEnding::LF);
        auto *editor = m_pane->findChild<QPlainTextEdit *>(u"payloadEdit"_s);
        QVERIFY(m_pane->isEditable());
        editor->setFocus();
        QTest::keyClicks(editor, u"{\"a\":1,"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"\"b\":\"\u00a0x\"}"_s);   // a non-breaking space stays one
        QCOMPARE(m_pane->payload(), QByteArray("{\"a\":1,\n\"b\":\"\xC2\xA0x\"}"));
        m_pane->setLineEnding(WebhookValidatorPane::LineEnding::CRLF);
        QCOMPARE(m_pane->payload(), QByteArray("{\"a\":1,\r\n\"b\":\"\xC2\xA0x\"}"));
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.info.lineEndings, PayloadInfo::LineEndings::CRLF);
        QVERIFY(m_pane->findChild<QLabel *>(u"payloadInfo"_s)->text().contains(u"CRLF"_s));
        m_pane->setLineEnding(WebhookValidatorPane::LineEnding::LF);
    }

    void filesAreTakenByteForByte()
    {
        // Mixed line endings and invalid UTF-8: an editor would change them, so a read-only view shows them.
        const QByteArray odd = "{\"a\":\"x\r\ny\nz\xff\"}\r";
        QTemporaryDir dir;
        QFile file(dir.path() + u"/odd.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(odd);
        file.close();
        QCOMPARE(m_pane->loadFile(file.fileName()), QString());
        QCOMPARE(m_pane->payload(), odd);
        QVERIFY(!m_pane->isEditable());
        QVERIFY(m_pane->findChild<QPushButton *>(u"editAsText"_s)->isVisible());
        const QString notice = m_pane->findChild<QLabel *>(u"boundedNotice"_s)->text();
        QVERIFY2(notice.contains(u"not valid UTF-8"_s) && notice.contains(u"mixed line endings"_s), qPrintable(notice));
        m_pane->setHeaderText(QString::fromLatin1(sign(odd)));
        m_pane->setTypedSecret(QString::fromUtf8(Secret));
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt));
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), u"valid_signature_invalid_json"_s);
        QVERIFY(!r.info.validUtf8);
        QCOMPARE(r.info.lineEndings, PayloadInfo::LineEndings::Mixed);
        QVERIFY(r.info.endsWithNewline);

        // A plain CRLF file is editable and stays exact.
        const QByteArray crlf = "{\r\n  \"a\": 1\r\n}\r\n";
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(crlf);
        file.close();
        QCOMPARE(m_pane->loadFile(file.fileName()), QString());
        QVERIFY(m_pane->isEditable());
        QCOMPARE(m_pane->payload(), crlf);
        QCOMPARE(m_pane->lineEnding(), WebhookValidatorPane::LineEnding::CRLF);

        // Files that cannot be used are refused with a reason.
        QVERIFY(m_pane->loadFile(dir.path() + u"/missing.json"_s).contains(u"cannot be read"_s));
        QVERIFY(m_pane->loadFile(dir.path()).contains(u"folder"_s));
        QCOMPARE(m_pane->payload(), crlf);
    }

    void expectedSignatureOnlyWhenRevealed()
    {
        setUp(Pretty + "x", sign(Pretty), Secret);
        const WebhookCheckResult &r = judge();
        QCOMPARE(r.verdict.code(), u"signature_mismatch"_s);
        auto *expected = m_pane->findChild<QLineEdit *>(u"expectedHeader"_s);
        auto *show = m_pane->findChild<QPushButton *>(u"showExpected"_s);
        QVERIFY(!show->isChecked());
        QCOMPARE(expected->text(), QString());
        QVERIFY(!expected->isVisible());
        show->click();
        QVERIFY(expected->isVisible());
        QCOMPARE(expected->text().toLatin1(), sign(Pretty + "x"));
        show->click();
        QCOMPARE(expected->text(), QString());
        // The secret itself is masked until revealed.
        auto *secret = m_pane->findChild<QLineEdit *>(u"secretEdit"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void profileSecretByDefault()
    {
        Profile p;
        p.id = Profile::newId();
        p.name = u"Staging"_s;
        p.baseUrl = u"http://127.0.0.1:1"_s;
        p.apiKey = u"sk_test_validator_profile_0001"_s;
        p.webhookSecret = QString::fromLatin1(Secret);
        m_workspace->profileService()->save(p);
        m_workspace->profileStore()->setCurrent(p.id);
        m_pane->useProfileSecret({});   // follow the current profile
        auto *source = m_pane->findChild<QComboBox *>(u"secretSource"_s);
        QCOMPARE(source->currentData().toString(), p.id);
        m_pane->setPayloadBytes(Pretty);
        m_pane->setHeaderText(QString::fromLatin1(sign(Pretty)));
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt));
        QVERIFY(judge().verdict.isValid());

        // The event, and a link to its session in the watchlist.
        m_workspace->tracker()->track({u"xtk_fixture01"_s}, p.id);
        const WebhookCheckResult &r = judge();
        QVERIFY(r.event);
        QCOMPARE(r.event->type, u"session.success"_s);
        auto *link = m_pane->findChild<QLabel *>(u"sessionLink"_s);
        QVERIFY(link->text().contains(u"xtk_fixture01"_s));
        QSignalSpy open(m_pane.get(), &WebhookValidatorPane::openSessionRequested);
        Q_EMIT link->linkActivated(u"session:xtk_fixture01"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"xtk_fixture01"_s);
        m_workspace->tracker()->remove({u"xtk_fixture01"_s});
        m_pane->setTypedSecret(QString::fromUtf8(Secret));
    }

    void fiveMegabytesStayResponsive()
    {
        // About 5 MB of JSON, signed.
        QByteArray big = "{\"id\":\"evt_big\",\"type\":\"session.success\",\"created\":1767225600,\"data\":{\"items\":[";
        while (big.size() < 5 * 1024 * 1024)
            big += "{\"k\":\"0123456789abcdef0123456789abcdef\",\"n\":12345},";
        big.chop(1);
        big += "]}}";
        const QByteArray header = sign(big);

        // A heartbeat on the GUI thread: the longest gap between its beats is how long the thread was blocked.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer beat;
        beat.setInterval(5);
        QObject::connect(&beat, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        m_pane->setTypedSecret(QString::fromUtf8(Secret));
        m_pane->setTolerance(300);
        QSignalSpy checked(m_pane.get(), &WebhookValidatorPane::checked);
        clock.start();
        beat.start();
        QElapsedTimer t0; t0.start();
        m_pane->setPayloadBytes(big);
        m_pane->setHeaderText(QString::fromLatin1(header));
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt));
        // A newer input while it is being judged: only the newest result is shown.
        QVERIFY(checked.wait(20000));
        const WebhookCheckResult first = m_pane->lastResult();
        beat.stop();
        std::printf("5 MB payload: longest GUI-thread gap %lld ms while judging (check took %lld ms on the worker)\n",
                    longest, first.elapsedMs);
        QVERIFY(first.verdict.isValid());
        QCOMPARE(first.info.bytes, big.size());
        // Bounded view: the editor never holds the 5 MB, and is not offered for it.
        QVERIFY(!m_pane->isEditable());
        QVERIFY(!m_pane->findChild<QPushButton *>(u"editAsText"_s)->isVisible());
        QVERIFY(m_pane->findChild<QPlainTextEdit *>(u"payloadView"_s)->document()->characterCount()
                <= WebhookValidatorPane::ViewBytes + 1);
        // Generous bound, far below the seconds a synchronous check or a 5 MB text layout takes (under the
        // sanitizers everything runs several times slower, the check on the worker too: 5-6 s there).
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 bound = 2500;
#else
        constexpr qint64 bound = 400;
#endif
        QVERIFY2(longest < bound, qPrintable(u"GUI thread blocked for %1 ms"_s.arg(longest)));

        // A tampered 5 MB body: forensics run on the worker too, and the answer is still a clear mismatch.
        QByteArray tampered = big;
        tampered[tampered.size() / 2] = 'X';
        const int started = m_pane->startedChecks();
        m_pane->setPayloadBytes(tampered);
        m_pane->checkNow();
        m_pane->setPayloadBytes(big);   // newer input: the older run's result must not be shown
        m_pane->checkNow();
        QVERIFY(QTest::qWaitFor([&] { return !m_pane->isChecking(); }, 30000));
        QCOMPARE(m_pane->startedChecks(), started + 2);
        QVERIFY(m_pane->lastResult().verdict.isValid());
        QCOMPARE(m_pane->lastResult().info.bytes, big.size());
    }

    void signerSendsToAReceiver()
    {
        QList<Http::Request> got;
        Http::Server receiver([&got](const Http::Request &r) {
            got.append(r);
            Http::Response answer;
            answer.status = 418;
            answer.headers.append({QByteArray("X-Seen"), QByteArray("yes")});
            answer.body = R"({"teapot":true})";
            return answer;
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_pane->setPayloadBytes(Pretty);
        m_pane->setTypedSecret(QString::fromUtf8(Secret));
        m_pane->setEvaluateAt(QDateTime::fromSecsSinceEpoch(SignedAt));
        m_pane->findChild<QPushButton *>(u"makeSignature"_s)->click();
        QCOMPARE(m_pane->signedHeader().toLatin1(), sign(Pretty));

        QSignalSpy sent(m_pane.get(), &WebhookValidatorPane::sendFinished);
        m_pane->sendTo(u"http://127.0.0.1:%1/hook"_s.arg(port));
        QVERIFY(sent.wait(10000));
        const QString answer = sent.at(0).at(0).toString();
        QVERIFY2(answer.startsWith(u"HTTP 418"_s), qPrintable(answer));
        QVERIFY(answer.contains(u"X-Seen: yes"_s));
        QVERIFY(answer.contains(uR"({"teapot":true})"_s));
        QVERIFY(answer.contains(u" ms"_s));
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).body, Pretty);
        WebhookVerifier verifier(Secret, 0);
        QVERIFY(verifier.verify(got.at(0).body, got.at(0).header("X-Xident-Signature")).isValid());
        QVERIFY(!answer.contains(QString::fromLatin1(Secret)));

        // Bad URLs are said, and nothing is sent.
        sent.clear();
        m_pane->sendTo(u"ftp://127.0.0.1/x"_s);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.at(0).at(0).toString().contains(u"http://"_s));
        m_pane->sendTo(u"127.0.0.1:%1"_s.arg(port));
        QCOMPARE(got.size(), 1);
    }
};

QTEST_MAIN(tst_WebhookValidator)
#include "tst_webhookvalidator.moc"
