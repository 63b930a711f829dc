// "Copy as" code: every call as curl, Python (official xident package), PHP (xident-io/php-sdk) and C++ (Xident-Qt).
// Python and PHP snippets are compiled, then run against stand-ins of the official SDKs (tests/support/sdk, written
// from their documented call surface) that record the request the SDK would make; that request must be the one the
// console makes for the same call. curl commands run against the sandbox and must get the console's answer.
#include "faultserver.h"
#include "console/core/apicall.h"
#include "console/core/callcode.h"
#include "sandbox/sandbox.h"

#include <XidentQt/blacklist.h>
#include <XidentQt/client.h>
#include <XidentQt/face2fa.h>
#include <XidentQt/job.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;
using Op = ApiCall::Operation;
using CallCode::Language;

namespace {

const QString Sdk = QStringLiteral(XIDENT_SDK_STANDINS);
constexpr auto Key = "sk_test_copyas_snippets";
// Text that every language must quote with care.
const QString Awkward = u"O'Brien \"Jr\" \\ $HOME `id` %s\n\ttab — Jörg 🙂"_s;
const QByteArray Image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x5a');

QString python()
{
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : QStandardPaths::findExecutable(u"python3"_s);
}

// One call of each operation, with awkward values wherever the API takes text.
QList<ApiCall> everyCall(const QString &baseUrl)
{
    Config config;
    config.setBaseUrl(baseUrl);
    config.setApiVersion(u"2026-08-13"_s);
    config.addExtraHeader("X-Team", "qa \"team\"");
    QList<ApiCall> calls;
    const auto add = [&](Op op, auto fill) {
        ApiCall call = ApiCall::forConfig(config, op);
        fill(call);
        calls.append(call);
    };
    add(Op::Init, [](ApiCall &c) {
        c.init.callbackUrl = u"https://shop.example/done?x=1&y='2'"_s;
        c.init.minAge = 18;
        c.init.userId = u"user 42/ü"_s;
        c.init.metadata = Awkward;
        c.init.locale = u"de"_s;
        c.init.verificationMode = u"document"_s;
    });
    add(Op::Result, [](ApiCall &c) { c.token = u"xit_copyas0000000001"_s; });
    add(Op::BlacklistList, [](ApiCall &c) { c.page = 2; c.perPage = 50; });
    add(Op::BlacklistAddSession, [](ApiCall &c) { c.token = u"xtk_copyas0000000001"_s; c.reason = Awkward; });
    add(Op::BlacklistAddImage, [](ApiCall &c) { c.image = Image; c.reason = Awkward; });
    add(Op::BlacklistRemove, [](ApiCall &c) { c.entryId = 42; });
    add(Op::FaceRegister, [](ApiCall &c) { c.userId = u"user 42/ü"_s; c.image = Image; });
    add(Op::FaceVerify, [](ApiCall &c) { c.userId = u"user 42/ü"_s; c.image = Image; });
    add(Op::FaceStatus, [](ApiCall &c) { c.challengeId = u"chl_copyas01"_s; });
    add(Op::FaceUser, [](ApiCall &c) { c.userId = u"user 42/ü"_s; });
    add(Op::FaceDeleteUser, [](ApiCall &c) { c.userId = u"user 42/ü"_s; });
    return calls;
}

QString nameOf(const ApiCall &call)
{
    return QString::fromLatin1(call.method()) + u' ' + call.path();
}

// Runs a program to its end while the event loop turns (the servers of this process must answer it).
struct Ran
{
    int code = -1;
    QByteArray out, err;
};
Ran run(const QString &program, const QStringList &arguments, const QString &dir, const QProcessEnvironment &env = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(u"XIDENT_SECRET_KEY"_s, QString::fromLatin1(Key));
    p.setProcessEnvironment(e);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return {};
    if (!done.wait(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// A path under /verify/v1 with every segment decoded (PHP's SDK writes a space as "+", as urlencode() does).
QString decodedPath(QByteArray path, bool plusIsSpace)
{
    if (plusIsSpace)
        path.replace('+', ' ');
    return QUrl::fromPercentEncoding(path);
}

// The calls whose C++ snippets the installed-package test builds and runs (tests/package/snippets), in the order
// it runs them; the placeholders are replaced there with what the earlier ones printed.
QList<std::pair<QString, ApiCall>> packageCalls()
{
    QList<std::pair<QString, ApiCall>> calls;
    const auto add = [&calls](const QString &name, Op op, auto fill) {
        ApiCall call = ApiCall::forConfig(Config(), op);
        fill(call);
        calls.append({name, call});
    };
    add(u"init"_s, Op::Init, [](ApiCall &c) {
        c.init.callbackUrl = u"https://shop.example/done"_s;
        c.init.minAge = 18;
        c.init.userId = u"sandbox:pass"_s;
        c.init.metadata = u"{\"order\": \"J\u00f6rg's \\\\ 42?\"}\n"_s;
    });
    add(u"result"_s, Op::Result, [](ApiCall &c) { c.token = u"xit_SNIPPET_INIT_TOKEN"_s; });
    add(u"blacklist-session"_s, Op::BlacklistAddSession, [](ApiCall &c) {
        c.token = u"xtk_SNIPPET_RESULT_TOKEN"_s;
        c.reason = u"Chargeback \"ring\" \U0001F642"_s;
    });
    add(u"blacklist-image"_s, Op::BlacklistAddImage, [](ApiCall &c) { c.reason = u"Known fraud"_s; });
    add(u"blacklist-list"_s, Op::BlacklistList, [](ApiCall &) {});
    add(u"blacklist-remove"_s, Op::BlacklistRemove, [](ApiCall &c) { c.entryId = 987654321; });
    add(u"face-register"_s, Op::FaceRegister, [](ApiCall &c) { c.userId = u"snippet-user"_s; });
    add(u"face-status"_s, Op::FaceStatus, [](ApiCall &c) { c.challengeId = u"SNIPPET_CHALLENGE"_s; });
    add(u"face-user"_s, Op::FaceUser, [](ApiCall &c) { c.userId = u"snippet-user"_s; });
    add(u"face-verify"_s, Op::FaceVerify, [](ApiCall &c) { c.userId = u"snippet-user"_s; });
    add(u"face-delete"_s, Op::FaceDeleteUser, [](ApiCall &c) { c.userId = u"snippet-user"_s; });
    return calls;
}

} // namespace

class tst_CallCode : public QObject
{
    Q_OBJECT

    // The request the console makes for \a call: sent with the call's own job to a server that records it.
    static std::optional<FaultServer::Received> consoleRequest(const ApiCall &call)
    {
        FaultServer server;
        server.setFallback({200, FaultServer::envelope("{}"), {}, {}});
        ApiCall to = call;
        to.baseUrl = server.baseUrl();
        Config config(QString::fromLatin1(Key));
        config.setBaseUrl(server.baseUrl());
        config.setApiVersion(call.apiVersion);
        for (const auto &h : call.headers)
            config.addExtraHeader(h.first, h.second);
        Client client(config);
        QSignalSpy received(&server, &FaultServer::requestReceived);
        Job *job = to.makeJob(&client);
        job->start();
        if (!received.wait(10000))
            return std::nullopt;
        return server.received().first();
    }

    // Compares what an SDK stand-in recorded with the console's request for the same call.
    static void compareRecorded(const QJsonObject &recorded, const ApiCall &call, bool plusIsSpace)
    {
        const auto request = consoleRequest(call);
        QVERIFY2(request, qPrintable(nameOf(call)));
        QCOMPARE(recorded.value("api_key"_L1).toString(), QString::fromLatin1(Key));
        QCOMPARE(recorded.value("base_url"_L1).toString(), call.baseUrl);
        const QJsonObject headers = recorded.value("headers"_L1).toObject();
        QCOMPARE(headers.value("X-API-Version"_L1).toString(), QString::fromLatin1(request->header("X-API-Version")));
        QCOMPARE(headers.value("X-Team"_L1).toString(), QString::fromUtf8(request->header("X-Team")));
        QCOMPARE(recorded.value("method"_L1).toString().toLatin1(), request->method);
        const QUrl sent(QString::fromLatin1(request->path));
        QCOMPARE(u"/verify/v1"_s + decodedPath(recorded.value("path"_L1).toString().toUtf8(), plusIsSpace),
                 QUrl::fromPercentEncoding(sent.path(QUrl::FullyEncoded).toUtf8()));
        // The query: what the SDK leaves out is the API's default.
        const QUrlQuery query(sent);
        const QJsonObject recordedQuery = recorded.value("query"_L1).toObject();
        for (const auto &[name, fallback] : {std::pair{u"page"_s, 1}, std::pair{u"per_page"_s, 20}}) {
            if (query.hasQueryItem(name))
                QCOMPARE(recordedQuery.value(name).toInt(fallback), query.queryItemValue(name).toInt());
        }
        const QJsonObject body = QJsonDocument::fromJson(request->body).object();
        QCOMPARE(recorded.value("body"_L1).toObject(), body);
    }

    // Writes each snippet of \a language into its own folder (with the image beside it), runs \a check on it.
    template<typename Check>
    void forEverySnippet(Language language, const QString &file, Check check)
    {
        for (const ApiCall &call : everyCall(u"http://127.0.0.1:9/base"_s)) {
            QTemporaryDir dir;
            QFile image(dir.filePath(call.imageFile));
            QVERIFY(image.open(QIODevice::WriteOnly));
            image.write(Image);
            image.close();
            QFile source(dir.filePath(file));
            QVERIFY(source.open(QIODevice::WriteOnly));
            source.write(CallCode::snippet(call, language).toUtf8());
            source.close();
            check(call, dir.path());
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << nameOf(call) << "\n" << CallCode::snippet(call, language);
                return;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        QVERIFY2(!python().isEmpty(), "python3 is needed");
        QVERIFY2(!QStandardPaths::findExecutable(u"php"_s).isEmpty(), "php (php-cli) is needed");
    }

    void literalsSayTheTextBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("awkward") << Awkward;
        QTest::newRow("empty") << QString();
        QTest::newRow("controls") << u"a\x01\x1f\x7f\rb\\n\\"_s;
        QTest::newRow("quotes only") << u"'''\"\"\""_s;
    }

    void literalsSayTheTextBack()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const Ran sh = run(u"/bin/sh"_s, {u"-c"_s, u"printf %s "_s + CallCode::shellQuoted(text)}, dir.path());
        QCOMPARE(QString::fromUtf8(sh.out), text);
        const Ran py = run(python(), {u"-c"_s, u"import sys; sys.stdout.buffer.write(%1.encode())"_s.arg(CallCode::pythonString(text))},
                           dir.path());
        QCOMPARE(QString::fromUtf8(py.out), text);
        const Ran php = run(u"php"_s, {u"-r"_s, u"echo %1;"_s.arg(CallCode::phpString(text))}, dir.path());
        QCOMPARE(QString::fromUtf8(php.out), text);
        // C++: printable ASCII only, every other character by its universal name.
        const QString cpp = CallCode::cppString(text);
        QVERIFY(cpp.startsWith(u"u\""_s) && cpp.endsWith(u"\"_s"_s));
        QVERIFY(std::all_of(cpp.cbegin(), cpp.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; }));
    }

    void cppLiteralsUseUniversalNames()
    {
        QCOMPARE(CallCode::cppString(u"J\u00f6rg \U0001F642 \"a\\b\"?\n\x01"_s),
                 u"u\"J\\u00f6rg \\U0001f642 \\\"a\\\\b\\\"\\?\\n\\001\"_s"_s);
    }

    void theKeyIsNeverWritten()
    {
        Config config(u"sk_live_never_in_a_snippet_1234"_s);
        config.addExtraHeader("X-Gateway-Token", "gateway-secret-value");
        ApiCall call = ApiCall::forConfig(config, Op::Result);
        call.token = u"xit_copyas0000000001"_s;
        for (const Language language : CallCode::languages()) {
            const QString code = CallCode::snippet(call, language);
            QVERIFY2(code.contains(u"XIDENT_SECRET_KEY"_s), qPrintable(code));
            QVERIFY(!code.contains(u"never_in_a_snippet"_s));
            QVERIFY(!code.contains(u"gateway-secret-value"_s));
            QVERIFY2(code.contains(u"X-Gateway-Token"_s), qPrintable(code));
        }
    }

    void anExchangeIsTheCallThatMadeIt()
    {
        for (const ApiCall &call : everyCall(u"http://127.0.0.1:9/base/"_s)) {
            const auto request = consoleRequest(call);
            QVERIFY(request);
            Exchange x;
            x.method = request->method;
            x.url = QUrl(u"http://127.0.0.1:9/base"_s + QString::fromLatin1(request->path));
            x.requestHeaders = request->headers;
            x.requestBody = request->body;
            const auto back = ApiCall::fromExchange(x);
            QVERIFY2(back, qPrintable(nameOf(call)));
            QCOMPARE(back->operation, call.operation);
            QCOMPARE(back->baseUrl, u"http://127.0.0.1:9/base"_s);
            QCOMPARE(back->apiVersion, call.apiVersion);
            QCOMPARE(back->path(), call.path());
            QCOMPARE(back->query(), call.query());
            QCOMPARE(back->body(), call.body());
            QCOMPARE(back->headers, call.headers);
        }
        Exchange other;
        other.method = "GET";
        other.url = QUrl(u"http://127.0.0.1:9/health"_s);
        QVERIFY(!ApiCall::fromExchange(other));
    }

    void pythonSnippetsCallTheSdkAsTheConsoleDoes()
    {
        forEverySnippet(Language::Python, u"snippet.py"_s, [](const ApiCall &call, const QString &dir) {
            const Ran compiled = run(python(), {u"-m"_s, u"py_compile"_s, u"snippet.py"_s}, dir);
            QVERIFY2(compiled.code == 0, compiled.err.constData());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PYTHONPATH"_s, Sdk + u"/python"_s);
            env.insert(u"XIDENT_STANDIN_LOG"_s, dir + u"/calls.jsonl"_s);
            const Ran ran = run(python(), {u"snippet.py"_s}, dir, env);
            QVERIFY2(ran.code == 0, ran.err.constData());
            QFile log(dir + u"/calls.jsonl"_s);
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 1);
            compareRecorded(QJsonDocument::fromJson(lines.first()).object(), call, false);
        });
    }

    void phpSnippetsCallTheSdkAsTheConsoleDoes()
    {
        forEverySnippet(Language::Php, u"snippet.php"_s, [](const ApiCall &call, const QString &dir) {
            QVERIFY(QDir(dir).mkpath(u"vendor"_s));
            QFile autoload(dir + u"/vendor/autoload.php"_s);
            QVERIFY(autoload.open(QIODevice::WriteOnly));
            autoload.write("<?php\nrequire '" + Sdk.toUtf8() + "/php/vendor/autoload.php';\n");
            autoload.close();
            const Ran lint = run(u"php"_s, {u"-l"_s, u"snippet.php"_s}, dir);
            QVERIFY2(lint.code == 0, lint.out.constData());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XIDENT_STANDIN_LOG"_s, dir + u"/calls.jsonl"_s);
            const Ran ran = run(u"php"_s, {u"snippet.php"_s}, dir, env);
            QVERIFY2(ran.code == 0, QByteArray(ran.out + ran.err).constData());
            QFile log(dir + u"/calls.jsonl"_s);
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 1);
            compareRecorded(QJsonDocument::fromJson(lines.first()).object(), call, true);
        });
    }

    void aWrongCallFailsAgainstTheStandIns()
    {
        // The stand-ins are strict where the SDKs are: a snippet that misnames a keyword does not pass.
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PYTHONPATH"_s, Sdk + u"/python"_s);
        const Ran py = run(python(), {u"-c"_s, u"import os\nfrom xident import Xident\n"
                                                "Xident(os.environ['XIDENT_SECRET_KEY']).verification.init(callback='https://a.example')"_s},
                           dir.path(), env);
        QVERIFY(py.code != 0);
        QVERIFY2(py.err.contains("TypeError"), py.err.constData());
        QFile autoload(dir.filePath(u"bad.php"_s));
        QVERIFY(autoload.open(QIODevice::WriteOnly));
        autoload.write("<?php\nrequire '" + Sdk.toUtf8() + "/php/vendor/autoload.php';\n"
                       "$c = new Xident\\SDK\\Client(apiKey: getenv('XIDENT_SECRET_KEY'));\n"
                       "$c->face2fa()->register('u', base64Image: 'aGk=');\n");
        autoload.close();
        const Ran php = run(u"php"_s, {u"bad.php"_s}, dir.path());
        QVERIFY(php.code != 0);
    }

    void cppSnippetsAreThoseThePackageTestRuns()
    {
        // The installed-package test builds these against the installed SDK and runs them against the installed
        // sandbox: they must be what the console copies. XIDENT_WRITE_SNIPPETS=1 writes them anew.
        const QString dir = QStringLiteral(XIDENT_PACKAGE_SNIPPETS);
        const bool write = qEnvironmentVariableIsSet("XIDENT_WRITE_SNIPPETS");
        for (const auto &[name, call] : packageCalls()) {
            const QByteArray code = CallCode::snippet(call, Language::Cpp).toUtf8();
            QFile file(dir + u'/' + name + u".cpp"_s);
            if (write) {
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(code);
                continue;
            }
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), code);
        }
    }

    void curlCommandsGetTheConsolesAnswer()
    {
        Sandbox::Options options;
        options.port = 0;
        Sandbox::Server sandbox(options);
        QVERIFY(sandbox.start());
        Config config(QString::fromLatin1(Key));
        config.setBaseUrl(sandbox.baseUrl());
        Client client(config);
        QTemporaryDir dir;
        QFile image(dir.filePath(u"face.jpg"_s));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(Image);
        image.close();
        // The console's answer to a call: the last exchange's body.
        const auto consoleAnswer = [&client](const ApiCall &call) {
            QSignalSpy exchanged(&client, &Client::exchangeFinished);
            Job *job = call.makeJob(&client);
            QSignalSpy done(job, &Job::finished);
            job->start();
            done.wait(10000);
            return exchanged.isEmpty() ? QJsonObject()
                                       : QJsonDocument::fromJson(exchanged.last().first().value<Exchange>().responseBody).object();
        };
        const auto curlAnswer = [&dir](const ApiCall &call) {
            const Ran ran = run(u"/bin/sh"_s, {u"-c"_s, CallCode::snippet(call, Language::Curl)}, dir.path());
            return QJsonDocument::fromJson(ran.out).object();
        };
        const auto withoutRequestId = [](QJsonObject o) {
            o.remove("meta"_L1);
            return o;
        };
        QList<ApiCall> calls = everyCall(sandbox.baseUrl());
        for (ApiCall &call : calls) {
            if (call.operation == Op::Init) {
                // Two inits are two sessions: the same shape of answer, each its own token.
                const QJsonObject console = consoleAnswer(call), curl = curlAnswer(call);
                QVERIFY2(curl.value("success"_L1).toBool(), QJsonDocument(curl).toJson().constData());
                QCOMPARE(curl.value("data"_L1).toObject().keys(), console.value("data"_L1).toObject().keys());
                call.token = console.value("data"_L1).toObject().value("token"_L1).toString();
                continue;
            }
            if (call.operation == Op::Result)
                call.token = calls.first().token;
            const QJsonObject console = consoleAnswer(call);
            const QJsonObject curl = curlAnswer(call);
            QVERIFY2(!curl.isEmpty(), qPrintable(nameOf(call)));
            QCOMPARE(withoutRequestId(curl).value("success"_L1), withoutRequestId(console).value("success"_L1));
            QCOMPARE(curl.value("error"_L1).toObject().value("code"_L1), console.value("error"_L1).toObject().value("code"_L1));
            if (call.method() == "GET")
                QCOMPARE(withoutRequestId(curl), withoutRequestId(console));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CallCode)
#include "tst_callcode.moc"
