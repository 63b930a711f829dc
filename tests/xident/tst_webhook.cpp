#include <XidentQt/hmac.h>
#include <XidentQt/jsonscan.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookcheck.h>
#include <XidentQt/webhookforensics.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QMetaEnum>
#include <QtCore/QSet>
#include <QtCore/QRandomGenerator>
#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

class tst_Webhook : public QObject
{
    Q_OBJECT
private:
    QJsonObject m_vectors;

private Q_SLOTS:
    void pastedSignatureLines_data()
    {
        QTest::addColumn<QByteArray>("pasted");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("value") << QByteArray("t=1,v1=ab") << QByteArray("t=1,v1=ab");
        QTest::newRow("value with white space") << QByteArray(" \tt=1,v1=ab\r\n") << QByteArray("t=1,v1=ab");
        QTest::newRow("header line") << QByteArray("X-Xident-Signature: t=1,v1=ab") << QByteArray("t=1,v1=ab");
        QTest::newRow("lower case, no space") << QByteArray("x-xident-signature:t=1,v1=ab") << QByteArray("t=1,v1=ab");
        QTest::newRow("upper case, line break") << QByteArray("X-XIDENT-SIGNATURE:  t=1,v1=ab\n") << QByteArray("t=1,v1=ab");
        QTest::newRow("name alone") << QByteArray("X-Xident-Signature") << QByteArray("X-Xident-Signature");
        QTest::newRow("another header") << QByteArray("X-Other: t=1") << QByteArray("X-Other: t=1");
        QTest::newRow("name without colon") << QByteArray("X-Xident-Signature t=1") << QByteArray("X-Xident-Signature t=1");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void pastedSignatureLines()
    {
        QFETCH(QByteArray, pasted);
        QFETCH(QByteArray, value);
        QCOMPARE(signatureHeaderValue(pasted), value);
    }

    void everyFindingKindHasACodeAndASentence()
    {
        // The codes are an interface (webhook verify --json): only these, and every one of them in use.
        const QSet<QString> codes{u"crlf_line_endings"_s, u"lf_line_endings"_s, u"extra_trailing_newline"_s,
                                  u"missing_trailing_newline"_s, u"surrounding_whitespace"_s, u"bom_added"_s,
                                  u"bom_missing"_s, u"log_line_quotes"_s, u"pretty_printed"_s, u"minified"_s,
                                  u"slashes_escaped"_s, u"slashes_unescaped"_s, u"unicode_escaped"_s,
                                  u"unicode_unescaped"_s, u"secret_whitespace"_s, u"secret_prefix_extra"_s,
                                  u"secret_prefix_missing"_s};
        const QMetaEnum kinds = QMetaEnum::fromType<ForensicFinding::Kind>();
        QSet<QString> used;
        QSet<QByteArray> sentences;
        for (int i = 0; i < kinds.keyCount(); ++i) {
            ForensicFinding f;
            f.kind = ForensicFinding::Kind(kinds.value(i));
            QVERIFY2(codes.contains(f.code()), kinds.key(i));
            used.insert(f.code());
            const QByteArray sentence(f.sentence());
            QVERIFY2(sentence.size() > 20 && sentence.endsWith('.'), kinds.key(i));
            QVERIFY2(!sentences.contains(sentence), kinds.key(i));   // each says something of its own
            sentences.insert(sentence);
            QCOMPARE(f.explanation(), QString::fromUtf8(sentence));   // no catalog loaded here: English
        }
        QCOMPARE(used, codes);
    }

    void verdictCodesReadBack()
    {
        const QMetaEnum reasons = QMetaEnum::fromType<WebhookVerdict::Reason>();
        for (int i = 0; i < reasons.keyCount(); ++i) {
            WebhookVerdict v;
            v.reason = WebhookVerdict::Reason(reasons.value(i));
            QCOMPARE(WebhookVerdict::reasonFromCode(v.code()), std::optional(v.reason));
        }
        QCOMPARE(WebhookVerdict::reasonFromCode(u"unverified"), std::nullopt);
        QCOMPARE(WebhookVerdict::reasonFromCode(u""), std::nullopt);
    }

    void payloadInfo()
    {
        using LE = PayloadInfo::LineEndings;
        QCOMPARE(PayloadInfo::of("{}").lineEndings, LE::None);
        QCOMPARE(PayloadInfo::of("{\n}\n").lineEndings, LE::LF);
        QCOMPARE(PayloadInfo::of("{\r\n}\r\n").lineEndings, LE::CRLF);
        QCOMPARE(PayloadInfo::of("{\r}").lineEndings, LE::CR);
        QCOMPARE(PayloadInfo::of("{\r\n}\n").lineEndings, LE::Mixed);
        const PayloadInfo bom = PayloadInfo::of("\xEF\xBB\xBF{}\n");
        QVERIFY(bom.hasBom);
        QVERIFY(bom.endsWithNewline);
        QCOMPARE(bom.bytes, 6);
        QVERIFY(bom.validUtf8);
        QVERIFY(!PayloadInfo::of("{\"a\":\"\xC3\"}").validUtf8);
        QVERIFY(!PayloadInfo::of("{}").endsWithNewline);
    }

    void initTestCase()
    {
        QFile f(QStringLiteral(XIDENT_TEST_DATA_DIR "/webhook-vectors.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_vectors = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(m_vectors.value("cases"_L1).toArray().size() >= 10);
        qInfo("HMAC backend: %s", hmacBackend());
    }

    void vectors_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expect");
        const QJsonArray cases = m_vectors.value("cases"_L1).toArray();
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value("name"_L1).toString()))
                << c.value("payload"_L1).toString().toUtf8() << c.value("header"_L1).toString().toUtf8()
                << c.value("expect"_L1).toString();
        }
    }

    void vectors()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, header);
        QFETCH(QString, expect);
        WebhookVerifier verifier(m_vectors.value("secret"_L1).toString().toUtf8(), m_vectors.value("tolerance"_L1).toInt());
        const qint64 now = qint64(m_vectors.value("now"_L1).toDouble());
        verifier.setClock([now] { return now; });
        const WebhookVerdict v = verifier.constructEvent(payload, header);
        QCOMPARE(v.code(), expect);
        QVERIFY(!v.message().isEmpty());
        if (v.isValid()) {
            QVERIFY(!v.event.type.isEmpty());
            QVERIFY(v.event.created.has_value());
        }
    }

    void signingReproducesVectors()
    {
        // The sandbox signs with signatureHeader(); it must produce the published headers byte for byte.
        const QByteArray secret = m_vectors.value("secret"_L1).toString().toUtf8();
        int checked = 0;
        const QJsonArray cases = m_vectors.value("cases"_L1).toArray();
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QString name = c.value("name"_L1).toString();
            if (name != "valid"_L1 && name != "unicode_payload"_L1 && name != "stale_timestamp"_L1)
                continue;
            const QByteArray header = c.value("header"_L1).toString().toUtf8();
            const qint64 t = header.mid(2, header.indexOf(',') - 2).toLongLong();
            QCOMPARE(WebhookVerifier::signatureHeader(c.value("payload"_L1).toString().toUtf8(), secret, t), header);
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void rotationReportsWhichMatched()
    {
        const QJsonArray cases = m_vectors.value("cases"_L1).toArray();
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            if (c.value("name"_L1).toString() != "rotation_two_v1"_L1)
                continue;
            WebhookVerifier verifier(m_vectors.value("secret"_L1).toString().toUtf8(), 0);
            const WebhookVerdict verdict = verifier.verifySignature(c.value("payload"_L1).toString().toUtf8(),
                                                                    c.value("header"_L1).toString().toUtf8());
            QVERIFY(verdict.isValid());
            QCOMPARE(verdict.signatureCount, 2);
            QCOMPARE(verdict.matchedSignature, 1);
            return;
        }
        QFAIL("no rotation vector");
    }

    void toleranceBothWays_data()
    {
        QTest::addColumn<qint64>("offset"); // now - t
        QTest::addColumn<int>("tolerance");
        QTest::addColumn<QString>("expect");
        QTest::newRow("fresh") << qint64(10) << 300 << u"valid"_s;
        QTest::newRow("edge past") << qint64(300) << 300 << u"valid"_s;
        QTest::newRow("stale") << qint64(301) << 300 << u"timestamp_outside_tolerance"_s;
        QTest::newRow("future") << qint64(-1000) << 300 << u"timestamp_outside_tolerance"_s;
        QTest::newRow("edge future") << qint64(-300) << 300 << u"valid"_s;
        QTest::newRow("disabled") << qint64(999999) << 0 << u"valid"_s;
    }

    void toleranceBothWays()
    {
        QFETCH(qint64, offset);
        QFETCH(int, tolerance);
        QFETCH(QString, expect);
        const QByteArray payload = R"({"id":"evt_9","type":"session.failed","created":1,"data":{}})";
        const qint64 now = 1800000000;
        const QByteArray header = WebhookVerifier::signatureHeader(payload, "whsec_t", now - offset);
        WebhookVerifier verifier("whsec_t", tolerance);
        verifier.setClock([now] { return now; });
        const WebhookVerdict v = verifier.constructEvent(payload, header);
        QCOMPARE(v.code(), expect);
        QCOMPARE(v.ageSeconds, offset);
        if (offset < 0 && !v.isValid())
            QVERIFY(v.message().contains("future"_L1));
        if (offset > 0 && !v.isValid())
            QVERIFY(v.message().contains(QString::number(offset)));
    }

    void otherReasons()
    {
        WebhookVerifier noSecret;
        QCOMPARE(noSecret.verifySignature("{}", "t=1,v1=ab").code(), u"missing_secret"_s);
        WebhookVerifier v("whsec_x", 0);
        QCOMPARE(v.verifySignature("{}", "   ").code(), u"missing_signature"_s);
        QCOMPARE(v.verifySignature("{}", "garbage").code(), u"malformed_header"_s);
        QCOMPARE(v.verifySignature("{}", "v1=abcd").code(), u"malformed_header"_s);
        QCOMPARE(v.verifySignature("{}", "t=1,t=2,v1=ab").code(), u"malformed_header"_s);
        // An empty or short v1 can never match: the header has no usable signature at all.
        QCOMPARE(v.verifySignature("{}", "t=1,v1=").code(), u"malformed_header"_s);
        QCOMPARE(v.verifySignature("{}", "t=1,v1=abcd").code(), u"malformed_header"_s);
        QVERIFY(v.verifySignature("{}", "t=1,v1=").message().contains("64 hex"_L1));
        // Unknown schemes are ignored; the v1 still counts.
        const QByteArray good = WebhookVerifier::signatureHeader("{}", "whsec_x", 5);
        QVERIFY(v.verifySignature("{}", QByteArray("v0=zz," + good)).isValid());
    }

    void hostileHeadersNeverCrash()
    {
        // Random and adversarial headers: every one gets a verdict, none is valid by accident.
        QRandomGenerator rng(7);
        const QByteArray alphabet = "t=v1,0123456789abcdef ,=;\t\x00\xff";
        WebhookVerifier v("whsec_fuzz", 300);
        v.setClock([] { return qint64(1000); });
        const QStringList known = {u"missing_signature"_s, u"malformed_header"_s, u"signature_mismatch"_s,
                                   u"timestamp_outside_tolerance"_s};
        for (int i = 0; i < 3000; ++i) {
            QByteArray header(int(rng.bounded(0, 200)), Qt::Uninitialized);
            for (char &c : header)
                c = alphabet.at(rng.bounded(int(alphabet.size())));
            if (i % 3 == 0)
                header.prepend("t=1000,");
            const WebhookVerdict verdict = v.constructEvent("{}", header);
            QVERIFY2(known.contains(verdict.code()), header.toHex().constData());
        }
        // Many v1 entries, huge timestamps, empty items.
        QCOMPARE(v.verifySignature("{}", "t=99999999999999999999,v1=aa").code(), u"malformed_header"_s);
        QCOMPARE(v.verifySignature("{}", "t=1000,,,v1=aa,,").code(), u"malformed_header"_s);
        QCOMPARE(v.verifySignature("{}", QByteArray("t=1000,,,v1=" + QByteArray(64, 'a') + ",,")).code(), u"signature_mismatch"_s);
        QByteArray many = "t=1000";
        for (int i = 0; i < 50; ++i)
            many += ",v1=" + QByteArray(64, 'a');
        many += ',' + WebhookVerifier::signatureHeader("{}", "whsec_fuzz", 1000).mid(7);
        const WebhookVerdict lots = v.verifySignature("{}", many);
        QCOMPARE(lots.signatureCount, 51);
        QCOMPARE(lots.code(), u"valid"_s); // any of them may match, however many there are
        QCOMPARE(lots.matchedSignature, 50);
    }

    void parseEventShapes()
    {
        auto e = WebhookVerifier::parseEvent(R"({"event_id":"evt_2","event_type":"session.completed","created":"17","id":"sess-1","status":"success"})");
        QVERIFY(e);
        QCOMPARE(e->id, u"evt_2"_s);
        QCOMPARE(e->type, u"session.completed"_s);
        QCOMPARE(e->created, std::optional<qint64>(17));
        QCOMPARE(e->data.value("id"_L1).toString(), u"sess-1"_s); // the session sat at the top level
        QCOMPARE(e->data.value("status"_L1).toString(), u"success"_s);
        QVERIFY(!WebhookVerifier::parseEvent("[1]"));
        QVERIFY(!WebhookVerifier::parseEvent("nope"));
    }

    void createdIsRangeChecked_data()
    {
        QTest::addColumn<QByteArray>("created");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("1700000000") << qint64(1700000000);
        QTest::newRow("string") << QByteArray("\"17\"") << qint64(17);
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(-1);
        QTest::newRow("-1e300") << QByteArray("-1e300") << qint64(-1);
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1);
        QTest::newRow("not a number") << QByteArray("\"soon\"") << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
    }

    void createdIsRangeChecked()
    {
        QFETCH(QByteArray, created);
        QFETCH(qint64, expected);
        const QByteArray body = R"({"id":"evt_1","type":"t","created":)" + created + R"(,"data":{}})";
        for (const auto &event : {WebhookVerifier::parseEvent(body), WebhookVerifier::parseEventSummary(body)}) {
            QVERIFY(event);
            QCOMPARE(event->created.has_value(), expected >= 0);
            if (expected >= 0)
                QCOMPARE(*event->created, expected);
        }
    }

    void verdictWithoutDocumentAgreesWithFullParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object") << QByteArray(R"({"type":"session.success","id":"evt_1","created":5,"data":{"a":[1,2,{"b":null}]}})");
        QTest::newRow("legacy top level") << QByteArray(R"({"event_type":"verification.completed","event_id":"evt_2","id":"sess","created":"9"})");
        QTest::newRow("escaped key") << QByteArray(R"({"\u0074ype":"x","id":"evt_3"})");
        QTest::newRow("duplicate keys") << QByteArray(R"({"type":"a","type":"b"})");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"type\":\"t\"}");
        QTest::newRow("trailing newline") << QByteArray("{\"type\":\"t\"}\n");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("truncated") << QByteArray(R"({"type":"t")");
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
        QTest::newRow("garbage after") << QByteArray(R"({"a":1}x)");
        QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xff\"}");
        QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("surrogate utf8") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("control char") << QByteArray("{\"a\":\"\x01\t\"}");
        QTest::newRow("unknown escape") << QByteArray(R"({"a":"\q"})");
        QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})");
        QTest::newRow("numbers") << QByteArray(R"({"a":[-0,1.5e3,1E-2,0.0,99999999999999999999]})");
        QTest::newRow("odd numbers") << QByteArray(R"({"a":1.})");
        QTest::newRow("leading dot") << QByteArray(R"({"a":.5})");
        QTest::newRow("minus alone") << QByteArray(R"({"a":-})");
        QTest::newRow("plus") << QByteArray(R"({"a":+1})");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("exponent alone") << QByteArray(R"({"a":1e})");
        QTest::newRow("literals") << QByteArray(R"({"a":[true,false,null]})");
        QTest::newRow("bad literal") << QByteArray(R"({"a":nul})");
        QTest::newRow("deep ok") << QByteArray(QByteArray("{\"a\":") + QByteArray(1022, '[') + QByteArray(1022, ']') + "}");
        QTest::newRow("too deep") << QByteArray(QByteArray("{\"a\":") + QByteArray(1024, '[') + QByteArray(1024, ']') + "}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray(" \t\r\n{ } \n");
        QTest::newRow("underflowing fraction") << QByteArray("{\"a\":0." + QByteArray(400, '0') + "1}");
        QTest::newRow("negative underflow") << QByteArray("{\"a\":-0." + QByteArray(400, '0') + "1}");
        QTest::newRow("long fraction") << QByteArray("{\"a\":1." + QByteArray(400, '5') + "}");
        QTest::newRow("empty type, event_type") << QByteArray(R"({"type":"","event_type":"session.success","data":{}})");
        QTest::newRow("numeric id") << QByteArray(R"({"id":5,"event_id":"evt_1","data":{}})");
        QTest::newRow("numeric type") << QByteArray(R"({"type":7,"event_type":"x"})");
        QTest::newRow("data not object") << QByteArray(R"({"id":"a","event_id":"b","data":[1]})");
    }

    void verdictWithoutDocumentAgreesWithFullParse()
    {
        QFETCH(QByteArray, body);
        QJsonParseError error;
        const bool qtSays = QJsonDocument::fromJson(body, &error).isObject();
        QCOMPARE(JsonScan::isObject(body), qtSays);
        const auto full = WebhookVerifier::parseEvent(body);
        const auto summary = WebhookVerifier::parseEventSummary(body);
        QCOMPARE(summary.has_value(), full.has_value());
        if (full) {
            QCOMPARE(summary->type, full->type);
            QCOMPARE(summary->id, full->id);
            QCOMPARE(summary->created, full->created);
        }
        // The signed verdict takes the same path: verify() and constructEvent() never disagree.
        WebhookVerifier v("whsec_j", 0);
        const QByteArray header = WebhookVerifier::signatureHeader(body, "whsec_j", 1);
        QCOMPARE(v.verify(body, header).code(), v.constructEvent(body, header).code());
    }

    void randomBytesAgreeWithQt()
    {
        // Mutations of a realistic body: the scanner and Qt's parser give the same answer every time.
        QRandomGenerator rng(11);
        const QByteArray base = R"({"type":"session.success","id":"evt_1","created":1700000000,"data":{"token":"xtk_1","checks":{"age":{"performed":true,"passed":true,"gate":18}},"list":[1,-2.5e3,"\u00e9\n",null]}})";
        const QByteArray alphabet = "{}[]\",:\\/ \t\n0123456789.eE+-tfnulrsa\xc3\xa9\xff\x00";
        for (int i = 0; i < 20000; ++i) {
            QByteArray body = base;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(int(body.size())));
                const char c = alphabet.at(int(rng.bounded(int(alphabet.size()))));
                switch (rng.bounded(3)) {
                case 0: body[at] = c; break;
                case 1: body.insert(at, c); break;
                default: body.remove(at, 1); break;
                }
            }
            QVERIFY2(JsonScan::isObject(body) == QJsonDocument::fromJson(body).isObject(), body.toHex().constData());
        }
    }

    void hmacMatchesQtCore()
    {
        const QByteArray key = "whsec_abc";
        const QByteArray msg(1024, 'm');
        QCOMPARE(hmacSha256(key, msg), QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha256));
        QCOMPARE(hmacSha256(QByteArray(200, 'k'), "x"), QMessageAuthenticationCode::hash("x", QByteArray(200, 'k'), QCryptographicHash::Sha256));
        // Switching keys back and forth must never reuse the wrong key.
        for (const QByteArray &k : {QByteArray("k1"), QByteArray("k2"), QByteArray("k1"), QByteArray()})
            QCOMPARE(hmacSha256(k, msg), QMessageAuthenticationCode::hash(msg, k, QCryptographicHash::Sha256));
        QCOMPARE(hmacSha256(key, {QByteArrayView("12"), QByteArrayView("."), QByteArrayView(msg)}),
                 QMessageAuthenticationCode::hash("12." + msg, key, QCryptographicHash::Sha256));
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
    }

    // Each common accidental change of a payload or secret, and forensics naming it. The signed body keeps
    // its keys out of order (z before a), non-ASCII text and slashes: every transform must keep them as bytes.
    void forensicsNameTheAccidentalChange_data()
    {
        QTest::addColumn<QByteArray>("signedBody");
        QTest::addColumn<QByteArray>("givenBody");
        QTest::addColumn<QByteArray>("signingSecret");
        QTest::addColumn<QByteArray>("givenSecret");
        QTest::addColumn<QString>("code");
        const QByteArray compact = "{\"z\":1,\"type\":\"session.success\",\"data\":{\"name\":\"Zo\xC3\xAB \xF0\x9F\x98\x80\","
                                   "\"url\":\"https://shop.example/a/b\",\"list\":[1,2,{}],\"empty\":{}}}";
        const QByteArray pretty = WebhookForensics::prettyJson(compact, 2);
        const QByteArray secret = "whsec_forensics_0123456789";
        const QByteArray bom = "\xEF\xBB\xBF";
        QByteArray escapedSlashes = compact;
        escapedSlashes.replace("/", "\\/");
        QByteArray logLine = "\"" + QByteArray(compact).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        QTest::newRow("crlf") << pretty << QByteArray(pretty).replace("\n", "\r\n") << secret << secret << u"crlf_line_endings"_s;
        QTest::newRow("lf") << QByteArray(pretty).replace("\n", "\r\n") << pretty << secret << secret << u"lf_line_endings"_s;
        QTest::newRow("newline added") << compact << compact + "\n" << secret << secret << u"extra_trailing_newline"_s;
        QTest::newRow("newline lost") << compact + "\n" << compact << secret << secret << u"missing_trailing_newline"_s;
        QTest::newRow("bom added") << compact << bom + compact << secret << secret << u"bom_added"_s;
        QTest::newRow("bom lost") << bom + compact << compact << secret << secret << u"bom_missing"_s;
        QTest::newRow("pretty-printed") << compact << pretty << secret << secret << u"pretty_printed"_s;
        QTest::newRow("minified") << pretty << compact << secret << secret << u"minified"_s;
        QTest::newRow("python separators") << WebhookForensics::prettyJson(compact, 0) << compact << secret << secret << u"minified"_s;
        QTest::newRow("slashes escaped") << compact << escapedSlashes << secret << secret << u"slashes_escaped"_s;
        QTest::newRow("slashes unescaped") << escapedSlashes << compact << secret << secret << u"slashes_unescaped"_s;
        QTest::newRow("unicode escaped") << compact << WebhookForensics::escapeUnicode(compact) << secret << secret << u"unicode_escaped"_s;
        QTest::newRow("unicode unescaped") << WebhookForensics::escapeUnicode(compact) << compact << secret << secret << u"unicode_unescaped"_s;
        QTest::newRow("whitespace") << compact << "  " + compact + "\t " << secret << secret << u"surrounding_whitespace"_s;
        QTest::newRow("log line") << compact << logLine << secret << secret << u"log_line_quotes"_s;
        QTest::newRow("secret whitespace") << compact << compact << secret << " " + secret + "\n" << u"secret_whitespace"_s;
        QTest::newRow("secret prefix missing") << compact << compact << secret << secret.mid(6) << u"secret_prefix_missing"_s;
        QTest::newRow("secret prefix extra") << compact << compact << secret.mid(6) << secret << u"secret_prefix_extra"_s;
        QByteArray flipped = compact;
        flipped[10] = 'X';
        QTest::newRow("unexplained") << compact << flipped << secret << secret << QString();
    }

    void forensicsNameTheAccidentalChange()
    {
        QFETCH(QByteArray, signedBody);
        QFETCH(QByteArray, givenBody);
        QFETCH(QByteArray, signingSecret);
        QFETCH(QByteArray, givenSecret);
        QFETCH(QString, code);
        const QByteArray header = WebhookVerifier::signatureHeader(signedBody, signingSecret, 1767225600);
        // As given it does not verify...
        QCOMPARE(WebhookVerifier(givenSecret, 0).verifySignature(givenBody, header).reason,
                 WebhookVerdict::Reason::SignatureMismatch);
        const QList<ForensicFinding> findings = WebhookForensics::explain(givenBody, header, givenSecret);
        if (code.isEmpty()) {
            QVERIFY(findings.isEmpty());
            return;
        }
        // ...and the first finding names the change, with bytes that are exactly what was signed.
        QVERIFY2(!findings.isEmpty(), qPrintable(code));
        QCOMPARE(findings.first().code(), code);
        QVERIFY(!findings.first().explanation().isEmpty());
        QCOMPARE(findings.first().payload, signedBody);
    }

    void forensicsFindTwoAccidentsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("signedBody");
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const QByteArray compact = R"({"id":"evt_2","type":"session.success","data":{"token":"xtk_pair0001","url":"/a/b"}})";
        const QByteArray pretty = WebhookForensics::prettyJson(compact, 4);
        QTest::newRow("pretty-printed by a logger that lost the newline")
            << QByteArray(compact + "\n") << WebhookForensics::prettyJson(compact, 2) << u"pretty_printed"_s
            << u"missing_trailing_newline"_s;
        QTest::newRow("re-escaped by a logger that added a newline")
            << compact << QByteArray(QByteArray(compact).replace("/", "\\/") + "\n") << u"extra_trailing_newline"_s
            << u"slashes_escaped"_s;
        QTest::newRow("CRLF and a BOM")
            << pretty << QByteArray("\xEF\xBB\xBF" + QByteArray(pretty).replace("\n", "\r\n")) << u"crlf_line_endings"_s
            << u"bom_added"_s;
    }
    void forensicsFindTwoAccidentsAtOnce()
    {
        QFETCH(QByteArray, signedBody);
        QFETCH(QByteArray, given);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QByteArray secret = "whsec_pairs";
        const QByteArray header = WebhookVerifier::signatureHeader(signedBody, secret, 1767225600);
        QVERIFY(WebhookForensics::explain(given, header, secret).isEmpty());   // no single change does it
        const auto pairs = WebhookForensics::explainPairs(given, header, secret);
        QVERIFY(!pairs.isEmpty());
        QCOMPARE(pairs.first().second.payload, signedBody);
        QStringList codes{pairs.first().first.code(), pairs.first().second.code()};
        codes.sort();
        QStringList expected{first, second};
        expected.sort();
        QCOMPARE(codes, expected);
        // A caller that lost interest stops it.
        QVERIFY(WebhookForensics::explainPairs(given, header, secret, [] { return true; }).isEmpty());
    }

    void forensicsPairsOnALargePayload()
    {
        // The largest payload pairs are tried on, mismatched by two changes nothing explains: how long all of it
        // takes (printed, not judged), and that a larger one is not tried.
        QByteArray body = R"({"id":"evt_big","type":"session.success","data":{"items":[)";
        while (body.size() < WebhookForensics::PairLimitBytes - 64)
            body += R"({"k":"v\/w","n":1},)";
        body.chop(1);
        body += "]}}";
        const QByteArray header = WebhookVerifier::signatureHeader(QByteArray(body + "x"), "whsec_big", 1767225600);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(WebhookForensics::explainPairs(body, header, "whsec_big").isEmpty());
        qInfo("pairs of changes tried on %lld bytes in %lld ms", qint64(body.size()), qint64(clock.elapsed()));
        QVERIFY(WebhookForensics::explainPairs(QByteArray(body + QByteArray(WebhookForensics::PairLimitBytes, ' ')), header, "whsec_big").isEmpty());
    }

    void reserialisedJsonIsRecognised()
    {
        // One key says nothing, and a body cut short is not judged.
        QVERIFY(WebhookForensics::keysSorted("{\"created\":1,\"data\":{\"a\":1,\"b\":[{\"x\":1,\"y\":2}]},\"id\":\"e\",\"type\":\"t\"}"));
        QVERIFY(!WebhookForensics::keysSorted("{\"id\":\"e\",\"type\":\"t\",\"created\":1,\"data\":{}}"));
        QVERIFY(!WebhookForensics::keysSorted("{\"a\":{\"z\":1,\"b\":2}}"));
        QVERIFY(!WebhookForensics::keysSorted("{\"a\":1}"));
        QVERIFY(!WebhookForensics::keysSorted("[\"a\",\"b\"]"));
        QVERIFY(!WebhookForensics::keysSorted("{\"a\":\"x\\\":1\",\"b\":"));
        QVERIFY(WebhookForensics::keysSorted("{\"a\":\"q\\\"z\",\"b\":[\"z:\",\"a\"]}"));
    }

    void forensicsSurviveGarbage()
    {
        // Unbalanced brackets, cut escapes, lone surrogates, broken UTF-8: every transform copes.
        const QByteArray alphabet = "{}[]\",:\\/u0dD8Ee9aF \r\n\t\xC3\xA9\xF0\x9F\xEF\xBB\xBF'x";
        QRandomGenerator random(20261126);
        const QByteArray header = WebhookVerifier::signatureHeader("{}", "whsec_g", 1);
        for (int round = 0; round < 3000; ++round) {
            QByteArray body;
            const int n = int(random.bounded(64));
            for (int i = 0; i < n; ++i)
                body += alphabet[int(random.bounded(int(alphabet.size())))];
            const QList<ForensicFinding> findings = WebhookForensics::explain(body, header, "whsec_g");
            for (const ForensicFinding &f : findings)
                QCOMPARE(WebhookVerifier("whsec_g", 0).verifySignature(f.payload, header).isValid() || f.secretChanged, true);
            WebhookForensics::prettyJson(body, 2);
            WebhookForensics::unescapeUnicode(body);
            WebhookForensics::escapeUnicode(body);
        }
    }

    void forensicsStayQuietWhenNothingIsWrong()
    {
        const QByteArray body = "{\"a\":1}";
        const QByteArray header = WebhookVerifier::signatureHeader(body, "whsec_x", 1767225600);
        QVERIFY(WebhookForensics::explain(body, header, "whsec_x").isEmpty());
        QVERIFY(WebhookForensics::explain(body, "", "whsec_x").isEmpty());
        QVERIFY(WebhookForensics::explain(body, "t=1,v1=zz", "whsec_x").isEmpty());
    }

    void forensicsStopWhenCancelled()
    {
        // A secret missing its prefix is the last thing tried: a caller that loses interest never gets that far.
        const QByteArray body = "{\"a\":1}\r\n";
        const QByteArray header = WebhookVerifier::signatureHeader(body, "whsec_x", 1767225600);
        int asked = 0;
        QCOMPARE(WebhookForensics::explain(body, header, "x", [&asked] { return ++asked > 0; }).size(), 0);
        QVERIFY(asked > 0);
        asked = 0;
        const QList<ForensicFinding> all = WebhookForensics::explain(body, header, "x", [&asked] { ++asked; return false; });
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).code(), u"secret_prefix_missing"_s);
        QVERIFY(asked > 10);
    }

    void forensicTransformsKeepBytesAndOrder()
    {
        const QByteArray json = "{ \"b\" : [ 1 , \"x y\\\" }\" ], \"a\":{} }";
        QCOMPARE(WebhookForensics::minifyJson(json), QByteArray("{\"b\":[1,\"x y\\\" }\"],\"a\":{}}"));
        QCOMPARE(WebhookForensics::prettyJson(json, 0), QByteArray("{\"b\": [1, \"x y\\\" }\"], \"a\": {}}"));
        QCOMPARE(WebhookForensics::unescapeUnicode("{\"k\":\"\\u00e9\\u000a\\ud83d\\ude00\\\\u00e9\"}"),
                 QByteArray("{\"k\":\"\xC3\xA9\\u000a\xF0\x9F\x98\x80\\\\u00e9\"}"));
        QCOMPARE(WebhookForensics::escapeUnicode("{\"k\":\"\xC3\xA9\xF0\x9F\x98\x80\"}"),
                 QByteArray("{\"k\":\"\\u00e9\\ud83d\\ude00\"}"));
    }
};

QTEST_GUILESS_MAIN(tst_Webhook)
#include "tst_webhook.moc"
